"""Run VNN-COMP instances through `torchsmt verify` and score every answer.

    python benchmarks/vnncomp.py [--family acasxu mnist_fc ...] [--limit N] [--stride K]
                                 [--match REGEX] [--timeout S] [--no-recheck] [--csv OUT]
    python benchmarks/vnncomp.py --instances path/to/instances.csv

Default: every folder of ../shared/benchmarks (relative to the repository) with an expected.csv
(columns onnx,vnnlib,timeout,expected,...). A VNN-COMP instances.csv (onnx,vnnlib,timeout; no
header) is read relative to its folder, with expected.csv beside it when present. Missing files
fall back to ``path + ".gz"`` (mnist_fc and oval21 store them gzipped).

Each instance runs as its own `torchsmt verify` process (killed at the timeout plus a grace
period), writing a results file and, for unsat, its certificate. Then, in this process, every sat
is replayed (the results file's counterexample checked exactly against the property) and every
unsat certificate is checked again with ``check_bab_certificate`` (``--no-recheck`` skips that
second check: verify itself already refuses to say unsat before it passes). An answer is *wrong*
when it contradicts expected.csv, when its counterexample does not replay, or when its certificate
is rejected. The table: solved, unsolved (unknown/timeout/error), wrong, total and median time.
"""

from __future__ import annotations

import argparse
import csv
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_ROOT = REPO.parent / "shared" / "benchmarks"


@dataclass
class Instance:
    family: str
    onnx: Path
    vnnlib: Path
    timeout: float
    expected: str  # sat | unsat | unknown | "" (none)


def _existing(p: Path) -> Path:
    if p.exists():
        return p
    gz = Path(str(p) + ".gz")
    return gz if gz.exists() else p


def _expected_map(folder: Path) -> dict[tuple[str, str], str]:
    f = folder / "expected.csv"
    if not f.exists():
        return {}
    with open(f, newline="") as fh:
        return {(r["onnx"], r["vnnlib"]): r["expected"] for r in csv.DictReader(fh)}


def family_instances(folder: Path) -> list[Instance]:
    with open(folder / "expected.csv", newline="") as fh:
        rows = list(csv.DictReader(fh))
    return [Instance(folder.name, _existing(folder / r["onnx"]), _existing(folder / r["vnnlib"]),
                     float(r["timeout"]), r["expected"]) for r in rows]


def csv_instances(path: Path) -> list[Instance]:
    folder = path.parent
    exp = _expected_map(folder)
    out = []
    with open(path, newline="") as fh:
        for r in csv.reader(fh):
            if not r or r[0].strip().lower() == "onnx":
                continue
            onnx, vnnlib, timeout = (x.strip() for x in r[:3])
            out.append(Instance(folder.name, _existing(folder / onnx), _existing(folder / vnnlib),
                                float(timeout), exp.get((onnx, vnnlib), "")))
    return out


@dataclass
class Outcome:
    inst: Instance
    verdict: str
    seconds: float
    status: str  # solved | unsolved | wrong
    note: str = ""
    recheck_s: float = 0.0
    cpu_s: float = 0.0  # CPU seconds of the verify process (honest on a shared machine)


def run_one(inst: Instance, timeout: float, recheck: bool, workdir: Path,
            threads: int = 1, cpu_clock: bool = False) -> Outcome:
    res, cert = workdir / "results.txt", workdir / "cert.json"
    for p in (res, cert):
        if p.exists():
            p.unlink()
    cmd = [sys.executable, "-m", "torchsmt.cli", "verify", str(inst.onnx), str(inst.vnnlib),
           "--timeout", str(timeout), "--results", str(res), "--cert", str(cert), "--quiet",
           "--clock", "cpu" if cpu_clock else "wall"]
    kill_after = timeout * (10 if cpu_clock else 1) + 30
    t0 = time.monotonic()
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    try:
        env = dict(os.environ, OPENBLAS_NUM_THREADS=str(threads), OMP_NUM_THREADS=str(threads),
                   MKL_NUM_THREADS=str(threads))
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=kill_after, env=env)
        err = p.stderr.strip().splitlines()[-1:] if p.stderr.strip() else []
    except subprocess.TimeoutExpired:
        return Outcome(inst, "timeout", time.monotonic() - t0, "unsolved", "killed")
    secs = time.monotonic() - t0
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
    if not res.exists():
        return Outcome(inst, "error", secs, "unsolved", " ".join(err)[:120], cpu_s=cpu)
    verdict = res.read_text().split("\n", 1)[0].strip()
    note = " ".join(err)[:120]
    if verdict not in ("sat", "unsat"):
        return Outcome(inst, verdict, secs, "unsolved", note, cpu_s=cpu)
    if inst.expected in ("sat", "unsat") and verdict != inst.expected:
        return Outcome(inst, verdict, secs, "wrong", f"expected {inst.expected}", cpu_s=cpu)
    from torchsmt.formal.vnnlib import load_vnnlib
    from torchsmt.ir.onnx_import import load_model

    g, spec = load_model(inst.onnx), load_vnnlib(inst.vnnlib)
    t1 = time.monotonic()
    if verdict == "sat":
        from torchsmt.formal.counterexample import check_counterexample, load_counterexample

        rep = check_counterexample(g, spec, load_counterexample(res).x, tolerance=0)
        ok, why = rep.ok, rep.reason
    elif recheck:
        from torchsmt.formal.bab_check import check_bab_certificate

        rep = check_bab_certificate(g, spec, cert.read_text())
        ok, why = rep.ok, rep.failure or f"{rep.leaves} leaves"
    else:
        ok, why = True, "not re-checked"
    return Outcome(inst, verdict, secs, "solved" if ok else "wrong",
                   why if not ok else (note if verdict == "unsat" else "replayed exactly"),
                   time.monotonic() - t1, cpu)


def table(outs: list[Outcome]) -> str:
    fams = sorted({o.inst.family for o in outs})
    lines = ["| family | instances | solved (sat/unsat) | unsolved | wrong | total s | median s "
             "| total CPU s |", "|---|---|---|---|---|---|---|---|"]
    for f in fams + ["all"]:
        sel = [o for o in outs if f == "all" or o.inst.family == f]
        if not sel or (f == "all" and len(fams) == 1):
            continue
        solved = [o for o in sel if o.status == "solved"]
        ns = sum(o.verdict == "sat" for o in solved)
        times = [o.seconds for o in sel]
        lines.append(f"| {f} | {len(sel)} | {len(solved)} ({ns}/{len(solved) - ns}) | "
                     f"{sum(o.status == 'unsolved' for o in sel)} | "
                     f"{sum(o.status == 'wrong' for o in sel)} | {sum(times):.1f} | "
                     f"{statistics.median(times):.2f} | {sum(o.cpu_s for o in sel):.1f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--root", type=Path, default=DEFAULT_ROOT)
    ap.add_argument("--family", nargs="*", help="benchmark folders to run (default: all)")
    ap.add_argument("--instances", type=Path, help="a VNN-COMP instances.csv instead")
    ap.add_argument("--limit", type=int, help="at most N instances per family")
    ap.add_argument("--stride", type=int, default=1, help="every K-th instance")
    ap.add_argument("--offset", type=int, default=0, help="start at this instance (with --stride)")
    ap.add_argument("--match", help="regex on 'onnx vnnlib' selecting instances")
    ap.add_argument("--timeout", type=float, help="per-instance timeout (default: the csv's)")
    ap.add_argument("--no-recheck", action="store_true", help="do not re-check certificates")
    ap.add_argument("--csv", type=Path, help="write one row per instance here")
    ap.add_argument("--cpu-clock", action="store_true",
                    help="timeouts in CPU seconds of the verify process (a shared machine)")
    ap.add_argument("--threads", type=int, default=1,
                    help="BLAS threads per verify process (default 1: measured 2.7x faster than 2 "
                         "on a loaded 2-core machine, where spinning BLAS threads starve)")
    a = ap.parse_args(argv)
    for k in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[k] = str(a.threads)  # this process re-checks certificates: same setting
    if a.instances:
        insts = csv_instances(a.instances)
    else:
        if not a.root.is_dir():
            print(f"no benchmarks at {a.root}", file=sys.stderr)
            return 2
        folders = sorted(p for p in a.root.iterdir() if (p / "expected.csv").exists())
        if a.family:
            folders = [p for p in folders if p.name in a.family]
        insts = [i for f in folders for i in family_instances(f)]
    by_fam: dict[str, list[Instance]] = {}
    for i in insts:
        if a.match and not re.search(a.match, f"{i.onnx.name} {i.vnnlib.name}"):
            continue
        by_fam.setdefault(i.family, []).append(i)
    chosen = []
    for lst in by_fam.values():
        lst = lst[a.offset::max(1, a.stride)]
        chosen += lst[:a.limit] if a.limit else lst
    outs: list[Outcome] = []
    with tempfile.TemporaryDirectory() as td:
        for k, inst in enumerate(chosen):
            t = a.timeout if a.timeout else inst.timeout
            o = run_one(inst, t, not a.no_recheck, Path(td), a.threads, a.cpu_clock)
            outs.append(o)
            print(f"[{k + 1}/{len(chosen)}] {inst.family} {inst.onnx.name} {inst.vnnlib.name}: "
                  f"{o.verdict} ({inst.expected or '?'}) {o.status} {o.seconds:.2f} s "
                  f"(cpu {o.cpu_s:.2f} s)"
                  + (f" +check {o.recheck_s:.2f} s" if o.recheck_s else "")
                  + (f" [{o.note}]" if o.note else ""), flush=True)
    if a.csv:
        with open(a.csv, "w", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(["family", "onnx", "vnnlib", "expected", "verdict", "status", "seconds",
                        "cpu_seconds", "recheck_seconds", "note"])
            for o in outs:
                w.writerow([o.inst.family, o.inst.onnx.name, o.inst.vnnlib.name, o.inst.expected,
                            o.verdict, o.status, f"{o.seconds:.3f}", f"{o.cpu_s:.3f}",
                            f"{o.recheck_s:.3f}", o.note])
    print()
    print(table(outs) if outs else "no instances selected")
    return 1 if any(o.status == "wrong" for o in outs) else 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONWARNINGS", "ignore")
    sys.exit(main())
