"""Float32-sound CROWN vs plain CROWN on the networks of ../shared/benchmarks.

For each network: an input box (around a random point, or the VNNLIB-like box of the net),
plain CROWN time, float32 CROWN time (ratio), how much wider the float32 bounds are, and a
soundness check: N float32 samples (plus box corners, strict executor and BLAS) inside the
float32-sound bounds. Usage: python benchmarks/float32_bench.py [--samples N] [--nets a,b]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import numpy as np

from torchsmt.bounds import crown
from torchsmt.ir.float32 import run_strict32
from torchsmt.ir.onnx_import import load_onnx

ROOT = Path(__file__).resolve().parents[2] / "shared" / "benchmarks"
NETS = {
    "acasxu_1_1": ("acasxu/ACASXU_run2a_1_1_batch_2000.onnx", 0.05),
    "mnist_256x2": ("mnist_fc/onnx/mnist-net_256x2.onnx.gz", 0.02),
    "mnist_256x6": ("mnist_fc/onnx/mnist-net_256x6.onnx.gz", 0.01),
    "oval21_base": ("oval21/onnx/cifar_base_kw.onnx.gz", 0.003),
    "test_small": ("test/test_small.onnx", 0.5),
    "test_tiny": ("test/test_tiny.onnx", 0.5),
    "test_sat": ("test/test_sat.onnx", 0.05),
}
EPS = {"acasxu": 0.05, "mnist_fc": 0.01, "oval21": 0.003, "test": 0.05}


def all_nets() -> dict[str, tuple[str, float]]:
    """Every network file under ../shared/benchmarks (ACAS Xu, mnist_fc, oval21, test)."""
    out = {}
    for fam, eps in EPS.items():
        for f in sorted((ROOT / fam).rglob("*.onnx*")):
            out[f"{fam}/{f.name.split('.onnx')[0]}"] = (str(f.relative_to(ROOT)), eps)
    return out


def box_of(g, eps: float, seed: int = 0):
    shape = g.node(g.inputs[0]).shape
    rng = np.random.default_rng(seed)
    c = rng.uniform(0.2, 0.8, shape).astype(np.float32).astype(np.float64)
    return c - eps, c + eps


def samples_in_box(lo, hi, n: int, seed: int = 1) -> np.ndarray:
    """n float32 points in [lo, hi]: uniform, plus corners-ish (each coordinate at an end)."""
    rng = np.random.default_rng(seed)
    x = rng.uniform(lo, hi, (n,) + lo.shape)
    x[: n // 4] = np.where(rng.random((n // 4,) + lo.shape) < 0.5, lo, hi)
    x = x.astype(np.float32)
    lo32 = np.nextafter(lo.astype(np.float32), np.float32(np.inf))  # stay inside after rounding
    hi32 = np.nextafter(hi.astype(np.float32), np.float32(-np.inf))
    return np.clip(x, np.maximum(lo32, lo), np.minimum(hi32, hi)).astype(np.float32)


def rebatch(g, n: int):
    """The graph with its input's leading (batch) dimension 1 replaced by n, shapes re-derived by
    the builder; None when that does not type-check (e.g. a reshape naming the batch size).
    Per sample the strict executor computes the same bits: its order is per output element."""
    from torchsmt.ir import GraphBuilder, TorchSMTError

    inp = g.node(g.inputs[0])
    if len(g.inputs) != 1 or not inp.shape or inp.shape[0] != 1:
        return None
    b = GraphBuilder(g.registry, dtype=inp.dtype)
    ids: dict[int, int] = {}
    try:
        for nd in g.nodes:
            if nd.op == "input":
                ids[nd.id] = b.input((n,) + inp.shape[1:], name=nd.name)
            elif nd.op == "const":
                ids[nd.id] = b.const(g.consts[nd.id], name=nd.name)
            else:
                ids[nd.id] = b.op(nd.op, *(ids[a] for a in nd.args), node_name=nd.name, **nd.p)
        out = b.build(ids[g.outputs[0]])
    except TorchSMTError:
        return None
    return out if out.node(out.outputs[0]).shape[:1] == (n,) else None


def run_samples(g, xs: np.ndarray, mode: str, chunk: int = 1000) -> np.ndarray:
    """Outputs (n, *out_shape[1:]) of the float32 execution on each sample (batched in chunks
    when the graph re-types with a batch axis, else one run per sample)."""
    if len(xs) > chunk:
        return np.concatenate([run_samples(g, xs[i:i + chunk], mode, chunk)
                               for i in range(0, len(xs), chunk)])
    gb = rebatch(g, len(xs))
    if gb is not None:
        return np.asarray(run_strict32(gb, xs.reshape((len(xs),) + xs.shape[2:]), mode=mode))
    return np.stack([np.asarray(run_strict32(g, x, mode=mode))[0] for x in xs])


def check_net(name: str, n_samples: int, reps: int = 9) -> dict:
    path, eps = {**NETS, **all_nets()}[name]
    g = load_onnx(ROOT / path)
    lo, hi = box_of(g, eps)
    t64, t32 = [], []
    for _ in range(reps):  # interleaved, min of reps, CPU time: robust on a shared machine
        t0 = time.process_time()
        r64 = crown(g, lo, hi)
        t64.append(time.process_time() - t0)
        t0 = time.process_time()
        r32 = crown(g, lo, hi, semantics="float32")
        t32.append(time.process_time() - t0)
    t_plain, t_f32 = min(t64), min(t32)
    xs = samples_in_box(lo, hi, n_samples)
    outside = outside_real = 0
    for mode in ("strict", "deployment"):
        ys = run_samples(g, xs, mode).astype(np.float64)
        ys = ys.reshape((len(xs),) + r32.lower.shape)
        outside += int(np.sum(np.any((ys < r32.lower) | (ys > r32.upper),
                                     axis=tuple(range(1, ys.ndim)))))
        outside_real += int(np.sum(np.any((ys < r64.lower) | (ys > r64.upper),
                                          axis=tuple(range(1, ys.ndim)))))
    widen = float(np.max((r32.upper - r32.lower) - (r64.upper - r64.lower)))
    return {"net": name, "crown_s": t_plain, "f32_s": t_f32, "ratio": t_f32 / t_plain,
            "widen": widen, "samples": n_samples, "outside_f32": outside,
            "outside_real": outside_real}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--samples", type=int, default=10_000)
    ap.add_argument("--nets", default=",".join(NETS), help="comma list, or 'all'")
    ap.add_argument("--reps", type=int, default=9)
    a = ap.parse_args(argv)
    print(f"{'net':30s} {'crown s':>9s} {'f32 s':>9s} {'ratio':>6s} {'max widen':>10s} "
          f"{'samples':>8s} {'out(f32)':>8s} {'out(real)':>9s}")
    names = list(all_nets()) if a.nets == "all" else a.nets.split(",")
    for name in names:
        r = check_net(name, a.samples, a.reps)
        print(f"{r['net']:30s} {r['crown_s']:9.4f} {r['f32_s']:9.4f} {r['ratio']:6.2f} "
              f"{r['widen']:10.3g} {r['samples']:8d} {r['outside_f32']:8d} "
              f"{r['outside_real']:9d}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
