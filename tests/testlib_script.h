/* testlib_script.h: action scripts written inline by the tests that drive headless runs. */
#ifndef WORKSIM_TESTLIB_SCRIPT_H
#define WORKSIM_TESTLIB_SCRIPT_H

#include "headless/actions.h"

/* A script of copies of actions[0..n) (their strings duplicated; NULL stays NULL), as if
 * loaded from a file; free with actions_free. */
ActionScript *testlib_script_of(const Action *actions, int n);

/* The action script at path (actions_load), or NULL after failing the current test with the
 * loader's message. */
ActionScript *testlib_script_load(const char *path);

#endif
