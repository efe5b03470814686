"""Checks for first-bugfix, run as `python3 -I /checks/verify.py MODE` in a check sandbox.

The learner never sees this file. It trusts only what the engine gives it: the workspace copy
(cwd), the setup commit in $WORKSIM_BASE_COMMIT and the git objects. The original tests are
read from the setup commit, never from the learner's tree, and the code is also tried on
cases the learner never saw (so a special case for the ticket's one example fails).
Modes: fixed, committed, intact, scope, message, clean. Exit 0 passes; FAIL: lines are the
learner's feedback.
"""
import ast
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.append("/checks/_shared")
import honest_git  # noqa: E402

PRICING = "shop/pricing.py"

# (amount, percent, expected) for apply_discount; chosen so that every correct Decimal formula
# (amount * (1 - p/100), amount - amount*p/100, rounding the discount first) gives the same cents.
HIDDEN_DISCOUNTS = [
    ("80.00", "15", "68.00"), ("250.00", "35", "162.50"), ("49.90", "100", "0.00"),
    ("12.34", "0", "12.34"), ("19.99", "15", "16.99"), ("333.33", "10", "300.00"),
    ("100.00", "10", "90.00"), ("250.00", "20", "200.00"),
]
# (country, coupon, [(unit price, qty)], expected total) for order_total
HIDDEN_ORDERS = [
    ("FR", "STAFF35", [("40.00", 2), ("19.99", 1)], "77.99"),
    ("IT", "SPRING20", [("9.95", 4)], "38.84"),
    ("NL", None, [("15.00", 1)], "18.15"),
]

# The original suite uses nothing of pytest but plain asserts and pytest.raises, so it runs here,
# in a fork of this interpreter, with a stand-in for that one helper: importing pytest costs more
# than the tests and the hidden cases together. A suite that reaches for anything else of pytest
# stops the check as an internal error (the stand-in must grow), never as the learner's failure.
class PytestStandIn:
    """What the original tests use of pytest: pytest.raises(Exception, match=...) as a context."""
    class _Raises:
        def __init__(self, expected, match=None):
            self.expected, self.match = expected, match

        def __enter__(self):
            return self

        def __exit__(self, kind, value, tb):
            if kind is None:
                raise AssertionError("DID NOT RAISE %r" % (self.expected,))
            if not issubclass(kind, self.expected):
                return False
            if self.match is not None and not re.search(self.match, str(value)):
                raise AssertionError("Regex pattern did not match: %r in %r" % (self.match, str(value)))
            return True

    def __init__(self):
        self.unsupported = []

    def module(self):
        import types
        mod = types.ModuleType("pytest")
        mod.raises = self._Raises

        def missing(name):
            if sys._getframe(1).f_globals.get("__name__", "").startswith("tests."):
                self.unsupported.append(name)   # the original tests need more (the learner's code cannot add here)
            raise AttributeError("pytest." + name)
        mod.__getattr__ = missing
        return mod


def suite_collect(d):
    """(file, module name) of the test modules pytest would collect under tests/ (testpaths)."""
    names = sorted(n for n in os.listdir(os.path.join(d, "tests"))
                   if n.endswith(".py") and (n.startswith("test_") or n.endswith("_test.py")))
    return [("tests/" + n, "tests." + n[:-3]) for n in names]


def run_probe(discounts, orders, out):
    """The hidden cases on the learner's code, recorded in out (what each call returned)."""
    try:
        from decimal import Decimal
        from shop.pricing import apply_discount, order_total
        from shop.models import Order
    except BaseException as e:
        out["import"] = "%s: %s" % (type(e).__name__, e)
        return
    for amount, percent in discounts:
        try:
            r = apply_discount(Decimal(amount), Decimal(percent))
            out["discounts"].append([type(r).__name__, str(r)])
        except BaseException as e:
            out["discounts"].append(["raises", type(e).__name__])
    for country, coupon, items in orders:
        try:
            o = Order(country, coupon=coupon)
            for price, qty in items:
                o.add("SKU", price, qty)
            r = order_total(o)
            out["orders"].append([type(r).__name__, str(r)])
        except BaseException as e:
            out["orders"].append(["raises", type(e).__name__])


def run_suite(d, out):
    """Every test of the original suite, as pytest collects and runs them; failures recorded in out."""
    import importlib
    import types
    stand_in = PytestStandIn()
    sys.modules["pytest"] = stand_in.module()
    out["unsupported"] = stand_in.unsupported
    for path, name in suite_collect(d):
        try:
            mod = importlib.import_module(name)
        except BaseException as e:
            out["errors"].append("ERROR collecting %s: %s: %s" % (path, type(e).__name__, e))
            continue
        tests = []
        for attr, obj in list(vars(mod).items()):
            if attr.startswith("test") and isinstance(obj, types.FunctionType):
                tests.append((attr, obj))
            elif attr.startswith("Test") and isinstance(obj, type):
                for meth in [m for m in vars(obj) if m.startswith("test") and callable(getattr(obj, m))]:
                    tests.append(("%s::%s" % (attr, meth), lambda cls=obj, m=meth: getattr(cls(), m)()))
        for attr, fn in tests:
            try:
                fn()
            except BaseException:
                out["failed"].append("%s::%s" % (path, attr))


def run_suite_and_probe(d, discounts, orders):
    """In the fork (d is the cwd): the hidden cases first (inputs only: the expected values stay in
    the parent), while nothing of the tests or pytest is loaded, as in a process of their own; then
    the original suite. Returns the verdict as a dict."""
    sys.path.insert(0, d)
    sys.argv = [os.path.join(d, "probe")]
    out = {"failed": [], "errors": [], "discounts": [], "orders": [], "unsupported": []}
    run_probe(discounts, orders, out)
    run_suite(d, out)
    return out


def verdict_of_fork(d, timeout):
    """Forks; the child runs run_suite_and_probe in d, its output and the learner's prints going
    to /dev/null, and sends back the verdict as JSON on a pipe. None when the child died, hung or
    sent something else: only a complete verdict from the child counts."""
    import signal
    import time
    discounts = [(a, p) for a, p, _ in HIDDEN_DISCOUNTS]
    orders = [(c, k, items) for c, k, items, _ in HIDDEN_ORDERS]
    r, w = os.pipe()
    sys.stdout.flush()
    pid = os.fork()
    if pid == 0:
        code = 1
        try:
            os.close(r)
            devnull = os.open(os.devnull, os.O_RDWR)
            for fd in (0, 1, 2):
                os.dup2(devnull, fd)
            os.chdir(d)
            sys.dont_write_bytecode = True
            for name in ("HIDDEN_DISCOUNTS", "HIDDEN_ORDERS"):
                globals()[name] = None   # the learner's code runs in here: it sees inputs only
            data = json.dumps(run_suite_and_probe(d, discounts, orders)).encode()
            while data:
                data = data[os.write(w, data):]
            code = 0
        finally:
            os._exit(code)
    os.close(w)
    chunks, deadline = [], time.monotonic() + timeout
    os.set_blocking(r, False)
    import select
    status = None
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            os.close(r)
            return None
        if not select.select([r], [], [], min(left, 0.25))[0]:
            # no end of the pipe yet: a process the learner's code forked may hold it open after
            # the child itself is gone (an import that forks): the child's exit ends the wait, and
            # what it wrote before is read without waiting out the timeout
            done, st = os.waitpid(pid, os.WNOHANG)
            if not done:
                continue
            status = st
            try:
                chunk = os.read(r, 65536)
                while chunk:
                    chunks.append(chunk)
                    chunk = os.read(r, 65536)
            except BlockingIOError:
                pass
            break
        chunk = os.read(r, 65536)
        if not chunk:
            break
        chunks.append(chunk)
    os.close(r)
    if status is None:
        _, status = os.waitpid(pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        return None
    try:
        got = json.loads(b"".join(chunks))
    except ValueError:
        return None
    return got if isinstance(got, dict) else None


def fail(msg):
    print("FAIL: " + msg)
    sys.exit(1)


def git(*args, binary=False):
    r = subprocess.run(["git", "-c", "safe.directory=*"] + list(args), capture_output=True)
    return r.stdout if binary else r.stdout.decode("utf-8", "replace")


# The engine's read-only snapshot of the workspace when the run started: the original tests are
# read from its objects, never from the learner's object store (a forged object could replace them).
BASE_GIT = ["--git-dir=/base/.git"]


def base_commit():
    base = os.environ.get("WORKSIM_BASE_COMMIT", "").strip()
    if not base or subprocess.run(["git", "-c", "safe.directory=*"] + BASE_GIT + ["cat-file", "-e", base + "^{commit}"],
                                  capture_output=True).returncode != 0:
        print("FAIL: internal: the run's base commit is unknown")
        sys.exit(2)
    return base


def extract(rev, paths, dest, from_base=False):
    data = git(*(BASE_GIT if from_base else []), "archive", rev, "--", *paths, binary=True)
    subprocess.run(["tar", "-x", "-C", dest], input=data, check=False)


def learner_commits(base):
    return [c for c in git("rev-list", base + "..HEAD").split() if c]


def tree_with_original_tests(code_from, base):
    """A temp folder with the learner's shop/ (from the working tree or a commit) and the
    original tests and config from the setup commit."""
    d = tempfile.mkdtemp()
    if code_from == "worktree":
        if not os.path.isdir("shop"):
            fail("the shop/ package is gone")
        shutil.copytree("shop", os.path.join(d, "shop"), ignore=shutil.ignore_patterns("__pycache__", "conftest.py"))
    else:
        extract(code_from, ["shop"], d)
    extract(base, ["tests", "pyproject.toml"], d, from_base=True)
    return d


def judge_code(d, where):
    got = verdict_of_fork(d, timeout=150)
    if got is None:
        fail("%s: the test suite does not run cleanly: the tests stopped, hung or exited before they finished" % where)
    if got.get("unsupported"):
        print("FAIL: internal: the original tests use pytest.%s, which checks/verify.py does not provide"
              % got["unsupported"][0])
        sys.exit(2)
    if got["errors"]:   # as pytest: a module that does not import stops the whole run
        fail("%s: the test suite does not run cleanly: %s" % (where, got["errors"][0]))
    if got["failed"]:
        for f in got["failed"][:4]:
            print("FAIL: %s: still failing: %s" % (where, f))
        sys.exit(1)
    if "import" in got:
        fail("%s: shop.pricing does not import: %s" % (where, got["import"]))
    bad = 0
    for (amount, percent, want), (kind, value) in zip(HIDDEN_DISCOUNTS, got["discounts"]):
        if kind != "Decimal" or value != want:
            shown = "raises " + value if kind == "raises" else "%s (%s)" % (value, kind)
            print("FAIL: %s: apply_discount(%s, %s%%) gives %s, expected %s: the fix must work for every "
                  "amount and percentage, not only the ticket's example" % (where, amount, percent, shown, want))
            bad = 1
            break
    for (country, coupon, items, want), (kind, value) in zip(HIDDEN_ORDERS, got["orders"]):
        if kind != "Decimal" or value != want:
            print("FAIL: %s: an order to %s with coupon %s totals %s, expected %s" % (where, country, coupon, value, want))
            bad = 1
            break
    if bad or len(got["discounts"]) != len(HIDDEN_DISCOUNTS) or len(got["orders"]) != len(HIDDEN_ORDERS):
        sys.exit(1)


def test_functions(src):
    """name -> ast dump of every test function in a module (empty when it does not parse)."""
    try:
        tree = ast.parse(src)
    except SyntaxError:
        return None
    return {n.name: ast.dump(n) for n in ast.walk(tree)
            if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)) and n.name.startswith("test")}


def shop_names(tree):
    """Names a test module binds to shop's code: modules (import shop.pricing, from shop import
    pricing) and what it imports from them (from shop.pricing import apply_discount)."""
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for a in node.names:
                if a.name == "shop" or a.name.startswith("shop."):
                    names.add(a.asname or a.name.split(".")[0])
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module and \
                (node.module == "shop" or node.module.startswith("shop.")):
            names.update(a.asname or a.name for a in node.names)
    return names


def root_name(node):
    """The name an expression such as shop.pricing.apply_discount or vars(pricing)[...] starts from."""
    while True:
        if isinstance(node, (ast.Attribute, ast.Subscript)):
            node = node.value
        elif isinstance(node, ast.Call):
            node = node.args[0] if node.args and isinstance(node.func, ast.Name) and \
                node.func.id in ("vars", "getattr") else node.func
        else:
            return node.id if isinstance(node, ast.Name) else None


def module_bindings(tree):
    """(name, node) for every name bound at module level (not inside a function or class body):
    def/class names, assignment targets, imports, loop and with targets; plus `global NAME`."""
    out = []
    todo = list(tree.body)
    while todo:
        node = todo.pop()
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            out.append((node.name, node))
            for g in ast.walk(node):
                if isinstance(g, (ast.Global, ast.Nonlocal)):
                    out.extend((n, g) for n in g.names)
            continue
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            out.extend(((a.asname or a.name.split(".")[0]), node) for a in node.names)
            continue
        if isinstance(node, ast.Name) and isinstance(node.ctx, (ast.Store, ast.Del)):
            out.append((node.id, node))
        todo.extend(ast.iter_child_nodes(node))
    return out


def replaces_code_under_test(src, base_src):
    """Why a test module no longer tests shop's real code, or None: it rebinds a name the tests
    import from shop (its own apply_discount, an import of it from elsewhere), or assigns into
    shop's modules or objects (shop.pricing.apply_discount = ..., setattr(pricing, ...),
    sys.modules[...] = ...)."""
    try:
        tree = ast.parse(src)
    except SyntaxError:
        return None   # reported as "no longer parses" for the original files
    try:
        base_tree = ast.parse(base_src) if base_src else None
    except SyntaxError:
        base_tree = None
    ours = shop_names(tree) | (shop_names(base_tree) if base_tree else set())
    for name, node in module_bindings(tree):
        if name not in ours:
            continue
        from_shop = isinstance(node, ast.ImportFrom) and node.level == 0 and node.module and \
            (node.module == "shop" or node.module.startswith("shop.")) or \
            isinstance(node, ast.Import) and all(a.name == "shop" or a.name.startswith("shop.") for a in node.names
                                                 if (a.asname or a.name.split(".")[0]) == name)
        if not from_shop:
            return "defines its own %s in place of shop's" % name
    for node in ast.walk(tree):
        targets = []
        if isinstance(node, (ast.Assign, ast.Delete)):
            targets = node.targets
        elif isinstance(node, (ast.AugAssign, ast.AnnAssign)):
            targets = [node.target]
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and \
                node.func.id in ("setattr", "delattr") and node.args and root_name(node.args[0]) in ours:
            return "replaces part of shop (%s)" % ast.unparse(node)[:60]
        for t in targets:
            for sub in ast.walk(t):
                if isinstance(sub, (ast.Attribute, ast.Subscript)):
                    root = root_name(sub)
                    if root in ours:
                        return "replaces part of shop (%s)" % ast.unparse(t)[:60]
                    if root == "sys" and "modules" in ast.unparse(sub):
                        return "replaces modules in sys.modules"
    return None


def hides_tests(src, test_names):
    """Why a changed test module hides tests from the run without touching their code, or None:
    it sets __test__ (pytest then collects nothing there), deletes or rebinds a test's name at
    module level (del test_x, test_x = None: the def stays, its AST unchanged, but pytest no
    longer finds it), reaches into globals()/vars(), or changes another test module it imports
    (import tests.test_pricing as t; del t.test_x, run at collection before that module is read)."""
    try:
        tree = ast.parse(src)
    except SyntaxError:
        return None   # reported as "no longer parses" for the original files
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and node.id == "__test__" and isinstance(node.ctx, ast.Store) or \
                isinstance(node, ast.Attribute) and node.attr == "__test__" and isinstance(node.ctx, ast.Store) or \
                isinstance(node, ast.Constant) and node.value == "__test__":
            return "sets __test__, which tells pytest not to collect the tests there"
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("globals", "vars") \
                and not node.args:
            return "reaches into the module's own names (%s()), which can remove tests from the run" % node.func.id
    for name, node in module_bindings(tree):
        if name in test_names and not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            return "deletes or rebinds the test %s at module level, so pytest no longer runs it" % name
    mods = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            mods.update(a.asname or a.name.split(".")[0] for a in node.names
                        if a.name == "tests" or a.name.startswith("tests."))
        elif isinstance(node, ast.ImportFrom) and (node.level > 0 or node.module and
                                                   (node.module == "tests" or node.module.startswith("tests."))):
            mods.update(a.asname or a.name for a in node.names)
    for node in ast.walk(tree):
        targets = node.targets if isinstance(node, (ast.Assign, ast.Delete)) else \
            [node.target] if isinstance(node, (ast.AugAssign, ast.AnnAssign)) else []
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and \
                node.func.id in ("setattr", "delattr") and node.args and root_name(node.args[0]) in mods:
            return "changes another test module (%s)" % ast.unparse(node)[:60]
        for t in targets:
            if isinstance(t, (ast.Attribute, ast.Subscript)) and root_name(t) in mods:
                return "changes another test module (%s)" % ast.unparse(t)[:60]
    return None


class Blobs:
    """Blobs by name (REV:PATH) through one `git cat-file --batch` of the learner's repository, each
    read once: one git process for every file the rules look at, where a `git show` each cost one."""
    def __init__(self):
        self.proc = subprocess.Popen(["git", "-c", "safe.directory=*", "cat-file", "--batch"],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self.cache = {}

    def get(self, spec):
        """The blob's text (utf-8, bad bytes replaced), or None when there is no such blob."""
        if spec not in self.cache:
            self.proc.stdin.write(spec.encode() + b"\n")
            self.proc.stdin.flush()
            header = self.proc.stdout.readline().split()
            text = None
            if len(header) == 3 and header[-1] not in (b"missing", b"ambiguous"):
                data = self.proc.stdout.read(int(header[2]) + 1)[:-1]
                if header[1] == b"blob":
                    text = data.decode("utf-8", "replace")
            self.cache[spec] = text
        return self.cache[spec]


# Loaded at interpreter start (site) or by every pytest run: never a project module.
SHADOWS_ALWAYS = {"sitecustomize", "usercustomize", "pytest", "_pytest", "py", "pluggy", "conftest"}


def shadowing_files(head_files, blobs, base):
    """(file, module) for files of HEAD, not in the base, that a test run would import in place of
    another module: at the project's top (python3 -m pytest and pytest's rootdir put it first on
    sys.path), a module or package named like pytest, its plugins, site's hooks or any module
    installed or in the standard library (decimal.py would replace decimal), or a .pth file. The
    check's own interpreter (-I) does not see the project folder: find_spec finds the real ones."""
    import importlib.util
    out, seen = [], set()
    for path in sorted(p for p in head_files if p):
        top, _, rest = path.partition("/")
        if top in ("shop", "tests") or top in seen:
            continue
        if not rest:
            name = top if top.endswith(".pth") else top[:-3] if top.endswith(".py") else None
        else:
            name = top if "%s/__init__.py" % top in head_files else None   # a package, not a plain folder
        if not name or blobs.get("%s:%s" % (base, path)) is not None:
            continue
        seen.add(top)
        shadows = name.endswith(".pth") or name in SHADOWS_ALWAYS or name in sys.stdlib_module_names
        if not shadows and name.isidentifier():
            try:
                shadows = importlib.util.find_spec(name) is not None
            except (ImportError, ValueError):
                shadows = False
        if shadows:
            out.append((path if not rest else top + "/", name))
    return out


def mode_intact(base):
    bad = []
    blobs = Blobs()

    def show(spec):
        """The blob REV:PATH as text, "" when there is none (as git show printed it)."""
        return blobs.get(spec) or ""
    head_files = set(git("ls-tree", "-r", "--name-only", "HEAD").split("\n"))
    for path in git("ls-tree", "-r", "--name-only", base, "--", "tests").split():
        if not path.endswith(".py"):
            continue
        orig = test_functions(show("%s:%s" % (base, path)))
        if path not in head_files:
            bad.append("%s was deleted in your commits: the tests are how we know the fix works" % path)
            continue
        mine = test_functions(show("HEAD:%s" % path))
        if mine is None:
            bad.append("%s no longer parses in your commit" % path)
            continue
        for name, dump in (orig or {}).items():
            if name not in mine:
                bad.append("test %s in %s was removed or renamed" % (name, path))
            elif mine[name] != dump:
                bad.append("test %s in %s was changed: the test was right, the code was wrong" % (name, path))
    for path in sorted(head_files):
        if not path:
            continue
        name = os.path.basename(path)
        is_config = name in ("conftest.py", "pytest.ini", ".pytest.ini", "tox.ini", "setup.cfg")
        is_test = path.startswith("tests/") and path.endswith(".py")
        if not (is_config or is_test):
            continue   # only these two rules below look at a file, so only they need to know if it is in base
        in_base = blobs.get("%s:%s" % (base, path)) is not None
        if is_config and not in_base:
            bad.append("your commits add %s, which changes how the tests run: leave the test setup alone" % path)
        if is_test:
            src = show("HEAD:%s" % path)
            base_src = show("%s:%s" % (base, path)) if in_base else ""
            if src != base_src:
                replaced = replaces_code_under_test(src, base_src)
                if replaced:
                    bad.append("%s %s: the tests must run against the real code, fix that instead" % (path, replaced))
                hidden = hides_tests(src, set(test_functions(base_src) or {}))
                if hidden:
                    bad.append("%s %s: the tests were right, fix the code instead" % (path, hidden))
            if re.search(r"pytest\.mark\.(skip|xfail)|pytest\.(skip|xfail)\(|monkeypatch|unittest\.mock", src) and \
                    not re.search(r"pytest\.mark\.(skip|xfail)|pytest\.(skip|xfail)\(|monkeypatch|unittest\.mock",
                                  show("%s:%s" % (base, path)) if in_base else ""):
                bad.append("%s now skips, expects failure or patches the code under test: fix the code instead" % path)
    for path, name in shadowing_files(head_files, blobs, base):
        what = "a .pth file, which Python's site runs at start-up" if name.endswith(".pth") else \
            "which shadows the real %s module: python3 -m pytest puts the project folder first on sys.path, so " \
            "the test run imports yours" % name
        bad.append("your commits add %s, %s; a test run that loads it no longer proves the code works: leave it "
                   "out" % (path, what))
    if test_config(show("HEAD:pyproject.toml")) != test_config(show("%s:pyproject.toml" % base)):
        bad.append("pyproject.toml's test configuration was changed: the fix belongs in shop/pricing.py")
    for b in bad[:4]:
        print("FAIL: " + b)
    sys.exit(1 if bad else 0)


def test_config(src):
    """What of pyproject.toml decides how the tests run: its pytest tables ([tool.pytest],
    [tool.pytest.ini_options]). A version bump or a new dependency is scope's business (an edit
    outside the fix), not a change to the tests; a file that does not parse counts as changed."""
    import tomllib
    try:
        data = tomllib.loads(src or "")
    except (tomllib.TOMLDecodeError, UnicodeDecodeError):
        return ("unparsable", src)
    tool = data.get("tool")
    if not isinstance(tool, dict):
        return {}
    return {k: v for k, v in tool.items() if k.lower().startswith("pytest")}


DEBUG_LINE = re.compile(r"^\+(?!\+\+).*(\bprint\(|breakpoint\(|\bpdb\b|import\s+pdb|\bic\()")


def float_calls(src):
    """How many float(...) conversions a module makes (None when it does not parse): money turned
    into binary floating point, which README.md and Marco's review forbid (a cent goes astray)."""
    try:
        tree = ast.parse(src)
    except SyntaxError:
        return None
    return sum(1 for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)
               and n.func.id == "float")


# Documentation a careful learner may add beside the fix: the README, a changelog, docs/*.md.
DOC_FILE = re.compile(r"^(README\.md|(CHANGELOG|CHANGES|HISTORY)(\.md|\.rst|\.txt)?|docs/[^/]+\.(md|rst))$")


def mode_scope(base):
    commits = learner_commits(base)
    if not commits:
        fail("there is no commit of yours yet")
    changed = [p for p in git("diff", "--name-only", base, "HEAD").split("\n") if p]
    docs, removed = [p for p in changed if DOC_FILE.match(p)], {}
    for row in (git("diff", "--numstat", base, "HEAD", "--", *docs).splitlines() if docs else []):
        parts = row.split("\t")
        if len(parts) == 3:
            removed[parts[2]] = parts[1]
    bad = []
    for p in changed:
        if p == PRICING:
            continue
        if DOC_FILE.match(p) and removed.get(p) == "0":
            continue   # the fix documented (a README section, a changelog entry) with nothing removed is part of the job
        name = os.path.basename(p)
        if p.startswith("tests/") and (name.startswith("test_") and name.endswith(".py") or name.endswith("_test.py")):
            continue   # an added regression test (what pytest collects: test_*.py, *_test.py) is welcome; mode intact guards the existing ones
        bad.append("your commits change %s, which SHOP-142 does not need: keep the fix to shop/pricing.py "
                   "(scratch files and unrelated edits stay out of the commit)" % p)
    for line in git("diff", "-U0", base, "HEAD", "--", "shop").splitlines():
        if DEBUG_LINE.search(line):
            bad.append("debug code is committed in shop/: %s" % line[1:].strip()[:80])
            break
    now, before = float_calls(git("show", "HEAD:" + PRICING)), float_calls(git("show", base + ":" + PRICING))
    if now is not None and before is not None and now > before:
        bad.append("shop/pricing.py now converts money to float: a float cannot hold every cent exactly "
                   "(the README: never use floats for money); keep the arithmetic in Decimal")
    for b in bad[:4]:
        print("FAIL: " + b)
    sys.exit(1 if bad else 0)


# A subject that says nothing: a work-in-progress marker, or only a generic word or two.
VAGUE = re.compile(r"^(wip\b|fixup!|squash!|amend!|tmp\b|temp\b|todo\b|xxx)|"
                   r"^(wip|tests?|updates?|updated|changes?|fix(es|ed)?|bug ?fix|commit|stuff|minor|misc|done|"
                   r"feature|work|\.+)( \w+)?\W*$", re.I)


def discount_code(src):
    """The code that computes the discount in a version of shop/pricing.py: every module-level
    statement that binds apply_discount, and the functions those use, as ASTs without docstrings
    (so comments, blank lines and docs do not count); the whole text when it does not parse."""
    try:
        tree = ast.parse(src)
    except SyntaxError:
        return src
    defs = {n.name: n for n in tree.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))}

    def code(node):
        body = getattr(node, "body", None)
        if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant) \
                and isinstance(body[0].value.value, str):
            node = type(node)(**dict(ast.iter_fields(node), body=body[1:]))
        return ast.dump(node)
    binds = [n for n in tree.body
             if getattr(n, "name", None) == "apply_discount"
             or any(isinstance(t, ast.Name) and t.id == "apply_discount"
                    for t in getattr(n, "targets", [getattr(n, "target", None)]))]
    used = {u.id for n in binds for u in ast.walk(n) if isinstance(u, ast.Name) and u.id in defs} - {"apply_discount"}
    return [code(n) for n in binds] + [code(defs[u]) for u in sorted(used)]


def mode_message(base):
    commits = learner_commits(base)
    if not commits:
        fail("no commit of yours yet")
    if subprocess.run(["git", "-c", "safe.directory=*", "merge-base", "--is-ancestor", base, "HEAD"],
                      capture_output=True).returncode != 0:
        fail("your commits rewrite the history you started from (Marco's commit \"%s\" was amended or rebased "
             "away), so the subject there is his, not one of yours: put the fix in a commit of its own on top "
             "(git reflog finds the original)" % git("log", "-1", "--format=%s", base).strip())
    touching = set(git("log", "--format=%H", base + "..HEAD", "--", PRICING).split())
    if not touching:
        fail("none of your commits changes shop/pricing.py yet")
    bad = []
    good, unchanged = False, None
    for c in commits:
        s = git("log", "-1", "--format=%s", c).strip()
        if len(s) < 12 or VAGUE.match(s):
            bad.append("the commit subject \"%s\" does not say what was fixed; e.g. \"Apply coupon discount as a "
                       "percentage (SHOP-142)\" (git commit --amend, or git rebase -i to reword)" % s)
        elif c in touching and re.search(r"discount|percent|coupon|%|pric|rate|share|fraction|proportion|reduc|deduct|subtract|total|spring20|"
                                             r"charg|overpa|amount|apply_discount|\b(200|230|250)\b", s, re.I):
            # (the ticket id alone, "Fix SHOP-142", says which ticket, not what was fixed)
            # the subject speaks of the discount fix: credited only if this commit changes how
            # the discount is computed (not a comment or a blank line under that subject)
            if discount_code(git("show", "%s:%s" % (c, PRICING))) != discount_code(git("show", "%s^:%s" % (c, PRICING))):
                good = True
            else:
                unchanged = unchanged or s
    if bad:
        print("FAIL: " + bad[0])
        sys.exit(1)
    if not good and unchanged:
        fail("the subject \"%s\" says the discount is fixed, but that commit does not change how "
             "apply_discount computes it (only comments or layout in shop/pricing.py): a subject must say "
             "what its commit changes" % unchanged)
    if not good:
        s = git("log", "-1", "--format=%s", sorted(touching)[0]).strip()
        fail("the subject \"%s\" should say what was fixed (the coupon discount / percentage), not only which "
             "ticket: e.g. \"Apply coupon discount as a percentage (SHOP-142)\"" % s)
    sys.exit(0)


# The engine puts protected paths back as they were at the start before a check runs, so their
# working-tree state is not the learner's: only what is staged there can be judged.
PROTECTED = ("tests/__init__.py", "tests/test_coupons.py", "tests/test_tax.py", "pyproject.toml")


def mode_clean(base):
    out = git(*honest_git.unhide(), "status", "--porcelain", "--untracked-files=all")
    bad = []
    for l in out.splitlines():
        if not l.strip():
            continue
        if l[3:].startswith(PROTECTED) and l[0] in " ?":
            continue
        bad.append(l)
    if bad:
        for l in bad[:4]:
            what = "new file not committed" if l.startswith("??") else "uncommitted change"
            print("FAIL: %s: %s (commit it, or remove it if it is scratch)" % (what, l[3:]))
        sys.exit(1)


def main():
    mode = sys.argv[1]
    if git("rev-parse", "-q", "--verify", "HEAD").strip() == "":
        fail("this folder is no longer a git repository with commits")
    base = base_commit()
    if mode == "fixed":
        judge_code(tree_with_original_tests("worktree", base), "your code")
    elif mode == "committed":
        if not learner_commits(base):
            fail("there is no commit of yours on top of the existing history: commit your fix (git add, git commit)")
        if not git("log", "--format=%H", base + "..HEAD", "--", PRICING).strip():
            fail("none of your commits changes shop/pricing.py, where the discount is computed")
        judge_code(tree_with_original_tests("HEAD", base), "your last commit (HEAD)")
    elif mode == "intact":
        mode_intact(base)
    elif mode == "scope":
        mode_scope(base)
    elif mode == "message":
        mode_message(base)
    elif mode == "clean":
        mode_clean(base)
    else:
        print("FAIL: internal: unknown mode " + mode)
        sys.exit(2)


main()
