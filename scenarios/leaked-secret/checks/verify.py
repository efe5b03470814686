"""Checks for leaked-secret, run as `python3 -I /checks/verify.py MODE` in a check sandbox.

The learner never sees this file. The key is searched for whole and as fragments (any 8
characters of its random part) in every object a ref reaches (files, trees, commit and tag
messages, notes, stashes, tags pointing straight at a tree or a blob) or the object store holds, also
when it is stored encoded (base64, hex, reversed or rot13): an encoded key is still the key.
"History kept" compares the rewritten commits with the originals read from /base (the
repository as it stood at the start): same subjects, authors and dates, same files, and every
file that never held the key byte for byte the same, so empty commits with old subjects fail;
and it was rewritten: an old commit that held the key whose key-holding files are still the
very same blobs (nothing rewritten, only the last commit amended, or only the dates or authors
rewritten) fails the item ("History rewritten, not squashed").
Modes: files, env, history, kept, local.
"""
import base64
import binascii
import bz2
import codecs
import gzip
import io
import lzma
import os
import re
import subprocess
import sys
import zipfile
import zlib

KEY = "lmk_live_7Qf2Zr9WbX4nT8pK1sVd3Hc6"
SECRET_PART = KEY[len("lmk_live_"):]
FRAGMENTS = {SECRET_PART[i:i + 8] for i in range(len(SECRET_PART) - 7)}
BASE_GIT = "/base/.git"
TAG = "v0.3.0"


def fail(msg):
    print("FAIL: " + msg)
    sys.exit(1)


def git(*args, git_dir=None, binary=False):
    cmd = ["git", "-c", "safe.directory=*"] + (["--git-dir=" + git_dir] if git_dir else []) + list(args)
    r = subprocess.run(cmd, capture_output=True)
    return r.stdout if binary else r.stdout.decode("utf-8", "replace")


BASE64_RUN = re.compile(r"[A-Za-z0-9+/_-]{12,}")
HEX_RUN = re.compile(r"[0-9a-fA-F]{16,}")


def holds_key(text):
    return KEY in text or any(f in text for f in FRAGMENTS)


SPLICES = re.compile(r"[\s'\"+\\,()\[\]]+")


def decodings(text):
    """`text` as a learner could have disguised the key in it: spliced from short pieces
    ("lmk_live_7Qf2Zr9" "WbX4nT8" ..., 'a''b', "a" + "b", a list of parts: read with the quotes,
    pluses, commas, brackets and white space between them taken out), reversed, rot13, and each
    base64 or hex run decoded at every alignment (a run that starts with other characters still
    decodes the key's part correctly from one of the four offsets)."""
    yield SPLICES.sub("", text)
    yield text[::-1]
    yield codecs.decode(text, "rot13")
    for run in BASE64_RUN.findall(text):
        run = run.replace("-", "+").replace("_", "/")
        for cut in range(4):
            part = run[cut:]
            part = part[:len(part) - len(part) % 4]
            try:
                yield base64.b64decode(part).decode("latin-1")
            except (binascii.Error, ValueError):
                pass
    for run in HEX_RUN.findall(text):
        for cut in range(2):
            part = run[cut:]
            yield bytes.fromhex(part[:len(part) - len(part) % 2]).decode("latin-1")


def leaks(text):
    """True when `text` holds the key or a fragment of it, plainly or encoded."""
    return holds_key(text) or any(holds_key(d) for d in decodings(text))


ZLIB_START = re.compile(rb"\x78[\x01\x5e\x9c\xda]")


def unpacked(data):
    """The texts a binary blob carries inside: a gzip, bzip2 or xz file, a zip archive, and the
    zlib streams of a git bundle or pack (a backup of the old history committed as a file, or
    left in the working tree, is still the key)."""
    if data[:2] == b"\x1f\x8b":
        try:
            yield gzip.decompress(data)
        except (OSError, EOFError, zlib.error):
            pass
    for magic, module in ((b"BZh", bz2), (b"\xfd7zXZ", lzma)):
        if data.startswith(magic):
            try:
                yield module.decompress(data)
            except (OSError, EOFError, ValueError, lzma.LZMAError):
                pass
    if data[:2] == b"PK":
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                for name in z.namelist()[:200]:
                    yield z.read(name)
        except (zipfile.BadZipFile, OSError, ValueError, RuntimeError, EOFError, zlib.error):
            pass
    for m in list(ZLIB_START.finditer(data))[:5000]:
        try:
            yield zlib.decompressobj().decompress(data[m.start():], 1 << 20)
        except zlib.error:
            pass


def leaks_bytes(data, depth=0):
    """leaks() on raw bytes, and on whatever compressed data they carry (two levels deep:
    a .tar.gz, a bundle of packed objects)."""
    if leaks(data.decode("utf-8", "replace")):
        return True
    if depth < 2 and (b"\0" in data[:8000] or data[:2] in (b"\x1f\x8b", b"PK") or data.startswith((b"BZh", b"\xfd7zXZ", b"# v2 git bundle", b"# v3 git bundle"))):
        return any(leaks_bytes(inner, depth + 1) for inner in unpacked(data))
    return False


def mask(text):
    """Feedback must never repeat the secret: the key and its fragments become <the key>."""
    text = re.sub(r"lmk_live_\w*", "<the key>", text)
    for f in FRAGMENTS:
        text = text.replace(f, "<the key>")
    return text


def grep_tree(commit):
    """Paths in a commit's tree whose content holds the key or a fragment."""
    hits = []
    for line in git("ls-tree", "-r", commit).splitlines():
        meta, path = line.split("\t", 1)
        if meta.split()[1] == "blob" and leaks_bytes(git("cat-file", "blob", meta.split()[2], binary=True)):
            hits.append(path)
    return hits


def mode_files():
    bad = []
    for root, dirs, files in os.walk("."):
        # only the repository's own .git: a clone or a bare copy of the old history kept in the
        # working tree (its objects are zlib streams, read by unpacked()) is a file like any other
        if root == ".":
            dirs[:] = [d for d in dirs if d != ".git"]
        for f in files:
            # Python's bytecode cache: written by any import (a test run before the fix compiles
            # the old settings.py) and rewritten by the next one, never the learner's own file;
            # git ignores it, and a .pyc that was committed is caught in HEAD and in the history
            if os.path.basename(root) == "__pycache__" and f.endswith(".pyc"):
                continue
            p = os.path.join(root, f)
            try:
                with open(p, "rb") as f:
                    data = f.read(1 << 24)
                if leaks_bytes(data):
                    bad.append("the key (or part of it) is still in %s" % os.path.relpath(p))
            except OSError:
                pass
    if git("rev-parse", "-q", "--verify", "HEAD").strip():
        for path in grep_tree("HEAD"):
            bad.append("the key (or part of it) is still in %s in your last commit (HEAD)" % path)
    for b in bad[:4]:
        print("FAIL: " + b)
    sys.exit(1 if bad else 0)


def mode_env():
    env = {k: v for k, v in os.environ.items() if k != "LARKMSG_API_KEY"}
    for value in ("probe-4711", "another-key-for-the-check"):
        r = subprocess.run([sys.executable, "-I", "-c", "import sys; sys.path.insert(0, '.'); from notify import settings; "
                            "print(settings.api_key())"], env=dict(env, LARKMSG_API_KEY=value), capture_output=True, text=True)
        out = (r.stdout.strip().splitlines() or [""])[-1]
        if out != value:
            shown = re.sub(r"lmk_live_\w*", "<the hard-coded key>", (r.stdout + r.stderr).strip().splitlines()[-1:][0]
                           if (r.stdout + r.stderr).strip() else "nothing")
            fail("settings.api_key() does not return LARKMSG_API_KEY from the environment (got: %s)" % shown)
    r = subprocess.run([sys.executable, "-I", "-c", "import sys; sys.path.insert(0, '.'); from notify import settings; "
                        "settings.api_key()"], env=env, capture_output=True, text=True)
    if r.returncode == 0:
        fail("without LARKMSG_API_KEY set, settings.api_key() should raise a RuntimeError naming the variable")
    if "RuntimeError" not in r.stderr or "LARKMSG_API_KEY" not in r.stderr:
        fail("the error when LARKMSG_API_KEY is missing should be a RuntimeError naming the variable")
    r = subprocess.run([sys.executable, "-I", "-m", "pytest", "-q", "-p", "no:cacheprovider"], env=env,
                       capture_output=True, text=True, timeout=120)
    if r.returncode != 0:
        fail("the test suite does not pass (python3 -m pytest -q)")
    sys.exit(0)


def objects(args, all_objects=False):
    """{oid: (type, raw bytes)} of every object `git rev-list --objects ARGS` reaches (commits,
    trees, blobs and tag objects, also refs that point straight at a tree or a blob), or of the
    whole object store with all_objects: one rev-list and one cat-file --batch, whatever the size."""
    if all_objects:
        feed = subprocess.run(["git", "-c", "safe.directory=*", "cat-file", "--batch-all-objects", "--batch"],
                              capture_output=True).stdout
    else:
        oids = {line.split()[0] for line in git("rev-list", "--objects", *args).splitlines() if line.strip()}
        feed = subprocess.run(["git", "-c", "safe.directory=*", "cat-file", "--batch"], capture_output=True,
                              input="\n".join(sorted(oids)).encode() + b"\n").stdout
    out, pos = {}, 0
    while pos < len(feed):
        end = feed.index(b"\n", pos)
        head = feed[pos:end].decode("utf-8", "replace").split()
        pos = end + 1
        if len(head) != 3:
            continue
        size = int(head[2])
        out[head[0]] = (head[1], feed[pos:pos + size])
        pos += size + 1
    return out


def leaking(found):
    """The oids among `found` whose content holds the key (a tree through a file name)."""
    return {oid for oid, (_, data) in found.items() if leaks_bytes(data)}


def mode_history():
    """Every object reachable from any ref (branches, tags, also tags to trees or blobs,
    refs/original, stash, notes) is scanned, not only the commits' trees."""
    bad_oids = leaking(objects(["--all"]))
    if not bad_oids:
        sys.exit(0)
    bad = []
    for line in git("for-each-ref", "--format=%(refname) %(objecttype)").splitlines():
        ref, kind = line.rsplit(" ", 1)
        reached = objects([ref])
        hits = bad_oids & set(reached)
        if not hits:
            continue
        files = sorted({p.split("\t", 1)[1] for p in git("ls-tree", "-r", ref).splitlines()
                        if p.split()[2] in hits}) if kind in ("commit", "tree", "tag") else []
        msgs = any(reached[o][0] in ("commit", "tag") for o in hits)
        what = ", ".join(files[:3]) or ("a commit or tag message" if msgs else "a %s it points at" % kind)
        bad.append("%s still reaches the key (%s): a mirror push would publish it" % (ref, what))
    if not bad:
        bad.append("an object reachable from a ref still contains the key")
    for b in bad[:4]:
        print("FAIL: " + mask(b))
    sys.exit(1)


def tree_map(commit, git_dir=None):
    out = {}
    for line in git("ls-tree", "-r", commit, git_dir=git_dir).splitlines():
        meta, path = line.split("\t", 1)
        out[path] = meta.split()[2]
    return out


def mode_kept():
    originals = git("rev-list", "--reverse", "refs/heads/main", git_dir=BASE_GIT).split()
    if not originals:
        print("FAIL: internal: the original history is unknown")
        sys.exit(2)
    mine = git("rev-list", "--reverse", "refs/heads/main").split()
    if not mine:
        fail("there is no main branch any more")
    by_subject = {}
    for c in mine:
        by_subject.setdefault(git("log", "-1", "--format=%s", c).strip(), []).append(c)
    bad = []
    rewritten = {}
    held, unchanged = 0, []   # original commits whose files held the key, and those of them still on main as they were
    for o in originals:
        subject, stamp = git("log", "-1", "--format=%s%n%an %aI", o, git_dir=BASE_GIT).strip().split("\n")
        candidates = [c for c in by_subject.get(subject, []) if git("log", "-1", "--format=%an %aI", c).strip() == stamp]
        if not candidates:
            bad.append("the commit \"%s\" is no longer in main's history with its author and date: rewrite the "
                       "history, don't squash or recreate it" % subject)
            continue
        want, got = tree_map(o, BASE_GIT), tree_map(candidates[0])
        changed = []
        key_files, key_kept = 0, 0
        for path, blob in want.items():
            holds_key = leaks(git("cat-file", "blob", blob, git_dir=BASE_GIT))
            key_files += holds_key
            key_kept += holds_key and got.get(path) == blob
            if path not in got:
                changed.append("%s is missing" % path)
            elif not holds_key and got[path] != blob:
                changed.append("%s was changed" % path)
        extra = sorted(set(got) - set(want))
        if changed or extra:
            bad.append("the rewritten \"%s\" is not the original commit minus the key (%s): only the key may change" % (
                subject, ", ".join(changed + ["%s was added" % e for e in extra])[:160]))
        rewritten[o] = candidates[0]
        if key_files:
            held += 1
            if key_kept == key_files:
                unchanged.append(subject)
    if held and len(unchanged) == held:
        bad.insert(0, "the history was not rewritten: every old commit that held the key still has it in the same files "
                      "(git filter-branch over all refs, tags included, rewrites them)")
    elif unchanged:
        bad.insert(0, "the history was rewritten only in part: \"%s\" still has the key in the same files "
                      "(rewrite every commit since \"Add Larkspur Messaging client\")" % unchanged[0])
    tag_orig = git("rev-parse", "-q", "--verify", "refs/tags/%s^{commit}" % TAG, git_dir=BASE_GIT).strip()
    tag_now = git("rev-parse", "-q", "--verify", "refs/tags/%s^{commit}" % TAG).strip()
    if not tag_now:
        bad.append("the release tag %s is gone: rewrite it too (it must keep pointing at the release commit)" % TAG)
    elif tag_orig in rewritten and tag_now != rewritten[tag_orig]:
        bad.append("%s no longer points at the (rewritten) release commit \"Add client tests\"" % TAG)
    for b in bad[:4]:
        print("FAIL: " + b)
    sys.exit(1 if bad else 0)


def resolve_undo_only(oids):
    """The oids among `oids` that only the index's resolve-undo record still holds: the stage
    blobs of a conflict the learner resolved (a `stash pop` onto the rewritten history, then
    `git add`). No push, clone or gc reads them and no guide mentions them, so an honest scrub
    that resolved a conflict is not failed for them; any other holder still counts."""
    if not oids:
        return set()
    indexed = {l.split()[0] for l in git("rev-list", "--objects", "--indexed-objects").splitlines() if l.strip()}
    held = {l.split()[0] for l in git("rev-list", "--objects", "--all", "--reflog").splitlines() if l.strip()}
    staged = {l.split()[1] for l in git("ls-files", "-s").splitlines() if l.strip()}
    return {o for o in oids if o in indexed and o not in held and o not in staged}


def git_object_store(root, name):
    """Whether .git/ROOT/NAME is a loose object or a pack with its index: files whose every
    object `cat-file --batch-all-objects` lists (a copied pack or one without .idx is not)."""
    root = os.path.normpath(root)
    if re.fullmatch(r"\.git/objects/[0-9a-f]{2}", root):
        return True
    return (root == ".git/objects/pack" and name.endswith(".pack")
            and os.path.exists(os.path.join(root, name[:-5] + ".idx")))


def mode_local():
    """Nothing in the object store holds the key: the reflog, the index, the stash, backups
    and unreachable objects not yet pruned are all local copies a clone could carry."""
    bad_oids = leaking(objects([], all_objects=True))
    tolerated = resolve_undo_only(bad_oids)
    bad_oids -= tolerated
    if not bad_oids:
        # the object store is clean; a copy of the old objects git does not list (a pack copied to
        # .git/sec31-old.pack, a pack without its .idx, a bundle or a tarball kept inside .git) is
        # still a local copy: every other file under .git is read as well
        for root, _, files in os.walk(".git"):
            for f in files:
                p = os.path.join(root, f)
                if tolerated and git_object_store(root, f):
                    continue  # --batch-all-objects read all of it: only the resolve-undo blobs leak there
                try:
                    with open(p, "rb") as fh:
                        data = fh.read(1 << 24)
                except OSError:
                    continue
                if leaks_bytes(data):
                    fail("%s holds the old objects or the key: a copy git itself no longer lists, but a copy "
                         "of the repository carries it; delete it" % p)
        sys.exit(0)
    local = set(objects(["--all", "--reflog", "--indexed-objects"]))
    if bad_oids & local:
        print("FAIL: the old commits or files are still reachable locally (refs/original, the reflog, a stash, "
              "a backup ref or the index): a clone or a mirror push could still carry them")
    else:
        print("FAIL: unreachable objects with the key are still in .git/objects: expire the reflog and prune (gc)")
    sys.exit(1)


{"files": mode_files, "env": mode_env, "history": mode_history, "kept": mode_kept, "local": mode_local}.get(
    sys.argv[1], lambda: (print("FAIL: internal: unknown mode"), sys.exit(2)))()
