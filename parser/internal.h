/* internal.h - what the parser core (framer, builder, pipeline, profile
 * loader) shares; not installed. Other layers include common.h and, for a
 * loaded profile, profile.h. */
#ifndef ATS_INTERNAL_H
#define ATS_INTERNAL_H

#include "common.h"
#include "profile.h"

/* ---- AT command line parsing ---- */

#define ATS_MAX_SUBCMDS 8
#define ATS_MAX_ARGS 16

typedef struct ats_cmdline {
    size_t ncmds;
    ats_subcmd cmds[ATS_MAX_SUBCMDS];
    ats_span args[ATS_MAX_SUBCMDS][ATS_MAX_ARGS];
    char names[ATS_MAX_SUBCMDS][32];   /* upper-cased names */
} ats_cmdline;

/* Is this text a command line (AT..., at..., A/)? */
int ats_is_command_text(const char *s, size_t n);
/* Parses a command line; spans point into s. Returns 0, or -1 if not a command. */
int ats_cmdline_parse(ats_cmdline *cl, const char *s, size_t n);

/* A command line with a title after it ("AT+CREG        Network Registration
 * Status"): help text unless an answer follows (command.c). Returns where
 * the title's blanks start, 0 for none. */
size_t ats_cmdline_prose_tail(const char *s, size_t n);
int ats_cmdline_is_sentence(const char *s, size_t n);
/* A manual's "<name>" parameter in the text (not "<CR>", "<Ctrl-Z>"). */
int ats_has_placeholder(const char *s, size_t n);

/* ---- final results (ats_final_is_failure is public) ---- */

ats_final_kind ats_final_classify(const char *s, size_t n, int numeric_ok, ats_span *code);

/* ---- the builder, as the pipeline asks it ---- */

/* The multiplexer channel of the builder's current transaction (0: none):
 * the channel whose framers a mode hint is for. */
unsigned ats_builder_channel(const ats_builder *b);
/* The end mark of the payload or block the mode hint being given sets (a
 * profile's prompt.end or data_block.end), 0 when it has none. */
size_t ats_builder_end_mark(const ats_builder *b, const char **mark);

#endif
