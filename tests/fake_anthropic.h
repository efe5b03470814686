/* fake_anthropic.h: the tests' handle on tests/fake_anthropic.py, a Messages API server on a
 * loopback port (the only stand-in the project allows). Started once per test process, stopped
 * at exit; ANTHROPIC_BASE_URL and ANTHROPIC_API_KEY are pointed at it. */
#ifndef WORKSIM_FAKE_ANTHROPIC_H
#define WORKSIM_FAKE_ANTHROPIC_H

#include <cjson/cJSON.h>
#include <stdbool.h>

/* Starts the server if needed and sets the environment (base URL with a trailing slash when
 * asked, to exercise normalisation). false when python3 or the server cannot start. */
bool fake_anthropic_start(bool trailing_slash, const char *api_key);
int fake_anthropic_port(void);
/* A blocking control request (e.g. POST /_reset, POST /_script, GET /_requests); caller frees. */
char *fake_anthropic_call(const char *method, const char *path, const char *body);
/* The server's request log as a JSON array (never NULL); caller deletes. */
cJSON *fake_anthropic_requests(void);

#endif
