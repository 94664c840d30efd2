"""The checked-in regression suite (tests/obligations/**.smt2): re-solved against its own status."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from torchsmt.cli import main
from torchsmt.formal.regression import run_file, suite_files, update_status

SUITE = Path(__file__).parent / "obligations"
# The default run re-solves every file (about 25 s of CPU); the per-file subset below gives
# readable ids when one of them changes and runs under -m slow.
DEFAULT_OPS = ("add", "mul", "matmul", "relu", "tanh", "maximum", "reduce_max", "broadcast",
               "transpose")


def _default_files():
    return [f for f in suite_files(SUITE) if f.parent.name in DEFAULT_OPS
            and ("vjp" in f.name or "crown" in f.name or "kink" in f.name or "naive" in f.name
                 or "zero" in f.name or "tie" in f.name or "one" in f.name)]


def test_suite_is_checked_in_and_names_its_lemmas():
    files = suite_files(SUITE)
    assert len(files) >= 150
    for f in files[:50]:
        text = f.read_text()
        assert "(set-info :status " in text and "(set-info :source |torchsmt lemma " in text


@pytest.mark.slow
@pytest.mark.parametrize("path", _default_files(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_default_subset(path):
    r = run_file(path)
    assert r.ok, (r.expected, r.got, r.reason)


def test_whole_suite():
    assert main(["obligations", "run", str(SUITE)]) == 0


def test_flipped_status_fails(tmp_path, capsys):
    src = SUITE / "relu"
    dst = tmp_path / "relu"
    shutil.copytree(src, dst)
    keep = [f for f in dst.glob("*.smt2") if "vjp_eq_jvp_transpose@3" in f.name or
            "vjp_one_at_zero" in f.name]
    for f in dst.glob("*.smt2"):
        if f not in keep:
            f.unlink()
    assert main(["obligations", "run", str(tmp_path)]) == 0
    victim = next(f for f in keep if "vjp_eq_jvp_transpose" in f.name)
    update_status(victim, "sat")  # flip unsat -> sat
    assert main(["obligations", "run", str(tmp_path)]) == 1
    assert "CHANGED" in capsys.readouterr().out
    assert main(["obligations", "run", str(tmp_path), "--update"]) == 0
    assert main(["obligations", "run", str(tmp_path)]) == 0
