"""The independent certificate checker: ``check_certificate(g, cert_json) -> CheckReport``.

It imports nothing from torchsmt.bounds (tests/test_checker_independence.py enforces it). From the
graph, the input box and the certificate's intermediate bounds and lower slopes it re-derives, in
topological order, every certified node bound and finally the claim, each by one backward pass:

- linear nodes (checker_ops.linear_terms): A_x = A_y J exactly as computed; the difference to the
  exact product is bounded a priori, |A_y J - fl(A_y J)| <= gamma_k |A_y| |J|, and charged as
  gamma_k |A_y| (|J| m_x) with m_x >= |x| from the node's bounds (one matrix-vector product);
- kink-at-0 nodes (relu, leaky_relu, abs; f convex): the lower slope from the certificate must lie
  in the op's slope range where the input interval straddles 0
  (lemma ``*.crown_lower_le_of_slope_mem*``);
  the upper line is the checker's own chord with its intercept rounded up so that the line is
  >= f at l and at u (``*.crown_upper_ge_of_unstable``); off the kink the line is f itself;
- tanh/sigmoid/exp and maxpool2d, when the certificate's ``relaxations`` lists them: lines
  re-checked and repaired by checker_relax.py (``srelax``, ``maxrelax``); avgpool2d is linear and
  batchnorm in exact mode carries a rational slope enclosure (checker_ops.py); softmax/layernorm
  (``ivl``) get the checker's own outward-rounded intervals;
- every other node is bounded by a rigorous interval (monotone unary ops: f at the ends, widened by
  4 ulps, trusting NumPy's elementwise functions to that accuracy) and concretized;
- the input node is concretized over the box; each rounded addition is charged u |result|.

Kink nodes live in checker_kink.py. A conditional certificate (ReLU ``splits``, version 2) is
accepted only with ``conditional=True``: its re-derived bounds are clipped at the splits' half-lines
and boxes proved empty are skipped (checker_splits.py).

So every verdict holds for exact real arithmetic. ``exact=True`` runs the same passes on Python
Fractions (no error terms; slow: small networks). Tampered or malformed input yields ok=False
with the reason, never an exception.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any

import numpy as np

from torchsmt.ir import Graph
from torchsmt.ir.errors import TorchSMTError

from .certificate_format import CertDoc, parse
from .checker_kink import kink_back, kink_lines
from .checker_ops import (
    KINK_OPS,
    TINY,
    U,
    Unsupported,
    gamma,
    kink_params,
    linear_terms,
)
from .checker_ops import CheckFail as _Fail
from .checker_relax import IVL_OPS, LINE_OPS, ivl_interval, lines_back, max_back
from .checker_sparse import sparse_prefix
from .checker_splits import clip, dead_points, split_table


@dataclass(frozen=True)
class CheckReport:
    ok: bool
    failure: str | None = None
    steps: int = 0  # backward passes re-derived
    seconds: float = 0.0
    lemmas: tuple[str, ...] = ()
    unusable: bool = False  # the file is not a well-formed certificate at all (CLI exit 2)
    # the producer's device and dtype, echoed from the certificate (informational)
    device: str = "cpu"
    dtype: str = "float64"
    # conditional certificates: boxes whose split constraints no input satisfies (claims vacuous)
    infeasible: int = 0

    def __bool__(self) -> bool:
        return self.ok


_EXACT_OPS = ("reshape", "flatten", "transpose", "slice", "pad", "concat", "broadcast", "neg")
# Increasing ops whose float evaluation is exact (a max of some arguments): images of the ends.
_EXACT_MONOTONE = ("maxpool2d",)
_frac = np.vectorize(Fraction, otypes=[object])


def check_certificate(g: Graph, cert: str | bytes, exact: bool = False,
                      base: str | Path | None = None, sidecar: bytes | None = None,
                      semantics: str = "real", *, conditional: bool = False) -> CheckReport:
    """Check a certificate's JSON text against graph ``g``. ``base``: folder of a sidecar .npz.
    ``semantics="float32"``: the claim must hold for the binary32 execution (float32_checker.py,
    issue 7). A certificate with ReLU ``splits`` proves its claims only on the inputs satisfying
    them: it is rejected unless ``conditional=True`` (bab_check.py, which checks that its
    branch-and-bound tree covers every case)."""
    t0 = time.perf_counter()
    try:
        doc = parse(cert, Path(base) if base is not None else None, sidecar)
    except TorchSMTError as e:
        return CheckReport(False, f"unusable certificate: {e}", 0, time.perf_counter() - t0,
                           unusable=True)
    try:
        if doc.splits and not conditional:
            raise _Fail(f"conditional certificate ({len(doc.splits)} ReLU splits): it holds only "
                        "inside its branch-and-bound certificate")
        if doc.splits and semantics != "real":
            raise Unsupported("ReLU splits are checked under semantics='real' only")
        if semantics == "float32":
            from .float32_checker import Float32Checker

            ck = Float32Checker(g, doc, exact)
        elif semantics == "real":
            ck = _Checker(g, doc, exact)
        else:
            raise Unsupported(f"semantics must be 'real' or 'float32', not {semantics!r}")
        ck.run()
        return CheckReport(True, None, ck.steps, time.perf_counter() - t0,
                           tuple(sorted(ck.lemmas)), device=doc.device, dtype=doc.dtype,
                           infeasible=int(np.count_nonzero(ck.dead)))
    except _Fail as e:
        msg = str(e)
    except Unsupported as e:
        msg = f"unsupported by the checker: {e}"
    except TorchSMTError as e:
        msg = f"unusable certificate: {e}"
    except (ValueError, TypeError, IndexError, KeyError, ZeroDivisionError, OverflowError,
            FloatingPointError, MemoryError, AttributeError) as e:
        msg = f"malformed certificate ({type(e).__name__}: {e})"
    return CheckReport(False, msg, 0, time.perf_counter() - t0, device=doc.device,
                       dtype=doc.dtype)


def _dot(a: Any, v: Any) -> Any:
    """sum over node axes of a (B, S, *sh) * v; v is (B, *sh) (one per box) or (B, S, *sh)."""
    B, S = a.shape[:2]
    if v.ndim == a.ndim - 1:
        return (a.reshape(B, S, -1) @ v.reshape(B, -1, 1))[..., 0]
    return (a * v).reshape(B, S, -1).sum(axis=2)


class _Checker:
    def __init__(self, g: Graph, doc: CertDoc, exact: bool):
        self.g, self.doc, self.exact = g, doc, exact
        self.steps = 0
        self.lemmas: set[str] = set()
        self.zero = Fraction(0) if exact else 0.0
        self.chords: dict[int, tuple] = {}  # kink nodes' upper chords (checker_kink.py)

    def num(self, a: Any) -> Any:
        a = np.asarray(a, dtype=np.float64)
        return _frac(a) if self.exact else a

    def label(self, nid: int) -> str:
        n = self.g.node(nid)
        return f"node %{nid}" + (f" ({n.name})" if n.name else "") + f" [{n.op}]"

    # -- setup --------------------------------------------------------------------------------
    def run(self) -> None:
        g, d = self.g, self.doc
        if g.sha256() != d.graph_sha256:
            raise _Fail(f"graph hash mismatch: certificate is for {d.graph_sha256[:16]}..., "
                        f"this graph is {g.sha256()[:16]}...")
        if len(g.inputs) != 1 or len(g.outputs) != 1 or d.input_node != g.inputs[0] \
                or d.output_node != g.outputs[0]:
            raise _Fail("certificate input/output nodes do not match the graph")
        in_shape = g.node(d.input_node).shape
        if d.lower_in.shape[1:] != in_shape or np.any(d.lower_in > d.upper_in):
            raise _Fail(f"input box of shape {d.lower_in.shape} does not fit input {in_shape} "
                        "or has lower > upper")
        self.B = d.lower_in.shape[0]
        out_size = int(np.prod(g.node(d.output_node).shape, dtype=np.int64))
        if d.C.shape[2] != out_size:
            raise _Fail(f"claim C has {d.C.shape[2]} columns, the output has {out_size} entries")
        self.listed = {}
        for nb in d.nodes:
            if not (0 <= nb.id < len(g.nodes)) or nb.id in self.listed:
                raise _Fail(f"certificate lists an unknown or repeated node {nb.id}")
            self.listed[nb.id] = nb
        self.split_at, self.has_split = split_table(d.splits, self.B)
        self.dead = np.zeros(self.B, dtype=bool)  # boxes proved empty by their splits
        self._classify()
        for n in g.nodes:
            self._node(n.id)
        self._final()

    def _classify(self) -> None:
        g = self.g
        self.consts: dict[int, Any] = {}
        self.kind: dict[int, str] = {}
        self.lin: dict[int, tuple] = {}
        self.f0err: dict[int, Any] = {}  # extra offset rounding (batchnorm)
        self.srad: dict[int, Any] = {}  # exact mode: batchnorm slope radius (r, mean)
        # Relaxations the certificate declares beyond the kink-at-0 ops: only those are relaxed
        # (else the checker would take another path than the producer and re-derive other bounds).
        # Under float32 semantics lines for the real f say nothing about fl32(f): intervals only.
        declared = set(getattr(self.doc, "relaxations", ()))
        relax_ok = type(self) is _Checker
        for n in g.nodes:
            if n.op == "input":
                self.kind[n.id] = "input"
            elif n.op == "const":
                self.kind[n.id], self.consts[n.id] = "const", self.num(g.consts[n.id])
            elif all(a in self.consts for a in n.args):
                if n.op not in _EXACT_OPS:
                    raise Unsupported(f"{self.label(n.id)}: a constant computed by '{n.op}' "
                                      "(only exact data movement is folded)")
                impl = g.registry[n.op].rule("impl")
                v = impl(np, *(np.asarray(self.consts[a]) for a in n.args), **n.p)
                self.kind[n.id], self.consts[n.id] = "const", np.asarray(v)
            else:
                lt = linear_terms(g, n, self.consts, self.zero, self.f0err, self.srad)
                if lt is not None:
                    self.kind[n.id], self.lin[n.id] = "linear", lt
                elif n.op in KINK_OPS:
                    self.kind[n.id] = "kink"
                elif n.op in _EXACT_MONOTONE and all(a not in self.consts for a in n.args[:1]) \
                        and len(n.args) == 1:
                    self.kind[n.id] = "maxrelax" if (relax_ok and n.op in declared) else "maxlike"
                elif n.op in LINE_OPS and relax_ok and n.op in declared and len(n.args) == 1:
                    self.kind[n.id] = "srelax"
                elif n.op in IVL_OPS and n.args[0] not in self.consts:
                    self.kind[n.id] = "ivl"
                elif g.registry[n.op].monotone is not None and len(n.args) == 1:
                    self.kind[n.id] = "mono"
                else:
                    raise Unsupported(f"{self.label(n.id)}: no checker rule for '{n.op}'")
        for nid in self.listed:
            if self.kind[nid] in ("input", "const"):
                raise _Fail(f"certificate lists bounds for {self.label(nid)}, an input/constant")

    # -- per node: rigorous interval, certified bounds -------------------------------------------
    def _node(self, nid: int) -> None:
        if not hasattr(self, "bounds"):
            self.bounds: dict[int, tuple[Any, Any]] = {}
            self.mag: dict[int, np.ndarray] = {}
            self.absjm: dict[int, np.ndarray] = {}
        kind, n = self.kind[nid], self.g.node(nid)
        full = (self.B,) + n.shape
        if kind == "input":
            lo, hi = self.num(self.doc.lower_in), self.num(self.doc.upper_in)
        elif kind == "const":
            v = np.broadcast_to(self.consts[nid], full)
            lo, hi = v, v
        else:
            lo, hi = self._interval(nid)
            lo, hi = np.broadcast_to(lo, full), np.broadcast_to(hi, full)
            if nid in self.listed:
                lo, hi = self._verify_node(nid, lo, hi)
            if self.dead.any():
                lo, hi = dead_points(self, lo, hi)
        self.bounds[nid] = (lo, hi)
        if not self.exact:
            with np.errstate(over="ignore", invalid="ignore"):
                m = np.maximum(np.abs(np.asarray(lo, dtype=np.float64)),
                               np.abs(np.asarray(hi, dtype=np.float64)))
            self.mag[nid] = m

    def _m(self, nid: int) -> np.ndarray:
        return self.mag[nid]

    def _interval(self, nid: int) -> tuple[Any, Any]:
        n, kind = self.g.node(nid), self.kind[nid]
        if kind == "linear":
            terms, f0, k = self.lin[nid]
            lo = hi = 0
            absjm = 0
            for t in terms:
                a = n.args[t.arg]
                l, h = self.bounds[a]
                lo = lo + t.fwd(l, "pos") + t.fwd(h, "neg")
                hi = hi + t.fwd(h, "pos") + t.fwd(l, "neg")
                if not self.exact:
                    absjm = absjm + t.fwd(self._m(a), "abs")
            if f0 is not None:
                lo, hi = lo + f0, hi + f0
            if self.exact:
                if nid in self.srad:  # |s - s_mid| (x - mean) <= r max(|l - mean|, |u - mean|)
                    r, mean = self.srad[nid]
                    l, h = self.bounds[n.args[0]]
                    e = r * np.maximum(abs(l - mean), abs(h - mean))
                    self.srad_err = getattr(self, "srad_err", {})
                    self.srad_err[nid] = e
                    lo, hi = lo - e, hi + e
                return lo, hi
            absjm = absjm * (1 + gamma(k)) + k * TINY
            self.absjm[nid] = absjm
            err = gamma(k) * (absjm + (0 if f0 is None else np.abs(f0))) * (1 + 4 * U) + k * TINY
            if nid in self.f0err:
                err = err + self.f0err[nid] * (1 + 4 * U)
            return np.nextafter(lo - err, -np.inf), np.nextafter(hi + err, np.inf)
        if kind == "ivl":
            l, h = self.bounds[n.args[0]]
            lo, hi = ivl_interval(self.g, n, self.consts, l, h)
            self.lemmas.add(f"{n.op}.interval_enclosure (checker's own, outward-rounded)")
            return (self.num(lo), self.num(hi)) if self.exact else (lo, hi)
        l, h = self.bounds[n.args[0]]
        if kind in ("maxlike", "maxrelax"):  # increasing, max/moves round nothing: exact images
            impl = self.g.registry[n.op].impl
            xs = self.g.node(n.args[0]).shape
            fold = (lambda v: v.reshape((-1,) + xs[1:])) if len(xs) == 4 else (lambda v: v)
            return (impl(np, fold(l), **n.p).reshape((self.B,) + n.shape),
                    impl(np, fold(h), **n.p).reshape((self.B,) + n.shape))
        if kind == "kink":
            f, _, _ = kink_params(n)
            if n.op == "abs":
                lo = np.where(l >= 0, l, np.where(h <= 0, -h, self.zero))
                return lo, np.maximum(-l, h)
            if n.op == "relu":
                return np.maximum(l, self.zero), np.maximum(h, self.zero)
            c = n.p.get("negative_slope", 0.01)
            c = Fraction(c) if self.exact else c
            cl, ch = c * l, c * h
            if not self.exact:
                cl, ch = np.nextafter(cl, -np.inf), np.nextafter(ch, np.inf)
            return np.where(l >= 0, l, cl), np.where(h >= 0, h, ch)
        # monotone unary op: the ends' images, widened by 4 ulps (+ underflow floor)
        op = self.g.registry[n.op]
        lf = np.nextafter(np.asarray(l, dtype=np.float64), -np.inf) if self.exact else l
        hf = np.nextafter(np.asarray(h, dtype=np.float64), np.inf) if self.exact else h
        with np.errstate(all="ignore"):
            fl = np.asarray(op.impl(np, lf, **n.p), dtype=np.float64)
            fh = np.asarray(op.impl(np, hf, **n.p), dtype=np.float64)
        if op.monotone == "decreasing":
            fl, fh = fh, fl
        lo = fl - 4 * np.spacing(np.abs(fl)) - TINY
        hi = fh + 4 * np.spacing(np.abs(fh)) + TINY
        lo, hi = np.where(np.isnan(lo), -np.inf, lo), np.where(np.isnan(hi), np.inf, hi)
        self.lemmas.add(f"{n.op}.interval_monotone")
        return (self.num(lo), self.num(hi)) if self.exact else (lo, hi)

    def _verify_node(self, nid: int, lo: Any, hi: Any) -> tuple[Any, Any]:
        nb = self.listed[nid]
        full = lo.shape
        if nb.lower.shape != full or nb.upper.shape != full:
            raise _Fail(f"{self.label(nid)}: certified bounds have shape {nb.lower.shape}, "
                        f"expected {full}")
        size = int(np.prod(full[1:], dtype=np.int64))
        rows = np.arange(size) if nb.rows is None else nb.rows
        if rows.size and (rows.max() >= size or len(np.unique(rows)) != rows.size):
            raise _Fail(f"{self.label(nid)}: row indices out of range or repeated")
        dlo = np.array(lo.reshape(self.B, -1))
        dhi = np.array(hi.reshape(self.B, -1))
        if rows.size and self.kind[nid] in ("linear", "kink", "srelax", "maxrelax"):
            # (else the interval is the pass)
            k = rows.size
            eye = np.zeros((2 * k, size))
            eye[np.arange(k), rows] = 1.0
            eye[k + np.arange(k), rows] = -1.0
            a0 = np.broadcast_to(self.num(eye).reshape((1, 2 * k) + full[1:]),
                                 (self.B, 2 * k) + full[1:])
            low = self._backward(nid, a0, nb.slopes, f"bounds of {self.label(nid)}")
            dlo[:, rows] = np.maximum(dlo[:, rows], low[:, :k])
            dhi[:, rows] = np.minimum(dhi[:, rows], -low[:, k:])
        clip(self, nid, dlo, dhi)  # split half-lines; boxes left empty die (checker_splits.py)
        clo, chi = self.num(nb.lower).reshape(self.B, -1), self.num(nb.upper).reshape(self.B, -1)
        live = ~self.dead[:, None]
        if not self.exact:  # a NaN re-derived bound (inf - inf upstream) implies nothing
            dlo = np.where(np.isnan(dlo), -np.inf, dlo)
            dhi = np.where(np.isnan(dhi), np.inf, dhi)
        # "not implied" as the negation of "implied", so that a NaN anywhere counts as a failure
        not_lo = np.logical_not(np.asarray(clo <= dlo, dtype=bool))
        not_hi = np.logical_not(np.asarray(chi >= dhi, dtype=bool))
        for name, bad, claimed, derived in (("lower", not_lo & live, clo, dlo),
                                            ("upper", not_hi & live, chi, dhi)):
            bad = np.asarray(bad, dtype=bool)
            if np.any(bad):
                b, j = (int(v[0]) for v in np.nonzero(bad))
                raise _Fail(f"{self.label(nid)}: certified {name} bound {float(claimed[b, j])!r} "
                            f"of neuron {j} (box {b}) is not implied: re-derived "
                            f"{float(derived[b, j])!r} (off by "
                            f"{abs(float(claimed[b, j]) - float(derived[b, j])):.3g})")
        return clo.reshape(full), chi.reshape(full)

    # -- the rigorous backward pass -------------------------------------------------------------
    def _backward(self, start: int, a0: Any, slopes: dict[int, np.ndarray], what: str) -> Any:
        g, B, exact = self.g, self.B, self.exact
        S = a0.shape[1]
        self.steps += 1
        for k in slopes:
            if not (0 <= k <= start) or self.kind.get(k) != "kink":
                raise _Fail(f"{what}: slopes given for {k}, not a relu/leaky_relu/abs node "
                            "at or before it")
        acc: dict[int, Any] = {start: a0}
        bias = np.zeros((B, S), dtype=object if exact else np.float64)
        if exact:
            bias[...] = Fraction(0)
        err = np.zeros((B, S))
        n_tot = 0
        top = start
        state = sparse_prefix(self, start, a0, slopes, what)  # feature maps: sparse rows first
        if state is not None:
            acc, bias, err, top = state

        def up_dot(aabs: Any, v: Any) -> Any:
            n = int(np.prod(aabs.shape[2:], dtype=np.int64))
            return _dot(aabs, v) * (1 + gamma(n + 2)) + (n + 2) * TINY

        def add(nid: int, part: Any) -> None:
            nonlocal err
            if nid in acc:
                acc[nid] = acc[nid] + part
                if not exact:
                    err = err + U * up_dot(np.abs(acc[nid]), self._m(nid))
            else:
                acc[nid] = part

        for nid in range(top, -1, -1):
            a = acc.pop(nid, None)
            if a is None:
                continue
            n, kind = g.node(nid), self.kind[nid]
            size = int(np.prod(n.shape, dtype=np.int64)) + 2
            d = None
            if kind in ("input", "mono", "maxlike", "ivl"):
                lo, hi = self.bounds[nid]
                if kind == "input":  # a finite box: sum a+ lo + a- hi, two matrix-vector
                    # products and one addition, within the gamma_size |a| m charged below
                    d = _dot(np.maximum(a, self.zero), lo) + _dot(np.minimum(a, self.zero), hi)
                else:  # bounds may be infinite (0 * inf): select the end per coefficient
                    d = _dot(a, np.where(a >= 0, lo[:, None], hi[:, None]))
                if not exact:
                    err = err + gamma(size) * up_dot(np.abs(a), self._m(nid))
            elif kind == "const":
                c = np.broadcast_to(self.consts[nid], n.shape)[None]
                d = _dot(a, np.broadcast_to(c, (B,) + n.shape))
                if not exact:
                    err = err + gamma(size) * up_dot(np.abs(a), np.abs(np.asarray(
                        np.broadcast_to(c, (B,) + n.shape), dtype=np.float64)))
            elif kind == "linear":
                terms, f0, kk = self.lin[nid]
                flat = a.reshape((B * S,) + n.shape)
                for t in terms:
                    arg = n.args[t.arg]
                    add(arg, t.back(flat).reshape((B, S) + g.node(arg).shape))
                if not exact:
                    err = err + gamma(kk) * up_dot(np.abs(a), self.absjm[nid])
                elif nid in self.srad:  # exact batchnorm: the slope enclosure's radius
                    d = -_dot(abs(a), self.srad_err[nid])
                    bias = bias + d
                    d = None
                if f0 is not None:
                    f0b = np.broadcast_to(f0, (B,) + n.shape)
                    d = _dot(a, f0b)
                    if not exact:
                        err = err + gamma(size + 2) * up_dot(np.abs(a), np.abs(f0b))
                        if nid in self.f0err:
                            fe = np.broadcast_to(self.f0err[nid], f0b.shape)
                            err = err + up_dot(np.abs(a), fe)
            elif kind == "maxrelax":
                part, d, e2 = max_back(self, nid, a)
                add(n.args[0], part)
                err = err + e2
            elif kind == "srelax":
                part, d, e2 = lines_back(self, nid, a)
                add(n.args[0], part)
                err = err + e2
            else:  # kink
                part, d, e2 = self._kink(nid, a, slopes.get(nid), what)
                add(n.args[0], part)
                err = err + e2
            if d is not None:
                bias = bias + d
                n_tot += 1
                if not exact:
                    err = err + U * np.abs(bias) * (1 + 4 * U)
        if exact:
            return bias
        with np.errstate(over="ignore", invalid="ignore"):
            low = bias - err * (1 + 1e-10)
            low = np.nextafter(low - 2 * U * np.abs(low), -np.inf)
        return np.where(np.isnan(low), -np.inf, low)

    def kink_lines(self, nid: int, S: int, slope: np.ndarray | None, what: str):
        return kink_lines(self, nid, S, slope, what)

    def _kink(self, nid: int, a: Any, slope: np.ndarray | None, what: str):
        return kink_back(self, nid, a, slope, what)

    # -- the claim ----------------------------------------------------------------------------
    def _final(self) -> None:
        d, g = self.doc, self.g
        out = d.output_node
        shape = g.node(out).shape
        S = d.C.shape[1]
        a0 = self.num(d.C).reshape((self.B, S) + shape)
        low = self._backward(out, a0, d.final_slopes, "the claim")
        claim = self.num(d.claim)
        # the negation of "implied", so that a NaN re-derived bound is a failure
        bad = np.logical_not(np.asarray(claim <= low, dtype=bool)) & ~self.dead[:, None]
        if np.any(bad):
            b, s = (int(v[0]) for v in np.nonzero(bad))
            raise _Fail(f"claim row {s} (box {b}): certified lower bound {float(claim[b, s])!r} "
                        f"exceeds the re-derived {float(low[b, s])!r} (by "
                        f"{float(claim[b, s]) - float(low[b, s]):.3g})")

