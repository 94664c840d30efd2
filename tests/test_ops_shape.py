"""Shape, reduction, normalization and pooling ops (ir/ops/shape.py, reduce.py, pool.py).

References are independent of the ops' code: plain NumPy formulas and naive loops (pooling with
padding, dilation and ceil mode), onnxruntime for ONNX's Slice/Pad/pooling semantics, and central
differences (float64) for every VJP, JVP, and JVP-of-VJP (forward over reverse, through a
dual-number emitter written here) on the hypothesis samples of tests/samples_shape.py.
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from samples_shape import SAMPLES_SHAPE

from torchsmt.ir import REGISTRY, EagerEmitter, GraphBuilder, ShapeError

OPS = sorted(SAMPLES_SHAPE)
E = EagerEmitter(np)
FAST = settings(max_examples=25, deadline=None, derandomize=True,
                suppress_health_check=list(HealthCheck))


def run(name, *args, **p):
    """Shape rule (which raises ShapeError on bad operands/parameters), then impl; they agree."""
    op = REGISTRY[name]
    want = op.shape(tuple(np.shape(a) for a in args), **op.bind_params(p))
    out = E.op(name, *args, **p)
    assert out.shape == want
    return out


def rel(a, b):
    a, b = np.asarray(a, np.float64), np.asarray(b, np.float64)
    assert a.shape == b.shape, (a.shape, b.shape)
    return 0.0 if a.size == 0 else float(np.max(np.abs(a - b)) / max(np.max(np.abs(b)), 1e-3))


def test_every_op_of_the_family_has_samples():
    from torchsmt.ir.ops import norm, pool, reduce, shape

    assert {op.name for fam in (shape, reduce, norm, pool) for op in fam.OPS} == set(SAMPLES_SHAPE)


# -- generic: shape rule, dtype, derivatives -------------------------------------------------------
@pytest.mark.parametrize("name", OPS)
@FAST
@given(data=st.data())
def test_shape_rule_and_float32(name, data):
    args, p = data.draw(SAMPLES_SHAPE[name])
    op = REGISTRY[name]
    want = op.shape(tuple(a.shape for a in args), **op.bind_params(p))
    out = run(name, *args, **p)
    assert out.shape == want and out.dtype == np.float64
    out32 = run(name, *(a.astype(np.float32) for a in args), **p)
    assert out32.dtype == np.float32
    np.testing.assert_allclose(out32, out, rtol=1e-4, atol=1e-4)


def jacobian(f, args, h=1e-6):
    """Central differences: one (out.size, arg.size) matrix per argument."""
    jac = []
    for i, a in enumerate(args):
        cols = []
        for j in range(a.size):
            step = h * max(1.0, abs(a.flat[j]))
            hi, lo = [x.copy() for x in args], [x.copy() for x in args]
            hi[i].flat[j] += step
            lo[i].flat[j] -= step
            cols.append(((f(hi) - f(lo)) / (2 * step)).ravel())
        jac.append(np.stack(cols, 1) if cols else np.zeros((f(args).size, 0)))
    return jac


@pytest.mark.parametrize("name", OPS)
@FAST
@given(data=st.data())
def test_vjp_jvp_match_central_differences(name, data):
    args, p = data.draw(SAMPLES_SHAPE[name])
    op = REGISTRY[name]
    bp = op.bind_params(p)
    out = run(name, *args, **p)
    jac = jacobian(lambda xs: run(name, *xs, **p), args)
    rng = np.random.default_rng(0)
    g = rng.normal(size=out.shape)
    cts = op.vjp(E, g, out, *args, **bp)
    ts = [rng.normal(size=a.shape) for a in args]
    jv = op.jvp(E, ts, out, *args, **bp)
    jv = np.zeros(out.shape) if jv is None else jv
    want = sum(J @ t.ravel() for J, t in zip(jac, ts, strict=True)).reshape(out.shape)
    assert rel(jv, want) < 1e-6
    for J, a, c in zip(jac, args, cts, strict=True):
        c = np.zeros(a.shape) if c is None else c
        assert rel(c, (J.T @ g.ravel()).reshape(a.shape)) < 1e-6


class Dual(EagerEmitter):
    """Forward mode over the eager emitter: values are (primal, tangent or None)."""

    def op(self, name, *args, **p):
        op = self.registry[name]
        prim = [a[0] for a in args]
        out = op.rule("impl")(np, *prim, **op.bind_params(p))
        ts = [a[1] for a in args]
        t = None if all(t is None for t in ts) else op.jvp(E, ts, out, *prim, **op.bind_params(p))
        return out, t

    def const(self, value, name="", dtype=None):
        return np.asarray(value, np.float64), None

    def shape(self, v):
        return tuple(v[0].shape)


@pytest.mark.parametrize("name", [n for n in OPS if n not in ("reduce_max_mask",)])
@FAST
@given(data=st.data())
def test_jvp_of_vjp_matches_second_differences(name, data):
    """d/ds vjp(x + s t, g) at s = 0, forward mode through the VJP rule, vs central differences."""
    args, p = data.draw(SAMPLES_SHAPE[name])
    op = REGISTRY[name]
    bp = op.bind_params(p)
    rng = np.random.default_rng(1)
    out = run(name, *args, **p)
    g = rng.normal(size=out.shape)
    ts = [rng.normal(size=a.shape) for a in args]

    def cts(xs):
        o = run(name, *xs, **p)
        return [np.zeros(x.shape) if c is None else c for x, c in
                zip(xs, op.vjp(E, g, o, *xs, **bp), strict=True)]

    d = Dual()
    dout = d.op(name, *zip(args, ts, strict=True), **p)
    dual = op.vjp(d, (g, None), dout, *zip(args, ts, strict=True), **bp)
    h = 1e-4
    up = cts([a + h * t for a, t in zip(args, ts, strict=True)])
    dn = cts([a - h * t for a, t in zip(args, ts, strict=True)])
    for c, u, v, a in zip(dual, up, dn, args, strict=True):
        tan = np.zeros(a.shape) if c is None or c[1] is None else c[1]
        assert rel(tan, (u - v) / (2 * h)) < 1e-5


@pytest.mark.parametrize("name", OPS)
@FAST
@given(data=st.data())
def test_interval_encloses_samples(name, data):
    args, p = data.draw(SAMPLES_SHAPE[name])
    op = REGISTRY[name]
    rng = np.random.default_rng(2)
    rad = [np.abs(rng.normal(size=a.shape)) * 0.3 for a in args]
    if name in ("rsqrt", "batchnorm"):  # keep the variance positive
        rad[-1] = np.minimum(rad[-1], 0.5 * args[-1])
    lo = [a - r for a, r in zip(args, rad, strict=True)]
    hi = [a + r for a, r in zip(args, rad, strict=True)]
    blo, bhi = op.interval(np, lo, hi, **op.bind_params(p))
    pts = [lo, hi, args] + [[x + r * rng.uniform(-1, 1, x.shape)
                             for x, r in zip(args, rad, strict=True)] for _ in range(20)]
    if len(args) == 1 and args[0].ndim:  # a corner per element: one low, the others high
        for j in range(min(args[0].size, 6)):
            c = hi[0].copy()
            c.flat[j] = lo[0].flat[j]
            pts.append([c])
    for xs in pts:
        y = run(name, *xs, **p)
        assert np.all(blo <= y) and np.all(y <= bhi), (name, xs)


# -- shape ops: conventions and references ---------------------------------------------------------
def onnx_run(op_type, inputs, attrs=None, const_inputs=(), opset=18):
    """Run one ONNX node in onnxruntime (float32); const_inputs: initializers (int64 unless
    arrays)."""
    ort = pytest.importorskip("onnxruntime")
    from onnx import TensorProto, helper, numpy_helper

    names = [f"x{i}" for i in range(len(inputs))]
    inits = [numpy_helper.from_array(c if isinstance(c, np.ndarray) else np.asarray(c, np.int64),
                                     f"c{i}")
             for i, c in enumerate(const_inputs)]
    node = helper.make_node(op_type, names + [t.name for t in inits], ["y"], **(attrs or {}))
    vis = [helper.make_tensor_value_info(n, TensorProto.FLOAT, a.shape)
           for n, a in zip(names, inputs, strict=True)]
    graph = helper.make_graph([node], "g", vis, [helper.make_tensor_value_info(
        "y", TensorProto.FLOAT, None)], inits)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", opset)])
    sess = ort.InferenceSession(model.SerializeToString(), providers=["CPUExecutionProvider"])
    return sess.run(None, {n: a.astype(np.float32) for n, a in zip(names, inputs, strict=True)})[0]


@FAST
@given(data=st.data())
def test_slice_pad_match_onnxruntime(data):
    (x,), p = data.draw(SAMPLES_SHAPE["slice"])
    axes = p.get("axes") or tuple(range(len(p["starts"])))
    steps = p.get("steps") or (1,) * len(axes)
    # onnxruntime reads an end of INT_MAX with a negative step as "through index 0"; the spec text
    # (which the op follows) clamps it to dim - 1.
    if not any(e == 2**31 - 1 and s < 0 for e, s in zip(p["ends"], steps, strict=True)):
        ref = onnx_run("Slice", [x], const_inputs=(p["starts"], p["ends"], axes, steps))
        np.testing.assert_allclose(run("slice", x, **p), ref, rtol=1e-6)
    (x,), p = data.draw(SAMPLES_SHAPE["pad"])
    ref = onnx_run("Pad", [x], const_inputs=(p["pads"], np.asarray(p["value"], np.float32)))
    np.testing.assert_allclose(run("pad", x, **p), ref, rtol=1e-6)


def test_slice_onnx_clamping_and_negative_steps():
    x = np.arange(5.0)
    s = lambda b, e, st_: run("slice", x, starts=(b,), ends=(e,), steps=(st_,), axes=(0,))  # noqa: E731
    assert s(-100, -(2**31), -1).tolist() == [0.0]  # ONNX clamps start to 0 (Python: empty)
    assert s(2**31 - 1, -(2**31), -2).tolist() == [4.0, 2.0, 0.0]
    assert s(-2, 100, 1).tolist() == [3.0, 4.0]
    assert s(3, 1, 1).tolist() == []
    with pytest.raises(ShapeError):
        s(0, 5, 0)


def test_pad_negative_crops_and_vjp_is_negated_pad():
    x = np.arange(12.0).reshape(3, 4)
    y = run("pad", x, pads=(1, -1, -1, 2), value=7.0)
    ref = np.full((3, 5), 7.0)
    ref[1:, :3] = x[:2, 1:]
    np.testing.assert_array_equal(y, ref)
    with pytest.raises(ShapeError):
        run("pad", x, pads=(-2, 0, -2, 0))


def test_reshape_flatten_transpose_concat_conventions():
    from torchsmt.ir.ops.shape import resolve_reshape

    x = np.arange(24.0).reshape(2, 3, 4)
    assert resolve_reshape((2, 3, 4), (-1, 4)) == (6, 4)
    assert resolve_reshape((2, 3, 4), (0, -1), allow_zero=True) == (2, 12)
    with pytest.raises(ShapeError):
        run("reshape", x, shape=(-1, 4))  # stored resolved
    assert run("flatten", x).shape == (2, 12)
    assert run("flatten", x, start_dim=0, end_dim=-2).shape == (6, 4)
    assert run("flatten", np.float64(3.0), start_dim=0, end_dim=-1).shape == (1,)
    with pytest.raises(ShapeError):
        run("flatten", x, start_dim=2, end_dim=1)
    np.testing.assert_array_equal(run("transpose", x, perm=(2, 0, 1)), x.transpose(2, 0, 1))
    with pytest.raises(ShapeError):
        run("transpose", x, perm=(0, 0, 1))
    np.testing.assert_array_equal(run("concat", x, x[:1], axis=-3), np.concatenate([x, x[:1]]))
    with pytest.raises(ShapeError):
        run("concat", x, x[:, :1], axis=0)


# -- reductions and normalizations --------------------------------------------------------------
def test_reductions_match_numpy_and_max_ties_go_first():
    x = np.array([[1.0, 3.0, 3.0, 2.0], [5.0, 5.0, 0.0, 5.0]])
    np.testing.assert_array_equal(run("reduce_sum", x, axes=(-1,), keepdims=True),
                                  x.sum(1, keepdims=True))
    np.testing.assert_allclose(run("reduce_mean", x, axes=(0, 1)), x.mean())
    assert run("reduce_sum", x, axes=()).shape == x.shape  # () reduces nothing
    op = REGISTRY["reduce_max"]
    np.testing.assert_array_equal(op.vjp(E, np.ones(2), None, x, axes=(1,), keepdims=False)[0],
                                  [[0, 1, 0, 0], [1, 0, 0, 0]])
    ct = op.vjp(E, np.float64(1.0), None, np.zeros((2, 2)), axes=(0, 1), keepdims=False)[0]
    np.testing.assert_array_equal(ct, [[1, 0], [0, 0]])  # row-major first over both axes
    ct = op.vjp(E, np.ones(2), None, x.T, axes=(0,), keepdims=False)[0]
    np.testing.assert_array_equal(ct, [[0, 1], [1, 0], [0, 0], [0, 0]])
    with pytest.raises(ShapeError):
        run("reduce_max", np.zeros((2, 0)), axes=(1,))


def test_softmax_family_reference_and_stability():
    rng = np.random.default_rng(3)
    x = rng.normal(size=(3, 5)) * 4
    e = np.exp(x - x.max(0))
    np.testing.assert_allclose(run("softmax", x, axis=0), e / e.sum(0), rtol=1e-13)
    np.testing.assert_allclose(run("log_softmax", x, axis=0), np.log(e / e.sum(0)), atol=1e-13)
    big = np.array([1000.0, 0.0, -1000.0])
    assert np.all(np.isfinite(run("log_softmax", big, axis=0)))
    np.testing.assert_allclose(run("softmax", big, axis=0), [1, 0, 0], atol=1e-300)
    # the interval is attained at the corners: low own entry, high others
    lo, hi = x - 0.5, x + 0.5
    blo, _ = REGISTRY["softmax"].interval(np, [lo], [hi], axis=1)
    c = hi.copy()
    c[:, 2] = lo[:, 2]
    np.testing.assert_allclose(blo[:, 2], run("softmax", c, axis=1)[:, 2], rtol=1e-12)


def test_layernorm_batchnorm_references():
    rng = np.random.default_rng(4)
    x, w, b = rng.normal(size=(2, 3, 4)), rng.normal(size=(3, 4)), rng.normal(size=(3, 4))
    m = x.mean(axis=(1, 2), keepdims=True)
    v = ((x - m) ** 2).mean(axis=(1, 2), keepdims=True)
    ref = (x - m) / np.sqrt(v + 1e-5) * w + b
    np.testing.assert_allclose(run("layernorm", x, w, b, normalized_ndim=2), ref, rtol=1e-12)
    with pytest.raises(ShapeError):
        run("layernorm", x, w[0], b, normalized_ndim=2)
    x = rng.normal(size=(2, 3, 2, 2))
    sc, bi, mu, var = rng.normal(size=3), rng.normal(size=3), rng.normal(size=3), rng.uniform(
        0.5, 2, 3)
    sh = (1, 3, 1, 1)
    ref = (x - mu.reshape(sh)) / np.sqrt(var.reshape(sh) + 1e-3) * sc.reshape(sh) + bi.reshape(sh)
    np.testing.assert_allclose(run("batchnorm", x, sc, bi, mu, var, eps=1e-3), ref, rtol=1e-12)
    with pytest.raises(ShapeError):
        run("batchnorm", x, sc[:2], bi, mu, var)


# -- pooling -----------------------------------------------------------------------------------
def ref_pool(x, k, s, pad, d, ceil_mode, kind, count_include_pad=True):
    """Naive loops over output positions, PyTorch's rules, written from its documentation."""
    pad = pad * 2 if len(pad) == 2 else pad
    outs = []
    for a in range(2):
        n, span = x.shape[-2 + a], d[a] * (k[a] - 1) + 1
        o = (n + pad[a] + pad[a + 2] - span) / s[a] + 1
        o = int(np.ceil(o - 1)) + 1 if ceil_mode else int(np.floor(o - 1)) + 1
        while ceil_mode and (o - 1) * s[a] >= n + pad[a]:
            o -= 1
        outs.append(o)
    y = np.zeros(x.shape[:-2] + tuple(outs))
    H, W = x.shape[-2:]
    for i in range(outs[0]):
        for j in range(outs[1]):
            h0, w0 = i * s[0] - pad[0], j * s[1] - pad[1]
            vals = [x[..., h0 + a * d[0], w0 + c * d[1]] for a in range(k[0]) for c in range(k[1])
                    if 0 <= h0 + a * d[0] < H and 0 <= w0 + c * d[1] < W]
            if kind == "max":
                y[..., i, j] = np.max(vals, axis=0)
            else:
                he, we = min(h0 + k[0], H + pad[2]), min(w0 + k[1], W + pad[3])
                div = (he - h0) * (we - w0) if count_include_pad else len(vals)
                y[..., i, j] = np.sum(vals, axis=0) / div
    return y


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_pooling_matches_naive_loops(data):
    (x,), p = data.draw(SAMPLES_SHAPE["maxpool2d"])
    pad = p["padding"]
    ref = ref_pool(x, p["kernel_size"], p["stride"], pad, p["dilation"], p["ceil_mode"], "max")
    np.testing.assert_array_equal(run("maxpool2d", x, **p), ref)
    (x,), p = data.draw(SAMPLES_SHAPE["avgpool2d"])
    ref = ref_pool(x, p["kernel_size"], p["stride"], p["padding"], (1, 1), p["ceil_mode"], "avg",
                   p["count_include_pad"])
    np.testing.assert_allclose(run("avgpool2d", x, **p), ref, rtol=1e-13)


@FAST
@given(data=st.data())
def test_pooling_matches_onnxruntime_floor_mode(data):
    (x,), p = data.draw(SAMPLES_SHAPE["maxpool2d"])
    pad = p["padding"] * 2 if len(p["padding"]) == 2 else p["padding"]
    attrs = dict(kernel_shape=p["kernel_size"], strides=p["stride"], pads=pad)
    if not p["ceil_mode"]:
        ref = onnx_run("MaxPool", [x.reshape((1,) * (4 - x.ndim) + x.shape)],
                       dict(attrs, dilations=p["dilation"])).reshape(run("maxpool2d", x, **p).shape)
        np.testing.assert_allclose(run("maxpool2d", x, **p), ref, rtol=1e-6)
    (x,), p = data.draw(SAMPLES_SHAPE["avgpool2d"])
    pad = p["padding"] * 2 if len(p["padding"]) == 2 else p["padding"]
    if not p["ceil_mode"]:
        ref = onnx_run("AveragePool", [x.reshape((1,) * (4 - x.ndim) + x.shape)],
                       dict(kernel_shape=p["kernel_size"], strides=p["stride"], pads=pad,
                            count_include_pad=int(p["count_include_pad"])))
        ref = ref.reshape(run("avgpool2d", x, **p).shape)
        np.testing.assert_allclose(run("avgpool2d", x, **p), ref, rtol=1e-5, atol=1e-6)


def test_pooling_ceil_mode_and_padding_edge_cases():
    x = np.arange(25.0).reshape(1, 1, 5, 5)
    p = dict(kernel_size=(2, 2), stride=(3, 3), padding=(1, 1), ceil_mode=True)
    assert run("maxpool2d", x, **p).shape == (1, 1, 2, 2)  # a 3rd window would start in padding
    ones = np.ones((1, 1, 5, 5))
    np.testing.assert_array_equal(run("avgpool2d", ones, kernel_size=2, stride=2, ceil_mode=True),
                                  np.ones((1, 1, 3, 3)))  # overhang is not counted
    y = run("avgpool2d", ones, kernel_size=3, stride=1, padding=1)
    assert y[0, 0, 0, 0] == 4 / 9 and y[0, 0, 2, 2] == 1.0
    y = run("avgpool2d", ones, kernel_size=3, stride=1, padding=1, count_include_pad=False)
    np.testing.assert_array_equal(y, np.ones((1, 1, 5, 5)))
    with pytest.raises(ShapeError):
        run("maxpool2d", x, kernel_size=2, stride=1, padding=2)  # padding > kernel // 2
    with pytest.raises(ShapeError):  # a dilated window that sees only padding
        run("maxpool2d", np.zeros((1, 1, 2, 2)), kernel_size=2, stride=1, padding=1, dilation=3)


def test_maxpool_ties_go_to_first_element_in_window_order():
    x = np.zeros((1, 1, 3, 3))
    op = REGISTRY["maxpool2d"]
    p = op.bind_params(dict(kernel_size=2, stride=1))
    ct = op.vjp(E, np.ones((1, 1, 2, 2)), None, x, **p)[0]
    np.testing.assert_array_equal(ct[0, 0], [[1, 1, 0], [1, 1, 0], [0, 0, 0]])
    p = op.bind_params(dict(kernel_size=3, stride=2, padding=1))  # windows start in the padding
    ct = op.vjp(E, np.ones((1, 1, 2, 2)), None, x - 1.0, **p)[0]  # padding (-inf) never wins
    np.testing.assert_array_equal(ct[0, 0], [[1, 1, 0], [1, 1, 0], [0, 0, 0]])
    x = np.array([[[[1.0, 2.0], [2.0, 0.0]]]])
    ct = op.vjp(E, np.ones((1, 1, 1, 1)), None, x, **op.bind_params(dict(kernel_size=2, stride=1)))
    np.testing.assert_array_equal(ct[0][0, 0], [[0, 1], [0, 0]])
    assert np.array_equal(run("maxpool2d_select", x, x, kernel_size=2, stride=2),
                          run("maxpool2d", x, kernel_size=2, stride=2))


def test_ops_build_into_a_verified_graph_and_keep_float32():
    b = GraphBuilder(dtype="f32")
    x = b.input((2, 3, 6, 6))
    h = b.maxpool2d(x, kernel_size=(2, 2), stride=(2, 2))
    h = b.avgpool2d(h, kernel_size=(3, 3), stride=(1, 1), padding=(1, 1))
    h = b.flatten(h, start_dim=1, end_dim=-1)
    h = b.concat(h, b.slice(h, starts=(0,), ends=(9,), axes=(1,), steps=(2,)), axis=1)
    y = b.log_softmax(b.reduce_max(b.reshape(h, shape=(2, 4, 8)), axes=(1,), keepdims=False),
                      axis=-1)
    g = b.build(y)
    out = g.run(np.random.default_rng(5).normal(size=(2, 3, 6, 6)).astype(np.float32))
    assert out.shape == (2, 8) and out.dtype == np.float32
