/* cmd_formats.c - `atscope formats`: every capture format atscope reads (the
 * C readers and the format definitions), what detection looks for, and
 * whether it carries time and direction; `--explain FILE...` shows how
 * detection scored each capture. */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <string.h>
#include <unistd.h>
#include "cli.h"
#include "escape.h"

const char cmd_formats_help[] =
    "Usage: atscope formats [--format-def PATH] [--explain FILE...]\n"
    "\n"
    "List the capture formats atscope reads: the name to give --input-format,\n"
    "whether the format carries time and direction, whether the tool loses bytes,\n"
    "and what auto-detection looks for. Readers are built in; definitions (trace\n"
    "formats of host libraries, and the wrappers pasted logs come in) are JSON\n"
    "files: the built-ins, ~/.config/atscope/formats/ and --format-def.\n"
    "Sources: docs/formats.md.\n"
    "\n"
    "Options:\n"
    "  -e, --explain FILE...   how detection scored each FILE: every candidate with\n"
    "                          its score, the wrappers peeled and the winner\n"
    "      --format-def PATH   a format definition (JSON) or a folder of them\n"
    "  -h, --help              show this help\n"
    "\n"
    "Examples:\n"
    "  # every format, and what detection looks for\n"
    "  atscope formats\n"
    "  # why a capture was read as it was\n"
    "  atscope formats --explain capture.log\n"
    "  # a folder's logs, one report each\n"
    "  atscope formats --explain logs/*.log\n"
    "\n"
    "Exit status: 0 listed, 2 bad usage, a definition or FILE that could not be\n"
    "read, or the output could not be written.\n";

/* Words of text wrapped within 79 columns, every line indented by `indent`
 * (the first continues where the caller left it, at column `col`, after a
 * blank when `gap`). A line's first word takes no blank before it: asked of
 * the column alone, a one-letter first word ("A Python script") lost the
 * blank after it. */
static void wrap(const char *text, int col, int indent, int gap)
{
    const char *p = text;
    int first = !gap;
    while (*p) {
        while (*p == ' ')
            p++;
        size_t w = strcspn(p, " ");
        if (!w)
            break;
        if (!first && col + 1 + (int)w > 79) {
            printf("\n%*s", indent, "");
            col = indent;
        } else if (!first) {
            putchar(' ');
            col++;
        }
        first = 0;
        col += printf("%.*s", (int)w, p);
        p += w;
    }
    putchar('\n');
}

static void row(const ats_format_info *f, const char *kind)
{
    printf("%-20s %-7s %-5s %-9s %s\n", f->name, kind, f->has_time ? "yes" : "no",
           f->has_direction ? "yes" : "no", f->lossy ? "yes" : "no");
    wrap(f->title, printf("    "), 4, 0);
    wrap(f->detects_on, printf("    detected on:"), 4, 1);
}

static int nop_chunk(void *user, const ats_chunk *c)
{
    (void)user;
    (void)c;
    return 0;
}

static int explain(const char *path)
{
    int fd = strcmp(path, "-") ? open(path, O_RDONLY) : STDIN_FILENO;
    if (fd < 0) {
        cli_error("%s: cannot open: %s", path, strerror(errno));
        return EXIT_USAGE;
    }
    ats_input_opts io;
    memset(&io, 0, sizeof io);
    io.formats = cli_formatset();
    ats_input *in = NULL;
    ats_error e;
    memset(&e, 0, sizeof e);
    if (!io.formats || ats_input_new(&in, &io, nop_chunk, NULL, &e) < 0) {
        if (e.msg[0])
            cli_lib_error(&e, path);
        if (fd != STDIN_FILENO)
            close(fd);
        return EXIT_USAGE;
    }
    /* detection looks at the first 64 KiB or 64 lines: that is all it reads */
    char buf[65536];
    ssize_t n;
    size_t total = 0;
    int rc = 0;
    while (total < sizeof buf && (n = read(fd, buf, sizeof buf - total)) != 0) {
        if (n < 0) {
            if (errno == EINTR)
                continue;
            cli_error("%s: read error: %s", path, strerror(errno));
            rc = EXIT_USAGE;
            break;
        }
        if (ats_input_feed(in, buf, (size_t)n, &e) < 0) {
            cli_lib_error(&e, path);
            rc = EXIT_USAGE;
            break;
        }
        total += (size_t)n;
    }
    if (rc == 0 && ats_input_finish(in, &e) < 0) {
        cli_lib_error(&e, path);
        rc = EXIT_USAGE;
    }
    if (rc == 0) {
        unsigned ok, lines;
        ats_input_sample_coverage(in, &ok, &lines);
        const ats_format_info *fi = ats_input_format(in);
        tx_put(stdout, path, strlen(path), 0);     /* a file name holds any bytes */
        printf("\n  format: %s\n  read as: %s\n  why: %s\n  sample lines understood: %u of "
               "%u\n",
               fi ? fi->name : "?", ats_input_layers(in), ats_input_reason(in), ok, lines);
        /* an inferred format: the template it reads every line with */
        if (ats_input_template(in))
            printf("  template: %s\n", ats_input_template(in));
        printf("\n");
        printf("  %-20s %5s  %s\n", "CANDIDATE", "SCORE", "WHAT IT SAW");
        int score;
        const char *why, *name;
        for (size_t i = 0; (name = ats_input_candidate(in, i, &score, &why)) != NULL; i++)
            printf("  %-20s %5d  %s\n", name, score, why);
        if (!ats_input_candidate(in, 1, NULL, NULL))
            printf("  (no other reader or definition scored above 0)\n");
    }
    ats_input_free(in);
    if (fd != STDIN_FILENO)
        close(fd);
    return rc;
}

int cmd_formats(int argc, char **argv)
{
    static const struct option longs[] = {{"explain", required_argument, NULL, 'e'},
                                          {"format-def", required_argument, NULL, 'F'},
                                          {"help", no_argument, NULL, 'h'},
                                          {NULL, 0, NULL, 0}};
    const char *file = NULL;
    int c;
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":e:h", longs, NULL)) != -1) {
        switch (c) {
        case 'e': file = optarg; break;
        case 'F':
            if (cli_formatset_add(optarg) < 0)
                return EXIT_USAGE;
            break;
        case 'h': cli_help(cmd_formats_help); return 0;
        default:
            return cli_bad_option("formats", c, argv);
        }
    }
    if (optind < argc && !file) {
        cli_error("formats: unexpected argument '%s' (to explain a capture: --explain FILE)",
                  argv[optind]);
        return EXIT_USAGE;
    }
    const ats_formatset *fs = cli_formatset();
    if (!fs)
        return EXIT_USAGE;
    if (file) {
        /* more files after --explain's: each explained in turn, a blank line
         * between (one start for a folder of logs); the worst status wins */
        int rc = explain(file);
        for (int i = optind; i < argc; i++) {
            putchar('\n');
            int r = explain(argv[i]);
            rc = r > rc ? r : rc;
        }
        return rc;
    }
    printf("%-20s %-7s %-5s %-9s %s\n    %s\n", "NAME", "KIND", "TIME", "DIRECTION", "LOSSY",
           "tools / what detection looks for");
    for (size_t i = 0; i < ats_format_count(); i++)
        row(ats_format_at(i), "reader");
    int wrapper;
    for (size_t i = 0; i < ats_formatset_count(fs); i++) {
        const ats_format_info *f = ats_formatset_at(fs, i, &wrapper);
        if (!wrapper)
            row(f, "trace");
    }
    for (size_t i = 0; i < ats_formatset_count(fs); i++) {
        const ats_format_info *f = ats_formatset_at(fs, i, &wrapper);
        if (wrapper)
            row(f, "wrapper");
    }
    return 0;
}
