"""The regression suite: catalog obligations as .smt2 files that carry their expected status.

``write_suite(dir, obligations)`` writes ``dir/<op>/<lemma>.smt2`` (one file per lemma or
known-false claim; each names its lemma in ``set-info :source`` and its expectation in
``set-info :status``). ``run_file`` re-solves a file (every ``(reset)``-separated query in a fresh
context) and compares with its recorded status: ``unsat`` means every query is unsat, ``sat``
means some query is sat. ``run_suite(dir, update=False)`` reports every change.
"""

from __future__ import annotations

import os
import re
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import z3

from torchsmt.ir.errors import FormatError

from .obligation import Obligation
from .prover import smtlib

_STATUS = re.compile(r"\(set-info :status (sat|unsat|unknown)\)")
_SOURCE = re.compile(r"\(set-info :source \|torchsmt lemma (\S+) kind (\S+)\|\)")


def file_name(ob: Obligation) -> str:
    safe = re.sub(r"[^A-Za-z0-9_.@-]", "_", ob.name.split(".", 1)[-1])
    return os.path.join(re.sub(r"[^A-Za-z0-9_]", "_", ob.op), safe + ".smt2")


def write_suite(directory: str | os.PathLike, obligations: Iterable[Obligation]) -> list[Path]:
    out = []
    for ob in obligations:
        if ob.kind == "axiom":
            continue
        path = Path(directory) / file_name(ob)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(smtlib(ob), encoding="utf-8")
        out.append(path)
    return out


@dataclass(frozen=True)
class FileResult:
    path: str
    lemma: str
    expected: str
    got: str
    seconds: float
    reason: str = ""

    @property
    def ok(self) -> bool:
        return self.expected == self.got

    def to_json(self) -> dict:
        return {"path": self.path, "lemma": self.lemma, "expected": self.expected,
                "got": self.got, "seconds": round(self.seconds, 4), "ok": self.ok,
                **({"reason": self.reason} if self.reason else {})}


def _check_text(text: str, timeout: float) -> tuple[str, str]:
    if "solver bitwuzla)" in text.split("\n", 1)[0]:  # issue 7's external-solver obligations
        from .float32_solver import run_bitwuzla

        st, _dt, why = run_bitwuzla(text, timeout)
        return st, why
    results = []
    for chunk in text.split("(reset)"):
        if "(assert" not in chunk:
            continue
        logic = re.search(r"\(set-logic (\S+)\)", chunk)
        ctx = z3.Context()
        fmls = z3.parse_smt2_string(chunk, ctx=ctx)
        s = z3.SolverFor(logic.group(1), ctx=ctx) if logic and logic.group(1) == "QF_NRA" \
            else z3.Solver(ctx=ctx)
        s.set("timeout", int(timeout * 1000))
        s.add(fmls)
        wd = threading.Timer(timeout + 1.0, ctx.interrupt)
        wd.start()
        try:
            r = s.check()
        finally:
            wd.cancel()
        if r == z3.sat:
            return "sat", ""
        if r == z3.unknown:
            results.append(s.reason_unknown())
    return ("unknown", results[0]) if results else ("unsat", "")


def run_file(path: str | os.PathLike, timeout: float = 60.0) -> FileResult:
    text = Path(path).read_text(encoding="utf-8")
    m = _STATUS.search(text)
    if m is None:
        raise FormatError(f"{path}: no (set-info :status ...) line")
    src = _SOURCE.search(text)
    t0 = time.perf_counter()
    try:
        got, why = _check_text(text, timeout)
    except z3.Z3Exception as e:
        got, why = "unknown", f"parse error: {e}"
    return FileResult(str(path), src.group(1) if src else "", m.group(1), got,
                      time.perf_counter() - t0, why)


def suite_files(directory: str | os.PathLike) -> list[Path]:
    d = Path(directory)
    if not d.is_dir():
        raise FormatError(f"{directory}: not a directory")
    return sorted(d.rglob("*.smt2"))


def update_status(path: str | os.PathLike, status: str) -> None:
    p = Path(path)
    text = p.read_text(encoding="utf-8")
    p.write_text(_STATUS.sub(f"(set-info :status {status})", text, count=1), encoding="utf-8")
