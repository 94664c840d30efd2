"""Autodiff graph transforms: conventions, errors, and the finite-difference harness the other
test_autodiff_* files import (central differences in float64, written here independently of
torchsmt.gradcheck).
"""

from __future__ import annotations

import numpy as np
import pytest

from torchsmt.ir import REGISTRY, Graph, GraphBuilder, MissingRuleError, OpDef
from torchsmt.ir.autodiff import AutodiffError, NotDifferentiableError, grad, jvp, prune, vjp
from torchsmt.ir.errors import GraphError, TorchSMTError

H1 = 1e-6  # first differences
H2 = 1e-4  # second differences (truncation ~H2^2, rounding ~1e-16/H2^2)
RTOL = 1e-6
RTOL2 = 1e-5


# -- harness ---------------------------------------------------------------------------------
def rel_err(analytic, numeric, floor: float = 1e-3) -> float:
    """max |a - n| / max(max |n|, floor) over all blocks together (one vector: the gradient with
    respect to every wrt item), a relative error that stays defined for zero gradients."""
    a_blocks = analytic if isinstance(analytic, (list, tuple)) else [analytic]
    n_blocks = numeric if isinstance(numeric, (list, tuple)) else [numeric]
    assert len(a_blocks) == len(n_blocks)
    for a, n in zip(a_blocks, n_blocks, strict=True):
        assert np.shape(a) == np.shape(n), (np.shape(a), np.shape(n))
    a = np.concatenate([np.ravel(np.asarray(x, np.float64)) for x in a_blocks])
    n = np.concatenate([np.ravel(np.asarray(x, np.float64)) for x in n_blocks])
    if a.size == 0:
        return 0.0
    return float(np.max(np.abs(a - n)) / max(float(np.max(np.abs(n))), floor))


class Point:
    """A graph with values for its inputs, and ``wrt`` = inputs and/or constants (parameters)."""

    def __init__(self, g: Graph, inputs: list[np.ndarray], wrt: list[int] | None = None):
        self.g = g
        self.inputs = [np.asarray(x, np.float64) for x in inputs]
        self.wrt = list(g.inputs) if wrt is None else list(wrt)
        self.consts = [w for w in self.wrt if g.node(w).op == "const"]

    def values(self) -> list[np.ndarray]:
        """Current values of the wrt items (inputs by index, constants from the graph)."""
        pos = {nid: k for k, nid in enumerate(self.g.inputs)}
        return [self.inputs[pos[w]] if w in pos else np.asarray(self.g.consts[w], np.float64)
                for w in self.wrt]

    def f(self, vals: list[np.ndarray]) -> list[np.ndarray]:
        """The graph's outputs with the wrt items set to ``vals`` (float64)."""
        pos = {nid: k for k, nid in enumerate(self.g.inputs)}
        ins = list(self.inputs)
        consts = dict(self.g.consts)
        for w, v in zip(self.wrt, vals, strict=True):
            if w in pos:
                ins[pos[w]] = v
            else:
                consts[w] = v
        g = Graph(self.g.nodes, self.g.outputs, consts, self.g.registry, check=False)
        out = g.run(*ins, dtype=np.float64)
        return [np.asarray(o, np.float64) for o in (out if isinstance(out, tuple) else (out,))]

    def transformed_inputs(self) -> list[np.ndarray]:
        """Inputs of a vjp/jvp graph before its cotangents/tangents: inputs, promoted constants."""
        return [*self.inputs, *(np.asarray(self.g.consts[c], np.float64) for c in self.consts)]


def fd_vjp(p: Point, cts: list[np.ndarray]) -> list[np.ndarray]:
    """Gradient of phi = sum_k <ct_k, out_k> w.r.t. every wrt element, by central differences."""
    x0 = p.values()

    def phi(vals):
        return sum(float(np.sum(c * o)) for c, o in zip(cts, p.f(vals), strict=True))

    grads = []
    for i, x in enumerate(x0):
        gi = np.zeros(x.shape)
        for j in np.ndindex(x.shape):
            plus = [v.copy() for v in x0]
            minus = [v.copy() for v in x0]
            plus[i][j] += H1
            minus[i][j] -= H1
            gi[j] = (phi(plus) - phi(minus)) / (2 * H1)
        grads.append(gi)
    return grads


def fd_jvp(p: Point, tangents: list[np.ndarray]) -> list[np.ndarray]:
    x0 = p.values()
    plus = p.f([x + H1 * t for x, t in zip(x0, tangents, strict=True)])
    minus = p.f([x - H1 * t for x, t in zip(x0, tangents, strict=True)])
    return [(a - b) / (2 * H1) for a, b in zip(plus, minus, strict=True)]


def fd_hvp(p: Point, cts: list[np.ndarray], v: list[np.ndarray]) -> list[np.ndarray]:
    """(H v)_j of phi = sum <ct, out> by second differences (four evaluations per element)."""
    x0 = p.values()

    def phi(vals):
        return sum(float(np.sum(c * o)) for c, o in zip(cts, p.f(vals), strict=True))

    out = []
    for i, x in enumerate(x0):
        hv = np.zeros(x.shape)
        for j in np.ndindex(x.shape):
            vals = {}
            for si in (1, -1):
                for sv in (1, -1):
                    pt = [xx + sv * H2 * vv for xx, vv in zip(x0, v, strict=True)]
                    pt[i] = pt[i].copy()
                    pt[i][j] += si * H2
                    vals[si, sv] = phi(pt)
            hv[j] = (vals[1, 1] - vals[1, -1] - vals[-1, 1] + vals[-1, -1]) / (4 * H2 * H2)
        out.append(hv)
    return out


def check_point(p: Point, rng: np.random.Generator, second: bool = True) -> dict[str, float]:
    """VJP, JVP (and JVP-of-VJP) of ``p.g`` against finite differences; returns the errors."""
    outs = p.f(p.values())
    cts = [rng.standard_normal(o.shape) for o in outs]
    errs = {}
    back = vjp(p.g, wrt=p.wrt, output=None)
    res = back.run(*p.transformed_inputs(), *cts, dtype=np.float64)
    res = res if isinstance(res, tuple) else (res,)
    errs["vjp"] = rel_err(list(res), fd_vjp(p, cts))

    tangents = [rng.standard_normal(x.shape) for x in p.values()]
    fwd = jvp(p.g, wrt=p.wrt)
    res = fwd.run(*p.transformed_inputs(), *tangents, dtype=np.float64)
    res = res if isinstance(res, tuple) else (res,)
    n_out = len(outs)
    for a, o in zip(res[:n_out], outs, strict=True):
        np.testing.assert_array_equal(a, o)  # the primal is copied, not recomputed differently
    errs["jvp"] = rel_err(list(res[n_out:]), fd_jvp(p, tangents))

    if second:
        # Hessian-vector product: the JVP of the VJP graph (seeded with fixed cotangents) w.r.t.
        # everything the VJP graph takes, which is exactly the wrt items when wrt covers the inputs.
        assert set(p.wrt) >= set(p.g.inputs), "second-order check needs wrt to cover the inputs"
        order = [*p.g.inputs, *p.consts]
        seeded = vjp(p.g, wrt=order, output=None, seed=tuple(cts))
        hess = jvp(seeded)
        perm = [order.index(w) for w in p.wrt]
        v_order = [tangents[p.wrt.index(w)] for w in order]
        res = hess.run(*p.transformed_inputs(), *v_order, dtype=np.float64)
        res = res if isinstance(res, tuple) else (res,)
        hv = res[len(order):]
        num = fd_hvp(p, cts, tangents)
        # rounding noise of second differences ~ eps * |phi terms| / H2^2 (see test_autodiff_ops)
        noise = np.finfo(np.float64).eps * sum(float(np.sum(np.abs(c * o)))
                                               for c, o in zip(cts, outs, strict=True)) / H2**2
        errs["hvp"] = rel_err([hv[perm[k]] for k in range(len(p.wrt))], num,
                              floor=max(1e-3, 1e5 * noise))
    return errs


def assert_point(p: Point, rng: np.random.Generator, second: bool = True) -> dict[str, float]:
    errs = check_point(p, rng, second)
    assert errs["vjp"] < RTOL, errs
    assert errs["jvp"] < RTOL, errs
    if second:
        assert errs["hvp"] < RTOL2, errs
    return errs


# -- small graphs with the base ops --------------------------------------------------------------
def square_graph():
    b = GraphBuilder()
    x = b.input((3,), name="x")
    return b.build(b.mul(x, x)), x


def test_mul_x_x_parallel_operands():
    g, x = square_graph()
    xv = np.array([0.5, -2.0, 3.0])
    d = grad(GraphBuilder_sum(g))
    np.testing.assert_array_equal(d.run(xv), 2 * xv)
    back = vjp(g)
    ct = np.array([1.0, 2.0, -1.0])
    np.testing.assert_array_equal(back.run(xv, ct), ct * xv + ct * xv)
    fwd = jvp(g)
    y, t = fwd.run(xv, ct)
    np.testing.assert_array_equal(y, xv * xv)
    np.testing.assert_array_equal(t, ct * xv + xv * ct)
    assert_point(Point(g, [xv]), np.random.default_rng(0))


def GraphBuilder_sum(g: Graph) -> Graph:
    """Append sum of the single output (via sum_to ()) so grad applies."""
    b = GraphBuilder()
    env = {}
    for n in g.nodes:
        if n.op == "input":
            env[n.id] = b.input(n.shape, name=n.name)
        elif n.op == "const":
            env[n.id] = b.const(g.consts[n.id], n.name)
        else:
            env[n.id] = b.op(n.op, *(env[a] for a in n.args), **n.p)
    return b.build(b.op("sum_to", env[g.outputs[0]], shape=()))


def tanh_mlp_elementwise():
    """Broadcasting elementwise ops with parameters as constants: tanh(x * w + c) * x - x."""
    b = GraphBuilder()
    x = b.input((4, 3), name="x")
    w = b.const(np.array([0.5, -1.0, 2.0]), name="w")
    c = b.const(np.array([[0.1], [0.2], [-0.3], [0.4]]), name="c")
    h = b.tanh(b.add(b.mul(x, w), c))
    y = b.sub(b.mul(h, x), b.neg(b.relu(x)))
    return b.build(y), (w, c)


def test_broadcast_elementwise_inputs_and_params():
    g, (w, c) = tanh_mlp_elementwise()
    rng = np.random.default_rng(1)
    p = Point(g, [rng.standard_normal((4, 3))], wrt=[*g.inputs, w, c])
    errs = assert_point(p, rng)
    assert max(errs.values()) < 1e-6


def test_multiple_outputs_and_explicit_broadcast():
    b = GraphBuilder()
    x = b.input((3,), name="x")
    y = b.input((2, 1), name="y")
    s = b.op("broadcast", x, shape=(2, 3))
    o1 = b.tanh(b.mul(s, y))
    o2 = b.op("sum_to", b.mul(o1, o1), shape=(1, 3))
    g = b.build([o1, o2])
    rng = np.random.default_rng(2)
    assert_point(Point(g, [rng.standard_normal(3), rng.standard_normal((2, 1))]), rng)


# -- conventions -----------------------------------------------------------------------------------
def test_signature_and_names():
    g, (w, c) = tanh_mlp_elementwise()
    back = vjp(g, wrt=["x", "w"])
    ins = [back.node(i) for i in back.inputs]
    assert [n.name for n in ins] == ["x", "w", "ct"]
    assert [n.shape for n in ins] == [(4, 3), (3,), (4, 3)]
    assert [back.node(o).name for o in back.outputs] == ["d_x", "d_w"]
    fwd = jvp(g, wrt=["x", "c"])
    assert [back.node(i).name for i in back.inputs][:2] == ["x", "w"]
    assert [fwd.node(i).name for i in fwd.inputs] == ["x", "c", "t_x", "t_c"]
    assert len(fwd.outputs) == 2
    # keep_outputs puts the primal output first
    both = vjp(g, wrt="x", keep_outputs=True)
    xv, ct = np.ones((4, 3)), np.ones((4, 3))
    y, dx = both.run(xv, ct)
    np.testing.assert_array_equal(y, g.run(xv))
    np.testing.assert_array_equal(dx, vjp(g, wrt="x").run(xv, ct))


def test_vjp_of_vjp_names_stay_unique():
    g, _ = tanh_mlp_elementwise()
    gg = vjp(vjp(g))
    names = [n.name for n in gg.nodes if n.name]
    assert len(names) == len(set(names))
    assert [gg.node(i).name for i in gg.inputs] == ["x", "ct", "ct_1"]
    rng = np.random.default_rng(3)
    assert_point(Point(vjp(g), [rng.standard_normal((4, 3)), rng.standard_normal((4, 3))]), rng)


def test_accumulation_order_is_order_of_use():
    b = GraphBuilder()
    x = b.input((2,), name="x")
    y = b.add(b.add(b.tanh(x), b.mul(x, x)), b.neg(x))  # x used by tanh, mul (twice), neg
    back = vjp(b.build(y))
    # ((c_tanh + c_mul0) + c_mul1) + c_neg; c_mul0 and c_mul1 are both ct * x (merged by prune)
    final = back.node(back.outputs[0])
    assert final.op == "add"
    outer, c_neg = back.node(final.args[0]), back.node(final.args[1])
    inner = back.node(outer.args[0])
    assert outer.op == inner.op == "add"
    assert outer.args[1] == inner.args[1]  # the two mul contributions
    c_mul, c_tanh = back.node(inner.args[1]), back.node(inner.args[0])
    assert c_mul.op == "mul" and set(c_mul.args) == {0, 1}  # ct * x
    assert c_tanh.op == "mul" and back.node(c_tanh.args[1]).op == "sub"  # ct * (1 - tanh^2)
    assert c_neg.op == "mul" and back.node(c_neg.args[1]).op == "const"  # ct * (-1)
    xv, ct = np.array([0.3, -1.2]), np.array([0.7, 1.9])
    expect = ((ct * (1 - np.tanh(xv) ** 2) + ct * xv) + ct * xv) + ct * -1.0
    np.testing.assert_array_equal(back.run(xv, ct), expect)


def test_unreachable_and_zero_gradients():
    b = GraphBuilder()
    x = b.input((2,), name="x")
    b.input((3,), name="z")  # an input the output does not depend on
    k = b.const(np.ones(2), name="k")
    g = b.build(b.mul(x, k))
    back = vjp(g, wrt=["x", "z", "k"])
    dx, dz, dk = back.run(np.array([1.0, 2.0]), np.zeros(3), np.ones(2), np.array([3.0, 4.0]))
    np.testing.assert_array_equal(dz, np.zeros(3))
    np.testing.assert_array_equal(dk, [3.0, 8.0])
    np.testing.assert_array_equal(dx, [3.0, 4.0])
    _, t = jvp(g, wrt="z").run(np.ones(2), np.ones(3), np.ones(3))
    np.testing.assert_array_equal(t, np.zeros(2))


def test_output_is_an_input_and_seed_forms():
    b = GraphBuilder()
    x = b.input((2,), name="x")
    g = b.build([x, b.tanh(x)])
    np.testing.assert_array_equal(vjp(g, output=0).run([1.0, 2.0], [5.0, 6.0]), [5.0, 6.0])
    s = vjp(g, output=1, seed="ones").run(np.zeros(2))
    np.testing.assert_allclose(s, [1.0, 1.0])
    s = vjp(g, output=1, seed=np.array([2.0, 3.0])).run(np.zeros(2))
    np.testing.assert_allclose(s, [2.0, 3.0])
    both = vjp(g, output=None, seed=(np.ones(2), np.ones(2))).run(np.zeros(2))
    np.testing.assert_allclose(both, [2.0, 2.0])


def test_float32_graph_stays_float32():
    b = GraphBuilder(dtype="f32")
    x = b.input((3,), name="x")
    g = b.build(b.tanh(b.mul(x, x)))
    back = vjp(g)
    assert {n.dtype for n in back.nodes} == {"f32"}
    out = back.run(np.ones(3, np.float32), np.ones(3, np.float32))
    assert out.dtype == np.float32


def test_bad_arguments_are_typed_errors():
    g, _ = tanh_mlp_elementwise()
    cases = [
        lambda: vjp(g, wrt="nope"),
        lambda: vjp(g, wrt=99),
        lambda: vjp(g, wrt=[0, 0]),
        lambda: vjp(g, wrt=g.outputs[0]),  # not an input or constant
        lambda: vjp(g, output=3),
        lambda: vjp(g, seed="twos"),
        lambda: vjp(g, seed=np.ones(2)),
        lambda: grad(g),  # non-scalar output
        lambda: jvp(g, wrt=[1.5]),
    ]
    for case in cases:
        with pytest.raises(AutodiffError):
            case()
    assert issubclass(AutodiffError, TorchSMTError)


def _registry_with(*ops: OpDef):
    return REGISTRY.extend(*ops)


def test_missing_rule_names_the_op():
    nojvp = OpDef(name="cube_nojvp", arity=1, shape=lambda s: s[0], impl=lambda xp, x: x * x * x)
    reg = _registry_with(nojvp)
    b = GraphBuilder(reg)
    x = b.input((2,))
    g = b.build(b.op("cube_nojvp", x))
    with pytest.raises(MissingRuleError, match="cube_nojvp.*vjp"):
        vjp(g)
    with pytest.raises(MissingRuleError, match="cube_nojvp.*jvp"):
        jvp(g)


def test_not_differentiable_only_when_needed():
    argsign = OpDef(name="argsign", arity=1, shape=lambda s: s[0],
                    impl=lambda xp, x: xp.where(x > 0, 1.0, -1.0), differentiable=False)
    reg = _registry_with(argsign)
    b = GraphBuilder(reg)
    x = b.input((2,), name="x")
    k = b.const(np.array([1.0, -1.0]), name="k")
    y = b.add(b.mul(b.op("argsign", k), x), b.op("argsign", x))
    g = b.build(y)
    with pytest.raises(NotDifferentiableError, match=r"argsign"):
        vjp(g)
    with pytest.raises(NotDifferentiableError, match=r"argsign"):
        jvp(g)
    g2 = b.build(b.mul(b.op("argsign", k), x))  # through a constant only: fine
    np.testing.assert_array_equal(vjp(g2).run(np.ones(2), np.ones(2)), [1.0, -1.0])


def test_broken_rule_is_reported():
    bad = OpDef(name="bad_vjp", arity=1, shape=lambda s: s[0], impl=lambda xp, x: x,
                vjp=lambda e, g, out, x: (e.op("sum_to", g, shape=()),))
    b = GraphBuilder(_registry_with(bad))
    x = b.input((2,))
    g = b.build(b.op("bad_vjp", x))
    with pytest.raises(GraphError, match="bad_vjp.*shape"):
        vjp(g)


def test_prune_keeps_inputs_and_outputs():
    b = GraphBuilder()
    x = b.input((2,))
    b.input((2,))
    b.tanh(x)  # dead
    g = b.build(b.neg(x))
    p = prune(g)
    assert len(p.inputs) == 2 and len(p.nodes) == 3
    np.testing.assert_array_equal(p.run(np.ones(2), np.ones(2)), g.run(np.ones(2), np.ones(2)))
    assert prune(p) is p


def test_transformed_graphs_verify_and_are_deterministic():
    g, (w, c) = tanh_mlp_elementwise()
    a = vjp(g, wrt=["x", "w", "c"])
    b = vjp(g, wrt=["x", "w", "c"])
    assert a.nodes == b.nodes
    a.verify()
    jvp(a).verify()


def test_public_names():
    import torchsmt as ts

    assert "autodiff" in dir(ts)
    assert ts.autodiff.vjp is vjp and ts.autodiff.jvp is jvp and ts.autodiff.grad is grad
    g, _ = square_graph()
    assert isinstance(ts.autodiff.vjp(g), Graph)


def test_prune_merges_only_true_duplicates():
    b = GraphBuilder()
    x = b.input((2,), name="x")
    z0, z1, zn = b.const(np.zeros(2)), b.const(np.zeros(2)), b.const(-np.zeros(2))
    p0 = b.const(np.ones(2), name="p0")
    p1 = b.const(np.ones(2), name="p1")  # a named parameter keeps its own node
    outs = [b.add(x, z0), b.add(x, z1), b.add(x, zn), b.mul(x, p0), b.mul(x, p1)]
    g = prune(b.build(outs))
    assert g.outputs[0] == g.outputs[1]
    assert len({g.outputs[0], g.outputs[2]}) == 2  # -0.0 differs from 0.0
    assert len({g.outputs[3], g.outputs[4]}) == 2
    assert {n.name for n in g.nodes} >= {"p0", "p1"}
    xv = np.array([-0.0, 1.0])
    for a, e in zip(g.run(xv), b.build(outs).run(xv), strict=True):
        np.testing.assert_array_equal(a, e)
        assert np.array_equal(np.signbit(a), np.signbit(e))
