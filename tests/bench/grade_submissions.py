#!/usr/bin/env python3
"""grade_submissions.py: the instructor's batch benchmark (issue 13): `worksim grade` of N learner
submissions of a catalog scenario with --jobs 2, wall time, peak memory (RSS of the engine and its
children, from wait4's rusage) and CPU seconds per submission (the steady figure on a loaded machine,
from which the time of 100 on idle cores is extrapolated). Submissions are real: the final
workspace of the scenario's reference solution (from its stored snapshot) for half of them, the
untouched start (a run that only submits) for the other half, so both the passing and the failing paths are graded.

usage: tests/bench/grade_submissions.py [--binary build/engine/worksim] [--scenario first-bugfix]
                                        [-n 100] [--jobs 2]"""
import argparse
import io
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
import tarfile
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def final_workspace(binary, work, scenario, script, name):
    """Runs the script, returns a folder holding the run's final workspace (from its snapshot)."""
    db = os.path.join(work, name + ".db")
    subprocess.run([binary, "--db", db, "run", scenario, "--actions", script], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    con = sqlite3.connect(db)
    data, fmt = con.execute("SELECT data, format FROM run_snapshots WHERE run_id = 1").fetchone()
    con.close()
    if fmt != "tar.zst":
        sys.exit("grade_submissions: unexpected snapshot format %s" % fmt)
    raw = subprocess.run(["zstd", "-dc"], input=data, capture_output=True, check=True).stdout
    out = os.path.join(work, name)
    with tarfile.open(fileobj=io.BytesIO(raw)) as t:
        t.extractall(out, filter="tar") if hasattr(tarfile, "tar_filter") else t.extractall(out)
    # the archive holds the workspace folder's content, or one top folder: use what has .git
    for cand in [out] + [os.path.join(out, e) for e in os.listdir(out)]:
        if os.path.isdir(os.path.join(cand, ".git")):
            return cand
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--binary", default=os.path.join(ROOT, "build", "engine", "worksim"))
    ap.add_argument("--scenario", default="first-bugfix")
    ap.add_argument("-n", type=int, default=100)
    ap.add_argument("--jobs", type=int, default=2)
    a = ap.parse_args()
    work = tempfile.mkdtemp(prefix="worksim-bench-grade-")
    os.chmod(work, 0o755)
    try:
        env = dict(os.environ, XDG_STATE_HOME=os.path.join(work, "state"), XDG_DATA_HOME=os.path.join(work, "data"))
        os.environ.update(env)
        sol = os.path.join(ROOT, "scenarios", a.scenario, "solution", "actions.lua")
        lazy = os.path.join(work, "submit-only.lua")
        with open(lazy, "w") as f:
            f.write("return { { finish = true } }\n")
        good = final_workspace(a.binary, work, a.scenario, sol, "good")
        bad = final_workspace(a.binary, work, a.scenario, lazy, "bad")
        subs = os.path.join(work, "submissions")
        os.mkdir(subs)
        for i in range(a.n):
            shutil.copytree(good if i % 2 == 0 else bad, os.path.join(subs, "learner-%03d" % i), symlinks=True)
        t0 = time.monotonic()
        p = subprocess.Popen([a.binary, "--db", os.path.join(work, "grade.db"), "grade", a.scenario, "--submissions",
                              subs, "--jobs", str(a.jobs), "--json"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(p.pid, 0)
        wall = time.monotonic() - t0
        con = sqlite3.connect(os.path.join(work, "grade.db"))
        graded, passed = con.execute("SELECT COUNT(*), SUM(outcome = 'passed') FROM runs WHERE mode = 'grade'").fetchone()
        con.close()
        load = os.getloadavg()[0]
        cpu = usage.ru_utime + usage.ru_stime
        print("grade %d submissions of %s, --jobs %d: %.1f s wall (%.2f s per submission), CPU %.1f s (%.2f s per "
              "submission: 100 at --jobs %d on %d idle cores >= %.0f s), peak RSS %.0f MB (largest process), "
              "%d graded, %d passed; load %.1f (goal <= 60 s)"
              % (a.n, a.scenario, a.jobs, wall, wall / a.n, cpu, cpu / a.n, a.jobs, os.cpu_count(),
                 100 * cpu / a.n / min(a.jobs, os.cpu_count()), usage.ru_maxrss / 1024.0, graded, passed or 0, load))
        ok = os.waitstatus_to_exitcode(status) in (0, 1) and graded == a.n and passed == (a.n + 1) // 2
        if not ok:
            print("grade_submissions: exit %d, %d graded, %d passed (want %d and %d)"
                  % (os.waitstatus_to_exitcode(status), graded, passed or 0, a.n, (a.n + 1) // 2))
        return 0 if ok else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
