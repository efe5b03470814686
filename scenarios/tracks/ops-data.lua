-- ops-data: operations and data work for support engineers, SREs in training and analysts
-- (DESIGN §3, Tracks). Starts with a user who cannot log in, goes through a full disk and a
-- log hunt to the data jobs (cleaning an export, answering a question in SQL), recovering from
-- one's own dropped table, and ends with a schema change on live data, which needs SQL first.
return {
  api = 1,
  id = "ops-data",
  title = "Operations and data",
  summary = "Keep systems healthy and answer questions from data: support tickets, a full "
    .. "disk, a 5xx spike in the logs, a messy export, a revenue question and a schema migration.",
  audience = "Junior operations, support and data people; anyone on call for the first time.",
  steps = {
    { scenario = "login-help" },
    { scenario = "disk-full", after = { "login-help" } },
    { scenario = "log-detective", after = { "disk-full" } },
    { scenario = "status-update", after = { "log-detective" } },
    { scenario = "csv-cleanup" },
    { scenario = "data-question", after = { "csv-cleanup" } },
    { scenario = "own-mistake", after = { "disk-full" } },
    { scenario = "schema-migration", after = { "data-question" }, skills = { sql = 0.5 } },
  },
}
