/* scenario_internal.h: the pieces scenario_load.c shares with its helper files (not a contract).
 * Validation checks the table a scenario.lua returned against DESIGN §3 before anything is
 * extracted, so extraction can trust every field's shape. */
#ifndef WORKSIM_SCENARIO_INTERNAL_H
#define WORKSIM_SCENARIO_INTERNAL_H

#include "scenario/scenario.h"

#include <stdbool.h>
#include <stddef.h>

/* Checks the table at index idx of L; false and *err ("FILE: path: problem", one line) on the
 * first problem. dir is the scenario folder (for workspace checks). Leaves the stack as found. */
bool scenario_validate(lua_State *L, int idx, const char *file, const char *dir, char **err);

/* FNV-1a 64 of the bytes, as 16 lowercase hex digits; caller frees. */
char *scenario_hash_bytes(const void *data, size_t len);

#endif
