/* verdict_policy.c: the approval and grade rules every colleague backend's verdict passes
 * through in the core (verdict_policy.h). */
#include "core/verdict_policy.h"

int verdict_failing_checks(const CheckResult *results, int n_checks)
{
    int failing = 0;
    for (int i = 0; i < n_checks; i++)
        if (!results[i].ran || !results[i].passed) failing++;
    return failing;
}

bool verdict_approval_stands(bool approved, int failing) { return approved && failing == 0; }

double verdict_clamp_points(double points, double max)
{
    if (!(points > 0)) return 0;   /* negative, zero and NaN */
    if (!(max > 0)) return 0;
    return points > max ? max : points;
}
