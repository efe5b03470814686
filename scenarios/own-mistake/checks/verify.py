"""Checks for own-mistake, run as `python3 -I /checks/verify.py MODE` in a check sandbox.

The truth comes from the engine's read-only copy of the workspace as the run started (/base):
the rows migrate.py copied at 09:12 (/base/backups/pre-migrate/...), the rows booked since
(/base/app.db) and its payments; and from a hidden version-5 database (/checks/lisbon-v5.db)
for the fixed migration. Never from the learner's word or files they could shape.
Modes: restored, payments, open, evidence, fixed, pushed, note. Exit 0 passes; FAIL: lines are
the learner's feedback.
"""
import hashlib
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile

BASE = "/base"
PRE = "backups/pre-migrate/app-v5-20240514T091203.db"
COLS = "ref, customer_email, bike_id, slot_start, slot_end, created_at, status"
EVIDENCE = [PRE, "backups/nightly/app-20240513T0200.db", "backups/nightly/app-20240514T0200.db"]
LOGS = ["logs/migrate.log", "logs/app.log"]
ORIGIN = ".origin"


def fail(msg):
    print("FAIL: " + msg)
    sys.exit(1)


def ro(path):
    return sqlite3.connect("file:%s?mode=ro&immutable=1" % path, uri=True)


def git(*args, git_dir=None):
    cmd = ["git", "-c", "safe.directory=*"] + (["--git-dir=" + git_dir] if git_dir else []) + list(args)
    r = subprocess.run(cmd, capture_output=True)
    return r.returncode, r.stdout.decode("utf-8", "replace")


def truth_bookings():
    """{ref: row tuple with channel} of what bookings must hold: every row at 09:12 (channel
    'web', the migration's default) and every row booked since, unchanged."""
    rows = {}
    for r in ro(os.path.join(BASE, PRE)).execute("SELECT %s FROM bookings" % COLS):
        rows[r[0]] = tuple(r) + ("web",)
    post = {}
    for r in ro(os.path.join(BASE, "app.db")).execute("SELECT %s, channel FROM bookings" % COLS):
        post[r[0]] = tuple(r)
    return rows, post


def live():
    if not os.path.isfile("app.db"):
        fail("app.db, Porto's live database, is gone")
    try:
        conn = ro(os.path.abspath("app.db"))
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.DatabaseError as e:
        fail("app.db cannot be read as a SQLite database: %s" % e)


def mode_restored():
    conn = live()
    cols = [r[1] for r in conn.execute("PRAGMA table_info(bookings)")]
    if not cols:
        fail("app.db has no bookings table")
    if "channel" not in cols:
        fail("app.db's bookings table has no channel column: the app (SHOP-311) writes one, and schema_migrations "
             "must match the schema; restore the rows into the version-6 table")
    version = conn.execute("SELECT max(version) FROM schema_migrations").fetchone()[0]
    if version != 6:
        fail("app.db records schema version %s, but its code expects 6: the next migrate.py run would apply the "
             "migrations again" % version)
    if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
        fail("app.db fails PRAGMA integrity_check")
    pre, post = truth_bookings()
    have = {}
    dup = 0
    for r in conn.execute("SELECT %s, channel FROM bookings" % COLS):
        if r[0] in have:
            dup += 1
        have[r[0]] = tuple(r)
    bad = []
    missing_pre = [k for k in pre if k not in have]
    missing_post = [k for k in post if k not in have]
    changed = [k for k in pre if k in have and have[k] != pre[k]] + [k for k in post if k in have and have[k] != post[k]]
    extra = [k for k in have if k not in pre and k not in post]
    if missing_pre:
        bad.append("%d of the %d bookings that existed at 09:12 are still missing (e.g. %s): a backup older than "
                   "the migration does not have them" % (len(missing_pre), len(pre), missing_pre[0]))
    if missing_post:
        bad.append("%d of the %d bookings made since 09:12 are missing (e.g. %s): they were only in app.db"
                   % (len(missing_post), len(post), missing_post[0]))
    if changed:
        k = changed[0]
        want = pre.get(k) or post.get(k)
        diff = [n for n, a, b in zip(COLS.split(", ") + ["channel"], have[k], want) if a != b]
        bad.append("%d bookings differ from what they were (e.g. %s: %s is %r, it was %r): restore them as they "
                   "were, don't change customers' bookings" % (len(changed), k, diff[0],
                                                                  have[k][(COLS.split(", ") + ["channel"]).index(diff[0])],
                                                                  want[(COLS.split(", ") + ["channel"]).index(diff[0])]))
    if extra:
        bad.append("%d bookings are in app.db that never existed (e.g. %s)" % (len(extra), extra[0]))
    if dup:
        bad.append("%d bookings appear twice" % dup)
    for b in bad[:4]:
        print("FAIL: " + b)
    sys.exit(1 if bad else 0)


def mode_payments():
    conn = live()
    want = sorted(ro(os.path.join(BASE, "app.db")).execute("SELECT id, booking_ref, amount_cents, paid_at FROM payments"))
    try:
        have = sorted(conn.execute("SELECT id, booking_ref, amount_cents, paid_at FROM payments"))
    except sqlite3.DatabaseError as e:
        fail("app.db's payments table cannot be read: %s" % e)
    if have != want:
        lost = len(set(want) - set(have))
        fail("the payments table is not what it was (%d of %d payments missing or changed): 0006 never touched "
             "payments, a restore must not either" % (lost, len(want)))
    refs = {r[0] for r in conn.execute("SELECT ref FROM bookings")}
    orphans = [p[1] for p in have if p[1] not in refs]
    if orphans:
        fail("%d payments belong to bookings that are not in app.db (e.g. %s): customers paid for them"
             % (len(orphans), orphans[0]))


def mode_open():
    if os.path.exists("ops/MAINTENANCE"):
        fail("the site is still in maintenance (ops/MAINTENANCE exists): reopen it once the data is back")
    conn = live()
    n = conn.execute("SELECT count(*) FROM bookings").fetchone()[0]
    pre, post = truth_bookings()
    if n < len(pre):
        fail("the site is open, but bookings holds %d rows where %d belong: customers still miss bookings, and "
             "the booking form sells bikes that are taken" % (n, len(pre) + len(post)))


def sha(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def mode_evidence():
    bad = []
    for p in EVIDENCE:
        if not os.path.isfile(p):
            bad.append("%s is gone: backups are evidence and the only copy of some rows; keep them" % p)
        elif sha(p) != sha(os.path.join(BASE, p)):
            bad.append("%s was changed: restore from a copy, never into the backup itself" % p)
    for p in LOGS:
        orig = open(os.path.join(BASE, p), "rb").read()
        if not os.path.isfile(p):
            bad.append("%s is gone: the logs are how we reconstruct the timeline" % p)
        elif not open(p, "rb").read().startswith(orig):
            bad.append("%s was edited: new lines may be appended, the old ones are evidence" % p)
    for b in bad[:4]:
        print("FAIL: " + b)
    sys.exit(1 if bad else 0)


def migrate_lisbon(tree_dir):
    """Runs the base migrate.py with the migrations of tree_dir on a copy of Lisbon's database;
    returns an error text or None."""
    d = tempfile.mkdtemp()
    shutil.copy(os.path.join(BASE, "migrate.py"), d)
    shutil.copytree(os.path.join(tree_dir, "migrations"), os.path.join(d, "migrations"))
    db = os.path.join(d, "lisbon.db")
    shutil.copy("/checks/lisbon-v5.db", db)
    r = subprocess.run([sys.executable, "-I", os.path.join(d, "migrate.py"), "--db", db], capture_output=True,
                       text=True, timeout=60)
    if r.returncode != 0:
        return "migrate.py fails on a version-5 database: %s" % ((r.stderr.strip().splitlines() or ["?"])[-1])
    want = {r[0]: tuple(r) + ("web",) for r in ro("/checks/lisbon-v5.db").execute("SELECT %s FROM bookings" % COLS)}
    conn = sqlite3.connect(db)
    cols = [r[1] for r in conn.execute("PRAGMA table_info(bookings)")]
    if "channel" not in cols:
        return "after migrating, a version-5 database has no bookings.channel column: SHOP-311 needs it in Lisbon too"
    have = {r[0]: tuple(r) for r in conn.execute("SELECT %s, channel FROM bookings" % COLS)}
    lost = [k for k in want if k not in have]
    if lost:
        return "migrating a version-5 database still loses %d of its %d bookings" % (len(lost), len(want))
    if any(have[k] != want[k] for k in want):
        return "migrating a version-5 database changes existing bookings (they should keep every column, channel 'web')"
    sql = (conn.execute("SELECT sql FROM sqlite_master WHERE name = 'bookings'").fetchone() or [""])[0] or ""
    if "check" not in sql.lower():
        return "the bookings table lost the CHECK on channel that SHOP-311 asked for"
    try:
        conn.execute("INSERT INTO bookings (ref, customer_email, bike_id, slot_start, slot_end, created_at, channel) "
                     "VALUES ('BK-TEST', 'x@example.com', 1, '2024-06-01 10:00', '2024-06-01 11:00', '2024-05-14 12:00:00', 'fax')")
        return "the bookings table accepts channel 'fax': the CHECK constraint is gone"
    except sqlite3.IntegrityError:
        pass
    return None


def tree_of(rev, git_dir=None):
    d = tempfile.mkdtemp()
    code, _ = git("rev-parse", "-q", "--verify", rev + ":migrations", git_dir=git_dir)
    if code != 0:
        return None
    r = subprocess.run(["git", "-c", "safe.directory=*"] + (["--git-dir=" + git_dir] if git_dir else [])
                       + ["archive", rev, "migrations"], capture_output=True)
    subprocess.run(["tar", "-x", "-C", d], input=r.stdout)
    return d


def delivered():
    """(rev, git_dir) of the learner's delivered commit: HEAD, or origin's main when HEAD is behind
    it there (the later work pushed from a worktree or another branch while the checked-out main
    stayed where it was: what deploys is origin's main). scenario.lua's DELIVERED is the same."""
    code, head = git("rev-parse", "-q", "--verify", "HEAD")
    head = head.strip()
    if code != 0 or not os.path.isdir(ORIGIN):
        return "HEAD", None
    code, theirs = git("rev-parse", "-q", "--verify", "refs/heads/main", git_dir=ORIGIN)
    theirs = theirs.strip()
    if code == 0 and theirs and theirs != head and \
            git("merge-base", "--is-ancestor", head, theirs, git_dir=ORIGIN)[0] == 0:
        return theirs, ORIGIN
    return "HEAD", None


def mode_fixed():
    base = os.environ.get("WORKSIM_BASE_COMMIT", "")
    code, _ = git("rev-parse", "-q", "--verify", "HEAD")
    if code != 0:
        fail("this folder is no longer a git repository with commits")
    rev, gd = delivered()
    code, out = git("rev-list", base + ".." + rev, "--", "migrations", git_dir=gd)
    if not out.strip():
        fail("no commit of yours changes migrations/ yet: Lisbon's deploy at 18:00 would run the broken 0006")
    d = tree_of(rev, git_dir=gd)
    err = migrate_lisbon(d) if d else "HEAD has no migrations/ folder"
    if err:
        fail("your last commit: " + err)


def mode_pushed():
    if not os.path.isdir(ORIGIN):
        fail("the origin repository (.origin) is gone")
    code, theirs = git("rev-parse", "main", git_dir=os.path.join(BASE, ORIGIN))
    theirs = theirs.strip()
    code, head = git("rev-parse", "-q", "--verify", "refs/heads/main", git_dir=ORIGIN)
    if code != 0:
        fail("origin has no main branch any more")
    head = head.strip()
    base = os.environ.get("WORKSIM_BASE_COMMIT", "")
    bad = []
    if git("merge-base", "--is-ancestor", theirs, head, git_dir=ORIGIN)[0] != 0:
        bad.append("origin/main no longer contains Tomás's commit %s (\"Show the cancellation reason on the admin page\"): "
                   "main was rewritten, probably by a force-push; a rejected push means pull (rebase) first" % theirs[:7])
    if base and git("merge-base", "--is-ancestor", base, head, git_dir=ORIGIN)[0] != 0:
        bad.append("origin/main no longer contains your 0006 commit: shared history is never rewritten, not even "
                   "to hide a mistake; fix forward with a new commit")
    if head == theirs:
        bad.append("nothing of yours is pushed: origin/main still has the broken 0006 for Lisbon's 18:00 deploy")
    if bad:
        for b in bad[:3]:
            print("FAIL: " + b)
        sys.exit(1)
    d = tree_of(head, git_dir=ORIGIN)
    err = migrate_lisbon(d) if d else "origin/main has no migrations/ folder"
    if err:
        fail("origin/main: " + err)


HEADINGS = ["summary", "timeline", "impact", "root cause", "follow-up"]


def sections_of(text):
    """{lower-cased heading: body} of a markdown note's ## sections."""
    sections, cur = {}, None
    for line in text.splitlines():
        m = re.match(r"^#{2,3}\s+(.*)", line)
        if m:
            cur = m.group(1).strip().lower()
            sections[cur] = ""
        elif cur is not None:
            sections[cur] += line.strip() + "\n"
    return sections


def squash(text):
    return re.sub(r"\s+", " ", text).strip().lower()


def mode_note():
    """A note in docs/incidents/ with every section filled, judged as committed (HEAD's text): a
    note written after a commit of the bare template is not the committed note."""
    skip = ("TEMPLATE.md", "2024-02-20-payment-webhook.md")
    work = [os.path.join("docs/incidents", f) for f in sorted(os.listdir("docs/incidents"))
            if f.endswith(".md") and f not in skip] if os.path.isdir("docs/incidents") else []
    rev, gd = delivered()
    _, listed = git("ls-tree", "--name-only", rev, "docs/incidents/", git_dir=gd)
    head = [f for f in listed.split("\n") if f.endswith(".md") and os.path.basename(f) not in skip]
    if not work and not head:
        fail("no post-incident note in docs/incidents/ (copy TEMPLATE.md to a new file, e.g. 2024-05-14-bookings-lost.md)")
    template = sections_of(open(os.path.join(BASE, "docs/incidents/TEMPLATE.md"), encoding="utf-8").read())

    def empty_sections(text):
        sections = sections_of(text)
        empty = []
        for h in HEADINGS:
            body = next((b for k, b in sections.items() if k.startswith(h)), None)
            placeholder = next((b for k, b in template.items() if k.startswith(h)), "")
            if body is None or not re.sub(r"[-*\[\]x\s]|HH:MM|<[^>]*>", "", body, flags=re.I) \
                    or squash(body) == squash(placeholder):
                empty.append(h)
        return empty

    best = None
    for p in head:
        code, text = git("show", rev + ":" + p, git_dir=gd)
        empty = empty_sections(text) if code == 0 else list(HEADINGS)
        if best is None or len(empty) < len(best[1]):
            best = (p, empty)
    if best and not best[1]:
        return
    written = None
    for p in work:
        empty = empty_sections(open(p, encoding="utf-8", errors="replace").read())
        if written is None or len(empty) < len(written[1]):
            written = (p, empty)
    if written and not written[1]:
        if written[0] in head:
            fail("%s is filled in, but the committed version still misses %s: commit the note as you wrote it "
                 "(git add, git commit)" % (written[0], ", ".join(best[1] if best and best[0] == written[0] else
                                                                  empty_sections(git("show", rev + ":" + written[0], git_dir=gd)[1]))))
        fail("%s is not committed: the team keeps the notes in the repository" % written[0])
    p, empty = written or best
    fail("%s: the section(s) %s are missing or still the template's placeholder" % (p, ", ".join(empty)))


def main():
    os.chdir("/workspace")
    mode = sys.argv[1]
    {"restored": mode_restored, "payments": mode_payments, "open": mode_open, "evidence": mode_evidence,
     "fixed": mode_fixed, "pushed": mode_pushed, "note": mode_note}[mode]()


main()
