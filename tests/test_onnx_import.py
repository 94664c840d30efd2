"""ONNX import: our executor against onnxruntime, on the benchmark networks and on small models
built here op by op; malformed and unsupported models give one typed, one-line error."""

from __future__ import annotations

import csv
import gzip
from pathlib import Path

import numpy as np
import pytest

onnx = pytest.importorskip("onnx")
ort = pytest.importorskip("onnxruntime")
from onnx import TensorProto, helper, numpy_helper  # noqa: E402

from torchsmt.ir.errors import FormatError, UnsupportedError  # noqa: E402
from torchsmt.ir.onnx_import import load_onnx  # noqa: E402

BENCH = Path(__file__).resolve().parents[1].parent / "shared" / "benchmarks"
needs_bench = pytest.mark.skipif(not BENCH.is_dir(), reason=f"benchmarks not found at {BENCH}")
TOL = 1e-5  # the acceptance bound on |ours - onnxruntime| in float32


def _bytes(path: Path) -> bytes:
    data = path.read_bytes()
    return gzip.decompress(data) if data[:2] == b"\x1f\x8b" else data


def _session(data: bytes):
    return ort.InferenceSession(data, providers=["CPUExecutionProvider"])


def _resolve(folder: Path, p: str) -> Path:
    q = folder / p
    return q if q.exists() else q.with_name(q.name + ".gz")


def _bench_inputs(net: Path, shape, n: int, rng) -> list[np.ndarray]:
    """Points inside the boxes of the properties paired with ``net`` (the meaningful domain),
    plus the box corners' midpoint; uniform [-1, 1] for nets without properties."""
    from torchsmt.formal.vnnlib import load_vnnlib

    folder = net.parent if net.parent.name != "onnx" else net.parent.parent
    props = []
    for inst in folder.glob("*instances.csv"):
        for row in csv.reader(inst.open()):
            if row and _resolve(folder, row[0]) == net:
                props.append(_resolve(folder, row[1]))
    xs = []
    for p in sorted(set(props))[:3]:
        for d in load_vnnlib(p).disjuncts:
            lo, hi = d.box.inner(np.float32)
            xs += [rng.uniform(lo, hi).astype(np.float32).reshape(shape) for _ in range(n)]
    return xs or [rng.uniform(-1, 1, size=shape).astype(np.float32) for _ in range(n)]


def _agree(net: Path, n: int = 8) -> float:
    g = load_onnx(net)
    s = _session(_bytes(net))
    name = s.get_inputs()[-1].name if len(s.get_inputs()) == 1 else next(
        i.name for i in s.get_inputs() if i.name == g.node(g.inputs[0]).name)
    shape = g.node(g.inputs[0]).shape
    worst = 0.0
    for x in _bench_inputs(net, shape, n, np.random.default_rng(0)):
        ref = s.run(None, {name: x})[0]
        ours = g.run(x)
        assert ours.dtype == np.float32 and ours.shape == ref.shape
        worst = max(worst, float(np.max(np.abs(ours - ref))))
    return worst


def _nets(subset: bool) -> list[Path]:
    if not BENCH.is_dir():
        return []
    acas = sorted((BENCH / "acasxu").glob("*.onnx"))
    nets = (acas[:2] + acas[-1:] if subset else acas) + sorted((BENCH / "test").glob("*.onnx"))
    mnist = sorted((BENCH / "mnist_fc" / "onnx").glob("*.onnx*"))
    oval = sorted((BENCH / "oval21" / "onnx").glob("*.onnx*"))
    return nets + (mnist[:1] + oval[:1] if subset else mnist + oval)


@needs_bench
@pytest.mark.parametrize("net", _nets(True), ids=lambda p: p.name)
def test_benchmark_agrees_with_onnxruntime(net):
    assert _agree(net) <= TOL


@needs_bench
@pytest.mark.slow
@pytest.mark.parametrize("net", _nets(False), ids=lambda p: p.name)
def test_every_benchmark_agrees_with_onnxruntime(net):
    assert _agree(net, n=20) <= TOL


@needs_bench
def test_acasxu_structure_keeps_names():
    g = load_onnx(BENCH / "acasxu" / "ACASXU_run2a_1_1_batch_2000.onnx")
    names = {n.name for n in g.nodes}
    assert {"Operation_1_MatMul_W", "input_AvgImg", "relu_1", "linear_7_Add"} <= names
    assert g.node(g.inputs[0]).shape == (1, 1, 1, 5)  # initializers listed as inputs are consts
    assert len(g.inputs) == 1


# -- small models, op by op, against onnxruntime -------------------------------------------------
def _model(nodes, inputs, outputs, inits=(), opset=13):
    graph = helper.make_graph(
        nodes, "t", [helper.make_tensor_value_info(n, TensorProto.FLOAT, s) for n, s in inputs],
        [helper.make_tensor_value_info(n, TensorProto.FLOAT, None) for n in outputs],
        [numpy_helper.from_array(np.asarray(v), k) for k, v in inits])
    m = helper.make_model(graph, opset_imports=[helper.make_opsetid("", opset)])
    m.ir_version = 7
    return m


def _check(m, *xs, tol=1e-5, dtype="f32"):
    data = m.SerializeToString()
    g = load_onnx(data, dtype=dtype)
    s = _session(data)
    ref = s.run(None, {i.name: x for i, x in zip(s.get_inputs(), xs, strict=True)})
    ours = g.run(*(x.astype(np.float64) if dtype == "f64" else x for x in xs))
    ours = ours if isinstance(ours, tuple) else (ours,)
    for r, o in zip(ref, ours, strict=True):
        assert r.shape == o.shape
        np.testing.assert_allclose(o, r, atol=tol, rtol=0)
    return g


R = np.random.default_rng(1)


def _f(*shape):
    return R.normal(size=shape).astype(np.float32)


def test_shape_subgraph_is_folded():
    nodes = [
        helper.make_node("Shape", ["x"], ["s"]),
        helper.make_node("Gather", ["s", "zero"], ["b"], axis=0),
        helper.make_node("Unsqueeze", ["b", "ax0"], ["b1"]),
        helper.make_node("Concat", ["b1", "minus1"], ["target"], axis=0),
        helper.make_node("Reshape", ["x", "target"], ["flat"]),
        helper.make_node("MatMul", ["flat", "W"], ["y"]),
    ]
    inits = [("zero", np.array(0, np.int64)), ("ax0", np.array([0], np.int64)),
             ("minus1", np.array([-1], np.int64)), ("W", _f(12, 3))]
    g = _check(_model(nodes, [("x", [1, 3, 4])], ["y"], inits), _f(1, 3, 4))
    assert [n.op for n in g.nodes if n.op not in ("input", "const")] == ["reshape", "matmul"]


@pytest.mark.parametrize("opset", [8, 11, 13, 17, 19])
def test_mlp_ops_across_opsets(opset):
    nodes = [
        helper.make_node("Flatten", ["x"], ["f"], axis=1),
        helper.make_node("Gemm", ["f", "W", "b"], ["h"], transB=1, alpha=0.5, beta=2.0),
        helper.make_node("LeakyRelu", ["h"], ["l"], alpha=0.2),
        helper.make_node("Sub", ["l", "c"], ["s"]),
        helper.make_node("Div", ["s", "d"], ["q"]),
        helper.make_node("Sigmoid", ["q"], ["sg"]),
        helper.make_node("Tanh", ["q"], ["th"]),
        helper.make_node("Max", ["sg", "th", "q"], ["mx"]),
        helper.make_node("Softmax", ["mx"], ["y"], axis=1),
        helper.make_node("Dropout", ["q"], ["dq"]),
        helper.make_node("Identity", ["dq"], ["z"]),
    ]
    inits = [("W", _f(4, 6)), ("b", _f(4)), ("c", _f(4)), ("d", np.abs(_f(4)) + 0.5)]
    _check(_model(nodes, [("x", [1, 2, 3])], ["y", "z"], inits, opset), _f(1, 2, 3))


@pytest.mark.parametrize("axis", [0, 1, 2, -1, -3, 3])
def test_flatten_axes(axis):
    nodes = [helper.make_node("Flatten", ["x"], ["y"], axis=axis)]
    _check(_model(nodes, [("x", [2, 3, 4])], ["y"]), _f(2, 3, 4))


def test_softmax_before_opset_13_coerces_to_2d():
    nodes = [helper.make_node("Softmax", ["x"], ["y"], axis=1)]
    g = _check(_model(nodes, [("x", [2, 3, 4])], ["y"], opset=11), _f(2, 3, 4))
    assert "softmax" in [n.op for n in g.nodes]


@pytest.mark.parametrize("pads,auto", [((1, 1, 1, 1), None), ((0, 1, 2, 0), None),
                                       (None, "SAME_UPPER"), (None, "SAME_LOWER"),
                                       (None, "VALID")])
def test_conv_padding_forms(pads, auto):
    kw = {"strides": [2, 1], "dilations": [1, 2], "group": 2}
    kw.update({"pads": list(pads)} if pads else {"auto_pad": auto})
    if auto and auto.startswith("SAME"):
        kw.pop("dilations")
    nodes = [helper.make_node("Conv", ["x", "W", "b"], ["y"], **kw)]
    _check(_model(nodes, [("x", [1, 4, 7, 6])], ["y"], [("W", _f(6, 2, 3, 3)), ("b", _f(6))]),
           _f(1, 4, 7, 6))


def test_pooling_batchnorm_global_pools():
    nodes = [
        helper.make_node("BatchNormalization", ["x", "sc", "bi", "mu", "var"], ["bn"],
                         epsilon=1e-3),
        helper.make_node("MaxPool", ["bn"], ["mp"], kernel_shape=[3, 3], strides=[2, 2],
                         pads=[1, 1, 1, 1]),
        helper.make_node("AveragePool", ["bn"], ["ap"], kernel_shape=[2, 2], strides=[1, 1],
                         pads=[1, 1, 1, 1], count_include_pad=0),
        helper.make_node("AveragePool", ["bn"], ["ap2"], kernel_shape=[2, 2], strides=[2, 2],
                         pads=[0, 0, 1, 1], count_include_pad=1),
        helper.make_node("GlobalAveragePool", ["mp"], ["g1"]),
        helper.make_node("GlobalMaxPool", ["ap"], ["g2"]),
        helper.make_node("Add", ["g1", "g2"], ["y"]),
    ]
    inits = [("sc", _f(3)), ("bi", _f(3)), ("mu", _f(3)), ("var", np.abs(_f(3)) + 0.1)]
    _check(_model(nodes, [("x", [1, 3, 6, 6])], ["y", "ap2"], inits), _f(1, 3, 6, 6))


@pytest.mark.parametrize("kind,cip", [("MaxPool", 0), ("AveragePool", 0), ("AveragePool", 1)])
@pytest.mark.parametrize("n,k,s,p", [(5, 2, 2, 0), (6, 3, 2, 1), (7, 3, 3, 1), (4, 2, 3, 1)])
def test_pool_ceil_mode(kind, cip, n, k, s, p):
    kw = {"kernel_shape": [k, k], "strides": [s, s], "pads": [p] * 4, "ceil_mode": 1}
    if kind == "AveragePool":
        kw["count_include_pad"] = cip
    _check(_model([helper.make_node(kind, ["x"], ["y"], **kw)], [("x", [1, 2, n, n])], ["y"],
                  opset=19), _f(1, 2, n, n))


def test_shape_ops_and_clip():
    nodes = [
        helper.make_node("Transpose", ["x"], ["t"], perm=[0, 2, 1]),
        helper.make_node("Unsqueeze", ["t", "ax"], ["u"]),
        helper.make_node("Squeeze", ["u", "ax"], ["sq"]),
        helper.make_node("Slice", ["sq", "st", "en", "axs", "stp"], ["sl"]),
        helper.make_node("Pad", ["sl", "pads", "pv"], ["pd"], mode="constant"),
        helper.make_node("Concat", ["pd", "pd"], ["cc"], axis=-1),
        helper.make_node("Clip", ["cc", "lo", "hi"], ["cl"]),
        helper.make_node("ReduceSum", ["cl", "rax"], ["rs"], keepdims=0),
        helper.make_node("ReduceMean", ["cl"], ["rm"], axes=[1], keepdims=1),
        helper.make_node("Gather", ["x", "gi"], ["ga"], axis=2),
        helper.make_node("Expand", ["rm", "es"], ["ex"]),
    ]
    inits = [("ax", np.array([1], np.int64)), ("st", np.array([3, 0], np.int64)),
             ("en", np.array([-100, 2], np.int64)), ("axs", np.array([1, 2], np.int64)),
             ("stp", np.array([-2, 1], np.int64)), ("pads", np.array([0, 1, 0, 0, 0, 2],
                                                                     np.int64)),
             ("pv", np.array(0.5, np.float32)), ("lo", np.array(-0.3, np.float32)),
             ("hi", np.array(0.4, np.float32)), ("rax", np.array([2], np.int64)),
             ("gi", np.array(1, np.int64)), ("es", np.array([2, 3, 8], np.int64))]
    _check(_model(nodes, [("x", [2, 3, 5])], ["rs", "ga", "ex"], inits), _f(2, 3, 5))


def test_attribute_forms_of_opset_9():
    nodes = [
        helper.make_node("Slice", ["x"], ["sl"], starts=[1, 0], ends=[3, -1], axes=[1, 2]),
        helper.make_node("Pad", ["sl"], ["pd"], pads=[0, 1, 0, 0, 1, 2], value=-1.5),
        helper.make_node("Clip", ["pd"], ["cl"], min=-1.0, max=0.5),
        helper.make_node("ReduceSum", ["cl"], ["rs"], axes=[0, 2], keepdims=1),
        helper.make_node("Squeeze", ["rs"], ["sq"]),
        helper.make_node("Unsqueeze", ["sq"], ["us"], axes=[-1, 0]),
        helper.make_node("Reshape", ["us", "shape"], ["y"]),
        helper.make_node("Gather", ["x", "idx"], ["ga"], axis=-1),
        helper.make_node("MatMul", ["v", "x2"], ["mv"]),
        helper.make_node("Conv", ["img", "W"], ["cv"], kernel_shape=[2, 2]),
        helper.make_node("BatchNormalization", ["cv", "s", "b", "m", "var"], ["bn"]),
    ]
    inits = [("shape", np.array([0, -1], np.int64)), ("idx", np.array([4, 2, 0], np.int64)),
             ("x2", _f(3, 2)), ("W", _f(2, 1, 2, 2)), ("s", _f(2)), ("b", _f(2)), ("m", _f(2)),
             ("var", np.abs(_f(2)) + 0.5)]
    _check(_model(nodes, [("x", [2, 4, 5]), ("v", [3]), ("img", [1, 1, 4, 4])],
                  ["y", "ga", "mv", "bn"], inits, opset=9),
           _f(2, 4, 5), _f(3), _f(1, 1, 4, 4))


def test_layernorm_opset17_and_f64():
    nodes = [helper.make_node("LayerNormalization", ["x", "s", "b"], ["y"], axis=-2,
                              epsilon=1e-4)]
    m = _model(nodes, [("x", [2, 3, 4])], ["y"], [("s", _f(3, 4)), ("b", _f(3, 4))], 17)
    _check(m, _f(2, 3, 4))
    g = load_onnx(m.SerializeToString(), dtype="f64")
    assert g.node(g.outputs[0]).dtype == "f64"


def test_symbolic_batch_dimension_becomes_one():
    nodes = [helper.make_node("Relu", ["x"], ["y"])]
    m = _model(nodes, [("x", ["batch", 4])], ["y"])
    g = load_onnx(m.SerializeToString())
    assert g.node(g.inputs[0]).shape == (1, 4)


def test_old_opset_is_upgraded():
    nodes = [helper.make_node("Relu", ["x"], ["r"]),
             helper.make_node("Add", ["r", "b"], ["y"])]
    m = _model(nodes, [("x", [1, 3])], ["y"], [("b", _f(3))], opset=6)
    g = load_onnx(m.SerializeToString())
    x = _f(1, 3)
    np.testing.assert_allclose(g.run(x), np.maximum(x, 0) + dict(_inits(m))["b"], rtol=1e-6)


def _inits(m):
    return [(t.name, numpy_helper.to_array(t)) for t in m.graph.initializer]


def test_gz_bytes_and_path(tmp_path):
    nodes = [helper.make_node("Relu", ["x"], ["y"])]
    data = _model(nodes, [("x", [1, 2])], ["y"]).SerializeToString()
    p = tmp_path / "m.onnx.gz"
    p.write_bytes(gzip.compress(data))
    assert len(load_onnx(p).nodes) == len(load_onnx(gzip.compress(data)).nodes) == 2


# -- errors ------
def test_every_unsupported_op_is_reported_at_once():
    nodes = [helper.make_node("Relu", ["x"], ["a"], name="ok"),
             helper.make_node("Erf", ["a"], ["b"], name="erf_1"),
             helper.make_node("Sin", ["b"], ["c"], name="sin_1"),
             helper.make_node("Cos", ["c"], ["y"], name="cos_1")]
    with pytest.raises(UnsupportedError) as e:
        load_onnx(_model(nodes, [("x", [1, 2])], ["y"]).SerializeToString())
    msg = str(e.value)
    assert "3 ONNX node" in msg and all(s in msg for s in ("Erf 'erf_1'", "Sin 'sin_1'",
                                                           "Cos 'cos_1'"))
    assert "\n" not in msg


def test_unsupported_attributes_are_collected_too():
    nodes = [helper.make_node("Pad", ["x", "p"], ["a"], mode="reflect", name="refl"),
             helper.make_node("Conv", ["x4", "W"], ["b"], name="conv3d"),
             helper.make_node("Relu", ["a"], ["y"])]
    m = _model(nodes, [("x", [1, 4]), ("x4", [1, 1, 3, 3, 3])], ["y", "b"],
               [("p", np.array([0, 1, 0, 1], np.int64)), ("W", _f(1, 1, 2, 2, 2))])
    with pytest.raises(UnsupportedError, match=r"2 ONNX node.*refl.*reflect.*conv3d"):
        load_onnx(m.SerializeToString())


def test_half_precision_is_refused():
    nodes = [helper.make_node("Cast", ["x"], ["h"], to=TensorProto.FLOAT16, name="to_half"),
             helper.make_node("Cast", ["h"], ["y"], to=TensorProto.FLOAT)]
    with pytest.raises(UnsupportedError, match="to_half.*float16"):
        load_onnx(_model(nodes, [("x", [1, 2])], ["y"]).SerializeToString())
    graph = helper.make_graph([helper.make_node("Relu", ["x"], ["y"])], "t",
                              [helper.make_tensor_value_info("x", TensorProto.FLOAT16, [2])],
                              [helper.make_tensor_value_info("y", TensorProto.FLOAT16, [2])])
    m = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)])
    with pytest.raises(UnsupportedError, match="not a float32/float64 tensor"):
        load_onnx(m.SerializeToString())


def test_dropout_mask_use_is_unsupported():
    nodes = [helper.make_node("Dropout", ["x"], ["y", "mask"], name="drop")]
    m = _model(nodes, [("x", [1, 2])], ["y", "mask"], opset=13)
    with pytest.raises(UnsupportedError, match="mask"):
        load_onnx(m.SerializeToString())


@pytest.mark.parametrize("data,match", [
    (b"", "empty"),
    (b"this is not a model at all \x00\xff\x13", "not an ONNX model"),
    (None, "not an ONNX model|invalid ONNX model"),  # truncated: filled in below
])
def test_malformed_files(data, match):
    if data is None:
        m = _model([helper.make_node("MatMul", ["x", "W"], ["y"])], [("x", [1, 64])], ["y"],
                   [("W", _f(64, 64))])
        data = m.SerializeToString()[:200]
    with pytest.raises(FormatError, match=match) as e:
        load_onnx(data)
    assert "\n" not in str(e.value)


def test_corrupt_gzip(tmp_path):
    p = tmp_path / "bad.onnx.gz"
    p.write_bytes(gzip.compress(b"x" * 100)[:20])
    with pytest.raises(FormatError, match="gzip"):
        load_onnx(p)


def test_nan_weights_are_rejected_by_name():
    w = _f(2, 2)
    w[0, 1] = np.nan
    m = _model([helper.make_node("MatMul", ["x", "W"], ["y"])], [("x", [1, 2])], ["y"],
               [("W", w)])
    with pytest.raises(FormatError, match="'W' holds 1 NaN/Inf"):
        load_onnx(m.SerializeToString())


def test_cli_reports_one_line(tmp_path, capsys):
    from torchsmt.cli import main

    bad = tmp_path / "bad.onnx"
    bad.write_bytes(b"")
    prop = tmp_path / "p.vnnlib"
    prop.write_text("(declare-const X_0 Real)\n(assert (<= X_0 1))\n(assert (>= X_0 0))\n")
    cex = tmp_path / "c.txt"
    cex.write_text("((X_0 0.5))")
    assert main(["check-cex", str(bad), str(prop), str(cex)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "empty" in err


def test_corrupted_bytes_give_typed_errors():
    from torchsmt.ir.errors import TorchSMTError

    m = _model([helper.make_node("Gemm", ["x", "W", "b"], ["h"], transB=1, name="g"),
                helper.make_node("Relu", ["h"], ["y"], name="r")], [("x", [1, 4])], ["y"],
               [("W", _f(3, 4)), ("b", _f(3))])
    data = m.SerializeToString()
    rng = np.random.default_rng(7)
    for _ in range(300):
        d = bytearray(data)
        if rng.random() < 0.3:
            d = d[:int(rng.integers(0, len(d)))]
        else:
            for i in rng.integers(0, len(d), size=int(rng.integers(1, 8))):
                d[i] = int(rng.integers(0, 256))
        try:
            load_onnx(bytes(d))
        except TorchSMTError as e:
            assert "\n" not in str(e)
