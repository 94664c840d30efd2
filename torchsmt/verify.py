"""``verify(model, prop)``: falsify, bound, branch and bound; every answer re-checked.

Order of work, per VNNLIB disjunct (an input box and an output condition, a union of polytopes):

1. falsification: random points in the box (vectorized) and PGD on the violation score with the
   graph's VJP (ir.autodiff); leaf centres and bound minimizers again during branch and bound;
2. bounds: batched certificates over boxes (interval, then CROWN intermediate bounds), input
   splitting for low-dimensional inputs (ACAS Xu); otherwise alpha-CROWN on the whole box, then
   ReLU splitting (bounds/bab_relu.py), then input splitting where ReLU splitting gave up.

Answers: ``sat`` only for a point that replays through the interpreter in float32 *and* passes the
exact rational check of formal/counterexample.py against the whole property; ``unsat`` only after
``formal.bab_check.check_bab_certificate`` accepted the branch-and-bound certificate (tree coverage
checked exactly, every leaf's bounds re-derived by the independent checker). Anything else is
``unknown`` (search exhausted) or ``timeout``. A failed bound is never read as a proof.
"""

from __future__ import annotations

import json
import sys
import time
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import numpy as np

from torchsmt.ir.errors import ShapeError

LOW_DIM = 16  # input splitting up to this many non-degenerate input dimensions


@dataclass(frozen=True)
class VerifyResult:
    verdict: str  # "sat" | "unsat" | "unknown" | "timeout"
    seconds: float
    reason: str = ""
    x: tuple[float, ...] | None = None  # sat: the input (float32 values)
    y: tuple[float, ...] | None = None  # sat: its float32 outputs
    certificate: str | None = field(default=None, repr=False)  # unsat: the checked JSON text
    check_seconds: float = 0.0
    leaves: int = 0
    boxes: int = 0

    def results_text(self) -> str:
        """The VNN-COMP results file: the verdict, then ((X_i v) ... (Y_j v)) for sat."""
        if self.verdict != "sat" or self.x is None:
            return self.verdict + "\n"
        items = [f"(X_{i} {_exact(v)})" for i, v in enumerate(self.x)]
        items += [f"(Y_{j} {_exact(v)})" for j, v in enumerate(self.y or ())]
        return "sat\n(" + "\n ".join(items) + ")\n"


def _exact(v: float) -> str:
    """The exact decimal value of a binary float (no rounding: the checker reads it exactly)."""
    s = format(Decimal(float(v)), "f")
    return s.rstrip("0").rstrip(".") if "." in s else s


class _Confirm:
    """Replays candidates: float32 interpreter run + exact check against the whole property."""

    def __init__(self, g: Any, spec: Any, max_exact: int = 4):
        self.g, self.spec, self.max_exact = g, spec, max_exact
        self.found: tuple[np.ndarray, np.ndarray] | None = None
        self.rejected = 0

    def __call__(self, pts: np.ndarray, scores: np.ndarray) -> np.ndarray | None:
        from torchsmt.formal.counterexample import check_counterexample

        order = np.argsort(scores)
        tried = 0
        for i in order:
            if scores[i] > 1e-6 * (1 + abs(float(scores[i]))) or tried >= self.max_exact:
                break
            tried += 1
            x = np.asarray(pts[i], dtype=np.float32)
            y = np.asarray(self.g.run(x), dtype=np.float32)  # the float32 replay
            if not np.all(np.isfinite(y)):
                continue
            rep = check_counterexample(self.g, self.spec, x.ravel(), tolerance=0)
            if rep.ok:
                self.found = (x.ravel(), y.ravel())
                return x
            self.rejected += 1
        return None


def _polys(d: Any, n_out: int) -> list[tuple[np.ndarray, np.ndarray]]:
    return [(np.asarray(p.A, dtype=np.float64).reshape(-1, n_out),
             np.asarray(p.b, dtype=np.float64)) for p in d.outputs]


def verify(model: Any, prop: Any, timeout: float = 60.0, *, progress: bool = False,
           seed: int = 0, batch: int = 512, semantics: str = "real",
           clock: str = "wall") -> VerifyResult:
    """Decide a VNNLIB property on a network. ``model``: a Graph or a file path (.onnx, .onnx.gz,
    .nnet, graph JSON); ``prop``: a Spec or a .vnnlib path. ``semantics="real"``: the network is
    read as exact real arithmetic on its float weights (the certificate checker's meaning).
    ``clock="cpu"`` measures the timeout in this process's CPU seconds (benchmarking on a shared
    machine, where wall time says more about the neighbours than about the verifier)."""
    from torchsmt.bounds.bab import BabOptions, input_split, single_box
    from torchsmt.bounds.bab_attack import Attacker
    from torchsmt.bounds.bab_relu import ReluOptions, relu_split
    from torchsmt.formal.bab_check import check_bab_certificate
    from torchsmt.formal.vnnlib import Spec, load_vnnlib
    from torchsmt.ir import Graph
    from torchsmt.ir.onnx_import import load_model

    if semantics != "real":
        raise ShapeError(f"semantics {semantics!r} is not supported (only 'real')")
    if clock not in ("wall", "cpu"):
        raise ShapeError(f"clock must be 'wall' or 'cpu', not {clock!r}")
    now = time.process_time if clock == "cpu" else time.monotonic
    t0 = now()
    deadline = t0 + float(timeout)
    g = model if isinstance(model, Graph) else load_model(model)
    spec = prop if isinstance(prop, Spec) else load_vnnlib(prop)
    if len(g.inputs) != 1 or len(g.outputs) != 1:
        raise ShapeError("verify needs a network with one input and one output")
    n_in = int(np.prod(g.node(g.inputs[0]).shape))
    n_out = int(np.prod(g.node(g.outputs[0]).shape))
    if n_in != spec.n_inputs or n_out != spec.n_outputs:
        raise ShapeError(f"the property has {spec.n_inputs} inputs and {spec.n_outputs} outputs; "
                         f"the network has {n_in} and {n_out}")
    shape = g.node(g.inputs[0]).shape
    confirm = _Confirm(g, spec)
    bar = _Progress(progress, len(spec.disjuncts))

    def done(verdict: str, reason: str, **kw: Any) -> VerifyResult:
        bar.close()
        return VerifyResult(verdict, now() - t0, reason, **kw)

    def sat() -> VerifyResult:
        x, y = confirm.found
        return done("sat", "counterexample replayed in float32 and checked exactly",
                    x=tuple(float(v) for v in x), y=tuple(float(v) for v in y))

    # 1. falsification on every disjunct
    attackers = []
    for d in spec.disjuncts:
        lo32, hi32 = d.box.inner(np.float32)
        if np.any(lo32 > hi32) or not d.outputs:
            attackers.append(None)  # no float32 point inside, or nothing to violate
            continue
        att = Attacker(g, lo32, hi32, _polys(d, n_out), seed=seed)
        attackers.append(att)
        if n_in <= LOW_DIM:  # many points, the centre and the box ends
            pts = np.concatenate([att.sample(4096), (att.lo / 2 + att.hi / 2)[None],
                                  att.lo[None], att.hi[None]])
        else:  # uniform points and random vertices
            pts = np.concatenate([att.sample(128), att.sample(128, vertices=True)])
        s, _ = att.scores(pts)
        if confirm(pts, s) is not None:
            return sat()
        if _pgd(att, pts[np.argsort(s)[:8]], n_in, deadline, confirm, now):
            return sat()
        if now() > deadline:
            return done("timeout", "during falsification")
    # 2. bounds and branch and bound, disjunct by disjunct
    proofs: list[tuple[list, list]] = []
    leaves = boxes = 0
    for di, d in enumerate(spec.disjuncts):
        polys = _polys(d, n_out)
        if not polys:  # an empty output condition: nothing in this box violates
            proofs.append(([{"vacuous": True}], []))
            continue
        lo, hi = d.box.outer(np.float64)
        att = attackers[di]

        def attack(pts: np.ndarray, att: Any = att) -> np.ndarray | None:
            if att is None:
                return None
            p = np.clip(pts, att.lo, att.hi).astype(np.float32)
            s, _ = att.scores(p)
            return confirm(p, s)

        dims = int(np.sum(hi > lo))
        if dims <= LOW_DIM:
            # leave time for the final check (measured: about as long as producing the leaves)
            outcome = input_split(g, lo.reshape(shape), hi.reshape(shape), polys, deadline,
                                  BabOptions(batch=batch), attack=attack,
                                  progress=lambda lv, op, fr, di=di: bar.update(di, lv, op, fr),
                                  clock=now, reserve=1.5)
        else:
            outcome = single_box(g, lo.reshape(shape), hi.reshape(shape), polys, "crown")
            if outcome.status != "refuted" and now() < deadline:
                outcome = single_box(g, lo.reshape(shape), hi.reshape(shape), polys, "alpha",
                                     iters=40)
            # not refuted: a short ReLU-splitting search first (bounds/bab_relu.py; most of its
            # refutations take seconds: mnist_fc 256x2 prop_8 eps 0.03 in 4 leaves and 0.3 CPU s,
            # where input splitting needed 6478 leaves in 60 s); checking its leaves took 0.8x
            # the time producing them (256x2 prop_6 eps 0.03: 1025 leaves, 14.5 s), ...
            def relu(stop: float, resume: Any = None, di: int = di, lo: Any = lo,
                     hi: Any = hi, polys: Any = polys, attack: Any = attack) -> Any:
                return relu_split(g, lo.reshape(shape), hi.reshape(shape), polys, stop,
                                  ReluOptions(max_leaves=8000), attack=attack,
                                  progress=lambda lv, op, fr: bar.update(di, lv, op, fr),
                                  clock=now, reserve=1.0, resume=resume)

            if outcome.status != "refuted" and now() < deadline:
                outcome = relu(min(deadline, now() + max(3.0, (deadline - now()) / 8)))
                if outcome.status == "candidate":
                    return sat()
            # ... a quarter of the remaining time (at most 20 s) on more attack restarts (they
            # found mnist_fc prop_2's counterexample that the first round missed), ...
            stop = now() + min((deadline - now()) / 4, 20.0)
            while outcome.status != "refuted" and att is not None and now() < stop:
                starts = np.concatenate([att.sample(8), att.sample(8, vertices=True)])
                if _pgd(att, starts, n_in, stop, confirm, now):
                    return sat()
            # ... ReLU splitting continued with the rest of the time where it ran out, ...
            if outcome.status == "timeout" and now() < deadline:
                outcome = relu(deadline, outcome)
                if outcome.status == "candidate":
                    return sat()
            # ... and where it gave up (too many leaves or domains), input splitting with CROWN:
            # the linear bound's coefficients pick the few pixels that matter
            if outcome.status not in ("refuted", "timeout") and now() < deadline:
                outcome = input_split(g, lo.reshape(shape), hi.reshape(shape), polys, deadline,
                                      BabOptions(batch=64, max_leaves=8000), attack=attack,
                                      progress=lambda lv, op, fr, di=di: bar.update(di, lv, op,
                                                                                    fr),
                                      clock=now, reserve=1.5)
        leaves, boxes = leaves + outcome.leaves, boxes + outcome.boxes
        if outcome.status == "candidate":
            return sat()
        if outcome.status != "refuted":
            verdict = "timeout" if outcome.status == "timeout" or \
                now() > deadline else "unknown"
            return done(verdict, f"disjunct {di}: {outcome.reason}", leaves=leaves, boxes=boxes)
        proofs.append((outcome.tree, outcome.chunks))
    # 3. the certificate, checked before anyone hears "unsat"
    text = bab_certificate_text(g.sha256(), proofs)
    bar.close()
    rep = check_bab_certificate(g, spec, text)
    if not rep.ok:
        return done("unknown", f"certificate rejected by the checker: {rep.failure}",
                    check_seconds=rep.seconds, leaves=leaves, boxes=boxes)
    return done("unsat", f"certificate checked: {rep.leaves} leaves in {rep.chunks} chunk(s)",
                certificate=text, check_seconds=rep.seconds, leaves=leaves, boxes=boxes)


def _pgd(att: Any, starts: np.ndarray, n_in: int, deadline: float, confirm: _Confirm,
         now: Any) -> bool:
    x, sc = att.pgd(starts, steps=40 if n_in > LOW_DIM else 20, deadline=deadline,
                    clock=now, first_step=0.25 if n_in > LOW_DIM else 0.1)
    return confirm(x[None], np.array([sc])) is not None


def bab_certificate_text(graph_sha256: str, proofs: list[tuple[list, list]]) -> str:
    """The torchsmt.bab_certificate document (formal/bab_check.py) from trees and chunks."""
    parts = []
    version = 2 if any("relu_split" in n for tree, _ in proofs for n in tree) else 1
    for tree, chunks in proofs:
        parts.append('{"tree":' + json.dumps(tree, separators=(",", ":")) + ',"chunks":['
                     + ",".join(c.to_json() for c in chunks) + "]}")
    return ('{"format":"torchsmt.bab_certificate","version":' + str(version) + ',"graph_sha256":'
            + json.dumps(graph_sha256) + ',"disjuncts":[' + ",".join(parts) + "]}")


class _Progress:
    """tqdm on stderr: refuted share of the input volume, leaves, open boxes."""

    def __init__(self, on: bool, n_disjuncts: int):
        self.bar = None
        self.on = on
        self.n = n_disjuncts

    def update(self, di: int, leaves: int, open_: int, frac: float) -> None:
        if self.on and self.bar is None:  # created at the first update: silent when instant
            from tqdm import tqdm

            self.bar = tqdm(total=100, file=sys.stderr, unit="%", leave=False,
                            bar_format="{l_bar}{bar}| {n:.1f}% {postfix}")
        if self.bar is not None:
            self.bar.set_description(f"disjunct {di + 1}/{self.n}")
            self.bar.n = 100.0 * frac
            self.bar.set_postfix_str(f"leaves={leaves} open={open_}", refresh=False)
            self.bar.refresh()

    def close(self) -> None:
        self.on = False
        if self.bar is not None:
            self.bar.close()
            self.bar = None


def write_results(result: VerifyResult, path: str | Path) -> None:
    Path(path).write_text(result.results_text())


__all__ = ["VerifyResult", "bab_certificate_text", "verify", "write_results"]
