"""honest_git.py: makes `git status` in a check tell the truth about the learner's working tree.

A check runs git in a throwaway copy of the learner's workspace, whose .git is the learner's: its
index bits and config can hide work from `git status` (assume-unchanged or skip-worktree on an
edited file, a path in .git/info/exclude or a core.excludesFile, an fsmonitor hook that reports
nothing changed, a clean filter that makes an edit look like the committed bytes). unhide() undoes
those in the copy (its writes vanish with it) and returns the `-c` options to give every later
git command of the check. (Before every check the engine already turns off replace refs, grafts,
hooks, fsmonitor and colour and keeps the copy's git config to identity, remotes, branches and
aliases, so no filter or diff driver is left: engine/core/check_truth.c. What stays for this
module is what `git status` alone is fooled by: the index bits and the exclude files.)

    sys.path.append("/checks/_shared")
    import honest_git
    opts = honest_git.unhide()
    subprocess.run(["git"] + opts + ["status", "--porcelain", "--untracked-files=all"], ...)

From a shell check: `eval "set -- $(python3 -I /checks/_shared/honest_git.py)"`, then git "$@" ...
"""
import os
import subprocess
import sys

OPTIONS = ["-c", "safe.directory=*", "-c", "core.fsmonitor=false", "-c", "core.untrackedCache=false",
           "-c", "core.excludesFile=/dev/null", "-c", "core.attributesFile=/dev/null"]


def _git(args, repo, data=None):
    return subprocess.run(["git"] + OPTIONS + list(args), cwd=repo, input=data, capture_output=True)


def unhide(repo="."):
    """Clears the index's assume-unchanged and skip-worktree bits, empties .git/info/exclude and
    .git/info/attributes, and drops the repository's filter drivers, in the copy at repo; returns
    the git options (a list) that keep fsmonitor, the untracked cache, excludesFile and
    attributesFile out too."""
    names = _git(["ls-files", "-z"], repo).stdout
    if names:
        for flag in ("--no-assume-unchanged", "--no-skip-worktree"):   # one flag per call: a second is ignored
            _git(["update-index", "-z", flag, "--stdin"], repo, names)
    git_dir = _git(["rev-parse", "--git-dir"], repo).stdout.decode("utf-8", "replace").strip()
    if git_dir:
        for name in ("exclude", "attributes"):
            path = os.path.join(repo, git_dir, "info", name)
            if os.path.isfile(path):
                open(path, "w").close()
        sections = _git(["config", "--local", "--name-only", "--get-regexp", r"^filter\."], repo).stdout
        for key in set(k.rsplit(".", 1)[0] for k in sections.decode("utf-8", "replace").split()):
            _git(["config", "--local", "--remove-section", key], repo)
    return list(OPTIONS)


if __name__ == "__main__":   # for shell checks: prints the options, shell-quoted
    print(" ".join("'%s'" % o.replace("'", "'\\''") for o in unhide(sys.argv[1] if len(sys.argv) > 1 else ".")))
