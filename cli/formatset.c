/* formatset.c - the program's one set of format definitions: the built-ins,
 * then the user's folder ($XDG_CONFIG_HOME/atscope/formats, else
 * ~/.config/atscope/formats), then each --format-def, later ones replacing
 * earlier ones of the same name. Made once, before any capture is read, and
 * shared read-only by the --jobs threads. */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "cli.h"

static ats_formatset *the_set;
static int load_failed;

static int add_path(const char *path, int quiet_missing)
{
    struct stat st;
    ats_error e;
    memset(&e, 0, sizeof e);
    if (stat(path, &st) != 0) {
        if (quiet_missing)
            return 0;
        cli_error("%s: cannot open format definition: no such file or directory", path);
        return -1;
    }
    int rc = S_ISDIR(st.st_mode) ? ats_formatset_add_dir(the_set, path, &e)
                                 : ats_formatset_add_file(the_set, path, &e);
    if (rc < 0) {
        cli_lib_error(&e, path);
        return -1;
    }
    return 0;
}

ats_formatset *cli_formatset(void)
{
    if (the_set || load_failed)
        return the_set;
    ats_error e;
    memset(&e, 0, sizeof e);
    if (ats_formatset_new(&the_set, &e) < 0) {
        cli_lib_error(&e, NULL);
        load_failed = 1;
        return NULL;
    }
    char dir[4096];
    const char *xdg = getenv("XDG_CONFIG_HOME"), *home = getenv("HOME");
    if (xdg && *xdg)
        snprintf(dir, sizeof dir, "%s/atscope/formats", xdg);
    else if (home && *home)
        snprintf(dir, sizeof dir, "%s/.config/atscope/formats", home);
    else
        dir[0] = 0;
    if (dir[0] && add_path(dir, 1) < 0) {
        ats_formatset_free(the_set);
        the_set = NULL;
        load_failed = 1;
    }
    return the_set;
}

int cli_formatset_add(const char *path)
{
    if (!cli_formatset())
        return -1;
    return add_path(path, 0);
}
