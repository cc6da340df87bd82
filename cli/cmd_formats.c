/* cmd_formats.c - `atscope formats`: every capture format atscope reads,
 * what detection looks for, and whether it carries time and direction. */
#include <string.h>
#include "cli.h"

int cmd_formats(int argc, char **argv)
{
    if (argc > 1 && (!strcmp(argv[1], "-h") || !strcmp(argv[1], "--help"))) {
        puts("Usage: atscope formats\n\nList the capture formats atscope reads: the name to give "
             "--input-format,\nwhether the format carries time and direction, whether the tool "
             "loses bytes,\nand what auto-detection looks for. Sources: docs/formats.md.");
        return 0;
    }
    printf("%-14s %-5s %-9s %-6s %s\n", "NAME", "TIME", "DIRECTION", "LOSSY", "TOOLS / DETECTED ON");
    for (size_t i = 0; i < ats_format_count(); i++) {
        const ats_format_info *f = ats_format_at(i);
        printf("%-14s %-5s %-9s %-6s %s\n%-38s detected on: %s\n", f->name,
               f->has_time ? "yes" : "no", f->has_direction ? "yes" : "no",
               f->lossy ? "yes" : "no", f->title, "", f->detects_on);
    }
    return 0;
}
