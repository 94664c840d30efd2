"""Contract tests over EVERY registered op (parametrized from REGISTRY: new ops covered or failing).

Per op, on the hypothesis samples of tests/samples.py: (1) impl's shape == the shape rule's, dtype
float32 preserved; (2) impl == an independent plain-NumPy reference (tests/references.py; the
shape/reduce/pool references live in tests/test_ops_shape.py); (3) VJP and JVP (EagerEmitter) agree
with central differences in float64 (relative error < 1e-6), <w, J v> == <J^T w, v>, and the JVP of
the VJP (a dual-number emitter running every emitted op's JVP rule) matches differences of the VJP;
(5) the interval rule encloses sampled outputs. Kink conventions and relaxations:
tests/test_ops_relax.py.
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from references import REFERENCES
from samples import SAMPLES, SAMPLES_OPS

from torchsmt.ir import REGISTRY, EagerEmitter

OPS = sorted(n for n in REGISTRY.names() if n not in ("input", "const"))
SET = settings(max_examples=25, deadline=None, derandomize=True,
               suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
STEP = 1e-5
RTOL = 1e-6


def _draw(name):
    if name not in SAMPLES:
        pytest.fail(f"op '{name}' has no sample strategy in tests/samples.py (or samples_shape.py)")
    return SAMPLES[name]


def _run(name, args, params, xp=np):
    op = REGISTRY[name]
    return op.impl(xp, *args, **op.bind_params(params))


def _rel(a, b, noise=0.0):
    """Relative error of a against b; differences below ``noise`` (the rounding error of a central
    difference: ~1e-16 * |f| / STEP) do not count."""
    a, b = np.asarray(a, np.float64), np.asarray(b, np.float64)
    scale = max(np.linalg.norm(a), np.linalg.norm(b))
    err = max(float(np.linalg.norm(a - b)) - noise, 0.0)
    return 0.0 if err == 0.0 else err / scale


def _noise(y):
    return 1e-9 * (1.0 + float(np.linalg.norm(y)))


@pytest.mark.parametrize("name", OPS)
def test_has_sample_and_rules(name):
    op = REGISTRY[name]
    _draw(name)
    missing = [r for r in ("interval",) + (("vjp", "jvp") if op.differentiable else ())
               if not op.has(r)]
    assert not missing, f"{name} lacks {missing}"
    assert op.doc, f"{name} has no doc"


@pytest.mark.parametrize("name", OPS)
def test_shape_rule_and_dtype(name):
    op = REGISTRY[name]

    @SET
    @given(_draw(name))
    def check(sample):
        args, params = sample
        bound = op.bind_params(params)
        want = op.shape(tuple(a.shape for a in args), **bound)
        out = _run(name, args, params)
        assert tuple(np.shape(out)) == tuple(want)
        out32 = _run(name, [a.astype(np.float32) for a in args], params)
        assert np.asarray(out32).dtype == np.float32, f"{name}: float32 in, {out32.dtype} out"

    check()


@pytest.mark.parametrize("name", sorted(SAMPLES_OPS))
def test_impl_matches_reference(name):
    assert name in REFERENCES, f"{name}: no reference in tests/references.py"

    @SET
    @given(_draw(name))
    def check(sample):
        args, params = sample
        got = _run(name, args, params)
        want = REFERENCES[name](*args, **params)
        np.testing.assert_allclose(got, want, rtol=1e-12, atol=1e-12)

    check()


# -- derivatives -----------------------------------------------------------------------------------
def _vjp(name, args, params, w):
    op, e = REGISTRY[name], EagerEmitter()
    out = _run(name, args, params)
    cts = op.vjp(e, w, out, *args, **op.bind_params(params))
    assert len(cts) == len(args), f"{name}: {len(cts)} cotangents for {len(args)} arguments"
    return [np.zeros_like(a) if c is None else np.asarray(c)
            for a, c in zip(args, cts, strict=True)]


def _jvp(name, args, params, tangents):
    op, e = REGISTRY[name], EagerEmitter()
    out = _run(name, args, params)
    t = op.jvp(e, tangents, out, *args, **op.bind_params(params))
    return np.zeros_like(out) if t is None else np.broadcast_to(t, np.shape(out))


def _fd(f, args, vs):
    plus = f([a + STEP * v for a, v in zip(args, vs, strict=True)])
    minus = f([a - STEP * v for a, v in zip(args, vs, strict=True)])
    return (np.asarray(plus) - np.asarray(minus)) / (2 * STEP)


DIFF = [n for n in OPS if REGISTRY[n].differentiable]


@pytest.mark.parametrize("name", DIFF)
def test_vjp_jvp_central_differences_and_adjoint(name):
    @SET
    @given(_draw(name), st.integers(0, 2**32 - 1))
    def check(sample, seed):
        args, params = sample
        rng = np.random.default_rng(seed)
        out = _run(name, args, params)
        w = rng.normal(size=np.shape(out))
        vs = [rng.normal(size=a.shape) for a in args]
        f = lambda xs: _run(name, xs, params)  # noqa: E731
        cts = _vjp(name, args, params, w)
        assert [c.shape for c in cts] == [a.shape for a in args]
        nz = _noise(out)
        assert _rel(_jvp(name, args, params, vs), _fd(f, args, vs), nz) < RTOL
        for i in range(len(args)):
            only = [v if j == i else None for j, v in enumerate(vs)]
            zeros = [v if j == i else np.zeros_like(v) for j, v in enumerate(vs)]
            jv = _jvp(name, args, params, only)
            fd = _fd(f, args, zeros)
            assert _rel(jv, fd, nz) < RTOL, (name, i)
            lhs, rhs = float(np.sum(w * jv)), float(np.sum(cts[i] * vs[i]))
            assert abs(lhs - rhs) <= 1e-9 * (np.sum(np.abs(w * jv)) + 1e-12), (name, i, lhs, rhs)

    check()


class Dual:
    """A primal value with its tangent (None: zero)."""

    def __init__(self, p, t=None):
        self.p, self.t = np.asarray(p, np.float64), t

    @property
    def shape(self):
        return self.p.shape


class DualEmitter:
    """Runs each emitted op's impl on primals and its JVP rule on tangents: forward mode over a
    rule's emitted computation, so running a VJP rule with it gives the JVP of the VJP."""

    def __init__(self):
        self.inner = EagerEmitter()

    def op(self, name, *args, **params):
        op = REGISTRY[name]
        bound = op.bind_params(params)
        ps = [a.p for a in args]
        out = op.impl(np, *ps, **bound)
        ts = [a.t for a in args]
        t = None if all(t is None for t in ts) else op.rule("jvp")(self.inner, ts, out, *ps,
                                                                  **bound)
        return Dual(out, t)

    def const(self, value, name="", dtype=None):
        return Dual(np.asarray(value, np.float64))

    def shape(self, v):
        return tuple(v.p.shape)


@pytest.mark.parametrize("name", DIFF)
def test_jvp_of_vjp_matches_differences_of_vjp(name):
    op = REGISTRY[name]

    @settings(SET, max_examples=15)
    @given(_draw(name), st.integers(0, 2**32 - 1))
    def check(sample, seed):
        args, params = sample
        rng = np.random.default_rng(seed)
        w = rng.normal(size=np.shape(_run(name, args, params)))
        vs = [rng.normal(size=a.shape) for a in args]
        bound = op.bind_params(params)
        dual_args = [Dual(a, v) for a, v in zip(args, vs, strict=True)]
        out = DualEmitter().op(name, *dual_args, **bound)
        cts = op.vjp(DualEmitter(), Dual(w), out, *dual_args, **bound)
        for i, c in enumerate(cts):
            fd = _fd(lambda xs, i=i: _vjp(name, xs, params, w)[i], args, vs)
            got = np.zeros(args[i].shape) if c is None or c.t is None else c.t
            nz = _noise(_vjp(name, args, params, w)[i])
            assert _rel(np.broadcast_to(got, fd.shape), fd, nz) < 1e-5, (name, i)

    check()


# -- interval rules --------------------------------------------------------------------------------
@pytest.mark.parametrize("name", [n for n in OPS if REGISTRY[n].has("interval")])
def test_interval_encloses_samples(name):
    op = REGISTRY[name]

    @SET
    @given(_draw(name), st.integers(0, 2**32 - 1), st.sampled_from([0.0, 1e-3, 0.3, 2.0]))
    def check(sample, seed, width):
        args, params = sample
        rng = np.random.default_rng(seed)
        lows = [a - width * rng.uniform(0, 1, a.shape) for a in args]
        highs = [a + width * rng.uniform(0, 1, a.shape) for a in args]
        lo, hi = op.interval(np, lows, highs, **op.bind_params(params))
        out_shape = np.shape(_run(name, args, params))
        lo, hi = np.broadcast_to(lo, out_shape), np.broadcast_to(hi, out_shape)
        assert not np.any(np.isnan(lo) | np.isnan(hi)), name
        for _ in range(12):
            pts = []
            for l, u in zip(lows, highs, strict=True):
                pick = rng.integers(0, 3, l.shape)  # endpoint, other endpoint, or inside
                pts.append(np.where(pick == 0, l, np.where(pick == 1, u,
                                                           rng.uniform(l, u))))
            with np.errstate(all="ignore"):
                y = np.asarray(_run(name, pts, params))
            ok = np.isnan(y)  # outside the op's domain (log of a negative): nothing to enclose
            tol = 1e-9 * (1 + np.abs(y) + np.where(np.isfinite(lo), np.abs(lo), 0)
                          + np.where(np.isfinite(hi), np.abs(hi), 0))
            assert np.all(ok | ((lo - tol <= y) & (y <= hi + tol))), (name, width)

    with np.errstate(all="ignore"):
        check()
