"""Bounds through the device seam: the same bodies run on NumPy (always) and CuPy (with CUDA).

On the CPU these cover the logic of the GPU path: ``device=``/``dtype=`` plumbing (every array of
a float32 run stays float32), results back as NumPy, batching, chunking (same bounds as one
pass), certificates carrying the producer's device and dtype and accepted by the CPU checker.
"""

from __future__ import annotations

import numpy as np
import pytest
from test_bounds_nets import build

import torchsmt.bounds as tb
from torchsmt.formal import check_certificate
from torchsmt.gpu import DeviceUnavailableError, cuda_available
from torchsmt.ir import UnsupportedError

KINDS = ("mlp", "cnn", "residual", "maxpool", "leaky_abs")
F32 = 2e-5  # float32 against float64: relative (to max(1, |bound|)) tolerance


def _spec(n_out: int = 4) -> np.ndarray:
    return np.eye(n_out)[:3] - np.eye(n_out)[3]


def _close(a, b, tol):
    a, b = np.asarray(a), np.asarray(b)
    assert a.shape == b.shape and isinstance(a, np.ndarray)
    assert float(np.max(np.abs(a - b) / np.maximum(1.0, np.abs(b)))) <= tol


@pytest.mark.parametrize("kind", KINDS)
def test_device_path_equals_default_path(kind, device):
    g, lo, hi = build(kind)
    C = _spec()
    exact = 0.0 if device == "cpu" else 1e-9  # GPU float64: reduction order differs
    for f, kw in ((tb.ibp, {}), (tb.crown, {}), (tb.alpha_crown, {"iters": 5})):
        ref = f(g, lo, hi, C=C, **kw)
        got = f(g, lo, hi, C=C, device=device, **kw)
        _close(got.lower, ref.lower, exact)
        _close(got.upper, ref.upper, exact)
        assert all(isinstance(v[0], np.ndarray) for v in got.bounds.values())


@pytest.mark.parametrize("kind", ("mlp", "cnn", "maxpool"))
def test_float32_stays_float32_and_near_float64(kind, device):
    g, lo, hi = build(kind)
    ref = tb.crown(g, lo, hi, C=_spec())
    got = tb.crown(g, lo, hi, C=_spec(), device=device, dtype="float32")
    assert got.lower.dtype == np.float32
    assert {v[0].dtype for k, v in got.bounds.items() if k != g.inputs[0]} <= {np.dtype("f4")}
    _close(got.lower, ref.lower, F32)
    _close(got.upper, ref.upper, F32)


def test_float32_box_is_rounded_outward():
    g, lo, hi = build("mlp")
    lo, hi = lo + 1e-9, hi - 1e-9  # not float32 numbers
    r = tb.ibp(g, lo, hi, dtype="float32")
    blo, bhi = r.bounds[g.inputs[0]]
    assert np.all(blo.astype(np.float64) <= lo) and np.all(bhi.astype(np.float64) >= hi)


def test_batch_of_boxes_in_one_pass(device):
    g, lo, hi = build("residual")
    shift = np.random.default_rng(5).uniform(-0.2, 0.2, size=(4,) + lo.shape)
    los, his = lo[None] + shift, hi[None] + shift
    batch = tb.crown(g, los, his, C=_spec(), device=device)
    for i in range(4):
        one = tb.crown(g, los[i], his[i], C=_spec())
        _close(batch.lower[i], one.lower, 1e-10)
        _close(batch.upper[i], one.upper, 1e-10)


@pytest.mark.parametrize("kind", ("mlp", "cnn", "residual", "maxpool"))
@pytest.mark.parametrize("budget", (20_000, 600_000))  # row chunks / box chunks
def test_chunked_passes_equal_one_pass(kind, budget, device):
    g, lo, hi = build(kind)
    shift = np.random.default_rng(2).uniform(-0.1, 0.1, size=(3,) + lo.shape)
    los, his = lo[None] + shift, hi[None] + shift
    C = np.random.default_rng(3).normal(size=(40, 4))  # a large specification
    for f, kw in ((tb.ibp, {}), (tb.crown, {}), (tb.alpha_crown, {"iters": 4})):
        one = f(g, los, his, C=C, device=device, **kw)
        ch = f(g, los, his, C=C, device=device, max_memory=budget, **kw)
        _close(ch.lower, one.lower, 1e-12)
        _close(ch.upper, one.upper, 1e-12)
        for k, (a, b) in one.bounds.items():
            _close(ch.bounds[k][0], a, 1e-12)
            _close(ch.bounds[k][1], b, 1e-12)


def test_chunk_plans_cover_the_grid_once():
    from torchsmt.bounds.engine import Engine

    g, lo, hi = build("cnn")
    los = np.repeat(lo[None], 5, axis=0)
    his = np.repeat(hi[None], 5, axis=0)
    e = Engine(g, los, his, max_memory=1)
    for S in (1, 7):
        for cap in (1, 3, 7, 12, 100):
            e.max_memory = cap * e.row_bytes(g.outputs[0])
            plan = e.chunk_plan(g.outputs[0], S)
            seen = np.zeros((5, S), int)
            for b0, b1, s0, s1 in plan or [(0, 5, 0, S)]:
                assert (b1 - b0) * (s1 - s0) <= max(cap, 1)
                seen[b0:b1, s0:s1] += 1
            assert np.all(seen == 1)


def test_chunking_lowers_peak_memory():
    import tracemalloc

    g, lo, hi = build("mlp")
    los = np.repeat(lo[None], 64, axis=0)
    his = np.repeat(hi[None], 64, axis=0)
    C = np.random.default_rng(0).normal(size=(256, 4))
    peaks = []
    for budget in (None, 200_000):
        tracemalloc.start()
        tb.crown(g, los, his, C=C, max_memory=budget)
        peaks.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
    assert peaks[1] < peaks[0] / 3, peaks


@pytest.mark.parametrize("dtype", ("float64", "float32"))
@pytest.mark.parametrize("kind", ("mlp", "cnn", "residual"))
def test_certificate_records_producer_and_cpu_checker_accepts(kind, dtype, device):
    g, lo, hi = build(kind)
    cert = tb.certify(g, lo, hi, C=_spec(), method="alpha", iters=5, device=device, dtype=dtype)
    assert cert.doc["device"] == device and cert.doc["dtype"] == dtype
    assert cert.lower.dtype == np.float64
    rep = check_certificate(g, cert.to_json())
    assert rep.ok, rep.failure
    assert (rep.device, rep.dtype) == (device, dtype)
    ref = tb.certify(g, lo, hi, C=_spec(), method="alpha", iters=5)
    _close(cert.lower, ref.lower, 1e-9 if dtype == "float64" and device == "cpu" else 1e-3)


def test_chunked_certificate_is_accepted(device):
    g, lo, hi = build("residual")
    los = np.stack([lo, lo + 0.05])
    his = np.stack([hi, hi + 0.05])
    one = tb.certify(g, los, his, C=_spec(), iters=4, device=device)
    ch = tb.certify(g, los, his, C=_spec(), iters=4, device=device, max_memory=30_000)
    _close(ch.lower, one.lower, 1e-12)
    rep = check_certificate(g, ch.to_json())
    assert rep.ok, rep.failure


def test_producer_fields_do_not_change_the_verdict():
    import json

    g, lo, hi = build("mlp")
    doc = json.loads(tb.certify(g, lo, hi, C=_spec(), method="crown").to_json())
    doc["device"], doc["dtype"] = "cuda", "float32"
    assert check_certificate(g, json.dumps(doc)).ok
    doc["claim"]["lower"][0] += 1.0
    assert not check_certificate(g, json.dumps(doc)).ok
    doc["device"] = 3
    assert check_certificate(g, json.dumps(doc)).unusable


def test_bad_dtype_and_float32_semantics_on_device_are_typed_errors():
    from torchsmt.ir import ShapeError

    g, lo, hi = build("mlp")
    with pytest.raises(ShapeError, match="dtype"):
        tb.crown(g, lo, hi, dtype="float16")
    with pytest.raises(UnsupportedError, match="CPU"):
        tb.crown(g, lo, hi, semantics="float32", dtype="float32")


@pytest.mark.skipif(cuda_available(), reason="CUDA present: absence path not testable")
def test_cuda_absent_is_one_clear_error(capsys):
    from torchsmt.cli import main

    g, lo, hi = build("mlp")
    for f in (tb.ibp, tb.crown, tb.alpha_crown, tb.certify):
        with pytest.raises(DeviceUnavailableError, match="unavailable"):
            f(g, lo, hi, device="cuda")
    assert main(["demo", "--device", "cuda", "--only", "gpu"]) == 0
    out = capsys.readouterr().out
    assert "CUDA is absent" in out and "VALID" in out and "Traceback" not in out


@pytest.mark.skipif(cuda_available(), reason="CUDA present: absence path not testable")
def test_bounds_cli_device_cuda_absent(tmp_path, capsys):
    from torchsmt.cli import main
    from torchsmt.ir import save

    g, lo, hi = build("mlp")
    path = tmp_path / "g.json"
    save(g, path)
    rc = main(["bounds", str(path), "--input-box", "0", "0.1", "--device", "cuda"])
    err = capsys.readouterr().err
    assert rc == 2 and "unavailable" in err and len(err.strip().splitlines()) == 1


def test_bounds_cli_device_cpu_float32(tmp_path, capsys):
    from torchsmt.cli import main
    from torchsmt.ir import save

    g, lo, hi = build("mlp")
    path = tmp_path / "g.json"
    save(g, path)
    assert main(["bounds", str(path), "--input-box", "0", "0.1", "--device", "cpu",
                 "--dtype", "float32", "--cert", str(tmp_path / "c.json")]) == 0
    assert "certificate written" in capsys.readouterr().out
    assert check_certificate(g, (tmp_path / "c.json").read_text()).ok


def test_run_graph_on_device(device):
    from torchsmt.gpu import run_graph

    g, lo, hi = build("cnn")
    x = (lo + hi) / 2
    np.testing.assert_allclose(run_graph(g, x, device=device), g.run(x), rtol=1e-12, atol=1e-12)


@pytest.mark.skipif(cuda_available(), reason="CUDA present: the full benchmark is a device run")
def test_gpu_bench_without_cuda_prints_cpu_column(capsys):
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "benchmarks" / "gpu_bench.py"
    spec = importlib.util.spec_from_file_location("gpu_bench", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    rc = mod.main(["--nets", "mlp", "--methods", "ibp", "crown", "--batch", "4", "--batch-nets",
                   "mlp", "--cpu-batch", "2", "--repeat", "1"])
    out = capsys.readouterr().out
    assert rc == 0 and "CUDA absent" in out and "mlp x4" in out and "~" in out
    g, lo, hi, label = mod.network("oval", "/nonexistent/cifar_base_kw.onnx.gz")
    assert label == "oval-synth" and "stands in" in capsys.readouterr().out
    assert g.node(g.inputs[0]).shape == (1, 3, 32, 32) and g.node(g.outputs[0]).shape == (1, 10)
