#!/bin/bash
# judge.sh MODE: the flaky-test checks (run from /workspace in the check sandbox).
#   stable     the suite passes in file order, in CI orders that failed before the fix, and
#              with the polluting test right before its victim
#   rootcause  the hidden isolation tests (/checks/test_isolation.py) pass against the code, run
#              as plain Python without pytest (as production runs it) and under pytest
#   cache      defaults.json is still read once per process
#   bandaid    no skip, xfail, retry, rerun, sleep, test-side reset of the cache or hook that
#              reorders or filters the tests was added; a reset in the code counts only while the
#              code still leaks (judged by the hidden isolation tests)
#   committed  the fix is committed and the committed code passes the hidden tests
g() { git -c safe.directory='*' "$@"; }
base=${WORKSIM_BASE_COMMIT:-}
# shopcfg/ is as in the base, in the working tree and in HEAD
code_unchanged() { g diff --quiet "$base" -- shopcfg && g diff --quiet "$base" HEAD -- shopcfg; }

case "$1" in
stable)
  exec python3 /checks/stable.py ;;   # five pytest runs, forked from one that imported pytest
rootcause)
  out=$(python3 -I /checks/isolation.py /workspace 2>/dev/null) && exit 0
  case "$out" in
  "plain "*) echo "FAIL: one shop's settings still leak into the next shop's when the code runs as production runs it, without pytest (${out#plain } of 5 hidden isolation tests fail): production has it on every request after an override, whatever the tests see" ;;
  *) echo "FAIL: one shop's settings still leak into the next shop's in the same process (hidden isolation tests under pytest): the tests only show it when the order is unlucky, production has it on every request after an override" ;;
  esac
  exit 1 ;;
cache)
  [ -n "$base" ] && ! code_unchanged || { echo "FAIL: the code in shopcfg/ is unchanged: nothing to judge yet"; exit 1; }
  python3 /checks/perf_probe.py; exit $? ;;
bandaid)
  [ -n "$base" ] || { echo "FAIL: no git history to compare with"; exit 1; }
  g add -A -N . >/dev/null 2>&1   # new files count too (the check's index is thrown away)
  if g diff --quiet "$base" -- tests && g diff --quiet "$base" HEAD -- tests; then
    code_unchanged && { echo "FAIL: nothing changed yet: there is no fix to judge"; exit 1; }
    python3 /checks/shopcfg_code.py changed || exit 1   # a docstring edit is no fix either
  fi
  # lines added (working tree and HEAD) in the test side (everything but shopcfg/) and in the code
  added_in() { { g diff "$base" -- "$@"; g diff "$base" HEAD -- "$@"; } 2>/dev/null | grep '^+' | grep -v '^+++'; }
  tests_side=$(added_in '*.py' '*.ini' '*.cfg' '*.toml' ':!shopcfg')
  code_side=$(added_in 'shopcfg/*.py')
  added=$(printf '%s\n%s\n' "$tests_side" "$code_side")
  bad=0
  # A reset in the code is a band-aid only while shops still leak into each other (the hidden
  # isolation tests, as in rootcause): then it keeps the suite green and production broken.
  if printf '%s\n' "$code_side" | grep -qE 'cache_clear|reload\(' && ! python3 -I /checks/isolation.py /workspace >/dev/null 2>&1; then
    echo "FAIL: the code now resets the cache (cache_clear/reload), but one shop's settings still leak into the next shop's: the reset keeps the tests green while production keeps the leak"; bad=1
  fi
  while IFS= read -r rule; do
    pattern=${rule%% => *}; why=${rule#* => }; lines=$added
    case "$rule" in "cache_clear|"*) lines=$tests_side ;; esac   # test-side resets; the code's are judged above
    if printf '%s\n' "$lines" | grep -qiE -- "$pattern"; then echo "FAIL: $why"; bad=1; fi
  done <<'RULES'
mark\.skip|pytest\.skip\(|skipif|importorskip|mark\.xfail|pytest\.xfail\(|xfail => a test is now skipped or expected to fail: that hides the bug instead of fixing it
@flaky|flaky\(|@retry|retry\(|retrying|reruns|rerunfailures|for attempt in => a retry makes a flaky test pass by luck: find why it fails
time\.sleep|sleep\( => waiting does not fix an order dependence (there is no timing involved)
cache_clear|reload\(|monkeypatch.*(load_defaults|settings)|__wrapped__|(load_defaults|settings_for) *=[^=]|load_defaults\(\) *(\[[^]]*\] *=[^=]|\.(update|clear|pop|setdefault|__setitem__))|setattr\([^)]*(settings|load_defaults)|sys\.modules|--no-shuffle|-p no: => the tests now reset or bypass the shared state (or the shuffling): the leak between shops stays in the code
pytest_collection_modifyitems|pytest_runtestloop|pytest_collection\b|pytest_ignore_collect|collect_ignore|deselect|pytest_sessionfinish|exitstatus => a hook now reorders or filters the tests or rewrites their result, so the polluting test no longer breaks its victim: that hides the order dependence, the leak between shops stays in the code
RULES
  exit $bad ;;
committed)
  [ -n "$base" ] || { echo "FAIL: this folder is no longer the git repository it was"; exit 1; }
  [ "$(g rev-list --count "$base"..HEAD 2>/dev/null || echo 0)" -ge 1 ] || { echo "FAIL: nothing is committed: commit your fix (git add, git commit)"; exit 1; }
  [ -n "$(g log --format=%H "$base"..HEAD -- shopcfg)" ] || { echo "FAIL: none of your commits changes the code in shopcfg/, where the leak is"; exit 1; }
  honest=$(python3 -I /checks/_shared/honest_git.py) || { echo "FAIL: internal: honest_git.py failed"; exit 2; }
  # a protected test file shows as changed when the learner's commit added a test to it: the check
  # copy has it as it was at the start (the engine's protect), which is no uncommitted work
  dirty=$(eval "git $honest status --porcelain --untracked-files=all -- shopcfg tests" | grep -v '__pycache__' |
    grep -vxE ' M tests/test_(checkout|export|money|settings)\.py')
  [ -z "$dirty" ] || { echo "FAIL: uncommitted changes: $(printf '%s' "$dirty" | head -n 3 | tr '\n' ' ')"; exit 1; }
  subject=$(g log -1 --format=%s "$base"..HEAD -- shopcfg)
  [ ${#subject} -ge 15 ] || { echo "FAIL: the commit subject \"$subject\" does not say what was wrong; e.g. \"Copy the cached defaults so shop overrides do not leak\""; exit 1; }
  # it must name something of the cause or the fix, not only the symptom ("Fix flaky checkout
  # test on CI"): the test's own name (test_default_shop_...) does not count
  printf '%s' "$subject" | tr 'A-Z' 'a-z' | sed -E 's/test_[a-z0-9_]+//g' |
    grep -qE 'cop(y|ies|ied)|cach|memo|leak|default|setting|config|overrid|shar|mutat|isolat|pollut|order|lru|dict|in.place|state|currenc|chf|franc|swiss|(per|each|every).shop|fresh|own|global|json|reset' ||
    { echo "FAIL: the commit subject \"$subject\" names the symptom, not what was wrong; e.g. \"Copy the cached defaults so shop overrides do not leak\""; exit 1; }
  d=$(mktemp -d); g archive HEAD shopcfg | tar -x -C "$d" || { echo "FAIL: could not read your commit"; exit 1; }
  python3 -I /checks/isolation.py "$d" >/dev/null 2>&1 ||
    { echo "FAIL: the committed code (HEAD) still leaks settings between shops (hidden isolation tests, run as plain Python as production runs it and under pytest): commit a fix that works outside the tests too"; exit 1; }
  exit 0 ;;
esac
echo "FAIL: judge.sh: unknown mode $1"; exit 2
