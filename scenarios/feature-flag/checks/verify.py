"""Checks for feature-flag, run as `python3 -I /checks/verify.py MODE` in a check sandbox.

The learner never sees this file. shipping_cost is called with the checks' own flag files, the
original tests come from the setup commit ($WORKSIM_BASE_COMMIT), and the learner's tests are
graded by mutation: they must fail against subtly wrong implementations of the feature.
Modes: off, on, express, config, dark, tests, committed (the commits' tidiness is hygiene.lua's,
a rubric item, so it never holds up the review).
"""
import ast
import importlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.append("/checks/_shared")
import forked  # noqa: E402
import honest_git  # noqa: E402

# The behaviour, as a reference; the mutants are this with one deliberate mistake each.
REFERENCE = '''from decimal import Decimal
from . import flags
RATES = {"DE": Decimal("4.90"), "AT": Decimal("6.90"), "NL": Decimal("6.90"), "BE": Decimal("6.90"), "FR": Decimal("7.90")}
EXPRESS_SURCHARGE = Decimal("9.00")
def free_shipping_min():
    return Decimal(str(flags.get("free_shipping_min_eur", "50.00")))
def shipping_cost(subtotal, country, express=False):
    if country not in RATES:
        raise ValueError(f"we don't ship to {country!r}")   # the message shipping.py has always raised
    cost = RATES[country]
    if flags.is_enabled("free_shipping") and subtotal >= free_shipping_min():
        cost = Decimal("0.00")
    if express and flags.is_enabled("express_delivery"):
        cost += EXPRESS_SURCHARGE
    return cost
'''


# The same behaviour written another way, a second control: no text a test could look for in the
# source (`>=`, the flag's or the key's name in one piece, `cost = Decimal("0.00")`) is in it, and
# the module-level names are the reference's (so a test that patches shipping.flags still works).
# Tests that pass against the reference and fail against this one read how shipping.py is
# written, not what shipping_cost returns; every mutant is the reference with one change, so such
# tests "catch" them all.
OTHER_WAY = '''from decimal import Decimal
from . import flags
RATES = {"DE": Decimal("4.90"), "AT": Decimal("6.90"), "NL": Decimal("6.90"), "BE": Decimal("6.90"), "FR": Decimal("7.90")}
EXPRESS_SURCHARGE = Decimal("9.00")
_FLAG, _KEY = "free_" + "shipping", "free_" + "shipping" + "_min_eur"
def free_shipping_min():
    value = flags.get(_KEY)
    return Decimal(50).quantize(Decimal("0.01")) if value is None else Decimal(str(value))
def shipping_cost(subtotal, country, express=False):
    try:
        parcel = RATES[country]
    except KeyError:
        raise ValueError("we don" + "'t ship to %r" % (country,)) from None
    waived = flags.is_enabled(_FLAG) and not subtotal < free_shipping_min()
    extra = EXPRESS_SURCHARGE if express and flags.is_enabled("express_" + "delivery") else Decimal(0)
    return (parcel - parcel if waived else parcel) + extra
'''


# Appended to the reference and each mutant: a name the learner's own shipping.py defines and
# the reference does not (a FREE_SHIPPING_MIN constant, a qualifies_for_free_shipping() helper
# their tests import next to shipping_cost) comes from their module, kept beside it as
# shop/_learner_shipping.py. The control then judges what shipping_cost does, not which names
# the learner chose; the mutants still differ only in shipping_cost.
LEARNER_NAMES = '''

def __getattr__(name):
    if name.startswith("__"):
        raise AttributeError(name)
    import importlib
    return getattr(importlib.import_module(__package__ + "._learner_shipping"), name)
'''


PROBE = r'''
import json, sys
from decimal import Decimal
sys.path.insert(0, ".")
out = []
try:
    from shop.shipping import shipping_cost
except Exception as e:
    print(json.dumps(["import", "%s: %s" % (type(e).__name__, e)])); sys.exit()
for sub, country, express in json.loads(sys.argv[1]):
    try:
        out.append(str(shipping_cost(Decimal(sub), country, express)))
    except Exception as e:
        out.append("raises " + type(e).__name__)
print(json.dumps(out))
'''


# Ops flip flags in the running service: one process, the flags file rewritten between calls.
FLIP = r'''
import json, os, sys
from decimal import Decimal
sys.path.insert(0, ".")
path = os.environ["SHOP_FLAGS"]
with open(path, "w") as f:
    json.dump({"free_shipping": False}, f)
from shop.shipping import shipping_cost
out = []
for values in ({"free_shipping": False}, {"free_shipping": True}, {"free_shipping": False}):
    with open(path, "w") as f:
        json.dump(values, f)
    out.append(str(shipping_cost(Decimal("60.00"), "DE")))
print(json.dumps(out))
'''


def flip_at_runtime():
    d = tempfile.mkdtemp()
    env = dict(os.environ, SHOP_FLAGS=os.path.join(d, "flags.json"))
    r = subprocess.run(["python3", "-I", "-c", FLIP], env=env, capture_output=True, text=True, timeout=30)
    try:
        got = json.loads(r.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        fail("shop.shipping could not be run with a flag flipped at runtime: %s" % (r.stderr.strip().splitlines() or ["?"])[-1])
    from decimal import Decimal, InvalidOperation
    try:
        same = [Decimal(x) for x in got] == [Decimal("4.90"), Decimal("0.00"), Decimal("4.90")]
    except InvalidOperation:
        same = False
    if not same:
        fail("ops flip flags while the service runs: in one process, switching free_shipping on and off again "
             "must take effect on the next call; got %s for 60.00 DE. Read the flag on every call, never once at "
             "import" % ", ".join(got))


def fail(msg):
    print("FAIL: " + msg)
    sys.exit(1)


def git(*a):
    return subprocess.run(["git", "-c", "safe.directory=*"] + list(a), capture_output=True, text=True)


base = os.environ.get("WORKSIM_BASE_COMMIT", "").strip()
if not base or git("cat-file", "-e", base + "^{commit}").returncode != 0:
    print("FAIL: internal: the run's base commit is unknown")
    sys.exit(2)


def judge_delivered_branch():
    """A learner who committed on a branch and then switched back to main (or worked in a second
    worktree) hands in main as it was, with the work on the branch: when HEAD is still the setup
    commit and the working tree is clean, the branch with the newest commit of theirs is checked
    out in this throwaway copy and judged (solution/alt-runner-script-fixup-branch-then-main.lua). The
    scenario's hooks pick the same commit (scenario.lua, delivered)."""
    if git("rev-parse", "HEAD").stdout.strip() != base:
        return
    if git("status", "--porcelain", "--untracked-files=all").stdout.strip():
        return
    refs = git("for-each-ref", "--sort=-committerdate", "--format=%(objectname)", "refs/heads").stdout.split()
    for sha in refs:
        if git("rev-list", "-n", "1", "%s..%s" % (base, sha)).stdout.strip():
            git("checkout", "-q", "-f", "--detach", sha)
            return


judge_delivered_branch()


def test_functions(src):
    try:
        tree = ast.parse(src)
    except SyntaxError:
        return None
    return {n.name: ast.dump(n) for n in ast.walk(tree) if isinstance(n, ast.FunctionDef) and n.name.startswith("test")}


def conftest_additions():
    """HEAD's tests/conftest.py when it only adds to the setup's: every statement of the setup's
    file still there, unchanged and in order, and the new ones only imports and functions (a
    fixture of the learner's) that replace no name the file had and hook nothing (no pytest_*).
    Then the learner's own tests may use their fixture: the check copy has the protected file as it
    was at the start, and this puts their addition back. None otherwise (unchanged, or changed)."""
    old, new = git("show", "%s:tests/conftest.py" % base), git("show", "HEAD:tests/conftest.py")
    if old.returncode != 0 or new.returncode != 0 or old.stdout == new.stdout:
        return None
    try:
        before, after = ast.parse(old.stdout).body, ast.parse(new.stdout).body
    except SyntaxError:
        return None
    names = {n.name for n in before if isinstance(n, (ast.FunctionDef, ast.ClassDef))}
    want = [ast.dump(n) for n in before]
    for node in after:
        if want and ast.dump(node) == want[0]:
            want.pop(0)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            continue
        elif not isinstance(node, ast.FunctionDef) or node.name.startswith("pytest_") or node.name in names:
            return None
    return None if want else new.stdout


def put_back_fixtures():
    """Puts the learner's additive tests/conftest.py (conftest_additions) into this check's copy,
    whose writes vanish with it; returns it (or None)."""
    added = conftest_additions()
    if added:
        path = os.path.join("tests", "conftest.py")
        if os.path.exists(path):
            os.remove(path)   # the protected file may be a read-only link to the start's
        with open(path, "w", encoding="utf-8") as f:
            f.write(added)
    return added


def test_setup(path, text):
    """What of a file is the tests' setup. For pyproject.toml that is what pytest reads from it
    ([tool.pytest*] and a pytest11 plugin entry point): a version bump or a new dependency is
    outside CHK-204's scope (hygiene.lua's item), not a change to how the tests run. A file that
    does not parse is compared whole."""
    if path != "pyproject.toml":
        return text
    try:
        import tomllib
        doc = tomllib.loads(text)
    except Exception:
        return text
    project = doc.get("project") if isinstance(doc.get("project"), dict) else {}
    entry = project.get("entry-points") if isinstance(project.get("entry-points"), dict) else {}
    tool = doc.get("tool") if isinstance(doc.get("tool"), dict) else {}
    return json.dumps({"pytest": tool.get("pytest"), "pytest11": entry.get("pytest11")}, sort_keys=True, default=str)


def mine_intact_problems():
    """The existing tests and the test setup, as in the setup commit, must still be in HEAD."""
    bad = []
    for path in git("ls-tree", "-r", "--name-only", base, "--", "tests", "pyproject.toml").stdout.split():
        old, new = git("show", "%s:%s" % (base, path)).stdout, git("show", "HEAD:%s" % path)
        if new.returncode != 0:
            bad.append("%s was deleted in your commits: existing tests stay as they are" % path)
        elif path.endswith("conftest.py") or not path.endswith(".py"):
            if test_setup(path, new.stdout) != test_setup(path, old) and not (path == "tests/conftest.py" and conftest_additions()):
                bad.append("%s was changed: existing tests and their setup stay as they are" % path)
        else:
            mine = test_functions(new.stdout) or {}
            for name, dump in (test_functions(old) or {}).items():
                if mine.get(name) != dump:
                    bad.append("the existing test %s in %s was changed or removed: add new tests instead" % (name, path))
    return bad


def pytest_child(pytest, folder, args, out_path):
    """Becomes `PYTHONDONTWRITEBYTECODE=1 python3 -m pytest ARGS` started in folder; never returns."""
    def pytest_main():
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(os.open(out_path, os.O_WRONLY) if out_path else devnull, 1)
        os.dup2(devnull, 2)
        os.chdir(folder)
        os.environ["PYTHONDONTWRITEBYTECODE"] = "1"
        sys.dont_write_bytecode = True
        sys.path.insert(0, os.getcwd())   # where -m puts the folder it starts in
        importlib.invalidate_caches()
        sys.argv = [os.path.join(os.path.dirname(pytest.__file__), "__main__.py")] + args
        return pytest.console_main()
    forked.become_child(pytest_main)


def pytest_runs(runs, timeout=None):
    """[(exit code, stdout)] of `python3 -m pytest ARGS` in each (folder, ARGS, capture stdout), run
    in parallel. A fresh interpreter importing pytest costs more than these tests, so pytest is
    imported once, here (from the system: -I keeps the learner's folder off sys.path), and each run
    is a fork of this process: the learner's code runs only in the children, and the verdict rests
    on their exit statuses (from waitpid), as it did with a process per run."""
    import pytest
    children = []
    for folder, args, capture in runs:
        out_path = tempfile.mkstemp()[1] if capture else None
        sys.stdout.flush()
        pid = os.fork()
        if pid == 0:
            pytest_child(pytest, folder, args, out_path)
        children.append((pid, out_path))
    results = []
    for pid, out_path in children:
        code, out = forked.wait(pid, timeout, ["python3", "-m", "pytest"]), ""
        if out_path:
            with open(out_path, "rb") as f:
                out = forked.text_of(f.read())
        results.append((code, out))
    return results


def new_tests_that_run():
    """The tests new or changed since the base that pytest really runs (passed or failed, not
    skipped or xfail), read from `pytest -rA` on the committed suite (nothing is left
    uncommitted when this is asked)."""
    (_, out), = pytest_runs([(os.getcwd(), ["-q", "-rA", "-p", "no:cacheprovider"], True)], timeout=100)
    ran = []
    for line in out.splitlines():
        m = re.match(r"(PASSED|FAILED|ERROR) (tests/[\w/]+\.py)::(?:\w+::)?(\w+)", line)
        if m:
            path, name = m.group(2), m.group(3)
            old = test_functions(git("show", "%s:%s" % (base, path)).stdout) or {}
            mine = test_functions(git("show", "HEAD:%s" % path).stdout) or {}
            if name not in old or old[name] != mine.get(name):
                ran.append(name)
    return ran


def commits():
    return [c for c in git("rev-list", base + "..HEAD").stdout.split() if c]


def main(mode):
    def fail(msg):
        print("FAIL: " + msg); sys.exit(1)
    def git(*a):
        return subprocess.run(["git", "-c", "safe.directory=*"] + list(a), capture_output=True, text=True)
    def probe(flag_values, cases, root="."):
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
            json.dump(flag_values, f)
        env = dict(os.environ, SHOP_FLAGS=f.name, PYTHONDONTWRITEBYTECODE="1")
        r = subprocess.run(["python3", "-I", "-c", PROBE, json.dumps(cases)], cwd=root, env=env, capture_output=True, text=True, timeout=30)
        try:
            res = json.loads(r.stdout.strip().splitlines()[-1])
        except Exception:
            fail("shop.shipping could not be run: %s" % (r.stderr.strip().splitlines() or ["no output"])[-1])
        if res and res[0] == "import":
            fail("shop/shipping.py does not import: %s" % res[1])
        return res
    def same(a, b):
        from decimal import Decimal, InvalidOperation
        try:
            return Decimal(a) == Decimal(b)
        except (InvalidOperation, TypeError):
            return a == b
    def expect(flag_values, cases, why):
        got = probe(flag_values, [c[:3] for c in cases])
        for c, g in zip(cases, got):
            if not same(g, c[3]):
                sub, country, express, want = c
                fail("%s: shipping_cost(%s, %s%s) gave %s, expected %s" % (
                    why, sub, country, ", express=True" if express else "", g, want))
    if mode == "off":
        for fv in ({}, {"free_shipping": False}, {"free_shipping": False, "free_shipping_min_eur": 10}):
            expect(fv, [("60.00", "DE", False, "4.90"), ("120.00", "FR", False, "7.90"), ("20.00", "DE", False, "4.90")],
                   "with free_shipping off (%s) nothing may change" % json.dumps(fv))
        expect({"express_delivery": True}, [("60.00", "DE", True, "13.90")], "with free_shipping off, express must cost as before")
        d = tempfile.mkdtemp()
        shutil.copytree("shop", d + "/shop")
        arch = subprocess.run(["git", "-c", "safe.directory=*", "archive", base, "tests", "pyproject.toml"], capture_output=True)
        subprocess.run(["tar", "-x", "-C", d], input=arch.stdout)
        r = subprocess.run(["python3", "-m", "pytest", "-q", "-p", "no:cacheprovider"], cwd=d, capture_output=True, text=True)
        if r.returncode != 0:
            failed = [l.split()[1] for l in r.stdout.splitlines() if l.startswith("FAILED")]
            fail("the original tests fail against your code: %s" % (", ".join(failed[:3]) or r.stdout.strip().splitlines()[-1]))
        sys.exit(0)
    elif mode == "on":
        expect({"free_shipping": True}, [
            ("50.00", "DE", False, "0.00"), ("120.00", "FR", False, "0.00"), ("49.99", "DE", False, "4.90"),
            ("10.00", "AT", False, "6.90"), ("60.00", "US", False, "raises ValueError")],
            "with free_shipping on, orders of 50.00 or more ship free")
        expect({"free_shipping": True}, [
            ("50.00", "FR", False, "0.00"), ("49.99", "NL", False, "6.90"), ("1000.00", "BE", False, "0.00"),
            ("75.10", "AT", True, "0.00"), ("0.01", "FR", False, "7.90")],
            "with free_shipping on, every country ships free from 50.00 (and express is ignored while express_delivery is off)")
        flip_at_runtime()
        sys.exit(0)
    elif mode == "express":
        expect({"free_shipping": True, "express_delivery": True}, [
            ("60.00", "DE", True, "9.00"), ("20.00", "DE", True, "13.90"), ("60.00", "DE", False, "0.00")],
            "free shipping covers the standard parcel only, express still pays its surcharge (Nora's answer)")
        sys.exit(0)
    elif mode == "config":
        expect({"free_shipping": True, "free_shipping_min_eur": 30}, [("30.00", "DE", False, "0.00"), ("29.99", "DE", False, "4.90")],
               "the threshold must come from free_shipping_min_eur in the flags file (Nora's follow-up)")
        expect({"free_shipping": True, "free_shipping_min_eur": 35.5}, [("35.50", "NL", False, "0.00"), ("35.49", "NL", False, "6.90")],
               "free_shipping_min_eur may be a decimal number")
        sys.exit(0)
    elif mode == "dark":
        bad = 0
        for label, text in (("config/flags.json", open("config/flags.json", encoding="utf-8").read() if os.path.exists("config/flags.json") else None),
                            ("config/flags.json in your last commit", git("show", "HEAD:config/flags.json").stdout or None)):
            if text is None:
                print("FAIL: %s is missing" % label); bad = 1; continue
            try:
                data = json.loads(text)
            except ValueError as e:
                print("FAIL: %s is not valid JSON any more (%s)" % (label, e)); bad = 1; continue
            if data.get("free_shipping") is not False:
                print("FAIL: %s must list the new flag as \"free_shipping\": false: the feature ships dark, ops switch it on" % label); bad = 1
            for k, v in (("new_checkout_banner", True), ("gift_wrap", False), ("express_delivery", False)):
                if data.get(k) is not v:
                    print("FAIL: %s: the existing flag %s was changed" % (label, k)); bad = 1
            m = data.get("free_shipping_min_eur")
            if m is not None and str(m) not in ("50", "50.0", "50.00"):
                print("FAIL: %s sets free_shipping_min_eur to %s; the agreed default is 50.00" % (label, m)); bad = 1
            if bad:
                break
            # dark in behaviour too: the code (working tree, or HEAD's with HEAD's file) with this
            # very file charges what it charged before (a second key that switches it on, say
            # "free_shipping_preview": true, ships it live under a false flag)
            root = "."
            if label != "config/flags.json":
                root = tempfile.mkdtemp()
                arch = subprocess.run(["git", "-c", "safe.directory=*", "archive", "HEAD", "shop"], capture_output=True)
                subprocess.run(["tar", "-x", "-C", root], input=arch.stdout)
            cases = [("60.00", "DE", False, "4.90"), ("120.00", "FR", False, "7.90"), ("75.00", "NL", True, "6.90")]
            got = probe(data, [c[:3] for c in cases], root)
            live = [c for c, g in zip(cases, got) if not same(g, c[3])]
            if live:
                sub, country, express, want = live[0]
                print("FAIL: with %s as it is, shipping_cost(%s, %s%s) gives %s instead of %s: the feature must ship "
                      "dark, nothing may change until ops switch free_shipping on" % (
                          label, sub, country, ", express=True" if express else "", got[cases.index(live[0])], want))
                bad = 1
                break
        sys.exit(bad)
    elif mode == "tests":
        put_back_fixtures()
        (code, out), = pytest_runs([(os.getcwd(), ["-q", "-p", "no:cacheprovider"], True)])
        if code != 0:
            fail("your test suite does not pass: %s" % (out.strip().splitlines() or ["?"])[-1])
        ref = REFERENCE
        mutants = [
            ("ignores the flag (free shipping even when free_shipping is off)", ref.replace('flags.is_enabled("free_shipping") and ', "")),
            ("never gives free shipping, even with the flag on", ref.replace('flags.is_enabled("free_shipping") and ', "False and ")),
            ("gives free shipping only above 50.00, not at exactly 50.00", ref.replace("subtotal >= free_shipping_min()", "subtotal > free_shipping_min()")),
            ("waives the express surcharge too (Nora said express still pays it)", ref.replace(
                "        cost = Decimal(\"0.00\")\n    if express and flags.is_enabled(\"express_delivery\"):\n        cost += EXPRESS_SURCHARGE\n",
                "        cost = Decimal(\"0.00\")\n    if express and flags.is_enabled(\"express_delivery\") and cost:\n        cost += EXPRESS_SURCHARGE\n")),
            ("ignores free_shipping_min_eur (always 50.00)", ref.replace(
                'Decimal(str(flags.get("free_shipping_min_eur", "50.00")))', 'Decimal("50.00")')),
        ]
        assert all(src != ref for _, src in mutants), "internal: a mutant equals the reference"
        runs = []
        # the reference itself goes first, as a control: a suite that fails against a correct
        # shipping_cost written another way tests how shipping.py is written (its text, its
        # hash), not what it does, and then failing on a mutant proves nothing
        mine = open("shop/shipping.py", encoding="utf-8").read() if os.path.exists("shop/shipping.py") else ""
        controls = [ref, OTHER_WAY]
        for i, src in enumerate(controls + [src for _, src in mutants]):   # the runs go in parallel
            d = tempfile.mkdtemp()
            shutil.copytree(".", d + "/w", ignore=shutil.ignore_patterns(".git", "__pycache__", ".pytest_cache"))
            open(d + "/w/shop/shipping.py", "w").write(src + LEARNER_NAMES)
            open(d + "/w/shop/_learner_shipping.py", "w").write(mine)
            runs.append((d + "/w", ["-q", "-x", "-p", "no:cacheprovider"], i < len(controls)))
        results = pytest_runs(runs, timeout=100)
        for control_code, control_out in results[:len(controls)]:
            if control_code != 0:
                fail("your tests fail against a correct shipping_cost written another way (%s): test what "
                     "shipping_cost returns for each case, not how shop/shipping.py is written"
                     % ((control_out.strip().splitlines() or ["?"])[-1]))
        survivors = [what for (what, _), (code, _) in zip(mutants, results[len(controls):]) if code == 0]
        for s in survivors:
            print("FAIL: your tests still pass with a shipping_cost that %s: add a test that catches it" % s)
        sys.exit(1 if survivors else 0)
    elif mode == "committed":
        if not commits():
            fail("nothing is committed yet: commit the feature and its tests")
        # protected paths are put back as they were at the start before a check runs: only what
        # is staged there is the learner's
        dirty = "\n".join(l for l in git(*honest_git.unhide(), "status", "--porcelain", "--untracked-files=all").stdout.splitlines()
                          if l.strip() and not (l[3:] in ("pyproject.toml", "tests/conftest.py") and l[0] in " ?"))
        if dirty:
            fail("not everything is committed (or scratch files are lying around): %s" % ", ".join(l[3:] for l in dirty.splitlines()[:4]))
        # a reviewer's sign-off the learner wrote ("Reviewed-by: Jonas Weber"): Jonas cannot approve
        # a commit that claims his review before he gave it (the same rule as hygiene.lua's)
        for msg in git("log", "--no-color", "--format=%B%x00", base + "..HEAD").stdout.split("\0"):
            for line in msg.splitlines():
                l = line.strip().lower()
                if re.match(r"(reviewed-by|approved-by|acked-by|tested-by|reviewer:|approved by)", l) and \
                        any(c in l for c in ("jonas", "weber", "nora")):
                    fail("a commit says \"%s\": only Jonas can sign his review, and he has not given it yet; "
                         "reword the commit (git commit --amend) and submit again" % line.strip())
        intact = mine_intact_problems()
        if intact:
            fail(intact[0])
        if not git("diff", "--name-only", base, "HEAD", "--", "tests").stdout.strip():
            fail("your commits add no tests")
        put_back_fixtures()
        if not new_tests_that_run():
            fail("none of the tests your commits add runs: a skipped or xfail test checks nothing")
        sys.exit(0)
    else:
        print("FAIL: internal: unknown mode " + mode)
        sys.exit(2)


main(sys.argv[1])
