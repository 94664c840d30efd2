""".nnet import: the ACAS Xu .nnet files compute what the ONNX versions compute (normalized
space), the physical mode adds clipping and (de)normalization, malformed files name the line."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from torchsmt.ir.errors import FormatError
from torchsmt.ir.nnet import load_nnet, read_nnet
from torchsmt.ir.onnx_import import load_onnx

BENCH = Path(__file__).resolve().parents[1].parent / "shared" / "benchmarks"
needs_bench = pytest.mark.skipif(not BENCH.is_dir(), reason=f"benchmarks not found at {BENCH}")


def _pairs(subset: bool) -> list[tuple[str, str]]:
    if not BENCH.is_dir():
        return []
    ids = [f"{i}_{j}" for i in range(1, 6) for j in range(1, 10)]
    return [(i, i) for i in (["1_1", "3_3", "5_9"] if subset else ids)]


def _agree(ij: str) -> float:
    gn = load_nnet(BENCH / "acasxu_nnet" / f"ACASXU_experimental_v2a_{ij}.nnet",
                   input_shape=(1, 1, 1, 5))
    go = load_onnx(BENCH / "acasxu" / f"ACASXU_run2a_{ij}_batch_2000.onnx")
    rng = np.random.default_rng(0)
    worst = 0.0
    for _ in range(50):  # the normalized input domain of the ACAS Xu properties
        x = rng.uniform(-0.5, 0.5, size=(1, 1, 1, 5)).astype(np.float32)
        x[0, 0, 0, 0] = rng.uniform(-0.33, 0.68)
        worst = max(worst, float(np.max(np.abs(gn.run(x) - go.run(x)))))
    return worst


@needs_bench
@pytest.mark.parametrize("ij", [p[0] for p in _pairs(True)])
def test_nnet_matches_onnx(ij):
    assert _agree(ij) <= 1e-5


@needs_bench
@pytest.mark.slow
@pytest.mark.parametrize("ij", [p[0] for p in _pairs(False)])
def test_every_nnet_matches_onnx(ij):
    assert _agree(ij) <= 1e-5


@needs_bench
def test_weights_are_the_onnx_weights():
    net = read_nnet(BENCH / "acasxu_nnet" / "ACASXU_experimental_v2a_2_4.nnet")
    go = load_onnx(BENCH / "acasxu" / "ACASXU_run2a_2_4_batch_2000.onnx")
    ws = [go.consts[n.id] for n in go.nodes if n.op == "const" and n.name.endswith("MatMul_W")]
    assert len(ws) == len(net.weights) == 7
    for a, w in zip(net.weights, ws, strict=True):
        np.testing.assert_array_equal(a.astype(np.float32).T, w)


@needs_bench
def test_physical_mode_clips_and_normalizes():
    path = BENCH / "acasxu_nnet" / "ACASXU_experimental_v2a_1_1.nnet"
    net = read_nnet(path)
    assert net.means[:5].tolist() == [19791.091, 0.0, 0.0, 650.0, 600.0]
    gn, gp = load_nnet(path, dtype="f64"), load_nnet(path, dtype="f64", physical=True)
    rng = np.random.default_rng(1)
    raw = rng.uniform(net.mins - 0.2 * (net.maxs - net.mins), net.maxs * 1.2, size=(40, 5))
    for r in raw:
        norm = (np.clip(r, net.mins, net.maxs) - net.means[:5]) / net.ranges[:5]
        want = gn.run(norm.reshape(1, 5)) * net.ranges[5] + net.means[5]
        np.testing.assert_allclose(gp.run(r.reshape(1, 5)), want, rtol=1e-12, atol=1e-9)
    assert {"clip_min", "clip_max", "normalize", "output"} <= {n.name for n in gp.nodes}


TINY = """// a 2-2-1 network
2,2,1,2,
2,2,1,
0,
-1.0,-1.0,
1.0,1.0,
0.0,0.5,1.0,
2.0,1.0,4.0,
1.0,-1.0,
0.5,0.5,
0.0,
-1.0,
1.0,2.0,
0.25,
"""


def test_tiny_file(tmp_path):
    p = tmp_path / "t.nnet"
    p.write_text(TINY)
    g = load_nnet(p, dtype="f64")
    x = np.array([[0.5, -0.25]])
    h = np.maximum(np.array([[1.0, -1.0], [0.5, 0.5]]) @ x[0] + [0.0, -1.0], 0)
    assert g.run(x)[0, 0] == pytest.approx(h @ [1.0, 2.0] + 0.25)
    gp = load_nnet(p, dtype="f64", physical=True)
    r = np.array([[3.0, 0.0]])  # clipped to 1.0, then (1 - 0) / 2 and (0 - 0.5) / 1
    assert gp.run(r)[0, 0] == pytest.approx(g.run(np.array([[0.5, -0.5]]))[0, 0] * 4.0 + 1.0)


@pytest.mark.parametrize("edit,match", [
    (lambda t: t.replace("0.5,0.5,", "0.5,x,"), ":10: expected a number, got 'x'"),
    (lambda t: t[:t.index("1.0,2.0,")], "file ends before layer 2 weights"),
    (lambda t: t.replace("2,2,1,\n", "3,2,1,\n"), "layer sizes"),
    (lambda t: t + "7,\n", ":15: unexpected data"),
    (lambda t: t.replace("2.0,1.0,4.0,", "0.0,1.0,4.0,"), "range is 0"),
    (lambda t: t.replace("0.25,", "nan,"), "expected a number"),
])
def test_malformed_files(tmp_path, edit, match):
    p = tmp_path / "bad.nnet"
    p.write_text(edit(TINY))
    with pytest.raises(FormatError, match=match) as e:
        load_nnet(p)
    assert "\n" not in str(e.value)
