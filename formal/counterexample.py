"""Counterexample files (VNN-COMP format) and their exact check against a network and a spec.

Policy (docs/architecture.md, "Import and specifications"): with ``tolerance == 0`` a counterexample
is valid iff its X lies in the exact box of some disjunct (the decimal text of both read as exact
rationals) and the network's output, evaluated in exact rational arithmetic on its float weights,
satisfies one of that disjunct's polytopes exactly (``A @ y <= b``; on the boundary counts).
With ``tolerance > 0`` the network is evaluated in float64 and every constraint may be missed by
``tolerance``. Nothing is rounded silently: the report gives the margins that decided.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from torchsmt.ir.errors import FormatError, ShapeError

from .vnnlib import Spec, decimal_text

if TYPE_CHECKING:
    from torchsmt.ir import Graph

_TOK = re.compile(r";[^\n]*|\(|\)|[^\s();]+")
_VAR = re.compile(r"([XY])_(\d+)\Z")
_NUM = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\Z")


@dataclass(frozen=True)
class Counterexample:
    x: tuple[Fraction, ...]
    y: tuple[Fraction, ...]  # the outputs the file claims (may be empty); never trusted
    verdict: str | None = None  # the optional first word ("sat")


def load_counterexample(path_or_bytes: str | Path | bytes) -> Counterexample:
    """Read a counterexample file (a path or its bytes; gzip is detected)."""
    from .vnnlib import read_text

    text, source = read_text(path_or_bytes, "<counterexample>")
    return parse_counterexample(text, source)


def parse_counterexample(text: str, source: str = "<counterexample>") -> Counterexample:
    """``[sat] ((X_0 v) ... (Y_0 v) ...)``; any spacing and line breaks; outer parens optional."""
    toks = [(m.group(), m.start()) for m in _TOK.finditer(text) if m.group()[0] != ";"]

    def err(i: int, msg: str) -> FormatError:
        if i >= len(toks):
            return FormatError(f"{source}: at end of file: {msg}")
        pos = toks[i][1]
        line = text.count("\n", 0, pos) + 1
        return FormatError(f"{source}:{line}: near '{toks[i][0][:40]}': {msg}")

    i, verdict = 0, None
    if toks and toks[0][0] not in ("(", ")"):
        verdict = toks[0][0].lower()
        if verdict not in ("sat", "violated"):
            raise err(0, f"the file's verdict is '{toks[0][0]}', not sat: no counterexample")
        i = 1
    vals: dict[str, dict[int, Fraction]] = {"X": {}, "Y": {}}
    depth = 0
    while i < len(toks):
        t = toks[i][0]
        if t == ")":
            depth -= 1
            if depth < 0:
                raise err(i, "unbalanced ')'")
            i += 1
            continue
        if t != "(":
            raise err(i, "expected '('")
        if i + 1 < len(toks) and toks[i + 1][0] == "(":  # an enclosing list
            depth += 1
            i += 1
            continue
        if i + 3 >= len(toks):
            raise err(len(toks), "the file ends inside a pair (truncated?)")
        if toks[i + 3][0] != ")":
            raise err(i + 1, "expected a pair (NAME VALUE)")
        name, value = toks[i + 1][0], toks[i + 2][0]
        m = _VAR.match(name)
        if not m:
            raise err(i + 1, "expected a variable X_i or Y_j")
        if not _NUM.match(value):
            raise err(i + 2, "expected a finite decimal number")
        kind, idx = m.group(1), int(m.group(2))
        if idx in vals[kind]:
            raise err(i + 1, f"{name} given twice")
        vals[kind][idx] = Fraction(value)
        i += 4
    if depth:
        raise err(len(toks), "unclosed '(' (file truncated?)")
    out = []
    for kind in ("X", "Y"):
        n = len(vals[kind])
        if set(vals[kind]) != set(range(n)):
            missing = min(set(range(max(vals[kind]) + 1)) - set(vals[kind]))
            raise err(len(toks), f"{kind}_{missing} is missing")
        out.append(tuple(vals[kind][k] for k in range(n)))
    if not out[0]:
        raise err(len(toks), "no input values X_i")
    return Counterexample(out[0], out[1], verdict)


def format_counterexample(x: Sequence[Any], y: Sequence[Any] = (), verdict: str = "sat") -> str:
    """The VNN-COMP results text ``sat\n((X_0 v)\n...(Y_0 v))``. Floats are written as their
    exact decimal expansion, so the checker reads back exactly the values that were evaluated."""
    pairs = [(f"X_{i}", v) for i, v in enumerate(np.asarray(x, dtype=object).ravel())]
    pairs += [(f"Y_{j}", v) for j, v in enumerate(np.asarray(y, dtype=object).ravel())]
    body = "\n".join(f"({n} {decimal_text(_fr(v), 1100)})" for n, v in pairs)
    return f"{verdict}\n({body})\n"


# -- checking ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class CexReport:
    ok: bool
    reason: str
    disjunct: int | None = None
    input_margin: Fraction | None = None  # min slack to the box (negative: outside)
    output_margin: Fraction | float | None = None  # max over polytopes of min row slack
    y: tuple[Fraction, ...] = ()
    exact: bool = True

    def __bool__(self) -> bool:
        return self.ok


def _fr(v: Any) -> Fraction:
    if isinstance(v, str):
        return Fraction(v)
    if isinstance(v, (float, np.floating)):
        if not math.isfinite(v):
            raise ShapeError(f"counterexample value {v} is not finite")
        return Fraction(float(v))
    return Fraction(v)


def _g(v: Any) -> str:
    return f"{float(v):.6g}"


def _g17(v: Any) -> str:
    return decimal_text(Fraction(v))


def evaluate_outputs(graph: Graph, x: Sequence[Fraction], exact: bool) -> list[Fraction]:
    """Flattened outputs (all outputs concatenated) at the flattened input ``x``."""
    if len(graph.inputs) != 1:
        raise ShapeError(f"a VNNLIB property needs a one-input network; this one has "
                         f"{len(graph.inputs)}")
    if exact:
        from .exact import evaluate

        outs = evaluate(graph, x)
        return [v for o in outs for v in o]
    shape = graph.node(graph.inputs[0]).shape
    xa = np.array([float(v) for v in x], dtype=np.float64).reshape(shape)
    res = graph.run(xa, dtype=np.float64)
    res = res if isinstance(res, tuple) else (res,)
    return [Fraction(float(v)) for r in res for v in np.asarray(r, dtype=np.float64).ravel()]


def check_counterexample(graph: Graph, spec: Spec, x: Sequence[Any], tolerance: Any = 0,
                         exact: bool | None = None) -> CexReport:
    """Is ``x`` a counterexample to ``spec`` on ``graph``? (see the module docstring for the policy)

    ``exact`` defaults to ``tolerance == 0``: exact rational evaluation; otherwise float64.
    """
    tol = _fr(tolerance)
    if tol < 0:
        raise ShapeError(f"tolerance must be >= 0, got {tolerance}")
    exact = tol == 0 if exact is None else exact
    xs = [_fr(v) for v in np.asarray(x, dtype=object).ravel()]
    n_in = int(np.prod(graph.node(graph.inputs[0]).shape)) if len(graph.inputs) == 1 else -1
    if n_in != spec.n_inputs:
        raise ShapeError(f"the property has {spec.n_inputs} inputs but the network takes {n_in}")
    if len(xs) != spec.n_inputs:
        return CexReport(False, f"{len(xs)} input values given, the property has "
                                f"{spec.n_inputs} inputs (X_0..X_{spec.n_inputs - 1})", exact=exact)
    if not spec.disjuncts:
        return CexReport(False, "the property has no satisfiable disjunct", exact=exact)
    # input side: exact, per disjunct (the worst coordinate decides)
    in_m: list[tuple[Fraction, int, str]] = []
    for box in (d.box for d in spec.disjuncts):
        worst: tuple[Any, int, str] = (None, -1, "")
        for k, (v, lo, hi) in enumerate(zip(xs, box.lower_q, box.upper_q, strict=True)):
            for slack, side in ((v - lo, "lower"), (hi - v, "upper")):
                if worst[0] is None or slack < worst[0]:
                    worst = (slack, k, side)
        in_m.append(worst)
    ys = evaluate_outputs(graph, xs, exact)
    if len(ys) != spec.n_outputs:
        raise ShapeError(f"the property has {spec.n_outputs} outputs but the network gives "
                         f"{len(ys)}")
    out_m: list[tuple[Any, int, int]] = []  # (margin, polytope, worst row)
    for d in spec.disjuncts:
        best: tuple[Any, int, int] = (-math.inf, -1, -1)
        for pi, poly in enumerate(d.outputs):
            rows = [(b - sum((a * y for a, y in zip(arow, ys, strict=True) if a), Fraction(0)),
                     r) for r, (arow, b) in enumerate(zip(poly.A_q, poly.b_q, strict=True))]
            m, r = min(rows, key=lambda t: t[0]) if rows else (math.inf, -1)
            if m > best[0]:
                best = (m, pi, r)
        out_m.append(best)
    mode = "exact" if exact else "float64"
    tol_s = f" within tolerance {_g(tol)}" if tol else ""
    valid = [i for i in range(len(spec.disjuncts))
             if in_m[i][0] >= -tol and out_m[i][0] >= -tol]
    ytuple = tuple(ys)
    if valid:
        i = max(valid, key=lambda j: out_m[j][0])
        why = (f"X in the box of disjunct {i} (input margin {_g(in_m[i][0])}), output condition "
               f"met (polytope {out_m[i][1]}, margin {_g(out_m[i][0])}); {mode}{tol_s}")
        return CexReport(True, why, i, in_m[i][0], out_m[i][0], ytuple, exact)
    inside = [i for i in range(len(spec.disjuncts)) if in_m[i][0] >= -tol]
    many = f" (best of {len(spec.disjuncts)} disjuncts)" if len(spec.disjuncts) > 1 else ""
    if not inside:
        i = max(range(len(spec.disjuncts)), key=lambda j: in_m[j][0])
        slack, k, side = in_m[i]
        box = spec.disjuncts[i].box
        bound = box.lower_q[k] if side == "lower" else box.upper_q[k]
        rel = "below its lower" if side == "lower" else "above its upper"
        why = (f"input outside the box{tol_s}: X_{k} = {_g17(xs[k])} is {rel} bound "
               f"{_g17(bound)} by {_g(-slack)} (disjunct {i}{many})")
        return CexReport(False, why, i, slack, out_m[i][0], ytuple, exact)
    i = max(inside, key=lambda j: out_m[j][0])
    m, pi, r = out_m[i]
    poly = spec.disjuncts[i].outputs[pi]
    used = [j for j in range(spec.n_outputs) if poly.A_q[r][j]]
    ytext = ", ".join(f"Y_{j} = {_g(ys[j])}" for j in used)
    return CexReport(False, f"output condition not met ({mode}{tol_s}): in disjunct {i}, the "
                            f"closest polytope {pi} has '{poly.row_text(r)}' violated by {_g(-m)} "
                            f"({ytext})", i, in_m[i][0], m, ytuple, exact)
