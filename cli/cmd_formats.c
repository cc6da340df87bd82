/* cmd_formats.c - `atscope formats`: the capture formats atscope reads. */
#include <string.h>
#include "cli.h"

int cmd_formats(int argc, char **argv)
{
    if (argc > 1 && (!strcmp(argv[1], "-h") || !strcmp(argv[1], "--help"))) {
        puts("Usage: atscope formats\n\nList the capture formats atscope reads.");
        return 0;
    }
    puts("NAME   TIME  DIRECTION  DETECTED ON");
    puts("plain  no    no         the default: raw bytes of a terminal log or serial "
         "capture; \"//\" notes are annotations");
    return 0;
}
