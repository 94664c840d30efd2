"""The command line: `--version`, `graph` (happy and error paths) in-process, one subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import numpy as np
import pytest

import torchsmt
from torchsmt.cli import main
from torchsmt.ir import GraphBuilder, save


@pytest.fixture
def graph_file(tmp_path):
    b = GraphBuilder()
    x = b.input((2, 3))
    w = b.const(np.arange(12.0).reshape(4, 3), name="w")
    y = b.relu(b.op("add", x, b.const([1.0, -2.0, 0.5], name="bias")))
    g = b.build([y, w])
    path = tmp_path / "m.json"
    save(g, path)
    return g, path


def test_version(capsys):
    with pytest.raises(SystemExit) as ei:
        main(["--version"])
    assert ei.value.code == 0
    assert capsys.readouterr().out.strip() == f"torchsmt {torchsmt.__version__}"


def test_no_command_prints_help(capsys):
    assert main([]) == 2
    assert "graph" in capsys.readouterr().out


def test_graph_prints_listing(graph_file, capsys):
    g, path = graph_file
    assert main(["graph", str(path)]) == 0
    out = capsys.readouterr().out
    assert out == str(g) + "\n"
    assert out.startswith("graph(%0 ") and "= relu" in out and "<sha256:" in out


def test_graph_sidecar_sha256_and_json(graph_file, tmp_path, capsys):
    g, _ = graph_file
    save(g, tmp_path / "s.json", sidecar=True)
    assert main(["graph", str(tmp_path / "s.json"), "--sha256"]) == 0
    assert capsys.readouterr().out.strip() == g.sha256()
    assert main(["graph", str(tmp_path / "s.json"), "--json"]) == 0
    assert capsys.readouterr().out.strip() == torchsmt.ir.canonical_json(g).decode()


def test_graph_reads_a_listing(tmp_path, capsys):
    text = 'graph(%0 "x0": f64[2]):\n  %1: f64[2] = tanh %0\n  return %1'
    (tmp_path / "g.txt").write_text(text + "\n")
    assert main(["graph", str(tmp_path / "g.txt")]) == 0
    assert capsys.readouterr().out == text + "\n"


@pytest.mark.parametrize("content, words", [
    ('{"format": "torchsmt.graph", "version": 1, "nodes": [', "not valid JSON"),
    ("", "empty"),
    (b"\xff\xfe\x00", "UTF-8"),
    ('{"format": "torchsmt.graph", "version": 7}', "version 7"),
    ("graph(%0: f64[2]):\n  %1: f64[2] = frob %0\n  return %1", "line 2: node %1"),
])
def test_graph_errors_are_one_line(tmp_path, capsys, content, words):
    path = tmp_path / "bad.json"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content)
    assert main(["graph", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("torchsmt graph: error: ") and words in err, err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_graph_missing_file(tmp_path, capsys):
    assert main(["graph", str(tmp_path / "nope.json")]) == 2
    err = capsys.readouterr().err
    assert "No such file" in err and err.count("\n") == 1


def _console_script() -> list[str]:
    exe = Path(sysconfig.get_path("scripts")) / ("torchsmt.exe" if os.name == "nt" else "torchsmt")
    if exe.exists():
        return [str(exe)]
    return [sys.executable, "-m", "torchsmt.cli"]


def test_console_script_subprocess(graph_file, tmp_path):
    g, path = graph_file
    r = subprocess.run([*_console_script(), "graph", str(path)], capture_output=True, text=True,
                       timeout=60)
    assert r.returncode == 0, r.stderr
    assert r.stdout == str(g) + "\n"
    path.write_text("{")
    r = subprocess.run([*_console_script(), "graph", str(path)], capture_output=True, text=True,
                       timeout=60)
    assert r.returncode == 2 and "Traceback" not in r.stderr and "error" in r.stderr
