"""`torchsmt rules list [--json] [--op OP] [--kind KIND]`: the lemma catalog."""

from __future__ import annotations

import json


def register(sub) -> None:
    p = sub.add_parser("rules", help="list the lemma catalog (lemmas, axioms, known-false)")
    sp = p.add_subparsers(dest="rules_command", metavar="ACTION")
    ls = sp.add_parser("list", help="list every obligation")
    ls.add_argument("--json", action="store_true", help="print a JSON list")
    ls.add_argument("--op", help="only this op's obligations")
    ls.add_argument("--kind", choices=["lemma", "axiom", "known_false"])
    ls.set_defaults(run=run)
    p.set_defaults(run=lambda args: (p.print_help(), 2)[1])


def run(args) -> int:
    from torchsmt.formal.catalog import catalog

    obs = [o for o in catalog() if (not args.op or o.op == args.op)
           and (not args.kind or o.kind == args.kind)]
    if args.json:
        print(json.dumps([o.info() for o in obs], indent=1))
        return 0
    for o in obs:
        print(f"{o.kind:11s} {o.name:60s} {o.doc}")
    counts = {k: sum(o.kind == k for o in obs) for k in ("lemma", "axiom", "known_false")}
    print(f"{len(obs)} obligations: " + ", ".join(f"{v} {k}" for k, v in counts.items()))
    return 0
