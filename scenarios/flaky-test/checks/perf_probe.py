"""Counts how often settings_for reads defaults.json over many calls: the cache Malik added for
request latency should still be there (read once per process). Judged only once the code in
shopcfg/ changed (shopcfg_code.py: its syntax tree, not its docstrings)."""
import builtins
import sys

from shopcfg_code import NO_CODE_CHANGE, code_changed   # from /checks, before the workspace is on sys.path

if not code_changed():
    print("FAIL: " + NO_CODE_CHANGE)
    sys.exit(1)
sys.path.insert(0, "/workspace")
reads = []
real_open = builtins.open


def counting_open(file, *args, **kwargs):
    if str(file).endswith("defaults.json"):
        reads.append(file)
    return real_open(file, *args, **kwargs)


builtins.open = counting_open
from shopcfg.settings import settings_for  # noqa: E402

for i in range(50):
    settings_for({"id": "shop%d" % i, "overrides": {"currency": "CHF"} if i % 2 else {}})
builtins.open = real_open
if len(reads) > 1:
    print("FAIL: defaults.json is now read %d times for 50 shops: the cache (see `git log shopcfg/settings.py`) "
          "kept requests fast; keep it and copy the cached defaults instead" % len(reads))
    sys.exit(1)
