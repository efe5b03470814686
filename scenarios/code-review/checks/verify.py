"""Checks for code-review, run as `python3 -I /checks/verify.py MODE` in a check sandbox.

The learner never sees this file. The branch under review is read from /base (the workspace as
it stood at the start), so the learner cannot move it; the bug lines are located in that
commit, never hard-coded. review.md is parsed into bullets with their path:line references.
Modes: injection WORDS, boundary WORDS (WORDS: "|"-separated, from problems.lua), precision, verdict,
tone HARSH (problems.HARSH, "|"-separated).
"""
import os
import re
import subprocess
import sys

BRANCH = "lena/bulk-pricing"
BUGS = {   # file -> the text of the real bug line in the branch version
    "search": "LIKE '%{text}%'",
    "pricing": "quantity > BULK_THRESHOLD",
}
# path:line, path#L12, "path line 12", "path (line 12)", "path, L12", "path lines 11-12",
# "path on/at line 12", "path - line 12"; and the other way round, "line 12 of/in path". A range
# (path:11-14, path#L11-L14, "lines 11 to 14") cites the lines it spans: a statement over several
# lines (the f-string query is a call of four) is cited as a whole; a range longer than SPAN lines
# points at nothing in particular and counts as its first line only.
RANGE = r"(?:(?:\s?[-\u2013]\s?|\s+to\s+)L?(\d+)(?![\d%]))?"
REF = re.compile(r"((?:[\w.-]+/)*(pricing|search|test_pricing|test_search)\.py)[`*]*"
                 r"(?::|#L|[\s,(\[@\u2013\u2014-]*(?:(?:on|at|in)\s+)?(?:lines?|ln|l\.|L)\s*)(\d+)" + RANGE, re.I)
REF_BACK = re.compile(r"\b(?:lines?|ln|l\.)\s*(\d+)" + RANGE + r"\s+(?:of|in)\s+[`*]*"
                      r"((?:[\w.-]+/)*(pricing|search|test_pricing|test_search)\.py)", re.I)
SPAN = 5


def cite(name, start, end=None):
    """A reference as (file, first line, last line)."""
    start = int(start)
    end = int(end) if end else start
    return (name.lower(), start, end if start <= end < start + SPAN else start)


def fail(msg):
    print("FAIL: " + msg)
    sys.exit(1)


def git(*args):
    return subprocess.run(["git", "-c", "safe.directory=*", "--git-dir=/base/.git"] + list(args),
                          capture_output=True, text=True)


def branch_source(name):
    r = git("show", "refs/heads/%s:inventory/%s.py" % (BRANCH, name))
    if r.returncode != 0:
        print("FAIL: internal: the branch under review is unknown")
        sys.exit(2)
    return r.stdout


def line_of(src, needle):
    for n, l in enumerate(src.splitlines(), 1):
        if needle in l:
            return n
    print("FAIL: internal: bug line not found")
    sys.exit(2)


BUG_LINES = {name: line_of(branch_source(name), needle) for name, needle in BUGS.items()}


def read_review():
    # a review is a text file: a link to /dev/zero or a FIFO would make the read run away or
    # hang, bytes that are no UTF-8 would crash it; the first megabyte is more than any review
    if os.path.exists("review.md") and not os.path.isfile("review.md"):
        fail("review.md is not a file: write your review as text in review.md (see docs/CONTRIBUTING.md)")
    try:
        with open("review.md", encoding="utf-8", errors="replace") as f:
            return f.read(1 << 20)
    except OSError:
        fail("review.md is missing: write your review there (see docs/CONTRIBUTING.md)")


# the words that make a heading a finding's label (blocking or not)
LABELS = r"blocking|blocker|\bmust\b|\bnit\b|\bmajor\b|\bminor\b|critical|optional|suggestion"


def findings(text):
    """The review's findings: each bullet (with its continuation lines) or, failing bullets,
    each paragraph; as (lower-cased text, [(file, line)])."""
    items, cur, heading, fence, gap, after_heading = [], None, "", False, False, False
    for line in text.splitlines():
        # a fenced code block belongs to the finding it follows ("# comment" in it is no heading)
        if line.lstrip().startswith(("```", "~~~")):
            fence = not fence
        if fence or line.lstrip().startswith(("```", "~~~")):
            if cur is not None:
                cur.append(line)
            continue
        # a blank line inside a list item: an indented line after it still belongs to the item
        # (Markdown's continuation), anything else ends it
        if not line.strip():
            gap = cur is not None
            continue
        if gap and not line.startswith((" ", "\t")):
            cur = None
        gap = False
        # a row of a Markdown findings table is a finding of its own; a path in one cell and the
        # line in the next ("| inventory/search.py | 11 |") cite path:line; the |---| row is none
        if line.lstrip().startswith("|"):
            cells = [c.strip().strip("`*_ ") for c in line.strip().strip("|").split("|")]
            cur, gap = None, False
            if all(re.fullmatch(r":?-+:?", c) for c in cells if c):
                continue
            for i in range(len(cells) - 1):
                ln = re.fullmatch(r"(?:lines?\s*|L)?(\d+)(?:\s*[-–]\s*L?(\d+))?", cells[i + 1], re.I)
                if ln and re.fullmatch(r"(?:[\w.-]+/)*\w+\.py", cells[i]):
                    cells[i] = cells[i] + ":" + ln.group(1) + ("-" + ln.group(2) if ln.group(2) else "")
            items.append([" | ".join(cells)] + (["(" + heading + ")"] if heading else []))
            continue
        if line.lstrip().startswith("#"):
            heading = line.strip("# ").strip()   # "## Blocking" labels the bullets below it
            after_heading, cur = True, None
            continue
        # so does a label line of its own: "Blocking:", "**Must fix**", "Blocking issues:"
        label = line.strip()
        if line[:1].strip() and not label.startswith("#") and len(label.split()) <= 4 and not re.match(r"([-*+]|\d+[.)])\s", label) \
                and (label.endswith(":") or re.fullmatch(r"(\*\*|__).+(\*\*|__):?", label)):
            heading, cur = label.strip("*_: "), None
            continue
        was_after, after_heading = after_heading, False
        if re.match(r"\s*([-*+]|\d+[.)])\s+", line):
            cur = [line, "(" + heading + ")"] if heading else [line]
            items.append(cur)
        elif cur is None and was_after and re.search(LABELS, heading.lower()):
            # a heading per finding ("### 1. SQL injection (blocking)") with its text in the
            # paragraph below it: that paragraph is the finding, labelled by its heading
            cur = [line, "(" + heading + ")"]
            items.append(cur)
        elif cur is not None and line.strip() and (line.startswith((" ", "\t")) or not line.lstrip().startswith("#")):
            cur.append(line)
        else:
            cur = None
    if not items:
        items = [[p] for p in re.split(r"\n\s*\n", text)]
    out = []
    for it in items:
        t = re.sub(r"\s+", " ", " ".join(it))   # as chat.norm does, so a wording counts the same in chat
        refs = [cite(m.group(2), m.group(3), m.group(4)) for m in REF.finditer(t)]
        refs += [cite(m.group(4), m.group(1), m.group(2)) for m in REF_BACK.finditer(t)]
        out.append((t.lower(), refs))
    return out


def near(ref, name):
    return ref[0] == name and ref[1] - 1 <= BUG_LINES[name] <= ref[2] + 1


def false_blockers(fs):
    out = []
    for t, refs in fs:
        if re.search(r"blocking|blocker|\bmajor\b|\bcritical\b", t) and refs and not any(near(r, n) for r in refs for n in BUG_LINES) \
                and not any(r[0].startswith("test_") for r in refs):
            out.append("%s.py:%d" % refs[0][:2])
    return out


def spray(fs):
    """A review that cites nearly every line, or blocks on lots of correct code, has not found
    anything: the author cannot tell the real problems from the rest."""
    cited = {r[:2] for _, refs in fs for r in refs}
    return len(cited) > 10 or len(false_blockers(fs)) >= 4


def mode_finding(name, words, what):
    fs = findings(read_review())
    if spray(fs):
        fail("review.md cites or blocks on so much correct code that the %s does not stand out: point at the "
             "real problems only" % what)
    hits = [t for t, refs in fs if any(near(r, name) for r in refs)]
    if not hits:
        cited = sorted({r[1] for _, refs in fs for r in refs if r[0] == name})
        where = (" (you cite %s.py line(s) %s)" % (name, ", ".join(map(str, cited)))) if cited else ""
        fail("review.md does not point at the %s: cite it as inventory/%s.py:LINE, using the line numbers of "
             "the branch version%s" % (what, name, where))
    if not any(any(w in t for w in words) for t in hits):
        fail("you cite the right line in %s.py, but your comment there does not say what is wrong" % name)
    # the guide's **blocking**, or another team's word for it ("Major", "critical", "must fix",
    # "fix before merging", "show-stopper", "P1")
    if not any(re.search(r"blocking|blocker|\bblocks?\b|\bmust\b|critical|required|severe|\bmajor\b|before (we |you |it )?(merg|go(es)? in)|"
                         r"show-?stopper|high severity|severity:? high|\bp[01]\b", t) for t in hits):
        fail("the %s is a real bug: label it **blocking**, not a nit" % what)
    sys.exit(0)


def mode_precision():
    fs = findings(read_review())
    cited = {r[:2] for _, refs in fs for r in refs}
    if len(cited) > 10:
        fail("review.md cites %d different lines: point at the problems, not at every line" % len(cited))
    false = false_blockers(fs)
    if len(false) >= 2:
        fail("%d findings marked blocking point at code that is correct (%s): keep blocking for what is really "
             "wrong, label the rest nit" % (len(false), ", ".join(false[:3])))
    sys.exit(0)


# An approval on a condition about the fixes ("Verdict: approve once both are fixed", "Verdict
# after the fixes: approve") approves nothing yet: it asks for the changes first, so it counts as
# a request for changes. A condition about anything else, or a fix put off ("approve, fix them
# after the freeze", "approve if you fix it later") or a condition about a trifle only ("approve once
# the typo is fixed": TRIFLES without THE_PROBLEMS, problems.lua's lists, which judge the chat the
# same way) leaves the approval standing. This is the one reading of the verdict: scenario.lua's
# approved_known_blocker reads this check's feedback.
CONDITION = re.compile(r"\b(once|after|when|if|as\s+soon\s+as|provided|pending|until)\b[^.;!]*"
                       r"(\b(fix(es|ed)?|fixing|addressed|resolved|changed|done)\b|\b(are|is)\s+in\b)")
PUT_OFF = re.compile(r"\blater\b|afterwards|follow[\s-]?up|after\s+(the\s+)?(freeze|release|merge)|next\s+sprint")
APPROVE = re.compile(r"(approved?|lgtm|ship\s+it|accept(ed)?)")
# "req changes", "reqest changes" (a typo), "changes req'd", "chgs requested": the terse writer's words
CHANGES = re.compile(r"(request(ing|ed)?\s+changes?|re?q\w*\.?\s+(changes?|chg?s?)\b|(changes?|chg?s)\s+(re?q\w*|needed|required)|needs?\s+(some\s+)?"
                     r"(work|changes?|fix(es|ing)?)|block(ed|ing)?|reject(ed)?|(please\s+)?(do\s+not|don't)\s+(merge|approve)|"
                     r"not\s+(yet\s+)?(approved?|ready|mergeable)|(hold|wait)\b)")


def verdict(text, trifles=(), the_problems=()):
    """'approve', 'request changes', 'both' or None, from the Verdict line(s)."""
    found = set()
    lines = text.lower().splitlines()
    for i, line in enumerate(lines):
        m = re.search(r"verdict\W*(.*)", line)
        if not m:
            continue
        v = m.group(1).strip(" *_:`")
        if not v:
            # "## Verdict" as a heading, the verdict on the next line that holds text
            v = next((l.strip(" *_:`>-#") for l in lines[i + 1:] if l.strip()), "")
        v = re.sub(r"^[\W_]+", "", v)   # an emoji or a mark before the words ("Verdict: :x: request changes")
        v = re.sub(r"^(x|no_entry|stop_sign|warning|red_circle|no_entry_sign|construction):\W*", "", v)
        head = line[:m.start()]
        cond = head + " " + v
        conditional = (CONDITION.search(cond) and not PUT_OFF.search(v)
                       and (not any(w in cond for w in trifles) or any(w in cond for w in the_problems)))
        if CHANGES.match(v):
            found.add("request changes")
        elif APPROVE.match(v) or (CONDITION.match(v) and APPROVE.search(v)):
            found.add("request changes" if conditional else "approve")
    if len(found) > 1:
        return "both"
    return next(iter(found), None)


def mode_verdict(trifles, the_problems):
    v = verdict(read_review(), trifles, the_problems)
    if v == "request changes":
        sys.exit(0)
    if v == "approve":
        fail("the verdict approves a branch with blocking problems (even 'with small changes' is an approval): request changes")
    if v == "both":
        fail("review.md has contradicting verdict lines, one of them approves: keep one")
    fail("review.md needs a verdict line: 'Verdict: approve' or 'Verdict: request changes'")


# A fix suggested: a remedy named ("use", "bind", "replace", "change it to", ">=", "add a test",
# "->"), or a proposal ("suggest", "consider", "should", "could", "how about", "instead").
FIX = re.compile(r"suggest|recommend|propos|ought to|like \?|consider|\bcould\b|\bshould\b|\bwould\b|instead|rather than|how about|\bprefer|"
                 r"\buse\b|\busing\b|replace|\bchange\b|switch|\bbind|bound|placeholder|"
                 r"\bparameter|pass (it|the|them|`?text)|>=|≥|->|→|=>|add (a |an )?(test|case)|needs? (a |an |to )|"
                 r"\bfix(ed)? (it )?(by|with)|\bfix:|\bmake (it|this|that)\b|go with")

OWN_FIX = {"search": re.compile(r"placeholder|\bbind|\bbound\b|\bparameteri[sz]|as a parameter|like \?|prepared statement"),
           "pricing": re.compile(r">=|≥|add (a |an )?(test|case)|test (for|with|at) (exactly )?(10|ten)\b")}


def mode_tone(harsh_words):
    """What docs/CONTRIBUTING.md asks: 'Be kind and specific: say what is wrong, why, and suggest
    a fix.' Kind: no word that attacks the author. Specific: each real problem the review points at
    comes with a fix in one of the findings that cite it (what and why are the finds_* checks').
    Praise is welcome, but the guide never asks for it: not required."""
    raw = read_review()
    text = raw.lower()
    harsh = [w for w in harsh_words if w and re.search(r"(?<![a-z])%s(?![a-z])" % re.escape(w), text)]
    if harsh:
        fail("keep it kind: words like '%s' attack the author, not the code" % harsh[0])
    fs = findings(raw)
    found = {n: [t for t, refs in fs if any(near(r, n) for r in refs)] for n in BUG_LINES}
    # a fix in a finding that cites the problem, or that problem's own fix anywhere in the review
    # (a "Suggestions:" paragraph at the end: "bind the search text, use >=")
    flat = re.sub(r"\s+", " ", text)
    bare = [n for n, ts in found.items() if ts and not any(FIX.search(t) for t in ts) and not OWN_FIX[n].search(flat)]
    if bare:
        fail("say how to fix what you found in %s.py, not only what is wrong (e.g. %s): the guide asks for a "
             "fix with each finding" % (bare[0], "'bind it with a ? placeholder instead'" if bare[0] == "search"
                                        else "'use >= and add a test for exactly 10'"))
    if not any(found.values()) and not FIX.search(text):
        fail("say how to fix what you found (e.g. 'use a ? placeholder instead'), not only what is wrong")
    sys.exit(0)


mode = sys.argv[1]
# the words that name each problem come from problems.lua (one list for review.md and the chat)
words = sys.argv[2].split("|") if len(sys.argv) > 2 else []
if mode == "injection":
    mode_finding("search", words, "SQL injection in search.py")
elif mode == "boundary":
    mode_finding("pricing", words, "off-by-one in pricing.py")
elif mode == "precision":
    mode_precision()
elif mode == "verdict":
    mode_verdict(words, sys.argv[3].split("|") if len(sys.argv) > 3 else [])
elif mode == "tone":
    mode_tone(words)
else:
    print("FAIL: internal: unknown mode " + mode)
    sys.exit(2)
