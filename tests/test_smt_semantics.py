"""Every op's SMT encoding, evaluated at hypothesis-drawn points, equals NumPy (float64)."""

from __future__ import annotations

import numpy as np
import pytest
import z3
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from torchsmt.formal.cases import cases
from torchsmt.ir.registry import REGISTRY
from torchsmt.smt_encodings.emitter import encode
from torchsmt.smt_encodings.evaluate import Evaluator
from torchsmt.smt_encodings.float32 import Float32Semantics
from torchsmt.smt_encodings.reals import RealSemantics

N = 1000
OPS = [op for op in REGISTRY if cases(op)]


def _encoded(op, shapes, params):
    R = RealSemantics(z3.Context())
    xs = [R.var(f"x{i}", s) for i, s in enumerate(shapes)]
    return R, xs, encode(op, R, *xs, **params)


@pytest.mark.parametrize("op", OPS, ids=lambda o: o.name)
@settings(max_examples=1, deadline=None, suppress_health_check=list(HealthCheck))
@given(seed=st.integers(0, 2**32 - 1), scale=st.floats(0.1, 10),
       special=st.lists(st.sampled_from([0.0, 1.0, -1.0, 1e-30, -2.5, 3.0]), min_size=8,
                        max_size=8))
def test_encoding_equals_numpy(op, seed, scale, special):
    """1000 points per op: a hypothesis-drawn seed and scale, plus drawn special values."""
    shapes, params = cases(op)[0]
    R, xs, y = _encoded(op, shapes, params)
    rng = np.random.default_rng(seed)
    pts = []
    for s in shapes:
        p = rng.normal(0, scale, (N, *s))
        flat = p.reshape(N, -1)
        flat[: len(special), 0] = special  # edge values in the first coordinate
        pts.append(p)
    assert _compare(op, params, R, xs, y, pts) or _compare(
        op, params, R, xs, y, [np.abs(p) + 0.01 for p in pts], final=True)


def _compare(op, params, R, xs, y, pts, final=False):
    """Compare on the points inside the encoding's domain; False if too few are inside."""
    env = {}
    for x, p in zip(xs, pts, strict=True):
        for idx in np.ndindex(*x.shape):
            env[str(x.view(np.ndarray)[idx])] = p[(slice(None), *idx)]
    ev = Evaluator(env, R.fresh_defs)
    ok = np.ones(N, dtype=bool)
    for h in R.domain:  # compare where the encoding is defined (log x > 0, b != 0, ...)
        ok &= np.broadcast_to(np.asarray(ev(h), dtype=bool), (N,))
    got = np.stack([np.broadcast_to(np.asarray(ev(t), dtype=np.float64), (N,))
                    for t in y.view(np.ndarray).reshape(-1)], axis=-1).reshape(N, *y.shape)
    with np.errstate(all="ignore"):
        ref = np.stack([np.asarray(op.impl(np, *(p[k] for p in pts), **op.bind_params(params)))
                        for k in range(N)])
    fine = ok & np.all(np.isfinite(ref.reshape(N, -1)), axis=1)
    if fine.sum() < N // 2 and not final:
        return False  # mostly outside the domain (log, sqrt, rsqrt): retry on positive points
    assert fine.sum() >= N // 2, f"{op.name}: too few points in the domain"
    np.testing.assert_allclose(got[fine], ref[fine], rtol=1e-9, atol=1e-9)
    return True


@pytest.mark.parametrize("name", ["add", "sub", "mul", "div", "sqrt", "neg", "abs", "relu"])
@settings(max_examples=3, deadline=None)
@given(x=hnp.arrays(np.float32, (100,)), y=hnp.arrays(np.float32, (100,)))
def test_float32_bit_exact(name, x, y):
    F = Float32Semantics(z3.Context())
    op = REGISTRY[name]
    args = (x, y)[: op.arity]
    out = encode(op, F, *(F.asarray(a) for a in args))
    with np.errstate(all="ignore"):
        ref = op.impl(np, *args)
    got = np.array([F.value(t) for t in out.view(np.ndarray)], dtype=np.float32)
    same = (got.view(np.uint32) == ref.view(np.uint32)) | (np.isnan(got) & np.isnan(ref))
    assert same.all(), (x[~same][:3], got[~same][:3], ref[~same][:3])


def test_rounding_model_encloses_float32():
    from fractions import Fraction

    from torchsmt.smt_encodings.rounding import RoundingSemantics

    ctx = z3.Context()
    R = RoundingSemantics(ctx)
    a, b = R.var("a", ()), R.var("b", ())
    y = (a * b + a).view(np.ndarray)[()]
    s = z3.Solver(ctx=ctx)
    s.add(*R.hypotheses())
    av, bv = np.float32(1.1), np.float32(3.3)
    s.add(a.view(np.ndarray)[()] == R.const(Fraction(float(av))),
          b.view(np.ndarray)[()] == R.const(Fraction(float(bv))))
    s.add(y == R.const(Fraction(float(av * bv + av))))  # the float32 result is a model value
    assert s.check() == z3.sat


def test_semantics_owns_its_context():
    R = RealSemantics()
    x = R.var("x", (2,))
    assert all(t.ctx is R.ctx for t in x.view(np.ndarray))
    assert R.ctx is not z3.main_ctx()
