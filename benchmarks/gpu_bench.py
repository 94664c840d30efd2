r"""GPU (CuPy) against CPU (NumPy) bound propagation, side by side, with the CPU checker as judge.

    python benchmarks/gpu_bench.py [--nets mlp cnn oval res] [--methods ibp crown alpha]
                                   [--batch 1024] [--batch-nets mlp oval] [--cpu-batch 32]
                                   [--threads 2] [--oval FILE]

Networks: the 784-5x256-10 ReLU MLP, the 2-conv CNN and the residual block of bounds_bench.py, and
oval21's cifar_base_kw (``--oval``, loaded with torchsmt.ir.load_model; a synthetic net of the same
shape when the file is absent, with a printed note). For each: IBP, CROWN and alpha-CROWN (20
iterations) on one box, then IBP and CROWN on a batch of ``--batch`` boxes (``--batch-nets``: the
MLP and cifar_base_kw; the conv nets' dense batched rows would take the CPU an hour). Columns:
NumPy time (``--threads`` BLAS threads, default 2 like the developers' machine; the batch's CPU
time is extrapolated from ``--cpu-batch`` boxes, marked ~), CuPy float64 and float32 times (best
of ``--repeat`` after a warm-up call that compiles the kernels; results copied back to the host
included), speed-ups, the largest relative bound difference to NumPy (float64: 1e-9; float32:
1e-4; alpha-CROWN's optimizer may take another path: 1e-6 / 1e-3), and the GPU memory pool's peak.
Then, per network, a CROWN certificate produced on the GPU in float32 and in float64 is checked
by the CPU checker (float64, outward-rounded): both must be VALID. Exit 1 when a check fails.
Without CUDA the CPU column is printed with one "CUDA absent" line (exit 0).

On a lent GPU machine (H100/H200; its image has CuPy, cupy-cuda13x 14.2, numpy, onnx, scipy,
networkx; too large to carry, cupy is not brought): first, here, once per code change,

    .venv/bin/python benchmarks/gpu_bench.py --prepare

(copies cifar_base_kw.onnx.gz and a torchsmt wheel into .gpu/, adds /.gpu/ to .git/info/exclude),
then the one device command, with carry [".gpu"] and timeout_s 560 (expected: 3-5 minutes):

    set -o pipefail; python3 -c "import cupy" && python3 -m pip install -q --no-index \
      --no-deps --target /tmp/site .gpu/torchsmt-*.whl && PYTHONPATH=/tmp/site \
      PYTHONUNBUFFERED=1 python3 benchmarks/gpu_bench.py --oval .gpu/cifar_base_kw.onnx.gz \
      2>&1 | tee $OUT/gpu_bench.txt
"""

from __future__ import annotations

import os
import sys


def _early_threads(argv: list[str]) -> None:
    """BLAS threads must be fixed before NumPy loads."""
    n = "2"
    if "--threads" in argv:
        i = argv.index("--threads")
        if i + 1 < len(argv):
            n = argv[i + 1]
    for k in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(k, n)


if __name__ == "__main__":
    _early_threads(sys.argv)

import argparse  # noqa: E402
import shutil  # noqa: E402
import subprocess  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bounds_bench import build  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
OVAL = ROOT.parent / "shared" / "benchmarks" / "oval21" / "onnx" / "cifar_base_kw.onnx.gz"
TOL = {("ibp", "float64"): 1e-9, ("crown", "float64"): 1e-9, ("alpha", "float64"): 1e-6,
       ("ibp", "float32"): 1e-4, ("crown", "float32"): 1e-4, ("alpha", "float32"): 1e-3}


def prepare(folder: Path) -> int:
    """Copy the oval21 network and build the torchsmt wheel into ``folder`` (ignored by git)."""
    folder.mkdir(exist_ok=True)
    if OVAL.exists():
        shutil.copy(OVAL, folder / OVAL.name)
    else:
        print(f"note: {OVAL} absent; the device run will use a synthetic net of the same shape")
    for old in folder.glob("torchsmt-*.whl"):
        old.unlink()
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps",
                    "--no-build-isolation", "-w", str(folder), str(ROOT)], check=True)
    exclude = ROOT / ".git" / "info" / "exclude"
    line = f"/{folder.resolve().relative_to(ROOT)}/"
    if exclude.parent.exists() and line not in exclude.read_text().splitlines():
        with open(exclude, "a") as f:
            f.write(line + "\n")
    print(f"prepared {folder}: {sorted(p.name for p in folder.iterdir())}; carry "
          f"['{folder.name}'] and run the device command in this script's docstring")
    return 0


def synthetic_oval(seed: int = 0):
    """cifar_base_kw's shape: 3x32x32 -> conv8 4x4/2 -> conv16 4x4/2 -> 100 -> 10 (ReLU)."""
    from torchsmt.ir import GraphBuilder

    rng = np.random.default_rng(seed)
    b = GraphBuilder()
    h = b.input((1, 3, 32, 32))
    for cin, cout in ((3, 8), (8, 16)):
        w = rng.normal(size=(cout, cin, 4, 4)) * np.sqrt(2.0 / (cin * 16))
        h = b.op("relu", b.op("conv2d", h, b.const(w), b.const(np.zeros(cout)), stride=(2, 2),
                              padding=(1, 1)))
    h = b.op("flatten", h)
    for n_in, n_out, act in ((16 * 8 * 8, 100, True), (100, 10, False)):
        h = b.op("linear", h, b.const(rng.normal(size=(n_in, n_out)) * np.sqrt(2.0 / n_in)),
                 b.const(np.zeros(n_out)))
        h = b.op("relu", h) if act else h
    return b.build(h)


def network(name: str, oval: str | None):
    if name != "oval":
        g, _, lo, hi = build(name)
        return g, lo, hi, name
    path = Path(oval) if oval else OVAL
    if path.exists():
        from torchsmt.ir import load_model

        g, label = load_model(path), "cifar_base_kw"
    else:
        print(f"note: {path} absent: a synthetic net of cifar_base_kw's shape stands in")
        g, label = synthetic_oval(), "oval-synth"
    x0 = np.random.default_rng(0).uniform(0.0, 1.0, size=g.node(g.inputs[0]).shape)
    return g, x0 - 2 / 255, x0 + 2 / 255, label


def boxes(lo: np.ndarray, hi: np.ndarray, n: int, seed: int = 1):
    shift = np.random.default_rng(seed).uniform(-0.5, 0.5, size=(n,) + lo.shape) * (hi - lo)
    return lo[None] + shift, hi[None] + shift


def best_of(f, repeat: int):
    t_best, out = float("inf"), None
    for _ in range(repeat):
        t = time.perf_counter()
        out = f()
        t_best = min(t_best, time.perf_counter() - t)
    return t_best, out


def rel_diff(a, b) -> float:
    a, b = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
    return float(np.max(np.abs(a - b) / np.maximum(1.0, np.abs(b))))


def run_one(tb, method: str, g, lo, hi, iters: int, **kw):
    if method == "ibp":
        return tb.ibp(g, lo, hi, **kw)
    if method == "crown":
        return tb.crown(g, lo, hi, **kw)
    return tb.alpha_crown(g, lo, hi, iters=iters, **kw)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--nets", nargs="*", default=["mlp", "cnn", "oval", "res"])
    ap.add_argument("--methods", nargs="*", default=["ibp", "crown", "alpha"])
    ap.add_argument("--batch", type=int, default=1024, help="boxes in the batch rows (0: none)")
    ap.add_argument("--batch-nets", nargs="*", default=["mlp", "oval"])
    ap.add_argument("--cpu-batch", type=int, default=32, help="boxes the CPU batch time is "
                    "measured on (then scaled to --batch)")
    ap.add_argument("--alpha-iters", type=int, default=20)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--threads", type=int, default=2, help="NumPy BLAS threads")
    ap.add_argument("--oval", help="cifar_base_kw.onnx.gz (default: ../shared/benchmarks/oval21)")
    ap.add_argument("--prepare", nargs="?", const=".gpu", metavar="DIR",
                    help="here, before a device run: copy the network and a wheel into DIR")
    args = ap.parse_args(argv)
    if args.prepare:
        return prepare(ROOT / args.prepare)
    import torchsmt.bounds as tb
    from torchsmt.formal import check_certificate
    from torchsmt.gpu import cuda_available, cuda_unavailable_reason

    gpu = cuda_available()
    if gpu:
        import cupy

        pool = cupy.get_default_memory_pool()
        props = cupy.cuda.runtime.getDeviceProperties(cupy.cuda.Device().id)
        card = props["name"].decode() if isinstance(props["name"], bytes) else props["name"]
        print(f"GPU: {card}, CuPy {cupy.__version__}; CPU: NumPy {np.__version__}, "
              f"{os.environ.get('OMP_NUM_THREADS')} BLAS thread(s), {os.cpu_count()} cores")
    else:
        print(f"CUDA absent: {cuda_unavailable_reason()} -- CPU column only")
        print(f"CPU: NumPy {np.__version__}, {os.environ.get('OMP_NUM_THREADS')} BLAS thread(s)")
    rows, failures = [], []

    def measure(label, method, g, lo, hi, cpu_part=None):
        """One row. ``cpu_part``: the first boxes of a batch, the CPU time is scaled from."""
        rep = args.repeat if method != "alpha" and cpu_part is None else 1
        cl, ch = (lo, hi) if cpu_part is None else (lo[:cpu_part], hi[:cpu_part])
        t_cpu, r_cpu = best_of(lambda: run_one(tb, method, g, cl, ch, args.alpha_iters), rep)
        scale = 1.0 if cpu_part is None else lo.shape[0] / cpu_part
        row = {"net": label, "method": method, "cpu": t_cpu * scale, "est": scale != 1}
        for dt in ("float64", "float32") if gpu else ():
            def f(lo=lo, hi=hi, dt=dt):
                return run_one(tb, method, g, lo, hi, args.alpha_iters, device="cuda", dtype=dt)
            # warm-up (CuPy compiles each kernel on first use; two boxes do for a batch)
            f(lo, hi) if cpu_part is None else f(lo[:2], hi[:2])
            pool.free_all_blocks()
            t, r = best_of(f, args.repeat if cpu_part is None else min(2, args.repeat))
            n = cl.shape[0] if cpu_part is not None else None
            d = max(rel_diff(r.lower[:n], r_cpu.lower), rel_diff(r.upper[:n], r_cpu.upper))
            row[dt] = (t, d, pool.total_bytes() / 2**20)
            if d > TOL[(method, dt)]:
                failures.append(f"{label} {method} {dt}: GPU/CPU bounds differ by {d:.2e}")
        rows.append(row)
        print_row(row, gpu)

    print_header(gpu)
    for name in args.nets:
        g, lo, hi, label = network(name, args.oval)
        for method in args.methods:
            measure(label, method, g, lo, hi)
        if args.batch > 0 and name in args.batch_nets:
            L, H = boxes(lo, hi, args.batch)
            for method in [m for m in args.methods if m != "alpha"]:
                measure(f"{label} x{args.batch}", method, g, L, H,
                        min(args.cpu_batch, args.batch))
        if gpu:
            for dt in ("float32", "float64"):
                t0 = time.perf_counter()
                cert = tb.certify(g, lo, hi, method="crown", device="cuda", dtype=dt)
                t_cert = time.perf_counter() - t0
                rep = check_certificate(g, cert.to_json())
                print(f"   {label}: CROWN certificate made on {rep.device} in {rep.dtype} in "
                      f"{t_cert:.3f} s; CPU checker: {'VALID' if rep.ok else 'INVALID'} in "
                      f"{rep.seconds:.3f} s" + ("" if rep.ok else f" ({rep.failure})"))
                if not rep.ok:
                    failures.append(f"{label} {dt} certificate rejected: {rep.failure}")
    if not gpu:
        print(f"CUDA absent: {cuda_unavailable_reason()}")
    for f in failures:
        print(f"FAIL: {f}")
    print("all GPU bounds within tolerance and every GPU certificate VALID" if gpu and not failures
          else ("" if not gpu else f"{len(failures)} failure(s)"))
    return 1 if failures else 0


def print_header(gpu: bool) -> None:
    h = f"{'net':18} {'method':6} {'cpu s':>9}"
    if gpu:
        h += (f" {'gpu64 s':>9} {'x64':>7} {'d64':>8} {'gpu32 s':>9} {'x32':>7} {'d32':>8}"
              f" {'pool MiB':>8}")
    print(h)


def print_row(r: dict, gpu: bool) -> None:
    cpu = f"{'~' if r['est'] else ''}{r['cpu']:.4f}"
    s = f"{r['net']:18} {r['method']:6} {cpu:>9}"
    if gpu:
        t64, d64, m64 = r["float64"]
        t32, d32, m32 = r["float32"]
        s += (f" {t64:9.4f} {r['cpu'] / t64:7.1f} {d64:8.1e} {t32:9.4f} {r['cpu'] / t32:7.1f}"
              f" {d32:8.1e} {max(m64, m32):8.1f}")
    print(s, flush=True)


if __name__ == "__main__":
    sys.exit(main())
