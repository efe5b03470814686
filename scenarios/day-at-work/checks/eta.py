"""SHIP-231 checks (business days skip Saturdays): python3 -I /checks/eta.py MODE.

Modes: fixed (the working tree's svc/ passes the original tests and cases the learner never
saw; when the working tree's svc/ and tests/ are as at the start, the learner's branches are
judged instead: the fix was made in a second worktree or on a branch left again), regression (the learner added a test that passes on their code and on a correct fix, and
fails when the code behaves as the original, whatever its text), committed (a branch holds the
fix and such a test), intact (the original tests are unchanged, nothing skipped). Whether the commits are clean (scope) is a rubric item of Dana's
(hygiene.lua): it costs its points without holding up the review of a working fix."""
import ast
import base64
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import base_commit, branch_tips, fail, git, internal  # noqa: E402
sys.path.append("/checks/_shared")
import forked  # noqa: E402

ETA = "svc/eta.py"
# (function, args, expected ISO date); every correct fix gives these, a special case for the
# ticket's one example does not.
HIDDEN = [
    ("add", ["2024-10-04", 1], "2024-10-07"),             # Friday + 1 -> Monday
    ("add", ["2024-10-03", 3], "2024-10-08"),             # Thursday + 3 -> Tuesday
    ("add", ["2024-10-05", 1], "2024-10-07"),             # from a Saturday
    ("add", ["2024-10-06", 1], "2024-10-07"),             # from a Sunday
    ("add", ["2024-10-09", 5], "2024-10-16"),             # a whole week
    ("add", ["2024-10-04", 0], "2024-10-04"),
    ("add_hol", ["2024-12-20", 3], "2024-12-27"),         # weekend and two holidays
    ("promise", ["2024-10-03T14:10", "ParcelNow"], "2024-10-07"),   # the ticket's parcel
    ("promise", ["2024-10-04T16:30", "RoadRunner"], "2024-10-07"),  # after the cutoff on a Friday
    ("promise", ["2024-10-11T09:00", "Cargola"], "2024-10-18"),
    ("promise", ["2024-12-19T15:00", "SwiftPost"], "2024-12-27"),   # default holidays
    ("business", ["2024-10-05"], False),
    ("business", ["2024-10-07"], True),
]

NAMES = {"add": "add_business_days", "add_hol": "add_business_days with holidays on 25 and 26 Dec",
         "promise": "promised_date", "business": "is_business_day"}

PROBE = r"""
import json, sys
sys.path.insert(0, ".")
from datetime import date, datetime
try:
    from svc.eta import add_business_days, promised_date, is_business_day
except Exception as e:
    print(json.dumps({"import": "%s: %s" % (type(e).__name__, e)})); sys.exit()
out = []
for kind, args, _ in json.loads(sys.argv[1]):
    try:
        if kind == "add":
            r = add_business_days(date.fromisoformat(args[0]), args[1])
        elif kind == "add_hol":
            r = add_business_days(date.fromisoformat(args[0]), args[1], {date(2024, 12, 25), date(2024, 12, 26)})
        elif kind == "promise":
            r = promised_date(datetime.fromisoformat(args[0]), args[1])
        else:
            r = is_business_day(date.fromisoformat(args[0]))
        out.append(r if isinstance(r, bool) else (r.isoformat() if hasattr(r, "isoformat") else repr(r)))
    except Exception as e:
        out.append("raises %s" % type(e).__name__)
print(json.dumps({"results": out}))
"""


def extract(rev, paths, dest, from_base=False):
    data = git("archive", rev, "--", *paths, base=from_base, binary=True)
    subprocess.run(["tar", "-x", "-C", dest], input=data, check=False)


def tree(svc_from, tests_from, base, behaves=None):
    """A temp folder with svc/ and tests/ each from 'worktree', 'base' or a commit, and the
    original pyproject.toml. behaves (python source) is run at the end of svc/eta.py, in its
    namespace: the module then behaves as that source, whatever its text says (see swapped)."""
    d = tempfile.mkdtemp()
    for part, src in (("svc", svc_from), ("tests", tests_from)):
        if src == "worktree":
            if not os.path.isdir(part):
                fail("the %s/ folder is gone" % part)
            shutil.copytree(part, os.path.join(d, part),
                            ignore=shutil.ignore_patterns("__pycache__", "conftest.py"))
        else:
            extract(base if src == "base" else src, [part], d, from_base=src == "base")
    extract(base, ["pyproject.toml"], d, from_base=True)
    if behaves is not None:
        os.makedirs(os.path.join(d, "svc"), exist_ok=True)
        with open(os.path.join(d, ETA), "a", encoding="utf-8") as f:
            f.write(swapped(behaves))
    # only tests of the service count here: a test of another change (Tom's purge script, if the
    # learner's branch holds it) needs files this tree does not have
    for root, _, files in os.walk(os.path.join(d, "tests")):
        for name in files:
            path = os.path.join(root, name)
            if name.startswith("test") and name.endswith(".py"):
                with open(path, encoding="utf-8", errors="replace") as f:
                    if "svc" not in f.read():
                        os.remove(path)
    return d


CHECKS_DIR = sys.path[0]


def in_fork(d, session, timeout):
    """(exit code, stdout, stderr) of session(pytest) run as `python3 -I` started in folder d would
    run it (subprocess.run(..., cwd=d, capture_output=True, text=True, timeout=timeout)). Importing
    pytest costs more than these suites, so it is imported once, here (from the system: -I keeps
    the learner's folder off sys.path), and each session is a fork of this process (forked.py)."""
    import pytest

    def session_in_child():
        sys.path.remove(CHECKS_DIR)   # a new interpreter has no /checks on its path
        return session(pytest)
    return forked.run(session_in_child, d, timeout, ["python3", "-I", "-m", "pytest"])


def pytest(d, extra=()):
    """(returncode, failed node ids, last line) of the suite in d, no conftest, no cache."""
    def session(pytest):
        sys.argv = [os.path.join(os.path.dirname(pytest.__file__), "__main__.py"),
                    "-q", "-rf", "-p", "no:cacheprovider", "--noconftest", *extra]
        return pytest.console_main()
    code, stdout, stderr = in_fork(d, session, 120)
    failed = [l.split()[1] for l in stdout.splitlines() if l.startswith(("FAILED ", "ERROR "))]
    tail = ([l for l in (stdout + stderr).splitlines() if l.strip()] or ["no output"])[-1]
    return code, failed, tail


def original_test_ids(base):
    """pytest node ids of the original test functions, read from the base commit (no pytest run)."""
    ids = set()
    for path in git("ls-tree", "-r", "--name-only", base, "--", "tests", base=True).split():
        if path.endswith(".py"):
            for name in test_functions(git("show", "%s:%s" % (base, path), base=True)) or {}:
                ids.add("%s::%s" % (path, name))
    return ids


def judge_code(svc_from, base, where):
    """FAIL lines (a list) for the code in svc_from against the original tests and the hidden cases."""
    d = tree(svc_from, "base", base)
    code, failed, tail = pytest(d)
    if code != 0:
        if failed:
            return ["%s: the original test %s fails" % (where, f) for f in failed[:3]]
        return ["%s: the test suite does not run cleanly: %s" % (where, tail)]
    r = subprocess.run([sys.executable, "-I", "-c", PROBE, json.dumps(HIDDEN)], cwd=d, capture_output=True,
                       text=True, timeout=60)
    try:
        got = json.loads(r.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        return ["%s: svc/eta.py could not be run: %s" % (where, (r.stderr.strip().splitlines() or ["?"])[-1])]
    if "import" in got:
        return ["%s: svc/eta.py does not import: %s" % (where, got["import"])]
    for (kind, args, want), have in zip(HIDDEN, got["results"]):
        if have != want:
            what = "%s(%s)" % (NAMES[kind], ", ".join(map(str, args)))
            return ["%s: %s gives %s, expected %s: the fix must hold for every day of the week, not only the "
                    "ticket's example" % (where, what, have, want)]
    return []


def swapped(source):
    """A tail for svc/eta.py that makes the module behave as source: source runs, encoded, in
    the module's namespace and rebinds every function and constant. The text before it stays as
    it was, so a test that reads the file instead of calling the code cannot tell the difference."""
    blob = base64.b64encode(zlib.compress(source.encode("utf-8"))).decode("ascii")
    return '\n\nexec(__import__("zlib").decompress(__import__("base64").b64decode("%s")).decode("utf-8"))\n' % blob


def correct_fix(base):
    """The original svc/eta.py with SHIP-231 fixed (Saturday is no business day)."""
    src = git("show", "%s:%s" % (base, ETA), base=True)
    fixed = src.replace("day.weekday() < 6", "day.weekday() < 5")
    if fixed == src:
        internal("the original %s no longer has the bug this check fixes" % ETA)
    return fixed


class Failed:
    """pytest plugin: the node ids that failed (a test, its setup or teardown, or a file's collection)."""
    def __init__(self):
        self.ids = []

    def pytest_runtest_logreport(self, report):
        if report.failed and report.nodeid not in self.ids:
            self.ids.append(report.nodeid)

    def pytest_collectreport(self, report):
        if report.failed:
            self.ids.append(report.nodeid)


def failed_in(d, ids):
    """(ids of the tests that fail in folder d, among ids (all when empty), or None when the run
    stopped before it finished; stdout; stderr)."""
    def session(pytest):
        failed = Failed()
        pytest.main(["-q", "-p", "no:cacheprovider", "--noconftest", *ids], plugins=[failed])
        sys.stdout.flush()
        print("\n" + json.dumps(failed.ids))
        return 0
    _, stdout, stderr = in_fork(d, session, 240)
    try:
        return list(json.loads(stdout.strip().splitlines()[-1])), stdout, stderr
    except (ValueError, IndexError, TypeError):
        return None, stdout, stderr


def regression_tests(svc_from, tests_from, base):
    """(the learner's new tests, from tests_from, that exercise SHIP-231, FAIL lines for new tests
    that only seem to). A regression test must fail when the code behaves as before the fix and
    pass on any correct fix. So each new test runs twice: on the learner's svc/ whose eta.py
    keeps its text but behaves as the original (a test that reads the source instead of calling
    it passes there), and on the original text behaving as a correct fix (a test of how the fix
    is written, not of what it does, fails there)."""
    unfixed = tree(svc_from, tests_from, base, behaves=git("show", "%s:%s" % (base, ETA), base=True))
    fixed = tree("base", tests_from, base, behaves=correct_fix(base))
    orig = original_test_ids(base)
    failed, out, err = failed_in(unfixed, [])
    candidates = [f for f in failed or [] if f not in orig]
    failed_fixed = set()
    if failed is not None and candidates:
        failed_fixed, out2, err2 = failed_in(fixed, candidates)
        out, err = out + out2, err + err2
    if failed is None or failed_fixed is None:
        return [], ["your tests stop the test run before it finishes: %s" % ((out + err).strip().splitlines()
                                                                          or ["no output"])[-1][:200]]
    real = [f for f in candidates if f not in failed_fixed]
    wrong = ["your new test %s fails on a correct fix too (one written differently from yours): a regression "
             "test checks what the code does (call promised_date, add_business_days...), not how it is written, "
             "and it must run" % f for f in candidates if f in failed_fixed]
    return real, wrong


NO_REGRESSION_TEST = ("no new test fails when svc/eta.py behaves as before the fix: add a test that reproduces "
                      "SHIP-231 by calling the code (e.g. promised_date for the ticket's parcel), not by reading "
                      "the file's text; it must fail before the fix and pass after it")


def own_tests_problems(base):
    """FAIL lines when the learner's tests do not pass on the learner's code (working tree)."""
    code, failed, tail = pytest(tree("worktree", "worktree", base))
    if code == 0:
        return []
    return ["your test %s fails on your own code" % f for f in failed[:2]] or \
        ["the tests do not run cleanly with your code: %s" % tail]


def test_functions(src):
    try:
        mod = ast.parse(src)
    except SyntaxError:
        return None
    return {n.name: ast.dump(n) for n in ast.walk(mod) if isinstance(n, ast.FunctionDef) and n.name.startswith("test")}


WEAKEN = re.compile(r"pytest\.mark\.(skip|xfail)|pytest\.(skip|xfail)\(|monkeypatch|unittest\.mock|__import__")


def intact_problems(read, where, base):
    """FAIL lines when a version of the tests (read(path) -> text or None) changed an original test."""
    bad = []
    for path in git("ls-tree", "-r", "--name-only", base, "--", "tests", base=True).split():
        if not path.endswith(".py"):
            continue
        orig = test_functions(git("show", "%s:%s" % (base, path), base=True)) or {}
        mine_src = read(path)
        if mine_src is None:
            if orig:
                bad.append("%s: %s was deleted" % (where, path))
            continue
        mine = test_functions(mine_src)
        if mine is None:
            bad.append("%s: %s no longer parses" % (where, path))
            continue
        for name, dump in orig.items():
            if mine.get(name) != dump:
                bad.append("%s: the existing test %s in %s was changed or removed: it was right, the code was wrong"
                           % (where, name, path))
        if WEAKEN.search(mine_src) and not WEAKEN.search(git("show", "%s:%s" % (base, path), base=True)):
            bad.append("%s: %s now skips tests or patches the code under test" % (where, path))
    return bad


def worktree_read(path):
    try:
        with open(path, encoding="utf-8") as f:
            return f.read()
    except OSError:
        return None


def commit_read(sha):
    def read(path):
        out = subprocess.run(["git", "-c", "safe.directory=*", "show", "%s:%s" % (sha, path)], capture_output=True)
        return out.stdout.decode("utf-8", "replace") if out.returncode == 0 else None
    return read


def untouched(base):
    """True when the working tree's svc/ and tests/ hold exactly the files of the base commit: the
    learner did SHIP-231 elsewhere (a second `git worktree`, or a branch and back to main)."""
    want = set(p for p in git("ls-tree", "-r", "-z", "--name-only", base, "--", "svc", "tests",
                              base=True).split("\0") if p)
    have = set()
    for part in ("svc", "tests"):
        for root, dirs, files in os.walk(part):
            dirs[:] = [d for d in dirs if d != "__pycache__"]
            have.update(os.path.join(root, name) for name in files)
    if have != want:
        return False
    for path in want:
        try:
            with open(path, "rb") as f:
                if f.read() != git("show", "%s:%s" % (base, path), base=True, binary=True):
                    return False
        except OSError:
            return False
    return True


def on_a_branch(mode, base):
    """For fixed and regression when the working tree is untouched: the learner's code is then on
    their branches (the review is of a branch). None when no branch holds commits of theirs, else
    the FAIL lines of the best branch ([] when one passes)."""
    tips = branch_tips(base)
    if not tips:
        return None
    reasons = []
    for name, sha in tips:
        if mode == "fixed":
            problems = judge_code(sha, base, "branch %s" % name)
        else:
            code, failed, tail = pytest(tree(sha, sha, base))
            problems = [] if code == 0 else (["branch %s: your test %s fails on your own code" % (name, f)
                                              for f in failed[:2]]
                                             or ["branch %s: the tests do not run cleanly: %s" % (name, tail)])
            if not problems:
                real, wrong = regression_tests(sha, sha, base)
                if not real:
                    problems = ["branch %s: %s" % (name, w) for w in wrong[:2]] or \
                        ["branch %s: %s" % (name, NO_REGRESSION_TEST)]
        if not problems:
            return []
        reasons += problems
    return reasons


def mode_committed(base):
    tips = branch_tips(base)
    if not tips:
        fail("the fix is not committed: commit it (on main before the freeze, on a branch such as fix/SHIP-231 after it)")
    reasons = []
    for name, sha in tips:
        problems = judge_code(sha, base, "branch %s" % name)
        if not problems:
            real, wrong = regression_tests(sha, sha, base)
            if not real:
                problems = ["branch %s: %s" % (name, w) for w in wrong[:2]] or \
                    ["branch %s has the fix but not a test that fails without it (%s)" % (name, NO_REGRESSION_TEST)]
        if not problems:
            sys.exit(0)
        reasons += problems
    for r in reasons[:3]:
        print("FAIL: " + r)
    sys.exit(1)


def main():
    mode = sys.argv[1]
    if not git("rev-parse", "-q", "--verify", "HEAD").strip():
        fail("this folder is no longer a git repository with commits")
    base = base_commit()
    # the fix made and committed in a second worktree (or on a branch, then back to main): the
    # working tree is main as it was, the work is on the branch (solution/alt-worktree-fixup-autosquash)
    elsewhere = on_a_branch(mode, base) if mode in ("fixed", "regression") and untouched(base) else None
    if elsewhere is not None:
        problems = elsewhere
    elif mode == "fixed":
        problems = judge_code("worktree", base, "your code")
    elif mode == "regression":
        problems = own_tests_problems(base)
        if not problems:
            real, wrong = regression_tests("worktree", "worktree", base)
            if not real:
                problems = wrong or [NO_REGRESSION_TEST]
    elif mode == "intact":
        problems = intact_problems(worktree_read, "your files", base)
        for name, sha in branch_tips(base):
            problems += intact_problems(commit_read(sha), "branch " + name, base)
    elif mode == "committed":
        mode_committed(base)
        return
    else:
        fail("internal: unknown mode " + mode, 2)
    for p in problems[:4]:
        print("FAIL: " + p)
    sys.exit(1 if problems else 0)


main()
