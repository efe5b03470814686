-- setup.lua: builds day-at-work's repository in the learner's workspace at the start: the team's
-- history (ending with Tom's refactor of yesterday, which brought in the SHIP-231 bug), Tom's
-- branch under review (PR-57, tom/purge-labels), and the ignored out/ folder for deliverables.
local gitrepo = require("gitrepo")

local M = {}

M.REVIEW_BRANCH = "tom/purge-labels"

local TOM = { author = "Tom Becker", author_email = "tom.becker@example.com" }

-- svc/eta.py before Tom's refactor, derived from the workspace's (buggy) version: no
-- is_business_day yet, and the weekday test inline, and right.
local function eta_before(buggy)
  local text, n = buggy:gsub("\ndef is_business_day.-\n\n\n", "\n", 1)
  local text2, m = text:gsub("if is_business_day%(day, holidays%):", "if day.weekday() <= 4 and day not in holidays:", 1)
  if n ~= 1 or m ~= 1 then error("setup: svc/eta.py is not the version this scenario expects") end
  return text2
end

-- PR-57 on tom/purge-labels. Two real problems: the crontab passes $LABEL_DIR while the crontab
-- sets LABELS_DIR (so cron calls the script with an empty argument), and the script neither
-- checks nor quotes it (find ... -delete then runs in cron's working directory, rm -rf hits
-- /tmp/*); and RETENTION_DAYS is 30 where OPS-71 says 90.
local PURGE = [[
#!/bin/bash
# Purges shipping label PDFs older than the retention period (OPS-71).
# Usage: ops/purge_labels.sh LABEL_DIR [--dry-run]
set -e

RETENTION_DAYS=30

log() { echo "$(date -u +%FT%TZ) purge_labels: $*"; }

LABEL_DIR=$1
DRY_RUN=${2:-}
old=$(find "$LABEL_DIR" -name '*.pdf' -mtime +"$RETENTION_DAYS" | wc -l)
log "$old label(s) older than $RETENTION_DAYS days in $LABEL_DIR"
if [ "$DRY_RUN" = "--dry-run" ]; then
  exit 0
fi
find $LABEL_DIR -name '*.pdf' -mtime +$RETENTION_DAYS -delete
rm -rf $LABEL_DIR/tmp/*
log "done"
]]

local CRONTAB = [[
# m h dom mon dow  command   (installed for user shipping; cron's environment is nearly empty)
LABELS_DIR=/srv/labels
*/10 * * * *  /srv/shipping/ops/import_status.sh /srv/feeds >> /var/log/shipping/import.log 2>&1
30 2 * * *    /srv/shipping/ops/purge_labels.sh $LABEL_DIR >> /var/log/shipping/purge.log 2>&1
]]

local PURGE_TEST = [[
import os
import subprocess
import time

SCRIPT = os.path.join(os.path.dirname(__file__), "..", "ops", "purge_labels.sh")


def make_label(folder, name, days_old):
    path = folder / name
    path.write_text("%PDF-1.4 label")
    then = time.time() - days_old * 86400
    os.utime(path, (then, then))
    return path


def test_purges_old_labels(tmp_path):
    old = make_label(tmp_path, "S-10001.pdf", 40)
    new = make_label(tmp_path, "S-10400.pdf", 2)
    subprocess.run(["bash", SCRIPT, str(tmp_path)], check=True)
    assert not old.exists()
    assert new.exists()


def test_dry_run_keeps_everything(tmp_path):
    old = make_label(tmp_path, "S-10001.pdf", 40)
    out = subprocess.run(["bash", SCRIPT, str(tmp_path), "--dry-run"], check=True, capture_output=True, text=True)
    assert old.exists()
    assert "1 label(s)" in out.stdout
]]

-- A bash line that writes text to path (a quoted heredoc: nothing in text is expanded).
local function write_file(path, text)
  return "cat > " .. gitrepo.shq(path) .. " <<'WORKSIM_SETUP_EOF'\n" .. text .. "WORKSIM_SETUP_EOF\n"
end

-- A bash line committing everything staged as Tom at date.
local function commit_as_tom(date, message, body)
  local env = ""
  for _, who in ipairs({ "AUTHOR", "COMMITTER" }) do
    env = env .. "GIT_" .. who .. "_NAME=" .. gitrepo.shq(TOM.author) .. " GIT_" .. who .. "_EMAIL="
      .. gitrepo.shq(TOM.author_email) .. " GIT_" .. who .. "_DATE=" .. gitrepo.shq(date) .. " "
  end
  return "git add -A && " .. env .. "git commit -q -m " .. gitrepo.shq(message) .. " -m " .. gitrepo.shq(body) .. "\n"
end

-- Builds the repository in one sandbox command and returns the commit under review (Tom's tip);
-- raises when any step fails (a setup fault, never the learner's).
function M.build(run)
  local buggy = assert(run:read("svc/eta.py"))
  assert(run:write("svc/eta.py", eta_before(buggy)))
  local name, email = gitrepo.identity(run)
  local script = gitrepo.init_command({
    author = TOM.author, author_email = TOM.author_email, name = name, email = email,
    history = {
      { message = "ETA service: promised delivery dates per carrier", date = "2024-08-12T09:20:00+00:00",
        paths = { "README.md", ".gitignore", "pyproject.toml", "svc", "tests" } },
      { message = "Shipment status log and the importer ops runs", date = "2024-08-26T14:02:00+00:00",
        paths = { "data", "ops" } },
    },
    date = "2024-09-30T11:45:00+00:00",
    message = "Contributing guide: commits, freezes, reviews",
  }) .. "\n"
    .. write_file("svc/eta.py", buggy)
    .. commit_as_tom("2024-10-08T16:31:00+00:00", "Move the business-day test into is_business_day",
      "So the tracking page can ask whether a date is a delivery day.")
    .. "git checkout -q -b " .. M.REVIEW_BRANCH .. "\n"
    .. write_file("ops/purge_labels.sh", PURGE) .. write_file("ops/crontab", CRONTAB)
    .. write_file("tests/test_purge_labels.py", PURGE_TEST)
    .. commit_as_tom("2024-10-09T08:52:00+00:00", "Purge label PDFs after the retention period (OPS-71)",
      "PR-57. The label store is at 91%. Nightly cron job, with --dry-run for trying it by hand.")
    .. "git checkout -q main && mkdir -p out && git rev-parse refs/heads/" .. M.REVIEW_BRANCH
  local ok, out, code = run:sh(script)
  if not ok then error("setup failed (exit " .. tostring(code) .. "): " .. tostring(out)) end
  local tip = tostring(out):match("(%x+)%s*$")
  if not tip or #tip < 40 then error("setup: the review branch's tip is unknown: " .. tostring(out)) end
  return tip
end

return M
