"""EagerEmitter constants follow the values' dtype (no float32 -> float64 upcast), and verify()
checks parameter types against the op's defaults, naming the node."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from samples import SAMPLES

from torchsmt.ir import REGISTRY, EagerEmitter, Graph, GraphBuilder, GraphError, Node

DIFF = sorted(n for n in REGISTRY.names()
              if n not in ("input", "const") and REGISTRY[n].differentiable)


@pytest.mark.parametrize("name", DIFF)
def test_float32_vjp_and_jvp_stay_float32(name):
    op = REGISTRY[name]

    @settings(max_examples=4, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    @given(SAMPLES[name])
    def check(sample):
        args, params = sample
        bound = op.bind_params(params)
        xs = [a.astype(np.float32) for a in args]
        out = np.asarray(op.impl(np, *xs, **bound))
        cts = op.vjp(EagerEmitter(), np.ones_like(out), out, *xs, **bound)
        for c in cts:
            assert c is None or np.asarray(c).dtype == np.float32, (name, "vjp")
        t = op.jvp(EagerEmitter(), [np.ones_like(a) for a in xs], out, *xs, **bound)
        assert t is None or np.asarray(t).dtype == np.float32, (name, "jvp")

    check()


def test_eager_const_dtype_precedence():
    e = EagerEmitter()
    x32 = np.ones(2, np.float32)
    assert e.const(1.5).dtype == np.float64  # a Python float: its own dtype
    assert e.const(1.5, like=x32).dtype == np.float32
    assert e.const(1.5, dtype=np.float64, like=x32).dtype == np.float64
    assert EagerEmitter(dtype=np.float32).const(np.zeros(2)).dtype == np.float32
    assert e.const(np.zeros(2), like=np.arange(2)).dtype == np.float64  # int like: ignored


def _node(i, op, args, shape=(2, 3), params=()):
    return Node(i, op, tuple(args), tuple(params), tuple(shape), "f64", "")


INP = Node(0, "input", (), (("index", 0),), (2, 3), "f64", "x0")


@pytest.mark.parametrize("op,params,words", [
    ("rsqrt", (("eps", "1e-5"),), "eps"),
    ("rsqrt", (("eps", float("nan")),), "finite"),
    ("leaky_relu", (("negative_slope", "0.5"),), "negative_slope"),
    ("softmax", (("axis", "1"),), "axis"),
    ("reduce_sum", (("axes", (1,)), ("keepdims", 1)), "keepdims"),
    ("layernorm", (("eps", (1e-5,)), ("normalized_ndim", 1)), "eps"),
])
def test_verify_rejects_parameters_of_the_wrong_type(op, params, words):
    nodes = [INP]
    args = [0]
    if op == "layernorm":
        nodes += [Node(i, "const", (), (), (3,), "f64", "") for i in (1, 2)]
        args = [0, 1, 2]
    shape = (2,) if op == "reduce_sum" else (2, 3)
    nodes.append(_node(len(nodes), op, args, shape, params))
    consts = {i: np.ones(3) for i in (1, 2)} if op == "layernorm" else {}
    with pytest.raises(GraphError) as ei:
        Graph(nodes, [len(nodes) - 1], consts)
    msg = str(ei.value)
    assert f"%{len(nodes) - 1}" in msg and f"[{op}]" in msg and words in msg, msg


@pytest.mark.parametrize("op,params", [
    ("leaky_relu", (("negative_slope", 0),)),  # an int where a float is the default
    ("rsqrt", (("eps", 1e-5),)),
    ("softmax", (("axis", -1),)),
])
def test_verify_accepts_compatible_parameters(op, params):
    g = Graph([INP, _node(1, op, [0], params=params)], [1], {})
    assert len(g) == 2


def test_builder_graph_with_a_string_parameter_names_the_node():
    b = GraphBuilder()
    x = b.input((3,))
    y = b.op("rsqrt", x, eps="0.1")  # the shape rule never looks at eps
    with pytest.raises(GraphError, match=r"%1.*rsqrt.*eps"):
        b.build(y)


def test_pool_int_or_pair_parameters_still_verify():
    b = GraphBuilder()
    x = b.input((1, 1, 4, 4))
    y = b.op("maxpool2d", x, kernel_size=2, stride=(2, 2), padding=(0, 0), dilation=1)
    z = b.op("conv2d", y, b.const(np.ones((1, 1, 1, 1))), stride=1, padding=(0, 0, 0, 0))
    assert len(b.build(z)) == 4
