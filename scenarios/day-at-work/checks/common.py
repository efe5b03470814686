"""Shared helpers for day-at-work's checks (python3 -I /checks/NAME.py MODE, in a check sandbox).

The checks trust only what the engine gives them: the learner's workspace copy (cwd), the
read-only snapshot of the start in /base (with its .git) and $WORKSIM_BASE_COMMIT. Exit 0
passes; lines starting with FAIL: are the learner's feedback."""
import os
import subprocess
import sys

BASE_DIR = "/base"
REVIEW_BRANCH = "tom/purge-labels"


def fail(msg, code=1):
    print("FAIL: " + msg)
    sys.exit(code)


def internal(msg):
    fail("internal: " + msg, 2)


# The snapshot of the start is read-only, so each question to it is asked once per check.
_base_answers = {}


def git(*args, base=False, binary=False):
    """git in the learner's copy, or (base=True) in the engine's snapshot of the start."""
    pre = ["git", "-c", "safe.directory=*", "-c", "core.quotepath=off"]
    if base:
        if args not in _base_answers:
            _base_answers[args] = subprocess.run(pre + ["--git-dir=" + BASE_DIR + "/.git"] + list(args),
                                                 capture_output=True).stdout
        out = _base_answers[args]
    else:
        out = subprocess.run(pre + list(args), capture_output=True).stdout
    return out if binary else out.decode("utf-8", "replace")


def git_ok(*args, base=False):
    pre = ["git", "-c", "safe.directory=*"] + (["--git-dir=" + BASE_DIR + "/.git"] if base else [])
    return subprocess.run(pre + list(args), capture_output=True).returncode == 0


def base_commit():
    base = os.environ.get("WORKSIM_BASE_COMMIT", "").strip()
    if not base or not git_ok("cat-file", "-e", base + "^{commit}", base=True):
        internal("the run's base commit is unknown")
    return base


def review_tip():
    """The commit under review, as it was at the start (the learner cannot move it)."""
    tip = git("rev-parse", "-q", "--verify", "refs/heads/" + REVIEW_BRANCH, base=True).strip()
    if not tip:
        internal("the branch under review is unknown")
    return tip


def learner_commits(base):
    """Commits on any local branch that were not there at the start (Tom's branch excluded)."""
    out = git("rev-list", "--branches", "^" + base, "^" + review_tip())
    return [c for c in out.split() if c]


def branch_tips(base):
    """(branch, tip) for each local branch holding commits of the learner."""
    mine = set(learner_commits(base))
    tips = []
    for line in git("for-each-ref", "--format=%(refname:short) %(objectname)", "refs/heads").splitlines():
        name, _, sha = line.partition(" ")
        if sha in mine:
            tips.append((name, sha))
    return tips


def read_text(path):
    try:
        with open(path, encoding="utf-8-sig") as f:
            return f.read()
    except (OSError, UnicodeDecodeError):
        return None
