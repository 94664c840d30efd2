"""Branch and bound by ReLU splitting over one input box, with certified leaves.

For inputs of many dimensions (MNIST, CIFAR) splitting the input box does not scale; splitting
unstable ReLU neurons does. A *domain* is a set of split constraints ``value(node)[j] <= 0`` or
``>= 0`` on pre-activations, all over the same input box. A batch of domains is bounded at once
as a batch of identical boxes whose engine (_ClipEngine) intersects each split neuron's bounds with
its half-line (box by box) as soon as they are computed, so every later CROWN bound uses the
clipped intervals (the split neurons become stable) and the certificate records them. Each leaf's
certificate carries its domain's constraints as ``"splits"`` (docs/certificate.md, version 2):
the claim holds for the inputs of the box that satisfy them; the checker re-derives the bounds,
clips them the same way, and treats a box whose clipped interval is empty as infeasible.

The tree (``{"relu_split": [node, flat_index], "children": [le0, ge0]}``) records how the leaves'
constraint sets cover the box. Branching: per domain, the unsplit unstable neuron with the largest
``max(-a, 0) * (-l u / (u - l))``, a the hardest specification row's coefficient at the relu
output (the upper chord's intercept where the bound reads the chord; BaBSR-like), vectorized over
domains and neurons. A domain without unsplit unstable neurons splits its input box instead
(bab.input_split's choice; the tree may mix both kinds of nodes). Falsification: the input
vertex minimizing the hardest row's linear bound, per domain.

Nothing here is trusted: ``torchsmt.formal.bab_check`` checks the tree and every leaf.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from torchsmt.ir import Graph

from .bab import BabOutcome, _split_dims, margins, stack_polys
from .bab_cert import certify_boxes, slice_certificate
from .certificate import CERT_RELAX, _CertEngine


@dataclass(frozen=True)
class ReluOptions:
    batch: int = 64  # domains bounded per round, at most
    round_s: float = 2.0  # fewer domains per round where one takes longer than this (CNNs)
    intermediate: str = "crown"  # intermediate bounds per domain ("crown" or "alpha")
    final_iters: int = 10  # alpha-CROWN iterations on the specification rows (10: twice the
    # leaves per second of 20 and as many refuted; 5: too loose; mnist_fc 256x2)
    max_leaves: int | None = None  # give up beyond this many leaves (certificate size)
    max_open: int = 50_000  # open domains at which the search gives up


class _ClipEngine(_CertEngine):
    """A _CertEngine whose bounds of split neurons are clipped to their half-line, per box.

    ``clips``: node -> (neg, pos) boolean masks (B, *shape): neg means value <= 0 is assumed,
    pos means value >= 0. The clip stops a hair (``SLACK`` times the width) short of 0: the
    neuron stays unstable, its upper chord becomes nearly exact (~0 for neg, ~identity for pos)
    and its lower slope stays free in [0, 1] (CROWN's default: the one exact inside the domain,
    0 for neg, 1 for pos; alpha-CROWN may move it). Clipping to 0 exactly (stable lines) would
    force lines that are exact only inside the domain, while the backward pass concretizes over
    the whole box (measured: a 4-16-16-2 net went from 7 to > 8000 leaves). Where the unclipped
    interval lies on the wrong side, the clip is exact and the interval empty (an infeasible
    domain). ``raw``: the bounds before the clip."""

    per_box = _CertEngine.per_box + ("clips", "raw")
    SLACK = 1e-6

    def __init__(self, *args, clips=None, **kw):
        super().__init__(*args, **kw)
        self.clips = clips or {}
        self.raw: dict = {}  # node -> bounds before the clip

    def _clip(self, nid, lo, hi):
        m = self.clips.get(nid)
        if m is None:
            return lo, hi
        self.raw[nid] = (lo, hi)
        neg, pos = m
        xp = self.xp
        with np.errstate(invalid="ignore", over="ignore"):
            d = self.SLACK * xp.where(xp.isfinite(hi - lo), hi - lo, 0.0)
        lo = xp.where(pos, xp.maximum(lo, xp.where(hi < 0, 0.0, -d)), lo)
        hi = xp.where(neg, xp.minimum(hi, xp.where(lo > 0, 0.0, d)), hi)
        return lo, hi

    def interval_of(self, nid):
        return self._clip(nid, *super().interval_of(nid))

    def set_rows(self, nid, rows, low):
        if nid in self.raw:
            self.bounds[nid] = self.raw[nid]
        super().set_rows(nid, rows, low)
        self.bounds[nid] = self._clip(nid, *self.bounds[nid])

    def relax_lines(self, nid, alpha=None):
        n = self.g.node(nid)
        if alpha is not None or nid in self.lines or n.op != "relu" or \
                n.args[0] not in self.raw:
            return super().relax_lines(nid, alpha)
        out = super().relax_lines(nid)
        a, xp = n.args[0], self.xp
        neg, pos = self.clips[a]
        l, u = self.raw[a]
        cl, cu = self.bounds[a]
        split = (neg | pos) & (cl < 0) & (cu > 0)
        out = (xp.where(split, xp.where(pos, 1.0, 0.0), out[0]),) + tuple(out[1:])
        self.lines[nid] = out
        return out


@dataclass(frozen=True)
class _Slot:
    node: int  # the pre-activation (a listed node)
    relus: tuple[int, ...]  # the relu nodes reading it
    shape: tuple[int, ...]
    off: int  # offset in the flat sign vector of a domain
    size: int


def split_slots(g: Graph, lower: np.ndarray, upper: np.ndarray) -> list[_Slot]:
    """The splittable neurons: inputs of relu nodes whose bounds a certificate lists."""
    e = _CertEngine(g, lower, upper, relax_ops=CERT_RELAX)
    users: dict[int, list[int]] = {}
    for n in g.nodes:
        if n.op == "relu" and e.kind[n.id] == "relax":
            a = n.args[0]
            if a in e.needs and e.kind[a] not in ("input", "const"):
                users.setdefault(a, []).append(n.id)
    slots, off = [], 0
    for a in sorted(users):
        shape = tuple(g.node(a).shape)
        size = int(np.prod(shape, dtype=np.int64))
        slots.append(_Slot(a, tuple(users[a]), shape, off, size))
        off += size
    return slots


def _hardest_rows(claim: np.ndarray, b: np.ndarray, groups: list[slice]) -> np.ndarray:
    """Per box, the best row of the polytope that is hardest to refute."""
    B = claim.shape[0]
    worst, row = np.full(B, np.inf), np.zeros(B, dtype=np.int64)
    for gsl in groups:
        m = claim[:, gsl] - b[gsl]
        m = np.where(np.isnan(m), -np.inf, m)
        r = np.argmax(m, axis=1)
        v = m[np.arange(B), r]
        upd = v < worst
        worst, row = np.where(upd, v, worst), np.where(upd, r + gsl.start, row)
    return row


def _scores(e: _ClipEngine, rec: dict, slots: list[_Slot], rows: np.ndarray,
            pick: np.ndarray, sg: np.ndarray) -> np.ndarray:
    """(len(pick), N) branching scores of the boxes ``pick`` (-1: not splittable there)."""
    parts = []
    for sl in slots:
        lo, hi = (np.asarray(v).reshape(e.B, -1)[pick] for v in e.bounds[sl.node])
        unst = (lo < 0) & (hi > 0) & (sg[pick, sl.off:sl.off + sl.size] == 0)
        a = np.zeros((len(pick), sl.size))
        for r in sl.relus:
            if r in rec:
                ar = np.asarray(rec[r])
                a += ar.reshape(ar.shape[0], ar.shape[1], -1)[pick, rows[pick]]
        with np.errstate(invalid="ignore", divide="ignore"):
            inter = np.where(unst, -lo * hi / np.where(unst, hi - lo, 1.0), 0.0)
        # only rows reading the upper chord (a < 0) gain directly: the lower slope is kept
        # (measured on mnist_fc 256x2 prop_11 eps 0.05: 25 leaves, 537 with |a| instead)
        parts.append(np.where(unst, (np.maximum(-a, 0) + 1e-3 * np.abs(a) + 1e-12) * inter,
                              -1.0))
    return np.concatenate(parts, axis=1)


def relu_split(g: Graph, lower: np.ndarray, upper: np.ndarray,
               polys: Sequence[tuple[np.ndarray, np.ndarray]], deadline: float,
               opt: ReluOptions = ReluOptions(),
               attack: Callable[[np.ndarray], np.ndarray | None] | None = None,
               progress: Callable[[int, int, float], None] | None = None,
               clock: Callable[[], float] = time.monotonic, reserve: float = 0.0,
               resume: BabOutcome | None = None) -> BabOutcome:
    """Refute ``OR_p A_p g(x) <= b_p`` on the box by splitting ReLUs, or propose a candidate.

    Same conventions as ``bab.input_split``: ``attack(points)`` returns a confirmed point or None;
    ``progress(leaves, open, covered_fraction)`` (the fraction counts a domain of depth d as
    2^-d); ``reserve`` leaves that many times the leaves' production time for the checker.
    ``resume``: a "timeout" outcome of an earlier call with the same problem, continued (its
    tree and chunks grow; its open domains are bounded next)."""
    shape = g.node(g.inputs[0]).shape
    lo0 = np.asarray(lower, dtype=np.float64).reshape((1,) + shape)
    hi0 = np.asarray(upper, dtype=np.float64).reshape((1,) + shape)
    C, b, groups = stack_polys(polys)
    state = getattr(resume, "_state", None) if resume is not None else None
    out = resume if state is not None else BabOutcome("unknown", tree=[{}])
    if any(gsl.stop == gsl.start for gsl in groups):
        out.reason = "a polytope without rows (no output constraint) cannot be refuted"
        return out
    slots = split_slots(g, lo0, hi0)
    if not slots:
        out.reason = "no relu to split"
        return out
    N = slots[-1].off + slots[-1].size
    where = np.concatenate([np.full(s.size, i) for i, s in enumerate(slots)])
    big = float(np.max(np.abs(b))) + 1.0  # the claim of an infeasible domain
    signs = np.zeros((1, N), dtype=np.int8)  # the frontier: one sign vector per domain,
    ids, depth = np.zeros(1, dtype=np.int64), np.zeros(1, dtype=np.int64)
    bx = np.zeros(1, dtype=np.int64)  # and its input box (an index into Ls, Hs)
    Ls, Hs = [lo0[0]], [hi0[0]]
    done, leaf_cost = 0.0, 0.0
    if state is not None:
        signs, ids, depth, bx, Ls, Hs, done, leaf_cost = state
        out.status, out.reason = "unknown", ""
        del out._state
    cap = opt.batch
    while len(ids):
        if clock() + reserve * leaf_cost > deadline:
            out.status, out.reason = "timeout", f"{len(ids)} open domains at the deadline"
            out._state = (signs, ids, depth, bx, Ls, Hs, done, leaf_cost)
            return out
        n = min(cap, len(ids))
        sg, bid, dep, bb_ = signs[:n], ids[:n], depth[:n], bx[:n]
        signs, ids, depth, bx = signs[n:], ids[n:], depth[n:], bx[n:]
        L, H = np.stack([Ls[i] for i in bb_]), np.stack([Hs[i] for i in bb_])
        clips, splits = {}, []
        for s in slots:
            part = sg[:, s.off:s.off + s.size]
            if part.any():
                clips[s.node] = ((part < 0).reshape((n,) + s.shape),
                                 (part > 0).reshape((n,) + s.shape))
        bi, j = np.nonzero(sg)
        for box, col in zip(bi.tolist(), j.tolist(), strict=True):
            s = slots[where[col]]
            splits.append([box, s.node, col - s.off, int(sg[box, col])])

        def engine(g_, L, H, relax_ops, clips=clips):
            return _ClipEngine(g_, L, H, relax_ops=relax_ops, clips=clips)

        keep: dict = {}
        t = clock()
        bb = certify_boxes(g, L, H, C,
                           intermediate=opt.intermediate, final_iters=opt.final_iters,
                           engine=engine, splits=splits, keep=keep)
        t = clock() - t
        cap = int(np.clip(opt.round_s * n / max(t, 1e-9), 1, opt.batch))
        e, rec = keep["engine"], keep["rec"]
        out.boxes += n
        out.rounds += 1
        empty = np.zeros(n, dtype=bool)
        for nid in clips:
            lo, hi = e.bounds[nid]
            empty |= (np.asarray(lo) > np.asarray(hi)).reshape(n, -1).any(axis=1)
        if empty.any():  # infeasible domains: the checker accepts any claim there
            bb.claim[empty] = big
            bb.cert.doc["claim"]["lower"] = bb.claim.tolist()
        m = margins(bb.claim, b, groups)
        ok = m > 0
        if ok.any():
            k = np.flatnonzero(ok)
            leaf_cost += t * len(k) / n
            chunk = len(out.chunks)
            out.chunks.append(slice_certificate(bb.cert, k))
            for jj, kk in enumerate(k):
                out.tree[int(bid[kk])] = {"leaf": [chunk, jj]}
            out.leaves += len(k)
            done += float(np.sum(0.5 ** dep[k]))
        if progress is not None:
            progress(out.leaves, len(ids) + int((~ok).sum()), min(done, 1.0))
        op = np.flatnonzero(~ok)
        if not len(op):
            continue
        rows = _hardest_rows(bb.claim, b, groups)
        if attack is not None:
            a_in = bb.A_in[op, rows[op]]
            hit = attack(np.where(a_in >= 0, L[op], H[op]).astype(np.float32))
            if hit is not None:
                out.status, out.candidate = "candidate", hit
                return out
        if opt.max_leaves is not None and out.leaves > opt.max_leaves:
            out.reason = f"more than {opt.max_leaves} leaves"
            return out
        if len(ids) + 2 * len(op) > opt.max_open:
            out.reason = f"more than {opt.max_open} open domains"
            return out
        sc = _scores(e, rec, slots, rows, op, sg)
        col = np.argmax(sc, axis=1)
        # no unstable neuron left: the bound is linear over the box but ignores the splits, so
        # split the input box instead (bab.input_split's choice of dimension)
        inp = sc[np.arange(len(op)), col] < 0
        dims = np.zeros(len(op), dtype=np.int64)
        if inp.any():
            width = (H[op] - L[op]).reshape(len(op), -1)
            dims = _split_dims(bb.A_in[op], bb.claim[op], b, groups, width,
                               (hi0 - lo0).reshape(1, -1))
        base = len(out.tree)
        out.tree.extend({} for _ in range(2 * len(op)))
        kids = np.repeat(sg[op], 2, axis=0)
        kid_bx = np.repeat(bb_[op], 2)
        for jj, kk in enumerate(op):
            ch = [base + 2 * jj, base + 2 * jj + 1]
            if inp[jj]:
                d = int(dims[jj])
                lo_d, hi_d = L[kk].reshape(-1)[d], H[kk].reshape(-1)[d]
                mid = lo_d / 2 + hi_d / 2
                if not lo_d < mid < hi_d:
                    out.reason = "a domain's box became too thin to split in float64"
                    return out
                out.tree[int(bid[kk])] = {"split": d, "at": float(mid), "children": ch}
                left, right = H[kk].copy(), L[kk].copy()
                left.reshape(-1)[d], right.reshape(-1)[d] = mid, mid
                Ls.extend([L[kk], right])
                Hs.extend([left, H[kk]])
                kid_bx[2 * jj:2 * jj + 2] = len(Ls) - 2, len(Ls) - 1
            else:
                s = slots[where[col[jj]]]
                out.tree[int(bid[kk])] = {"relu_split": [s.node, int(col[jj] - s.off)],
                                          "children": ch}
                kids[2 * jj, col[jj]] = -1
                kids[2 * jj + 1, col[jj]] = 1
        # depth first: new domains go to the front, so the frontier stays small
        signs = np.concatenate([kids, signs])
        ids = np.concatenate([base + np.arange(2 * len(op)), ids])
        depth = np.concatenate([np.repeat(dep[op] + 1, 2), depth])
        bx = np.concatenate([kid_bx, bx])
    out.status = "refuted"
    return out


__all__ = ["ReluOptions", "relu_split", "split_slots"]
