/* fake_server.h: starting a loopback stand-in server written in python (tests/fake_*.py) and
 * talking to its control paths. The script prints its port as its first line on stdout and
 * exits when its stdin closes, so it never outlives the test process that started it. */
#ifndef WORKSIM_FAKE_SERVER_H
#define WORKSIM_FAKE_SERVER_H

#include <stdbool.h>
#include <sys/types.h>

typedef struct FakeServer {
    pid_t pid;
    int stdin_fd;
    int port;                    /* 0 until started */
} FakeServer;

/* Runs python3 script with args (NULL-terminated, may be NULL) and reads its port; stopped
 * at exit. false when python3 or the server cannot start. */
bool fake_server_start(FakeServer *s, const char *script, const char *const *args);
/* A blocking request to 127.0.0.1:port (e.g. GET /_requests); the body answered (caller frees). */
char *fake_server_call(int port, const char *method, const char *path, const char *body);

#endif
