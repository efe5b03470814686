"""What the learner changed in the code of shopcfg/, judged on the code itself (its syntax tree),
never on its text: a docstring or comment edit is no change. Used by perf_probe.py (imported
from /checks), and run by judge.sh:
`python3 /checks/shopcfg_code.py changed` exits 0 when the code changed, 1 with a FAIL line if not.
Reads the base ($WORKSIM_BASE_COMMIT) and HEAD with one `git cat-file --batch`, the working tree
from /workspace."""
import ast
import os
import subprocess
import sys

WORKSPACE = "/workspace"
NO_CODE_CHANGE = ("only docstrings or comments changed in shopcfg/: the code itself is as it was, "
                  "there is no fix to judge yet")


def git(*args, data=None):
    return subprocess.run(["git", "-c", "safe.directory=*"] + list(args), cwd=WORKSPACE, input=data,
                          capture_output=True)


def _tree_paths(rev):
    out = git("ls-tree", "-r", "--name-only", rev, "--", "shopcfg").stdout.decode("utf-8", "replace")
    return [p for p in out.split("\n") if p.endswith(".py")]


def _blobs(rev):
    """{path: source} of shopcfg/*.py in commit rev."""
    paths = _tree_paths(rev)
    if not paths:
        return {}
    out = git("cat-file", "--batch", data="".join("%s:%s\n" % (rev, p) for p in paths).encode()).stdout
    blobs, pos = {}, 0
    for p in paths:
        end = out.index(b"\n", pos)
        header = out[pos:end].split()
        if header[-1] == b"missing":
            pos = end + 1
            continue
        size = int(header[2])
        blobs[p] = out[end + 1:end + 1 + size].decode("utf-8", "replace")
        pos = end + 1 + size + 1
    return blobs


def _worktree():
    """{path: source} of shopcfg/*.py in the working tree."""
    found = {}
    for folder, dirs, files in os.walk(os.path.join(WORKSPACE, "shopcfg")):
        dirs[:] = [d for d in dirs if d != "__pycache__"]
        for f in files:
            if f.endswith(".py"):
                full = os.path.join(folder, f)
                with open(full, encoding="utf-8", errors="replace") as fh:
                    found[os.path.relpath(full, WORKSPACE)] = fh.read()
    return found


def _without_docstrings(tree):
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant) \
                    and isinstance(body[0].value.value, str):
                node.body = body[1:]
    return tree


def code_of(source):
    """The code of a module without its docstrings and comments (text for a file that does not parse)."""
    try:
        return ast.dump(_without_docstrings(ast.parse(source)))
    except (SyntaxError, ValueError):
        return "unparsable:" + source


def versions():
    """(base, HEAD, working tree): each {path: source} of shopcfg/*.py."""
    base = os.environ.get("WORKSIM_BASE_COMMIT", "").strip()
    return _blobs(base), _blobs("HEAD"), _worktree()


def changed_code(old, new):
    """Whether the code (not its docstrings or comments) differs between two {path: source}."""
    if set(old) != set(new):
        return any(code_of(new.get(p, "")) != code_of(old.get(p, "")) for p in set(old) | set(new))
    return any(code_of(new[p]) != code_of(old[p]) for p in old)


def code_changed():
    base, head, work = versions()
    return changed_code(base, work) or changed_code(base, head)


if __name__ == "__main__" and sys.argv[1:] == ["changed"]:
    if not code_changed():
        print("FAIL: " + NO_CODE_CHANGE)
        sys.exit(1)
    sys.exit(0)
