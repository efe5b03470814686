/* testlib_script.c: inline action scripts for tests (testlib_script.h). */
#include "testlib_script.h"

#include "base/util.h"

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
