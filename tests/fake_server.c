/* fake_server.c: starts the tests' loopback python servers and sends them control requests
 * (fake_server.h). */
#define _GNU_SOURCE
#include "fake_server.h"

#include "base/util.h"

#include <curl/curl.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

/* How long a python server may take to print its port: ~50 ms idle, but a CI machine running
 * two test binaries, each starting sandboxes, has been seen to take over 10 s. */
enum { FAKE_SERVER_START_DEADLINE_MS = 120000, FAKE_SERVER_MAX = 4, FAKE_SERVER_MAX_ARGS = 8 };

static FakeServer *started[FAKE_SERVER_MAX];
static int n_started;

static void stop_all(void)
{
    for (int i = 0; i < n_started; i++) {
        FakeServer *s = started[i];
        if (s->stdin_fd >= 0) close(s->stdin_fd);     /* the server exits when stdin closes */
        if (s->pid > 0) {
            kill(s->pid, SIGTERM);
            waitpid(s->pid, NULL, 0);
        }
        s->pid = 0;
        s->stdin_fd = -1;
    }
    n_started = 0;
}

bool fake_server_start(FakeServer *s, const char *script, const char *const *args)
{
    if (s->port) return true;
    if (n_started == FAKE_SERVER_MAX) return false;
    int in[2], out[2];
    if (pipe2(in, O_CLOEXEC) != 0 || pipe2(out, O_CLOEXEC) != 0) return false;
    const char *argv[FAKE_SERVER_MAX_ARGS + 3] = {"python3", script};
    for (int i = 0; args && args[i] && i < FAKE_SERVER_MAX_ARGS; i++) argv[i + 2] = args[i];
    pid_t pid = fork();
    if (pid == 0) {
        dup2(in[0], 0);
        dup2(out[1], 1);
        execvp("python3", (char *const *)argv);
        _exit(127);
    }
    close(in[0]);
    close(out[1]);
    s->pid = pid;
    s->stdin_fd = in[1];
    if (n_started == 0) atexit(stop_all);
    started[n_started++] = s;
    char line[32] = {0};
    size_t n = 0;
    struct pollfd pfd = {out[0], POLLIN, 0};
    while (n < sizeof line - 1 && !strchr(line, '\n') && poll(&pfd, 1, FAKE_SERVER_START_DEADLINE_MS) == 1) {
        ssize_t k = read(out[0], line + n, sizeof line - 1 - n);
        if (k <= 0) break;
        n += (size_t)k;
    }
    close(out[0]);
    s->port = atoi(line);
    return s->port > 0;
}

static size_t collect_body(char *data, size_t size, size_t nmemb, void *ud)
{
    buf_append(ud, data, size * nmemb);
    return size * nmemb;
}

char *fake_server_call(int port, const char *method, const char *path, const char *body)
{
    Buf b = {0};
    CURL *e = curl_easy_init();
    char *url = xasprintf("http://127.0.0.1:%d%s", port, path);
    curl_easy_setopt(e, CURLOPT_URL, url);
    curl_easy_setopt(e, CURLOPT_CUSTOMREQUEST, method);
    if (strcmp(method, "POST") == 0) curl_easy_setopt(e, CURLOPT_POSTFIELDS, body ? body : "");
    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, collect_body);
    curl_easy_setopt(e, CURLOPT_WRITEDATA, &b);
    curl_easy_perform(e);
    curl_easy_cleanup(e);
    free(url);
    return buf_steal(&b);
}
