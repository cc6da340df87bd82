/* report_writers.c - the report formats of `atscope check`, one line each.
 * Adding a format is its report_NAME.c and one line here: --format, -o's
 * extension, --help's list of names and the error for an unknown name all
 * read this table. */
#include <string.h>
#include <strings.h>
#include "check.h"
#include "cli.h"

const report_writer report_writers[] = {
    {"text", {"txt", NULL}, report_text, 0},
    {"json", {"json", NULL}, report_json, 0},
    {"sarif", {"sarif", NULL}, report_sarif, 0},
    {"junit", {"xml", NULL}, report_junit, 0},
    {"html", {"html", "htm"}, report_html, 1},
    {NULL, {NULL, NULL}, NULL, 0},
};

const report_writer *report_writer_find(const char *name)
{
    for (const report_writer *w = report_writers; w->name; w++)
        if (!strcmp(w->name, name))
            return w;
    return NULL;
}

const report_writer *report_writer_for_output(const char *output)
{
    const char *ext = cli_output_ext(output);
    for (const report_writer *w = report_writers; ext && w->name; w++)
        for (size_t k = 0; k < sizeof w->ext / sizeof w->ext[0] && w->ext[k]; k++)
            if (!strcasecmp(ext, w->ext[k]))
                return w;
    return NULL;
}

size_t report_writer_names(char *buf, size_t cap)
{
    size_t n = 0, k = 0;
    while (report_writers[n].name)
        n++;
    buf[0] = 0;
    for (size_t i = 0; i < n && k < cap; i++)
        k += (size_t)snprintf(buf + k, cap - k, "%s%s", i == 0 ? "" : i + 1 == n ? " or " : ", ",
                              report_writers[i].name);
    return k;
}
