"""The listing: print -> parse -> print is the identity; parse errors name line and token."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_graph_strategies import SOURCES, graphs, op_sample, run_bits, sample_inputs

from torchsmt.ir import (
    REGISTRY,
    REQUIRED,
    FormatError,
    GraphBuilder,
    GraphError,
    OpDef,
    TorchSMTError,
    format_graph,
    parse_graph,
)
from torchsmt.ir.ops.common import same_shape

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def large_consts(g):
    return {n.id: g.consts[n.id] for n in g.nodes if n.op == "const"}


def assert_same_graph(a, b):
    assert a.nodes == b.nodes and a.outputs == b.outputs
    assert set(a.consts) == set(b.consts)
    for k in a.consts:
        assert a.consts[k].dtype == b.consts[k].dtype
        assert a.consts[k].tobytes() == b.consts[k].tobytes()  # bits: -0.0, subnormals


@SETTINGS
@given(graphs())
def test_print_parse_print_is_identity(g):
    text = format_graph(g)
    g2 = parse_graph(text, consts=large_consts(g))
    assert format_graph(g2) == text
    assert_same_graph(g, g2)
    assert g2.sha256() == g.sha256()
    xs = sample_inputs(g)
    assert run_bits(g2, xs) == run_bits(g, xs)


@pytest.mark.parametrize("name", [op.name for op in REGISTRY if op.name not in SOURCES])
@pytest.mark.parametrize("dtype", ["f32", "f64"])
def test_every_registered_op_round_trips(name, dtype):
    g = op_sample(name, dtype)
    if g is None:
        pytest.skip(f"no sample for '{name}' (extend GUESSES/SHAPES in test_graph_strategies.py)")
    text = str(g)
    assert f"= {name}" in text
    g2 = parse_graph(text, consts=large_consts(g))
    assert str(g2) == text
    assert_same_graph(g, g2)


try:  # tests/samples.py (H1/H2): op name -> strategy of (argument arrays, params)
    from samples import SAMPLES
except ImportError:
    SAMPLES = {}


@pytest.mark.parametrize("name", [op.name for op in REGISTRY if op.name not in SOURCES])
@settings(max_examples=8, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_every_registered_op_round_trips_on_samples(name, data):
    if name not in SAMPLES:
        pytest.skip(f"no entry for '{name}' in tests/samples.py")
    args, params = data.draw(SAMPLES[name])
    dt = data.draw(st.sampled_from(["f32", "f64"]))
    b = GraphBuilder(dtype=dt)
    ids = [b.input(np.shape(args[0]))] + [b.const(a, name=f"c{i}") for i, a in
                                           enumerate(args[1:], 1)]
    g = b.build(b.op(name, *ids, **params))
    text = str(g)
    g2 = parse_graph(text, consts=large_consts(g))
    assert str(g2) == text
    assert_same_graph(g, g2)
    assert g2.sha256() == g.sha256()


def test_listing_example():
    b = GraphBuilder()
    x = b.input((1, 3))
    w = b.const(np.arange(12.0).reshape(4, 3), name="fc.weight")
    c = b.const([0.1, -0.0], name="c")
    y = b.op("broadcast", b.relu(x), shape=(2, 3), node_name="wide")
    g = b.build([y, w, c])
    assert str(g) == (
        'graph(%0 "x0": f64[1,3]):\n'
        '  %1 "fc.weight": f64[4,3] = const <sha256:3cdb84857b942fe6>\n'
        '  %2 "c": f64[2] = const [0.1, -0.0]\n'
        "  %3: f64[1,3] = relu %0\n"
        '  %4 "wide": f64[2,3] = broadcast[shape=(2, 3)] %3\n'
        "  return %4, %1, %2"
    )


@SETTINGS
@given(st.sampled_from(["f32", "f64"]), st.data())
def test_small_constants_are_exact(dt, data):
    """Inline constants parse back to the same bits (f32 via its shortest repr)."""
    npdt = np.float32 if dt == "f32" else np.float64
    width = 32 if dt == "f32" else 64
    vals = data.draw(st.lists(st.floats(width=width, allow_nan=False, allow_infinity=False),
                              min_size=1, max_size=8))
    b = GraphBuilder(dtype=dt)
    c = b.const(np.array(vals, dtype=npdt))
    g = b.build(c)
    assert "sha256" not in str(g)
    g2 = parse_graph(str(g))
    assert g2.consts[c].tobytes() == g.consts[c].tobytes()


# -- parameters of every kind, on an op defined here (independent of the concurrent op files) -----
PARAM = OpDef(name="probe", arity=1, shape=same_shape, impl=lambda xp, x, **p: x,
              params={"p": REQUIRED})
REG = REGISTRY.extend(PARAM)

leaf = st.one_of(st.none(), st.booleans(), st.integers(-(2**70), 2**70),
                 st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=6))
values = st.recursive(leaf, lambda inner: st.lists(inner, max_size=3).map(tuple), max_leaves=8)


@SETTINGS
@given(values)
def test_parameter_values_round_trip(v):
    b = GraphBuilder(REG)
    g = b.build(b.op("probe", b.input((2,)), p=v))
    text = str(g)
    g2 = parse_graph(text, registry=REG)
    assert str(g2) == text
    got = g2.node(1).p["p"]
    assert repr(got) == repr(v)  # repr: nan == nan, -0.0 != 0.0, True != 1
    if isinstance(v, float) and not math.isnan(v):
        assert math.copysign(1, got) == math.copysign(1, v)


# -- errors -------------------------------------------------------------------------------------
OK = 'graph(%0 "x0": f64[2]):\n  %1: f64[2] = relu %0\n  return %1'


@pytest.mark.parametrize("text, match", [
    ("", "empty"),
    ("# only a comment\n\n", "empty"),
    ("grph(%0: f64[2]):\n  return %0", r"line 1, column 1: expected 'graph\('"),
    ("graph(%0: f64[2])\n  return %0", "line 1.*expected ':'"),
    ("graph(%0: f16[2]):\n  return %0", "line 1.*dtype.*'f16'"),
    ("graph(%0: f64[2,-1]):\n  return %0", "line 1.*dimension.*'-1'"),
    ("graph(%0: f64[2]):\n  %1: f64[2] = relu %0", "without a 'return'"),
    ("graph(%0: f64[2]):\n  return %0\n  %1: f64[2] = relu %0", "line 3: nothing may follow"),
    ("graph(%0: f64[2]):\n  %1: f64[2] = relu %0 ;\n  return %1", "line 2, column .*';'"),
    ("graph(%0: f64[2]):\n  %1: f64[2] relu %0\n  return %1", "line 2.*expected '='.*'relu'"),
    ("graph(%0: f64[2]):\n  %1: f64[2] = relu %0 x\n  return %1", "line 2.*value.*'x'"),
    ("graph(%0: f64[2]):\n  %1: f64[2] = relu[a=1, a=2] %0\n  return %1", "line 2.*'a'"),
    ("graph(%0: f64[2]):\n  %1: f64[2] = relu[a=] %0\n  return %1", "line 2.*value"),
    ("graph(%0: f64[2]):\n  %1: f64[2] = relu[a=(1, 2] %0\n  return %1", "line 2.*','"),
    ("graph(%0: f64[2]):\n  %1: f64[2] = input\n  return %1", "line 2.*header"),
    ("graph(%0: f64[2]):\n  %0: f64[2] = relu %0\n  return %0", "line 2: %0 is already"),
    ("graph(%0: f64[2]):\n  %2: f64[2] = relu %0\n  return %2", "%1 is missing"),
    ("graph(%0: f64[2]):\n  %1: f64[2] = const [1.0, [2.0]]\n  return %1", "line 2.*ragged"),
    ("graph(%0: f64[2]):\n  %1: f64[2] = const [1.0, 2.0, 3.0]\n  return %1", "line 2.*shape"),
    ("graph(%0: f64[2]):\n  %1: f64[2] = const [1.0 2.0]\n  return %1", "line 2.*','.*'2.0'"),
    ("graph(%0: f64[2]):\n  %1: f64[9] = const <sha256:0123456789abcdef>\n  return %1",
     "line 2.*consts="),
    ("graph(%0: f64[2]):\n  %1: f64[9] = const <sha256:01>\n  return %1", "line 2.*16 hex"),
    ('graph(%0 "unterminated: f64[2]):\n  return %0', "line 1.*unexpected character"),
    ("graph(%0: f64[2]):\n  %1: f64[2] = relu " + "(" * 40 + "\n  return %1", "line 2"),
    ("graph(%0: f64[2]):\n  %1: f64[2] = const " + "[" * 40 + "\n  return %1", "line 2.*nested"),
])
def test_syntax_errors_name_line_and_token(text, match):
    with pytest.raises(FormatError, match=match):
        parse_graph(text)


@pytest.mark.parametrize("text, match", [
    (OK.replace("relu %0", "relu %1"), r"line 2: node %1 .*cycle"),
    (OK.replace("relu %0", "relu %5"), r"line 2: node %1 .*dangling"),
    (OK.replace("relu %0", "frob %0"), r"line 2: node %1 .*unknown operator 'frob'"),
    (OK.replace("relu %0", "relu %0 %0"), r"line 2: node %1 .*argument"),
    (OK.replace("f64[2] = relu", "f64[3] = relu"), r"line 2: node %1 .*shape"),
    (OK.replace("f64[2] = relu", "f32[2] = relu"), r"line 2: node %1 .*dtype"),
    (OK.replace("relu %0", "relu[alpha=1.0] %0"), r"line 2: node %1 .*alpha"),
    (OK.replace("return %1", "return %7"), r"output %7"),
    ("graph(%0: f64[2]):\n  %1: f64[2] = const [1.0, inf]\n  return %1", r"line 2: .*NaN or Inf"),
])
def test_semantic_errors_name_line_and_node(text, match):
    with pytest.raises(GraphError, match=match):
        parse_graph(text)


def test_large_constant_needs_matching_array():
    b = GraphBuilder()
    c = b.const(np.arange(9.0).reshape(3, 3))
    g = b.build(c)
    text = str(g)
    with pytest.raises(FormatError, match="consts="):
        parse_graph(text)
    with pytest.raises(FormatError, match="digest"):
        parse_graph(text, consts={c: np.arange(9.0).reshape(3, 3) + 1})
    with pytest.raises(FormatError, match="shape"):
        parse_graph(text, consts={c: np.arange(9.0)})
    with pytest.raises(FormatError, match="float array"):
        parse_graph(text, consts={c: "abc"})
    assert str(parse_graph(text, consts={c: np.arange(9.0).reshape(3, 3)})) == text


def test_hand_written_listing():
    text = """
    # comments and blank lines are allowed; parameters in any order
    graph(%1 "b": f32[3], %0 "a": f32[3]):

      %2: f32[3] = add %0 %1   # trailing comment
      %3: f32[1,3] = reshape[shape=(1, 3)] %2
      return %3
    """
    if "reshape" not in REGISTRY:
        text = text.replace("reshape[shape=(1, 3)]", "broadcast[shape=(1, 3)]")
    g = parse_graph(text)
    assert [g.node(i).name for i in g.inputs] == ["b", "a"]
    out = g.run(np.ones(3, np.float32), np.full(3, 2, np.float32))
    assert out.dtype == np.float32 and out.tolist() == [[3.0, 3.0, 3.0]]
    assert str(parse_graph(str(g))) == str(g)


def test_parse_rejects_non_text():
    with pytest.raises(TorchSMTError):
        parse_graph(b"graph():")  # type: ignore[arg-type]


def test_hand_built_nodes_with_numpy_or_list_parameters():
    """Nodes built without GraphBuilder may hold lists or numpy scalars; print and hash them as
    the tuples and numbers that freeze_value makes of them."""
    from torchsmt.ir import Graph, Node

    nodes = [Node(0, "input", (), (("index", 0),), (2, 3), "f64", "x"),
             Node(1, "broadcast", (0,), (("shape", [np.int64(2), 2, 3]),), (2, 2, 3), "f64", "")]
    g = Graph(nodes, [1], {})
    assert "broadcast[shape=(2, 2, 3)]" in str(g)
    assert parse_graph(str(g)).sha256() == g.sha256()


FUZZ_BASE = (
    'graph(%0 "x0": f64[2,3], %1 "b": f64[3]):\n'
    '  %2 "c": f64[3] = const [0.5, -0.0, 1e-300]\n'
    "  %3: f64[2,3] = add %0 %2\n"
    "  %4: f64[2,3] = relu %3\n"
    "  %5: f64[4,2,3] = broadcast[shape=(4, 2, 3)] %4\n"
    "  return %5, %1"
)


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_fuzz_listing_mutations(data):
    """Any edit of a valid listing parses to a verified graph or raises a TorchSMTError."""
    text = FUZZ_BASE
    for _ in range(data.draw(st.integers(1, 4))):
        i = data.draw(st.integers(0, len(text)))
        kind = data.draw(st.sampled_from(["delete", "insert", "replace", "truncate"]))
        ch = data.draw(st.sampled_from(list('%[](),:="\\#.-+e0123456789 \nfa') + ["é", "\t",
                                                                                  "9" * 400]))
        if kind == "delete":
            text = text[:i] + text[i + 1:]
        elif kind == "insert":
            text = text[:i] + ch + text[i:]
        elif kind == "replace":
            text = text[:i] + ch + text[i + 1:]
        else:
            text = text[:i]
    try:
        g = parse_graph(text)
    except TorchSMTError:
        return
    assert str(parse_graph(str(g))) == str(g)
