/* scenario_facts.h: the `run` methods that give rubric functions and `when` predicates the
 * facts a fair judge needs from the engine itself (DESIGN §3): a task's status, its submits
 * and its last check results. The Lua helpers built on them live in scenarios/lib/facts.lua. */
#ifndef WORKSIM_SCENARIO_FACTS_H
#define WORKSIM_SCENARIO_FACTS_H

typedef struct lua_State lua_State;

/* Adds the fact methods to the method table on top of L (the run metatable's __index). */
void scenario_facts_register(lua_State *L);

#endif
