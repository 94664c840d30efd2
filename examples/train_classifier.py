"""Train an MLP on scikit-learn's bundled 8x8 digits (no download) and save the trained graph.

    python examples/train_classifier.py [--epochs 30] [--out digits_mlp.json]

Needs scikit-learn (the ``examples`` extra). Prints test accuracy and wall time; the saved JSON
graph (ts.ir.save) is the input of the verification examples.
"""

from __future__ import annotations

import argparse
import time

import numpy as np
from tqdm import tqdm

import torchsmt as ts
from torchsmt import nn
from torchsmt.data import DataLoader, train_test_split


def main(argv: list[str] | None = None) -> float:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--epochs", type=int, default=30)
    ap.add_argument("--hidden", type=int, default=64)
    ap.add_argument("--lr", type=float, default=3e-3)
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", default="digits_mlp.json")
    args = ap.parse_args(argv)

    try:
        from sklearn.datasets import load_digits
    except ImportError:
        raise SystemExit("this example needs scikit-learn: pip install -e '.[examples]'") from None

    t0 = time.perf_counter()
    digits = load_digits()
    X = digits.data / 16.0  # pixels 0..16 -> [0, 1]
    y = digits.target.astype(np.int64)
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_fraction=0.2, seed=args.seed)

    ts.manual_seed(args.seed)
    model = nn.Sequential(nn.Linear(64, args.hidden), nn.ReLU(),
                          nn.Linear(args.hidden, args.hidden), nn.ReLU(),
                          nn.Linear(args.hidden, 10))
    opt = ts.optim.Adam(model.parameters(), lr=args.lr)
    loss_fn = nn.CrossEntropyLoss()
    loader = DataLoader(X_train, y_train, batch_size=args.batch_size, shuffle=True,
                        seed=args.seed)

    bar = tqdm(range(args.epochs), desc="training", unit="epoch")
    for _ in bar:
        model.train()
        total = 0.0
        for xb, yb in loader:
            opt.zero_grad()
            loss = loss_fn(model(xb), yb)
            loss.backward()
            opt.step()
            total += loss.item() * len(xb)
        bar.set_postfix(loss=f"{total / len(X_train):.4f}")

    model.eval()
    with ts.no_grad():
        pred = model(ts.tensor(X_test)).numpy().argmax(axis=1)
    acc = float((pred == y_test).mean())
    graph = ts.compile(model, input_shape=(1, 64))
    ts.ir.save(graph, args.out)
    # the saved graph classifies like the eager model
    assert np.array_equal(graph.run(X_test[:1]).argmax(axis=1), pred[:1])
    elapsed = time.perf_counter() - t0
    print(f"test accuracy: {acc:.4f} ({len(y_test)} test images)")
    print(f"time: {elapsed:.1f} s; graph ({len(graph.nodes)} nodes, sha256 "
          f"{graph.sha256()[:16]}) saved to {args.out}")
    return acc


if __name__ == "__main__":
    main()
