"""The bound-propagation engine: interval bounds, CROWN's backward pass, the primal point.

Arrays carry the box batch ``B`` first; CROWN coefficients are (B, S, *node_shape) with ``S``
specification rows. Upper bounds are lower bounds of negated rows (rows [C; -C]), so there is one
backward pass. Bounds live in plain dicts keyed by node id, never on the graph.

Node kinds: ``input``; ``const`` (anything not depending on the input, evaluated once); ``linear``
(a LinMap from linear.py); ``relax`` (a unary op with a ``relax`` rule: the op's own lines);
``interval`` (everything else: its output is bounded by its interval rule and concretized in the
backward pass: sound, looser).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from torchsmt.ir import Graph, ShapeError, UnsupportedError
from torchsmt.ir.errors import MissingRuleError

from . import chunking, sparse
from .batching import bapply, is_elementwise
from .linear import LinMap, linear_map
from .maxpool import MaxLines, max_back, max_lines, max_primal
from .steps import _concretize, _dot, _dot_inf, _host, _nan_safe, _owned, _relax_apply, _relax_pair
from .xp import memory_budget, xp_of

# Unary ops whose relaxation is exact off the kink at 0 (so only neurons with l < 0 < u need tight
# bounds) and whose lower slope alpha-CROWN may optimize: op -> (lowest, highest) slope.
KINK0 = {"relu": lambda p: (0.0, 1.0),
         "leaky_relu": lambda p: (float(p.get("negative_slope", 0.01)), 1.0),
         "abs": lambda p: (-1.0, 1.0)}


class Engine:
    """Per-call state of a bound computation over one graph and one batch of input boxes."""

    use_sparse = True  # sparse rows for feature-map starts when scipy is importable
    # Attributes holding per-box state (dicts of arrays with the box batch first), sliced by
    # batch_slice; "err" is the float32 engine's per-node rounding error.
    per_box = ("bounds", "lines", "err")

    def __init__(self, g: Graph, lower: Any, upper: Any, *,
                 relax_ops: frozenset[str] | None = None, xp: Any = None, dtype: Any = None,
                 max_memory: int | None = None):
        # The array module of every array this engine makes (NumPy; CuPy through the device
        # seam). Setup (index maps, weights) is built with NumPy and moved once. ``dtype``:
        # float64 (default) or float32 for every array of the passes (an untrusted producer:
        # certificates are re-checked in float64 on the CPU). ``max_memory``: bytes the
        # coefficient arrays of one pass may take; larger passes run in chunks of rows/boxes.
        self.xp = xp_of(lower, upper) if xp is None else xp
        self.dtype = np.dtype(np.float64 if dtype is None else dtype)
        if self.dtype not in (np.float64, np.float32):
            raise ShapeError(f"bounds dtype must be float64 or float32, not {self.dtype}")
        self.max_memory = memory_budget(self.xp) if max_memory is None else int(max_memory)
        self.g = g
        if len(g.inputs) != 1 or len(g.outputs) != 1:
            raise UnsupportedError("bounds need a graph with exactly one input and one output "
                                   f"(this one has {len(g.inputs)} and {len(g.outputs)})")
        self.inp = g.inputs[0]
        shape = g.node(self.inp).shape
        xp = self.xp
        lo, hi = xp.asarray(lower, dtype=self.dtype), xp.asarray(upper, dtype=self.dtype)
        if self.dtype != np.float64:  # rounded outward: the box must contain the one asked for
            l64, h64 = xp.asarray(lower, dtype=np.float64), xp.asarray(upper, dtype=np.float64)
            lo = xp.where(lo.astype(np.float64) > l64, xp.nextafter(lo, lo.dtype.type(-np.inf)), lo)
            hi = xp.where(hi.astype(np.float64) < h64, xp.nextafter(hi, hi.dtype.type(np.inf)), hi)
        if lo.shape != hi.shape:
            raise ShapeError(f"lower {lo.shape} and upper {hi.shape} differ in shape")
        if lo.shape == shape:
            self.batched, lo, hi = False, lo[None], hi[None]
        elif lo.shape[1:] == shape:
            self.batched = True
        else:
            raise ShapeError(f"input box of shape {lo.shape}: expected {shape} or (B, *{shape})")
        if not (bool(xp.all(xp.isfinite(lo))) and bool(xp.all(xp.isfinite(hi)))):
            raise ShapeError("input box bounds must be finite")
        if bool(xp.any(lo > hi)):
            raise ShapeError("input box has lower > upper")
        self.B = lo.shape[0]
        self.box = (lo, hi)
        self.relax_ops = relax_ops  # None: every op with a relax rule
        self._classify()
        self.bounds: dict[int, tuple[np.ndarray, np.ndarray]] = {}
        self.lines: dict[int, tuple[np.ndarray, ...]] = {}

    # -- analysis ------------------------------------------------------------------------------
    def _classify(self) -> None:
        # Everything here depends on the graph (frozen, read-only constants) and relax_ops only,
        # never on the box: computed once per graph and shared read-only by later engines.
        key = None if self.relax_ops is None else tuple(sorted(self.relax_ops))
        shared = graph_cache(self.g)
        hit = shared.get(("classify", key))
        if hit is None:
            self._classify_now()
            hit = (self.const_val, self.kind, self.lin, self.affine_depth, self.needs)
            shared[("classify", key)] = hit
        self.const_val, self.kind, self.lin, self.affine_depth, self.needs = hit

    def _classify_now(self) -> None:
        g = self.g
        self.const_val: dict[int, np.ndarray] = {}
        self.kind: dict[int, str] = {}
        self.lin: dict[int, LinMap] = {}
        for n in g.nodes:
            if n.op == "input":
                self.kind[n.id] = "input"
                continue
            if n.op == "const":
                self.const_val[n.id] = np.asarray(g.consts[n.id], dtype=np.float64)
                self.kind[n.id] = "const"
                continue
            if all(a in self.const_val for a in n.args):
                impl = g.registry[n.op].rule("impl")
                v = impl(np, *(self.const_val[a] for a in n.args), **n.p)
                self.const_val[n.id] = np.asarray(v, dtype=np.float64)
                self.kind[n.id] = "const"
                continue
            op = g.registry[n.op]
            lm = linear_map(g, n, self.const_val)
            if lm is not None:
                self.kind[n.id], self.lin[n.id] = "linear", lm
            elif n.op == "maxpool2d" and (self.relax_ops is None or n.op in self.relax_ops):
                self.kind[n.id] = "maxpool"
            elif (op.relax is not None and len(n.args) == 1
                  and (self.relax_ops is None or n.op in self.relax_ops)):
                self.kind[n.id] = "relax"
            else:
                self.kind[n.id] = "interval"
        # Nodes whose bounds shape a relaxation or an interval fallback ("pre-activations").
        # Interval bounds are already exact for one affine map of the input box (CROWN would redo
        # the same products), so those nodes are skipped.
        self.affine_depth: dict[int, int] = {}
        for n in g.nodes:
            k = self.kind[n.id]
            if k in ("input", "const"):
                self.affine_depth[n.id] = 0
            elif k == "linear":
                deps = [self.affine_depth[a] for a in n.args if a not in self.const_val]
                mixing = n.op not in ("add", "sub", "neg", "mul", "div", "broadcast", "reshape",
                                      "flatten", "transpose", "slice", "pad")
                self.affine_depth[n.id] = max(deps) + mixing if len(deps) == 1 else 99
            else:
                self.affine_depth[n.id] = 99
        self.needs: dict[int, bool] = {}  # node -> True if every neuron's bound matters
        for n in g.nodes:
            if self.kind[n.id] in ("relax", "interval", "maxpool"):
                for a in n.args:
                    if self.kind[a] in ("const", "input"):
                        continue
                    allrows = not (self.kind[n.id] == "relax" and n.op in KINK0)
                    self.needs[a] = self.needs.get(a, False) or allrows

    def dev(self, nid: int) -> Any:
        """Node ``nid``'s constant value as an array of this engine's module (cached)."""
        if self.xp is np and self.dtype == np.float64:
            return self.const_val[nid]
        cache = self.__dict__.setdefault("_dev", {})
        if nid not in cache:
            cache[nid] = self.xp.asarray(self.const_val[nid], dtype=self.dtype)
        return cache[nid]

    def offset(self, nid: int) -> Any:
        """The affine offset of linear node ``nid`` in this engine's module and dtype (cached)."""
        off = self.lin[nid].offset
        if self.xp is np and self.dtype == np.float64:
            return off
        cache = self.__dict__.setdefault("_off", {})
        if nid not in cache:
            cache[nid] = self.xp.asarray(off, dtype=self.dtype)
        return cache[nid]

    # -- interval bounds --------------------------------------------------------------------------
    def interval_of(self, nid: int) -> tuple[np.ndarray, np.ndarray]:
        g, n, xp = self.g, self.g.node(nid), self.xp
        full = (self.B,) + n.shape
        if self.kind[nid] == "input":
            return self.box
        if self.kind[nid] == "const":
            v = xp.broadcast_to(self.dev(nid), full)
            return v, v
        op = g.registry[n.op]
        var = [a not in self.const_val for a in n.args]
        lows = [self.bounds[a][0] if var[i] else self.dev(a) for i, a in enumerate(n.args)]
        highs = [self.bounds[a][1] if var[i] else self.dev(a) for i, a in enumerate(n.args)]
        k = len(n.args)
        shapes = [g.node(a).shape for a in n.args]
        if n.op in ("linear", "matmul", "conv2d") and var[0] and not any(var[1:]):
            # Constant weights: centre +- radius through impl with |weights| and no bias (two
            # products; the generic bilinear rule also pays for the weights' zero radius).
            impl, p = op.rule("impl"), n.p
            mid, rad = lows[0] / 2 + highs[0] / 2, highs[0] / 2 - lows[0] / 2
            absw = [xp.abs(v) if i == 1 else xp.zeros_like(v) for i, v in enumerate(lows[1:], 1)]
            yc = bapply(lambda *v: impl(xp, *v, **p), g, n, [mid] + lows[1:], var, self.B, xp)
            yr = bapply(lambda *v: impl(xp, *v, **p), g, n, [rad] + absw, var, self.B, xp)
            yr = xp.abs(yr)
            # The float products cancel: widen by an a-priori gamma bound (k terms, k <= the
            # weight's size) on sum |w| (|mid| + rad) and |yc|, so the box holds in real arithmetic.
            ymag = bapply(lambda *v: impl(xp, *v, **p), g, n, [xp.abs(mid) + rad] + absw, var,
                          self.B, xp)
            k_terms = int(np.prod(shapes[1], dtype=np.int64)) + 4
            slack = 2.0 * k_terms * float(np.finfo(np.float64).eps) * (xp.abs(ymag) + xp.abs(yc))
            yr = yr + slack + float(np.finfo(np.float64).tiny)
            lo, hi = yc - yr, yc + yr
        elif op.interval is not None:
            rule, p = op.interval, n.p
            fn = lambda *v: rule(xp, list(v[:k]), list(v[k:]), **p)  # noqa: E731
            lo, hi = bapply(fn, g, n, lows + highs, var + var, self.B, xp, shapes=shapes + shapes)
        elif nid in self.lin and n.op in ("reshape", "flatten", "transpose", "concat", "slice",
                                            "pad", "slice_transpose"):
            lm = self.lin[nid]
            lo = lm.fwd([lows[i] for i in lm.var_args], self.B)
            hi = lm.fwd([highs[i] for i in lm.var_args], self.B)
        else:
            raise MissingRuleError(n.op, "interval")
        lo, hi = xp.broadcast_to(lo, full), xp.broadcast_to(hi, full)
        return _nan_safe(lo, -xp.inf), _nan_safe(hi, xp.inf)

    def relax_lines(self, nid: int, alpha: Any = None) -> tuple[np.ndarray, ...]:
        """The op's relax rule on the bounds of its argument; with ``alpha`` shaped (B, S, ...)."""
        n = self.g.node(nid)
        if alpha is None and nid in self.lines:
            return self.lines[nid]
        rule = self.g.registry[n.op].rule("relax")
        l, u = self.bounds[n.args[0]]
        if alpha is None:
            out = tuple(self.xp.broadcast_to(self.xp.asarray(x, dtype=self.dtype), l.shape)
                        for x in rule(self.xp, l, u, **n.p))
            self.lines[nid] = out
            return out
        shp = alpha.shape
        out = rule(self.xp, l[:, None], u[:, None], alpha=alpha, **n.p)
        return tuple(self.xp.broadcast_to(self.xp.asarray(x, dtype=self.dtype), shp) for x in out)

    # -- CROWN backward pass --------------------------------------------------------------------
    def backward(self, start: int, a0: np.ndarray, alphas: dict[int, np.ndarray] | None = None,
                 record: dict[int, Any] | None = None) -> np.ndarray:
        """Lower bound (B, S) of sum(a0 * node_start) over the box: one backward pass.

        ``alphas``: relax node -> lower slopes (B, S, *shape) for this pass. ``record`` (a dict)
        receives node -> A (the coefficient reaching the node) for the primal-point pass.
        """
        g, B, xp = self.g, self.B, self.xp
        S = a0.shape[1]
        # Rows [P; -P] (identity rows, [C; -C]) stay negations of each other through linear maps:
        # carry only P until the first other node, then unfold (negation is exact: the same
        # numbers as the full pass, up to the sign of zeros).
        half = (record is None and S % 2 == 0 and S > 0 and self.kind[start] == "linear"
                and bool(xp.all(a0[:, S // 2:] == -a0[:, :S // 2])))
        if half:
            a0 = a0[:, :S // 2]
        acc: dict[int, np.ndarray] = {start: a0}
        bias = xp.zeros((B, a0.shape[1]), dtype=self.dtype)
        for nid in range(start, -1, -1):
            if half and nid in acc and self.kind[nid] != "linear":
                half = False
                pair = None
                if (self.kind[nid] == "relax" and len(acc) == 1
                        and (alphas is None or nid not in alphas)):
                    pair = _relax_pair(acc[nid], *[x[:, None] for x in self.relax_lines(nid)])
                if pair is not None:  # both halves straight from P (no [P; -P] copy)
                    del acc[nid]
                    acc[g.node(nid).args[0]] = pair[0]
                    bias = xp.concatenate([bias, -bias], axis=1) + pair[1]
                    continue
                acc = {k: xp.concatenate([v, -v], axis=1) for k, v in acc.items()}
                bias = xp.concatenate([bias, -bias], axis=1)
            a = acc.pop(nid, None)
            if a is None:
                continue
            S = a.shape[1]
            if record is not None:
                record[nid] = a
            kind, n = self.kind[nid], g.node(nid)
            if kind == "input":
                lo, hi = self.box
                bias += _concretize(a, lo, hi, scratch=record is None and _owned(a, acc, a0))
            elif kind == "const":
                bias += _dot(a, xp.broadcast_to(self.dev(nid), n.shape)[None, None])
            elif kind == "linear":
                lm = self.lin[nid]
                parts = lm.back(a.reshape((B * S,) + n.shape))
                for i, part in zip(lm.var_args, parts, strict=True):
                    arg = n.args[i]
                    part = part.reshape((B, S) + g.node(arg).shape)
                    acc[arg] = part if arg not in acc else acc[arg] + part
                if lm.has_offset:
                    bias += _dot(a, self.offset(nid)[None, None])
            elif kind == "relax":
                al = None if alphas is None else alphas.get(nid)
                arg = n.args[0]
                fast = None if al is not None else self._relax_back(nid, a)
                if fast is not None:
                    part, b2 = fast
                    acc[arg] = part if arg not in acc else acc[arg] + part
                    bias += b2
                    continue
                lines = (self.relax_lines(nid, al) if al is not None else
                         [x[:, None] for x in self.relax_lines(nid)])
                part, b2 = _relax_apply(a, *lines,
                                        scratch=record is None and _owned(a, acc, a0))
                acc[arg] = part if arg not in acc else acc[arg] + part
                bias += b2
            elif kind == "maxpool":
                xs = g.node(n.args[0]).shape
                part, b2 = max_back(self.max_lines(nid), a, xs, xp)
                acc[n.args[0]] = part if n.args[0] not in acc else acc[n.args[0]] + part
                bias += b2
            else:  # interval fallback
                lo, hi = self.bounds[nid]
                bias += _concretize(a, lo, hi)
        return xp.concatenate([bias, -bias], axis=1) if half else bias

    def _relax_back(self, nid: int, a: Any) -> tuple[Any, Any] | None:
        """The relax step of the backward pass with box-wide lines, touching the full (B, S, n)
        coefficients once: A * upper slope everywhere, the sign choice redone only on the columns
        where the two slopes differ (ReLU: the unstable neurons), intercepts dotted only over
        their nonzero columns. The coefficients equal the dense formula's exactly. None when
        most columns need the choice (the dense formula is then as cheap)."""
        xp = self.xp
        B, S = a.shape[:2]
        a_lo, b_lo, a_up, b_up = (x.reshape(B, 1, -1) for x in self.relax_lines(nid))
        n = a_lo.shape[2]
        cols = xp.flatnonzero((a_lo != a_up).any(axis=(0, 1)))
        if int(cols.size) * 4 > n:
            return None
        af = a.reshape(B, S, n)
        part = af * a_up
        if cols.size:
            p2, _ = _relax_apply(af[:, :, cols], a_lo[:, :, cols], None, a_up[:, :, cols], None)
            part[:, :, cols] = p2
        bias = xp.zeros((B, S), dtype=part.dtype)
        # Intercepts only over the columns where they are nonzero (ReLU: the unstable ones; its
        # lower intercept is 0): the other terms of the dense formula's sums are exact zeros.
        for b_x, keep in ((b_lo, xp.maximum), (b_up, xp.minimum)):
            nz = xp.flatnonzero(b_x.reshape(B, -1).any(axis=0))
            if nz.size:
                bias += _dot_inf(keep(af[:, :, nz], 0.0), b_x[:, :, nz])
        return part.reshape(a.shape), bias

    # -- memory-aware chunking (bounds/chunking.py) ----------------------------------------------
    def row_bytes(self, start: int, heavy: bool = False) -> int:
        return chunking.row_bytes(self, start, heavy)

    def chunk_plan(self, start: int, S: int, heavy: bool = False
                   ) -> list[tuple[int, int, int, int]] | None:
        return chunking.chunk_plan(self, start, S, heavy)

    def batch_slice(self, b0: int, b1: int) -> Engine:
        return chunking.batch_slice(self, b0, b1)

    def bound_rows(self, start: int, a0: Any, alphas: dict[int, Any] | None = None,
                   record: dict[int, Any] | None = None) -> Any:
        """``backward`` run in chunks of boxes and rows when the pass would exceed
        ``max_memory`` (rows and boxes are independent: the result is the same)."""
        return chunking.bound_rows(self, start, a0, alphas, record)

    def max_lines(self, nid: int) -> MaxLines:
        if nid not in self.lines:
            n = self.g.node(nid)
            lo, hi = self.bounds[n.args[0]]
            self.lines[nid] = max_lines(n, self.g.node(n.args[0]).shape, lo, hi, self.xp)
        return self.lines[nid]

    def primal(self, start: int, record: dict[int, Any],
               alphas: dict[int, np.ndarray] | None = None) -> dict[int, np.ndarray]:
        """The point each row's bound is attained at, per node (B, S, *shape): the forward image of
        the backward pass's choices. d(bound)/d(lower slope) = A+ * primal(argument) (alpha-CROWN).
        """
        g, B, xp = self.g, self.B, self.xp
        z: dict[int, np.ndarray] = {}
        for nid in sorted(record):
            a, n, kind = record[nid], g.node(nid), self.kind[nid]
            S = a.shape[1]
            if kind == "input":
                lo, hi = self.box
                z[nid] = xp.where(a >= 0, lo[:, None], hi[:, None])
            elif kind == "const":
                z[nid] = xp.broadcast_to(self.dev(nid), a.shape)
            elif kind == "linear":
                lm = self.lin[nid]
                xs = [z[n.args[i]].reshape((B * S,) + g.node(n.args[i]).shape) for i in lm.var_args]
                z[nid] = xp.asarray(lm.fwd(xs, B * S)).reshape(a.shape)
            elif kind == "relax":
                al = None if alphas is None else alphas.get(nid)
                a_lo, b_lo, a_up, b_up = (self.relax_lines(nid, al) if al is not None else
                                          [x[:, None] for x in self.relax_lines(nid)])
                x = z[n.args[0]]
                z[nid] = xp.where(a >= 0, a_lo * x + b_lo, a_up * x + b_up)
            elif kind == "maxpool":
                xs = g.node(n.args[0]).shape
                z[nid] = max_primal(self.max_lines(nid), a, z[n.args[0]], xs, xp)
            else:
                lo, hi = self.bounds[nid]
                z[nid] = xp.where(a >= 0, lo[:, None], hi[:, None])
        return z

    # -- drivers -------------------------------------------------------------------------------
    def rows_needed(self, nid: int) -> np.ndarray | None:
        """Flat neuron indices needing a CROWN bound (None: all). Kink-at-0 users only care about
        neurons whose interval bound straddles 0 (elsewhere the relaxation is exact)."""
        if self.needs.get(nid, True):
            return None
        lo, hi = self.bounds[nid]
        unst = ((lo < 0) & (hi > 0)).reshape(self.B, -1).any(axis=0)
        return np.flatnonzero(_host(unst))

    def identity_rows(self, nid: int, rows: np.ndarray | None) -> np.ndarray:
        shape, xp = self.g.node(nid).shape, self.xp
        size = int(np.prod(shape, dtype=np.int64))
        eye = xp.eye(size, dtype=self.dtype)
        eye = eye if rows is None else eye[xp.asarray(rows)]
        spec = xp.concatenate([eye, -eye], axis=0)
        return xp.broadcast_to(spec.reshape((1, -1) + shape), (self.B, spec.shape[0]) + shape)

    def set_rows(self, nid: int, rows: np.ndarray | None, low: np.ndarray) -> None:
        """Intersect node ``nid``'s bounds with row bounds ``low`` (B, 2k) from identity_rows."""
        lo, hi = self.bounds[nid]
        shape, xp = lo.shape, self.xp
        k = low.shape[1] // 2
        lo, hi = lo.reshape(self.B, -1).copy(), hi.reshape(self.B, -1).copy()
        idx = xp.arange(lo.shape[1]) if rows is None else xp.asarray(rows)
        # fmax/fmin: a NaN row bound (0 * inf upstream) must never replace a sound bound.
        lo[:, idx] = xp.fmax(lo[:, idx], low[:, :k])
        hi[:, idx] = xp.fmin(hi[:, idx], -low[:, k:])
        self.bounds[nid] = (lo.reshape(shape), hi.reshape(shape))

    def run(self, intermediate: str = "crown", optimize: Any = None) -> None:
        """Bounds for every node in topological order; CROWN (or ``optimize(engine, nid, rows)``)
        tightens those that shape a relaxation."""
        for n in self.g.nodes:
            self.bounds[n.id] = self.interval_of(n.id)
            if (n.id in self.needs and intermediate != "ibp"
                    and self.affine_depth[n.id] > 1):
                rows = self.rows_needed(n.id)
                if rows is not None and rows.size == 0:
                    continue
                low = None
                if optimize is not None:
                    low = optimize(self, n.id, self.identity_rows(n.id, rows))
                elif (self.B == 1 and len(n.shape) >= 3 and self.use_sparse and self.xp is np
                      and sparse.available()):
                    low = sparse.backward_sparse(self, n.id, rows)  # feature maps: local rows
                if low is None:
                    low = self.bound_rows(n.id, self.identity_rows(n.id, rows))
                self.set_rows(n.id, rows, low)

    def spec(self, C: Any) -> np.ndarray:
        """The rows [C; -C] as coefficients (B, 2S, *out_shape)."""
        out, xp = self.g.outputs[0], self.xp
        shape = self.g.node(out).shape
        size = int(np.prod(shape, dtype=np.int64))
        if C is None:
            c = xp.eye(size, dtype=self.dtype)
        else:
            c = xp.asarray(C, dtype=self.dtype)
        if c.shape[-1] != size or c.ndim not in (2, 3) or (c.ndim == 3 and c.shape[0] != self.B):
            raise ShapeError(f"C of shape {c.shape}: expected (S, {size}) or ({self.B}, S, {size})")
        if not bool(xp.all(xp.isfinite(c))):
            raise ShapeError("C holds NaN or Inf")
        c = xp.broadcast_to(c, (self.B,) + c.shape[-2:])
        both = xp.concatenate([c, -c], axis=1)
        return both.reshape((self.B, both.shape[1]) + shape)


# Per-graph analysis shared between engines: id(graph) -> (graph, dict). The graph itself is held
# so its id stays unique while cached; a few graphs at most (bounded memory).
_GRAPHS: dict[int, tuple[Graph, dict]] = {}
_GRAPHS_MAX = 2


def graph_cache(g: Graph) -> dict:
    """A dict of box-independent data for graph ``g`` (classification, sparse Jacobians)."""
    hit = _GRAPHS.pop(id(g), None)
    if hit is None or hit[0] is not g:
        hit = (g, {})
    _GRAPHS[id(g)] = hit  # most recent last
    while len(_GRAPHS) > _GRAPHS_MAX:
        del _GRAPHS[next(iter(_GRAPHS))]
    return hit[1]


__all__ = ["Engine", "KINK0", "is_elementwise"]
