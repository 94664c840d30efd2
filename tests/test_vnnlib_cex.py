"""Counterexample checking: the published counterexamples (accepted / rejected with the margins
recorded in witnesses.csv), the exact evaluator against a plain-Fraction reference, the file
parser, the tolerance policy and the `check-cex` command."""

from __future__ import annotations

import csv
import itertools
from fractions import Fraction as F
from pathlib import Path

import numpy as np
import pytest

from torchsmt.formal.counterexample import (
    check_counterexample,
    format_counterexample,
    load_counterexample,
    parse_counterexample,
)
from torchsmt.formal.exact import evaluate
from torchsmt.formal.vnnlib import load_vnnlib, parse_vnnlib
from torchsmt.ir import GraphBuilder
from torchsmt.ir.errors import FormatError, ShapeError, UnsupportedError

BENCH = Path(__file__).resolve().parents[1].parent / "shared" / "benchmarks"
needs_bench = pytest.mark.skipif(not BENCH.is_dir(), reason=f"benchmarks not found at {BENCH}")
_CACHE: dict[Path, object] = {}


def _resolve(folder: Path, p: str) -> Path:
    q = folder / p
    return q if q.exists() else q.with_name(q.name + ".gz")


def _cached(path: Path, loader):
    if path not in _CACHE:
        _CACHE[path] = loader(path)
    return _CACHE[path]


def _witnesses(families) -> list[tuple[str, dict]]:
    if not BENCH.is_dir():
        return []
    out = []
    for fam in families:
        for row in csv.DictReader((BENCH / fam / "counterexamples" / "witnesses.csv").open()):
            out.append((fam, row))
    return out


def _fast(fam_row) -> bool:  # mnist: the 256x2 net only in the default run (exactly, ~0.5 s each)
    fam, row = fam_row
    return fam != "mnist_fc" or "256x2" in row["onnx"] and "prop_1_" in row["vnnlib"]


ALL = _witnesses(["test", "acasxu", "mnist_fc", "oval21"])


def _check(fam: str, row: dict, tolerance=0):
    from torchsmt.ir.onnx_import import load_onnx

    folder = BENCH / fam
    g = _cached(_resolve(folder, row["onnx"]), load_onnx)
    spec = _cached(_resolve(folder, row["vnnlib"]), load_vnnlib)
    cex = load_counterexample(folder / row["file"])
    return check_counterexample(g, spec, cex.x, tolerance=tolerance)


def _assert_matches_witness(fam: str, row: dict) -> None:
    rep = _check(fam, row)
    assert rep.ok == (row["verdict"] == "valid"), rep.reason
    if "rover" in row["file"]:  # a batch of 10 inputs for a 5-input net
        assert "50 input values" in rep.reason
        return
    # margins as witnesses.csv records them (computed there independently, exactly)
    assert float(rep.input_margin) == pytest.approx(float(row["exact_input_margin"]),
                                                    rel=1e-9, abs=1e-15)
    assert float(rep.output_margin) == pytest.approx(float(row["exact_output_margin"]),
                                                     rel=1e-9, abs=1e-15)
    if not rep.ok:
        key = "input outside the box" if float(row["exact_input_margin"]) < 0 \
            else "output condition not met"
        assert rep.reason.startswith(key)


@needs_bench
@pytest.mark.parametrize("fam_row", [w for w in ALL if _fast(w)],
                         ids=lambda w: f"{w[0]}:{w[1]['file'].split('/', 1)[1]}")
def test_published_counterexample(fam_row):
    _assert_matches_witness(*fam_row)


@needs_bench
@pytest.mark.slow
@pytest.mark.parametrize("fam_row", [w for w in ALL if not _fast(w)],
                         ids=lambda w: f"{w[0]}:{w[1]['file'].split('/', 1)[1]}")
def test_published_counterexample_slow(fam_row):
    _assert_matches_witness(*fam_row)


@needs_bench
def test_counts():
    valid = [w for w in ALL if w[1]["verdict"] == "valid"]
    rejected = [w for w in ALL if w[1]["verdict"] == "rejected"]
    assert len(valid) == 47 + 18 + 1 + 1 and len(rejected) == 7
    assert all("/rejected/" in w[1]["file"] for w in rejected)


@needs_bench
def test_tolerance_accepts_float32_rounded_inputs():
    rows = {r["file"].split("/")[-2] + r["vnnlib"] + r["onnx"]: (f, r) for f, r in ALL}
    fam, row = rows["nnenum_2025prop_2.vnnlibACASXU_run2a_1_5_batch_2000.onnx"]
    assert not _check(fam, row)
    rep = _check(fam, row, tolerance=F("1e-7"))
    assert rep.ok and not rep.exact and "tolerance" in rep.reason
    assert not _check(fam, row, tolerance=F("1e-9"))  # 1.2e-8 outside: still too far


# -- the exact evaluator against a plain-Fraction reference ---------------------------------------
def _ref_conv(x, w, b, stride, pad, dil, groups):
    """Direct definition of 2-D cross-correlation over nested lists of Fractions."""
    H, W = len(x[0]), len(x[0][0])
    O, cg, kh, kw = len(w), len(w[0]), len(w[0][0]), len(w[0][0][0])
    t, l, bo, r = pad
    oh = (H + t + bo - dil[0] * (kh - 1) - 1) // stride[0] + 1
    ow = (W + l + r - dil[1] * (kw - 1) - 1) // stride[1] + 1
    out = []
    for o in range(O):
        g = o // (O // groups)
        plane = []
        for i, j in itertools.product(range(oh), range(ow)):
            s = b[o]
            for c, a, e in itertools.product(range(cg), range(kh), range(kw)):
                yy, xx = i * stride[0] - t + a * dil[0], j * stride[1] - l + e * dil[1]
                if 0 <= yy < H and 0 <= xx < W:
                    s += w[o][c][a][e] * x[g * cg + c][yy][xx]
            plane.append(s)
        out.append(plane)
    return [v for plane in out for v in plane]


def test_exact_conv_net_matches_fraction_reference():
    rng = np.random.default_rng(0)
    b = GraphBuilder(dtype="f32")
    x = b.input((1, 4, 5, 6))
    wv = rng.normal(size=(6, 2, 3, 2)).astype(np.float32)
    bv = rng.normal(size=(6,)).astype(np.float32)
    pad, stride, dil = (1, 0, 2, 1), (2, 1), (1, 2)
    h = b.conv2d(x, b.const(wv), b.const(bv), stride=stride, padding=pad, dilation=dil, groups=2)
    g = b.build(b.relu(h))
    xs = [F(int(v), 1000) for v in rng.integers(-999, 999, size=4 * 5 * 6)]
    got = evaluate(g, xs)[0]
    xl = np.array(xs, dtype=object).reshape(4, 5, 6).tolist()
    fr = np.vectorize(lambda v: F(float(v)), otypes=[object])
    want = _ref_conv(xl, fr(wv).tolist(), fr(bv).tolist(), stride, pad, dil, 2)
    assert got == [max(v, F(0)) for v in want]
    # and the float64 run is close to it
    f64 = g.run(np.array([float(v) for v in xs]).reshape(1, 4, 5, 6), dtype=np.float64).ravel()
    assert np.max(np.abs(f64 - np.array([float(v) for v in got]))) < 1e-12


def test_exact_mlp_and_shape_ops_match_fraction_reference():
    rng = np.random.default_rng(1)
    b = GraphBuilder(dtype="f64")
    x = b.input((2, 3))
    W = rng.normal(size=(4, 3))
    h = b.linear(x, b.const(W), b.const(np.full(4, 0.25)), transB=1, alpha=0.5, beta=2.0)
    h = b.leaky_relu(b.transpose(h, perm=(1, 0)), negative_slope=0.125)
    h = b.concat(h, b.neg(h), axis=0)
    h = b.div(b.sub(b.maximum(h, b.const(0.1)), b.const(1.0)), b.const(np.full((8, 2), 4.0)))
    h = b.reduce_mean(b.pad(h, pads=(0, 1, 0, 0), value=0.5), axes=(1,), keepdims=False)
    g = b.build(h)
    xs = [F(1, 3), F(-2, 7), F(5), F(-1, 10), F(0), F(7, 11)]
    got = evaluate(g, xs)[0]
    # reference: the same algebra over lists of Fractions
    X = [xs[:3], xs[3:]]
    Wf = [[F(float(v)) for v in row] for row in W]
    lin = [[F(1, 2) * sum(X[i][k] * Wf[j][k] for k in range(3)) + 2 * F(1, 4) for j in range(4)]
           for i in range(2)]
    t = [[lin[i][j] if lin[i][j] > 0 else F(1, 8) * lin[i][j] for i in range(2)]
         for j in range(4)]
    t = t + [[-v for v in row] for row in t]
    t = [[(max(v, F(0.1)) - 1) / 4 for v in row] for row in t]
    want = [(F(1, 2) + sum(row)) / 3 for row in t]
    assert got == want


def test_exact_maxpool_on_big_integers():
    b = GraphBuilder(dtype="f64")
    x = b.input((1, 2, 5, 5))
    g = b.build(b.maxpool2d(x, kernel_size=(3, 3), stride=(2, 2), padding=(1, 1),
                            ceil_mode=True))
    xs = [F(int(v), 7) * 2**80 for v in np.random.default_rng(0).integers(-50, 50, size=50)]
    got = evaluate(g, xs)[0]
    xa = np.array(xs, dtype=object).reshape(2, 5, 5)
    # window (i, j): rows 2i-1..2i+1 and columns 2j-1..2j+1 clipped to the input
    want = [max(xa[c, r, k] for r in range(max(2 * i - 1, 0), min(2 * i + 2, 5))
                for k in range(max(2 * j - 1, 0), min(2 * j + 2, 5)))
            for c in range(2) for i in range(3) for j in range(3)]
    assert got == want


def test_exact_evaluation_refuses_irrational_ops_and_tolerance_works():
    b = GraphBuilder(dtype="f32")
    x = b.input((1, 1))
    g = b.build(b.tanh(x))
    spec = parse_vnnlib("(declare-const X_0 Real)(declare-const Y_0 Real)"
                        "(assert (>= X_0 0))(assert (<= X_0 1))(assert (>= Y_0 0.7))")
    with pytest.raises(UnsupportedError, match="tanh.*tolerance"):
        check_counterexample(g, spec, ["1"])
    rep = check_counterexample(g, spec, ["1"], tolerance=1e-9)
    assert rep.ok and float(rep.output_margin) == pytest.approx(np.tanh(1.0) - 0.7)
    rep = check_counterexample(g, spec, ["0.5"], tolerance=1e-9)
    assert not rep.ok and "'-Y_0 <= -0.7' violated by" in rep.reason


def test_disjunctive_specs_pick_the_box_and_polytope():
    b = GraphBuilder(dtype="f64")
    x = b.input((2,))
    g = b.build(b.mul(x, b.const(np.array([1.0, -1.0]))))  # y = (x0, -x1)
    spec = parse_vnnlib("""(declare-const X_0 Real)(declare-const X_1 Real)
        (declare-const Y_0 Real)(declare-const Y_1 Real)
        (assert (or (and (>= X_0 0) (<= X_0 1) (>= X_1 0) (<= X_1 1))
                    (and (>= X_0 2) (<= X_0 3) (>= X_1 0) (<= X_1 1))))
        (assert (or (and (>= Y_0 2.5)) (and (<= Y_1 -0.5) (>= Y_0 0.5))))""")
    assert check_counterexample(g, spec, ["2.5", "0"]).disjunct == 1
    rep = check_counterexample(g, spec, ["0.75", "0.75"])
    assert rep.ok and rep.disjunct == 0 and rep.output_margin == F(1, 4)
    rep = check_counterexample(g, spec, ["0.25", "0.75"])
    assert not rep.ok and "output condition not met" in rep.reason
    rep = check_counterexample(g, spec, ["1.5", "0.5"])
    assert not rep.ok and "X_0 = 1.5 is above its upper bound 1 by 0.5" in rep.reason
    with pytest.raises(ShapeError, match="3 inputs"):
        check_counterexample(g, parse_vnnlib(
            "(declare-const X_0 Real)(declare-const X_1 Real)(declare-const X_2 Real)"
            "(assert (and (>= X_0 0) (<= X_0 0) (>= X_1 0) (<= X_1 0) (>= X_2 0) (<= X_2 0)))"),
            ["0", "0", "0"])


# -- the counterexample file format ------
def test_parse_variants():
    a = parse_counterexample("sat\n((X_0 0.5)\n (X_1  -1e-3)\n(Y_0 2))\n")
    b = parse_counterexample("(X_1 -0.001)(X_0 .5)(Y_0 +2.0) ; trailing comment")
    c = parse_counterexample("( (X_0\t0.5) (X_1 -1E-3)\n\n(Y_0 2) )")
    assert a.x == b.x == c.x == (F(1, 2), F(-1, 1000)) and a.y == (F(2),)
    assert a.verdict == "sat" and b.verdict is None


def test_format_round_trips_floats_exactly():
    x = np.array([0.1, -1e-40, 3.4e38, -0.0, 2.0**-149], dtype=np.float32)
    y = np.array([1e-300, -2.5, 0.1])
    c = parse_counterexample(format_counterexample(x, y))
    assert c.verdict == "sat"
    assert c.x == tuple(F(float(v)) for v in x) and c.y == tuple(F(float(v)) for v in y)


@pytest.mark.parametrize("text,match", [
    ("unsat", "not sat"),
    ("((X_0 1) (X_0 2))", "X_0 given twice"),
    ("((X_0 1) (X_2 2))", "X_1 is missing"),
    ("((X_0 nan))", "finite decimal"),
    ("((X_0 1)", "unclosed"),
    ("((X_0 1)))", "unbalanced"),
    ("((Y_0 1))", "no input values"),
    ("((X_0 1 2))", "pair"),
    ("((Z_0 1))", "variable"),
])
def test_parse_errors(text, match):
    with pytest.raises(FormatError, match=match) as e:
        parse_counterexample(text, "c.txt")
    assert "\n" not in str(e.value)


# -- the command ------
@needs_bench
def test_cli_exit_codes_and_messages(capsys, tmp_path):
    from torchsmt.cli import main

    a = BENCH / "acasxu"
    net, prop = a / "ACASXU_run2a_1_5_batch_2000.onnx", a / "prop_2.vnnlib"
    good = a / "counterexamples/cora_2025/ACASXU_run2a_1_5_batch_2000_prop_2.counterexample.gz"
    bad = a / ("counterexamples/rejected/nnenum_2025/"
               "ACASXU_run2a_1_5_batch_2000_prop_2.counterexample.gz")
    assert main(["check-cex", str(net), str(prop), str(good)]) == 0
    assert capsys.readouterr().out.startswith("valid: ")
    assert main(["check-cex", str(net), str(prop), str(bad)]) == 1
    out = capsys.readouterr().out
    assert out.startswith("invalid: input outside the box: X_4 = -0.44999998807907104 is "
                          "above its upper bound -0.45 by 1.19209e-08")
    assert main(["check-cex", str(net), str(prop), str(bad), "--tolerance", "2e-8"]) == 0
    capsys.readouterr()
    nnet = BENCH / "acasxu_nnet" / "ACASXU_experimental_v2a_1_5.nnet"
    assert main(["check-cex", str(nnet), str(prop), str(good)]) == 0
    from torchsmt.ir import save
    from torchsmt.ir.onnx_import import load_onnx

    save(load_onnx(net), tmp_path / "net.json")
    assert main(["check-cex", str(tmp_path / "net.json"), str(prop), str(good)]) == 0
    capsys.readouterr()
    broken = tmp_path / "c.txt"
    broken.write_text("((X_0 0.6) (X_1")
    assert main(["check-cex", str(net), str(prop), str(broken)]) == 2
    err = capsys.readouterr().err
    assert "truncated" in err and err.count("\n") == 1
