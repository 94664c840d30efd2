"""The prover: a fresh z3 context per query, fixed seed, timeout, a cache keyed by the formula.

Proof by refutation: ``hyps and not claim`` unsat -> proved. Sat -> refuted with a counterexample
read from the model, except when the query has uninterpreted functions: then the model is checked
against the true functions numerically and a counterexample that does not survive is reported as
``unknown`` (the axioms were too weak, nothing was shown false). Unknown never counts as proved.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import threading
import time
from collections.abc import Iterable, Mapping
from fractions import Fraction
from typing import Any

import numpy as np
import z3

from torchsmt.ir.errors import TorchSMTError

from .obligation import SMT_STATUS, Obligation, Query, Result

SEED = 0


class Cache:
    """Results keyed by sha256 of the query's SMT-LIB text (+ solver version and kind)."""

    def __init__(self, path: str | os.PathLike | None = None):
        self.path = os.fspath(path) if path is not None else None
        self.data: dict[str, dict[str, Any]] = {}
        if self.path and os.path.exists(self.path):
            with open(self.path, encoding="utf-8") as f:
                self.data = json.load(f)

    def get(self, key: str) -> dict[str, Any] | None:
        return self.data.get(key)

    def put(self, key: str, value: dict[str, Any]) -> None:
        self.data[key] = value

    def save(self) -> None:
        if self.path:
            tmp = self.path + ".tmp"
            with open(tmp, "w", encoding="utf-8") as f:
                json.dump(self.data, f, indent=0, sort_keys=True)
            os.replace(tmp, self.path)


NRA = ("QF_NRA", "QF_UFNRA", "QF_LRA", "QF_UFLRA")


def ackermannize(ctx: z3.Context, fmls: list) -> tuple[list, bool]:
    """Replace uninterpreted applications by fresh reals plus functional consistency
    (a == b -> f(a) == f(b) for each pair of applications of the same function).

    Equisatisfiable; it turns QF_UFNRA into QF_NRA, which Z3's complete nlsat procedure decides
    (measured: softmax adjointness 0.4 s instead of a 20 s timeout).
    """
    apps: dict[int, z3.ExprRef] = {}
    seen: set[int] = set()
    stack = list(fmls)
    while stack:
        t = stack.pop()
        if t.get_id() in seen:
            continue
        seen.add(t.get_id())
        stack.extend(t.children())
        if z3.is_app(t) and t.num_args() > 0 and t.decl().kind() == z3.Z3_OP_UNINTERPRETED:
            apps[t.get_id()] = t
    if not apps:
        return list(fmls), False
    items = sorted(apps.values(), key=lambda t: t.get_id())
    subs = [(t, z3.Real(f"{t.decl().name()}!{i}", ctx)) for i, t in enumerate(items)]
    out = [z3.substitute(f, *subs) for f in fmls]
    args = [[z3.substitute(a, *subs) for a in t.children()] for t in items]
    for i in range(len(items)):
        for j in range(i + 1, len(items)):
            if items[i].decl().eq(items[j].decl()):
                same = z3.And([a == b for a, b in zip(args[i], args[j], strict=True)])
                out.append(z3.Implies(same, subs[i][1] == subs[j][1]))
    return out, True


def part_formulas(ob: Obligation, q: Query, ctx: z3.Context):
    """Per part: (formulas to refute, claim, fixed values, logic used)."""
    out = []
    for claim, hyps, fixed in q.split():
        fmls = [*hyps, z3.Not(claim)]
        logic = ob.logic
        if ob.logic in NRA:
            fmls, _ = ackermannize(ctx, fmls)
            logic = "QF_NRA"
        out.append((fmls, claim, fixed, logic))
    return out


def _solver(ctx: z3.Context, logic: str) -> z3.Solver:
    return z3.SolverFor(logic, ctx=ctx) if logic == "QF_NRA" else z3.Solver(ctx=ctx)


def build(ob: Obligation, ctx: z3.Context | None = None) -> tuple[list, Query]:
    ctx = ctx if ctx is not None else z3.Context()
    q = ob.builder(ctx)
    return part_formulas(ob, q, ctx), q


def smtlib(ob: Obligation, status: str | None = None) -> str:
    """The obligation as self-contained SMT-LIB2: one query per part, separated by (reset).

    The expected status (``unsat`` for a lemma: every part; ``sat`` for a known-false claim: some
    part) is recorded with ``set-info`` so the file carries its own expectation.
    """
    st = status or SMT_STATUS[ob.kind]
    if getattr(ob, "smtlib_text", None) is not None:
        return (f"; torchsmt obligation {ob.name} ({ob.kind}, op {ob.op}, {ob.family}, "
                f"solver {ob.solver})\n(set-info :source |torchsmt lemma {ob.name} kind "
                f"{ob.kind}|)\n(set-info :status {st})\n" + ob.smtlib_text())
    parts, _ = build(ob)
    head = (f"; torchsmt obligation {ob.name} ({ob.kind}, op {ob.op}, {ob.family})\n"
            + (f"; {ob.doc}\n" if ob.doc else "")
            + f"(set-info :source |torchsmt lemma {ob.name} kind {ob.kind}|)\n"
            f"(set-info :status {st})\n")
    bodies = []
    for fmls, _c, _f, logic in parts:
        s = z3.Solver(ctx=fmls[0].ctx)
        s.add(*fmls)
        body = s.to_smt2().replace("(set-info :status unknown)\n", "")
        body = body.replace("; benchmark generated from python API\n", "")
        bodies.append(f"(set-logic {logic if logic == 'QF_NRA' else 'ALL'})\n" + body)
    return head + "(reset)\n".join(bodies)


def _value(v: z3.ExprRef) -> Any:
    if z3.is_rational_value(v):
        f = Fraction(v.numerator_as_long(), v.denominator_as_long())
        return float(f) if f.denominator != 1 or abs(f) < 2**53 else str(f)
    if z3.is_algebraic_value(v):
        return float(v.approx(20).as_fraction())
    if z3.is_fp_value(v) or z3.is_fp(v):
        bits = z3.simplify(z3.fpToIEEEBV(v, ctx=v.ctx))
        if z3.is_bv_value(bits):
            return float(np.array([bits.as_long()], np.uint32).view(np.float32)[0])
    if z3.is_true(v) or z3.is_false(v):
        return z3.is_true(v)
    return str(v)


def counterexample(model: z3.ModelRef, q: Query, fixed: Mapping[str, float] = ()
                   ) -> dict[str, Any]:
    out: dict[str, Any] = {}
    fixed = dict(fixed)
    inputs = getattr(q.sem, "inputs", {}) if q.sem is not None else {}
    for name, arr in inputs.items():
        p = arr.view(np.ndarray)
        vals = np.empty(p.shape, dtype=object)
        for idx in np.ndindex(*p.shape):
            key = str(p[idx])
            vals[idx] = fixed[key] if key in fixed else \
                _value(model.eval(p[idx], model_completion=True))
        out[name] = vals.tolist() if p.ndim else vals[()]
    if not out:  # no declared inputs: report every constant of the model
        for d in model.decls():
            if d.arity() == 0:
                out[d.name()] = _value(model[d])
    return out


def _violated(t: z3.ExprRef, ev) -> bool | None:
    """Is ``t`` clearly false under the numeric evaluator? (None: cannot tell.)"""
    try:
        if z3.is_and(t):
            rs = [_violated(c, ev) for c in t.children()]
            return True if any(r is True for r in rs) else (None if None in rs else False)
        if z3.is_or(t):
            rs = [_violated(c, ev) for c in t.children()]
            return True if all(r is True for r in rs) else (None if None in rs else False)
        if z3.is_implies(t):
            h = _violated(t.arg(0), ev)
            return _violated(t.arg(1), ev) if h is False else (None if h is None else False)
        if z3.is_eq(t) or z3.is_le(t) or z3.is_ge(t) or z3.is_lt(t) or z3.is_gt(t):
            a, b = float(ev(t.arg(0))), float(ev(t.arg(1)))
            tol = 1e-7 * (1 + abs(a) + abs(b))
            if not (np.isfinite(a) and np.isfinite(b)):
                return None
            if z3.is_eq(t):
                return abs(a - b) > tol
            if z3.is_le(t) or z3.is_lt(t):
                return a - b > tol
            return b - a > tol
        if z3.is_not(t) and z3.is_eq(t.arg(0)):  # a != b
            a, b = float(ev(t.arg(0).arg(0))), float(ev(t.arg(0).arg(1)))
            return abs(a - b) <= 1e-12 * (1 + abs(a) + abs(b))
        if z3.is_distinct(t) and t.num_args() == 2:
            a, b = float(ev(t.arg(0))), float(ev(t.arg(1)))
            return abs(a - b) <= 1e-12 * (1 + abs(a) + abs(b))
        return None
    except (ValueError, KeyError, TypeError, z3.Z3Exception):
        return None


def genuine(model: z3.ModelRef, q: Query, claim: Any = None,
            fixed: Mapping[str, float] = ()) -> bool | None:
    """Does the model's input point violate the claim with the *true* functions?"""
    from torchsmt.smt_encodings.evaluate import Evaluator

    sem = q.sem
    if sem is None or not hasattr(sem, "fresh_defs"):
        return None
    env = {}
    for arr in sem.inputs.values():
        for t in arr.view(np.ndarray).reshape(-1):
            env[str(t)] = float(_value(model.eval(t, model_completion=True)))
    env.update(dict(fixed))
    ev = Evaluator(env, sem.fresh_defs)
    for h in list(getattr(sem, "domain", [])):
        if _violated(h, ev) is not False:
            return None
    return _violated(q.claim if claim is None else claim, ev)


def prove(ob: Obligation, *, timeout: float | None = None, cache: Cache | None = None,
          seed: int = SEED, cross_check: bool = False) -> Result:
    t0 = time.perf_counter()
    if ob.kind == "axiom":
        ok = ob.numeric() if ob.numeric is not None else True
        return Result(ob.name, ob.kind, "trusted" if ok else "refuted",
                      time.perf_counter() - t0,
                      reason="" if ok else "axiom fails its numeric check")
    tmo = float(ob.timeout if timeout is None else timeout)
    if getattr(ob, "solver", "z3") != "z3":
        return _prove_external(ob, tmo, t0)
    ctx = z3.Context()
    try:
        parts, q = build(ob, ctx)
    except (TorchSMTError, ValueError, TypeError, z3.Z3Exception) as e:
        return Result(ob.name, ob.kind, "unknown", time.perf_counter() - t0,
                      reason=f"encoding failed: {type(e).__name__}: {e}")
    key = ""
    if cache is not None:
        text = "\n(reset)\n".join(_sexpr(f) for f, *_ in parts)
        key = hashlib.sha256(f"{z3.get_version_string()}|{ob.kind}|{text}".encode()).hexdigest()
        hit = cache.get(key)
        if hit is not None:
            return Result(ob.name, ob.kind, hit["status"], time.perf_counter() - t0,
                          hit.get("counterexample"), hit.get("reason", ""), cached=True)
    status, cex, reason = "proved", None, ""
    for i, (fmls, claim, fixed, logic) in enumerate(parts):
        s = _solver(ctx, logic)
        s.set("timeout", max(1, int(tmo * 1000)))
        s.set("random_seed", seed)
        s.add(*fmls)
        # z3's own timeout is not always honoured inside nlsat: interrupt from a watchdog too.
        watchdog = threading.Timer(tmo + 1.0, ctx.interrupt)
        watchdog.start()
        try:
            r = s.check()
        finally:
            watchdog.cancel()
        if r == z3.unsat:
            continue
        where = f" (part {i + 1} of {len(parts)})" if len(parts) > 1 else ""
        if r == z3.sat:
            m = s.model()
            cex = counterexample(m, q, fixed)
            status = "refuted"
            if q.uses_uf:
                g = q.validate(cex) if q.validate is not None else genuine(m, q, claim, fixed)
                if g is not True:
                    status = "unknown"
                    reason = ("model is not a real counterexample: the claim holds numerically "
                              "at it (axioms too weak)" if g is False else
                              "model uses uninterpreted functions and could not be validated")
                    reason += where
                    break
            reason = where.strip()
            break
        status, reason = "unknown", (s.reason_unknown() or "unknown") + where
        break
    if ob.kind == "known_false" and status == "proved":
        reason = "expected a counterexample, but the claim is valid"
    cc = cross_check_smtlib(smtlib(ob, "unknown"), tmo) if cross_check else ""
    res = Result(ob.name, ob.kind, status, time.perf_counter() - t0, cex, reason,
                 cross_check=cc)
    if cache is not None and status != "unknown":
        cache.put(key, {"status": status, "counterexample": cex, "reason": reason})
    return res


def _prove_external(ob: Obligation, tmo: float, t0: float) -> Result:
    """Obligations carrying their own SMT-LIB text for another solver (issue 7: Bitwuzla)."""
    from .float32_solver import run_bitwuzla

    st, _dt, why = run_bitwuzla(ob.smtlib_text(), tmo)
    status = {"unsat": "proved" if ob.kind == "lemma" else "proved",
              "sat": "refuted"}.get(st, "unknown")
    if ob.kind == "known_false" and st == "unsat":
        why = "expected a counterexample, but the claim is valid"
    return Result(ob.name, ob.kind, status, time.perf_counter() - t0, None, why,
                  extra={"solver": ob.solver})


def _sexpr(fmls) -> str:
    return "\n".join(f.sexpr() for f in fmls)


def solvers_available() -> list[str]:
    out = []
    try:
        import cvc5  # noqa: F401

        out.append("cvc5 (python)")
    except ImportError:
        pass
    return out + [b for b in ("cvc5", "yices-smt2", "bitwuzla") if shutil.which(b)]


_CVC5_SCRIPT = """
import sys, cvc5
tm = cvc5.TermManager(); s = cvc5.Solver(tm); sm = cvc5.SymbolManager(tm)
p = cvc5.InputParser(s, sm)
p.setStringInput(cvc5.InputLanguage.SMT_LIB_2_6, sys.stdin.read(), "obligation")
res = "unknown"
while True:
    cmd = p.nextCommand()
    if cmd.isNull():
        break
    out = cmd.invoke(s, sm).strip()
    if out in ("sat", "unsat", "unknown"):
        res = out
print(res)
"""


def _cvc5_python(chunk: str, timeout: float) -> str:
    """cvc5 through its Python API, in a subprocess with a hard wall-clock limit (cvc5's own
    time limits were not honoured on some nonlinear queries)."""
    import sys

    try:
        p = subprocess.run([sys.executable, "-c", _CVC5_SCRIPT], input=chunk,
                           capture_output=True, text=True, timeout=timeout + 2)
    except subprocess.TimeoutExpired:
        return "unknown"
    out = p.stdout.strip().splitlines()
    return out[-1] if out else "unknown"


def cross_check_smtlib(text: str, timeout: float) -> str:
    """Re-solve the SMT-LIB text with a second solver: cvc5's Python API if installed (the
    ``solvers`` extra), else a cvc5/yices/bitwuzla binary. Returns "<solver>: <status>", where the
    status is unsat when every part is unsat and sat when some part is sat."""
    avail = solvers_available()
    if not avail:
        return "no second solver installed"
    chunks = [c for c in text.split("(reset)") if "(assert" in c]
    results = []
    for c in chunks:
        c = c if "(set-logic" in c else "(set-logic ALL)\n" + c
        if avail[0] == "cvc5 (python)":
            try:
                results.append(_cvc5_python(c, timeout))
            except Exception as e:  # noqa: BLE001 - any solver failure is "unknown"
                results.append(f"error {type(e).__name__}")
            continue
        b = avail[0]
        args = {"cvc5": ["cvc5", f"--tlim={int(timeout * 1000)}", "--lang=smt2"],
                "yices-smt2": ["yices-smt2", f"--timeout={int(timeout)}"],
                "bitwuzla": ["bitwuzla", f"--time-limit={int(timeout * 1000)}"]}[b]
        try:
            p = subprocess.run(args, input=c, capture_output=True, text=True,
                               timeout=timeout + 5)
            out = p.stdout.strip().splitlines()
            results.append(out[-1] if out else "unknown")
        except subprocess.TimeoutExpired:
            results.append("unknown")
    name = avail[0].split()[0]
    if "sat" in results:
        return f"{name}: sat"
    return f"{name}: unsat" if results and all(r == "unsat" for r in results) else \
        f"{name}: unknown"


def prove_all(obs: Iterable[Obligation], **kw: Any) -> list[Result]:
    return [prove(ob, **kw) for ob in obs]


def summarize(results: Iterable[Result]) -> Mapping[str, int]:
    out: dict[str, int] = {}
    for r in results:
        out[r.status] = out.get(r.status, 0) + 1
    return out
