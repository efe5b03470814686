#!/usr/bin/env python3
"""package.py DIST: packs the build in DIST/invoicer-<version>/ into DIST/invoicer-<version>.tar.gz
and prints its sha256 (ops check it before deploying)."""
import glob
import hashlib
import os
import sys
import tarfile


def main(argv):
    dist = argv[0] if argv else "dist"
    builds = sorted(d for d in glob.glob(os.path.join(dist, "invoicer-*")) if os.path.isdir(d))
    if not builds:
        sys.exit("package: no build in %s/ (the build job makes it)" % dist)
    build = builds[-1]
    if not os.path.isfile(os.path.join(build, "MANIFEST")):
        sys.exit("package: %s has no MANIFEST" % build)
    archive = build + ".tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(build, arcname=os.path.basename(build))
    with open(archive, "rb") as f:
        print("%s  %s" % (hashlib.sha256(f.read()).hexdigest(), archive))


if __name__ == "__main__":
    main(sys.argv[1:])
