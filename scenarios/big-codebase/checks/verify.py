"""Checks for big-codebase, run as `python3 -I /checks/verify.py MODE` in a check sandbox.

The learner never sees this file. It trusts only what the engine gives it: the workspace copy
(cwd), the setup commit in $WORKSIM_BASE_COMMIT and the engine's snapshot at /base. The
learner's kestrel/ package is put next to the ORIGINAL tests, config and data (read from
/base/.git), and every document that shows an amount is tried on invoices, payments and
currencies the learner never saw. Expected amounts are recomputed here from the currency
registry, independently of the learner's code.
Modes: invoice, callers, registry, tests, committed, scope. Exit 0 passes; FAIL: lines are
the learner's feedback.
"""
import ast
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from decimal import ROUND_HALF_UP, Decimal

sys.path.append("/checks/_shared")
import honest_git  # noqa: E402

BASE_GIT = ["--git-dir=/base/.git"]
HELPER = "kestrel/core/formatting.py"
# Paths the task protects: the engine puts them back as they were before a check runs, so their
# working-tree state in this copy is not the learner's.
PROTECTED = ("tests/conftest.py", "pyproject.toml", "config/", "data/")


def fail(msg):
    print("FAIL: " + msg)
    sys.exit(1)


def git(*args, binary=False):
    r = subprocess.run(["git", "-c", "safe.directory=*", "-c", "core.quotepath=off"] + list(args), capture_output=True)
    return r.stdout if binary else r.stdout.decode("utf-8", "replace")


def base_commit():
    base = os.environ.get("WORKSIM_BASE_COMMIT", "").strip()
    if not base or subprocess.run(["git", "-c", "safe.directory=*"] + BASE_GIT + ["cat-file", "-e", base + "^{commit}"],
                                  capture_output=True).returncode != 0:
        print("FAIL: internal: the run's base commit is unknown")
        sys.exit(2)
    return base


def extract(rev, paths, dest, from_base=False):
    data = git(*(BASE_GIT if from_base else []), "archive", rev, "--", *paths, binary=True)
    subprocess.run(["tar", "-x", "-C", dest], input=data, check=False)


# ---- the truth, recomputed here ---------------------------------------------------------------

def registry(tree):
    with open(os.path.join(tree, "config", "currencies.json"), encoding="utf-8") as f:
        return {code: int(v["minor_units"]) for code, v in json.load(f).items()}


def ref_money(minor, code, places):
    """What a customer must read: the code, a space, the amount with the currency's decimals."""
    amount = Decimal(int(minor)).scaleb(-places[code])
    return "%s %s" % (code, format(amount, ",.%df" % places[code]))


def half_up(x):
    return int(x.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def ref_invoice_amounts(inv, places):
    """{label: expected amount text} for every amount line of an invoice dict."""
    code, out, by_rate, net_sum = inv["currency"], {}, {}, 0
    for l in inv["lines"]:
        net = l["quantity"] * l["unit_price"]
        net_sum += net
        rate = Decimal(l["vat_percent"])
        by_rate[rate] = by_rate.get(rate, 0) + half_up(Decimal(net) * rate / 100)
        out["%d x %s" % (l["quantity"], l["description"])] = ref_money(net, code, places)
    out["Subtotal"] = ref_money(net_sum, code, places)
    for rate, vat in by_rate.items():
        out["VAT %s%%" % format(rate.normalize(), "f")] = ref_money(vat, code, places)
    out["Total"] = ref_money(net_sum + sum(by_rate.values()), code, places)
    return out


def line(q, desc, price, vat):
    return {"description": desc, "quantity": q, "unit_price": price, "vat_percent": vat}


# Invoices the learner never saw (the ticket shows one JPY invoice).
HIDDEN_INVOICES = [
    {"number": "INV-2024-0131", "customer": "Kuroda Studio", "currency": "JPY", "issued": "2024-04-02",
     "terms_days": 30, "lines": [line(3, "Platform seats (monthly)", 2500, "10"), line(1, "Training session", 48000, "10"),
                                 line(2, "Printed handbooks", 1980, "8")]},
    {"number": "INV-2024-0132", "customer": "Gulf Freight W.L.L.", "currency": "KWD", "issued": "2024-04-03",
     "terms_days": 30, "lines": [line(2, "Platform seats (monthly)", 16500, "0"), line(1, "Support plan", 9999, "0")]},
    {"number": "INV-2024-0133", "customer": "Hraun ehf.", "currency": "ISK", "issued": "2024-04-03",
     "terms_days": 14, "lines": [line(4, "Platform seats (monthly)", 5900, "24")]},
    {"number": "INV-2024-0134", "customer": "Nordlicht KG", "currency": "EUR", "issued": "2024-04-04",
     "terms_days": 30, "lines": [line(1, "Consulting", 99999, "19"), line(12, "Platform seats (monthly)", 4900, "19")]},
]
# (payment id, invoice, amount in minor units, currency, method)
HIDDEN_PAYMENTS = [
    ("P-9001", "INV-2024-0117", 13750, "JPY", "card"), ("P-9002", "INV-2024-0121", 100000, "KWD", "wire"),
    ("P-9003", "INV-2024-0133", 29264, "ISK", "card"), ("P-9004", "INV-2024-0098", 171122, "EUR", "sepa"),
]
# (invoice from data/, today, paid so far)
HIDDEN_REMINDERS = [("INV-2024-0121", "2024-04-15", 100000), ("INV-2024-0117", "2024-03-20", 0),
                    ("INV-2024-0104", "2024-04-15", 12345)]
HIDDEN_FORMAT = [(13750, "JPY"), (0, "JPY"), (-500, "JPY"), (204050, "KWD"), (5, "KWD"), (-1999, "KWD"),
                 (1234567, "ISK"), (123450, "EUR"), (7, "SEK"), (-2000, "GBP")]
# Currencies a later launch adds to config/currencies.json: the code must take them from there.
NEW_CURRENCIES = {"BHD": {"name": "Bahraini dinar", "minor_units": 3}, "CLF": {"name": "Unidad de Fomento", "minor_units": 4}}

PROBE = r"""
import json, sys, datetime
sys.path.insert(0, ".")
job = json.loads(sys.argv[1])
out = {}
def attempt(fn):
    try:
        r = fn()
    except Exception as e:
        return "!raises %s: %s" % (type(e).__name__, e)
    return r if r is None or isinstance(r, str) else "!returns %r" % (r,)
try:
    from kestrel.core.formatting import format_money
    from kestrel.invoices.models import Invoice
    from kestrel.invoices.render import render_invoice
    from kestrel.receipts.email import receipt_email
    from kestrel.notifications.reminders import reminder_text
    from kestrel.payments.models import Payment
    from kestrel.storage.repository import load_invoice
except Exception as e:
    print(json.dumps({"import": "%s: %s" % (type(e).__name__, e)})); sys.exit()
out["format"] = [attempt(lambda m=m, c=c: format_money(m, c)) for m, c in job.get("format", [])]
out["invoices"] = [attempt(lambda d=d: render_invoice(Invoice.from_dict(d))) for d in job.get("invoices", [])]
out["receipts"] = [attempt(lambda p=p: "\n".join(receipt_email(Payment(p[0], p[1], p[2], p[3], datetime.date(2024, 3, 8), p[4]), "Customer")))
                   for p in job.get("receipts", [])]
out["reminders"] = [attempt(lambda r=r: reminder_text(load_invoice(r[0]), datetime.date.fromisoformat(r[1]), paid=r[2]))
                    for r in job.get("reminders", [])]
print(json.dumps(out))
"""

AMOUNT = re.compile(r"\b([A-Z]{3}) (-?[0-9][0-9,]*(?:\.[0-9]+)?)\b")


def learner_tree(code_from, base, extra_currencies=None):
    """A temp folder with the learner's kestrel/ package (working tree or a commit) beside the
    original config, data, tests and pyproject.toml from the setup commit."""
    d = tempfile.mkdtemp()
    if code_from == "worktree":
        if not os.path.isdir("kestrel"):
            fail("the kestrel/ package is gone")
        shutil.copytree("kestrel", os.path.join(d, "kestrel"), ignore=shutil.ignore_patterns("__pycache__", "conftest.py"))
    else:
        extract(code_from, ["kestrel"], d)
    extract(base, ["config", "data", "tests", "pyproject.toml"], d, from_base=True)
    if extra_currencies:
        path = os.path.join(d, "config", "currencies.json")
        with open(path, encoding="utf-8") as f:
            reg = json.load(f)
        reg.update(extra_currencies)
        with open(path, "w", encoding="utf-8") as f:
            json.dump(reg, f)
    return d


def probe(tree, job, where):
    env = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "PYTHONDONTWRITEBYTECODE": "1"}
    r = subprocess.run([sys.executable, "-I", "-c", PROBE, json.dumps(job)], cwd=tree, env=env,
                       capture_output=True, text=True, timeout=60)
    try:
        got = json.loads(r.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        fail("%s: the kestrel package could not be run: %s" % (where, (r.stderr.strip().splitlines() or ["no output"])[-1]))
    if "import" in got:
        fail("%s: the kestrel package does not import: %s" % (where, got["import"]))
    return got


def run_tests(tree, where):
    env = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "PYTHONDONTWRITEBYTECODE": "1", "HOME": tree}
    cmd = [sys.executable, "-I", "-m", "pytest", "-rf", "-p", "no:cacheprovider"]
    r = subprocess.run(cmd, cwd=tree, env=env, capture_output=True, text=True, timeout=120)
    if r.returncode == 0:
        return
    failed = [l.split()[1] for l in r.stdout.splitlines() if l.startswith("FAILED ")]
    for f in failed[:4]:
        print("FAIL: %s: still failing: %s" % (where, f))
    if not failed:
        tail = [l for l in (r.stdout + r.stderr).splitlines() if l.strip()][-1:] or ["no output"]
        print("FAIL: %s: the test suite does not run cleanly: %s" % (where, tail[0]))
    sys.exit(1)


def shown(value):
    return value.splitlines()[0][:90] if value else repr(value)


def compare_amounts(text, want, what):
    """None when the amounts `text` shows are exactly `want` (in order), else the problem."""
    if text is None or text.startswith("!"):
        return "%s: %s" % (what, "no text at all" if text is None else text[1:])
    got = ["%s %s" % m for m in AMOUNT.findall(text)]
    if got != want:
        bad = next(((g, w) for g, w in zip(got, want) if g != w), None)
        if bad:
            return "%s shows %s where the customer must read %s" % (what, bad[0], bad[1])
        return "%s shows the amounts %s, expected %s" % (what, ", ".join(got) or "none", ", ".join(want))
    return None


def check_invoices(tree, places, invoices, where, got=None):
    """got: the probe's answers when the caller asked them along with others (one python start)."""
    got = (got or probe(tree, {"invoices": invoices}, where))["invoices"]
    problems = []
    for inv, text in zip(invoices, got):
        if text is None or text.startswith("!"):
            problems.append("%s: rendering a %s invoice: %s" % (where, inv["currency"], "no text" if text is None else text[1:]))
            continue
        want = ref_invoice_amounts(inv, places)
        for label, amount in want.items():
            row = next((l for l in text.splitlines() if l.startswith(label)), None)
            if row is None:
                problems.append("%s: the %s invoice has no line '%s' any more" % (where, inv["currency"], label))
                break
            if row[len(label):].strip() != amount:
                problems.append("%s: a %s invoice shows '%s' on the %s line, the customer must read '%s'"
                                % (where, inv["currency"], row[len(label):].strip(), label, amount))
                break
    return problems


def expected_reminder(tree, places, number, paid):
    inv = data_invoice(tree, number)
    total = ref_invoice_amounts(inv, places)["Total"]
    total_minor = sum(l["quantity"] * l["unit_price"] + half_up(Decimal(l["quantity"] * l["unit_price"]) * Decimal(l["vat_percent"]) / 100)
                      for l in inv["lines"])
    code = inv["currency"]
    return [total] + ([ref_money(paid, code, places)] if paid else []) + [ref_money(total_minor - paid, code, places)]


def check_callers(tree, places, where, payments, reminders, formats, got=None):
    job = {"format": formats, "receipts": payments, "reminders": reminders}
    got = got or probe(tree, job, where)
    problems = []
    for (minor, code), text in zip(formats, got["format"]):
        want = ref_money(minor, code, places)
        if text != want:
            problems.append("%s: format_money(%d, \"%s\") gives %s, expected %s" % (where, minor, code, shown(text), want))
            break
    for p, text in zip(payments, got["receipts"]):
        want = ref_money(p[2], p[3], places)
        bad = compare_amounts(text, [want, want], "the payment receipt e-mail for a %s payment" % p[3])
        if bad:
            problems.append("%s: %s" % (where, bad))
            break
    for r, text in zip(reminders, got["reminders"]):
        bad = compare_amounts(text, expected_reminder(tree, places, r[0], r[2]), "the payment reminder for %s" % r[0])
        if bad:
            problems.append("%s: %s" % (where, bad))
            break
    return problems


def report(problems):
    for p in problems[:4]:
        print("FAIL: " + p)
    sys.exit(1 if problems else 0)


# ---- modes -----------------------------------------------------------------------------------

def data_invoice(tree, number):
    with open(os.path.join(tree, "data", "invoices", number + ".json"), encoding="utf-8") as f:
        return json.load(f)


def mode_invoice(base):
    tree = learner_tree("worktree", base)
    places = registry(tree)
    # the ticket's invoice (Dana's test) first, then the unseen ones
    report(check_invoices(tree, places, [data_invoice(tree, "INV-2024-0117")] + HIDDEN_INVOICES, "your code"))


def mode_callers(base):
    tree = learner_tree("worktree", base)
    places = registry(tree)
    problems = check_callers(tree, places, "your code", HIDDEN_PAYMENTS, HIDDEN_REMINDERS, HIDDEN_FORMAT)
    if problems:
        problems.append("BILL-231's symptom is on the invoice, but every document that shows an amount goes through "
                        "the same helper: find its callers")
    report(problems)


def mode_registry(base):
    tree = learner_tree("worktree", base, NEW_CURRENCIES)
    places = registry(tree)
    inv = {"number": "INV-2024-0140", "customer": "Manama Print W.L.L.", "currency": "BHD", "issued": "2024-05-02",
           "terms_days": 30, "lines": [line(2, "Platform seats (monthly)", 14250, "10"), line(1, "Setup", 75005, "10")]}
    payments, formats = [("P-9101", "INV-2024-0140", 1234567, "BHD", "card")], [(1234567, "BHD"), (50, "CLF"), (-98765, "CLF")]
    where = "with BHD (3 decimals) added to config/currencies.json"
    got = probe(tree, {"invoices": [inv], "format": formats, "receipts": payments, "reminders": []}, where)
    problems = check_invoices(tree, places, [inv], where, got)
    problems += check_callers(tree, places, "with BHD and CLF added to config/currencies.json", payments, [], formats, got)
    if problems:
        problems.append("the decimals must come from the currency registry (kestrel.core.currency), so that adding a "
                        "currency to config/currencies.json is all a launch needs")
    report(problems)


def test_functions(src):
    """name -> ast dump of every test function in a module (None when it does not parse)."""
    try:
        tree = ast.parse(src)
    except SyntaxError:
        return None
    return {n.name: ast.dump(n) for n in ast.walk(tree)
            if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)) and n.name.startswith("test")}


WEAKEN = re.compile(r"pytest\.mark\.(skip|xfail)|pytest\.(skip|xfail|importorskip)\(|monkeypatch|unittest\.mock|"
                    r"collect_ignore|deselect")


def read_tests(rev, from_base=False):
    """{path: source} of every tests/*.py file in a commit, from one git archive."""
    d = tempfile.mkdtemp()
    extract(rev, ["tests"], d, from_base)
    out = {}
    for root, _, files in os.walk(os.path.join(d, "tests")):
        for name in files:
            if name.endswith(".py"):
                full = os.path.join(root, name)
                with open(full, encoding="utf-8", errors="replace") as f:
                    out[os.path.relpath(full, d)] = f.read()
    return out


def tests_weakened(base):
    """Problems with the tests, in the learner's HEAD and working tree, against the setup commit."""
    bad = []
    originals = read_tests(base, from_base=True)
    head = read_tests("HEAD")
    for path, orig_src in sorted(originals.items()):
        orig = test_functions(orig_src) or {}
        versions = [("your commit", head.get(path))]
        if not path.startswith(PROTECTED):
            try:
                with open(path, encoding="utf-8", errors="replace") as f:
                    versions.append(("your working tree", f.read()))
            except OSError:
                versions.append(("your working tree", None))
        found = {}   # problem -> the versions that have it, in order
        for where, src in versions:
            mine = test_functions(src) if src is not None else None
            if src is None:
                problems = ["%s was deleted" % path]
            elif mine is None:
                problems = ["%s no longer parses" % path]
            else:
                problems = ["test %s in %s was removed or renamed" % (n, path) for n in orig if n not in mine]
                problems += ["test %s in %s was changed: the test is right, the code is wrong" % (n, path)
                             for n in orig if n in mine and mine[n] != orig[n]]
                if WEAKEN.search(src) and not WEAKEN.search(orig_src):
                    problems.append("%s now skips, expects failure or patches the code under test: fix the code instead" % path)
            for p in problems:
                found.setdefault(p, []).append(where)
        for p, where in found.items():
            bad.append("%s (in %s)" % (p, " and ".join(where)))
    base_files = set(git(*BASE_GIT, "ls-tree", "-r", "--name-only", base).split("\n"))
    for path in git("ls-tree", "-r", "--name-only", "HEAD").split("\n"):
        if os.path.basename(path) in ("conftest.py", "pytest.ini", "tox.ini", "setup.cfg") and path not in base_files:
            bad.append("your commits add %s, which changes how the tests run: leave the test setup alone" % path)
    if git("show", "HEAD:pyproject.toml") != git(*BASE_GIT, "show", "%s:pyproject.toml" % base):
        bad.append("pyproject.toml (the test configuration) was changed in your commits")
    return bad


def mode_tests(base):
    bad = tests_weakened(base)
    if bad:
        report(bad)
    run_tests(learner_tree("worktree", base), "your code")


VAGUE = re.compile(r"^(wip\b|fixup!|squash!|amend!|tmp\b|temp\b|todo\b|xxx)|"
                   r"^(wip|tests?|updates?|updated|changes?|fix(es|ed)?|bug ?fix|commit|stuff|minor|misc|done|"
                   r"feature|work|\.+)( \w+)?\W*$", re.I)


TICKET = re.compile(r"\(?\b[A-Z]+-\d+\b\)?:?")


def learner_commits(base):
    return [c for c in git("rev-list", base + "..HEAD").split() if c]


def mode_committed(base):
    commits = learner_commits(base)
    if not commits:
        fail("there is no commit of yours on top of the existing history: commit the fix (git add, git commit)")
    if subprocess.run(["git", "-c", "safe.directory=*", "merge-base", "--is-ancestor", base, "HEAD"],
                      capture_output=True).returncode != 0:
        fail("your branch no longer holds the commit you started from (\"%s\"): it was amended or rebased away, "
             "so the fix would go out under someone else's commit and need a force push; commit on top of it "
             "(git reflog finds the original)" % git("log", "-1", "--format=%s", base).strip())
    if not git("log", "--format=%H", base + "..HEAD", "--", "kestrel").strip():
        fail("none of your commits changes the kestrel/ package")
    for c in commits:
        s = git("log", "-1", "--format=%s", c).strip()
        words = TICKET.sub("", s).strip(" -:")   # "Fix BILL-231" says no more than "Fix"
        if len(words) < 12 or VAGUE.match(words):
            fail("the commit subject \"%s\" does not say what changed; e.g. \"Format document amounts with the "
                 "currency's decimals (BILL-231)\" (git commit --amend, or git rebase -i to reword)" % s)
    tree = learner_tree("HEAD", base)
    places = registry(tree)
    where, invoices = "your last commit (HEAD)", [data_invoice(tree, "INV-2024-0117")] + HIDDEN_INVOICES[:2]
    got = probe(tree, {"invoices": invoices, "format": HIDDEN_FORMAT, "receipts": HIDDEN_PAYMENTS[:2],
                       "reminders": HIDDEN_REMINDERS[:1]}, where)
    problems = check_invoices(tree, places, invoices, where, got)
    problems += check_callers(tree, places, where, HIDDEN_PAYMENTS[:2], HIDDEN_REMINDERS[:1], HIDDEN_FORMAT, got)
    if problems:
        report(problems)
    dirty = []
    for l in git(*honest_git.unhide(), "status", "--porcelain", "--untracked-files=all").splitlines():
        if l.strip() and not (l[3:].startswith(PROTECTED) and l[0] in " ?"):
            dirty.append(l)
    for l in dirty[:4]:
        what = "new file not committed" if l.startswith("??") else "uncommitted change"
        print("FAIL: %s: %s (commit it, or remove it if it is scratch)" % (what, l[3:]))
    sys.exit(1 if dirty else 0)


ALLOWED = re.compile(r"^(kestrel/core/(formatting|money|currency)\.py|tests/test_[\w]+\.py|docs/.*\.md|CHANGELOG\.md)$")
CALLERS = ("kestrel/invoices/", "kestrel/receipts/", "kestrel/notifications/")
DEBUG_LINE = re.compile(r"^\+(?!\+\+).*(\bprint\(|breakpoint\(|\bpdb\b|import\s+pdb|\bic\()")


def mode_scope(base):
    status = [l.split("\t") for l in git("diff", "--name-status", "--no-renames", base, "HEAD").splitlines() if "\t" in l]
    committed = [f[-1] for f in status]
    worktree = [p for p in git("diff", "--name-only", base).split("\n") if p and not p.startswith(PROTECTED)]
    untracked = [p for p in git("ls-files", "--others", "--exclude-standard").split("\n") if p and not p.startswith(PROTECTED)]
    changed = sorted(set(committed + worktree + untracked))
    if not any(p.startswith("kestrel/") for p in changed):
        fail("nothing in kestrel/ has changed yet")
    bad = []
    for p in changed:
        if ALLOWED.match(p):
            continue
        if p.startswith(CALLERS):
            bad.append("your change patches a caller, %s: the amounts are wrong in the shared helper every document "
                       "uses, so fix it there once instead of working around it in each caller" % p)
        elif not os.path.exists(p):
            bad.append("%s was deleted: docs/architecture.md says the old finance scripts still use kestrel/legacy "
                       "until they are migrated; removing it is its own ticket, keep BILL-231 to the fix" % p)
        elif p.startswith("kestrel/legacy/"):
            bad.append("%s changed, but nothing in kestrel/ imports the legacy module (docs/money.md is out of date): "
                       "it is not what renders the documents" % p)
        elif p.startswith("kestrel/") and p in untracked + [f[-1] for f in status if f[0] == "A"]:
            bad.append("a new module, %s: do not copy a helper to change it, fix the one that exists" % p)
        elif p.startswith(PROTECTED):
            bad.append("%s changed: BILL-231 needs no change to the config, the data or the test setup" % p)
        else:
            bad.append("%s changed, which BILL-231 does not need: keep the change to the cause (scratch files and "
                       "unrelated edits stay out)" % p)
    diff = git("diff", "-U0", base, "--", "kestrel") + git("diff", "-U0", base, "HEAD", "--", "kestrel")
    for p in untracked:
        if p.startswith("kestrel/") and p.endswith(".py"):
            try:
                with open(p, encoding="utf-8", errors="replace") as f:
                    diff += "".join("+" + l for l in f)
            except OSError:
                pass
    for l in diff.splitlines():
        if DEBUG_LINE.search(l):
            bad.append("debug code left in kestrel/: %s" % l[1:].strip()[:80])
            break
    codes = set(base_currency_codes(base))
    before_py = {p: git(*BASE_GIT, "show", "%s:%s" % (base, p)) for p in changed if p.startswith("kestrel/") and p.endswith(".py")}
    for p, old_src in sorted(before_py.items()):
        versions = [git("show", "HEAD:%s" % p)]
        if os.path.isfile(p):
            with open(p, encoding="utf-8", errors="replace") as f:
                versions.append(f.read())
        hit = next((h for h in (named_currencies(v, codes, named_currencies(old_src, codes, [])) for v in versions) if h), None)
        if hit:
            bad.append("%s now names a currency (\"%s\") in code. Currency facts come from the registry "
                       "(config/currencies.json), so that no code branches on a currency" % (p, hit[0]))
            break
    report(bad)


def named_currencies(src, codes, already):
    """String constants in a module that are a currency code (docstrings and messages aside),
    beyond those in `already` (the same module in the base)."""
    try:
        tree = ast.parse(src or "")
    except SyntaxError:
        return []
    found = [n.value.upper() for n in ast.walk(tree)
             if isinstance(n, ast.Constant) and isinstance(n.value, str) and n.value.upper() in codes]
    extra = list(found)
    for c in already:
        if c in extra:
            extra.remove(c)
    return extra


def base_currency_codes(base):
    return json.loads(git(*BASE_GIT, "show", "%s:config/currencies.json" % base) or "{}").keys()


def judge_delivered_branch(base):
    """A learner who committed on a branch and then switched back to main (or worked in a second
    worktree) hands in main as it was, with the work on the branch: when HEAD is still the setup
    commit and the working tree is clean, the branch with the newest commit of theirs is checked
    out in this throwaway copy and judged (solution/alt-stash-round-trip-detached-commit.lua)."""
    if git("rev-parse", "HEAD").strip() != base or git("status", "--porcelain", "--untracked-files=all").strip():
        return
    for sha in git("for-each-ref", "--sort=-committerdate", "--format=%(objectname)", "refs/heads").split():
        if git("rev-list", "-n", "1", "%s..%s" % (base, sha)).strip():
            subprocess.run(["git", "-c", "safe.directory=*", "checkout", "-q", "-f", "--detach", sha], capture_output=True)
            return


def main():
    mode = sys.argv[1]
    if git("rev-parse", "-q", "--verify", "HEAD").strip() == "":
        fail("this folder is no longer a git repository with commits")
    base = base_commit()
    judge_delivered_branch(base)
    modes = {"invoice": mode_invoice, "callers": mode_callers, "registry": mode_registry, "tests": mode_tests,
             "committed": mode_committed, "scope": mode_scope}
    if mode not in modes:
        print("FAIL: internal: unknown mode " + mode)
        sys.exit(2)
    modes[mode](base)


main()
