"""Branch and bound over one input box: batched input splitting with certified leaves.

A *problem* is one VNNLIB disjunct: an input box and an output condition ``OR_p (A_p y <= b_p)``
(the property is violated there). A box is *refuted* when, for every polytope p, some row r has a
certified lower bound of ``A_p[r] @ y`` above ``b_p[r]``. All polytopes' rows are stacked into one
specification matrix ``C``, so one bound computation serves the whole condition.

The search keeps a frontier of open boxes and bounds many of them at once (one batched certificate
per round: CROWN intermediate bounds by default, optionally cheaper interval ones tried first),
falsifies at the centres and at the CROWN bound's minimizing vertices of the open boxes, and splits
each open box in two along the dimension with the largest ``|dbound/dx_d| * width_d`` (the linear
bound's coefficient from the pass that just failed, times the width), unless another dimension is
far wider relative to the root box and not negligible by that score (``_split_dims``: otherwise a
wide dimension with a small coefficient keeps the relaxations loose forever). Every refuted box
becomes a leaf whose certificate is a slice of its round's batched certificate; the split tree
records how the leaves tile the box (a split point is a float64, so both halves are exact).

The result is a claim only: ``torchsmt.formal.bab_check`` checks the tree's coverage exactly and
every leaf certificate with the independent checker before anyone calls it a proof.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from torchsmt.ir import Graph

from .bab_cert import certify_boxes, slice_certificate
from .certificate import Certificate

# split-dimension balance (_split_dims), measured on ACAS Xu: prop_1 nets 2_2/2_6/3_1/3_9/5_7
# went from timeouts (> 40000 boxes) to 800-9000 boxes; prop_5 net 1_1 from 7811 to 19715 boxes
RATIO, FLOOR = 16.0, 0.1


@dataclass(frozen=True)
class BabOptions:
    batch: int = 512  # boxes bounded per round
    max_open: int = 200_000  # frontier size at which the search gives up
    # intermediate bounds tried in turn per box; "ibp" first saves nothing on ACAS Xu (measured: 0
    # of 6089 boxes refuted by it on prop_3 / net 1_1), so CROWN alone is the default
    stages: tuple[str, ...] = ("crown",)
    split: bool = True  # input splitting (off for high-dimensional inputs)
    final_iters: int = 0  # alpha-CROWN iterations on the specification rows only
    max_leaves: int | None = None  # give up beyond this many leaves (certificate size)
    attack_points: int = 2  # falsification points per open box (centre, bound minimizer)


@dataclass
class BabOutcome:
    status: str  # "refuted" | "candidate" | "unknown" | "timeout"
    tree: list[dict] = field(default_factory=list)  # node 0 is the root
    chunks: list[Certificate] = field(default_factory=list)
    candidate: np.ndarray | None = None  # a proposed counterexample (float32 input)
    boxes: int = 0  # boxes bounded
    leaves: int = 0
    rounds: int = 0
    reason: str = ""


def stack_polys(polys: Sequence[tuple[np.ndarray, np.ndarray]]) -> tuple[np.ndarray, np.ndarray,
                                                                         list[slice]]:
    C = np.concatenate([np.asarray(A, dtype=np.float64) for A, _ in polys], axis=0)
    b = np.concatenate([np.asarray(bb, dtype=np.float64) for _, bb in polys])
    groups, k = [], 0
    for A, _ in polys:
        groups.append(slice(k, k + len(A)))
        k += len(A)
    return C, b, groups


def margins(claim: np.ndarray, b: np.ndarray, groups: list[slice]) -> np.ndarray:
    """min over polytopes of max over its rows of (certified lower bound - b): > 0 refutes."""
    out = np.full(claim.shape[0], np.inf)
    for gsl in groups:
        if gsl.stop == gsl.start:
            return np.full(claim.shape[0], -np.inf)
        out = np.minimum(out, (claim[:, gsl] - b[gsl]).max(axis=1))
    return out


def _split_dims(A_in: np.ndarray, claim: np.ndarray, b: np.ndarray, groups: list[slice],
                width: np.ndarray, width0: np.ndarray | None = None) -> np.ndarray:
    """Per box: the dimension whose split most helps the polytope that is hardest to refute.

    ``|coefficient| * width`` alone starves a dimension whose linear coefficient is small but
    whose width keeps the intermediate ReLU relaxations loose (measured on ACAS Xu prop_1, net
    2_2: a 0.25-wide dimension never split while others shrank to 1e-4; > 40000 boxes, timeout).
    So the dimension widest relative to the root box (``width0``) is split instead where it is
    ``RATIO`` times wider (relatively) than the chosen one and its score is at least ``FLOOR``
    times the chosen one's (a truly irrelevant dimension stays unsplit: ACAS Xu prop_5)."""
    B = claim.shape[0]
    Af = A_in.reshape(B, A_in.shape[1], -1)
    # the hardest polytope's best row (the one closest to refuting it)
    worst, row = np.full(B, np.inf), np.zeros(B, dtype=np.int64)
    for gsl in groups:
        m = claim[:, gsl] - b[gsl]
        r = np.argmax(m, axis=1)
        v = m[np.arange(B), r]
        upd = v < worst
        worst, row = np.where(upd, v, worst), np.where(upd, r + gsl.start, row)
    score = np.abs(Af[np.arange(B), row]) * width
    score = np.where(width > 0, score + 1e-12 * width, -1.0)  # never split a point dimension
    d1 = np.argmax(score, axis=1)
    if width0 is None:
        return d1
    rel = np.where(width > 0, width / np.where(width0 > 0, width0, 1.0), -1.0)
    d2 = np.argmax(rel, axis=1)
    rr = np.arange(B)
    force = (rel[rr, d2] > RATIO * rel[rr, d1]) & (score[rr, d2] > FLOOR * score[rr, d1])
    return np.where(force, d2, d1)


def input_split(g: Graph, lower: np.ndarray, upper: np.ndarray,
                polys: Sequence[tuple[np.ndarray, np.ndarray]], deadline: float,
                opt: BabOptions = BabOptions(),
                attack: Callable[[np.ndarray], np.ndarray | None] | None = None,
                progress: Callable[[int, int, float], None] | None = None,
                clock: Callable[[], float] = time.monotonic, reserve: float = 0.0) -> BabOutcome:
    """Refute ``OR_p A_p g(x) <= b_p`` on the box, or propose a candidate, within ``deadline``.

    ``attack(points)`` receives falsification points (m, *input_shape) and returns one of them
    that it has confirmed (or None). ``progress(leaves, open, refuted_volume_fraction)``.
    ``reserve``: the search stops early enough to leave ``reserve`` times the time spent producing
    the leaves' certificates before the deadline (the checker re-derives them at about that cost).
    """
    shape = g.node(g.inputs[0]).shape
    lo0 = np.asarray(lower, dtype=np.float64).reshape((1,) + shape)
    hi0 = np.asarray(upper, dtype=np.float64).reshape((1,) + shape)
    C, b, groups = stack_polys(polys)
    out = BabOutcome("unknown", tree=[{}])
    if any(gsl.stop == gsl.start for gsl in groups):
        out.reason = "a polytope without rows (no output constraint) cannot be refuted"
        return out
    # volumes in logs: 784 widths of 0.06 underflow any product
    logvol0 = float(np.sum(np.log(np.where(hi0 > lo0, hi0 - lo0, 1.0))))
    done_vol = 0.0  # refuted fraction of the box
    leaf_cost = 0.0  # production time attributable to the leaves so far
    L, H, ids = lo0, hi0, np.zeros(1, dtype=np.int64)  # the frontier
    while len(ids):
        if clock() + reserve * leaf_cost > deadline:
            out.status, out.reason = "timeout", f"{len(ids)} open boxes at the deadline"
            return out
        n = min(opt.batch, len(ids))
        bl, bh, bid = L[:n], H[:n], ids[:n]
        L, H, ids = L[n:], H[n:], ids[n:]
        open_idx = np.arange(n)
        A_last = claim_last = None
        for stage in opt.stages:
            if clock() > deadline:
                break
            t_stage = clock()
            bb = certify_boxes(g, bl[open_idx], bh[open_idx], C, intermediate=stage,
                               final_iters=opt.final_iters)
            t_stage = clock() - t_stage
            out.boxes += len(open_idx)
            m = margins(bb.claim, b, groups)
            ok = m > 0
            if ok.any():
                k = np.flatnonzero(ok)
                leaf_cost += t_stage * len(k) / len(ok)
                chunk = len(out.chunks)
                out.chunks.append(slice_certificate(bb.cert, k))
                for j, kk in enumerate(k):
                    out.tree[int(bid[open_idx[kk]])] = {"leaf": [chunk, j]}
                out.leaves += len(k)
                w = bh[open_idx[k]] - bl[open_idx[k]]
                logv = np.sum(np.log(np.where(w > 0, w, 1.0)), axis=tuple(range(1, bl.ndim)))
                done_vol += float(np.sum(np.exp(logv - logvol0)))
            A_last, claim_last = bb.A_in[~ok], bb.claim[~ok]
            open_idx = open_idx[~ok]
            if not len(open_idx):
                break
        out.rounds += 1
        if progress is not None:
            progress(out.leaves, len(ids) + len(open_idx), min(done_vol, 1.0))
        if not len(open_idx):
            continue
        ol, oh, oid = bl[open_idx], bh[open_idx], bid[open_idx]
        if attack is not None:
            pts = [ol / 2 + oh / 2]
            if A_last is not None and len(A_last) == len(open_idx) and opt.attack_points > 1:
                # the vertex minimizing the hardest row's linear lower bound
                r = np.argmax(claim_last - b, axis=1)
                a = A_last[np.arange(len(r)), r]
                pts.append(np.where(a >= 0, ol, oh))
            hit = attack(np.concatenate(pts).astype(np.float32))
            if hit is not None:
                out.status, out.candidate = "candidate", hit
                return out
        if not opt.split or A_last is None or len(A_last) != len(open_idx):
            out.reason = f"{len(open_idx)} box(es) not refuted and splitting is off"
            return out
        if opt.max_leaves is not None and out.leaves > opt.max_leaves:
            out.reason = f"more than {opt.max_leaves} leaves"
            return out
        if len(ids) + 2 * len(open_idx) > opt.max_open:
            out.reason = f"more than {opt.max_open} open boxes"
            return out
        width = (oh - ol).reshape(len(oid), -1)
        dims = _split_dims(A_last, claim_last, b, groups, width, (hi0 - lo0).reshape(1, -1))
        flo, fhi = ol.reshape(len(oid), -1).copy(), oh.reshape(len(oid), -1).copy()
        rows = np.arange(len(oid))
        mid = flo[rows, dims] / 2 + fhi[rows, dims] / 2
        if np.any((mid <= flo[rows, dims]) | (mid >= fhi[rows, dims])):
            out.reason = "a box became too thin to split in float64"
            return out
        left_hi, right_lo = fhi.copy(), flo.copy()
        left_hi[rows, dims] = mid
        right_lo[rows, dims] = mid
        base = len(out.tree)
        out.tree.extend({} for _ in range(2 * len(oid)))
        for j, nid in enumerate(oid):
            out.tree[int(nid)] = {"split": int(dims[j]), "at": float(mid[j]),
                                  "children": [base + 2 * j, base + 2 * j + 1]}
        new_ids = base + np.arange(2 * len(oid))
        nl = np.empty((2 * len(oid), flo.shape[1]))
        nh = np.empty_like(nl)
        nl[0::2], nh[0::2] = flo, left_hi
        nl[1::2], nh[1::2] = right_lo, fhi
        # depth-first-ish: new boxes go to the front, so the frontier stays small
        L = np.concatenate([nl.reshape((-1,) + shape), L])
        H = np.concatenate([nh.reshape((-1,) + shape), H])
        ids = np.concatenate([new_ids, ids])
    out.status = "refuted"
    return out


def single_box(g: Graph, lower: np.ndarray, upper: np.ndarray,
               polys: Sequence[tuple[np.ndarray, np.ndarray]], method: str = "alpha",
               iters: int = 20) -> BabOutcome:
    """Refute on the whole box with one bound computation (high-dimensional inputs)."""
    shape = g.node(g.inputs[0]).shape
    C, b, groups = stack_polys(polys)
    lo = np.asarray(lower, dtype=np.float64).reshape((1,) + shape)
    hi = np.asarray(upper, dtype=np.float64).reshape((1,) + shape)
    bb = certify_boxes(g, lo, hi, C, intermediate=method, iters=iters)
    m = margins(bb.claim, b, groups)
    out = BabOutcome("unknown", tree=[{}], boxes=1, rounds=1)
    if m[0] > 0:
        out.status, out.leaves = "refuted", 1
        out.chunks.append(bb.cert)
        out.tree[0] = {"leaf": [0, 0]}
    else:
        out.reason = f"{method} bound misses by {-float(m[0]):.3g}"
    return out


__all__ = ["BabOptions", "BabOutcome", "input_split", "margins", "single_box", "stack_polys"]
