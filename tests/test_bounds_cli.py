"""`torchsmt bounds` and `torchsmt check-cert` in-process: outputs and exit codes 0 / 1 / 2."""

from __future__ import annotations

import json

import numpy as np
from test_bounds_nets import build

from torchsmt.cli import main
from torchsmt.ir.serialize import save

SPEC_C = (np.eye(4)[1:] - np.eye(4)[0]).tolist()


def _setup(tmp_path):
    g, lo, hi = build("mlp")
    save(g, tmp_path / "m.json")
    np.save(tmp_path / "c.npy", (lo + hi) / 2)
    (tmp_path / "spec_c.json").write_text(json.dumps({"C": SPEC_C}))
    return g, lo, hi


def test_bounds_and_check_cert(tmp_path, capsys):
    g, lo, hi = _setup(tmp_path)
    m, cert = str(tmp_path / "m.json"), str(tmp_path / "cert.json")
    assert main(["bounds", m, "--eps", "0.3", "--center", str(tmp_path / "c.npy"),
                 "--method", "alpha", "--iters", "4", "--spec", str(tmp_path / "spec_c.json"),
                 "--cert", cert]) == 0
    out = capsys.readouterr().out
    assert "row 2:" in out and "certificate written" in out
    for method in ("ibp", "crown"):
        assert main(["bounds", m, "--input-box", "-1", "1", "--method", method]) == 0
    assert "output 3:" in capsys.readouterr().out
    assert main(["check-cert", m, "-", cert]) == 0
    assert main(["check-cert", m, cert, cert, "--exact"]) == 0
    claim = json.loads((tmp_path / "cert.json").read_text())["claim"]
    spec = {"format": "torchsmt.spec", "version": 1,
            "input": {"lower": lo.tolist(), "upper": hi.tolist()},
            "C": SPEC_C, "lower": [v - 1 for v in claim["lower"]]}
    (tmp_path / "spec.json").write_text(json.dumps(spec))
    assert main(["check-cert", m, str(tmp_path / "spec.json"), cert]) == 0
    spec["lower"][0] = claim["lower"][0] + 1  # asks for more than is certified
    (tmp_path / "spec.json").write_text(json.dumps(spec))
    assert main(["check-cert", m, str(tmp_path / "spec.json"), cert]) == 1
    spec["lower"][0] = -1e9
    spec["input"]["upper"] = (hi + 1).tolist()  # a bigger box than the certified one
    (tmp_path / "spec.json").write_text(json.dumps(spec))
    assert main(["check-cert", m, str(tmp_path / "spec.json"), cert]) == 1
    assert "INVALID" in capsys.readouterr().out


def test_tampered_and_unusable_inputs(tmp_path, capsys):
    _setup(tmp_path)
    m, cert = str(tmp_path / "m.json"), str(tmp_path / "cert.json")
    assert main(["bounds", m, "--input-box", "-0.1", "0.1", "--cert", cert]) == 0
    doc = json.loads((tmp_path / "cert.json").read_text())
    doc["claim"]["lower"] = [v + 10 for v in doc["claim"]["lower"]]
    (tmp_path / "bad.json").write_text(json.dumps(doc))
    assert main(["check-cert", m, "-", str(tmp_path / "bad.json")]) == 1
    (tmp_path / "junk.json").write_text("{not json")
    assert main(["check-cert", m, "-", str(tmp_path / "junk.json")]) == 2  # not a certificate
    assert main(["check-cert", m, str(tmp_path / "junk.json"), cert]) == 2  # an unusable spec
    assert main(["check-cert", str(tmp_path / "nope.json"), "-", cert]) == 2
    assert main(["bounds", m, "--eps", "0.1"]) == 2  # --eps without --center
    assert main(["bounds", m, "--input-box", "1", "0"]) == 2  # lower > upper
    err = capsys.readouterr().err
    assert "Traceback" not in err and "error:" in err
