"""`torchsmt prove-rule NAME... | --all [--json] [--timeout S] [--emit DIR] [--cross-check]`.

Exit status: 0 when every result is as expected (lemmas proved, known-false refuted, axioms
pass their numeric check), 1 when a lemma is refuted (or a known-false claim is proved), 2 when
any result is unknown.
"""

from __future__ import annotations

import json
import sys
import time


def register(sub) -> None:
    p = sub.add_parser("prove-rule", help="prove catalog lemmas with Z3")
    p.add_argument("names", nargs="*", help="lemma names (or a name without '@case', or an op)")
    p.add_argument("--all", action="store_true", help="every obligation in the catalog")
    p.add_argument("--json", action="store_true", help="print a JSON list of results")
    p.add_argument("--timeout", type=float, help="seconds per query (default: per lemma)")
    p.add_argument("--emit", metavar="DIR", help="also write each obligation as SMT-LIB2")
    p.add_argument("--cache", metavar="FILE", help="on-disk JSON result cache")
    p.add_argument("--cross-check", action="store_true",
                   help="re-run each query with a second solver binary (cvc5/yices/bitwuzla)")
    p.set_defaults(run=run)


def run(args) -> int:
    from tqdm import tqdm

    from torchsmt.formal.catalog import catalog, select
    from torchsmt.formal.prover import Cache, prove
    from torchsmt.ir.errors import UnsupportedError

    if not args.all and not args.names:
        raise UnsupportedError("name one or more lemmas, or pass --all")
    obs = catalog() if args.all else select(args.names)
    if args.emit:
        from torchsmt.formal.regression import write_suite

        write_suite(args.emit, obs)
    cache = Cache(args.cache) if args.cache else None
    results = []
    t0 = time.perf_counter()
    bar = tqdm(obs, file=sys.stderr, unit="lemma", disable=None)
    for ob in bar:
        bar.set_postfix_str(ob.name[:40])
        r = prove(ob, timeout=args.timeout, cache=cache, cross_check=args.cross_check)
        results.append(r)
        if not args.json:
            mark = "ok " if r.as_expected else "!! "
            tqdm.write(f"{mark}{r.status:8s} {r.seconds:7.3f}s {r.name}"
                       + (f"  [{r.reason}]" if r.reason else "")
                       + (f"  cex={r.counterexample}" if r.counterexample and not r.as_expected
                          else ""), file=sys.stdout)
    if cache is not None:
        cache.save()
    total = time.perf_counter() - t0
    if args.json:
        print(json.dumps([r.to_json() for r in results], indent=1))
    else:
        by: dict[str, int] = {}
        for r in results:
            by[r.status] = by.get(r.status, 0) + 1
        bad = [r for r in results if not r.as_expected]
        print(f"{len(results)} obligations in {total:.1f} s: "
              + ", ".join(f"{v} {k}" for k, v in sorted(by.items()))
              + (f"; {len(bad)} not as expected" if bad else "; all as expected"))
    if any(r.status == "unknown" for r in results):
        return 2
    return 0 if all(r.as_expected for r in results) else 1
