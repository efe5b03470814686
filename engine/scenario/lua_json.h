/* lua_json.h: Lua value <-> cJSON conversion for hook arguments and results. */
#ifndef WORKSIM_LUA_JSON_H
#define WORKSIM_LUA_JSON_H

#include <cjson/cJSON.h>

typedef struct lua_State lua_State;

void lua_json_push(lua_State *L, const cJSON *value);             /* pushes one Lua value (NULL → nil) */
cJSON *lua_json_from(lua_State *L, int idx);                      /* new cJSON value; caller deletes */
cJSON *lua_json_from_range(lua_State *L, int first, int n);       /* array of n stack values from first */

#endif
