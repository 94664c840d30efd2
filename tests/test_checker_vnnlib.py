"""`torchsmt check-cert MODEL PROP.vnnlib CERT`: a bound certificate proves a VNNLIB property when
its box covers the property's box and its claim refutes every polytope; branch-and-bound
certificates go to formal/bab_check.py. Exit codes 0 / 1 / 2."""

from __future__ import annotations

import json

import numpy as np
import pytest
from test_bounds_nets import build

import torchsmt.bounds as tb
from torchsmt.cli import main
from torchsmt.formal.certificate_format import parse
from torchsmt.formal.checker_spec import vnnlib_implied
from torchsmt.formal.vnnlib import parse_vnnlib
from torchsmt.ir.serialize import save

EPS = 0.02


def _vnnlib(lo, hi, outputs: str, n_out: int = 4) -> str:
    lines = [f"(declare-const X_{i} Real)" for i in range(lo.size)]
    lines += [f"(declare-const Y_{j} Real)" for j in range(n_out)]
    for i, (a, b) in enumerate(zip(lo.reshape(-1), hi.reshape(-1), strict=True)):
        lines += [f"(assert (>= X_{i} {a:.4f}))", f"(assert (<= X_{i} {b:.4f}))"]
    return "\n".join(lines + [outputs, ""])


@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    """A model, a property box (4-decimal ends), the label at its centre, and a certificate of
    the margins y_label - y_j over the property's outward-rounded box."""
    tmp = tmp_path_factory.mktemp("vnn")
    g, lo, hi = build("mlp")
    c = (lo + hi) / 2
    lo, hi = np.round(c - EPS, 4), np.round(c + EPS, 4)
    label = int(np.argmax(np.asarray(g.run(c))))
    others = [j for j in range(4) if j != label]
    robust = "(assert (or " + " ".join(f"(and (<= Y_{label} Y_{j}))" for j in others) + "))"
    spec = parse_vnnlib(_vnnlib(lo, hi, robust))
    box = spec.disjuncts[0].box
    C = np.stack([np.eye(4)[label] - np.eye(4)[j] for j in others])
    L, H = box.lower.reshape(lo.shape), box.upper.reshape(lo.shape)
    cert = tb.certify(g, L, H, C=C, iters=5)
    assert np.all(cert.lower > 0), "the test property must be provable"
    save(g, tmp / "m.json")
    (tmp / "cert.json").write_text(cert.to_json())
    (tmp / "robust.vnnlib").write_text(_vnnlib(lo, hi, robust))
    return tmp, g, lo, hi, label, others, cert


def test_vnnlib_spec_proved_and_not(setup, capsys):
    tmp, g, lo, hi, label, others, cert = setup
    m, c = str(tmp / "m.json"), str(tmp / "cert.json")
    assert main(["check-cert", m, str(tmp / "robust.vnnlib"), c]) == 0
    assert "VALID" in capsys.readouterr().out
    # a larger box than the certified one: not covered
    robust = "(assert (or " + " ".join(f"(and (<= Y_{label} Y_{j}))" for j in others) + "))"
    (tmp / "big.vnnlib").write_text(_vnnlib(lo - 1e-3, hi, robust))
    assert main(["check-cert", m, str(tmp / "big.vnnlib"), c]) == 1
    assert "contains the property's input box" in capsys.readouterr().out
    # a polytope whose row the certificate lacks (label vs itself is not a C row; Y_0 <= 5 neither)
    (tmp / "row.vnnlib").write_text(_vnnlib(lo, hi, "(assert (<= Y_0 5))"))
    assert main(["check-cert", m, str(tmp / "row.vnnlib"), c]) == 1
    assert "none of its rows" in capsys.readouterr().out
    # one polytope (one row) of the property alone is proved too
    j = others[0]
    (tmp / "ok.vnnlib").write_text(_vnnlib(lo, hi, f"(assert (and (<= Y_{label} Y_{j})))"))
    assert main(["check-cert", m, str(tmp / "ok.vnnlib"), c]) == 0
    # a claim too small for the row's right side (b = 0): refuted only if claim > b exactly
    cd = parse((tmp / "cert.json").read_text())
    poly = parse_vnnlib(_vnnlib(lo, hi, f"(assert (<= Y_{label} Y_{j}))"))
    assert vnnlib_implied(cd, poly) is None
    weak = cd.__class__(**{**cd.__dict__, "claim": cd.claim - (cert.lower.max() + 1e-3)})
    why = vnnlib_implied(weak, poly)
    assert why and "not above the row's right side" in why
    tie = cd.__class__(**{**cd.__dict__, "claim": cd.claim * 0.0})  # bound 0 = b: not > b
    assert vnnlib_implied(tie, poly) is not None


def test_vnnlib_exact_box_comparison(setup):
    """Covering is decided on the exact rationals: a certified end one ulp inside fails."""
    tmp, g, lo, hi, label, others, cert = setup
    cd = parse((tmp / "cert.json").read_text())
    spec = parse_vnnlib((tmp / "robust.vnnlib").read_text())
    assert vnnlib_implied(cd, spec) is None
    lo_in = cd.lower_in.copy()
    lo_in.reshape(-1)[2] = np.nextafter(lo_in.reshape(-1)[2], np.inf)
    shrunk = cd.__class__(**{**cd.__dict__, "lower_in": lo_in})
    assert "contains" in vnnlib_implied(shrunk, spec)


def test_vnnlib_unusable_and_tampered(setup, capsys):
    tmp, g, lo, hi, label, others, cert = setup
    m, c = str(tmp / "m.json"), str(tmp / "cert.json")
    (tmp / "broken.vnnlib").write_text("(declare-const X_0 Real)\n(assert (<= X_0")
    assert main(["check-cert", m, str(tmp / "broken.vnnlib"), c]) == 2
    doc = json.loads((tmp / "cert.json").read_text())
    doc["claim"]["lower"] = [v + 10 for v in doc["claim"]["lower"]]
    (tmp / "bad.json").write_text(json.dumps(doc))
    assert main(["check-cert", m, str(tmp / "robust.vnnlib"), str(tmp / "bad.json")]) == 1
    assert "Traceback" not in capsys.readouterr().err


def test_bab_certificates_are_dispatched(tmp_path, capsys):
    import time

    from test_bab_check import prop, tiny_mlp, unsat_threshold

    from torchsmt.bounds.bab import BabOptions, input_split
    from torchsmt.verify import bab_certificate_text

    g = tiny_mlp()
    text_prop = prop(unsat_threshold(g))
    d = parse_vnnlib(text_prop).disjuncts[0]
    out = input_split(g, d.box.lower, d.box.upper, [(p.A, p.b) for p in d.outputs],
                      time.monotonic() + 60, BabOptions(batch=4))
    assert out.status == "refuted"
    save(g, tmp_path / "m.json")
    (tmp_path / "p.vnnlib").write_text(text_prop)
    (tmp_path / "bab.json").write_text(bab_certificate_text(g.sha256(), [(out.tree, out.chunks)]))
    m, p, c = (str(tmp_path / n) for n in ("m.json", "p.vnnlib", "bab.json"))
    assert main(["check-cert", m, p, c]) == 0
    assert "leaf boxes" in capsys.readouterr().out
    doc = json.loads((tmp_path / "bab.json").read_text())
    doc["disjuncts"][0]["tree"] = doc["disjuncts"][0]["tree"][:1]
    (tmp_path / "bad.json").write_text(json.dumps(doc))
    assert main(["check-cert", m, p, str(tmp_path / "bad.json")]) == 1
    assert main(["check-cert", m, "-", c]) == 2  # a tree certificate needs its VNNLIB property
