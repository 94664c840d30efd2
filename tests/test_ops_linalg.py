"""matmul / linear / conv specifics: typed errors on bad operands, exact intervals with a constant
weight, the 1-D matmul cotangents, and the conv family's adjoint identities."""

from __future__ import annotations

import numpy as np
import pytest
from references import conv2d_ref

from torchsmt.ir import REGISTRY, EagerEmitter, GraphBuilder, ShapeError


def _run(name, args, params):
    op = REGISTRY[name]
    return op.impl(np, *args, **op.bind_params(params))


BAD = [
    ("matmul", [(3, 4), (5, 2)], {}, "inner dimensions"),
    ("matmul", [(), (3,)], {}, "rank >= 1"),
    ("matmul", [(2, 3, 4), (5, 4, 2)], {}, "broadcast"),
    ("linear", [(3,), (3, 4)], {"transA": 1}, "transA=1 needs a matrix"),
    ("linear", [(2, 3), (4, 3), (3,)], {"transB": 1}, "broadcast"),
    ("linear", [(2, 3), (3, 4)], {"transA": 2}, "transA must be 0 or 1"),
    ("linear", [(2, 3), (3, 4)], {"alpha": float("nan")}, "alpha must be a finite"),
    ("conv2d", [(1, 3, 5, 5), (4, 2, 3, 3)], {}, "channels do not fit"),
    ("conv2d", [(1, 4, 5, 5), (3, 2, 3, 3)], {"groups": 2}, "channels do not fit"),
    ("conv2d", [(1, 2, 2, 2), (4, 2, 3, 3)], {}, "smaller than the dilated kernel"),
    ("conv2d", [(1, 2, 5, 5), (4, 2, 3, 3), (3,)], {}, "bias must have shape"),
    ("conv2d", [(1, 2, 5, 5), (4, 2, 3, 3)], {"stride": (0, 1)}, "stride must be"),
    ("conv2d", [(1, 2, 5, 5), (4, 2, 3, 3)], {"padding": (1, -1)}, "padding must be"),
    ("conv2d", [(1, 2, 5, 5), (4, 2, 3, 3)], {"padding": (1, 1, 1)}, "padding must be"),
    ("conv2d", [(2, 5, 5), (4, 2, 3, 3)], {}, "must be 4-D"),
    ("conv2d_transpose", [(1, 4, 3, 3), (4, 2, 3, 3)], {"output_padding": (1, 0)},
     "output_padding"),
    ("conv2d_transpose", [(1, 3, 3, 3), (4, 2, 3, 3)], {}, "input channels"),
    ("conv2d_weight_grad", [(1, 2, 5, 5), (1, 4, 2, 2)], {"kernel_size": (3, 3)},
     "conv2d gives"),
]


@pytest.mark.parametrize("name,shapes,params,match", BAD)
def test_bad_operands_raise_a_shape_error_naming_the_problem(name, shapes, params, match):
    b = GraphBuilder()
    xs = [b.input(s) for s in shapes]
    with pytest.raises(ShapeError, match=match):
        b.op(name, *xs, **params)


@pytest.mark.parametrize("name", ["matmul", "linear", "conv2d"])
def test_interval_is_exact_with_a_constant_weight(name):
    """mid@W +- rad@|W| is the exact range of a linear map of a box (reached at a corner)."""
    rng = np.random.default_rng(7)
    args, params = {"matmul": ([rng.normal(size=(3, 4)), rng.normal(size=(4, 5))], {}),
                    "linear": ([rng.normal(size=(3, 4)), rng.normal(size=(5, 4)),
                                rng.normal(size=5)], {"transB": 1}),
                    "conv2d": ([rng.normal(size=(1, 2, 5, 5)), rng.normal(size=(3, 2, 3, 3))],
                               {"padding": (1, 1)})}[name]
    r = rng.uniform(0, 1, args[0].shape)
    lows, highs = [args[0] - r] + args[1:], [args[0] + r] + args[1:]
    lo, hi = REGISTRY[name].interval(np, lows, highs, **REGISTRY[name].bind_params(params))
    # each output is linear in x: its extremes pick l or u per input entry, by the sign of the
    # Jacobian entry, so the exact half-width is |J| r
    base = _run(name, args, params)
    eye = np.eye(args[0].size)
    jac = np.stack([(_run(name, [args[0] + eye[k].reshape(args[0].shape)] + args[1:], params)
                     - base).ravel() for k in range(args[0].size)])
    spread = np.abs(jac).T @ r.ravel()
    np.testing.assert_allclose(lo.ravel(), base.ravel() - spread, atol=1e-12)
    np.testing.assert_allclose(hi.ravel(), base.ravel() + spread, atol=1e-12)


def test_interval_of_a_product_of_two_boxes_is_sound_and_exact_at_points():
    rng = np.random.default_rng(3)
    a, b = rng.normal(size=(2, 3)), rng.normal(size=(3, 2))
    lo, hi = REGISTRY["matmul"].interval(np, [a, b], [a, b])
    np.testing.assert_allclose(lo, a @ b, atol=1e-14)
    np.testing.assert_allclose(hi, a @ b, atol=1e-14)
    inf = np.full((2, 3), np.inf)
    lo, hi = REGISTRY["matmul"].interval(np, [-inf, b], [inf, b])
    assert np.all(lo == -np.inf) and np.all(hi == np.inf)  # never NaN


@pytest.mark.parametrize("sa,sb", [((3,), (3,)), ((3,), (3, 4)), ((2, 3), (3,)),
                                   ((5, 2, 3), (3,)), ((3,), (5, 3, 4)), ((5, 1, 2, 3), (4, 3, 2))])
def test_matmul_cotangents_with_1d_and_batched_operands(sa, sb):
    """The naive G @ B.T / A.T @ G is wrong for 1-D operands; compare with the explicit sums."""
    rng = np.random.default_rng(0)
    a, b = rng.normal(size=sa), rng.normal(size=sb)
    out = a @ b
    g = rng.normal(size=out.shape)
    ga, gb = REGISTRY["matmul"].vjp(EagerEmitter(), g, out, a, b)
    # <g, a' @ b> is linear in a': its gradient, entry by entry
    want_a = np.array([np.sum(g * (np.eye(a.size)[k].reshape(sa) @ b)) for k in range(a.size)])
    want_b = np.array([np.sum(g * (a @ np.eye(b.size)[k].reshape(sb))) for k in range(b.size)])
    np.testing.assert_allclose(ga.ravel(), want_a, atol=1e-12)
    np.testing.assert_allclose(gb.ravel(), want_b, atol=1e-12)


def test_conv_family_are_the_partial_derivatives_of_one_trilinear_form():
    """<y, conv(x, w)> == <convT(y, w), x> == <convW(x, y), w> (stride, dilation, groups, pads)."""
    rng = np.random.default_rng(1)
    p = {"stride": (2, 1), "padding": (1, 0, 2, 1), "dilation": (1, 2), "groups": 2}
    x, w = rng.normal(size=(2, 4, 7, 6)), rng.normal(size=(6, 2, 3, 2))
    yv = _run("conv2d", [x, w], p)
    np.testing.assert_allclose(yv, conv2d_ref(x, w, **p), atol=1e-12)
    y = rng.normal(size=yv.shape)
    op = (x.shape[2] - ((y.shape[2] - 1) * 2 - 1 - 2 + 1 * 2 + 1),
          x.shape[3] - ((y.shape[3] - 1) * 1 - 0 - 1 + 2 * 1 + 1))
    xt = _run("conv2d_transpose", [y, w], {**p, "output_padding": op})
    wt = _run("conv2d_weight_grad", [x, y], {**p, "kernel_size": (3, 2)})
    assert xt.shape == x.shape and wt.shape == w.shape
    t = np.sum(y * yv)
    np.testing.assert_allclose([np.sum(xt * x), np.sum(wt * w)], [t, t], rtol=1e-12)


def test_linear_is_gemm_and_torch_linear():
    rng = np.random.default_rng(2)
    a, b, c = rng.normal(size=(4, 3)), rng.normal(size=(5, 4)), rng.normal(size=(1, 5))
    got = _run("linear", [a, b, c], {"transA": 1, "transB": 1, "alpha": 0.5, "beta": -2.0})
    np.testing.assert_allclose(got, 0.5 * a.T @ b.T - 2.0 * c, atol=1e-12)
    x, wt, bias = rng.normal(size=(2, 7, 3)), rng.normal(size=(5, 3)), rng.normal(size=5)
    np.testing.assert_allclose(_run("linear", [x, wt, bias], {"transB": 1}),
                               np.einsum("nti,oi->nto", x, wt) + bias, atol=1e-12)
