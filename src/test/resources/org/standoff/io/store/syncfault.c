/*
 * LD_PRELOAD shim for ProjectFileSyncFaultTest (issue #16): the operating system refuses the
 * (N+1)th fsync/fdatasync of the process with EIO when STANDOFF_FAIL_SYNC_AFTER=N, and every
 * rename with EIO when STANDOFF_FAIL_RENAME is set. Everything else goes to the C library.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <stdlib.h>

static int syncs;

static int refuse_sync(void) {
    const char *after = getenv("STANDOFF_FAIL_SYNC_AFTER");
    return after != NULL && __sync_fetch_and_add(&syncs, 1) >= atoi(after);
}

int fsync(int fd) {
    if (refuse_sync()) {
        errno = EIO;
        return -1;
    }
    int (*real)(int) = (int (*)(int)) dlsym(RTLD_NEXT, "fsync");
    return real(fd);
}

int fdatasync(int fd) {
    if (refuse_sync()) {
        errno = EIO;
        return -1;
    }
    int (*real)(int) = (int (*)(int)) dlsym(RTLD_NEXT, "fdatasync");
    return real(fd);
}

int rename(const char *from, const char *to) {
    if (getenv("STANDOFF_FAIL_RENAME") != NULL) {
        errno = EIO;
        return -1;
    }
    int (*real)(const char *, const char *) = (int (*)(const char *, const char *)) dlsym(RTLD_NEXT, "rename");
    return real(from, to);
}
