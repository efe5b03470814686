#!/usr/bin/env python3
"""build_dist.py: copies the invoicer package into dist/invoicer-<version>/ with a MANIFEST
(one line per file: sha256 and path), ready for tools/package.py."""
import hashlib
import os
import re
import shutil
import sys


def version():
    with open("service/invoicer/__init__.py", encoding="utf-8") as f:
        return re.search(r'__version__ = "([^"]+)"', f.read()).group(1)


def main(argv):
    out = argv[argv.index("--out") + 1] if "--out" in argv else "dist"
    if not os.path.isdir("service/invoicer"):
        sys.exit("build_dist: run me from the repository root (service/invoicer not found)")
    target = os.path.join(out, "invoicer-" + version())
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree("service/invoicer", os.path.join(target, "invoicer"),
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    lines = []
    for folder, _, files in sorted(os.walk(target)):
        for name in sorted(files):
            path = os.path.join(folder, name)
            with open(path, "rb") as f:
                lines.append("%s  %s" % (hashlib.sha256(f.read()).hexdigest(), os.path.relpath(path, target)))
    with open(os.path.join(target, "MANIFEST"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("built %s (%d files)" % (target, len(lines)))


if __name__ == "__main__":
    main(sys.argv[1:])
