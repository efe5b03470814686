/* verdict_policy.h: the rules a colleague's verdict passes through before it counts (DESIGN §7),
 * applied once by the core (run.c) to whatever any backend (scripted, claude, a future one)
 * decided: a reviewer cannot approve a task while any of its checks fails, and a judge's
 * rubric points are clamped to [0, the item's points]. Backends report what was decided;
 * they never apply these rules themselves. */
#ifndef WORKSIM_VERDICT_POLICY_H
#define WORKSIM_VERDICT_POLICY_H

#include "core/run.h"

/* Checks of a task that did not pass (one that never ran counts as not passed). */
int verdict_failing_checks(const CheckResult *results, int n_checks);

/* The approval that stands: the reviewer's, held back while failing > 0. */
bool verdict_approval_stands(bool approved, int failing);

/* points clamped to [0, max]; NaN gives 0, +inf gives max. */
double verdict_clamp_points(double points, double max);

#endif
