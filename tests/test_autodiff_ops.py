"""Every registered differentiable op, as a one-op graph: its VJP graph, its JVP graph and the JVP
of its VJP graph (Hessian-vector products) against central differences in float64, on the
hypothesis-drawn samples of tests/samples.py (SAMPLES: op name -> strategy of (arg arrays, params)).

Finite differences are meaningless at kinks (relu at 0, max ties, maxpool ties) and ill-conditioned
near singularities (log, sqrt near 0): an input element whose one-sided slopes disagree at the step
used is left out of the comparison (its tangent is zero, its cotangent entry is not compared). The
conventions at kinks are tested with the ops themselves (tests/test_ops_contract.py).
"""

from __future__ import annotations

import numpy as np
import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, assume, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from torchsmt.ir import REGISTRY, GraphBuilder  # noqa: E402
from torchsmt.ir.autodiff import jvp, vjp  # noqa: E402

try:
    from samples import SAMPLES  # tests/samples.py, which merges samples_shape.py's entries
except ImportError:  # not written yet: use what exists
    try:
        from samples_shape import SAMPLES_SHAPE as SAMPLES
    except ImportError:
        SAMPLES = {}

H1 = 1e-6  # relative step for first differences
H2 = 1e-4  # relative step for second differences
RTOL = 1e-6
RTOL2 = 1e-4
SMOOTH = 1e-2  # one-sided slopes may differ by this much (relative) before an element is a kink

DIFFERENTIABLE = sorted(op.name for op in REGISTRY
                        if op.differentiable and op.name not in ("input", "const"))


def _unpack(drawn):
    """A sample is (args, params); args a sequence of arrays (or one array)."""
    if isinstance(drawn, dict):
        args, params = drawn["args"], drawn.get("params", {})
    else:
        args, params = drawn
    if isinstance(args, np.ndarray):
        args = (args,)
    return [np.array(a, dtype=np.float64) for a in args], dict(params or {})


def _one_op_graph(name, args, params, registry=REGISTRY):
    b = GraphBuilder(registry)
    ins = [b.input(a.shape, name=f"a{i}") for i, a in enumerate(args)]
    return b.build(b.op(name, *ins, **params))


def _rel(a_blocks, n_blocks, masks=None, floor=1e-3):
    """max |a - n| / max(max |n|, floor) over the (masked) entries of all blocks together."""
    masks = masks or [None] * len(a_blocks)
    a = np.concatenate([np.ravel(np.asarray(x)[m] if m is not None else x)
                        for x, m in zip(a_blocks, masks, strict=True)])
    n = np.concatenate([np.ravel(np.asarray(x)[m] if m is not None else x)
                        for x, m in zip(n_blocks, masks, strict=True)])
    if a.size == 0:
        return 0.0
    return float(np.max(np.abs(a - n)) / max(float(np.max(np.abs(n))), floor))


class Numeric:
    """Central-difference Jacobian columns of a one-op graph, with kink detection per element."""

    def __init__(self, g, xs):
        self.g, self.xs = g, xs
        self.f0 = self.f(xs)

    def f(self, xs):
        with np.errstate(all="ignore"):
            return np.asarray(self.g.run(*xs, dtype=np.float64), np.float64)

    def shifted(self, i, j, delta):
        xs = [x.copy() for x in self.xs]
        xs[i][j] += delta
        return self.f(xs)

    def step(self, i, j, rel):
        return rel * max(1.0, abs(float(self.xs[i][j])))

    def columns(self):
        """cols[i]: d out / d x_i shaped x_i.shape + out.shape; smooth[i]: elementwise mask."""
        cols, smooth = [], []
        for i, x in enumerate(self.xs):
            c = np.zeros(x.shape + self.f0.shape)
            ok = np.ones(x.shape, bool)
            for j in np.ndindex(x.shape):
                for rel in (H1, 2 * H2):  # smooth at both scales the checks use
                    h = self.step(i, j, rel)
                    fp, fm = self.shifted(i, j, h), self.shifted(i, j, -h)
                    central = (fp - fm) / (2 * h)
                    fwd, bwd = (fp - self.f0) / h, (self.f0 - fm) / h
                    if not (np.all(np.isfinite(fp)) and np.all(np.isfinite(fm))) or np.max(
                        np.abs(fwd - bwd), initial=0.0
                    ) > SMOOTH * (1.0 + np.max(np.abs(central), initial=0.0)):
                        ok[j] = False
                    if rel == H1:
                        c[j] = central
            cols.append(c)
            smooth.append(ok)
        return cols, smooth

    def hvp(self, ct, v, smooth):
        """(H v) of phi = <ct, f> by mixed second differences, on the smooth elements."""
        def phi(xs):
            return float(np.sum(ct * self.f(xs)))

        out = []
        for i, x in enumerate(self.xs):
            hv = np.zeros(x.shape)
            for j in np.ndindex(x.shape):
                if not smooth[i][j]:
                    continue
                h = self.step(i, j, H2)
                s = H2
                acc = 0.0
                for si, sv, sign in ((1, 1, 1), (1, -1, -1), (-1, 1, -1), (-1, -1, 1)):
                    xs = [np.array(xx + sv * s * vv) for xx, vv in zip(self.xs, v, strict=True)]
                    xs[i][j] += si * h
                    acc += sign * phi(xs)
                hv[j] = acc / (4 * h * s)
            out.append(hv)
        return out


def check_op(name, args, params, rng, registry=REGISTRY):
    g = _one_op_graph(name, args, params, registry)
    num = Numeric(g, args)
    if not np.all(np.isfinite(num.f0)):
        return None
    cols, smooth = num.columns()
    if not any(m.any() for m in smooth):
        return None  # every element sits on a kink: nothing finite differences can check
    ct = rng.standard_normal(num.f0.shape)
    errs = {}

    back = vjp(g, output=0)
    res = back.run(*args, ct, dtype=np.float64)
    res = res if isinstance(res, tuple) else (res,)
    axes = tuple(range(-num.f0.ndim, 0)) if num.f0.ndim else ()
    errs["vjp"] = _rel(list(res), [np.sum(c * ct, axis=axes) if axes else c * ct for c in cols],
                       smooth)

    v = [rng.standard_normal(x.shape) * m for x, m in zip(args, smooth, strict=True)]
    fwd = jvp(g)
    y, t = fwd.run(*args, *v, dtype=np.float64)
    np.testing.assert_array_equal(y, num.f0)
    lead = lambda x: tuple(range(x.ndim))  # noqa: E731
    numeric_t = sum(np.tensordot(vv, c, axes=(lead(vv), lead(vv))) for vv, c in
                    zip(v, cols, strict=True))
    errs["jvp"] = _rel([t], [numeric_t])

    hess = jvp(vjp(g, output=0, seed=ct))
    res = hess.run(*args, *v, dtype=np.float64)
    hv = res[len(args):]
    num_hv = num.hvp(ct, v, smooth)
    # Second differences carry rounding noise ~ eps * sum|ct * f| / H2^2 (whatever the true HVP;
    # zero for linear ops): relative errors are taken against at least 1e5 times that noise.
    noise = np.finfo(np.float64).eps * float(np.sum(np.abs(ct * num.f0))) / H2**2
    errs["hvp"] = _rel(list(hv), num_hv, smooth, floor=max(1e-3, 1e5 * noise))
    return errs


def _run_op(name, max_examples, derandomize):
    assert name in SAMPLES, f"no sample strategy for '{name}' in tests/samples.py"
    op = REGISTRY[name]
    if op.vjp is None or op.jvp is None:
        pytest.fail(f"differentiable op '{name}' lacks a {'vjp' if op.vjp is None else 'jvp'} rule")

    @settings(max_examples=max_examples, deadline=None, derandomize=derandomize,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much,
                                     HealthCheck.data_too_large])
    @given(drawn=SAMPLES[name], seed=st.integers(0, 2**32 - 1))
    def run(drawn, seed):
        args, params = _unpack(drawn)
        assume(sum(a.size for a in args) <= 64)  # keep finite differences cheap
        errs = check_op(name, args, params, np.random.default_rng(seed))
        assume(errs is not None)
        assert errs["vjp"] < RTOL, (name, errs)
        assert errs["jvp"] < RTOL, (name, errs)
        assert errs["hvp"] < RTOL2, (name, errs)

    run()


@pytest.mark.parametrize("name", DIFFERENTIABLE)
def test_op_derivatives_match_central_differences(name):
    _run_op(name, max_examples=8, derandomize=True)  # reproducible, fast


@pytest.mark.slow
@pytest.mark.parametrize("name", DIFFERENTIABLE)
def test_op_derivatives_many_examples(name):
    _run_op(name, max_examples=100, derandomize=False)


def test_every_differentiable_op_is_covered():
    """A differentiable op without a sample is not checked above: that is a failure."""
    assert SAMPLES, "tests/samples.py has no samples"
    missing = [n for n in DIFFERENTIABLE if n not in SAMPLES]
    assert not missing, f"differentiable ops without samples: {missing}"


def test_harness_catches_a_slightly_wrong_rule():
    """The comparison is sensitive: a derivative off by 1e-5 (relative) fails the first-order
    checks, one off by 1e-3 fails the second-order one too."""
    from torchsmt.ir.ops.common import scalar, unary

    def wrong_by(rel):
        def deriv(e, x, out):
            return e.op("mul", e.op("sub", scalar(e, 1.0, out), e.op("mul", out, out)),
                        scalar(e, 1.0 + rel, out))
        return unary(f"tanh_{rel}", lambda xp, x: xp.tanh(x), deriv)

    reg = REGISTRY.extend(wrong_by(1e-5), wrong_by(1e-3))
    rng = np.random.default_rng(0)
    x = [rng.uniform(-1, 1, (3, 4))]
    errs = check_op("tanh_1e-05", x, {}, rng, reg)
    assert errs["vjp"] > RTOL and errs["jvp"] > RTOL, errs
    errs = check_op("tanh_0.001", x, {}, rng, reg)
    assert errs["hvp"] > RTOL2, errs
    ok = check_op("tanh", x, {}, rng)
    assert max(ok["vjp"], ok["jvp"]) < RTOL and ok["hvp"] < RTOL2, ok
