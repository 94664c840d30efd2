"""Demo section: build a small PyTorch-style model, compile it to a graph, print it, run it."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np


def run(say: Callable[[str], None], device: str = "cpu") -> None:
    import torchsmt as ts
    from torchsmt import nn

    ts.manual_seed(0)
    model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 3), nn.Softmax(dim=1))
    say(f"model: {' -> '.join(type(m).__name__ for m in model)}")
    g = ts.compile(model, input_shape=(2, 4))
    lines = g.listing().splitlines()
    say(f"compiled: {len(g.nodes)} nodes, sha256 {g.sha256()[:16]}...")
    for line in lines[:8]:
        say("   " + (line if len(line) <= 96 else line[:93] + "..."))
    if len(lines) > 8:
        say(f"   ... ({len(lines) - 8} more lines)")
    x = np.array([[0.5, -1.0, 2.0, 0.0], [1.0, 1.0, -0.5, 0.25]])
    eager = model(ts.tensor(x)).numpy()
    out = g.run(x)
    say(f"run: {np.array2string(out, precision=4, separator=', ').replace(chr(10), '')}")
    say(f"eager == compiled (bit for bit): {bool(np.array_equal(eager, out))}")
