"""verify() rejects each kind of malformed graph with a message naming the node."""

from __future__ import annotations

import numpy as np
import pytest

from torchsmt.ir import REGISTRY, Graph, GraphBuilder, GraphError, Node, TorchSMTError


def inp(i: int, shape=(2, 3), dtype="f64", index=None) -> Node:
    return Node(i, "input", (), (("index", i if index is None else index),), shape, dtype, f"x{i}")


def node(i, op, args, shape=(2, 3), dtype="f64", params=(), name="") -> Node:
    return Node(i, op, tuple(args), tuple(params), tuple(shape), dtype, name)


def cst(i, shape=(2, 3), dtype="f64") -> Node:
    return Node(i, "const", (), (), shape, dtype, "")


GOOD = [inp(0), node(1, "relu", [0]), node(2, "add", [0, 1])]


def test_good_graph_verifies():
    g = Graph(GOOD, [2], {})
    assert len(g) == 3 and g.outputs == (2,)


# (nodes, outputs, consts, node named in the message, words expected in the message)
CASES = {
    "forward reference": ([inp(0), node(1, "relu", [2]), node(2, "relu", [0])], [1], {},
                          "%1", "forward"),
    "self loop": ([inp(0), node(1, "relu", [1])], [1], {}, "%1", "cycle"),
    "cycle": ([inp(0), node(1, "add", [0, 2]), node(2, "relu", [1])], [2], {}, "%1", "cycle"),
    "dangling argument": ([inp(0), node(1, "relu", [7])], [1], {}, "%1", "dangling"),
    "negative argument": ([inp(0), node(1, "relu", [-1])], [1], {}, "%1", "dangling"),
    "argument not an int": ([inp(0), node(1, "relu", ["0"])], [1], {}, "%1", "not a node id"),
    "wrong arity (too many)": ([inp(0), node(1, "relu", [0, 0])], [1], {}, "%1", "argument"),
    "wrong arity (too few)": ([inp(0), node(1, "add", [0])], [1], {}, "%1", "argument"),
    "unknown op": ([inp(0), node(1, "frobnicate", [0])], [1], {}, "%1", "unknown operator"),
    "shape mismatch": ([inp(0), node(1, "relu", [0], shape=(3, 2))], [1], {}, "%1", "shape"),
    "operands do not broadcast": ([inp(0), inp(1, shape=(4,)), node(2, "add", [0, 1])], [2], {},
                                  "%2", "broadcast"),
    "dtype mismatch (operands)": ([inp(0), inp(1, dtype="f32"), node(2, "add", [0, 1])], [2], {},
                                  "%2", "dtype"),
    "dtype mismatch (result)": ([inp(0), node(1, "relu", [0], dtype="f32")], [1], {}, "%1",
                                "dtype"),
    "unknown dtype": ([inp(0), node(1, "relu", [0], dtype="f16")], [1], {}, "%1", "dtype"),
    "malformed shape": ([inp(0, shape=(2, -3))], [0], {}, "%0", "shape"),
    "missing const": ([inp(0), cst(1), node(2, "add", [0, 1])], [2], {}, "%1", "missing"),
    "const of wrong shape": ([inp(0), cst(1), node(2, "add", [0, 1])], [2],
                             {1: np.zeros((3, 2))}, "%1", "shape"),
    "NaN const": ([inp(0), cst(1), node(2, "add", [0, 1])], [2],
                  {1: np.full((2, 3), np.nan)}, "%1", "NaN"),
    "const with arguments": ([inp(0), node(1, "const", [0])], [1], {1: np.zeros((2, 3))},
                             "%1", "no arguments"),
    "unknown parameter": ([inp(0), node(1, "relu", [0], params=(("alpha", 1.0),))], [1], {},
                          "%1", "unknown parameter"),
    "missing required parameter": ([inp(0), node(1, "broadcast", [0], shape=(4, 2, 3))], [1],
                                   {}, "%1", "missing parameter"),
    "parameter of the wrong type": ([inp(0), node(1, "broadcast", [0],
                                                  params=(("shape", "abc"),))], [1], {}, "%1",
                                    "abc"),
    "unsorted parameters": ([inp(0), node(1, "broadcast", [0], shape=(4, 2, 3),
                                          params=(("shape", (4, 2, 3)), ("a", 1)))], [1], {},
                            "%1", "sorted"),
    "input without index": ([Node(0, "input", (), (), (2,), "f64", "x")], [0], {}, "%0",
                            "index"),
    "id out of position": ([inp(0), node(2, "relu", [0])], [2], {}, "%2", "position"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_verify_rejects(case):
    nodes, outputs, consts, named, words = CASES[case]
    with pytest.raises(GraphError) as ei:
        Graph(nodes, outputs, consts)
    msg = str(ei.value)
    assert f"{named} " in msg + " " or f"{named}:" in msg, msg
    assert words.lower() in msg.lower(), msg


@pytest.mark.parametrize("outputs, words", [([], "no outputs"), ([5], "%5"), ([-1], "%-1")])
def test_verify_rejects_bad_outputs(outputs, words):
    with pytest.raises(GraphError, match=words):
        Graph(GOOD, outputs, {})


def test_verify_rejects_bad_input_indices():
    with pytest.raises(GraphError, match="input indices"):
        Graph([inp(0), inp(1, index=2)], [1], {})


def test_verify_rejects_stray_constant():
    with pytest.raises(GraphError, match="non-const"):
        Graph(GOOD, [2], {1: np.zeros((2, 3))})


def test_builder_errors_are_typed():
    b = GraphBuilder()
    x = b.input((2, 3))
    with pytest.raises(TorchSMTError):
        b.op("add", x, b.input((4,)))
    with pytest.raises(TorchSMTError):
        b.op("relu", 99)
    with pytest.raises(TorchSMTError):
        b.op("nope", x)
    assert "nope" not in REGISTRY
