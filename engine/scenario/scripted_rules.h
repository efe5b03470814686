/* scripted_rules.h: the semantics of a scenario's offline `scripted` rules (DESIGN §3). A rule is
 * { match = "text" | {"text", ...}, pattern = "lua pattern", when = fn(run, msg) -> bool,
 *   once = true, reply = "..." | fn(run, msg) -> text }; the first rule whose every given
 * condition holds and whose reply is not nil/false answers. The matcher is engine-owned Lua
 * run inside the scenario's state (so `when` and reply functions may call run:sh). */
#ifndef WORKSIM_SCRIPTED_RULES_H
#define WORKSIM_SCRIPTED_RULES_H

#include <stdbool.h>

typedef struct lua_State lua_State;

/* Pushes a new matcher fn(run, rules, text, channel, who) -> reply|nil onto L. Each matcher
 * keeps its own memory of the `once` rules that answered, so make one per run. false (and
 * nothing pushed) only if the embedded source fails to load. */
bool scripted_rules_push_matcher(lua_State *L);

/* True when pattern is a well-formed Lua pattern; else false and *why (static text). Lua
 * reports a malformed pattern only when matching reaches the bad spot, so a scenario is
 * checked up front with this. */
bool scripted_rules_pattern_ok(const char *pattern, const char **why);

#endif
