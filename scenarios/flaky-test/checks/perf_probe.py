"""Counts how often settings_for reads defaults.json over many calls: the cache Malik added for
request latency should still be there (read once per process)."""
import builtins
import sys

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
