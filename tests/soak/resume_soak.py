#!/usr/bin/env python3
"""resume_soak.py: kills a real `worksim run` right after its Nth stored event, for every N from 1
to the number of events a whole run stores (or every Kth), resumes each killed run with
`worksim resume --actions`, and asserts what DESIGN §8 promises: the resumed run ends with the
score of a run nobody killed, the database holds one run with exactly one finish event, and no
sandbox folder is left behind. The kill point is deterministic (WORKSIM_TEST_STOP_AFTER='*:N':
the engine stops itself after that event; this script sees it stopped with waitpid and sends
SIGKILL), so a failure names the event it follows and can be replayed.

usage: tests/soak/resume_soak.py [--binary build/engine/worksim] [--scenario first-bugfix]
                                 [--every K] [--first N] [--last N]
                                 [--actions SCRIPT]
exit 0 when every kill resumed to the reference result, 1 otherwise (each failure one line)."""
import argparse
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def env_for(world):
    env = dict(os.environ)
    env.update(TMPDIR=os.path.join(world, "tmp"), XDG_STATE_HOME=os.path.join(world, "state"),
               XDG_DATA_HOME=os.path.join(world, "data"))
    env.pop("WORKSIM_TEST_STOP_AFTER", None)
    for d in ("tmp", "state", "data"):
        os.makedirs(os.path.join(world, d), exist_ok=True)
    return env


def worksim_json(binary, world, args):
    out = subprocess.run([binary, "--db", os.path.join(world, "w.db")] + args, env=env_for(world),
                         capture_output=True, text=True)
    try:
        return out.returncode, json.loads(out.stdout)
    except ValueError:
        return out.returncode, {"error": (out.stdout + out.stderr).strip()[-300:]}


def query(world, sql):
    con = sqlite3.connect(os.path.join(world, "w.db"))
    try:
        row = con.execute(sql).fetchone()
        return row[0] if row else None
    finally:
        con.close()


def kill_after(binary, world, scenario, actions, n):
    """Starts the run, waits until it stopped itself after event n (or ended), kills it.
    Returns 'killed' or 'ended'."""
    env = env_for(world)
    env["WORKSIM_TEST_STOP_AFTER"] = "*:%d" % n
    p = subprocess.Popen([binary, "--db", os.path.join(world, "w.db"), "run", scenario, "--actions", actions,
                          "--json"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status = os.waitpid(p.pid, os.WUNTRACED)
    if os.WIFSTOPPED(status):
        os.kill(p.pid, signal.SIGKILL)
        os.waitpid(p.pid, 0)
        p.returncode = -9
        return "killed"
    p.returncode = os.waitstatus_to_exitcode(status)
    return "ended"


def report(failures, where, problems):
    if problems:
        failures.append("%s: %s" % (where, "; ".join(problems)))
        print("FAIL " + failures[-1], flush=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--binary", default=os.path.join(ROOT, "build", "engine", "worksim"))
    ap.add_argument("--scenario", default="first-bugfix")
    ap.add_argument("--every", type=int, default=1)
    ap.add_argument("--first", type=int, default=1)
    ap.add_argument("--last", type=int, default=0, help="last event to kill after (default: all)")
    ap.add_argument("--actions", default="actions.lua",
                    help="the action script in the scenario's solution/ folder (default: actions.lua); a "
                         "mistake or gaming script must resume to its own failed score, not to a better one")
    a = ap.parse_args()
    actions = os.path.join(ROOT, "scenarios", a.scenario, "solution", a.actions)
    base = tempfile.mkdtemp(prefix="worksim-soak-")
    os.chmod(base, 0o755)   # the sandbox user must reach TMPDIR inside it (doctor explains)
    failures, kills, took, at_start, after_finish = [], 0, [], 0, 0
    try:
        ref_world = os.path.join(base, "reference")
        ref_rc, ref = worksim_json(a.binary, ref_world, ["run", a.scenario, "--actions", actions, "--json"])
        if ref_rc not in (0, 1) or "outcome" not in ref:
            print("resume_soak: the reference run failed: %s" % ref.get("error", ref_rc))
            return 1
        total = query(ref_world, "SELECT COUNT(*) FROM events")
        last = min(a.last or total, total)
        print("resume_soak: %s, reference %s %s/%s, %d events; killing after events %d..%d every %d"
              % (a.scenario, ref["outcome"], ref["score"], ref["max"], total, a.first, last, a.every), flush=True)
        for n in range(a.first, last + 1, a.every):
            world = os.path.join(base, "kill-%d" % n)
            what = kill_after(a.binary, world, a.scenario, actions, n)
            kind = query(world, "SELECT kind FROM events WHERE run_id = 1 AND seq = %d" % n) if what == "killed" else None
            # an event stored inside a transaction (an input with its hook's first step) is undone
            # by the kill with the rest of it: the run resumes from before that input
            kind = kind or "undone with its transaction"
            kills += what == "killed"
            problems = []
            if what == "killed" and not query(world, "SELECT COUNT(*) FROM events WHERE kind = 'base_recorded'"):
                # killed while the scenario was still being set up: nothing the learner did is
                # lost, resume says so (exit 2) and --abandon closes it as incomplete
                rc, got = worksim_json(a.binary, world, ["resume", "--actions", actions, "--json"])
                if rc != 2:
                    problems.append("resume of a run killed during its start: exit %d, want 2" % rc)
                rc, got = worksim_json(a.binary, world, ["resume", "--abandon", "1"])
                closed = query(world, "SELECT outcome FROM runs WHERE id = 1")
                if closed != "incomplete":
                    problems.append("--abandon left the run killed during its start as %r" % closed)
                at_start += 1
                report(failures, "after event %d (%s), during the start" % (n, kind), problems)
                shutil.rmtree(world, ignore_errors=True)
                continue
            if what == "killed" and query(world, "SELECT COUNT(*) FROM events WHERE kind = 'finish'"):
                # killed after its finish was stored: the run is over and kept as it ended; there is
                # nothing to resume (exit 2), and the next engine that opens a sandbox sweeps what
                # the killed one left in TMPDIR
                rc, _ = worksim_json(a.binary, world, ["resume", "--actions", actions, "--json"])
                if rc != 2:
                    problems.append("resume of a finished run: exit %d, want 2" % rc)
                stored = (query(world, "SELECT outcome FROM runs WHERE id = 1"), query(world, "SELECT score FROM runs WHERE id = 1"))
                if stored != (ref["outcome"], ref["score"]):
                    problems.append("stored %r, reference %r" % (stored, (ref["outcome"], ref["score"])))
                subprocess.run([a.binary, "sandbox", "exec", "--", "true"], env=env_for(world),
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                left = [e for e in os.listdir(os.path.join(world, "tmp")) if e.startswith("worksim-")]
                if left:
                    problems.append("not swept by the next sandbox: %s" % ", ".join(sorted(left)[:3]))
                after_finish += 1
                report(failures, "after event %d (%s), after the finish" % (n, kind), problems)
                shutil.rmtree(world, ignore_errors=True)
                continue
            t0 = time.monotonic()
            rc, got = worksim_json(a.binary, world, ["resume", "--actions", actions, "--json"])
            took.append(time.monotonic() - t0)
            if rc != ref_rc:
                problems.append("resume exit %d, reference %d (%s)" % (rc, ref_rc, got.get("error", "")))
            for k in ("outcome", "score", "max"):
                if got.get(k) != ref[k]:
                    problems.append("%s %r, reference %r" % (k, got.get(k), ref[k]))
            runs = query(world, "SELECT COUNT(*) FROM runs")
            finishes = query(world, "SELECT COUNT(*) FROM events WHERE kind = 'finish'")
            if runs != 1 or finishes != 1:
                problems.append("%d runs and %d finish events stored (want 1 and 1)" % (runs, finishes))
            left = [e for e in os.listdir(os.path.join(world, "tmp")) if e.startswith("worksim-")]
            if left:
                problems.append("left behind in TMPDIR: %s" % ", ".join(sorted(left)[:3]))
            where = "after event %d (%s)" % (n, kind) if what == "killed" else "event %d (the run ended first)" % n
            report(failures, where, problems)
            shutil.rmtree(world, ignore_errors=True)
        took.sort()
        median = took[len(took) // 2] if took else 0
        print("resume_soak: %d kills (%d during the start, closed by --abandon; %d after the finish, kept as "
              "stored), %d resumed to the end; %d failed; resume to the end: median %.1f s, max %.1f s"
              % (kills, at_start, after_finish, len(took), len(failures), median, took[-1] if took else 0))
        return 1 if failures else 0
    finally:
        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
