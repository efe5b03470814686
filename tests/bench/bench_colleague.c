/* bench_colleague.c: a 10-turn DM conversation with Marco in first-bugfix, played by the
 * claude backend against tests/fake_anthropic.py (auto mode) on loopback. Prints the share of
 * prompt bytes in the cached prefix (tools + stable system), the share of prompt tokens read
 * from cache per the fake server's approximation (4 bytes a token, prefix seen before = hit),
 * and the wall time per turn (loopback, so engine + curl + fake overhead, not model latency). */
#define _GNU_SOURCE
#include "testlib.h"

#include "headless/headless.h"
#include "llm/colleague.h"
#include "base/util.h"

#include <cjson/cJSON.h>
#include <curl/curl.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#define TURNS 10

static int port;
static pid_t pid;
static int pipe_in = -1;

static bool fake_start(void)
{
    int in[2], out[2];
    if (pipe2(in, O_CLOEXEC) != 0 || pipe2(out, O_CLOEXEC) != 0) return false;
    pid = fork();
    if (pid == 0) {
        dup2(in[0], 0);
        dup2(out[1], 1);
        execlp("python3", "python3", WORKSIM_TESTS_DIR "/fake_anthropic.py", (char *)NULL);
        _exit(127);
    }
    close(in[0]);
    close(out[1]);
    pipe_in = in[1];
    char line[32] = {0};
    struct pollfd pfd = {out[0], POLLIN, 0};
    if (poll(&pfd, 1, 10000) == 1 && read(out[0], line, sizeof line - 1) > 0) port = atoi(line);
    close(out[0]);
    return port > 0;
}

static size_t collect(char *data, size_t size, size_t nmemb, void *ud)
{
    buf_append(ud, data, size * nmemb);
    return size * nmemb;
}

static char *fake_call(const char *method, const char *path, const char *body)
{
    Buf b = {0};
    CURL *e = curl_easy_init();
    char *url = xasprintf("http://127.0.0.1:%d%s", port, path);
    curl_easy_setopt(e, CURLOPT_URL, url);
    curl_easy_setopt(e, CURLOPT_CUSTOMREQUEST, method);
    if (body) curl_easy_setopt(e, CURLOPT_POSTFIELDS, body);
    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, collect);
    curl_easy_setopt(e, CURLOPT_WRITEDATA, &b);
    curl_easy_perform(e);
    curl_easy_cleanup(e);
    free(url);
    return buf_steal(&b);
}

int main(void)
{
    if (!fake_start()) {
        fprintf(stderr, "bench_colleague: the fake server did not start\n");
        return 1;
    }
    char *url = xasprintf("http://127.0.0.1:%d", port);
    setenv("ANTHROPIC_BASE_URL", url, 1);
    setenv("ANTHROPIC_API_KEY", "test", 1);
    free(url);
    free(fake_call("POST", "/_script", "{\"auto\":true}"));
    char *err = NULL;
    Scenario *sc = scenario_load(WORKSIM_SOURCE_DIR "/scenarios/first-bugfix", &err);
    ColleagueBackend *cb = sc ? colleague_claude_new(NULL, COLLEAGUE_DEFAULT_MODEL, &err) : NULL;
    if (!cb) {
        fprintf(stderr, "bench_colleague: %s\n", err);
        return 1;
    }
    ActionScript script = {.file = "(bench)", .n = TURNS};
    script.actions = xcalloc(TURNS, sizeof *script.actions);
    for (int i = 0; i < TURNS; i++)
        script.actions[i] = (Action){.kind = ACTION_SAY, .target = "marco",
                                     .text = xasprintf("Question %d: where should I look for the discount bug?", i)};
    HeadlessOptions ho = {.run = {.colleagues = cb}};
    Loop *loop = NULL;
    double t0 = util_monotonic_seconds();
    Run *run = headless_run(sc, &script, &ho, &loop);
    double dt = util_monotonic_seconds() - t0;
    run_free(run);
    cb->free(cb);
    loop_free(loop);

    char *text = fake_call("GET", "/_requests", NULL);
    cJSON *log = cJSON_Parse(text);
    free(text);
    double prefix = 0, prompt = 0, read = 0, total = 0;
    int n = 0;
    cJSON *r;
    cJSON_ArrayForEach(r, log) {
        cJSON *tc = cJSON_GetObjectItem(cJSON_GetObjectItem(r, "body"), "tool_choice");
        if (tc) continue;                                /* the judge's grade call at the end */
        double pb = cJSON_GetNumberValue(cJSON_GetObjectItem(r, "prefix_bytes"));
        double all = cJSON_GetNumberValue(cJSON_GetObjectItem(r, "prompt_bytes"));
        prefix += pb;
        prompt += all;
        total += (double)((long)(all - pb) / 4 + (long)pb / 4);
        if (cJSON_IsTrue(cJSON_GetObjectItem(r, "cache_hit"))) read += (double)((long)pb / 4);
        n++;
    }
    printf("bench_colleague: %d turns with marco (first-bugfix), %.0f ms per turn on loopback\n", n, 1000.0 * dt / TURNS);
    printf("  cached prefix: %.1f%% of prompt bytes (tools + stable system, %.0f bytes per request)\n",
           100.0 * prefix / prompt, n ? prefix / n : 0);
    printf("  read from cache: %.1f%% of prompt tokens, per the fake server's approximation (4 bytes a token)\n",
           total ? 100.0 * read / total : 0);
    cJSON_Delete(log);
    for (int i = 0; i < TURNS; i++) free(script.actions[i].text);
    free(script.actions);
    close(pipe_in);
    kill(pid, SIGTERM);
    waitpid(pid, NULL, 0);
    return 0;
}
