"""The certificate checker imports nothing from torchsmt.bounds (statically and at run time)."""

from __future__ import annotations

import ast
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
from test_bounds_nets import build

import torchsmt.bounds as tb

ROOT = Path(__file__).resolve().parents[1]
CHECKER_FILES = sorted((ROOT / "formal").glob("checker*.py")) + sorted(
    (ROOT / "formal").glob("certificate*.py"))


def test_checker_sources_do_not_import_bounds():
    assert CHECKER_FILES
    for f in CHECKER_FILES:
        for node in ast.walk(ast.parse(f.read_text())):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [("." * node.level) + (node.module or "")]
                names += [n.name for n in node.names]
            for name in names:
                assert "bounds" not in name, f"{f.name} imports {name}"


def test_checker_runs_with_bounds_blocked(tmp_path):
    g, lo, hi = build("mlp")
    cert = tb.certify(g, lo, hi, C=np.eye(4)[1:] - np.eye(4)[0], iters=3)
    (tmp_path / "c.json").write_text(cert.to_json())
    from torchsmt.ir.serialize import save

    save(g, tmp_path / "g.json")
    code = textwrap.dedent(f"""
        import sys
        sys.modules["torchsmt.bounds"] = None  # any import of it now fails
        from torchsmt.ir.serialize import load
        from torchsmt.formal.checker import check_certificate
        g = load({str(tmp_path / "g.json")!r})
        rep = check_certificate(g, open({str(tmp_path / "c.json")!r}).read())
        assert rep.ok, rep.failure
        assert not any(m.startswith("torchsmt.bounds") and sys.modules[m] is not None
                       for m in sys.modules)
        print("OK")
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0 and "OK" in out.stdout, out.stderr
