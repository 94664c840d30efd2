"""`torchsmt obligations run DIR [--update] [--json] [--timeout S]`: the regression suite.

Re-solves every .smt2 file under DIR and compares with its own recorded
``(set-info :status ...)``; exits 1 on any change (2 when only unknowns). ``--update``
rewrites the recorded status of changed files instead (review the diff).
"""

from __future__ import annotations

import json
import sys


def register(sub) -> None:
    p = sub.add_parser("obligations", help="re-run the .smt2 regression suite")
    sp = p.add_subparsers(dest="obligations_command", metavar="ACTION")
    r = sp.add_parser("run", help="re-solve every .smt2 under DIR against its recorded status")
    r.add_argument("dir")
    r.add_argument("--update", action="store_true", help="record the new statuses")
    r.add_argument("--json", action="store_true")
    r.add_argument("--timeout", type=float, default=60.0)
    r.set_defaults(run=run)
    p.set_defaults(run=lambda args: (p.print_help(), 2)[1])


def run(args) -> int:
    from tqdm import tqdm

    from torchsmt.formal.regression import run_file, suite_files, update_status

    files = suite_files(args.dir)
    results = []
    for f in tqdm(files, file=sys.stderr, unit="file", disable=None):
        res = run_file(f, args.timeout)
        results.append(res)
        if not res.ok and args.update and res.got != "unknown":
            update_status(f, res.got)
    changed = [r for r in results if not r.ok]
    if args.json:
        print(json.dumps([r.to_json() for r in results], indent=1))
    else:
        for r in changed:
            print(f"CHANGED {r.path}: expected {r.expected}, got {r.got}"
                  + (f" ({r.reason})" if r.reason else ""))
        print(f"{len(results)} files, {len(changed)} changed"
              + (" (updated)" if args.update and changed else ""))
    if not changed or args.update and all(r.got != "unknown" for r in changed):
        return 0
    return 1 if any(r.got != "unknown" for r in changed) else 2
