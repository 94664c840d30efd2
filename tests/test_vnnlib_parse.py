"""VNNLIB parsing: every benchmark file, hand-written tricky variants with their expected boxes and
polytopes, outward/inward rounding, and errors that name line and token."""

from __future__ import annotations

import gzip
from fractions import Fraction as F
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from torchsmt.formal.vnnlib import load_vnnlib, parse_vnnlib
from torchsmt.ir.errors import FormatError, UnsupportedError

BENCH = Path(__file__).resolve().parents[1].parent / "shared" / "benchmarks"
needs_bench = pytest.mark.skipif(not BENCH.is_dir(), reason=f"benchmarks not found at {BENCH}")


def _files(subset: bool) -> list[Path]:
    if not BENCH.is_dir():
        return []
    small = sorted(BENCH.glob("*/*.vnnlib"))
    big = sorted(BENCH.glob("*/vnnlib/*.vnnlib.gz"))
    return small + (big[:2] + big[-2:] if subset else big)


def _expected_sizes(p: Path) -> tuple[int, int]:
    fam = p.parent.name if p.parent.name != "vnnlib" else p.parent.parent.name
    return {"acasxu": (5, 5), "mnist_fc": (784, 10), "oval21": (3072, 10)}.get(fam, (0, 0))


def _check_file(p: Path) -> None:
    spec = load_vnnlib(p)
    n_in, n_out = _expected_sizes(p)
    if n_in:
        assert (spec.n_inputs, spec.n_outputs) == (n_in, n_out)
    assert spec.disjuncts
    for d in spec.disjuncts:
        assert len(d.box) == spec.n_inputs
        assert all(lo <= hi for lo, hi in zip(d.box.lower_q, d.box.upper_q, strict=True))
        assert np.all(d.box.lower <= d.box.upper)
        for poly in d.outputs:
            assert poly.A.shape == (len(poly.b_q), spec.n_outputs)


@needs_bench
@pytest.mark.parametrize("path", _files(True), ids=lambda p: p.name)
def test_benchmark_files_parse(path):
    _check_file(path)


@needs_bench
@pytest.mark.slow
@pytest.mark.parametrize("path", _files(False), ids=lambda p: p.name)
def test_every_benchmark_file_parses(path):
    _check_file(path)


@needs_bench
def test_acasxu_prop6_two_boxes_four_polytopes():
    spec = load_vnnlib(BENCH / "acasxu" / "prop_6.vnnlib")
    assert len(spec.disjuncts) == 2
    d0, d1 = spec.disjuncts
    assert d0.box.lower_q[1] == F("0.11140846") and d1.box.upper_q[1] == F("-0.11140846")
    for d in spec.disjuncts:  # "unsafe if coc (Y_0) is not minimal": Y_k <= Y_0 for some k
        assert [p.row_text(0) for p in d.outputs] == [f"-Y_0 + Y_{k} <= 0" for k in range(1, 5)]


@needs_bench
def test_mnist_robustness_property():
    spec = load_vnnlib(BENCH / "mnist_fc" / "vnnlib" / "prop_0_0.03.vnnlib.gz")
    (d,) = spec.disjuncts
    assert len(d.outputs) == 9 and all(p.A.shape == (1, 10) for p in d.outputs)
    # (>= Y_0 Y_4) is "Y_4 - Y_0 <= 0"
    assert d.outputs[0].A[0, 0] == -1 and d.outputs[0].A[0, 4] == 1


# -- hand-written variants ------------------------------------------------------------------------
MIXED = """
; test_tiny style: input and output atoms in one (or (and ...))
(declare-const Y_0 Real)\t; declarations in any order
(declare-const X_0 Real)
(assert (or
\t(and (>= X_0 -1) (<= X_0 1) (>= Y_0 100))
\t(and (>= X_0 2.5e0) (<= X_0 3E+1) (<= Y_0 -.5))   ; a second box
))
"""


def test_mixed_input_output_disjunction():
    spec = parse_vnnlib(MIXED)
    assert (spec.n_inputs, spec.n_outputs) == (1, 1)
    (d0, d1) = spec.disjuncts
    assert (d0.box.lower_q, d0.box.upper_q) == ((F(-1),), (F(1),))
    assert (d1.box.lower_q, d1.box.upper_q) == ((F(5, 2),), (F(30),))
    assert d0.outputs[0].A.tolist() == [[-1.0]] and d0.outputs[0].b_q == (F(-100),)
    assert d1.outputs[0].A.tolist() == [[1.0]] and d1.outputs[0].b_q == (F(-1, 2),)


PRODUCT = """
(declare-const X_0 Real) (declare-const X_1 Real)
(declare-const Y_0 Real) (declare-const Y_1 Real)
(assert (<= X_0 1)) (assert (>= X_0 0)) (assert (>= 1 X_1)) (assert (= X_1 X_1))
(assert (<= -2 X_1))
(assert (>= X_1 -5.8147645177086815e-05))
(assert (or (<= Y_0 1) (and (<= Y_1 2) (>= Y_1 Y_0))))
(assert (or (>= Y_0 (- 3)) (<= 1 2)))
(assert (<= 0 1))
"""


def test_product_of_disjunctions_and_constant_atoms():
    spec = parse_vnnlib(PRODUCT)
    (d,) = spec.disjuncts
    assert d.box.lower_q == (F(0), F("-5.8147645177086815e-05"))
    assert d.box.upper_q == (F(1), F(1))
    texts = sorted(" & ".join(p.row_text(k) for k in range(len(p.b_q))) for p in d.outputs)
    # (Y_0 <= 1 | (Y_1 <= 2 & Y_0 - Y_1 <= 0)) & (-Y_0 <= 3 | true); X_1 = X_1 is 0 = 0
    assert texts == sorted(["Y_0 <= 1 & -Y_0 <= 3", "Y_0 <= 1",
                            "Y_1 <= 2 & Y_0 - Y_1 <= 0 & -Y_0 <= 3",
                            "Y_1 <= 2 & Y_0 - Y_1 <= 0"])


def test_equalities_empty_boxes_and_false_atoms_drop_disjuncts():
    text = """(declare-const X_0 Real)(declare-const Y_0 Real)
    (assert (or (and (= X_0 0.25) (<= Y_0 Y_0))
                (and (>= X_0 1) (<= X_0 0))
                (and (>= X_0 0) (<= X_0 1) (<= 2 1))))"""
    spec = parse_vnnlib(text)
    (d,) = spec.disjuncts
    assert d.box.lower_q == d.box.upper_q == (F(1, 4),)
    assert d.outputs[0].A.shape == (0, 1)  # Y_0 <= Y_0 is true: a polytope with no rows


def test_load_gz_and_bytes(tmp_path):
    p = tmp_path / "p.vnnlib.gz"
    p.write_bytes(gzip.compress(MIXED.encode()))
    for spec in (load_vnnlib(p), load_vnnlib(MIXED.encode()), load_vnnlib(str(p))):
        assert [d.box for d in spec.disjuncts] == [d.box for d in parse_vnnlib(MIXED).disjuncts]
        assert [p.b_q for d in spec.disjuncts for p in d.outputs] == [(F(-100),), (F(-1, 2),)]


@given(st.decimals(min_value=-1e6, max_value=1e6, allow_nan=False, allow_infinity=False,
                   places=12))
def test_outer_and_inner_rounding_bracket_the_exact_bound(v):
    q = F(str(v))
    spec = parse_vnnlib(f"(declare-const X_0 Real)(assert (>= X_0 {v}))(assert (<= X_0 {v}))")
    box = spec.disjuncts[0].box
    for dt in (np.float32, np.float64):
        lo, hi = box.outer(dt)
        assert F(float(lo[0])) <= q <= F(float(hi[0]))
        ilo, ihi = box.inner(dt)
        assert F(float(ilo[0])) >= q >= F(float(ihi[0]))  # empty unless q is representable
        assert (ilo[0] == ihi[0]) == (F(float(dt(q))) == q)
    assert F(float(box.lower[0])) <= q <= F(float(box.upper[0]))


# -- errors ---------------------------------------------------------------------------------------
HEAD = "(declare-const X_0 Real)\n(declare-const Y_0 Real)\n"


@pytest.mark.parametrize("body,cls,where", [
    ("(assert (<= X_0 1)\n", FormatError, "3:1: near '\\('.*unclosed"),
    ("(assert (<= X_0 1)))\n", FormatError, "3:20: near '\\)'.*unbalanced"),
    ("(assert (<= X_0 1))\n(assert (>= X_0 0))\n(assert (<= Y_7 1))", FormatError,
     "5:13: near 'Y_7'.*not declared"),
    ("(assert (<= X_0 1.2.3))", FormatError, "3:17: near '1.2.3'.*number"),
    ("(assert (<= X_0 nan))", FormatError, "near 'nan'"),
    ("(assert (<= X_0 1))", UnsupportedError, "X_0 has no lower bound"),
    ("(assert (<= X_0 1))(assert (>= X_0 0))(assert (<= X_0 Y_0))", UnsupportedError,
     "mixing inputs and outputs"),
    ("(assert (<= X_0 1))(assert (>= X_0 0))(assert (< Y_0 1))", UnsupportedError, "strict"),
    ("(assert (<= X_0 1))(assert (>= X_0 0))(assert (not (<= Y_0 1)))", UnsupportedError,
     "'not'"),
    ("(assert (<= X_0 1))(assert (>= X_0 0))(assert (<= (* 2 Y_0) 1))", UnsupportedError,
     "variables and numbers"),
    ("(assert (<= X_0 1))(frobnicate)", FormatError, "unknown command 'frobnicate'"),
    ("(declare-const X_2 Real)(assert (<= X_0 1))", FormatError, "X_1 is not declared"),
    ("(declare-const Z Real)", UnsupportedError, "near 'Z'"),
    ("(declare-const X_0 Real)", FormatError, "declared twice"),
    ("(declare-const X_5 Int)", UnsupportedError, "only Real"),
])
def test_errors_name_line_and_token(body, cls, where):
    with pytest.raises(cls, match=where) as e:
        parse_vnnlib(HEAD + body, "p.vnnlib")
    assert str(e.value).startswith("p.vnnlib") and "\n" not in str(e.value)


def test_x_x_atom_is_not_a_box():
    with pytest.raises(UnsupportedError, match="box"):
        parse_vnnlib("(declare-const X_0 Real)(declare-const X_1 Real)(assert (<= X_0 X_1))")


def test_corrupt_gzip_and_binary(tmp_path):
    p = tmp_path / "bad.vnnlib.gz"
    p.write_bytes(gzip.compress(MIXED.encode())[:15])
    with pytest.raises(FormatError, match="gzip"):
        load_vnnlib(p)
    with pytest.raises(FormatError, match="UTF-8"):
        load_vnnlib(b"\xff\xfe\x00(")


@given(st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 4),
                          st.sampled_from(list("()XY_019.-e <=>;\n\tandor") + [""])),
                min_size=1, max_size=4))
def test_mutated_text_never_escapes_as_a_traceback(edits):
    from torchsmt.formal.counterexample import parse_counterexample
    from torchsmt.ir.errors import TorchSMTError

    for text, parse in ((MIXED + PRODUCT.replace("(declare-const X_0 Real) (declare-const X_1 "
                                                 "Real)", ""), parse_vnnlib),
                        ("sat\n((X_0 0.5)\n(X_1 -1e-3)\n(Y_0 2))", parse_counterexample)):
        for pos, cut, ins in edits:
            i = pos % (len(text) + 1)
            text = text[:i] + ins + text[i + cut:]
        try:
            parse(text)
        except TorchSMTError as e:
            assert "\n" not in str(e)


# -- the DNF against a direct evaluation of the formula -------------------------------------------
VALUES = [F(-2), F(-1), F(-1, 2), F(0), F(1, 2), F(1), F(2)]


def _atoms(n_in: int, n_out: int):
    num = st.sampled_from(VALUES)
    x = st.integers(0, n_in - 1).map(lambda i: ("X", i))
    y = st.integers(0, n_out - 1).map(lambda j: ("Y", j))
    pair = st.one_of(st.tuples(x, num), st.tuples(num, x), st.tuples(y, y), st.tuples(y, num),
                     st.tuples(num, y), st.tuples(num, num))
    return st.tuples(st.sampled_from(["<=", ">=", "="]), pair)


def _formulas(n_in: int, n_out: int):
    return st.recursive(_atoms(n_in, n_out), lambda sub: st.tuples(
        st.sampled_from(["and", "or"]), st.lists(sub, min_size=1, max_size=3)), max_leaves=8)


def _text(f) -> str:
    if f[0] in ("and", "or"):
        return f"({f[0]} " + " ".join(_text(g) for g in f[1]) + ")"
    op, (a, b) = f
    t = lambda v: f"{v[0]}_{v[1]}" if isinstance(v, tuple) else str(float(v))  # noqa: E731
    return f"({op} {t(a)} {t(b)})"


def _holds(f, x, y) -> bool:
    if f[0] == "and":
        return all(_holds(g, x, y) for g in f[1])
    if f[0] == "or":
        return any(_holds(g, x, y) for g in f[1])
    op, (a, b) = f
    v = lambda t: (x if t[0] == "X" else y)[t[1]] if isinstance(t, tuple) else t  # noqa: E731
    return {"<=": v(a) <= v(b), ">=": v(a) >= v(b), "=": v(a) == v(b)}[op]


@given(st.lists(_formulas(2, 3), min_size=1, max_size=3),
       st.lists(st.tuples(st.lists(st.sampled_from(VALUES), min_size=2, max_size=2),
                          st.lists(st.sampled_from(VALUES), min_size=3, max_size=3)),
                min_size=1, max_size=6))
def test_spec_means_the_formula(formulas, points):
    decl = "".join(f"(declare-const {v} Real)" for v in ("X_0", "X_1", "Y_0", "Y_1", "Y_2"))
    base = "(assert (>= X_0 -2))(assert (<= X_0 2))(assert (>= X_1 -2))(assert (<= X_1 2))"
    spec = parse_vnnlib(decl + base + "".join(f"(assert {_text(f)})" for f in formulas))
    for x, y in points:
        direct = all(_holds(f, x, y) for f in formulas)
        via_spec = any(
            all(lo <= v <= hi for v, lo, hi in zip(x, d.box.lower_q, d.box.upper_q, strict=True))
            and any(all(sum(a * v for a, v in zip(row, y, strict=True)) <= b
                        for row, b in zip(p.A_q, p.b_q, strict=True)) for p in d.outputs)
            for d in spec.disjuncts)
        assert direct == via_spec
