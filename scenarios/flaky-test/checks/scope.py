"""judge.sh's scope mode (python3 /checks/scope.py, in /workspace): the learner's commits hold only
the fix and its tests. Files outside shopcfg/*.py and tests/ (scratch scripts, notes, a copied log)
do not belong in QA-88's commits, and no print(), breakpoint() or pdb call may be added to the code
in shopcfg/, committed or in the working tree (counted on the syntax tree: a print in a docstring
or one that was already there does not count)."""
import os
import re
import sys
from collections import Counter

from shopcfg_code import debug_calls, git, versions

# What QA-88 needs: the code, new tests and their fixtures. The workspace has no .gitignore, so
# byte code committed with `git add -A` is not held against the learner, nor is adding one.
ALLOWED = re.compile(r"^(shopcfg/[\w/]+\.py|tests/(test_\w+|conftest|__init__)\.py|\.gitignore)$|(^|/)__pycache__/")


def added_debug_call(base, tree, how):
    """The first debug call tree's modules have more of than base's, in words, or None."""
    for path, source in sorted(tree.items()):
        before = Counter(name for name, _ in debug_calls(base.get(path, "")))
        now = Counter(name for name, _ in debug_calls(source))
        for name, line in debug_calls(source):
            if now[name] > before[name]:
                return "a %s() call is %s in %s (line %d): debug output stays out of the code" % (name, how, path, line)
    return None


def main():
    base_commit = os.environ.get("WORKSIM_BASE_COMMIT", "").strip()
    if not base_commit or git("rev-list", "--count", base_commit + "..HEAD").stdout.strip() in (b"", b"0"):
        print("FAIL: nothing is committed yet: commit your fix (git add, git commit)")
        sys.exit(1)
    bad = []
    changed = git("diff", "--name-only", "-z", base_commit, "HEAD").stdout.decode("utf-8", "replace").split("\0")
    for path in [p for p in changed if p]:
        if not ALLOWED.search(path):
            bad.append("your commits add or change %s, which QA-88 does not need: commit the fix and its tests "
                       "only (scratch files stay out of commits)" % path)
    base, head, work = versions()
    debug = added_debug_call(base, head, "committed") or added_debug_call(base, work, "left")
    if debug:
        bad.append(debug)
    for b in bad[:4]:
        print("FAIL: " + b)
    sys.exit(1 if bad else 0)


main()
