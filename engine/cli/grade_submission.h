/* grade_submission.h: a learner's submitted workspace for `worksim grade` (DESIGN §9):
 * checked on the host before a run starts, then loaded into the run's sandbox. */
#ifndef WORKSIM_GRADE_SUBMISSION_H
#define WORKSIM_GRADE_SUBMISSION_H

#include <stdbool.h>

#include "sandbox/sandbox.h"

/* The sandbox's default workspace limits (sandbox.h), checked before anything is copied. */
#define GRADE_MAX_FILE_MB 64
#define GRADE_MAX_TOTAL_MB 256
#define GRADE_MAX_FILES 10000
#define GRADE_MAX_DEPTH 64

/* Why dir cannot be graded (caller frees), or NULL: not a folder, no .git when needs_git,
 * a device, pipe or socket inside, a file or the whole over the limits above. */
char *grade_submission_problem(const char *dir, bool needs_git);

/* Replaces the sandbox's /workspace with dir's contents (archived on the host without
 * following links, unpacked inside as the learner). false + *err (caller frees). */
bool grade_submission_load(Sandbox *sb, const char *dir, char **err);

#endif
