/* output.c - see output.h. */
#include "output.h"
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "cli.h"

/* A signal handler reaches only static storage: the temporary to remove when
 * the run is interrupted (one output per process), and whether standard
 * output's error was told already (so the last check in main does not tell
 * it twice). */
static char pending[PATH_MAX];
static volatile sig_atomic_t have_pending;
static int stdout_told;

static void on_stop(int sig)
{
    if (have_pending)
        unlink(pending);
    signal(sig, SIG_DFL);
    raise(sig);
}

static void guard(const char *tmp)
{
    size_t n = strlen(tmp);
    if (n >= sizeof pending)
        return;
    memcpy(pending, tmp, n + 1);
    have_pending = 1;
    static const int sigs[] = {SIGINT, SIGTERM, SIGHUP};
    for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++) {
        struct sigaction old, sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = on_stop;
        sigemptyset(&sa.sa_mask);
        /* started with the signal ignored (nohup, a background job): keep it so */
        if (sigaction(sigs[i], NULL, &old) == 0 && old.sa_handler != SIG_IGN)
            sigaction(sigs[i], &sa, NULL);
    }
}

/* The temporary beside target: the same file system, so rename is atomic. */
static int open_temp(cli_out *o, char *target, const struct stat *old)
{
    const char *slash = strrchr(target, '/');
    size_t dl = slash ? (size_t)(slash - target) + 1 : 0, n = strlen(target) + 16;
    char *tmp = malloc(n);
    if (!tmp)
        return -1;
    snprintf(tmp, n, "%.*s.%s.XXXXXX", (int)dl, target, target + dl);
    int fd = mkstemp(tmp);
    if (fd < 0) {
        free(tmp);
        return -1;
    }
    /* the file keeps what the old one had; a new one gets what open(2) would give */
    mode_t mode;
    if (old) {
        mode = old->st_mode & 07777;
        if (fchown(fd, old->st_uid, old->st_gid) != 0) {
            /* not ours to give: the file becomes the writer's, as with cp */
        }
    } else {
        mode_t um = umask(0);
        umask(um);
        mode = 0666 & ~um;
    }
    if (fchmod(fd, mode) != 0 || !(o->f = fdopen(fd, "w"))) {
        close(fd);
        unlink(tmp);
        free(tmp);
        return -1;
    }
    guard(tmp);
    o->tmp = tmp;
    o->target = target;
    return 0;
}

int cli_out_open(cli_out *o, const char *path)
{
    memset(o, 0, sizeof *o);
    if (!path) {
        o->f = stdout;
        o->name = "standard output";
        return 0;
    }
    o->name = path;
    struct stat st, lst;
    char *target = NULL;
    int exists = stat(path, &st) == 0;
    if (exists && S_ISDIR(st.st_mode)) {
        cli_error("%s: is a directory (-o names the file to write)", path);
        return -1;
    }
    if (exists && S_ISREG(st.st_mode))
        target = realpath(path, NULL);   /* a symlink's file is replaced, not the link */
    else if (!exists && lstat(path, &lst) != 0)
        target = strdup(path);
    /* a device, a FIFO or a dangling link is written in place, as is a file in
     * a directory where no new name can be made */
    if (target && open_temp(o, target, exists ? &st : NULL) == 0)
        return 0;
    free(target);
    if (!(o->f = fopen(path, "w"))) {
        cli_error("%s: cannot write: %s", path, strerror(errno));
        return -1;
    }
    return 0;
}

int cli_out_close(cli_out *o, int commit, int err)
{
    if (!o->f)
        return 0;
    errno = 0;
    if (fflush(o->f) != 0 && !err)
        err = errno ? errno : EIO;
    if (ferror(o->f) && !err)
        err = EIO;
    if (o->f == stdout) {
        o->f = NULL;
        if (err == EPIPE) {
            /* SIGPIPE was ignored by whoever started us: end as if it was not */
            signal(SIGPIPE, SIG_DFL);
            raise(SIGPIPE);
        }
        if (!err)
            return 0;
        stdout_told = 1;
        cli_error("%s: write error: %s", o->name, strerror(err));
        return -1;
    }
    errno = 0;
    if (fclose(o->f) != 0 && !err)
        err = errno ? errno : EIO;
    o->f = NULL;
    if (o->tmp) {
        if (!err && commit && rename(o->tmp, o->target) != 0)
            err = errno;
        if (err || !commit)
            unlink(o->tmp);
        have_pending = 0;
        free(o->tmp);
        free(o->target);
        o->tmp = o->target = NULL;
    }
    if (!err)
        return 0;
    cli_error("%s: write error: %s", o->name, strerror(err));
    return -1;
}

static int same(const struct stat *a, const struct stat *b)
{
    return a->st_dev == b->st_dev && a->st_ino == b->st_ino;
}

int cli_out_check_inputs(const char *path, char *const *inputs, size_t n)
{
    struct stat os;
    if (path ? stat(path, &os) != 0 : fstat(STDOUT_FILENO, &os) != 0)
        return 0;                 /* a new file: no input can be it */
    if (!S_ISREG(os.st_mode))
        return 0;                 /* /dev/null, a pipe, a terminal */
    for (size_t i = 0; i < n; i++) {
        struct stat is;
        int have = strcmp(inputs[i], "-") ? stat(inputs[i], &is) == 0
                                          : fstat(STDIN_FILENO, &is) == 0;
        if (have && same(&is, &os)) {
            cli_error("%s: input file is output file", path ? path : inputs[i]);
            return -1;
        }
    }
    return 0;
}

int cli_stdout_done(int status)
{
    if (stdout_told)
        return status ? status : EXIT_USAGE;
    cli_out o = {stdout, "standard output", NULL, NULL};
    return cli_out_close(&o, 1, 0) < 0 ? EXIT_USAGE : status;
}
