/*
 * atscope.h - the one public header of libatscope.
 *
 * Data flows one way: reader -> framer -> builder -> (analyzer, rules) -> report.
 * Every stage has the same four calls: _init, _feed, _finish, _free.
 *
 * Ownership, stated once: pointers handed to a callback (records, lines, spans)
 * are borrowed and valid only during that callback; copy what you keep.
 * Byte strings are (ptr, len) and never assumed NUL-terminated: captures
 * contain any byte, 0x00 included. Functions that can fail return 0 or a
 * negative ATS_E* code and, when given an ats_error, fill it. The library
 * never prints, never exits and has no mutable global state.
 */
#ifndef ATSCOPE_H
#define ATSCOPE_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define ATS_VERSION "0.1.0"

/* ---- errors ------------------------------------------------------------ */

enum {
    ATS_OK = 0,
    ATS_EINVAL = -1,   /* bad argument or bad input that cannot be read on */
    ATS_ENOMEM = -2,
    ATS_EIO = -3,
    ATS_ELIMIT = -4,   /* a configured bound was hit */
    ATS_EUSER = -5,    /* a callback returned non-zero: stopped on request */
    ATS_EPROFILE = -6  /* profile JSON or pattern invalid */
};

typedef struct ats_error {
    int code;
    char file[256];    /* file the error is about ("" if none) */
    uint64_t line;     /* 1-based, 0 if unknown */
    uint64_t column;   /* 1-based, 0 if unknown */
    char msg[512];
} ats_error;

/* ---- common value types ------------------------------------------------ */

typedef struct ats_span {
    const char *ptr;
    size_t len;
} ats_span;

typedef enum ats_dir {
    ATS_DIR_UNKNOWN = 0, /* undirected capture: terminal log */
    ATS_DIR_TX,          /* host -> modem */
    ATS_DIR_RX           /* modem -> host */
} ats_dir;

typedef enum ats_time_kind {
    ATS_TIME_NONE = 0,
    ATS_TIME_ABSOLUTE,   /* us since the Unix epoch */
    ATS_TIME_OF_DAY,     /* us since the capture's first midnight (rolled over) */
    ATS_TIME_RELATIVE,   /* us since the start of the capture */
    ATS_TIME_LOCAL       /* us since the epoch of a local date-time (zone unknown) */
} ats_time_kind;

typedef struct ats_time {
    ats_time_kind kind;
    int64_t us;
} ats_time;

typedef enum ats_chunk_kind {
    ATS_CHUNK_DATA = 0,        /* bytes that crossed the wire */
    ATS_CHUNK_ANNOTATION,      /* the tool's own text: headers, banners, notes */
    ATS_CHUNK_UNPARSED,        /* a line that breaks the format: kept, counted, reported */
    ATS_CHUNK_HOST_LOG         /* a host library's own output in its trace (status lines,
                                  app prints): never modem text; note names the source */
} ats_chunk_kind;

enum {
    /* The format's text holds no "//" notes: "//" is text or data like any
     * other. Set on each of its chunks by every reader but raw's; plain
     * bytes (raw, ats_parser_feed, chunks made by hand) may carry the vendor
     * guide's notes, and the framer splits those off as annotations. */
    ATS_CF_NO_NOTES = 1u << 0,
    /* A line the reader took out whole (a chunk of another kind) ended with
     * the input, not with a line end. */
    ATS_CF_NO_EOL = 1u << 1,
    /* The bytes are one channel of a multiplexer (TS 27.010 CMUX) whose data
     * the reader shows apart: a CONNECT starts data on its own channel, so
     * the lines after it are still commands and replies. */
    ATS_CF_MUX = 1u << 2,
    /* Reading these chunks on a thread apart from their framing pays: a
     * library trace's reader decodes each line (a pattern, its time and a
     * payload decoder: about what framing and building cost), the raw
     * reader hands over runs of bytes (one copy per 64 KiB). Not a stamped
     * terminal log: each of its lines is a chunk, and each would cost a
     * hand-over. A parser that may choose (ats_parser_opts.split_read_apart)
     * then frames on a thread of its own. */
    ATS_CF_READ_APART = 1u << 3,
    /* How the capture file's line ends were shaped by the paste or the tool
     * that saved it (parser/readers/input.c finds out from the sample): the
     * bytes they added are not the modem's, so an announced block of raw
     * bytes (a data_block) does not count them. DOUBLE: a blank line after
     * every line (a web page copied); CRCR: "\r\r\n" for "\r\n", LFCR:
     * "\n\r" for "\n" (raw bytes only: line readers get them converted). */
    ATS_CF_EOL_DOUBLE = 1u << 4,
    ATS_CF_EOL_CRCR = 1u << 5,
    ATS_CF_EOL_LFCR = 1u << 6,
    /* a host-log chunk: the tool's own line saying the command it was
     * given never went out (it stopped before opening the port) */
    ATS_CF_NOT_SENT = 1u << 7,
    /* a host-log chunk: the library's own line saying it stopped waiting
     * for the open command's answer (its own timeout ran out) */
    ATS_CF_GAVE_UP = 1u << 8,
    /* a host-log chunk: the library's own line saying the data session
     * ended (pppd's "Modem hangup"): the link is in command mode again */
    ATS_CF_DATA_END = 1u << 9,
    /* a host-log chunk: the library's own line saying it sent a command it
     * does not print (atat's "Sending command with too long payload") */
    ATS_CF_SENT_UNSHOWN = 1u << 10,
    /* an annotation chunk: a wrapper's own line that opens / closes a
     * block the log stands in (a Markdown fence, Jira's {code}, BBCode's
     * [code]: the wrapper definition's block_open / block_close); both: the
     * same tag either way, it closes an open block, else opens one */
    ATS_CF_BLOCK_OPEN = 1u << 11,
    ATS_CF_BLOCK_CLOSE = 1u << 12,
    /* a host's data chunk that is one whole write the tool logged: a line
     * it leaves open (mgos pppos's "+++", written with no line end) ends
     * with it, no line end made up, so the next write starts a line of its
     * own */
    ATS_CF_WRITE_END = 1u << 13,
    /* a host-log chunk: the library's own line saying it dropped what it
     * had read, unlogged (SMSLib's "clearBuffer() called."): the open
     * command's answer, if any came, is not in the log */
    ATS_CF_FLUSHED = 1u << 14,
    /* a data chunk whose byte count is the tool's own count of the write or
     * read (Portmon's "Length n:"), though the format is lossy: the bytes
     * may be shown as dots, their number is exact. A payload all of whose
     * pieces came so is counted by send-payload-mismatch in a lossy log. */
    ATS_CF_LEN_EXACT = 1u << 15,
    /* a host's data chunk that starts a write of its own, a command line,
     * after a write that left its line open with no command in it (the URL
     * written after Quectel's CONNECT, no line end): that line ends before
     * this chunk, no line end made up, so the command is not glued to it */
    ATS_CF_WRITE_START = 1u << 16
};

/* What a format reader produces. */
typedef struct ats_chunk {
    ats_chunk_kind kind;
    const char *note;          /* why, for ATS_CHUNK_UNPARSED */
    ats_time time;
    ats_dir dir;
    const uint8_t *bytes;
    size_t len;
    /* 1-based source line of bytes[0]; 0 means the bytes are the capture
     * file itself, so the framer counts lines from their line ends. A chunk
     * of another kind with line 0 is a whole line the reader took out of
     * that byte stream (a tool's banner): it stands where the framer's count
     * is, and its bytes are counted. */
    uint64_t line;
    uint64_t offset;     /* byte offset in the capture of bytes[0] */
    unsigned flags;      /* ATS_CF_* */
    /* With ATS_CF_MUX: the multiplexer channel (CMUX DLCI, 1..63) the bytes
     * came on; 0 when the bytes are not one channel's. */
    unsigned channel;
} ats_chunk;

/* ---- line framer ------------------------------------------------------- */

typedef enum ats_line_kind {
    ATS_LINE_TEXT = 0,   /* a line of text, line end removed */
    ATS_LINE_UNPARSED,   /* a capture line the format reader could not read */
    ATS_LINE_PROMPT,     /* '>' (or the profile's prompt character, u-blox '@'; and one
                            following space) at a line start */
    ATS_LINE_PAYLOAD,    /* bytes after a prompt or in data mode */
    ATS_LINE_ANNOTATION, /* a capture's comment: "// note" */
    ATS_LINE_HOST_LOG    /* a host library's own trace output (ATS_CHUNK_HOST_LOG) */
} ats_line_kind;

enum {
    ATS_LF_TRUNCATED = 1u << 0,  /* longer than max_line: the rest was cut */
    ATS_LF_NOT_UTF8 = 1u << 1,   /* holds bytes that are not valid UTF-8 text */
    ATS_LF_CONTROL = 1u << 2,    /* holds control bytes (NUL, ESC, ...) */
    ATS_LF_NO_EOL = 1u << 3,     /* ended by the end of input or a mode change */
    ATS_LF_PAYLOAD_CTRLZ = 1u << 4, /* payload ended with Ctrl-Z */
    ATS_LF_PAYLOAD_ESC = 1u << 5,   /* payload cancelled with ESC */
    ATS_LF_PAYLOAD_FULL = 1u << 6,  /* payload reached its declared length */
    ATS_LF_CONTINUED = 1u << 7,     /* a payload piece cut at max_line */
    ATS_LF_AFTER_PROMPT = 1u << 8,  /* the line after a prompt that ended its line: the
                                       payload, or the modem's answer (the builder decides) */
    ATS_LF_MUX = 1u << 9,           /* from a chunk saying ATS_CF_MUX */
    ATS_LF_PAYLOAD_EOL = 1u << 10,  /* undirected, a declared length not reached: the piece
                                       ends with the line end(s) after it, and the next
                                       line comes as a piece of the same payload, the host's
                                       typed line or the modem's answer (the builder decides) */
    ATS_LF_PAYLOAD_QUOTE = 1u << 11, /* the piece ends a command's quoted string over lines */
    ATS_LF_NOT_SENT = 1u << 13,     /* a host-log line from a chunk saying ATS_CF_NOT_SENT */
    ATS_LF_GAVE_UP = 1u << 14,      /* a host-log line from a chunk saying ATS_CF_GAVE_UP */
    ATS_LF_DATA_END = 1u << 15,     /* a host-log line from a chunk saying ATS_CF_DATA_END */
    ATS_LF_SENT_UNSHOWN = 1u << 16, /* a host-log line from a chunk saying ATS_CF_SENT_UNSHOWN */
    ATS_LF_PAYLOAD_MARK = 1u << 17, /* the piece ends with the end mark the profile names
                                       (ats_framer_set_end: HL78's --EOF--Pattern--) */
    ATS_LF_BLOCK_OPEN = 1u << 18,   /* an annotation from a chunk saying ATS_CF_BLOCK_OPEN */
    ATS_LF_BLOCK_CLOSE = 1u << 19,  /* an annotation from a chunk saying ATS_CF_BLOCK_CLOSE */
    ATS_LF_FLUSHED = 1u << 20,      /* a host-log line from a chunk saying ATS_CF_FLUSHED */
    ATS_LF_LEN_EXACT = 1u << 21,    /* a payload piece whose every byte came in a chunk saying
                                       ATS_CF_LEN_EXACT: its count is the wire's */
    ATS_LF_EDITED = 1u << 12        /* a command line the user edited while typing, or a line
                                       a USB glitch's NUL / 0xFF runs were taken off: the text
                                       is the line with the erases (BS, DEL) applied or the runs
                                       gone, not the bytes at its offset */
};

typedef struct ats_line {
    ats_line_kind kind;
    ats_dir dir;
    ats_span text;       /* borrowed */
    uint64_t line;       /* 1-based source line of text[0] */
    uint64_t offset;     /* byte offset of text[0] */
    ats_time time;
    unsigned flags;      /* ATS_LF_* */
    uint64_t cut;        /* bytes cut off a truncated line (counted, not kept) */
    const char *note;    /* ATS_LINE_UNPARSED: why */
    unsigned channel;    /* the chunk's channel where the line began (0 none) */
} ats_line;

typedef int (*ats_line_cb)(void *user, const ats_line *line);

typedef enum ats_frame_mode {
    ATS_FRAME_LINES = 0,      /* text lines */
    ATS_FRAME_PAYLOAD_LEN,    /* next n bytes are payload */
    ATS_FRAME_PAYLOAD_CTRLZ,  /* payload up to Ctrl-Z (or ESC) */
    ATS_FRAME_DATA,           /* data mode: every line is payload */
    ATS_FRAME_PAYLOAD_BLOCK,  /* next n bytes are a block the modem announced (+QIRD: 5):
                                 taken whole, line ends included, even undirected */
    ATS_FRAME_PAYLOAD_QUOTE   /* the command's quoted string goes on over lines (nRF91
                                 AT%CMNG's certificate): pieces line by line, up to the
                                 line end after the closing '"' */
} ats_frame_mode;

typedef enum ats_framer_state {
    ATS_FR_LINE_START = 0,
    ATS_FR_IN_LINE,
    ATS_FR_DISCARD,           /* line over max_line: counting until its end */
    ATS_FR_PROMPT_SPACE,      /* after '>': one space belongs to the prompt */
    ATS_FR_PAYLOAD,
    ATS_FR_PAYLOAD_SLASH,     /* payload began with '/': a note or data? (annotations on) */
    ATS_FR_EOL_LF             /* after a CR that ended a line: an LF still belongs to it */
} ats_framer_state;

typedef struct ats_framer_opts {
    size_t max_line;          /* default 65536 */
    int annotations;          /* recognise "//" notes; the parser turns it off for
                                 chunks that say ATS_CF_NO_NOTES */
    int exact_payload;        /* directed capture: payload may span line ends */
    int blocks_unlogged;      /* ATS_HIDES_BLOCKS: a counted block whose first line is a
                                 final result was not logged: the final is a line */
} ats_framer_opts;

typedef struct ats_framer {   /* complete type so callers can embed it; fields private */
    ats_framer_state state;
    ats_frame_mode mode;
    int prompt_expected;
    int bare_prompt;          /* a prompt was emitted and nothing has followed it yet */
    int after_prompt;         /* ... it ended its line: flag the next line */
    uint64_t payload_left;
    ats_dir dir;
    unsigned char *buf;
    size_t len, cap;
    unsigned flags;
    uint64_t cut;
    uint64_t line_no;         /* counting: current source line */
    uint64_t offset;          /* counting: byte offset of the next byte */
    int seen_lf;
    int in_quotes;            /* ATS_FRAME_PAYLOAD_QUOTE: the closing '"' not seen yet */
    int eol_run;              /* undirected payload: taking the line ends after its text */
    int cont;                 /* ... and the piece now read is a line after such line ends:
                                 read whole, past the declared length (the builder judges
                                 whole lines) */
    int truncated_pending;
    unsigned scan;            /* what the fast scan saw in the line being emitted */
    int flush_pending;        /* a payload (1) or line (2) cut by a mode change from outside */
    int block;                /* the payload is an announced block: line ends do not end it */
    size_t block_fin;         /* in a block: 1 + where a line that reads as a final result
                                 starts, 0 none (a command line after it ends the block) */
    unsigned eol_shape;       /* ATS_CF_EOL_* of the chunk being fed */
    int skip_lf, skip_cr;     /* in a block: the rest of a pasted line end still to pass
                                 over (LFs, CRs before them; then one CR after) */
    int held_cr;              /* in a block of a CR CR LF paste: a CR ended the chunk, the
                                 next byte tells whether it was the paste's (an LF) */
    size_t block_cut;         /* undirected block: 1 + where its first line that reads as the
                                 modem's or the host's again starts, 0 none; judged when the
                                 block ends (block_end_check) */
    size_t cut_pending;       /* the count was reached with such a line inside: 1 + where,
                                 the next byte tells (a line end: the data was whole) */
    unsigned char end_mark[32]; /* a payload or block ends right after these bytes, before its
                                 length (ats_framer_set_end); end_len 0: none */
    size_t end_len;
    int end_sent;             /* the mark ends the host's data after a prompt (not a block the
                                 modem sends): a final before any of it ends it unshown */
    int ctrlz_tail;           /* a declared length was just reached: a Ctrl-Z next is the
                                 payload's end, not a line's first byte */
    uint64_t ctrlz_bytes;     /* undirected, up to Ctrl-Z: the payload's bytes so far */
    ats_frame_mode flush_mode;
    uint64_t start_line, start_offset;
    uint64_t chunk_offset;     /* byte offset of the current chunk (with chunk_line) */
    ats_time start_time;
    unsigned start_channel;   /* the channel of the chunk the line began in */
    uint64_t chunk_line;      /* reader-given line of the current chunk (0: count) */
    ats_framer_opts opts;
    ats_line_cb cb;
    void *user;
    int mux;                  /* the chunk being fed says ATS_CF_MUX */
    int chunk_exact;          /* the last chunk fed says ATS_CF_LEN_EXACT */
    int pay_loose;            /* the payload piece being read holds bytes of a chunk that
                                 does not */
    int err;                  /* sticky */
    uint64_t lines, dropped_empty, truncated_lines, cut_bytes, eol_bytes;
} ats_framer;

int ats_framer_init(ats_framer *fr, const ats_framer_opts *opts, ats_dir dir,
                    ats_line_cb cb, void *user, ats_error *err);
int ats_framer_feed(ats_framer *fr, const ats_chunk *chunk, ats_error *err);
int ats_framer_finish(ats_framer *fr, ats_error *err);
void ats_framer_free(ats_framer *fr);
/* Mode hints from the builder, given from inside a line callback. */
void ats_framer_set_mode(ats_framer *fr, ats_frame_mode mode, uint64_t payload_len);
/* on: 0 no prompt expected, 1 a '>', else the prompt character itself ('@'). */
void ats_framer_expect_prompt(ats_framer *fr, int on);
/* The payload or block just set (ats_framer_set_mode) ends at these bytes,
 * kept as its last ones, if they come before its length (at most 32 bytes;
 * a mode set later clears them). Sierra's HL78 sends and answers data up to
 * "--EOF--Pattern--". */
void ats_framer_set_end(ats_framer *fr, const char *mark, size_t n);
/* A directed capture: the other side speaks while this one is inside a
 * payload, so the payload bytes seen so far are handed on now, as a piece
 * (ATS_LF_CONTINUED), before what the other side said. */
int ats_framer_flush_partial(ats_framer *fr);

/* ---- profile ----------------------------------------------------------- */

typedef struct ats_profile ats_profile;   /* opaque, immutable once loaded */

/* Load from a file, from memory, or the built-in default (fibocom-l610).
 * name is used in error messages. */
int ats_profile_load_file(ats_profile **out, const char *path, ats_error *err);
int ats_profile_load_buffer(ats_profile **out, const char *json, size_t len,
                            const char *name, ats_error *err);
int ats_profile_load_builtin(ats_profile **out, const char *id, ats_error *err);
/* Every built-in profile, in ats_profile_builtin_ids() order, as candidates
 * of module identification that mostly go unused: the texts they share are
 * parsed once, and each holds only its id and name, its "identify" section
 * and its command names (ats_profile_has_name). ats_profile_complete(p) loads
 * the rest, once, while no other thread parses with p (identification and
 * ats_profile_has_name may go on meanwhile); a parser, builder, redactor or
 * rule set made from a candidate not completed is an ATS_EINVAL error. *out is
 * an array of *n, freed with free() after ats_profile_free of each. */
int ats_profile_load_candidates(ats_profile ***out, size_t *n, ats_error *err);
int ats_profile_complete(ats_profile *p, ats_error *err);
/* 0, or ATS_EINVAL (err says why) when p is a candidate not completed yet */
int ats_profile_check_complete(const ats_profile *p, ats_error *err);
const char *ats_profile_id(const ats_profile *p);
const char *ats_profile_name(const ats_profile *p);
void ats_profile_free(ats_profile *p);
/* The built-in profiles, NULL-terminated list of ids. */
const char *const *ats_profile_builtin_ids(void);

/* ---- records: what the builder produces --------------------------------- */

typedef enum ats_record_kind {
    ATS_REC_TXN = 0,
    ATS_REC_URC,
    ATS_REC_DATA,
    ATS_REC_ANNOTATION,
    ATS_REC_UNPARSED,
    ATS_REC_RETRY_CHAIN,
    ATS_REC_HOST_LOG      /* item: the line; reason: its source ("mbed-trace: status") */
} ats_record_kind;

/* The source of a host-log record that no format names: a line of an
 * undirected log that reads as a person's sentence, before the host's next
 * command (an application's print). Known not to be the modem's, but not
 * known for what it is either: it does not count as understood traffic. */
#define ATS_HOST_APP_TEXT "application text before a command"

typedef enum ats_cmd_type {
    ATS_CMD_EXECUTE = 0,  /* AT+CSQ, ATE0, ATO */
    ATS_CMD_SET,          /* AT+X=... */
    ATS_CMD_READ,         /* AT+X? */
    ATS_CMD_TEST          /* AT+X=? */
} ats_cmd_type;

typedef enum ats_final_kind {
    ATS_FINAL_NONE = 0,
    ATS_FINAL_OK,
    ATS_FINAL_CONNECT,
    ATS_FINAL_ERROR,
    ATS_FINAL_CME_ERROR,
    ATS_FINAL_CMS_ERROR,
    ATS_FINAL_NO_CARRIER,
    ATS_FINAL_BUSY,
    ATS_FINAL_NO_ANSWER,
    ATS_FINAL_NO_DIALTONE,
    ATS_FINAL_PROFILE_OK,     /* a profile final meaning success (SEND OK) */
    ATS_FINAL_PROFILE_ERROR   /* a profile final meaning failure (SEND FAIL) */
} ats_final_kind;

typedef enum ats_txn_status {
    ATS_TXN_COMPLETE = 0,  /* final result (and completion, if async) seen */
    ATS_TXN_NO_FINAL,      /* the next command line came before a final result */
    ATS_TXN_UNFINISHED,    /* the capture ended while it waited */
    ATS_TXN_HOST_TIMEOUT   /* the host library said it stopped waiting (gave_up) */
} ats_txn_status;

typedef enum ats_completion {
    ATS_COMPL_NONE = 0,    /* not asynchronous, or failed before starting */
    ATS_COMPL_SUCCESS,
    ATS_COMPL_FAILURE,
    ATS_COMPL_MISSING,     /* superseded/evicted before a completion came */
    ATS_COMPL_PENDING      /* capture ended while waiting */
} ats_completion;

typedef enum ats_payload_end {
    ATS_PAYLOAD_NONE = 0,  /* no payload seen */
    ATS_PAYLOAD_LENGTH,    /* reached the declared length */
    ATS_PAYLOAD_CTRLZ,
    ATS_PAYLOAD_ESC,       /* cancelled */
    ATS_PAYLOAD_CUT,       /* ended otherwise: line end, next line, end of input */
    ATS_PAYLOAD_QUOTE,     /* a command's quoted string over lines, closed */
    ATS_PAYLOAD_MARK       /* ended by the end mark the profile names (HL78's --EOF--Pattern--) */
} ats_payload_end;

enum {
    ATS_TF_ECHO = 1u << 0,           /* the command's echo was seen */
    ATS_TF_ASYNC = 1u << 1,          /* the profile says it completes later */
    ATS_TF_BLOCKING = 1u << 2,       /* ... and nothing may be sent meanwhile */
    ATS_TF_PROMPT = 1u << 3,         /* a '>' prompt was seen */
    ATS_TF_PAYLOAD_EARLY = 1u << 4,  /* payload before the prompt (directed) */
    ATS_TF_DATA_MODE = 1u << 5,      /* it switched the link to data mode */
    ATS_TF_EARLY_COMPLETION = 1u << 6, /* completion arrived before the final */
    ATS_TF_QUERY = 1u << 7,          /* every sub-command is read or test */
    ATS_TF_SUPERSEDED = 1u << 8,     /* its completion not coming: sent again on its id
                                        after another command on that id (its close) */
    ATS_TF_ANSWER_FLUSHED = 1u << 9,  /* the host library dropped what it read while the
                                        command waited, unlogged (a definition's flushes) */
    ATS_TF_FINAL_AFTER_NEXT = 1u << 10, /* its final came after the next command was sent
                                         (the host did not wait): a late answer joined */
    ATS_TF_ID_ANSWERED = 1u << 11,   /* its socket id is the module's answer (the profile's
                                        "response" id group: AT+NSOCR's bare number), not
                                        an argument the host chose */
    ATS_TF_PAYLOAD_EXACT = 1u << 12  /* every piece of its payload came in chunks whose count is
                                        the tool's own (ATS_CF_LEN_EXACT): the payload's length
                                        is the wire's even in a lossy format */
};

typedef struct ats_item {      /* one line kept by a record */
    ats_span text;
    uint64_t line;
    uint64_t offset;
    ats_time time;
    unsigned flags;            /* ATS_LF_* */
} ats_item;

typedef struct ats_subcmd {
    ats_span name;             /* "+MIPOPEN", "E", "AT" (a bare AT) */
    ats_cmd_type type;
    ats_span args_raw;         /* after '=' (set) or after a basic command letter */
    size_t nargs;
    const ats_span *args;      /* comma-split, quotes removed, trimmed */
} ats_subcmd;

typedef struct ats_command_info {
    int known;                 /* the profile has an entry for this sub-command */
    double timeout_s;          /* final result within; < 0 unknown */
    int retries;               /* minimum re-sends after a failure; < 0 unknown */
    int async;
    int blocking;
    double completion_timeout_s;
    const char *section;       /* guide section, or NULL */
    int id_answer;             /* its socket id is its answer's (the entry's "response" id
                                  group: AT+NSOCR, AT+USOCR), never an argument */
} ats_command_info;

typedef struct ats_waiting {   /* an async command still waiting when another was sent */
    uint64_t id;
    uint64_t line;
    int blocking;
    ats_span command;
    ats_span name;             /* what it waits for: its completion's name (+QIOPEN, ^SISW) */
    ats_span cmd;              /* its own name (^SISO), which the classes name */
    ats_span sock;             /* its socket/context id argument, if any */
    int uses;                  /* the command sent uses what this one is making (the profile's
                                  async.users, on its id): the connection, the client */
} ats_waiting;

#define ATS_MAX_WAITING 16

typedef struct ats_txn {
    uint64_t id;
    ats_item command;
    size_t ncmds;
    const ats_subcmd *cmds;
    unsigned flags;            /* ATS_TF_* */
    ats_txn_status status;
    ats_item gave_up;          /* ATS_TXN_HOST_TIMEOUT: the library's line saying so */
    ats_final_kind final_kind;
    ats_item final;            /* text.len == 0 when none */
    ats_span final_code;       /* CME/CMS error code or text */
    size_t nresponses;
    const ats_item *responses;
    uint64_t responses_omitted;
    size_t nurcs;
    const uint64_t *urc_ids;   /* URC records that arrived inside it */
    ats_item prompt;
    uint64_t payload_bytes;
    int64_t payload_declared;  /* -1 if not declared */
    ats_payload_end payload_end;
    ats_span payload_preview;  /* first bytes of the payload */
    uint64_t payload_line;
    ats_completion completion;
    ats_item completion_item;
    ats_span sock;             /* socket/context id argument (async commands) */
    ats_command_info info;     /* the profile's entry for the deciding sub-command */
    unsigned unknown_mask;     /* bit k: sub-command k is not in the profile */
    size_t nwaiting;           /* async commands pending when this one was sent */
    const ats_waiting *waiting;
    uint64_t retry_chain;      /* 0: none */
    unsigned attempt;          /* 1-based within the chain, 0 if none */
    uint64_t first_line, last_line;
} ats_txn;

typedef struct ats_urc {
    uint64_t id;
    ats_item item;
    ats_span name;             /* "+MIPRTCP", "AT command ready", ... */
    int known;                 /* matched a profile URC pattern */
    int boot;                  /* the profile marks it a boot report */
    uint64_t inside_txn;       /* transaction waiting for its final, or 0 */
} ats_urc;

typedef struct ats_data {      /* a stretch of payload outside transactions */
    uint64_t id;
    int transparent;           /* data mode; else a raw received line (IPRFMT 1) */
    uint64_t first_line, last_line, offset;
    ats_time start, end;
    uint64_t bytes_tx, bytes_rx, bytes_unknown, pieces;
    ats_span preview;
    ats_span end_reason;       /* "escape", "ok-without-escape", "no-carrier", "link-drop",
                                  "end-of-capture", "" */
    ats_item end_item;
    /* the host's escape ("+++"), when the capture shows it */
    uint64_t escape_line;      /* 0: not seen */
    ats_time escape_time;
    int escape_eol;            /* a line end followed it */
    int escape_inline;         /* data came right before it on the same line */
    ats_time before_escape;    /* time of the host's last data before it */
    /* an earlier escape in the same stretch the module did not take (it
     * stayed in data mode, and the host sent +++ again): the first such */
    uint64_t missed_escape_line;   /* 0: none */
    ats_time missed_escape_time;
    ats_time before_missed_escape; /* time of the host's last data before that one */
    int escape_answered;       /* the line that ended the stretch (end_item), after the
                                  escape, answered it: the module's OK (or NO CARRIER)
                                  to the host's +++, its final as a command's */
    int unshown;               /* it began at its escape, written in command mode: the
                                  session it left is not in the log (a library's blind
                                  +++ at start-up) */
} ats_data;

typedef struct ats_chain {
    uint64_t id;               /* the first attempt's transaction id */
    ats_span command;
    unsigned attempts;
    size_t ntxns;
    const uint64_t *txns;
    ats_span outcome;          /* "succeeded", "gave-up", "end-of-capture" */
    uint64_t first_line, last_line;
} ats_chain;

typedef struct ats_record {
    ats_record_kind kind;
    const ats_txn *txn;
    const ats_urc *urc;
    const ats_data *data;
    const ats_chain *chain;
    const ats_item *item;      /* annotation, unparsed */
    ats_span reason;           /* unparsed: why */
    uint64_t id;               /* annotation/unparsed record id */
} ats_record;

typedef int (*ats_record_cb)(void *user, const ats_record *rec);

/* ---- transaction builder ------------------------------------------------ */

typedef struct ats_builder ats_builder;   /* opaque: holds bounded open state */

typedef struct ats_builder_opts {
    int directed;              /* the capture carries TX/RX direction */
    size_t max_pending_async;  /* default 16 */
    size_t max_responses;      /* per transaction, default 64 */
    size_t max_txn_bytes;      /* text kept per transaction, default 256 KiB */
    size_t preview_bytes;      /* payload preview, default 64 */
} ats_builder_opts;

/* The builder tells the framer(s) what comes next: a prompt (prompt_expected:
 * 0 none, else the prompt character), payload, data. */
typedef void (*ats_mode_cb)(void *user, ats_dir dir, ats_frame_mode mode, uint64_t n,
                            int prompt_expected);

int ats_builder_new(ats_builder **out, const ats_profile *p, const ats_builder_opts *opts,
                    ats_record_cb cb, void *user, ats_error *err);
void ats_builder_set_mode_cb(ats_builder *b, ats_mode_cb cb, void *user);
/* What the capture's tool does not show (ATS_HIDES_*, ats_input_hides): a
 * command whose final or completion it leaves out is not a failed attempt
 * of a retry chain. Before the first line. */
void ats_builder_set_hides(ats_builder *b, unsigned hides);
int ats_builder_feed(ats_builder *b, const ats_line *line, ats_error *err);
int ats_builder_finish(ats_builder *b, ats_error *err);
void ats_builder_free(ats_builder *b);

/* ---- the whole parser: reader + framers + builder ------------------------ */

typedef struct ats_parser ats_parser;

typedef struct ats_stats {
    uint64_t bytes, lines, records;
    uint64_t transactions, commands, urcs, data, annotations, unparsed, chains, host_log;
    uint64_t truncated_lines, cut_bytes, not_utf8_lines;
    uint64_t no_final, unfinished;
    uint64_t redacted;         /* values masked (ats_parser_set_redact), repeats counted */
} ats_stats;

typedef struct ats_parser_opts {
    ats_framer_opts framer;
    ats_builder_opts builder;
    /* 2: the parser starts a record thread, fed through a bounded queue of
     * batches, which runs the record callback and the line tap; feed frames,
     * redacts and builds on the caller's thread. 3: also a parser thread
     * for the framing, redaction and building of the chunks the caller
     * feeds (feed copies them and returns), so the caller's thread only
     * reads. Either way the same records in the same order, the lines
     * between them as on one thread. The callback, the line tap and the
     * redaction span callback then must not touch what the caller's thread
     * touches meanwhile; finish and sync wait for every thread.
     * 0 or 1 (the default): everything runs inside feed and finish. */
    unsigned threads;
    /* With threads 2: if the first chunk fed says ATS_CF_READ_APART, start
     * the parser thread too (as 3). One decision, at that chunk. */
    int split_read_apart;
} ats_parser_opts;

void ats_parser_opts_default(ats_parser_opts *o);
int ats_parser_new(ats_parser **out, const ats_profile *p, const ats_parser_opts *opts,
                   ats_record_cb cb, void *user, ats_error *err);
/* Plain capture: the bytes of the file, any granularity, read as the raw
 * reader reads them ("//" notes recognised) except for the tools' banners,
 * which only the raw reader of ats_input takes out. */
int ats_parser_feed(ats_parser *ps, const void *buf, size_t len, ats_error *err);
/* Any reader: one chunk. */
int ats_parser_feed_chunk(ats_parser *ps, const ats_chunk *c, ats_error *err);
/* n chunks: as ats_parser_feed_chunk on each in turn up to the first that
 * fails, in one call (and with a parser thread, one hand-over). */
int ats_parser_feed_chunks(ats_parser *ps, const ats_chunk *c, size_t n, ats_error *err);
int ats_parser_finish(ats_parser *ps, ats_error *err);
/* With threads: returns once every record made so far has been through the
 * callback (finish does this itself; a caller whose input failed calls it
 * before reporting, so no record is lost). 0, or ATS_EUSER if the callback
 * stopped the stream (that stop came first: one thread would never have
 * reached the failure). Without threads: 0 at once. */
int ats_parser_sync(ats_parser *ps, ats_error *err);
const ats_stats *ats_parser_stats(const ats_parser *ps);
/* The capture's line count as its reader counted it (ats_input_lines), given
 * before ats_parser_finish: it is the stats' `lines` then, whatever line ends
 * the decoded bytes hold (a trace line that prints a whole answer holds
 * several). 0: the framers count. */
void ats_parser_set_lines(ats_parser *ps, uint64_t lines);
/* ats_builder_set_hides for the parser's builder: before the first chunk. */
void ats_parser_set_hides(ats_parser *ps, unsigned hides);
void ats_parser_free(ats_parser *ps);

/* ---- redaction: identifiers and credentials masked before any output ---- */

/* What a profile's "redact" entries mask (docs/profiles.md "Redaction"). */
typedef enum ats_redact_kind {
    ATS_RK_IMEI = 0,   /* IMEI, IMEISV */
    ATS_RK_IMSI,
    ATS_RK_ICCID,
    ATS_RK_PHONE,      /* MSISDN, caller and called numbers */
    ATS_RK_SMS,        /* message text or PDU */
    ATS_RK_PIN,        /* PIN, PUK, facility passwords */
    ATS_RK_USER,       /* APN / PDP user name */
    ATS_RK_PASSWORD,   /* APN / PDP password */
    ATS_RK_IP,         /* with ATS_REDACT_HOSTS only */
    ATS_RK_HOST,       /* with ATS_REDACT_HOSTS only */
    ATS_RK_COUNT
} ats_redact_kind;

enum { ATS_REDACT_HOSTS = 1u << 0 };  /* also IP addresses and host names */

/* The values found and their pseudonyms, for one report: the same value is
 * the same token ("<IMEI-1>") in every capture of it. Tokens are numbered in
 * order of first appearance, never derived from the value, so a report
 * cannot be reversed. Bounded: past 65536 values a value gets its kind's
 * token without a number. */
typedef struct ats_redact_map ats_redact_map;

int ats_redact_map_new(ats_redact_map **out, unsigned flags);
unsigned ats_redact_map_flags(const ats_redact_map *m);
/* Adds src's values after dst's, in src's order (captures read apart, then
 * merged in input order: the numbering then never depends on --jobs). */
int ats_redact_map_merge(ats_redact_map *dst, const ats_redact_map *src);
/* From now on the map is only read (it may be shared by threads); a value it
 * lacks gets a token from the redactor's own map. */
void ats_redact_map_freeze(ats_redact_map *m);
size_t ats_redact_map_count(const ats_redact_map *m);
/* Value i (in numbering order): kind, the bytes as captured, the token. */
void ats_redact_map_at(const ats_redact_map *m, size_t i, ats_redact_kind *kind,
                       ats_span *value, const char **token);
/* The token of a value the map holds, or NULL. */
const char *ats_redact_map_token(const ats_redact_map *m, ats_redact_kind kind, const char *value,
                                 size_t len);
/* Values of one kind. */
size_t ats_redact_map_kind_count(const ats_redact_map *m, ats_redact_kind k);
const char *ats_redact_kind_name(ats_redact_kind k);   /* "imei", ... */
void ats_redact_map_free(ats_redact_map *m);

/* The stage: lines in, the same lines with what the profile's "redact"
 * entries name masked, out (the text borrowed for the call). It sits between
 * the framers and the builder, so every record, and every output made from
 * them, holds only masked text. It keeps the last command line (what an
 * answer answers) and whether the next line is a message body. */
typedef struct ats_redactor ats_redactor;

int ats_redactor_new(ats_redactor **out, const ats_profile *p, ats_redact_map *map,
                     ats_line_cb cb, void *user, ats_error *err);
int ats_redactor_feed(ats_redactor *r, const ats_line *line, ats_error *err);
int ats_redactor_finish(ats_redactor *r, ats_error *err);
/* Where a redactor masked what: the line as read, the byte range of its
 * text, the kind and what replaced it (atscope redact puts the same
 * replacement into a copy of the capture). Non-zero stops the stage. */
typedef int (*ats_redact_span_cb)(void *user, const ats_line *line, size_t from, size_t to,
                                  ats_redact_kind kind, ats_span replacement);
void ats_redactor_set_span_cb(ats_redactor *r, ats_redact_span_cb cb, void *user);
/* Values this redactor masked (counting repeats). */
uint64_t ats_redactor_masked(const ats_redactor *r);
void ats_redactor_free(ats_redactor *r);

/* Masks the lines a parser hands its builder (call before the first feed;
 * map outlives the parser). NULL turns it off. */
int ats_parser_set_redact(ats_parser *ps, ats_redact_map *map, ats_error *err);
/* After ats_parser_set_redact: every masked span, as ats_redactor_set_span_cb. */
void ats_parser_set_redact_spans(ats_parser *ps, ats_redact_span_cb cb, void *user);

/* Every line as it reaches the builder (masked, when redaction is on), just
 * before the builder reads it: what the evidence window keeps (ats_evidence).
 * The tap sees at most max_text bytes of a line's text, the rest added to its
 * `cut` (0: all of it). With a record thread (ats_parser_opts.threads 2) it
 * runs there, in order with the record callback: each line before the
 * records made from it, exactly as on one thread; a line's bytes then cross
 * in the record batches, which max_text keeps small. Non-zero stops the
 * parser. NULL turns it off. Call before the first feed. */
void ats_parser_set_line_tap(ats_parser *ps, ats_line_cb cb, void *user, size_t max_text);

/* ---- profile queries (for rules and reports) ----------------------------- */


void ats_profile_command_info(const ats_profile *p, const ats_subcmd *c, ats_command_info *out);
/* Does the command's profile entry say this failing result means its effect
 * is already in place ("already": AT+QGPS=1 -> +CME ERROR: 504)? */
int ats_profile_already(const ats_profile *p, const ats_subcmd *c, const char *result, size_t len);
/* The profile's "rules" and "classes" objects as JSON text (NULL if absent);
 * valid while the profile lives. */
const void *ats_profile_json(const ats_profile *p);   /* json_t *, borrowed */
/* Does the profile know a command of this name (any type, any arguments)? */
int ats_profile_has_name(const ats_profile *p, const char *name, size_t len);
const char *ats_profile_path(const ats_profile *p);

/* ---- rules: verdicts over the record stream ---------------------------- */

typedef enum ats_severity { ATS_SEV_INFO = 0, ATS_SEV_WARNING, ATS_SEV_ERROR } ats_severity;

typedef enum ats_rule_status {
    ATS_RULE_PASS = 0,
    ATS_RULE_FAIL,
    ATS_RULE_NOT_EVALUABLE,
    ATS_RULE_DISABLED
} ats_rule_status;

#define ATS_MAX_RELATED 4

typedef struct ats_related {
    uint64_t line;
    char message[200];
} ats_related;

typedef struct ats_violation {
    const char *rule;          /* stable id, e.g. "async-overlap" */
    ats_severity severity;
    char message[600];         /* capture text inside is escaped for any output */
    uint64_t line;             /* 1-based line where the evidence starts */
    ats_time time;
    uint64_t txn;              /* transaction id, 0 if none */
    size_t nrelated;
    ats_related related[ATS_MAX_RELATED];
    char key[160];             /* stable fingerprint part: rule|command|socket */
} ats_violation;

typedef int (*ats_violation_cb)(void *user, const ats_violation *v);

typedef struct ats_ruleset ats_ruleset;   /* the rules + profile parameters + config */

typedef struct ats_rule_info {
    const char *id;
    ats_severity severity;     /* effective (after profile and config) */
    ats_severity default_severity;
    int enabled;
    const char *section;       /* guide section the rule rests on, from the profile ("": none) */
    const char *summary;       /* the profile's, else the rule's generic one */
    const char *needs;         /* of the capture: "time", "direction", "time+direction",
                                  "lossless" or "" */
    const char *needs_classes; /* of the profile: class names, "a|b" either ("" none) */
    const void *params;        /* json_t * object of effective parameters */
} ats_rule_info;

int ats_ruleset_new(ats_ruleset **out, const ats_profile *p, ats_error *err);
/* Applies a config (JSON text): {"rules": {"<id>": {"enabled": false,
 * "severity": "warning", "<param>": value}}}. Unknown ids or parameter names
 * are errors naming file, line and column. */
int ats_ruleset_configure(ats_ruleset *rs, const char *json, size_t len, const char *file,
                          ats_error *err);
size_t ats_ruleset_count(const ats_ruleset *rs);
void ats_ruleset_info(const ats_ruleset *rs, size_t i, ats_rule_info *out);
void ats_ruleset_free(ats_ruleset *rs);
const char *ats_severity_name(ats_severity s);
const char *ats_rule_status_name(ats_rule_status s);

typedef struct ats_engine ats_engine;

typedef struct ats_capture_info {
    int has_time;
    int has_direction;
    int lossy;                 /* the format drops bytes */
    unsigned hides;            /* ATS_HIDES_*: what the format does not show */
    /* why the format does not show every command the host sends (its
     * definition's "omits_commands": esp_modem's generic_get_string() logs
     * its reply's lines and not its command), so an answer with no command
     * before it is the printer's gap, not the modem's fault; NULL: every
     * command is shown */
    const char *commands_unshown;
    int reads_as_received;     /* ats_format_info's: an early payload is early in a lossy log */
} ats_capture_info;

typedef struct ats_rule_result {
    const char *id;
    ats_severity severity;
    ats_rule_status status;
    uint64_t violations;
    char reason[200];          /* why not evaluable, or a note */
} ats_rule_result;

/* How much of a capture the parser understood, and whether that is enough
 * evidence for a verdict. `lines` are the lines that reached a record (blank
 * lines never do; an echo folded into its command counts once); `understood`
 * those that became part of a transaction, a URC the profile knows, data, or
 * a note of the tool. A capture with no transaction, or with a ratio below
 * the ruleset's minimum coverage, is inconclusive: every enabled rule is
 * not evaluable with `reason`, and violations already delivered for it are
 * void (a caller that streams them should drop them). */
typedef struct ats_coverage {
    uint64_t lines;
    uint64_t understood;
    double ratio;              /* understood / lines; 0 when lines is 0 */
    uint64_t transactions;
    int inconclusive;
    char reason[200];          /* why inconclusive ("" if not) */
    /* Modem-looking text before the first command: the capture starts mid
     * session; such lines are context, never orphans. */
    uint64_t context_lines;
    /* Text outside any command that does not look like modem output (no
     * "+X:" shape, not a result code, lower-case prose): an application's
     * prints. Not an orphan-response finding; counted here. */
    uint64_t unrecognised_lines;
    uint64_t first_unrecognised;   /* its first line, 0 if none */
} ats_coverage;

#define ATS_DEFAULT_MIN_COVERAGE 0.2
/* Below this share of understood lines a capture is inconclusive (0..1). */
void ats_ruleset_set_min_coverage(ats_ruleset *rs, double min_coverage);

int ats_engine_new(ats_engine **out, const ats_ruleset *rs, const ats_capture_info *ci,
                   ats_violation_cb cb, void *user, ats_error *err);
/* What the capture carries, once the format is known (time, direction). */
void ats_engine_set_capture_info(ats_engine *e, const ats_capture_info *ci);
/* The definitions the capture is read with (NULL, the default: none): a rule
 * asks their wrappers about a line no layer took (ats_formatset_block_edge:
 * a tracker's block edge left as text). fs must outlive the engine. */
struct ats_formatset;
void ats_engine_set_formats(ats_engine *e, const struct ats_formatset *fs);
int ats_engine_feed(ats_engine *e, const ats_record *r, ats_error *err);
int ats_engine_finish(ats_engine *e, ats_error *err);
/* After finish: one result per rule of the ruleset, in registry order. */
void ats_engine_result(const ats_engine *e, size_t i, ats_rule_result *out);
/* After finish: the capture's coverage and whether its verdict is inconclusive. */
void ats_engine_coverage(const ats_engine *e, ats_coverage *out);
void ats_engine_free(ats_engine *e);

/* ---- evidence: the capture lines a violation rests on -------------------- */

/* A reader of a report has no capture: each violation carries its line and
 * its related lines, with a little context, as the capture read them (the
 * lines the builder gets, masked when redaction is on: a value masked in a
 * report is masked the same way in its evidence).
 *
 * Memory stays bounded whatever the capture's size, and nothing is read twice
 * (standard input cannot be): a ring of the last `window` lines (each cut at
 * `max_text` bytes) serves lines a violation names that have already gone by,
 * and a violation raised before its context lines arrive (a line after the
 * finding) keeps its request open until they stream by. A violation raised
 * long after a line it names (an async command that waited thousands of
 * lines) finds that line gone from the window; the last 64 command lines
 * (text starting "AT") are kept apart too, so a command is still found
 * (without its context); any other line is counted as dropped, and reports
 * say so, rather than the window growing with the capture. Each violation
 * keeps at most ATS_EVIDENCE_MAX_LINES lines. */
typedef enum ats_evidence_role {
    ATS_EV_CONTEXT = 0,        /* near a named line */
    ATS_EV_FINDING,            /* the violation's own line */
    ATS_EV_RELATED             /* one of its related lines */
} ats_evidence_role;

#define ATS_EVIDENCE_MAX_CONTEXT 10
#define ATS_EVIDENCE_MAX_LINES 48

typedef struct ats_evidence_opts {
    unsigned context;          /* lines before and after each named line (default 2;
                                  at most ATS_EVIDENCE_MAX_CONTEXT) */
    size_t window;             /* recent lines kept (default 512, at least 1) */
    size_t max_text;           /* bytes kept of a line (default 240), the rest counted */
} ats_evidence_opts;

typedef struct ats_evidence_line {
    uint64_t line;             /* 1-based source line */
    ats_evidence_role role;
    ats_dir dir;               /* of its first piece */
    ats_span text;             /* borrowed; the pieces the framer cut the line into, joined */
    uint64_t cut;              /* bytes of the line not kept */
} ats_evidence_line;

typedef struct ats_evidence ats_evidence;

void ats_evidence_opts_default(ats_evidence_opts *o);
int ats_evidence_new(ats_evidence **out, const ats_evidence_opts *o, ats_error *err);
/* A line of the capture (an ats_parser_set_line_tap callback may hand it on).
 * Never fails: out of memory only loses evidence, counted as dropped. */
void ats_evidence_feed(ats_evidence *ev, const ats_line *l);
/* The lines violation v names (its line, its related lines) and their
 * context: *ticket numbers the request (0, 1, ... in order asked). */
int ats_evidence_ask(ats_evidence *ev, const ats_violation *v, size_t *ticket, ats_error *err);
/* The capture ended: requests waiting for lines that never came are closed. */
void ats_evidence_finish(ats_evidence *ev);
/* A request's lines, in line order (complete after finish, or once the
 * capture has passed its last line), and how many named lines had left the
 * window or did not fit. */
size_t ats_evidence_count(const ats_evidence *ev, size_t ticket);
void ats_evidence_at(const ats_evidence *ev, size_t ticket, size_t i, ats_evidence_line *out);
uint64_t ats_evidence_dropped(const ats_evidence *ev, size_t ticket);
void ats_evidence_free(ats_evidence *ev);
/* The bytes it keeps of a line (its max_text, as clamped): a line tap that
 * hands it lines needs no more of them (ats_parser_set_line_tap). */
size_t ats_evidence_max_text(const ats_evidence *ev);

/* ---- capture formats: bytes of a capture file -> chunks ------------------ */

typedef struct ats_format_info {
    const char *name;          /* "raw", "sscom", ... (for --input-format) */
    const char *title;         /* the tools that write it */
    const char *detects_on;    /* what auto-detection looks for */
    int has_time;
    int has_direction;
    int lossy;                 /* the tool drops or changes bytes */
    /* the tool shows each read when it came (a port monitor's request, a
     * serial assistant's receive record), not a library's line once its
     * line end came: a prompt that has no line end is shown before what
     * the host wrote after it, so a payload shown before it was early */
    int reads_as_received;
} ats_format_info;

/* The parts of the modem's side a capture format may leave out (docs/formats.md,
 * "What a tool shows"): "first-reply-line" (Adafruit FONA) hides MORE_LINES,
 * FINALS and UNSOLICITED (an error, the only line of its answer, still
 * shows); "finals-stripped" (mmcli) hides FINALS, FAILURES and UNSOLICITED;
 * "sends-only" (OpenWrt netifd) hides everything. */
enum {
    ATS_HIDES_ANSWERS = 1,     /* nothing the modem answered: not even a first line */
    ATS_HIDES_MORE_LINES = 2,  /* an answer's lines after its first (prompts, reports) */
    ATS_HIDES_FINALS = 4,      /* a final result code that is not its answer's first line */
    ATS_HIDES_UNSOLICITED = 8, /* URCs, completions and reports that come on their own */
    ATS_HIDES_FAILURES = 16,   /* the modem's own error result (the tool says it in its words) */
    /* the host's side: the bytes it writes after a prompt ("no-payload": Mbed
     * ATCmdParser logs what it sends and reads, not what write() sends), so
     * the host's next line after a prompt is its next command */
    ATS_HIDES_PAYLOAD = 32,
    /* the modem's side: a counted block's bytes (+QIRD: <n>'s data) may be
     * left out ("no-blocks": Particle's NCP trace logs what it reads as
     * lines, each its own record), so the next record after the block's
     * header that reads as the modem's own line (a final, a URC, a command)
     * is that line, not the block's first bytes */
    ATS_HIDES_BLOCKS = 64
};
/* "everything", "first-reply-line", "finals-stripped", "sends-only" (and
 * "no-payload" or "no-blocks", names of their own only when that is all that
 * is hidden, "no-blocks" also with the payload) for the
 * hides of one of them; a mix of layers' hides names the first value that
 * hides all it holds. ats_shows_parse() gives -1 for a name that is none. */
const char *ats_shows_name(unsigned hides);
int ats_shows_parse(const char *name, unsigned *hides);

size_t ats_format_count(void);
const ats_format_info *ats_format_at(size_t i);
const ats_format_info *ats_format_find(const char *name);

typedef int (*ats_chunk_cb)(void *user, const ats_chunk *c);
/* n chunks in order, as n calls of an ats_chunk_cb would get them (their
 * bytes and notes valid only during the call); non-zero stops the stream. */
typedef int (*ats_chunks_cb)(void *user, const ats_chunk *c, size_t n);

/* Capture formats described as data (the formats folder, docs/formats.md): host
 * library traces (kind "trace") and the wrappers logs are pasted in (kind
 * "wrapper": quotes, stamps, syslog). A set holds the built-ins and what a
 * user adds; a definition of the same name replaces the earlier one. The set
 * is read-only once made and may be shared by inputs on several threads. */
typedef struct ats_formatset ats_formatset;

int ats_formatset_new(ats_formatset **out, ats_error *err);   /* the built-ins */
int ats_formatset_add_file(ats_formatset *fs, const char *path, ats_error *err);
/* Every *.json of a directory, in name order. */
int ats_formatset_add_dir(ats_formatset *fs, const char *dir, ats_error *err);
int ats_formatset_add_buffer(ats_formatset *fs, const char *json, size_t len, const char *name,
                             ats_error *err);
size_t ats_formatset_count(const ats_formatset *fs);
/* Whether the line p[0..n) is the edge of a block a tracker or forum puts a
 * log in, as the set's wrapper definitions say it (their block_open and
 * block_close: a Markdown fence, Jira's {code}, BBCode's [code]):
 * ATS_LF_BLOCK_OPEN, ATS_LF_BLOCK_CLOSE, both (the same tag either way) or
 * 0. A line the wrapper's layer dropped says so itself (the annotation's
 * flags); this is for a line no layer took (the wrapper not taken for the
 * capture, its sample read as well without it). */
unsigned ats_formatset_block_edge(const ats_formatset *fs, const char *p, size_t n);
/* Whether the line p[0..n) is a tool's own line, not the modem's, as a
 * wrapper definition marked "own_lines" drops it (a serial terminal's
 * banner, status and exit lines, the shell prompt it returns to; a forum
 * page's chrome): for a line no layer took, the wrapper not taken for the
 * capture (its lines only after the sample detection read). */
int ats_formatset_tool_line(const ats_formatset *fs, const char *p, size_t n);
/* Definition i; *wrapper (if given) tells a wrapper from a trace. */
const ats_format_info *ats_formatset_at(const ats_formatset *fs, size_t i, int *wrapper);
const char *ats_formatset_source(const ats_formatset *fs, size_t i);  /* whose code prints it */
const char *ats_formatset_path(const ats_formatset *fs, size_t i);    /* file it came from */
void ats_formatset_free(ats_formatset *fs);

typedef struct ats_input ats_input;   /* detection + one reader, streaming */

/* The scores of one detection, for a second input over the same bytes: two
 * inputs given the same memo score every definition on a sample once (the
 * second finds the first's sample byte for byte equal and takes its scores,
 * else scores its own). Detection depends only on the sample's bytes and
 * the format set, so what either input chooses is unchanged. Used by one
 * input at a time. */
typedef struct ats_detect_memo ats_detect_memo;
int ats_detect_memo_new(ats_detect_memo **out, ats_error *err);
/* How many inputs took the kept scores instead of scoring (for tests). */
unsigned ats_detect_memo_hits(const ats_detect_memo *m);
void ats_detect_memo_free(ats_detect_memo *m);

typedef struct ats_input_opts {
    const char *format;        /* NULL or "auto": detect from the first bytes */
    size_t sample;             /* bytes looked at to detect; default 64 KiB */
    /* What some captures cannot tell by themselves: */
    int socat_modem_first;     /* socat: the modem's device was socat's first address */
    const char *port;          /* modemmanager: the AT port to read ("ttyUSB3"); NULL: the first */
    uint64_t sample_rate;      /* sigrok: samples per second, to turn samples into time; 0: none */
    /* Format definitions to detect and read with; NULL: the built-ins (made
     * for this input). --input-format may name a definition. */
    const ats_formatset *formats;
    /* NULL, or a detection kept for the next input over the same capture
     * (ats_detect_memo_new): the look-ahead pass and the real pass score
     * the same sample, and the second takes the first's scores. */
    ats_detect_memo *memo;
} ats_input_opts;
/* "1000000", "1M", "24 MHz", "2.5MHz" (k, M, G; Hz optional) in Hz; 0 if it is not a rate. */
uint64_t ats_parse_sample_rate(const char *s);

int ats_input_new(ats_input **out, const ats_input_opts *o, ats_chunk_cb cb, void *user,
                  ats_error *err);
/* A reader that makes a chunk a line (a library's trace) hands its chunks
 * over in runs to cb, the user of ats_input_new, instead of one at a time
 * to that cb: each feed's and the finish's chunks have been handed over
 * when it returns. NULL: one at a time. Before the first feed. */
void ats_input_set_chunks_cb(ats_input *in, ats_chunks_cb cb);
int ats_input_feed(ats_input *in, const void *buf, size_t len, ats_error *err);
int ats_input_finish(ats_input *in, ats_error *err);
/* After detection (at the latest after finish): the chosen format and why. */
const ats_format_info *ats_input_format(const ats_input *in);
const char *ats_input_reason(const ats_input *in);
int ats_input_score(const ats_input *in);
/* What the chunks actually carried. */
int ats_input_saw_time(const ats_input *in);
/* What a reader had to guess or could not do (a direction it could not tell,
 * a --port with no traffic): how many, and the first few with their source
 * line (0: the whole file). Each is also an annotation record. */
uint64_t ats_input_warning_count(const ats_input *in);
const char *ats_input_warning(const ats_input *in, size_t i, uint64_t *line);
int ats_input_saw_direction(const ats_input *in);
/* The source lines a line-oriented reader read, as wc -l counts them plus a
 * last line without a line end (after ats_input_finish); 0 for a reader that
 * takes the bytes as they come (raw: the framer counts their LFs). */
uint64_t ats_input_lines(const ats_input *in);
/* The layers the capture was read through, outermost first, ending with the
 * format: "markdown-quote > arduino-monitor > mbed-trace"; the format's name
 * alone when nothing was peeled. */
const char *ats_input_layers(const ats_input *in);
/* The line template the format was inferred as (format "inferred": no
 * reader or definition knew the log, docs/formats.md), as a person reads
 * it: "9:9:9.9 {[main] | [serial-rx]} DEBUG c.e.ModemPort - <payload>";
 * NULL for every other format. */
const char *ats_input_template(const ats_input *in);
/* What the capture does not show of the modem's side (ATS_HIDES_*): the
 * format's hides and those of every layer peeled (a tool's JSON records that
 * strip the final, around any reader). */
unsigned ats_input_hides(const ats_input *in);
/* Why the format does not show every command the host sends (its
 * definition's "omits_commands", unless the sample showed a line of a rule
 * that prints every write); NULL when it shows them all. */
const char *ats_input_commands_unshown(const ats_input *in);
/* Detection, for --explain: candidate i (readers and definitions, best
 * first) with its score (0..100) and what it saw. NULL past the end. */
const char *ats_input_candidate(const ats_input *in, size_t i, int *score, const char **why);
/* Lines of the detection sample the chosen format understood, of its
 * non-empty lines ("no known format: 3 of 45 lines understood"). */
void ats_input_sample_coverage(const ats_input *in, unsigned *understood, unsigned *nonempty);
void ats_input_free(ats_input *in);

/* ---- module identification (--profile auto) ----------------------------- */

/* Which built-in profile fits a capture, and why. The evidence: answers to
 * ATI, AT+CGMI/+GMI, AT+CGMM/+GMM, AT+CGMR/+GMR matched by each profile's
 * "identify" patterns, boot reports only one family prints, and commands only
 * one family has (docs/profiles.md "Module identification"). */
typedef struct ats_identity {
    const char *profile;       /* the chosen profile's id, or the fallback's */
    char reason[600];          /* printable ASCII */
    char manufacturer[64], model[64], revision[64];   /* as answered, "" unknown */
    int score;
} ats_identity;

typedef struct ats_identifier ats_identifier;

/* cands: the profiles to choose among (those without "identify" are skipped);
 * they must outlive the identifier. */
int ats_identifier_new(ats_identifier **out, const ats_profile *const *cands, size_t n,
                       ats_error *err);
int ats_identifier_feed(ats_identifier *id, const ats_record *r);
/* The best candidate if its evidence is strong enough and no other fits as
 * well, else the fallback id (the base profile, "3gpp"). */
void ats_identifier_result(const ats_identifier *id, const char *fallback, ats_identity *out);
void ats_identifier_free(ats_identifier *id);
/* The profile the look-ahead parses with: base_id (a built-in) plus every
 * candidate's boot reports as URCs, so a banner such as "AT command ready"
 * is not read as a command line. Its id is base_id. */
int ats_identify_profile(ats_profile **out, const char *base_id,
                         const ats_profile *const *cands, size_t n, ats_error *err);
/* The look-ahead pass: the first bytes of a capture (len of them, all at
 * once), read as io says and parsed with base (ats_identify_profile), then
 * identified. Depends only
 * on those bytes. 0, or an error creating the passes (out of memory). */
int ats_identify_prefix(const ats_input_opts *io, const void *buf, size_t len,
                        const ats_profile *base, const ats_profile *const *cands, size_t n,
                        ats_identity *out, ats_error *err);

/* ---- statistics (atscope stats) ----------------------------------------- */

typedef struct ats_cmd_stats {
    char name[48];             /* "AT+MIPOPEN=", "AT+CPIN?", "AT+CSQ" */
    uint64_t count, ok, error, cme, cms, other_fail, no_final, unfinished, retries;
    uint64_t compl_success, compl_failure, compl_missing, compl_pending;
    uint64_t final_n, compl_n; /* latencies measured (timestamped captures) */
    double final_p50_ms, final_p95_ms, final_max_ms;   /* -1: none */
    double compl_p50_ms, compl_p95_ms, compl_max_ms;
} ats_cmd_stats;

typedef struct ats_data_stats {
    uint64_t stretches, bytes;
    double seconds;            /* time in data mode, when timestamps tell */
    uint64_t received_lines, received_bytes;   /* raw received data (IPRFMT 1) */
} ats_data_stats;

typedef struct ats_statsacc ats_statsacc;

int ats_statsacc_new(ats_statsacc **out);
/* 0, or ATS_ENOMEM (the record is then not counted: the statistics are
 * incomplete and should not be shown as if they were whole). */
int ats_statsacc_feed(ats_statsacc *s, const ats_record *r);
/* Adds src's counts to dst (statistics of several captures, made apart):
 * 0, or ATS_ENOMEM. */
int ats_statsacc_merge(ats_statsacc *dst, const ats_statsacc *src);
size_t ats_statsacc_ncmds(const ats_statsacc *s);
void ats_statsacc_cmd(const ats_statsacc *s, size_t i, ats_cmd_stats *out);
size_t ats_statsacc_nurcs(const ats_statsacc *s);
void ats_statsacc_urc(const ats_statsacc *s, size_t i, const char **name, uint64_t *count);
const ats_data_stats *ats_statsacc_data(const ats_statsacc *s);
void ats_statsacc_free(ats_statsacc *s);

/* ---- helpers ------------------------------------------------------------ */

const char *ats_cmd_type_name(ats_cmd_type t);
const char *ats_final_kind_name(ats_final_kind k);
/* Does this final result say the command failed (anything but none, OK,
 * CONNECT and a profile's success)? */
int ats_final_is_failure(ats_final_kind k);
const char *ats_txn_status_name(ats_txn_status s);
const char *ats_completion_name(ats_completion c);
const char *ats_payload_end_name(ats_payload_end e);
const char *ats_record_kind_name(ats_record_kind k);
const char *ats_strerror(int code);

#ifdef __cplusplus
}
#endif
#endif
