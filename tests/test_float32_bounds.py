"""Float32-sound bounds and checker: samples of the binary32 execution stay inside; TorchLean's
Table 4 stress cases; a planted Jia & Rinard-style network whose real certificate float32 breaks."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

from torchsmt.bounds import alpha_crown, crown, ibp
from torchsmt.ir import GraphBuilder, ShapeError
from torchsmt.ir.float32 import run_strict32

F32 = np.float32
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))


def _inside(y, r):
    y = np.asarray(y, np.float64)
    return bool(np.all(y >= r.lower) and np.all(y <= r.upper))


def _unary_graph(op):
    b = GraphBuilder(dtype="f32")
    return b.build(b.op(op, b.input((1,))))


@pytest.mark.parametrize("op,lo,hi", [("tanh", -0.5, 0.5), ("exp", -1.0, 1.0)])
def test_table4_transcendentals(op, lo, hi):
    g = _unary_graph(op)
    xs = np.concatenate([np.linspace(lo, hi, 200_001), [lo, hi, 0.0, -0.0]]).astype(F32)
    ys = getattr(np, op)(xs)  # the strict executor's value (NumPy float32), all at once
    assert np.array_equal(run_strict32(g, xs[:1]), ys[:1])
    for fn in (ibp, crown, alpha_crown):
        r = fn(g, np.array([lo]), np.array([hi]), semantics="float32")
        assert r.lower[0] <= ys.min() and ys.max() <= r.upper[0]


def test_table4_add_tie_and_div_by_negative_zero():
    b = GraphBuilder(dtype="f32")
    g = b.build(b.op("add", b.input((1,)), b.const(np.array([2.0 ** -24]))))
    y = run_strict32(g, np.array([1.0], F32))
    assert y[0] == 1.0  # the tie 1 + 2^-24 rounds to even
    real = ibp(g, np.ones(1), np.ones(1))
    assert not _inside(y, real)  # real-arithmetic bounds miss the float32 value
    for fn in (ibp, crown):
        assert _inside(y, fn(g, np.ones(1), np.ones(1), semantics="float32"))
    b = GraphBuilder(dtype="f32")
    g = b.build(b.op("div", b.const(np.ones(1)), b.input((1,))))
    y = run_strict32(g, np.array([-0.0], F32))
    assert y[0] == -np.inf
    z = np.array([-0.0])
    r = ibp(g, z, z, semantics="float32")
    assert r.lower[0] == -np.inf and r.upper[0] == np.inf


def planted():
    """y = relu(x + d) - relu(x) with d = 2^-25: y = d > 0 in reals, y = 0 in binary32 on
    [1, 1 + 2^-20] (x + d ties below half an ulp of x)."""
    b = GraphBuilder(dtype="f32")
    x = b.input((1,))
    h = b.op("linear", x, b.const(np.ones((2, 1))), b.const(np.array([2.0 ** -25, 0.0])),
             transB=1)
    y = b.op("matmul", b.op("relu", h), b.const(np.array([[1.0], [-1.0]])))
    return b.build(y), np.array([1.0]), np.array([1.0 + 2.0 ** -20])


def test_planted_real_certificate_rejected_under_float32():
    from torchsmt.bounds import certify
    from torchsmt.formal import check_certificate

    g, lo, hi = planted()
    C = np.array([[1.0]])
    # margin: the producer's default (1e-9 relative to the tiny claim) misses the checker's
    # float64 error by ~2e-15 here (reported to the bounds owner)
    cert = certify(g, lo, hi, C=C, method="crown", margin=1e-6)
    assert cert.lower[0] > 0  # the real claim: y >= ~2^-25 > 0
    text = cert.to_json()
    assert check_certificate(g, text).ok
    rep = check_certificate(g, text, semantics="float32")
    assert not rep.ok and rep.failure
    # the float32 counterexample: x = 1 gives exactly 0 < claim
    y = run_strict32(g, lo.astype(F32))
    assert y[0] < cert.lower[0]
    r32 = crown(g, lo, hi, C=C, semantics="float32")
    assert r32.lower[0] <= y[0]


def test_float32_certificates_accepted_real_ones_rejected():
    from torchsmt.bounds import certify
    from torchsmt.formal import check_certificate

    rng = np.random.default_rng(0)
    b = GraphBuilder(dtype="f32")
    x = b.input((1, 4))
    h = b.op("relu", b.op("linear", x, b.const(rng.normal(size=(8, 4))),
                          b.const(rng.normal(size=8)), transB=1))
    g = b.build(b.op("linear", h, b.const(rng.normal(size=(3, 8))), b.const(np.zeros(3)),
                     transB=1))
    lo, hi = -np.ones((1, 4)) * 0.1, np.ones((1, 4)) * 0.1
    for method in ("crown", "alpha"):
        c32 = certify(g, lo, hi, C=np.eye(3), method=method, semantics="float32")
        c64 = certify(g, lo, hi, C=np.eye(3), method=method)
        assert np.all(c32.lower < c64.lower)  # float32 rounding costs a little
        assert check_certificate(g, c32.to_json(), semantics="float32").ok
        assert check_certificate(g, c32.to_json()).ok  # float32-sound implies real-sound here
        assert not check_certificate(g, c64.to_json(), semantics="float32").ok
    # samples of the binary32 execution respect the float32 claim
    xs = rng.uniform(lo, hi, (300, 1, 4)).astype(F32)
    ys = np.array([run_strict32(g, v)[0] for v in xs], np.float64)
    assert np.all(ys >= c32.lower)
    g2, lo2, hi2 = planted()
    c = certify(g2, lo2, hi2, C=np.array([[1.0]]), method="crown", semantics="float32")
    assert c.lower[0] <= 0.0  # no false claim about the planted net
    assert check_certificate(g2, c.to_json(), semantics="float32").ok


def test_semantics_name_checked():
    g, lo, hi = planted()
    with pytest.raises(ShapeError):
        crown(g, lo, hi, semantics="float16")


FAST_NETS = ["test_small", "test_tiny", "test_sat"]


@pytest.mark.parametrize("name", FAST_NETS)
def test_float32_samples_inside_bounds_fast(name):
    from float32_bench import NETS, ROOT, check_net

    if not (ROOT / NETS[name][0]).exists():
        pytest.skip("shared benchmarks not present")
    r = check_net(name, 300, reps=1)
    assert r["outside_f32"] == 0


def _all_nets() -> list[str]:
    from float32_bench import ROOT, all_nets

    return sorted(all_nets()) if ROOT.exists() else []


@pytest.mark.slow
@pytest.mark.parametrize("name", _all_nets())
def test_float32_samples_inside_bounds_1e4(name):
    """Every network in ../shared/benchmarks: 10^4 float32 samples (strict and BLAS order)."""
    from float32_bench import check_net

    r = check_net(name, 10_000, reps=1)
    assert r["outside_f32"] == 0


def test_check_cert_cli_semantics_float32(tmp_path):
    from torchsmt.bounds import certify
    from torchsmt.cli import main
    from torchsmt.ir import save

    g, lo, hi = planted()
    save(g, tmp_path / "planted.json")
    cert = certify(g, lo, hi, C=np.array([[1.0]]), method="crown", margin=1e-6)
    (tmp_path / "c.json").write_text(cert.to_json())
    args = [str(tmp_path / "planted.json"), "-", str(tmp_path / "c.json")]
    assert main(["check-cert", *args]) == 0
    assert main(["check-cert", *args, "--semantics", "float32"]) == 1


def test_float32_checker_imports_nothing_from_bounds():
    import ast

    src = (Path(__file__).resolve().parents[1] / "formal" / "float32_checker.py").read_text()
    for node in ast.walk(ast.parse(src)):
        if isinstance(node, ast.ImportFrom):
            assert "bounds" not in (node.module or "")
        elif isinstance(node, ast.Import):
            assert all("bounds" not in a.name for a in node.names)


def test_planted_float32_counterexample_found_and_replayed():
    from torchsmt.bounds import certify
    from torchsmt.formal.float32_cex import falsify32

    g, lo, hi = planted()
    C = np.array([[1.0]])
    claim = certify(g, lo, hi, C=C, method="crown", margin=1e-6).lower
    cex = falsify32(g, lo, hi, C, claim)
    assert cex is not None and cex.margin < 0
    assert lo[0] <= float(cex.x[0]) <= hi[0] and cex.x.dtype == F32
    assert np.array_equal(run_strict32(g, cex.x), cex.y.astype(F32))  # replays bit for bit
    # the real-arithmetic value at the same point satisfies the claim: a float32-only violation
    assert float(g.run(cex.x.astype(np.float64))[0]) >= claim[0]
    # a true float32 claim has no counterexample
    r32 = crown(g, lo, hi, C=C, semantics="float32")
    assert falsify32(g, lo, hi, C, r32.lower) is None


def test_op_without_rounding_model_fails_loudly():
    from torchsmt.ir import UnsupportedError

    b = GraphBuilder(dtype="f32")
    g = b.build(b.op("softmax", b.input((1, 3))))
    with pytest.raises(UnsupportedError, match="softmax"):
        crown(g, -np.ones((1, 3)), np.ones((1, 3)), semantics="float32")


def test_alpha_crown_float32_never_tighter_than_float32_truth():
    """alpha-CROWN (float32) on a small relu net: sound on samples, at least as tight as IBP."""
    rng = np.random.default_rng(3)
    b = GraphBuilder(dtype="f32")
    x = b.input((1, 3))
    h = b.op("relu", b.op("linear", x, b.const(rng.normal(size=(6, 3))),
                          b.const(rng.normal(size=6)), transB=1))
    g = b.build(b.op("linear", h, b.const(rng.normal(size=(2, 6))), transB=1))
    lo, hi = -np.ones((1, 3)), np.ones((1, 3))
    ra = alpha_crown(g, lo, hi, semantics="float32", iters=5)
    ri = ibp(g, lo, hi, semantics="float32")
    assert np.all(ra.lower >= ri.lower - 1e-12) and np.all(ra.upper <= ri.upper + 1e-12)
    xs = rng.uniform(lo, hi, (500, 1, 3)).astype(F32)
    for v in xs:
        assert _inside(run_strict32(g, v), ra)


def test_conv_net_sparse_pass_charges_rounding_like_dense():
    """The sparse identity-row pass (feature maps) charges sum |A| E exactly as the dense one."""
    from torchsmt.bounds.float32 import Float32Engine

    pytest.importorskip("scipy")
    rng = np.random.default_rng(5)
    b = GraphBuilder(dtype="f32")
    x = b.input((1, 2, 6, 6))
    h = b.op("relu", b.op("conv2d", x, b.const(rng.normal(size=(3, 2, 3, 3))),
                          b.const(rng.normal(size=3)), padding=(1, 1)))
    h = b.op("relu", b.op("conv2d", h, b.const(rng.normal(size=(4, 3, 2, 2))), stride=(2, 2)))
    g = b.build(b.op("linear", b.op("flatten", h), b.const(rng.normal(size=(3, 36))),
                     transB=1))
    c = rng.uniform(-1, 1, (1, 2, 6, 6))
    lo, hi = c - 0.05, c + 0.05
    e1, e2 = Float32Engine(g, lo, hi), Float32Engine(g, lo, hi)
    e2.use_sparse = False
    e1.run()
    e2.run()
    for k in e1.bounds:
        for p, q in zip(e1.bounds[k], e2.bounds[k], strict=True):
            assert np.allclose(p, q, rtol=1e-12, atol=1e-12)
    r = crown(g, lo, hi, semantics="float32")
    for v in rng.uniform(lo, hi, (300,) + lo.shape).astype(F32):
        assert _inside(run_strict32(g, v), r)


def test_avgpool_overlapping_windows_error_model():
    """avgpool with stride < kernel: the error term uses the window size (9 terms here)."""
    from torchsmt.ir.float32.rounding import dot_length

    assert dot_length("avgpool2d", {"kernel_size": (3, 3), "stride": (1, 1)},
                      [(1, 1, 8, 8)], (1, 1, 6, 6)) == 10
    rng = np.random.default_rng(9)
    b = GraphBuilder(dtype="f32")
    g = b.build(b.op("avgpool2d", b.input((1, 1, 5, 5)), kernel_size=(3, 3), stride=(1, 1)))
    c = rng.uniform(-1, 1, (1, 1, 5, 5))
    lo, hi = c - 1e-3, c + 1e-3
    r = ibp(g, lo, hi, semantics="float32")
    for v in rng.uniform(lo, hi, (200,) + lo.shape).astype(F32):
        assert _inside(run_strict32(g, v), r)
