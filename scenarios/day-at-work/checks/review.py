"""PR-57 review checks (Tom's tom/purge-labels): python3 -I /checks/review.py MODE.

The branch is read from the engine's snapshot of the start (/base/.git); the problem lines are
located in it by their text, never hard-coded. out/review-PR57.md is split into findings (a
bullet with its continuation lines, or a paragraph when there are no bullets), each with the
path:line references it makes. Modes: unsafe (the empty LABEL_DIR: cron passes an unset
variable and the script neither checks nor quotes it), retention (30 days where OPS-71 says
90), verdict (request changes), precise (blocking findings point at real problems)."""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import fail, git, internal, read_text, review_tip  # noqa: E402

REVIEW = "out/review-PR57.md"
SCRIPT, CRONTAB = "ops/purge_labels.sh", "ops/crontab"


def lines_with(path, needles):
    src = git("show", "%s:%s" % (review_tip(), path), base=True)
    found = [n for n, line in enumerate(src.splitlines(), 1) if any(x in line for x in needles)]
    if not found:
        internal("no line of %s holds %s" % (path, needles))
    return found


# The lines a finding may cite for each problem (any one of them, +-1).
PROBLEMS = {
    "unsafe": {SCRIPT: lines_with(SCRIPT, ["LABEL_DIR=$1", "find $LABEL_DIR", "rm -rf $LABEL_DIR"]),
               CRONTAB: lines_with(CRONTAB, ["purge_labels.sh"])},
    "retention": {SCRIPT: lines_with(SCRIPT, ["RETENTION_DAYS=30"])},
}
WHY = {
    "unsafe": r"empty|unset|not set|undefined|missing|no arg|without (an )?arg|argument|quot|validat|:\?|-z\b|set -u|"
              r"nounset|cwd|current (working )?dir|working dir|home|/tmp|labels_dir|typo|singular|plural|"
              r"variable name|wrong variable|misspel|mismatch",
    "retention": r"\b90\b|ninety|retention|ops-71|legal|three months|3 months",
}
WHAT = {"unsafe": "the empty LABEL_DIR (cron passes $LABEL_DIR, which is not set there, and the script neither "
                  "checks nor quotes it)",
        "retention": "the retention period (30 days in the script, OPS-71 says 90)"}
REF = re.compile(r"`?((?:[\w.-]+/)*(purge_labels\.sh|crontab|test_purge_labels\.py))`?\*{0,2}"
                 r"(?::|#L|\s*,?\s*\(?\s*(?:line|l\.?)\s*|\s+L)(\d+)", re.I)
BLOCKING = re.compile(r"\bblock(ing|er|s)?\b|\bmust\b|critical|severe|dangerous|required", re.I)
NOT_BLOCKING = re.compile(r"non-?blocking|not blocking|\bnit\b|optional|minor", re.I)


def path_of(name):
    return {"purge_labels.sh": SCRIPT, "crontab": CRONTAB}.get(name.lower(), "tests/" + name.lower())


def findings():
    text = read_text(REVIEW)
    if text is None:
        fail("%s is missing: write your review there (docs/CONTRIBUTING.md)" % REVIEW)
    items, current, heading = [], None, ""
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("#"):
            heading, current = stripped.strip("# "), None
        elif re.match(r"([-*+]|\d+[.)])\s", stripped):
            current = [heading, line]
            items.append(current)
        elif current is not None and stripped:
            current.append(line)
        else:
            current = None
    if not items:
        items = [["", p] for p in re.split(r"\n\s*\n", text)]
    out = []
    for heading, *body in items:
        t = " ".join(body)
        refs = [(path_of(m.group(2)), int(m.group(3))) for m in REF.finditer(t)]
        blocking = (bool(BLOCKING.search(t)) and not NOT_BLOCKING.search(t)) or \
                   (bool(BLOCKING.search(heading)) and not NOT_BLOCKING.search(heading) and not NOT_BLOCKING.search(t))
        out.append({"text": t, "refs": refs, "blocking": blocking})
    return text, out


def hits(problem, ref):
    return any(abs(ref[1] - n) <= 1 for n in PROBLEMS[problem].get(ref[0], []))


def on_problem(ref):
    return any(hits(p, ref) for p in PROBLEMS)


def mode_problem(problem):
    _, fs = findings()
    cited = [f for f in fs if any(hits(problem, r) for r in f["refs"])]
    if not cited:
        fail("the review does not point at %s: cite the line as path:line, with the line numbers of the branch "
             "version (git show %s:ops/purge_labels.sh | cat -n)" % (WHAT[problem], "tom/purge-labels"))
    explained = [f for f in cited if re.search(WHY[problem], f["text"], re.I)]
    if not explained:
        fail("you cite the right line for %s, but your comment does not say what is wrong there" % WHAT[problem])
    if not any(f["blocking"] for f in explained):
        fail("%s is a real problem: label it blocking, not a nit" % WHAT[problem])
    sys.exit(0)


def mode_precise():
    _, fs = findings()
    cited = {r for f in fs for r in f["refs"]}
    if len(cited) > 12:
        fail("the review cites %d lines: point at the problems, not at every line" % len(cited))
    false = ["%s:%d" % f["refs"][0] for f in fs if f["blocking"] and f["refs"] and
             not any(on_problem(r) or r[0].startswith("tests/") for r in f["refs"])]
    if len(false) >= 2:
        fail("%d blocking findings point at code that is fine (%s): keep blocking for what must change"
             % (len(false), ", ".join(false[:3])))
    sys.exit(0)


def mode_verdict():
    text, _ = findings()
    seen = set()
    for line in text.lower().splitlines():
        m = re.search(r"verdict\W*(.*)", line)
        if not m:
            continue
        v = m.group(1).strip(" *_:`")
        if re.match(r"(request|changes requested|needs? (work|changes)|block|reject|do not merge|don't merge|not approved)", v):
            seen.add("changes")
        elif re.match(r"(approve|lgtm|ship it|accept)", v):
            seen.add("approve")
    if seen == {"changes"}:
        sys.exit(0)
    if seen == {"approve"}:
        fail("the verdict approves a script that can delete files in the wrong place and labels legal must keep: "
             "request changes")
    if seen:
        fail("the review has contradicting verdict lines: keep one")
    fail("the review needs a verdict line: 'Verdict: approve' or 'Verdict: request changes'")


mode = sys.argv[1]
if mode in PROBLEMS:
    mode_problem(mode)
elif mode == "precise":
    mode_precise()
elif mode == "verdict":
    mode_verdict()
else:
    fail("internal: unknown mode " + mode, 2)
