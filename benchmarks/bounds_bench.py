"""IBP / CROWN / alpha-CROWN time and tightness, and certify vs check time, on three networks.

    python benchmarks/bounds_bench.py [--lirpa] [--threads 1] [--repeat 3] [--nets mlp cnn res]

Networks (fixed seeds, He-initialised, inputs in [0, 1]): the 784-5x256-10 ReLU MLP, a 2-conv CNN
(1x28x28 -> conv16 4x4/2 -> conv32 4x4/2 -> 100 -> 10) and a residual conv block
(3x16x16 -> conv8 3x3 -> relu -> conv8 3x3 + skip -> relu -> 10). ``--lirpa`` compares with
auto_LiRPA (CROWN = method 'backward', IBP) in the same process when torch and auto_LiRPA import;
torchsmt depends on neither.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import tracemalloc

import numpy as np


def _threads(n: int) -> None:
    for k in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[k] = str(n)


def build(name: str, seed: int = 0):
    """(graph, layers, lower, upper): layers is a plain description auto_LiRPA can rebuild."""
    from torchsmt.ir import GraphBuilder

    rng = np.random.default_rng(seed)
    b = GraphBuilder()
    layers = []

    def lin(h, n_in, n_out):
        w = rng.normal(size=(n_in, n_out)) * np.sqrt(2.0 / n_in)
        c = rng.normal(size=(n_out,)) * 0.05
        layers.append(("linear", w, c))
        return b.op("linear", h, b.const(w), b.const(c))

    def conv(h, cin, cout, k, s, p):
        w = rng.normal(size=(cout, cin, k, k)) * np.sqrt(2.0 / (cin * k * k))
        c = rng.normal(size=(cout,)) * 0.05
        layers.append(("conv", w, c, s, p))
        return b.op("conv2d", h, b.const(w), b.const(c), stride=(s, s), padding=(p, p))

    def relu(h):
        layers.append(("relu",))
        return b.op("relu", h)

    if name == "mlp":
        x = b.input((1, 784))
        h = x
        for i in range(5):
            h = relu(lin(h, 784 if i == 0 else 256, 256))
        out = lin(h, 256, 10)
        eps, shape = 0.015, (1, 784)
    elif name == "cnn":
        x = b.input((1, 1, 28, 28))
        h = relu(conv(x, 1, 16, 4, 2, 1))
        h = relu(conv(h, 16, 32, 4, 2, 1))
        layers.append(("flatten",))
        h = b.op("flatten", h)
        h = relu(lin(h, 32 * 7 * 7, 100))
        out = lin(h, 100, 10)
        eps, shape = 0.02, (1, 1, 28, 28)
    elif name == "res":
        x = b.input((1, 3, 16, 16))
        h0 = relu(conv(x, 3, 8, 3, 1, 1))
        layers.append(("save",))
        h = relu(conv(h0, 8, 8, 3, 1, 1))
        h = conv(h, 8, 8, 3, 1, 1)
        layers.append(("addsaved",))
        h = relu(b.op("add", h, h0))
        layers.append(("relu",))
        layers.append(("flatten",))
        h = b.op("flatten", h)
        out = lin(h, 8 * 16 * 16, 10)
        eps, shape = 0.01, (1, 3, 16, 16)
    else:
        raise SystemExit(f"unknown net {name}")
    g = b.build(out)
    x0 = rng.uniform(0.2, 0.8, size=shape)
    return g, layers, x0 - eps, x0 + eps


def lirpa_model(layers, shape):
    import torch
    from torch import nn

    class Res(nn.Module):
        def __init__(self, mods):
            super().__init__()
            self.mods = nn.ModuleList(mods)
            self.kinds = [m[0] for m in mods_desc]

        def forward(self, x):
            saved = None
            for kind, m in zip(self.kinds, self.mods, strict=True):
                if kind == "save":
                    saved = x
                elif kind == "addsaved":
                    x = x + saved
                else:
                    x = m(x)
            return x

    mods, mods_desc = [], []
    for L in layers:
        if L[0] == "linear":
            m = nn.Linear(*L[1].shape)
            m.weight.data = torch.tensor(L[1].T.copy())
            m.bias.data = torch.tensor(L[2])
        elif L[0] == "conv":
            w = L[1]
            m = nn.Conv2d(w.shape[1], w.shape[0], w.shape[2], stride=L[3], padding=L[4])
            m.weight.data = torch.tensor(w)
            m.bias.data = torch.tensor(L[2])
        elif L[0] == "relu":
            m = nn.ReLU()
        elif L[0] == "flatten":
            m = nn.Flatten()
        else:
            m = nn.Identity()
        mods.append(m)
        mods_desc.append(L)
    return Res(mods).double()


def timed(f, repeat):
    best, out = float("inf"), None
    for _ in range(repeat):
        t = time.perf_counter()
        out = f()
        best = min(best, time.perf_counter() - t)
    return best, out


def peak_mem(f):
    """Peak extra resident memory (MiB) of f(), measured in a forked child (ru_maxrss), so that
    torch allocations count too; falls back to tracemalloc (NumPy only) without fork."""
    if not hasattr(os, "fork"):
        tracemalloc.start()
        f()
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        return peak / 2**20
    import resource

    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # child
        os.close(r)
        base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        f()
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        os.write(w, str((peak - base) / 1024).encode())
        os._exit(0)
    os.close(w)
    data = os.read(r, 64)
    os.waitpid(pid, 0)
    return float(data or b"nan")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lirpa", action="store_true")
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--nets", nargs="*", default=["mlp", "cnn", "res"])
    ap.add_argument("--alpha-iters", type=int, default=20)
    args = ap.parse_args(argv)
    _threads(args.threads)
    import torchsmt.bounds as tb
    from torchsmt.formal import check_certificate

    rows = []
    for name in args.nets:
        g, layers, lo, hi = build(name)
        t_ibp, r_ibp = timed(lambda: tb.ibp(g, lo, hi), args.repeat)  # noqa: B023
        t_cr, r_cr = timed(lambda: tb.crown(g, lo, hi), args.repeat)  # noqa: B023
        t_al, r_al = timed(lambda: tb.alpha_crown(g, lo, hi, iters=args.alpha_iters), 1)  # noqa: B023
        t_cert, cert = timed(lambda: tb.certify(g, lo, hi, iters=args.alpha_iters), 1)  # noqa: B023
        js = cert.to_json()
        t_chk, rep = timed(lambda: check_certificate(g, js), args.repeat)  # noqa: B023
        mem = peak_mem(lambda: tb.crown(g, lo, hi))  # noqa: B023
        width = lambda r: float(np.mean(r.upper - r.lower))  # noqa: E731
        rows.append((name, t_ibp, t_cr, t_al, width(r_ibp), width(r_cr), width(r_al), t_cert,
                     t_chk, rep.ok, mem))
        if args.lirpa:
            lirpa_compare(name, g, layers, lo, hi, r_ibp, r_cr, t_cr, mem, args.repeat,
                          (r_al, t_al, args.alpha_iters))
    print(f"{'net':5} {'ibp s':>8} {'crown s':>8} {'alpha s':>8} {'w ibp':>10} {'w crown':>9} "
          f"{'w alpha':>9} {'certify s':>9} {'check s':>8} {'chk/cert':>8} ok  crown MiB")
    for r in rows:
        print(f"{r[0]:5} {r[1]:8.4f} {r[2]:8.4f} {r[3]:8.3f} {r[4]:10.3g} {r[5]:9.4g} {r[6]:9.4g} "
              f"{r[7]:9.3f} {r[8]:8.4f} {r[8] / r[7]:8.3f} {str(r[9]):5} {r[10]:6.1f}")
    return 0


def lirpa_compare(name, g, layers, lo, hi, r_ibp, r_cr, t_cr, mem, repeat, alpha=None):
    try:
        import torch
        from auto_LiRPA import BoundedModule, BoundedTensor
        from auto_LiRPA.perturbations import PerturbationLpNorm
    except ImportError as e:
        print(f"[{name}] auto_LiRPA not importable ({e}); skipped")
        return
    torch.set_num_threads(1)
    model = lirpa_model(layers, lo.shape)
    x0 = torch.tensor((lo + hi) / 2)
    bm = BoundedModule(model, torch.zeros_like(x0), device="cpu", verbose=0)
    ptb = PerturbationLpNorm(norm=np.inf, x_L=torch.tensor(lo), x_U=torch.tensor(hi))
    bx = BoundedTensor(x0, ptb)
    y_ref = model(x0).detach().numpy()
    y_ours = g.run((lo + hi) / 2)
    assert np.allclose(y_ref, y_ours, atol=1e-8), "model mismatch"
    # Interleaved timing (ours, theirs, ours, ...), best of each: a busy machine slows both alike.
    t_cr, t_l = float("inf"), float("inf")
    import torchsmt.bounds as tb

    for _ in range(repeat):
        t_cr = min(t_cr, timed(lambda: tb.crown(g, lo, hi), 1)[0])
        t, (l_lo, l_hi) = timed(lambda: bm.compute_bounds(x=(bx,), method="backward"), 1)
        t_l = min(t_l, t)
    _, (i_lo, i_hi) = timed(lambda: bm.compute_bounds(x=(bx,), method="IBP"), 1)
    l_lo, l_hi = l_lo.detach().numpy(), l_hi.detach().numpy()
    i_lo, i_hi = i_lo.detach().numpy(), i_hi.detach().numpy()
    mem_l = peak_mem(lambda: bm.compute_bounds(x=(bx,), method="backward"))

    def rel(a, b):
        return float(np.max(np.abs(a - b) / np.maximum(1.0, np.abs(b))))

    tighter = bool(np.all(r_cr.lower >= l_lo - 1e-5 * np.maximum(1, abs(l_lo)))
                   and np.all(r_cr.upper <= l_hi + 1e-5 * np.maximum(1, abs(l_hi))))
    print(f"[{name}] CROWN vs auto_LiRPA backward: max rel diff lower {rel(r_cr.lower, l_lo):.2e}"
          f" upper {rel(r_cr.upper, l_hi):.2e}; ours within 1e-5 or tighter: {tighter}")
    d_ibp = max(rel(r_ibp.lower, i_lo), rel(r_ibp.upper, i_hi))
    print(f"[{name}] IBP vs auto_LiRPA IBP: max rel diff {d_ibp:.2e}")
    print(f"[{name}] CROWN time ours {t_cr * 1e3:.1f} ms, auto_LiRPA {t_l * 1e3:.1f} ms, "
          f"ratio ours/theirs {t_cr / t_l:.2f}; peak extra RSS ours {mem:.1f} MiB, "
          f"auto_LiRPA {mem_l:.1f} MiB")
    if alpha is not None:
        r_al, t_al, iters = alpha
        # auto_LiRPA's optimized bounds need a float32 model here (float64 trips a dtype check)
        bm32 = BoundedModule(lirpa_model(layers, lo.shape).float(), torch.zeros_like(x0).float(),
                             device="cpu", verbose=0)
        bm32.set_bound_opts({"optimize_bound_args": {"iteration": iters}})
        bx32 = BoundedTensor(x0.float(), PerturbationLpNorm(
            norm=np.inf, x_L=torch.tensor(lo).float(), x_U=torch.tensor(hi).float()))
        t_la, (a_lo, a_hi) = timed(
            lambda: bm32.compute_bounds(x=(bx32,), method="CROWN-Optimized"), 1)
        a_lo, a_hi = a_lo.detach().numpy(), a_hi.detach().numpy()
        print(f"[{name}] alpha-CROWN ({iters} it.): mean width ours "
              f"{np.mean(r_al.upper - r_al.lower):.4g} in {t_al:.2f} s, auto_LiRPA "
              f"{np.mean(a_hi - a_lo):.4g} in {t_la:.2f} s")


if __name__ == "__main__":
    sys.exit(main())
