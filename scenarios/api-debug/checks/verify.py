#!/usr/bin/env python3
"""api-debug checks (mounted read-only at /checks in check sandboxes only).

    python3 /checks/verify.py dev        the ticket's export against the development seed
    python3 /checks/verify.py hidden     another export, seed, token and URL the learner never saw
    python3 /checks/verify.py committed  the fix is committed, nothing left uncommitted
    python3 /checks/verify.py scope      only sync/ and tests/ changed, no debug leftovers, no token in code

dev, hidden and scope run the learner's client (python3 -m sync.push_invoices CSV, from
/workspace) against a fresh ledger served from the engine's base copy (/base/ledger/server.py,
which the learner cannot touch), then compare what the ledger holds, the summary line and the exit status
with what a correct client produces, worked out here from the export without the server's code.
"""
import csv
import importlib.util
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
from collections import Counter
from decimal import Decimal, InvalidOperation

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = "/base"
PY = "/usr/bin/python3"
DEV_TOKEN_FILE = "ledger/dev-token"
SUMMARY = re.compile(r"created:\s*(\d+),\s*already in ledger:\s*(\d+),\s*rejected:\s*(\d+)")


def fail(*lines):
    for line in lines:
        print("FAIL: " + line)
    sys.exit(1)


# ---- what a correct client does, from the export alone --------------------------------------

def ledger_invoice(row):
    """The invoice a correct client sends for a CSV row, or None when the ledger must refuse it."""
    try:
        cents = Decimal(row["amount"].strip()) * 100
    except InvalidOperation:
        return None
    inv = {"number": row["number"].strip(), "customer_id": row["customer_id"].strip(),
           "amount_cents": int(cents), "currency": row["currency"].strip().upper(),
           "issued_on": row["issued_on"].strip()}
    ok = (re.fullmatch(r"INV-\d{4,}", inv["number"]) and inv["customer_id"] and cents == int(cents)
          and inv["amount_cents"] > 0 and inv["currency"] in ("EUR", "USD", "GBP", "SEK")
          and re.fullmatch(r"\d{4}-\d\d-\d\d", inv["issued_on"]))
    return inv if ok else None


def expected(seed, export):
    store = {i["number"]: i for i in seed}
    counts = Counter()
    with open(export, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if not any((v or "").strip() for v in row.values()):
                continue
            inv = ledger_invoice(row)
            if inv is None:
                counts["rejected"] += 1
            elif inv["number"] in store:
                counts["existing"] += 1
            else:
                store[inv["number"]] = inv
                counts["created"] += 1
    return store, counts


# ---- running the learner's client against a fresh ledger ------------------------------------

def serve_ledger(token, seed):
    """A fresh ledger from the engine's base copy of ledger/server.py, served from a thread of
    this process (no second interpreter to start), and the statuses it answers to POSTs."""
    spec = importlib.util.spec_from_file_location("ledger_server", BASE + "/ledger/server.py")
    ledger = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ledger)
    statuses = Counter()

    class CountingHandler(ledger.Handler):
        def log_request(self, code="-", size="-"):
            if self.command == "POST" and self.path.startswith("/v1/invoices"):
                statuses[int(code)] += 1

        def log_message(self, *args):
            pass

    server = ledger.ThreadingHTTPServer(("127.0.0.1", 0), CountingHandler)
    server.daemon_threads = True
    server.token, server.ledger = token, ledger.Ledger(seed)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, statuses


STATUS_ADVICE = {
    401: "401 Unauthorized: the ledger did not accept the Authorization header (ledger/API.md says what it expects)",
    415: "415 Unsupported Media Type: the body did not arrive as Content-Type: application/json",
    400: "400 Bad Request: the body was not a JSON object",
    404: "404 Not Found: the client posts to another path than /v1/invoices",
}


# The learner's client gives up on a request after a few seconds (sync/http.py: 10 s), which a
# loaded machine can exceed though nothing is wrong with the client; a check would then judge the
# machine's load. Every socket timeout the client sets is raised to at least this many seconds
# (a sitecustomize on the client's path); a client that really hangs still meets CLIENT_SECONDS.
SOCKET_FLOOR_SECONDS = 120
CLIENT_SECONDS = 180
SITECUSTOMIZE = """import socket
_settimeout = socket.socket.settimeout
def _floored(self, value):
    _settimeout(self, value if value is None else max(value, %d))
socket.socket.settimeout = _floored
""" % SOCKET_FLOOR_SECONDS


def run_client(mode):
    if mode == "dev":
        export, seed_file, token_file, url_suffix = "data/invoices.csv", BASE + "/ledger/seed.json", BASE + "/" + DEV_TOKEN_FILE, ""
    else:
        export, seed_file, token_file, url_suffix = HERE + "/invoices2.csv", HERE + "/seed2.json", HERE + "/token2", "/"
    with open(token_file, encoding="utf-8") as f:
        token = f.read().strip()
    env_token = token if mode == "hidden" else None
    with open(seed_file, encoding="utf-8") as f:
        seed = json.load(f)
    want, counts = expected(seed, export if os.path.isabs(export) else os.path.join(BASE, export))
    tmp = tempfile.mkdtemp()
    site = os.path.join(tmp, "site")
    os.mkdir(site)
    with open(os.path.join(site, "sitecustomize.py"), "w", encoding="utf-8") as f:
        f.write(SITECUSTOMIZE)
    server, statuses = serve_ledger(token, seed)
    try:
        env = {"PATH": "/usr/bin:/bin", "HOME": tmp, "PYTHONDONTWRITEBYTECODE": "1", "PYTHONPATH": site,
               "LEDGER_URL": "http://127.0.0.1:%d%s" % (server.server_address[1], url_suffix)}
        if env_token:
            env["LEDGER_TOKEN"] = env_token
        try:
            client = subprocess.run([PY, "-m", "sync.push_invoices", export], cwd="/workspace", env=env,
                                    capture_output=True, text=True, timeout=CLIENT_SECONDS)
        except subprocess.TimeoutExpired:
            fail("python3 -m sync.push_invoices did not finish within %d seconds" % CLIENT_SECONDS)
        got = {i["number"]: i for i in server.ledger.all()}
    finally:
        server.shutdown()
    return want, counts, got, client, statuses


def judge_sync(mode):
    want, counts, got, client, statuses = run_client(mode)
    label = "the ticket's export (data/invoices.csv)" if mode == "dev" else "a second export with other invoices, token and URL"
    problems = []
    missing = sorted(n for n in want if n not in got)
    if missing:
        bad = [(code, n) for code, n in statuses.items() if code not in (201, 409, 422)]
        if not statuses:
            out = (client.stdout + client.stderr).strip().splitlines()
            problems.append("with %s, the client sent no invoice to the ledger (exit %d%s)"
                            % (label, client.returncode, ": " + out[-1] if out else ""))
        for code, n in sorted(bad, key=lambda x: -x[1]):
            problems.append("with %s, the ledger answered %d of %d POSTs with %s"
                            % (label, n, sum(statuses.values()), STATUS_ADVICE.get(code, "HTTP %d" % code)))
        problems.append("%d invoice(s) that belong in the ledger are not there, e.g. %s" % (len(missing), missing[0]))
    for n in sorted(n for n in want if n in got and got[n] != want[n]):
        diff = [k for k in want[n] if got[n].get(k) != want[n][k]]
        problems.append("%s is in the ledger with %s=%r, expected %r" % (n, diff[0], got[n].get(diff[0]), want[n][diff[0]]))
    extra = sorted(n for n in got if n not in want)
    if extra:
        problems.append("the ledger holds %s, which is not a valid invoice of the export" % ", ".join(extra[:3]))
    if problems:
        fail(*problems[:5])
    summary = SUMMARY.findall(client.stdout)
    truth = (counts["created"], counts["existing"], counts["rejected"])
    if not summary:
        fail("with %s, the client no longer prints the summary line 'created: N, already in ledger: N, rejected: N' (monitoring reads it)" % label)
    if tuple(int(x) for x in summary[-1]) != truth:
        fail("with %s, the summary says created: %s, already in ledger: %s, rejected: %s; the ledger's answers were %d, %d, %d"
             % ((label,) + summary[-1] + truth))
    want_exit = 1 if counts["rejected"] else 0
    if client.returncode != want_exit:
        fail("with %s, the job exits %d; its contract (sync/push_invoices.py) is %d when %s"
             % (label, client.returncode, want_exit, "invoices were rejected" if want_exit else "every invoice is in the ledger"))


# ---- git: what the learner changed since the base commit ------------------------------------

def git(*args):
    return subprocess.run(["git", "-c", "safe.directory=*", "-c", "core.quotepath=off"] + list(args),
                          cwd="/workspace", capture_output=True, text=True)


def base_commit():
    base = os.environ.get("WORKSIM_BASE_COMMIT", "")
    if not base or git("rev-parse", "-q", "--verify", "HEAD").returncode != 0:
        fail("this folder is no longer the git repository it was: the fix has to be committed in it")
    return base


def changed_paths(base):
    """Paths changed in the working tree against base, tracked or new (ignored files aside)."""
    tracked = git("diff", "--name-only", base).stdout.split("\n")
    new = git("ls-files", "--others", "--exclude-standard").stdout.split("\n")
    return sorted({p for p in tracked + new if p})


def same_as_base(path):
    mine, base = os.path.join("/workspace", path), os.path.join("/base", path)
    if not (os.path.isfile(mine) and os.path.isfile(base)):
        return False
    with open(mine, "rb") as a, open(base, "rb") as b:
        return a.read() == b.read()


def judge_committed():
    base = base_commit()
    mine = git("log", "--format=%H", base + "..HEAD", "--", "sync/").stdout.split()
    if not mine:
        fail("no commit of yours changes sync/: commit the fix (git add sync/...; git commit)")
    # tests/test_invoices.py is protected: this sandbox holds /base's copy, so a test the learner
    # added to it and committed shows as a change of the working tree; it is no uncommitted work
    dirty = [p for p in git("diff", "--name-only", "HEAD").stdout.split("\n")
             if p and not (p == "tests/test_invoices.py" and same_as_base(p))]
    new = [p for p in git("ls-files", "--others", "--exclude-standard", "--", "sync", "tests").stdout.split("\n") if p]
    if dirty or new:
        fail(*(["uncommitted change in %s" % p for p in dirty] + ["new file not committed: %s" % p for p in new])[:5])


DEBUG = re.compile(r"breakpoint\(|\bpdb\b|debuglevel|print\(.*(header|token|authoriz|request\b|req\b)", re.I)
INVOICE_NUMBER = re.compile(r"INV-\d+")


def stray_output(client, got):
    """Lines the job printed beyond its contract (sync/push_invoices.py: one line per invoice that
    did not make it, then the summary): a line about an invoice the ledger took, or about none.
    What the job does decides, not how the print is spelled (print(">>>", ...), sys.stderr.write...)."""
    stray = []
    for line in (client.stdout + client.stderr).split("\n"):
        if not line.strip() or SUMMARY.search(line):
            continue
        numbers = INVOICE_NUMBER.findall(line)
        if not numbers or any(n in got for n in numbers):
            stray.append(line.strip())
    return stray


def fixture(path):
    """Whether a file under tests/ is data a test reads: a test names it."""
    name = os.path.basename(path)
    for dirpath, dirs, files in os.walk("/workspace/tests"):
        for f in files:
            if f.endswith(".py"):
                try:
                    if name in open(os.path.join(dirpath, f), encoding="utf-8", errors="replace").read():
                        return True
                except OSError:
                    pass
    return False


DOC = re.compile(r"^(README\.md|(CHANGELOG|CHANGES|HISTORY)(\.md|\.rst|\.txt)?|docs/[^/]+\.(md|rst))$")


def documentation_added(base, paths):
    """The documentation among paths (the README, a changelog, docs/*.md) that only gained lines:
    a learner who documents the fix (how the job authenticates now) does part of the job. A doc
    that lost lines is judged as any other change."""
    docs = [p for p in paths if DOC.match(p)]
    if not docs:
        return set()
    kept = set(docs)
    for row in git("diff", "--numstat", base, "--", *docs).stdout.split("\n"):
        cols = row.split("\t")
        if len(cols) == 3 and cols[1] != "0":
            kept.discard(cols[2])
    return kept


def judge_scope():
    base = base_commit()
    problems = []
    paths = changed_paths(base)
    if not any(p.startswith("sync/") for p in paths):
        fail("nothing in sync/ has changed yet: the fix belongs in billing-sync's client")
    documented = documentation_added(base, paths)
    for path in paths:
        if path in documented:
            continue
        if not (path.startswith("sync/") or path.startswith("tests/")):
            problems.append("%s changed: the fix belongs in billing-sync's code (sync/); remove scratch files and leave the rest as it was" % path)
        elif not path.endswith(".py") and not (path.startswith("tests/") and fixture(path)):
            # sync/ and tests/ hold Python sources (and tests/ the data its tests read): notes,
            # backups and logs there are scratch
            problems.append("%s is not part of the client: sync/ and tests/ hold Python code only; remove scratch files (git rm)" % path)
    diff = git("diff", "-U0", base, "--", "sync/").stdout
    for line in diff.split("\n"):
        if line.startswith("+") and not line.startswith("+++") and DEBUG.search(line):
            problems.append("debugging left in the code: %s" % line[1:].strip()[:80])
    want, _, got, client, _ = run_client("dev")
    stray = stray_output(client, got) if all(n in got for n in want) else []   # a broken job: the dev check says why
    if stray:
        problems.append("debug output left in sync/: the job prints %d line(s) beyond one per refused invoice and the "
                        "summary, e.g. '%s'" % (len(stray), stray[0][:80]))
    with open(BASE + "/" + DEV_TOKEN_FILE, encoding="utf-8") as f:
        token = f.read().strip()
    for root in ("sync", "tests"):
        for dirpath, dirs, files in os.walk(os.path.join("/workspace", root)):
            # Python's own byte code repeats what the sources say: name the source, not the copy
            dirs[:] = [d for d in dirs if d != "__pycache__"]
            for name in files:
                path = os.path.join(dirpath, name)
                try:
                    text = open(path, encoding="utf-8", errors="replace").read()
                except OSError:
                    continue
                if token in text:
                    problems.append("the development token is written into %s: the job reads its token from LEDGER_TOKEN (sync/config.py)"
                                    % os.path.relpath(path, "/workspace"))
    if problems:
        fail(*problems[:5])


# A subject that says nothing about the change: a marker, or a generic verb with at most a
# generic object ("fix", "Fix bug", "update the code", "stuff").
if __name__ == "__main__":
    mode = sys.argv[1] if len(sys.argv) > 1 else ""
    if mode in ("dev", "hidden"):
        judge_sync(mode)
    elif mode == "committed":
        judge_committed()
    elif mode == "scope":
        judge_scope()
    else:
        print("usage: verify.py dev|hidden|committed|scope")
        sys.exit(3)
