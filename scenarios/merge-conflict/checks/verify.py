"""Checks for merge-conflict, run as `python3 -I /checks/verify.py MODE` in a check sandbox.

The learner never sees this file. Everything is read from the learner's branch tip (git
objects, not the working tree) and from the "remote" (a bare repository inside the workspace).
Trusted reference points come from the engine: $WORKSIM_BASE_COMMIT is the learner's branch as
it stood at the start (their BILL-61 work), and /base holds the remote as it stood then (with
Ravi's BILL-58 on main), so rewinding or rewriting the remote cannot fake "up to date"; BILL-63,
pushed mid-run, is recognised by its author, subject and money.py (recomputed from /base).
Modes: uptodate, clean, teammate, feature, combined, tests, pushed. `tests` runs the tip's suite
with the start's pytest configuration (no conftest.py, no other config file) and wants every test
of both sides PASSED, so deselecting, skipping or xfailing one through config is no green suite;
when the branch has a conftest.py (a fixture for a new test), the whole suite must also pass as
the project runs it, with that conftest (the learner's own tests are judged there). `clean`, `pushed` and `feature`
hold only for a branch that contains Ravi's BILL-58: an untouched branch has resolved, pushed and
kept nothing. A merge tool's leftovers (x.orig, x_BACKUP_123.py: they hold the markers) are junk
for the tidy item, not an unresolved file.
"""
import ast
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile

sys.path.append("/checks/_shared")
import honest_git  # noqa: E402

BRANCH = "feature/late-fee"
ORIGIN = ".origin/billing.git"
BASE_ORIGIN = "/base/.origin/billing.git"
MARKER = re.compile(r"^(<<<<<<<|>>>>>>>)( |$)|^=======$|^\|\|\|\|\|\|\| ", re.M)
# what git mergetool leaves beside a file (keepBackup, or an interrupted tool): x.orig, x.rej, x_BACKUP_123.py
MERGE_TOOL_LEFTOVER = re.compile(r"\.(orig|rej)$|_(BACKUP|BASE|LOCAL|REMOTE)_[0-9]+(\.[^.]*)?$")

PROBE = r"""
import json, sys
sys.path.insert(0, ".")
try:
    from billing import invoice
except Exception as e:
    print(json.dumps({"import": "%s: %s" % (type(e).__name__, e)})); sys.exit()
out = {"has_late_fee": hasattr(invoice, "late_fee")}
def s(inv):
    try:
        return invoice.summary(inv)
    except Exception as e:
        return "<%s: %s>" % (type(e).__name__, e)
out["summaries"] = [s(i) for i in json.loads(sys.argv[1])]
try:
    out["fees"] = [invoice.late_fee(t, d) for t, d in json.loads(sys.argv[2])]
except Exception as e:
    out["fees"] = "<%s: %s>" % (type(e).__name__, e)
print(json.dumps(out))
"""


def fail(msg):
    print("FAIL: " + msg)
    sys.exit(1)


def git(*args, git_dir=None):
    cmd = ["git", "-c", "safe.directory=*"] + (["--git-dir=" + git_dir] if git_dir else []) + list(args)
    return subprocess.run(cmd, capture_output=True, text=True)


def rev(name, git_dir=None):
    r = git("rev-parse", "-q", "--verify", name + "^{commit}", git_dir=git_dir)
    return r.stdout.strip() if r.returncode == 0 else None


def contains(ancestor, tip):
    return git("cat-file", "-e", ancestor + "^{commit}").returncode == 0 and \
        git("merge-base", "--is-ancestor", ancestor, tip).returncode == 0


def checkout(tip):
    d = tempfile.mkdtemp()
    arch = subprocess.run(["git", "-c", "safe.directory=*", "archive", tip], capture_output=True)
    subprocess.run(["tar", "-x", "-C", d], input=arch.stdout)
    return d


def probe(tip, invoices, fees):
    d = checkout(tip)
    r = subprocess.run([sys.executable, "-I", "-c", PROBE, json.dumps(invoices), json.dumps(fees)], cwd=d,
                       capture_output=True, text=True, timeout=60)
    try:
        got = json.loads(r.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        fail("billing/invoice.py could not be run on %s: %s" % (BRANCH, (r.stderr.strip().splitlines() or ["?"])[-1]))
    if "import" in got:
        fail("billing/invoice.py does not import on %s (%s)" % (BRANCH, got["import"]))
    return got


def text_of(path):
    """The text of a regular file ("" for anything else): a FIFO would block the read, a symlink
    (to /dev/zero, a loop, a dangling one) is no file of the resolution (its target, when in the
    tree, is read itself), an unreadable file holds nothing to judge."""
    if os.path.islink(path) or not os.path.isfile(path):
        return ""
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            return fh.read()
    except OSError:
        return ""


def test_functions(src):
    try:
        tree = ast.parse(src)
    except SyntaxError:
        return {}
    return {n.name: ast.dump(n) for n in ast.walk(tree) if isinstance(n, ast.FunctionDef) and n.name.startswith("test")}


def tests_of(commit, git_dir=None):
    """name -> ast dump of every test function in the tests/ of a commit."""
    out = {}
    for path in git("ls-tree", "-r", "--name-only", commit, "--", "tests", git_dir=git_dir).stdout.split():
        if path.endswith(".py"):
            out.update(test_functions(git("show", "%s:%s" % (commit, path), git_dir=git_dir).stdout))
    return out


def bill63_money():
    """billing/money.py as Ravi's BILL-63 left it: his BILL-58 version (from /base) with yen
    formatted without decimals, the same edit the scenario's push makes."""
    s = git("show", "refs/heads/main:billing/money.py", git_dir=BASE_ORIGIN).stdout
    s = s.replace('CURRENCIES = {"EUR", "GBP", "USD", "SEK", "JPY"}\n',
                  'CURRENCIES = {"EUR", "GBP", "USD", "SEK", "JPY"}\n# BILL-63: currencies without a minor unit '
                  '(amounts are whole units).\nZERO_DECIMAL = {"JPY"}\n')
    return s.replace('    cents = abs(cents)\n', '    cents = abs(cents)\n    if currency in ZERO_DECIMAL:\n'
                     '        return "%s%d %s" % (sign, cents, currency)\n')


def has_bill63(main_now):
    """Ravi pushed BILL-63 onto origin's main once the branch held his BILL-58 (the scenario does,
    at the latest then): it must still be in main's history, as his commit with his change,
    whatever the learner did to the remote since."""
    want = hashlib.sha1(("blob %d\0" % len(bill63_money().encode())).encode() + bill63_money().encode()).hexdigest()
    log = git("log", "--format=%H %an|%s", main_now, git_dir=ORIGIN).stdout.splitlines()
    for line in log:
        commit, _, rest = line.partition(" ")
        author, _, subject = rest.partition("|")
        if author == "Ravi Mehta" and "BILL-63" in subject and \
                git("rev-parse", commit + ":billing/money.py", git_dir=ORIGIN).stdout.strip() == want:
            return True
    return False


def main(mode):
    base = os.environ.get("WORKSIM_BASE_COMMIT", "").strip()
    ravi = rev("refs/heads/main", git_dir=BASE_ORIGIN) if os.path.isdir(BASE_ORIGIN) else None
    if not base or not ravi:
        print("FAIL: internal: the run's starting point is unknown")
        sys.exit(2)
    tip = rev("refs/heads/" + BRANCH)
    if not tip:
        fail("the branch %s is gone: your work lives there" % BRANCH)
    if mode == "uptodate":
        main_now = rev("refs/heads/main", git_dir=ORIGIN)
        if not main_now or git("merge-base", "--is-ancestor", ravi, main_now, git_dir=ORIGIN).returncode != 0:
            fail("origin's main no longer contains Ravi's BILL-58: main was rewritten or rewound. Never force-push main")
        if contains(ravi, tip) and not has_bill63(main_now):
            fail("origin's main no longer has Ravi's BILL-63 (yen): he pushed it while you worked, and main was "
                 "rewound or rewritten since (update-ref, a forced push or a recreated branch). Never rewrite main")
        if not contains(ravi, tip):
            fail("%s does not contain origin/main yet: git fetch, then merge origin/main into it (or rebase it onto origin/main)" % BRANCH)
        if not contains(main_now, tip):
            fail("%s has Ravi's currency change, but not his newer commit on origin/main (BILL-63, yen): fetch again and bring it in" % BRANCH)
        if not contains(base, tip) and git("log", "--format=%s", tip).stdout.count("BILL-61") == 0:
            fail("your BILL-61 commit is no longer on %s" % BRANCH)
        sys.exit(0)
    if mode == "clean":
        bad = []
        d = checkout(tip)
        for root, _, files in os.walk(d):
            for f in files:
                if MERGE_TOOL_LEFTOVER.search(f):   # junk, not an unresolved file: the tidy item's remark
                    continue
                p = os.path.join(root, f)
                if MARKER.search(text_of(p)):
                    bad.append("conflict markers are committed in %s" % os.path.relpath(p, d))
        for root, dirs, files in os.walk("."):
            dirs[:] = [x for x in dirs if x not in (".git", ".origin")]
            for f in files:
                p = os.path.join(root, f)
                if f.endswith(".py") and not MERGE_TOOL_LEFTOVER.search(f) and MARKER.search(text_of(p)):
                    bad.append("conflict markers left in %s" % os.path.relpath(p))
        if os.path.exists(".git/MERGE_HEAD"):
            bad.append("a merge is still in progress: finish it with git commit (or git merge --continue)")
        if os.path.isdir(".git/rebase-merge") or os.path.isdir(".git/rebase-apply"):
            bad.append("a rebase is still in progress: git add the resolved files, then git rebase --continue")
        if not bad and git(*honest_git.unhide(), "status", "--porcelain", "--untracked-files=no").stdout.strip():
            bad.append("there are uncommitted changes: commit your resolution on %s" % BRANCH)
        if not bad and not contains(ravi, tip):
            bad.append("nothing is resolved yet: %s does not contain origin/main, so there is no resolution to finish" % BRANCH)
        for b in list(dict.fromkeys(bad))[:4]:
            print("FAIL: " + b)
        sys.exit(1 if bad else 0)
    if mode == "pushed":
        r = rev("refs/heads/" + BRANCH, git_dir=ORIGIN)
        if not r:
            fail("origin has no %s any more: push your branch" % BRANCH)
        if not contains(ravi, tip):
            fail("nothing new is pushed: %s does not contain origin/main yet, and origin still has yesterday's branch" % BRANCH)
        if r != tip:
            fail("origin's %s is not your local %s: push it (after a rebase: git push --force-with-lease)" % (BRANCH, BRANCH))
        sys.exit(0)
    if mode == "tests":
        d = checkout(tip)
        # the suite as the project configures it, not as the branch may have reconfigured it: the
        # start's pyproject.toml, no conftest.py, no other pytest config file (an addopts "-k not
        # late_fee", a collect_ignore or a report hook would make a red suite look green)
        with open(os.path.join(d, "pyproject.toml"), "w") as f:
            f.write(git("show", base + ":pyproject.toml").stdout)
        for name in ("pytest.ini", ".pytest.ini", "tox.ini", "setup.cfg"):
            if os.path.exists(os.path.join(d, name)):
                os.remove(os.path.join(d, name))
        # Both sides' tests are judged in a run without any conftest.py of the branch (a hook there
        # could report a failure as passed); the suite as a whole, the learner's own new tests
        # too, as the project runs it: with the branch's conftest.py files when it has any (a
        # fixture shared by new tests is a normal thing to add), else that same first run.
        conftests = [os.path.join(root, "conftest.py") for root, _, files in os.walk(d) if "conftest.py" in files]
        r = subprocess.run([sys.executable, "-I", "-m", "pytest", "-v", "-p", "no:cacheprovider", "--noconftest",
                            "--continue-on-collection-errors"], cwd=d, capture_output=True, text=True, timeout=120)
        whole = r
        if conftests:
            whole = subprocess.run([sys.executable, "-I", "-m", "pytest", "-q", "-p", "no:cacheprovider"], cwd=d,
                                   capture_output=True, text=True, timeout=120)
        if whole.returncode != 0:
            failed = [l for l in whole.stdout.splitlines() if l.startswith(("FAILED", "ERROR"))][:3]
            fail("the tests fail on %s: %s" % (BRANCH, " ".join(failed) or (whole.stdout.strip().splitlines() or ["?"])[-1]))
        outcome = {}   # test name -> what pytest did with it (PASSED, SKIPPED, XFAIL ...)
        for m in re.finditer(r"^\S+?::(\w+)(?:\[[^\]]*\])? (PASSED|FAILED|ERROR|SKIPPED|XFAIL|XPASS)\b", r.stdout, re.M):
            if outcome.get(m.group(1), "PASSED") == "PASSED":
                outcome[m.group(1)] = m.group(2)
        mine = tests_of(tip)
        bad = []
        for side, want in (("your BILL-61 branch", tests_of(base)), ("Ravi's BILL-58", tests_of(ravi, git_dir=BASE_ORIGIN))):
            for name, dump in want.items():
                if name not in mine:
                    bad.append("test %s (%s) was lost in the resolution: keep the tests of both sides" % (name, side))
                elif mine[name] != dump:
                    bad.append("test %s (%s) was changed in the resolution: keep both sides' tests as they were" % (name, side))
                elif outcome.get(name) != "PASSED":
                    bad.append("test %s (%s) %s: every test of both sides must run and pass (nothing skipped, "
                               "deselected or marked xfail)" % (name, side, {None: "did not run"}.get(
                                   outcome.get(name), "was reported %s" % outcome.get(name))))
        for b in bad[:4]:
            print("FAIL: " + b)
        sys.exit(1 if bad else 0)
    if mode == "teammate":
        got = probe(tip, [{"number": "2024-0114", "currency": "GBP", "lines": [[1, 1000]]},
                          {"number": "2024-0113", "lines": [[2, 1250], [1, 499]]},
                          {"number": "2024-0300", "currency": "SEK", "lines": [[3, 33333]]}], [])
        want = ["Invoice 2024-0114: 10.00 GBP", "Invoice 2024-0113: 29.99 EUR", "Invoice 2024-0300: 999.99 SEK"]
        for g, w in zip(got["summaries"], want):
            if g != w:
                fail("Ravi's change is lost: the statement line should read %r, got %r" % (w, g))
        sys.exit(0)
    if mode == "feature":
        if not contains(ravi, tip):
            fail("nothing is merged yet: %s does not contain origin/main, so no resolution has kept the late fee" % BRANCH)
        got = probe(tip, [{"number": "2024-0150", "days_overdue": 45, "lines": [[1, 10000]]},
                          {"number": "2024-0151", "days_overdue": 30, "lines": [[1, 10000]]},
                          {"number": "2024-0152", "days_overdue": 31, "lines": [[2, 6172]]}],
                    [[10000, 30], [10000, 31], [12345, 90], [0, 400]])
        if not got["has_late_fee"]:
            fail("late_fee() is gone from billing/invoice.py: your BILL-61 change was lost in the resolution")
        if got["fees"] != [0, 200, 246, 0]:
            fail("late_fee() no longer gives 0 up to 30 days and 2%% (rounded down) after: got %s" % got["fees"])
        want = ["Invoice 2024-0150: 102.00 EUR (incl. late fee 2.00 EUR)", "Invoice 2024-0151: 100.00 EUR",
                "Invoice 2024-0152: 125.90 EUR (incl. late fee 2.46 EUR)"]
        for g, w in zip(got["summaries"], want):
            if g != w:
                fail("an overdue EUR invoice should read %r, got %r" % (w, g))
        sys.exit(0)
    if mode == "combined":
        cases = [({"number": "2024-0201", "currency": "GBP", "days_overdue": 45, "lines": [[1, 10000]]},
                  "Invoice 2024-0201: 102.00 GBP (incl. late fee 2.00 GBP)"),
                 ({"number": "2024-0202", "currency": "USD", "days_overdue": 60, "lines": [[4, 2550]]},
                  "Invoice 2024-0202: 104.04 USD (incl. late fee 2.04 USD)")]
        got = probe(tip, [c[0] for c in cases], [])
        for (inv, w), g in zip(cases, got["summaries"]):
            if g != w:
                fail("both changes must work together: a %s invoice %d days overdue should read %r, got %r" % (
                    inv["currency"], inv["days_overdue"], w, g))
        sys.exit(0)
    print("FAIL: internal: unknown mode " + mode)
    sys.exit(2)


main(sys.argv[1])
