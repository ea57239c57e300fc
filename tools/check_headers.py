#!/usr/bin/env python3
"""Checks that nobody forgot a public header.

  --umbrella  every include/scriptorch/**/*.hpp is reachable from include/scriptorch/scriptorch.hpp
  --overview  docs/OVERVIEW.md names every public header, and every header it names exists

Usage: tools/check_headers.py (--umbrella | --overview) [--root REPO]
"""
import argparse
import pathlib
import re
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import amalgamate  # noqa: E402  (same folder; shares the include parser)

OVERVIEW = pathlib.Path("docs") / "OVERVIEW.md"
HEADER_NAME_RE = re.compile(r"scriptorch/[A-Za-z0-9_./-]+\.(?:hpp|cuh)")


def public_headers(include_dir):
    return {p.relative_to(include_dir).as_posix() for p in (include_dir / "scriptorch").rglob("*.hpp")}


def check_umbrella(root):
    include_dir = root / "include"
    try:
        reachable = amalgamate.reachable_headers(include_dir)
    except amalgamate.AmalgamationError as error:
        print(f"check_headers.py: {error}", file=sys.stderr)
        return 1
    missing = sorted(public_headers(include_dir) - reachable)
    for rel in missing:
        print(f"include/{rel} is not reachable from include/{amalgamate.UMBRELLA}: include it there "
              "(or from a header the umbrella includes)", file=sys.stderr)
    if not missing:
        print(f"all {len(reachable)} headers are reachable from include/{amalgamate.UMBRELLA}")
    return 1 if missing else 0


def check_overview(root):
    include_dir = root / "include"
    overview = root / OVERVIEW
    if not overview.is_file():
        print(f"{OVERVIEW} is missing", file=sys.stderr)
        return 1
    named = set(HEADER_NAME_RE.findall(overview.read_text(encoding="utf-8")))
    headers = public_headers(include_dir)
    failures = 0
    for rel in sorted(headers - named):
        print(f"{OVERVIEW} does not mention include/{rel}: add a row for its concept", file=sys.stderr)
        failures += 1
    for rel in sorted(named):
        if not (include_dir / rel).is_file():
            print(f"{OVERVIEW} names {rel}, which does not exist under include/", file=sys.stderr)
            failures += 1
    if not failures:
        print(f"{OVERVIEW} maps all {len(headers)} headers")
    return 1 if failures else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--umbrella", action="store_true")
    mode.add_argument("--overview", action="store_true")
    parser.add_argument("--root", type=pathlib.Path, default=pathlib.Path(__file__).resolve().parent.parent)
    args = parser.parse_args()
    return check_umbrella(args.root) if args.umbrella else check_overview(args.root)


if __name__ == "__main__":
    sys.exit(main())
