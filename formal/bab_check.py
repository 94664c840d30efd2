"""Checker of branch-and-bound certificates: ``check_bab_certificate(graph, spec, cert_json)``.

A branch-and-bound certificate (format ``torchsmt.bab_certificate``, version 1) claims that a VNNLIB
specification holds ("unsat": no input in any disjunct's box reaches the disjunct's output
condition). For every disjunct it carries a split tree over that disjunct's box and a list of
*chunks*, each a batched bound certificate (``torchsmt.certificate``, docs/certificate.md):

    {"format": "torchsmt.bab_certificate", "version": 1, "graph_sha256": "...",
     "disjuncts": [{"tree": [node, ...], "chunks": [certificate, ...]}, ...]}
    node := {"split": d, "at": v, "children": [i, j]} | {"leaf": [chunk, box]} | {"empty": true}
          | {"vacuous": true} | {"relu_split": [node_id, flat_index], "children": [i, j]}

Node 0 is the root and stands for the disjunct's *exact* box (the VNNLIB rationals). A split
node's box is cut at the float ``v`` along input ``d``: child i gets x_d <= v, child j x_d >= v
(both closed; v must lie inside the parent's range), so the children cover the parent exactly.
A relu_split node (version 2) is a case split on the real value z = value(node_id)[flat_index]:
child i assumes z <= 0, child j z >= 0 (exhaustive), and both keep the parent's exact box.
Children ids are larger than their parent's, and every node is reached exactly once. A leaf names
one box of one chunk; it is accepted iff

1. the chunk passes ``check_certificate`` (the independent re-derivation of every bound; with
   ``conditional=True``: its claims may assume ReLU splits, see 5),
2. the chunk's box contains the leaf's exact box (exact rational comparisons),
3. the chunk's claim matrix C is the disjunct's polytope rows stacked in order, and
4. for every polytope some row's certified lower bound exceeds that row's exact right side b
   (so A y > b there, and the closed condition A y <= b fails), and
5. every split the chunk assumes for that box (its "splits" entries (box, node, index, sign)) is
   one of the relu_split cases on the path from the root to the leaf (node, index, -1 in the
   first child, +1 in the second): the leaf's region lies inside the region the claim covers.

``{"empty": true}`` is accepted only where the exact box is empty, ``{"vacuous": true}`` only
for a disjunct without output polytopes (an empty disjunction: nothing violates it). Everything
is checked from the specification text's exact values; nothing here trusts the producer
(torchsmt.bounds is not imported). Defects yield ok=False with the reason, never an exception.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

import numpy as np

from torchsmt.ir import Graph
from torchsmt.ir.errors import TorchSMTError

from .certificate_format import parse
from .checker import check_certificate
from .vnnlib import Disjunct, Spec

FORMAT = "torchsmt.bab_certificate"
VERSIONS = (1, 2)  # 2: relu_split nodes


@dataclass(frozen=True)
class BabReport:
    ok: bool
    failure: str | None = None
    leaves: int = 0
    chunks: int = 0
    seconds: float = 0.0

    def __bool__(self) -> bool:
        return self.ok


class _Fail(Exception):
    pass


def is_bab_certificate(text: str | bytes) -> bool:
    """Cheap sniff (for check-cert's dispatch): does the document declare this format?"""
    head = text[:200] if isinstance(text, str) else text[:200].decode("utf-8", "replace")
    return FORMAT in head


def check_bab_certificate(graph: Graph, spec: Spec, cert: str | bytes | dict) -> BabReport:
    """Check a branch-and-bound certificate that ``spec`` holds on ``graph``."""
    t0 = time.perf_counter()
    stats = [0, 0]
    try:
        doc = cert if isinstance(cert, dict) else json.loads(cert)
        _check(graph, spec, doc, stats)
        return BabReport(True, None, stats[0], stats[1], time.perf_counter() - t0)
    except _Fail as e:
        msg = str(e)
    except TorchSMTError as e:
        msg = f"unusable certificate: {e}"
    except (ValueError, TypeError, KeyError, IndexError, AttributeError, RecursionError,
            OverflowError, MemoryError) as e:
        msg = f"malformed certificate ({type(e).__name__}: {e})"
    return BabReport(False, msg, stats[0], stats[1], time.perf_counter() - t0)


def _check(g: Graph, spec: Spec, doc: Any, stats: list[int]) -> None:
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise _Fail(f"not a {FORMAT} document")
    version = doc.get("version")
    if isinstance(version, bool) or version not in VERSIONS:
        raise _Fail(f"unsupported version {version!r}")
    if doc.get("graph_sha256") != g.sha256():
        raise _Fail("graph hash mismatch: the certificate is for another network")
    if len(g.inputs) != 1 or int(np.prod(g.node(g.inputs[0]).shape)) != spec.n_inputs:
        raise _Fail("the network's input does not match the property's inputs")
    if len(g.outputs) != 1 or int(np.prod(g.node(g.outputs[0]).shape)) != spec.n_outputs:
        raise _Fail("the network's output does not match the property's outputs")
    ds = doc.get("disjuncts")
    if not isinstance(ds, list) or len(ds) != len(spec.disjuncts):
        raise _Fail(f"the certificate has {len(ds) if isinstance(ds, list) else 'no'} disjunct "
                    f"proof(s); the property has {len(spec.disjuncts)} disjunct(s)")
    for i, (dj, d) in enumerate(zip(ds, spec.disjuncts, strict=True)):
        try:
            _check_disjunct(g, d, dj, stats, version)
        except _Fail as e:
            raise _Fail(f"disjunct {i}: {e}") from None


def _check_disjunct(g: Graph, d: Disjunct, dj: Any, stats: list[int], version: int) -> None:
    if not isinstance(dj, dict) or not isinstance(dj.get("tree"), list) \
            or not isinstance(dj.get("chunks"), list):
        raise _Fail("needs a 'tree' list and a 'chunks' list")
    tree, chunks = dj["tree"], dj["chunks"]
    if not tree:
        raise _Fail("empty tree")
    polys = d.outputs
    n_out = int(np.prod(g.node(g.outputs[0]).shape))
    C_want = np.concatenate([np.asarray(p.A, dtype=np.float64).reshape(-1, n_out)
                             for p in polys], axis=0) if polys else np.zeros((0, n_out))
    b_exact = [q for p in polys for q in p.b_q]
    groups, k = [], 0
    for p in polys:
        groups.append(range(k, k + len(p.A)))
        k += len(p.A)
    # Leaves grouped by chunk: (chunk, box) -> exact leaf box, relu cases on the path
    leaves: dict[int, list[tuple[int, int, list[Fraction], list[Fraction], frozenset]]] = {}
    seen = [False] * len(tree)
    stack = [(0, list(d.box.lower_q), list(d.box.upper_q), frozenset())]
    while stack:
        nid, lo, hi, cases = stack.pop()
        if not (0 <= nid < len(tree)) or seen[nid]:
            raise _Fail(f"tree node {nid} is missing or reached twice")
        seen[nid] = True
        node = tree[nid]
        if not isinstance(node, dict):
            raise _Fail(f"tree node {nid} is not an object")
        if "split" in node and "relu_split" in node:
            raise _Fail(f"tree node {nid}: both an input split and a relu split")
        if "relu_split" in node:
            if version < 2:
                raise _Fail(f"tree node {nid}: relu_split needs version 2")
            zn, zj = _relu_split(g, nid, node)
            ch = _children(nid, node)
            stack.append((ch[0], lo, hi, cases | {(zn, zj, -1)}))
            stack.append((ch[1], lo, hi, cases | {(zn, zj, 1)}))
        elif "split" in node:
            dim, at = node.get("split"), node.get("at")
            if not isinstance(dim, int) or isinstance(dim, bool) or not 0 <= dim < len(lo):
                raise _Fail(f"tree node {nid}: split dimension {dim!r} out of range")
            if not isinstance(at, (int, float)) or isinstance(at, bool) or not np.isfinite(at):
                raise _Fail(f"tree node {nid}: split point {at!r} is not a finite number")
            v = Fraction(at)
            if not (lo[dim] <= v <= hi[dim]):
                raise _Fail(f"tree node {nid}: split point {at!r} lies outside the node's range "
                            f"of X_{dim}, so its children would not cover it")
            ch = _children(nid, node)
            left_hi, right_lo = list(hi), list(lo)
            left_hi[dim], right_lo[dim] = v, v
            stack.append((ch[0], lo, left_hi, cases))
            stack.append((ch[1], right_lo, hi, cases))
        elif "leaf" in node:
            ref = node["leaf"]
            if not (isinstance(ref, list) and len(ref) == 2 and all(
                    isinstance(r, int) and not isinstance(r, bool) and r >= 0 for r in ref)):
                raise _Fail(f"tree node {nid}: leaf reference {ref!r} malformed")
            if ref[0] >= len(chunks):
                raise _Fail(f"tree node {nid}: leaf refers to chunk {ref[0]}, which is missing")
            leaves.setdefault(ref[0], []).append((nid, ref[1], lo, hi, cases))
        elif node.get("vacuous") is True:
            if polys:
                raise _Fail(f"tree node {nid}: marked vacuous, but the disjunct has an output "
                            "condition")
        elif node.get("empty") is True:
            if not any(a > b for a, b in zip(lo, hi, strict=True)):
                raise _Fail(f"tree node {nid}: marked empty, but its box is not empty")
        else:
            raise _Fail(f"tree node {nid}: neither split, leaf nor empty")
    if not all(seen):
        raise _Fail(f"tree node {seen.index(False)} is not reachable from the root")
    for ci, items in sorted(leaves.items()):
        _check_chunk(g, chunks[ci], ci, items, C_want, b_exact, groups)
        stats[0] += len(items)
        stats[1] += 1


def _children(nid: int, node: dict) -> list[int]:
    ch = node.get("children")
    if not (isinstance(ch, list) and len(ch) == 2 and all(
            isinstance(c, int) and not isinstance(c, bool) and c > nid for c in ch)):
        raise _Fail(f"tree node {nid}: needs two children with larger ids")
    return ch


def _relu_split(g: Graph, nid: int, node: dict) -> tuple[int, int]:
    ref = node["relu_split"]
    if not (isinstance(ref, list) and len(ref) == 2 and all(
            isinstance(r, int) and not isinstance(r, bool) for r in ref)):
        raise _Fail(f"tree node {nid}: relu_split {ref!r} must be [node_id, flat_index]")
    zn, zj = ref
    if not 0 <= zn < len(g.nodes):
        raise _Fail(f"tree node {nid}: relu_split node {zn} is not a node of the graph")
    if not 0 <= zj < int(np.prod(g.node(zn).shape, dtype=np.int64)):
        raise _Fail(f"tree node {nid}: relu_split index {zj} out of range for node {zn}")
    return zn, zj


def _check_chunk(g: Graph, chunk: Any, ci: int, items: list, C_want: np.ndarray,
                 b_exact: list[Fraction], groups: list[range]) -> None:
    text = json.dumps(chunk)
    try:
        cd = parse(text)
    except TorchSMTError as e:
        raise _Fail(f"chunk {ci}: {e}") from None
    B = cd.lower_in.shape[0]
    if cd.C.shape[1:] != C_want.shape or not np.all(cd.C == C_want[None]):
        raise _Fail(f"chunk {ci}: its claim rows are not the disjunct's polytope rows")
    rep = check_certificate(g, text, conditional=True)
    if not rep.ok:
        raise _Fail(f"chunk {ci}: bound certificate rejected: {rep.failure}")
    lo_in = cd.lower_in.reshape(B, -1)
    hi_in = cd.upper_in.reshape(B, -1)
    for nid, k, lo, hi, cases in items:
        if k >= B:
            raise _Fail(f"tree node {nid}: chunk {ci} has no box {k}")
        for b, zn, zj, sg in cd.splits:
            if b == k and (zn, zj, sg) not in cases:
                raise _Fail(f"tree node {nid}: box {k} of chunk {ci} assumes value(%{zn})[{zj}] "
                            f"{'<=' if sg < 0 else '>='} 0, which is not a relu_split case on "
                            "the leaf's path")
        for dim in range(len(lo)):
            if Fraction(float(lo_in[k, dim])) > lo[dim] or Fraction(float(hi_in[k, dim])) < hi[dim]:
                raise _Fail(f"tree node {nid}: box {k} of chunk {ci} does not contain the leaf's "
                            f"range of X_{dim}, so part of the input box is uncovered")
        claim = cd.claim[k]
        for pi, rows in enumerate(groups):
            if not any(Fraction(float(claim[r])) > b_exact[r] for r in rows):
                raise _Fail(f"tree node {nid}: no row of polytope {pi} has a certified lower "
                            "bound above its right side (the leaf is not refuted)")


def check_cert_main(g: Graph, spec_path: str, text: str) -> int:
    """``torchsmt check-cert MODEL PROP CERT`` for a branch-and-bound certificate: PROP is the
    VNNLIB property it proves. Prints VALID/INVALID; exit 0 valid, 1 invalid."""
    from .vnnlib import load_vnnlib

    spec = load_vnnlib(spec_path)
    rep = check_bab_certificate(g, spec, text)
    if not rep.ok:
        print(f"INVALID: {rep.failure}")
        return 1
    print(f"VALID: the property holds (unsat): {rep.leaves} leaf boxes in {rep.chunks} chunk(s) "
          f"cover its {len(spec.disjuncts)} input box(es); checked in {rep.seconds:.3f} s")
    return 0


__all__ = ["BabReport", "check_bab_certificate", "check_cert_main", "is_bab_certificate"]
