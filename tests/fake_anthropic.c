/* fake_anthropic.c: starts and talks to tests/fake_anthropic.py for the tests (fake_anthropic.h). */
#define _GNU_SOURCE
#include "fake_anthropic.h"

#include "fake_server.h"

#include "base/util.h"

#include <stdlib.h>

static FakeServer server;

bool fake_anthropic_start(bool trailing_slash, const char *api_key)
{
    if (server.port) return true;
    if (!fake_server_start(&server, WORKSIM_TESTS_DIR "/fake_anthropic.py", NULL)) return false;
    char *url = xasprintf("http://127.0.0.1:%d%s", server.port, trailing_slash ? "/" : "");
    setenv("ANTHROPIC_BASE_URL", url, 1);
    setenv("ANTHROPIC_API_KEY", api_key, 1);
    free(url);
    return true;
}

int fake_anthropic_port(void) { return server.port; }

char *fake_anthropic_call(const char *method, const char *path, const char *body)
{
    return fake_server_call(server.port, method, path, body);
}

cJSON *fake_anthropic_requests(void)
{
    char *text = fake_anthropic_call("GET", "/_requests", NULL);
    cJSON *j = cJSON_Parse(text);
    free(text);
    return j ? j : cJSON_CreateArray();
}
