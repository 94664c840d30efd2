"""`verify --semantics float32` on a planted network (Jia & Rinard style): the property holds in
real arithmetic, its float32 execution violates it, and only the float32 mode says so."""

from __future__ import annotations

import numpy as np
import pytest

from torchsmt.formal.vnnlib import parse_vnnlib
from torchsmt.ir import GraphBuilder, ShapeError
from torchsmt.ir.float32 import run_strict32
from torchsmt.verify import verify
from torchsmt.verify32 import verify_float32

# "y > 0" on x in [1, 1 + 2^-20]; VNNLIB states the violation: y <= 0.
PROP = """
(declare-const X_0 Real)
(declare-const Y_0 Real)
(assert (>= X_0 1.0))
(assert (<= X_0 1.00000095367431640625))
(assert (<= Y_0 0.0))
"""


def planted():
    """y = relu(x + 2^-25) - relu(x): 2^-25 > 0 in reals, 0 in binary32 (x + 2^-25 rounds to x)."""
    b = GraphBuilder(dtype="f32")
    x = b.input((1,))
    h = b.op("linear", x, b.const(np.ones((2, 1))), b.const(np.array([2.0 ** -25, 0.0])),
             transB=1)
    return b.build(b.op("matmul", b.op("relu", h), b.const(np.array([[1.0], [-1.0]]))))


def test_real_semantics_proves_float32_semantics_refutes():
    g, spec = planted(), parse_vnnlib(PROP)
    real = verify(g, spec, timeout=30)
    assert real.verdict == "unsat"  # true for exact reals on these weights
    r = verify_float32(g, spec, timeout=30)
    assert r.verdict == "sat"
    x = np.asarray(r.x, dtype=np.float32)
    assert 1.0 <= x[0] <= 1.0 + 2.0 ** -20
    y = run_strict32(g, x)  # the replay: the strict binary32 executor, bit for bit
    assert float(y[0]) == r.y[0] and y[0] <= 0.0


def test_float32_unsat_needs_a_checked_float32_certificate():
    # y >= -1 holds in float32 too (y is 0 or 2^-25): the violation y <= -1 is excluded.
    g = planted()
    spec = parse_vnnlib(PROP.replace("(<= Y_0 0.0)", "(<= Y_0 -1.0)"))
    r = verify_float32(g, spec, timeout=30)
    assert r.verdict == "unsat" and r.certificate and '"float32"' in r.certificate
    assert r.check_seconds > 0


def test_float32_mode_needs_a_float32_network():
    b = GraphBuilder(dtype="f64")
    g = b.build(b.op("relu", b.input((1,))))
    with pytest.raises(ShapeError, match="float32 network"):
        verify_float32(g, parse_vnnlib(PROP), timeout=5)


def test_cli_float32_mode(tmp_path, capsys):
    from torchsmt.cli import main
    from torchsmt.ir import save

    g = planted()
    save(g, tmp_path / "m.json")
    (tmp_path / "p.vnnlib").write_text(PROP)
    rc = main(["verify", str(tmp_path / "m.json"), str(tmp_path / "p.vnnlib"),
               "--semantics", "float32", "--results", str(tmp_path / "r.txt"), "--quiet"])
    assert rc == 0
    text = (tmp_path / "r.txt").read_text()
    assert text.startswith("sat\n") and "(Y_0 0)" in text
