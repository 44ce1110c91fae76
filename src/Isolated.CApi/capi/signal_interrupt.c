/* PyIsolated_InterruptFromSignal: the async-signal-safe way to interrupt an interpreter (issue 8).
 * A signal handler may interrupt a thread anywhere, even inside the .NET runtime, so it must not
 * enter managed code: it only writes one small message (the interpreter and the kind of
 * request) to a pipe. A runtime thread blocked on the pipe's other end turns each message into
 * PyIsolated_Interrupt (SignalInterruptWatcher.cs). write(2) is async-signal-safe, and a
 * message shorter than PIPE_BUF is written whole or not at all. */
#define _GNU_SOURCE   /* pipe2 */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <unistd.h>
#include "Python.h"

/* The pipe is process-wide, as signals are; made once, when the runtime first starts. */
static int wake_pipe[2] = {-1, -1};
static pthread_once_t wake_pipe_once = PTHREAD_ONCE_INIT;

static void make_wake_pipe(void)
{
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) != 0)
        return;
    /* A full pipe (the watcher stalled) makes the signal handler fail instead of blocking. */
    fcntl(fds[1], F_SETFL, fcntl(fds[1], F_GETFL) | O_NONBLOCK);
    wake_pipe[0] = fds[0];
    __atomic_store_n(&wake_pipe[1], fds[1], __ATOMIC_RELEASE);
}

/* The read end, for the runtime's watcher thread (-1 if no pipe could be made). */
int _PyIsolated_InterruptPipe(void)
{
    pthread_once(&wake_pipe_once, make_wake_pipe);
    return wake_pipe[0];
}

int PyIsolated_InterruptFromSignal(PyInterpreterState *interp, int kind)
{
    if (interp == NULL || (kind != PyIsolated_INTERRUPT && kind != PyIsolated_TERMINATE))
        return -1;
    int fd = __atomic_load_n(&wake_pipe[1], __ATOMIC_ACQUIRE);
    if (fd < 0)
        return -1;
    struct { void *interp; long kind; } message = {interp, kind};
    int saved = errno;   /* the interrupted code's errno must survive the handler */
    ssize_t n;
    do
        n = write(fd, &message, sizeof message);
    while (n < 0 && errno == EINTR);
    errno = saved;
    return n == (ssize_t)sizeof message ? 0 : -1;
}
