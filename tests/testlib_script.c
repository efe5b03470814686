/* testlib_script.c: inline action scripts for tests (testlib_script.h). */
#include "testlib_script.h"

#include "testlib.h"

#include "base/util.h"

#include <stdlib.h>

ActionScript *testlib_script_of(const Action *actions, int n)
{
    ActionScript *s = xcalloc(1, sizeof *s);
    s->file = xstrdup("(test)");
    s->actions = xcalloc((size_t)n + 1, sizeof *s->actions);
    for (int i = 0; i < n; i++) {
        s->actions[i] = actions[i];
        s->actions[i].target = actions[i].target ? xstrdup(actions[i].target) : NULL;
        s->actions[i].text = actions[i].text ? xstrdup(actions[i].text) : NULL;
    }
    s->n = n;
    return s;
}

ActionScript *testlib_script_load(const char *path)
{
    char *err = NULL;
    ActionScript *s = actions_load(path, &err);
    if (!s) testlib_fail(__FILE__, __LINE__, "load %s: %s", path, err ? err : "?");
    free(err);
    return s;
}
