"""Obligations (named claims for the solver) and their results.

An obligation's ``builder(ctx)`` returns a ``Query``: a claim and the hypotheses it rests on,
built in the fresh ``z3.Context`` it is given. Kinds: ``lemma`` (must be proved), ``axiom``
(trusted; listed in the trusted base and checked numerically, never proved), ``known_false``
(must be refuted: it documents a pitfall). ``unknown`` never counts as proved.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

KINDS = ("lemma", "axiom", "known_false")
EXPECTED = {"lemma": "proved", "known_false": "refuted", "axiom": "trusted"}
SMT_STATUS = {"lemma": "unsat", "known_false": "sat"}


@dataclass(frozen=True)
class Query:
    claim: Any  # z3.BoolRef
    hyps: tuple[Any, ...] = ()
    sem: Any = None  # the semantics that built the terms (inputs, fresh definitions)
    uses_uf: bool = False  # uninterpreted functions: a model may be spurious
    validate: Callable[[Mapping[str, Any]], bool | None] | None = None  # real cex check
    # Independent sub-queries (claim, hyps, fixed values): proved iff every part is proved.
    # Used to split a conjunction, or a claim linear in a variable block into one query per
    # basis vector (the values substituted are reported with a counterexample).
    parts: tuple[tuple[Any, tuple[Any, ...], Mapping[str, float]], ...] = ()

    def split(self) -> tuple[tuple[Any, tuple[Any, ...], Mapping[str, float]], ...]:
        return self.parts or ((self.claim, self.hyps, {}),)


@dataclass(frozen=True)
class Obligation:
    name: str
    kind: str
    op: str
    logic: str
    builder: Callable[[Any], Query] | None
    timeout: float = 30.0
    doc: str = ""
    axioms: tuple[str, ...] = ()  # trusted axioms whose instances the query uses
    family: str = ""  # vjp_eq_jvp_transpose, interval_sound, relax, kink, taylor, pitfall, ...
    numeric: Callable[[], bool] | None = None  # axioms: independent numeric check
    solver: str = "z3"  # "bitwuzla": smtlib_text is run by formal/float32_solver.py (issue 7)
    smtlib_text: Callable[[], str] | None = None  # native SMT-LIB (QF_FP) for such obligations

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"{self.name}: kind must be one of {KINDS}, got {self.kind!r}")

    @property
    def expected(self) -> str:
        return EXPECTED[self.kind]

    def info(self) -> dict[str, Any]:
        return {"name": self.name, "kind": self.kind, "op": self.op, "logic": self.logic,
                "family": self.family, "timeout": self.timeout, "axioms": list(self.axioms),
                "doc": self.doc}


@dataclass(frozen=True)
class Result:
    name: str
    kind: str
    status: str  # proved | refuted | unknown | trusted
    seconds: float
    counterexample: Mapping[str, Any] | None = None
    reason: str = ""
    cached: bool = False
    cross_check: str = ""
    extra: Mapping[str, Any] = field(default_factory=dict)

    @property
    def as_expected(self) -> bool:
        return self.status == EXPECTED.get(self.kind)

    def to_json(self) -> dict[str, Any]:
        d: dict[str, Any] = {"name": self.name, "kind": self.kind, "status": self.status,
                             "seconds": round(self.seconds, 4)}
        if self.counterexample is not None:
            d["counterexample"] = dict(self.counterexample)
        if self.reason:
            d["reason"] = self.reason
        if self.cached:
            d["cached"] = True
        if self.cross_check:
            d["cross_check"] = self.cross_check
        d.update(self.extra)
        return d
