"""Graph JSON: save -> load is exact (bit-identical outputs, same hash); corrupt files fail."""

from __future__ import annotations

import base64
import copy
import hashlib
import json
import struct

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_graph_strategies import graphs, run_bits, sample_inputs

import torchsmt as ts
from torchsmt.ir import (
    FormatError,
    GraphBuilder,
    GraphError,
    TorchSMTError,
    canonical_json,
    from_json,
    graph_sha256,
    load,
    save,
    to_json,
)

SETTINGS = settings(max_examples=40, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow,
                                           HealthCheck.function_scoped_fixture])


def small_graph():
    b = GraphBuilder()
    x = b.input((2, 3))
    c = b.const([[1.0, -2.0, 0.5]], name="bias")
    w = b.const(np.arange(9.0).reshape(3, 3) / 7, name="big")
    y = b.op("add", x, c)
    return b.build([b.relu(y), b.op("broadcast", w, shape=(2, 3, 3))])


@SETTINGS
@given(g=graphs(), sidecar=st.booleans())
def test_save_load_is_exact(tmp_path_factory, g, sidecar):
    path = tmp_path_factory.mktemp("g") / "m.json"
    save(g, path, sidecar=sidecar)
    g2 = load(path)
    assert g2.nodes == g.nodes and g2.outputs == g.outputs
    assert canonical_json(g2) == canonical_json(g)
    assert g2.sha256() == g.sha256()
    xs = sample_inputs(g)
    assert run_bits(g2, xs) == run_bits(g, xs)
    assert from_json(to_json(g)).sha256() == g.sha256()
    assert from_json(canonical_json(g)).sha256() == g.sha256()


def test_public_api_and_sidecar(tmp_path):
    g = small_graph()
    ts.ir.save(g, tmp_path / "m.json")
    ts.ir.save(g, tmp_path / "s.json", sidecar=True)
    assert (tmp_path / "s.npz").exists()
    emb, side = json.loads((tmp_path / "m.json").read_text()), json.loads(
        (tmp_path / "s.json").read_text())
    assert "data" in emb["constants"]["2"] and "sidecar" not in emb
    assert side["sidecar"]["file"] == "s.npz" and "data" not in side["constants"]["2"]
    assert ts.ir.load(tmp_path / "m.json").sha256() == ts.ir.load(tmp_path / "s.json").sha256()
    assert str(ts.ir.load(tmp_path / "s.json")) == str(g)


def test_canonical_form_and_pinned_hash():
    """The hash names graphs in certificates: changing the canonical form must be deliberate."""
    b = GraphBuilder()
    x = b.input((2,))
    c = b.const([0.5, -1.0], name="c")
    g = b.build(b.relu(b.op("add", x, c)))
    raw = canonical_json(g)
    assert b" " not in raw and b"\n" not in raw
    doc = json.loads(raw)
    assert list(doc) == sorted(doc) and doc["format"] == "torchsmt.graph" and doc["version"] == 1
    # independent encoding of the constant: struct, not numpy
    assert doc["constants"]["1"]["data"] == base64.b64encode(struct.pack("<2d", 0.5, -1.0)).decode()
    assert graph_sha256(g) == hashlib.sha256(raw).hexdigest() == g.sha256()
    assert raw == PINNED.encode()
    assert g.sha256() == "be039bb96a2ab1ed50219891d4b5190e35f69944a250ccd5c97b8dfcadfdaeac"


PINNED = (  # the canonical form of relu(x0 + c), written out (docs/architecture.md, Graph files)
    '{"constants":{"1":{"data":"AAAAAAAA4D8AAAAAAADwvw==","dtype":"f64","shape":[2]}},'
    '"format":"torchsmt.graph","nodes":['
    '{"args":[],"dtype":"f64","id":0,"name":"x0","op":"input","params":{"index":0},"shape":[2]},'
    '{"args":[],"dtype":"f64","id":1,"name":"c","op":"const","params":{},"shape":[2]},'
    '{"args":[0,1],"dtype":"f64","id":2,"name":"","op":"add","params":{},"shape":[2]},'
    '{"args":[2],"dtype":"f64","id":3,"name":"","op":"relu","params":{},"shape":[2]}],'
    '"outputs":[3],"version":1}'
)


def test_hash_distinguishes_graphs():
    g = small_graph()
    b = GraphBuilder()
    x = b.input((2, 3))
    c = b.const([[1.0, -2.0, 0.5000000000000001]], name="bias")
    w = b.const(np.arange(9.0).reshape(3, 3) / 7, name="big")
    g2 = b.build([b.relu(b.op("add", x, c)), b.op("broadcast", w, shape=(2, 3, 3))])
    assert g.sha256() != g2.sha256()


def test_non_finite_parameters_survive_json():
    from torchsmt.ir import REGISTRY, REQUIRED, OpDef
    from torchsmt.ir.ops.common import same_shape

    reg = REGISTRY.extend(OpDef(name="probe", arity=1, shape=same_shape,
                                impl=lambda xp, x, **p: x, params={"p": REQUIRED}))
    b = GraphBuilder(reg)
    v = (float("inf"), float("-inf"), -0.0, 1e-310, "s", None, True, 3, ())
    g = b.build(b.op("probe", b.input((2,)), p=v))
    g2 = from_json(to_json(g), reg)
    assert repr(g2.node(1).p["p"]) == repr(v) and g2.sha256() == g.sha256()


# -- corrupt and hand-edited files ----------------------------------------------------------------
def doc_of(g=None) -> dict:
    return json.loads(to_json(g or small_graph()))


def edit(fn):
    d = doc_of()
    fn(d)
    return json.dumps(d)


def nan_bytes(n):
    return base64.b64encode(struct.pack(f"<{n}d", *[float("nan")] * n)).decode()


def _set(path, value):
    def f(d):
        obj = d
        for k in path[:-1]:
            obj = obj[k]
        obj[path[-1]] = value
    return f


CORRUPT = {
    "empty": ("", "JSON"),
    "truncated": (to_json(small_graph())[:200], "JSON"),
    "not an object": ("[1, 2]", "object"),
    "not a graph": ('{"format": "other"}', "torchsmt graph"),
    "future version": (edit(_set(["version"], 2)), "version"),
    "version true": (edit(_set(["version"], True)), "version"),
    "unknown key": (edit(_set(["extra"], 1)), "extra"),
    "no nodes": (edit(lambda d: d.pop("nodes")), "nodes"),
    "nodes not a list": (edit(_set(["nodes"], {"a": 1})), "list"),
    "node not an object": (edit(_set(["nodes", 1], 5)), "object"),
    "node missing op": (edit(lambda d: d["nodes"][3].pop("op")), "op"),
    "id a string": (edit(_set(["nodes", 3, "id"], "3")), "integer"),
    "id a bool": (edit(_set(["nodes", 0, "id"], False)), "integer"),
    "argument a float": (edit(_set(["nodes", 3, "args"], [0, 1.0])), "integer"),
    "unknown op": (edit(_set(["nodes", 3, "op"], "frobnicate")), "%3.*unknown operator"),
    "cycle": (edit(_set(["nodes", 3, "args"], [4, 1])), "%3.*cycle"),
    "dangling": (edit(_set(["nodes", 3, "args"], [0, 42])), "%3.*dangling"),
    "wrong arity": (edit(_set(["nodes", 3, "args"], [0])), "%3.*argument"),
    "duplicate id": (edit(_set(["nodes", 3, "id"], 2)), "%2"),
    "shape mismatch": (edit(_set(["nodes", 4, "shape"], [3, 2])), "%4.*shape"),
    "negative dim": (edit(_set(["nodes", 0, "shape"], [2, -3])), "negative"),
    "dtype f16": (edit(_set(["nodes", 4, "dtype"], "f16")), "%4.*dtype"),
    "param of wrong type": (edit(_set(["nodes", 5, "params", "shape"], "big")), "%5.*shape"),
    "param unknown": (edit(_set(["nodes", 4, "params"], {"alpha": 1})), "%4.*alpha"),
    "params not an object": (edit(_set(["nodes", 4, "params"], [1])), "params"),
    "bad param object": (edit(_set(["nodes", 5, "params", "shape"], {"x": 1})), "float"),
    "input extra param": (edit(_set(["nodes", 0, "params", "z"], 1)), "index"),
    "outputs not ints": (edit(_set(["outputs"], ["4"])), "integer"),
    "output out of range": (edit(_set(["outputs"], [99])), "%99"),
    "bad base64": (edit(_set(["constants", "1", "data"], "!!!not base64")), "base64"),
    "short data": (edit(_set(["constants", "1", "data"], "AAAA")), "bytes"),
    "NaN constant": (edit(_set(["constants", "1", "data"], nan_bytes(3))), "%1.*NaN"),
    "JSON NaN literal": (to_json(small_graph()).replace('"version": 1', '"version": NaN'), "NaN"),
    "const shape disagrees": (edit(_set(["constants", "1", "shape"], [3, 1])), "%1.*shape"),
    "const dtype unknown": (edit(_set(["constants", "1", "dtype"], "i8")), "dtype"),
    "const dtype disagrees": (edit(lambda d: d["constants"]["1"].update(
        dtype="f32", data=base64.b64encode(struct.pack("<3f", 1, 2, 3)).decode())), "node %1"),
    "const key not an id": (edit(lambda d: d["constants"].update({"x": d["constants"]["1"]})),
                            "node ids"),
    "const missing": (edit(lambda d: d["constants"].pop("1")), "%1.*missing"),
    "const for non-const": (edit(lambda d: d["constants"].update({"3": d["constants"]["1"]})),
                            "non-const"),
    "duplicate keys": (to_json(small_graph()).replace('"version": 1', '"version": 1, "version": 1'),
                       "duplicate"),
    "deep nesting": ('{"format": "torchsmt.graph", "version": 1, "nodes": ' + "[" * 100000,
                     "JSON|deep"),
    "sidecar without load": (edit(_set(["sidecar"], {"file": "m.npz", "sha256": "00"})), "sidecar"),
    "not utf-8": (b"\xff\xfe{}", "UTF-8"),
}


@pytest.mark.parametrize("case", sorted(CORRUPT))
def test_corrupt_json_is_a_clear_error(case):
    text, match = CORRUPT[case]
    with pytest.raises(TorchSMTError, match=match) as ei:
        from_json(text)
    assert isinstance(ei.value, (FormatError, GraphError))


def test_sidecar_problems(tmp_path):
    g = small_graph()
    path = tmp_path / "m.json"
    save(g, path, sidecar=True)
    good = path.read_text()
    npz = tmp_path / "m.npz"
    data = npz.read_bytes()
    npz.write_bytes(data[:-10])
    with pytest.raises(FormatError, match="sha256"):
        load(path)
    npz.unlink()
    with pytest.raises(FormatError, match="cannot read the sidecar"):
        load(path)
    path.write_text(good.replace('"file": "m.npz"', '"file": "../m.npz"'))
    with pytest.raises(FormatError, match="plain file name"):
        load(path)
    # a pickled object array under a matching hash: np.load(allow_pickle=False) must refuse it
    evil = tmp_path / "e.npz"
    np.savez(evil, c1=np.array([{"a": 1}], dtype=object), c2=np.zeros((3, 3)))
    digest = hashlib.sha256(evil.read_bytes()).hexdigest()
    doc = json.loads(good)
    doc["sidecar"] = {"file": "e.npz", "sha256": digest}
    path.write_text(json.dumps(doc))
    with pytest.raises(FormatError, match="(?i)pickle"):
        load(path)


def test_missing_file_is_os_error(tmp_path):
    with pytest.raises(OSError):
        load(tmp_path / "nope.json")


# -- fuzzing: mutations of a valid file never give anything but a TorchSMTError ------------------
VALID = to_json(small_graph())
json_values = st.one_of(st.none(), st.booleans(), st.integers(-3, 2**64), st.floats(),
                        st.text(max_size=4), st.just([]), st.just({}), st.just([0, 1]),
                        st.just({"float": "inf"}))


def _load_or_typed_error(text):
    try:
        g = from_json(text)
    except TorchSMTError:
        return
    g.sha256()  # a file that loads is a verified graph with a hash
    assert str(g)


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_fuzz_text_mutations(data):
    text = VALID
    for _ in range(data.draw(st.integers(1, 4))):
        i = data.draw(st.integers(0, len(text)))
        kind = data.draw(st.sampled_from(["delete", "insert", "replace", "truncate"]))
        ch = data.draw(st.sampled_from(list('{}[]",:0123456789-.eE ntfa\\') + ["\x00", "é"]))
        if kind == "delete":
            text = text[:i] + text[i + 1:]
        elif kind == "insert":
            text = text[:i] + ch + text[i:]
        elif kind == "replace":
            text = text[:i] + ch + text[i + 1:]
        else:
            text = text[:i]
    _load_or_typed_error(text)


def _paths(obj, prefix=()):
    yield prefix
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from _paths(v, (*prefix, k))
    elif isinstance(obj, list):
        for k, v in enumerate(obj):
            yield from _paths(v, (*prefix, k))


DOC = json.loads(VALID)
PATHS = [p for p in _paths(DOC) if p]


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_fuzz_structural_mutations(data):
    d = copy.deepcopy(DOC)
    for _ in range(data.draw(st.integers(1, 3))):
        path = data.draw(st.sampled_from(PATHS))
        obj = d
        try:
            for k in path[:-1]:
                obj = obj[k]
            if data.draw(st.booleans()) and isinstance(obj, dict):
                obj.pop(path[-1], None)
            else:
                obj[path[-1]] = copy.deepcopy(data.draw(json_values))
        except (KeyError, IndexError, TypeError):
            continue
    _load_or_typed_error(json.dumps(d))
