-- backend-first-weeks: the starter track for a new backend developer (DESIGN §3, Tracks).
-- Intro scenarios first (a failing API call, a red pipeline, pushing back on a deadline), then
-- the everyday junior work (a bug fix, a conflict, a review, a feature, a flaky test, owning up
-- to one's own mistake), then the mid-level work: finding one's way in a large codebase and
-- the changes that need git and tests to be solid, ending with a whole day of interleaved tickets.
-- A step unlocks when every scenario in `after` has a passed run and every skill in `skills`
-- has reached that mastery (`worksim progress` shows both).
return {
  api = 1,
  id = "backend-first-weeks",
  title = "Backend: your first weeks",
  summary = "From a failing API call, a red pipeline and a deadline to push back on to your first "
    .. "fix, review, feature and schema change: the work a new backend developer meets in the first weeks.",
  audience = "Junior backend developers in onboarding; bootcamp graduates starting a backend job.",
  steps = {
    { scenario = "api-debug" },
    { scenario = "ci-pipeline" },
    { scenario = "scope-pushback", after = { "api-debug" } },
    { scenario = "first-bugfix", after = { "api-debug" } },
    { scenario = "merge-conflict", after = { "first-bugfix" } },
    { scenario = "code-review", after = { "first-bugfix" } },
    { scenario = "feature-flag", after = { "first-bugfix" }, skills = { testing = 0.5 } },
    { scenario = "flaky-test", after = { "feature-flag" }, skills = { testing = 0.55 } },
    { scenario = "own-mistake", after = { "merge-conflict" } },
    { scenario = "big-codebase", after = { "code-review" }, skills = { python = 0.6 } },
    { scenario = "schema-migration", after = { "feature-flag" }, skills = { git = 0.6 } },
    { scenario = "leaked-secret", after = { "merge-conflict" }, skills = { git = 0.65 } },
    { scenario = "day-at-work", after = { "code-review", "feature-flag" }, skills = { testing = 0.6 } },
  },
}
