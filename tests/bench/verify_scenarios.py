#!/usr/bin/env python3
"""verify_scenarios.py: the catalog check's benchmark (issue 8): `worksim verify` of a few typical
scenarios (every solution script a full headless run in the sandbox, checks included), repeated,
with the median wall time and CPU seconds per run, and the catalog time they imply on idle cores.
CPU is perf's task-clock of the engine and every process below it when perf is installed (the
rusage of reaped children misses processes a sandbox's namespace killed), else that rusage.
The machine's load average is printed too: on shared cores CPU seconds are the honest figure.
Goal (issue 8): the whole catalog (461 runs at d28d0be) in under 3 minutes on 2 idle cores.

usage: tests/bench/verify_scenarios.py [--binary build/engine/worksim] [--reps 3]
                                       [--catalog-runs 461] [SCENARIO...]
       (default scenarios: first-bugfix ci-pipeline)"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def one_verify(binary, scenarios, work, perf):
    """(wall seconds, CPU seconds, runs, exit code) of one verify in a fresh database."""
    db = os.path.join(work, "verify-%d.db" % time.monotonic_ns())
    cmd = [binary, "--scenarios", os.path.join(ROOT, "scenarios"), "--db", db, "verify"] + scenarios
    stat = os.path.join(work, "perf.txt")
    if perf:
        cmd = [perf, "stat", "-x", ",", "-e", "task-clock", "-o", stat, "--"] + cmd
    t0 = time.monotonic()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    out = p.stdout.read()
    _, status, usage = os.wait4(p.pid, 0)
    wall = time.monotonic() - t0
    cpu = usage.ru_utime + usage.ru_stime
    if perf:
        with open(stat) as f:
            for line in f:
                fields = line.split(",")
                if len(fields) > 2 and fields[2].startswith("task-clock") and fields[0].replace(".", "").isdigit():
                    cpu = float(fields[0]) / 1000.0
    m = re.search(r"verify: \d+ scenarios?, (\d+) runs", out)
    runs = int(m.group(1)) if m else 0
    return wall, cpu, runs, os.waitstatus_to_exitcode(status), out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--binary", default=os.path.join(ROOT, "build", "engine", "worksim"))
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--catalog-runs", type=int, default=461)
    ap.add_argument("scenarios", nargs="*", default=["first-bugfix", "ci-pipeline"])
    a = ap.parse_args()
    perf = shutil.which("perf")
    if perf and subprocess.run([perf, "stat", "-e", "task-clock", "true"], capture_output=True).returncode != 0:
        perf = None
    work = tempfile.mkdtemp(prefix="worksim-bench-verify-")
    try:
        os.environ.update(XDG_STATE_HOME=os.path.join(work, "state"), XDG_DATA_HOME=os.path.join(work, "data"))
        walls, cpus, runs = [], [], 0
        for _ in range(a.reps):
            wall, cpu, runs, rc, out = one_verify(a.binary, a.scenarios, work, perf)
            if rc != 0 or runs == 0:
                print(out)
                print("verify_scenarios: verify exited %d (%d runs)" % (rc, runs))
                return 1
            walls.append(wall)
            cpus.append(cpu)
        wall, cpu = statistics.median(walls), statistics.median(cpus)
        per_run = cpu / runs
        print("verify %s: %d runs, median of %d: %.1f s wall, %.1f s CPU (%s), %.2f CPU-s per run; the catalog "
              "(%d runs) on %d idle cores >= %.0f s; load %.1f (goal < 180 s)"
              % (" ".join(a.scenarios), runs, a.reps, wall, cpu, "task-clock" if perf else "rusage", per_run,
                 a.catalog_runs, os.cpu_count(), a.catalog_runs * per_run / os.cpu_count(), os.getloadavg()[0]))
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
