"""The NNet text format (Kyle Julian's, used for ACAS Xu by Reluplex and Marabou) -> a Graph.

Layout: ``//`` comment lines; ``L, n_in, n_out, max_size``; the L + 1 layer sizes; a flag; the
input minimums, maximums, means (n_in + 1: the last is the output mean) and ranges (likewise);
then, per layer, its weight rows and its biases, one number per field (trailing commas allowed).
Every layer but the last is followed by ReLU.

The format's meaning of a network (as its reference evaluator computes it) is: clip each input
to [min, max], normalize ``(x - mean) / range``, run the layers, then ``y * range_out +
mean_out``. The VNN-COMP ONNX versions of ACAS Xu take and give *normalized* values (their
vnnlib bounds are normalized), so ``load_nnet(path)`` builds that: the layers alone, matching
``ACASXU_run2a_i_j_batch_2000.onnx``. ``load_nnet(path, physical=True)`` adds the clipping and
the normalization of inputs and outputs as graph nodes.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from typing import Any

import numpy as np

from .errors import FormatError
from .graph import Graph, GraphBuilder

_NUM = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\Z")


@dataclass(frozen=True)
class NNet:
    sizes: tuple[int, ...]
    weights: tuple[np.ndarray, ...]  # (out, in) float64, as written
    biases: tuple[np.ndarray, ...]
    mins: np.ndarray
    maxs: np.ndarray
    means: np.ndarray  # n_in + 1 (the last: output mean)
    ranges: np.ndarray  # n_in + 1 (the last: output range)


def read_nnet(path: str | os.PathLike) -> NNet:
    """Parse a .nnet file; FormatError names the line of any problem."""
    name = os.fspath(path)
    with open(name, encoding="utf-8", errors="replace") as f:
        lines = f.read().splitlines()
    rows: list[tuple[int, list[float]]] = []
    for ln, line in enumerate(lines, 1):
        s = line.strip()
        if not s or s.startswith("//"):
            continue
        fields = [t.strip() for t in s.split(",")]
        if fields and fields[-1] == "":
            fields.pop()
        vals = []
        for t in fields:
            if not _NUM.match(t):
                raise FormatError(f"{name}:{ln}: expected a number, got '{t[:30]}'")
            vals.append(float(t))
        rows.append((ln, vals))
    it = iter(rows)

    def take(n: int, what: str) -> tuple[int, list[float]]:
        try:
            ln, vals = next(it)
        except StopIteration:
            raise FormatError(f"{name}: file ends before {what}") from None
        if len(vals) < n:
            raise FormatError(f"{name}:{ln}: {what} needs {n} values, got {len(vals)}")
        return ln, vals[:n]

    _, head = take(3, "the header (layers, inputs, outputs)")
    n_layers, n_in, n_out = (int(v) for v in head)
    if n_layers < 1 or n_in < 1 or n_out < 1 or n_layers > 10_000:
        raise FormatError(f"{name}: implausible header {head}")
    _, sizes_f = take(n_layers + 1, "the layer sizes")
    sizes = tuple(int(v) for v in sizes_f)
    if sizes[0] != n_in or sizes[-1] != n_out or min(sizes) < 1:
        raise FormatError(f"{name}: layer sizes {sizes} do not match {n_in} inputs, "
                          f"{n_out} outputs")
    take(1, "the symmetric flag")
    mins = np.array(take(n_in, "the input minimums")[1])
    maxs = np.array(take(n_in, "the input maximums")[1])
    means = np.array(take(n_in + 1, "the means")[1])
    ranges = np.array(take(n_in + 1, "the ranges")[1])
    weights, biases = [], []
    for k in range(n_layers):
        fan_in, fan_out = sizes[k], sizes[k + 1]
        weights.append(np.array([take(fan_in, f"layer {k + 1} weights")[1]
                                 for _ in range(fan_out)]))
        biases.append(np.array([take(1, f"layer {k + 1} biases")[1][0] for _ in range(fan_out)]))
    extra = next(it, None)
    if extra is not None:
        raise FormatError(f"{name}:{extra[0]}: unexpected data after the last layer")
    for what, arr in (("mins", mins), ("maxs", maxs), ("means", means), ("ranges", ranges),
                      *((f"layer {k + 1}", w) for k, w in enumerate(weights))):
        if not np.all(np.isfinite(arr)):
            raise FormatError(f"{name}: {what} holds NaN/Inf")
    if np.any(ranges == 0):
        raise FormatError(f"{name}: a normalization range is 0")
    return NNet(sizes, tuple(weights), tuple(biases), mins, maxs, means, ranges)


def load_nnet(path: str | os.PathLike, dtype: str = "f32", physical: bool = False,
              input_shape: Any = None) -> Graph:
    """A .nnet network as a Graph on normalized values (like the ONNX ACAS Xu networks), or with
    ``physical=True`` on raw values (clip, normalize, ..., de-normalize as graph nodes).

    ``input_shape`` defaults to (1, n_in); the output has shape (1, n_out).
    """
    net = read_nnet(path)
    n_in = net.sizes[0]
    shape = (1, n_in) if input_shape is None else tuple(int(s) for s in input_shape)
    if int(np.prod(shape)) != n_in:
        raise FormatError(f"input_shape {shape} does not hold {n_in} inputs")
    b = GraphBuilder(dtype=dtype)
    x = b.input(shape, name="x")
    if len(shape) != 2 or shape[0] != 1:
        x = b.op("reshape", x, shape=(1, n_in), node_name="flatten")
    if physical:
        x = b.op("maximum", x, b.const(net.mins, name="input_min"), node_name="clip_min")
        x = b.op("minimum", x, b.const(net.maxs, name="input_max"), node_name="clip_max")
        x = b.op("sub", x, b.const(net.means[:n_in], name="input_mean"), node_name="centre")
        x = b.op("div", x, b.const(net.ranges[:n_in], name="input_range"), node_name="normalize")
    for k, (w, bias) in enumerate(zip(net.weights, net.biases, strict=True)):
        x = b.op("linear", x, b.const(w, name=f"W{k + 1}"), b.const(bias, name=f"b{k + 1}"),
                 transB=1, node_name=f"layer{k + 1}")
        if k < len(net.weights) - 1:
            x = b.op("relu", x, node_name=f"relu{k + 1}")
    if physical:
        x = b.op("mul", x, b.const(net.ranges[-1], name="output_range"), node_name="scale")
        x = b.op("add", x, b.const(net.means[-1], name="output_mean"), node_name="output")
    return b.build(x)
