"""ONNX export: generated graphs -> ONNX -> onnxruntime agrees with our executor, and importing
the exported file gives the same function back."""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("onnx")
ort = pytest.importorskip("onnxruntime")
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from torchsmt.ir import GraphBuilder  # noqa: E402
from torchsmt.ir.errors import UnsupportedError  # noqa: E402
from torchsmt.ir.onnx_export import save_onnx, to_onnx  # noqa: E402
from torchsmt.ir.onnx_import import load_onnx  # noqa: E402


def _round_trip(g, *xs, with_ort=True):
    # float64: a few ulps apart where onnxruntime orders a reduction differently (layernorm)
    tol = 1e-5 if g.nodes[0].dtype == "f32" else 1e-10
    data = to_onnx(g).SerializeToString()
    ours = g.run(*xs)
    if with_ort:
        s = ort.InferenceSession(data, providers=["CPUExecutionProvider"])
        ref = s.run(None, {i.name: x for i, x in zip(s.get_inputs(), xs, strict=True)})
    else:
        ref = ours if isinstance(ours, tuple) else (ours,)
    ours = ours if isinstance(ours, tuple) else (ours,)
    back = load_onnx(data, dtype=g.nodes[0].dtype).run(*xs)
    back = back if isinstance(back, tuple) else (back,)
    for r, o, b in zip(ref, ours, back, strict=True):
        assert r.shape == o.shape == b.shape and r.dtype == o.dtype
        np.testing.assert_allclose(o, r, atol=tol, rtol=0)
        np.testing.assert_allclose(b, o, atol=tol, rtol=0)


def _cnn(rng, dtype):
    b = GraphBuilder(dtype=dtype)
    x = b.input((2, 3, 9, 8), name="image")
    h = b.conv2d(x, b.const(rng.normal(size=(4, 3, 3, 3)), name="W1"),
                 b.const(rng.normal(size=(4,))), stride=(2, 1), padding=(1, 0, 2, 1))
    h = b.relu(h)
    h = b.maxpool2d(h, kernel_size=(2, 2), stride=(2, 2), padding=(1, 1))
    h = b.avgpool2d(h, kernel_size=(2, 2), stride=(1, 1), padding=(1, 1), count_include_pad=False)
    h = b.batchnorm(h, *(b.const(v) for v in (rng.normal(size=4), rng.normal(size=4),
                                              rng.normal(size=4), rng.uniform(0.5, 2, 4))),
                    eps=2.0**-10)  # ONNX float attributes are float32: keep them exact
    h = b.flatten(h)
    h = b.linear(h, b.const(rng.normal(size=(5, b.nodes[h].shape[1]))),
                 b.const(rng.normal(size=(5,))), transB=1, alpha=0.5, beta=2.0)
    h = b.leaky_relu(h, negative_slope=0.125)
    return b.build([b.softmax(h, axis=-1), b.log_softmax(h, axis=0)])


def _misc(rng, dtype):
    b = GraphBuilder(dtype=dtype)
    x, y = b.input((3, 4)), b.input((4,))
    h = b.matmul(x, y)
    h2 = b.tanh(b.sub(x, b.const(np.ones(4))))
    h3 = b.concat(h2, b.slice(x, starts=(3,), ends=(0,), axes=(1,), steps=(-2,)), axis=1)
    h3 = b.pad(h3, pads=(1, 0, 0, -1), value=2.5)
    h4 = b.reduce_sum(h3, axes=(1,), keepdims=False)
    h5 = b.add(h4, b.reduce_mean(b.transpose(h3, perm=(1, 0)), axes=(0,), keepdims=False))
    h5 = b.div(b.abs(h5), b.add(b.exp(b.neg(h5)), b.const(1.0)))
    h5 = b.mul(b.sigmoid(h5), b.maximum(h5, b.const(0.3)))
    h6 = b.layernorm(b.reshape(h3, shape=(4, 5)), b.const(rng.normal(size=5)),
                     b.const(rng.normal(size=5)), normalized_ndim=1, eps=2.0**-16)
    h7 = b.sum_to(b.broadcast(h, shape=(2, 3)), shape=(1, 3))
    h8 = b.minimum(b.sqrt(b.add(b.abs(h6), b.const(0.1))), b.log(b.add(b.abs(h6),
                                                                       b.const(1.0))))
    h9 = b.reduce_max(b.linear(h6, b.const(rng.normal(size=(5, 2)))), axes=(0,), keepdims=True)
    return b.build([h5, h7, h8, h9])


@pytest.mark.parametrize("dtype", ["f32", "f64"])
def test_cnn_round_trip(dtype):
    rng = np.random.default_rng(0)
    g = _cnn(rng, dtype)
    # onnxruntime's CPU provider has no float64 Conv: f64 checks the re-import only
    _round_trip(g, rng.normal(size=(2, 3, 9, 8)).astype(np.float32 if dtype == "f32" else
                                                        np.float64), with_ort=dtype == "f32")


@pytest.mark.parametrize("dtype", ["f32", "f64"])
def test_misc_round_trip(dtype):
    rng = np.random.default_rng(1)
    g = _misc(rng, dtype)
    npdt = np.float32 if dtype == "f32" else np.float64
    _round_trip(g, rng.normal(size=(3, 4)).astype(npdt), rng.normal(size=(4,)).astype(npdt))


@settings(max_examples=20, deadline=None)
@given(st.lists(st.integers(1, 6), min_size=1, max_size=4), st.integers(0, 2**31 - 1),
       st.sampled_from(["relu", "tanh", "sigmoid", "leaky_relu"]))
def test_random_mlp_round_trip(widths, seed, act):
    rng = np.random.default_rng(seed)
    b = GraphBuilder(dtype="f32")
    x = b.input((1, widths[0]))
    h = x
    for k, (i, o) in enumerate(zip(widths, widths[1:] + [3], strict=True)):
        h = b.linear(h, b.const(rng.normal(size=(o, i))), b.const(rng.normal(size=(o,))),
                     transB=1)
        if k < len(widths) - 1:
            h = b.op(act, h)
    _round_trip(b.build(h), rng.normal(size=(1, widths[0])).astype(np.float32))


def test_save_gz(tmp_path):
    g = _cnn(np.random.default_rng(2), "f32")
    save_onnx(g, tmp_path / "m.onnx.gz")
    save_onnx(g, tmp_path / "m.onnx")
    x = np.random.default_rng(3).normal(size=(2, 3, 9, 8)).astype(np.float32)
    for p in ("m.onnx.gz", "m.onnx"):
        np.testing.assert_array_equal(load_onnx(tmp_path / p).run(x)[0],
                                      load_onnx(tmp_path / "m.onnx").run(x)[0])


def test_unexportable_ops_are_listed():
    b = GraphBuilder(dtype="f32")
    x = b.input((1, 1, 4, 4))
    w = b.const(np.ones((1, 1, 2, 2)))
    t = b.conv2d_transpose(x, w)
    m = b.reduce_max_mask(t, axes=(2,))
    with pytest.raises(UnsupportedError, match=r"2 node.*conv2d_transpose.*reduce_max_mask"):
        to_onnx(b.build(m))
