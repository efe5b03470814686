/* fake_anthropic.c: starts and talks to tests/fake_anthropic.py for the tests (fake_anthropic.h). */
#define _GNU_SOURCE
#include "fake_anthropic.h"

#include "base/util.h"

#include <curl/curl.h>
#include <fcntl.h>
#include <poll.h>

#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

/* How long the python server may take to print its port: ~50 ms idle, but a CI machine running
 * two test binaries, each starting sandboxes, has been seen to take over 10 s. */
enum { FAKE_SERVER_START_DEADLINE_MS = 120000 };

static pid_t server_pid;
static int server_stdin = -1;
static int server_port;

static void server_stop(void)
{
    if (server_stdin >= 0) close(server_stdin);        /* the server exits when stdin closes */
    if (server_pid > 0) {
        kill(server_pid, SIGTERM);
        waitpid(server_pid, NULL, 0);
    }
    server_pid = 0;
}

bool fake_anthropic_start(bool trailing_slash, const char *api_key)
{
    if (server_port) return true;
    int in[2], out[2];
    if (pipe2(in, O_CLOEXEC) != 0 || pipe2(out, O_CLOEXEC) != 0) return false;
    pid_t pid = fork();
    if (pid == 0) {
        dup2(in[0], 0);
        dup2(out[1], 1);
        execlp("python3", "python3", WORKSIM_TESTS_DIR "/fake_anthropic.py", (char *)NULL);
        _exit(127);
    }
    close(in[0]);
    close(out[1]);
    server_pid = pid;
    server_stdin = in[1];
    atexit(server_stop);
    char line[32] = {0};
    size_t n = 0;
    struct pollfd pfd = {out[0], POLLIN, 0};
    while (n < sizeof line - 1 && !strchr(line, '\n') && poll(&pfd, 1, FAKE_SERVER_START_DEADLINE_MS) == 1) {
        ssize_t k = read(out[0], line + n, sizeof line - 1 - n);
        if (k <= 0) break;
        n += (size_t)k;
    }
    close(out[0]);
    server_port = atoi(line);
    if (server_port <= 0) return false;
    char *url = xasprintf("http://127.0.0.1:%d%s", server_port, trailing_slash ? "/" : "");
    setenv("ANTHROPIC_BASE_URL", url, 1);
    setenv("ANTHROPIC_API_KEY", api_key, 1);
    free(url);
    return true;
}

int fake_anthropic_port(void) { return server_port; }

static size_t collect_body(char *data, size_t size, size_t nmemb, void *ud)
{
    buf_append(ud, data, size * nmemb);
    return size * nmemb;
}

char *fake_anthropic_call(const char *method, const char *path, const char *body)
{
    Buf b = {0};
    CURL *e = curl_easy_init();
    char *url = xasprintf("http://127.0.0.1:%d%s", server_port, path);
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

cJSON *fake_anthropic_requests(void)
{
    char *text = fake_anthropic_call("GET", "/_requests", NULL);
    cJSON *j = cJSON_Parse(text);
    free(text);
    return j ? j : cJSON_CreateArray();
}
