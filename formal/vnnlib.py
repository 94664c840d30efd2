"""VNNLIB 1.0 properties: a parser into input boxes and output polytopes (no eval, exact constants).

A VNNLIB file asserts the *negation* of the property: the conjunction of its asserts describes a
counterexample. So a spec is violated ("sat" in VNN-COMP terms) iff some input ``x`` inside one
disjunct's box gives an output ``y = f(x)`` that satisfies one of that disjunct's polytopes
``A @ y <= b``; it holds ("unsat") iff no disjunct has such an ``x``.

``X_i`` is the i-th input in C-order flattening of the network input, ``Y_j`` likewise for the
output.

Every constant is kept exactly (``Fraction`` parsed from the decimal text). The float64 arrays
enclose the exact sets (bounds rounded outward), so a verifier that proves "no ``y`` in the float
polytope" has proved it for the exact one; a counterexample must be checked against the exact
values (``Box.inner`` gives float32/float64 bounds that lie inside the exact box).
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from functools import cached_property
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np

from torchsmt.ir.errors import FormatError, UnsupportedError

__all__ = ["Box", "Disjunct", "Polytope", "Spec", "load_vnnlib", "parse_vnnlib"]

MAX_DISJUNCTS = 100_000  # the product of the asserts' disjunctions; beyond this we refuse


def _round_out(q: Sequence[Fraction], up: bool, dtype: Any = np.float64) -> np.ndarray:
    """Directed rounding: nearest float, then one step outward where that went the wrong way."""
    dt = np.dtype(dtype)
    out = np.array([float(v) for v in q], dtype=np.float64).astype(dt)
    toward = np.array(np.inf if up else -np.inf, dtype=dt)
    for i, v in enumerate(q):
        f = out[i]
        if (Fraction(float(f)) < v) if up else (Fraction(float(f)) > v):
            out[i] = np.nextafter(f, toward)
    return out


def decimal_text(q: Fraction, max_places: int = 30) -> str:
    """The exact decimal of ``q`` when it has one of at most ``max_places`` places, else 17
    significant digits (every float is a finite decimal: ``max_places=1100`` writes any exactly)."""
    d, k2, k5 = q.denominator, 0, 0
    while d % 2 == 0:
        d, k2 = d // 2, k2 + 1
    while d % 5 == 0:
        d, k5 = d // 5, k5 + 1
    k = max(k2, k5)
    if d != 1 or k > max_places:
        return f"{float(q):.17g}"
    digits = str(abs(q.numerator) * 10**k // q.denominator).rjust(k + 1, "0")
    text = (digits[:-k] + "." + digits[-k:]).rstrip("0").rstrip(".") if k else digits
    return ("-" if q < 0 else "") + text


@dataclass(frozen=True)
class Box:
    """lower_q[i] <= X_i <= upper_q[i] exactly; ``lower``/``upper``: float64 rounded outward."""

    lower_q: tuple[Fraction, ...]
    upper_q: tuple[Fraction, ...]

    @cached_property
    def lower(self) -> np.ndarray:
        return _round_out(self.lower_q, False)

    @cached_property
    def upper(self) -> np.ndarray:
        return _round_out(self.upper_q, True)

    def outer(self, dtype: Any = np.float64) -> tuple[np.ndarray, np.ndarray]:
        """Bounds in ``dtype`` enclosing the exact box (for sound bounding)."""
        return _round_out(self.lower_q, False, dtype), _round_out(self.upper_q, True, dtype)

    def inner(self, dtype: Any = np.float32) -> tuple[np.ndarray, np.ndarray]:
        """Bounds in ``dtype`` inside the exact box (for sampling candidate counterexamples);
        lower > upper where no ``dtype`` value lies in the exact interval."""
        return _round_out(self.lower_q, True, dtype), _round_out(self.upper_q, False, dtype)

    def __len__(self) -> int:
        return len(self.lower_q)


@dataclass(frozen=True)
class Polytope:
    """A @ y <= b. Coefficients are small integers (VNNLIB 1.0 atoms compare variables and
    constants): ``A_q`` holds them exactly, ``A`` is the same as a float64 array; ``b`` is float64
    rounded up, ``b_q`` the exact right side."""

    A_q: tuple[tuple[int, ...], ...]
    b_q: tuple[Fraction, ...]
    n_outputs: int

    @cached_property
    def A(self) -> np.ndarray:
        return np.array(self.A_q, dtype=np.float64).reshape(len(self.A_q), self.n_outputs)

    @cached_property
    def b(self) -> np.ndarray:
        return _round_out(self.b_q, True)

    def row_text(self, k: int) -> str:
        """Row k as text, e.g. ``Y_1 - Y_0 <= 0``."""
        parts = []
        for j, a in enumerate(self.A_q[k]):
            if a:
                mag = "" if abs(a) == 1 else f"{abs(a):g}*"
                parts.append(("-" if a < 0 else "+", f"{mag}Y_{j}"))
        if not parts:
            lhs = "0"
        else:
            lhs = ("-" if parts[0][0] == "-" else "") + parts[0][1]
            lhs += "".join(f" {s} {v}" for s, v in parts[1:])
        return f"{lhs} <= {decimal_text(self.b_q[k])}"


@dataclass(frozen=True)
class Disjunct:
    box: Box
    outputs: tuple[Polytope, ...]  # the output condition: a disjunction of polytopes


@dataclass(frozen=True)
class Spec:
    """The union of disjuncts; the property is violated iff some disjunct has a witness."""

    disjuncts: tuple[Disjunct, ...]
    n_inputs: int
    n_outputs: int
    source: str = ""


# -- reading -----------------------------------------------------------------------------------
_TOKEN = re.compile(r";[^\n]*|\(|\)|[^\s();]+")
_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\Z")
_VAR = re.compile(r"([XY])_(\d+)\Z")


class _Tok(NamedTuple):
    text: str
    pos: int  # character offset; line and column are computed only for messages


class _Reader:
    def __init__(self, text: str, source: str):
        self.source = source or "<vnnlib>"
        self.text = text

    def where(self, tok: _Tok | None) -> str:
        if tok is None:
            return f"{self.source}: at end of file"
        line = self.text.count("\n", 0, tok.pos) + 1
        col = tok.pos - (self.text.rfind("\n", 0, tok.pos) + 1) + 1
        return f"{self.source}:{line}:{col}: near '{tok.text[:40]}'"

    def error(self, tok: _Tok | None, msg: str, cls: type = FormatError) -> Exception:
        return cls(f"{self.where(tok)}: {msg}")

    def parse(self) -> list[Any]:
        """S-expressions as nested lists; each list keeps its opening token at index 0."""
        stack: list[list[Any]] = [[None]]
        for m in _TOKEN.finditer(self.text):
            t = m.group()
            if t[0] == ";":
                continue
            tok = _Tok(t, m.start())
            if t == "(":
                stack.append([tok])
            elif t == ")":
                if len(stack) == 1:
                    raise self.error(tok, "unbalanced ')'")
                done = stack.pop()
                stack[-1].append(done)
            else:
                stack[-1].append(tok)
        if len(stack) != 1:
            raise self.error(stack[-1][0], "unclosed '(' (file truncated?)")
        return stack[0][1:]


def read_text(path_or_bytes: str | Path | bytes, label: str = "<vnnlib>") -> tuple[str, str]:
    """A text file (a path or its bytes; gzip detected) and its name for messages."""
    if isinstance(path_or_bytes, bytes):
        data, source = path_or_bytes, label
    else:
        data, source = Path(path_or_bytes).read_bytes(), str(path_or_bytes)
    if data[:2] == b"\x1f\x8b":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as e:
            raise FormatError(f"{source}: corrupt gzip data ({e})") from None
    try:
        return data.decode("utf-8"), source
    except UnicodeDecodeError as e:
        raise FormatError(f"{source}: not UTF-8 text (byte {e.start})") from None


def load_vnnlib(path_or_bytes: str | Path | bytes) -> Spec:
    """Parse a VNNLIB file (a path or its bytes; gzip is detected). Text: ``parse_vnnlib``."""
    text, source = read_text(path_or_bytes)
    return parse_vnnlib(text, source)


# -- formulas -------------------------------------------------------------------------------------
# An atom after normalization: (coefficients {("X"|"Y", i): int}, rhs Fraction, token) meaning
# sum(coef * var) <= rhs.
_Atom = tuple[dict[tuple[str, int], int], Fraction, _Tok]


class _Parser:
    def __init__(self, r: _Reader):
        self.r = r
        self.declared: dict[str, set[int]] = {"X": set(), "Y": set()}

    def head(self, sexp: list[Any]) -> _Tok:
        if len(sexp) < 2 or not isinstance(sexp[1], _Tok):
            raise self.r.error(sexp[0], "expected an operator after '('")
        return sexp[1]

    def declare(self, sexp: list[Any]) -> None:
        if len(sexp) != 4 or not all(isinstance(t, _Tok) for t in sexp[2:]):
            raise self.r.error(sexp[0], "expected (declare-const NAME Real)")
        name, typ = sexp[2], sexp[3]
        if typ.text != "Real":
            raise self.r.error(typ, "only Real constants are supported", UnsupportedError)
        m = _VAR.match(name.text)
        if not m:
            raise self.r.error(name, "variables must be named X_i (inputs) or Y_j (outputs)",
                               UnsupportedError)
        kind, idx = m.group(1), int(m.group(2))
        if idx in self.declared[kind]:
            raise self.r.error(name, f"{name.text} declared twice")
        self.declared[kind].add(idx)

    def term(self, t: Any) -> tuple[dict[tuple[str, int], int], Fraction]:
        """A variable or a numeral (also SMT-LIB's (- c)): a linear form."""
        if isinstance(t, list):
            h = self.head(t)
            if h.text == "-" and len(t) == 3 and isinstance(t[2], _Tok):
                c, v = self.term(t[2])
                return {k: -a for k, a in c.items()}, -v
            raise self.r.error(h, "atoms compare variables and numbers only", UnsupportedError)
        m = _VAR.match(t.text)
        if m:
            kind, idx = m.group(1), int(m.group(2))
            if idx not in self.declared[kind]:
                raise self.r.error(t, f"variable {t.text} is not declared")
            return {(kind, idx): 1}, Fraction(0)
        if _NUMBER.match(t.text):
            return {}, Fraction(t.text)
        raise self.r.error(t, "expected a variable X_i/Y_j or a number")

    def atom(self, sexp: list[Any], op: _Tok) -> list[_Atom]:
        if len(sexp) != 4:
            raise self.r.error(op, f"'{op.text}' takes two operands")
        (ca, va), (cb, vb) = self.term(sexp[2]), self.term(sexp[3])
        if op.text in ("<", ">"):
            raise self.r.error(op, "strict inequalities are not supported (use <= or >=)",
                               UnsupportedError)
        # a <= b  <=>  a - b <= vb - va
        diff = dict(ca)
        for k, c in cb.items():
            diff[k] = diff.get(k, 0) - c
        diff = {k: c for k, c in diff.items() if c}
        kinds = {k[0] for k in diff}
        if kinds == {"X", "Y"}:
            raise self.r.error(op, "an atom mixing inputs and outputs is not supported",
                               UnsupportedError)
        if "X" in kinds and len(diff) > 1:
            raise self.r.error(op, "input constraints must be bounds on one X_i (a box)",
                               UnsupportedError)
        le = (diff, vb - va, op)
        ge = ({k: -c for k, c in diff.items()}, va - vb, op)
        if op.text == "<=":
            return [le]
        if op.text == ">=":
            return [ge]
        return [le, ge]  # "="

    def dnf(self, f: Any) -> list[list[_Atom]]:
        """Disjunctive normal form: a list of conjunctions (lists of atoms)."""
        if not isinstance(f, list):
            raise self.r.error(f, "expected a formula in parentheses")
        h = self.head(f)
        if h.text in ("<=", ">=", "=", "<", ">"):
            return [self.atom(f, h)]
        if h.text == "and":
            out: list[list[_Atom]] = [[]]
            for sub in f[2:]:
                out = _product(out, self.dnf(sub), self.r, h)
            return out
        if h.text == "or":
            if len(f) == 2:
                raise self.r.error(h, "empty (or)")
            return [t for sub in f[2:] for t in self.dnf(sub)]
        raise self.r.error(h, f"unsupported connective or operator '{h.text}'", UnsupportedError)


def _product(a: list[list[_Atom]], b: list[list[_Atom]], r: _Reader, tok: _Tok):
    if len(a) * len(b) > MAX_DISJUNCTS:
        raise r.error(tok, f"more than {MAX_DISJUNCTS} disjuncts after distribution",
                      UnsupportedError)
    return [x + y for x in a for y in b]


def parse_vnnlib(text: str, source: str = "") -> Spec:
    """Parse VNNLIB text; FormatError/UnsupportedError name the line, column and token."""
    r = _Reader(text, source)
    p = _Parser(r)
    asserts: list[list[list[_Atom]]] = []
    for cmd in r.parse():
        if not isinstance(cmd, list):
            raise r.error(cmd, "expected a command in parentheses")
        h = p.head(cmd)
        if h.text == "declare-const":
            p.declare(cmd)
        elif h.text == "assert":
            if len(cmd) != 3:
                raise r.error(h, "assert takes one formula")
            asserts.append(p.dnf(cmd[2]))
        elif h.text in ("check-sat", "get-model", "exit", "set-logic", "set-info", "set-option"):
            continue
        else:
            raise r.error(h, f"unknown command '{h.text}'")
    n_in, n_out = (_count(p.declared[k], k, r) for k in ("X", "Y"))
    if n_in == 0:
        raise r.error(None, "no input variables X_i declared")
    # Distribute: the single-term asserts first (one shared conjunction, merged once), then the
    # disjunctions. A part is a compiled conjunction, so the shared box is built only once.
    parts = [_Part.of([a for terms in asserts if len(terms) == 1 for a in terms[0]], n_out)]
    for terms in asserts:
        if len(terms) > 1:
            if len(parts) * len(terms) > MAX_DISJUNCTS:
                raise r.error(terms[0][0][2] if terms[0] else None,
                              f"more than {MAX_DISJUNCTS} disjuncts after distribution",
                              UnsupportedError)
            compiled = [_Part.of(t, n_out) for t in terms]
            parts = [a.merge(b) for a in parts for b in compiled]
    return Spec(_group(parts, n_in, n_out, r), n_in, n_out, source)


def _count(idx: set[int], kind: str, r: _Reader) -> int:
    n = max(idx) + 1 if idx else 0
    missing = sorted(set(range(n)) - idx)
    if missing:
        raise r.error(None, f"{kind}_{missing[0]} is not declared but {kind}_{n - 1} is")
    return n


@dataclass(frozen=True)
class _Part:
    """A compiled conjunction: tightest input bounds, output rows, and whether it is satisfiable."""

    lo: dict[int, Fraction] = field(default_factory=dict)
    hi: dict[int, Fraction] = field(default_factory=dict)
    rows: tuple[tuple[tuple[int, ...], Fraction], ...] = ()
    feasible: bool = True
    tok: _Tok | None = None

    @staticmethod
    def of(atoms: list[_Atom], n_out: int) -> _Part:
        lo: dict[int, Fraction] = {}
        hi: dict[int, Fraction] = {}
        rows = []
        feasible = True
        for coef, c, _tok in atoms:
            if not coef:  # a constant comparison: 0 <= c
                feasible &= c >= 0
            elif next(iter(coef))[0] == "X":
                ((_, i), a), = coef.items()
                bound = c / a
                if a > 0:
                    hi[i] = min(hi[i], bound) if i in hi else bound
                else:
                    lo[i] = max(lo[i], bound) if i in lo else bound
            else:
                row = [0] * n_out
                for (_, j), a in coef.items():
                    row[j] = a
                rows.append((tuple(row), c))
        return _Part(lo, hi, tuple(rows), feasible, atoms[0][2] if atoms else None)

    def merge(self, o: _Part) -> _Part:
        lo, hi = dict(self.lo), dict(self.hi)
        for i, v in o.lo.items():
            lo[i] = max(lo[i], v) if i in lo else v
        for i, v in o.hi.items():
            hi[i] = min(hi[i], v) if i in hi else v
        return _Part(lo, hi, self.rows + o.rows, self.feasible and o.feasible, self.tok or o.tok)


def _group(parts: list[_Part], n_in: int, n_out: int, r: _Reader) -> tuple[Disjunct, ...]:
    """Each conjunction -> (box, polytope); conjunctions with the same box share one disjunct."""
    groups: list[tuple[tuple, tuple, list[Polytope]]] = []
    for part in parts:
        for i in range(n_in):
            if i not in part.lo or i not in part.hi:
                side = "lower" if i not in part.lo else "upper"
                raise r.error(part.tok, f"X_{i} has no {side} bound in a disjunct (inputs must "
                              "form a box)", UnsupportedError)
        lo = tuple(part.lo[i] for i in range(n_in))
        hi = tuple(part.hi[i] for i in range(n_in))
        if not part.feasible or any(a > b for a, b in zip(lo, hi, strict=True)):
            continue  # an empty conjunction contributes no counterexample
        poly = Polytope(tuple(row for row, _ in part.rows), tuple(c for _, c in part.rows), n_out)
        # Shared boxes come from the same Fraction objects: tuple == short-cuts on identity.
        for glo, ghi, polys in groups:
            if glo == lo and ghi == hi:
                polys.append(poly)
                break
        else:
            groups.append((lo, hi, [poly]))
    return tuple(Disjunct(Box(lo, hi), tuple(polys)) for lo, hi, polys in groups)
