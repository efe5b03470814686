-- commit_scope.lua: Malik's remark on the learner's commits for QA-88 (the rubric item `scope`):
-- they hold only the fix and its tests (shopcfg/*.py, tests/test_*.py, tests/conftest.py,
-- tests/__init__.py, .gitignore; byte code is not held against anyone, the workspace has no
-- .gitignore), and no print()/breakpoint()/pdb call was added to the code in shopcfg/, committed
-- or left in the working tree, counted on the syntax tree (a print in a docstring, or one that was
-- already there, does not count). A rubric item and not a check: the engine holds an approval
-- while any check fails, and a scratch file or a debug print beside a working fix costs these
-- points, not the review. One sandbox, one python, reading git and the working tree.
local M = {}

local PROGRAM = [=[
import ast, io, os, re, subprocess, sys, tarfile
from collections import Counter
base = sys.argv[1]
ALLOWED = re.compile(r"^(shopcfg/[\w/]+\.py|tests/(test_\w+|\w+_test|conftest|__init__)\.py|\.gitignore)$|(^|/)__pycache__/")
DEBUG_CALLS = {"print", "breakpoint", "set_trace", "pprint", "ic"}
def git(*args):
    return subprocess.run(["git", "-c", "safe.directory=*", "-c", "core.quotepath=off"] + list(args),
                          capture_output=True).stdout.decode("utf-8", "replace")
if git("rev-list", "--count", base + "..HEAD").strip() in ("", "0"):
    print("NONE nothing is committed yet: commit your fix (git add, git commit)"); sys.exit(0)
def debug_calls(source):
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError):
        return []
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            f = node.func
            name = f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else None
            if name in DEBUG_CALLS:
                out.append((name, node.lineno))
    return out
def at(rev):
    """{path: source} of shopcfg/*.py in commit rev, read from one git archive."""
    data = subprocess.run(["git", "-c", "safe.directory=*", "archive", rev, "shopcfg"], capture_output=True).stdout
    if not data:
        return {}
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        return {m.name: tar.extractfile(m).read().decode("utf-8", "replace")
                for m in tar.getmembers() if m.isfile() and m.name.endswith(".py")}
def worktree():
    found = {}
    for folder, dirs, files in os.walk("shopcfg"):
        dirs[:] = [d for d in dirs if d != "__pycache__"]
        for f in files:
            if f.endswith(".py"):
                with open(os.path.join(folder, f), encoding="utf-8", errors="replace") as fh:
                    found[os.path.join(folder, f)] = fh.read()
    return found
def added(old, new, how):
    for path, source in sorted(new.items()):
        before = Counter(n for n, _ in debug_calls(old.get(path, "")))
        now = Counter(n for n, _ in debug_calls(source))
        for name, line in debug_calls(source):
            if now[name] > before[name]:
                return "a %s() call is %s in %s (line %d): debug output stays out of the code" % (name, how, path, line)
    return None
bad = []
for path in [p for p in git("diff", "--name-only", "-z", base, "HEAD").split("\0") if p]:
    if not ALLOWED.search(path):
        bad.append("your commits add or change %s, which QA-88 does not need: commit the fix and its tests "
                   "only (scratch files stay out of commits)" % path)
old = at(base)
debug = added(old, at("HEAD"), "committed") or added(old, worktree(), "left")
if debug:
    bad.append(debug)
for b in bad[:4]:
    print("BAD " + b)
]=]

-- The untidy parts of the learner's commits: a list (empty when tidy), or nil, why when nothing
-- is committed or git cannot say.
function M.problems(run)
  local base = run.base_commit
  if not base then return nil, "the run's base commit is unknown" end
  local ok, out = run:sh("cd /workspace && GIT_OPTIONAL_LOCKS=0 python3 -I - " .. base .. " <<'PY'\n" .. PROGRAM .. "PY")
  if not ok then return nil, "your commits could not be read" end
  local none = tostring(out):match("NONE ([^\n]*)")
  if none then return nil, none end
  local found = {}
  for line in tostring(out):gmatch("BAD ([^\n]*)") do found[#found + 1] = line end
  return found
end

return M
