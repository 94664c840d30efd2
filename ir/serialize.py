"""Graph files: versioned JSON, constants embedded as base64 or in a sidecar ``.npz``; the hash.

A document (version 1)::

    {"format": "torchsmt.graph", "version": 1,
     "nodes": [{"id": 0, "op": "input", "args": [], "params": {"index": 0},
                "shape": [7, 5], "dtype": "f64", "name": "x0"}, ...],
     "outputs": [4],
     "constants": {"1": {"dtype": "f64", "shape": [50, 5], "data": "<base64, little-endian>"}}}

With a sidecar, a constant holds ``{"dtype", "shape", "npz_key"}`` instead of ``data`` and the
document gains ``"sidecar": {"file": "m.npz", "sha256": "<hex of the file>"}``. A non-finite
float parameter is ``{"float": "inf"}`` (JSON has no inf). The canonical form is the embedded
document with sorted keys and no whitespace; ``graph_sha256`` hashes it, so the hash is the same
whether a graph was saved embedded or with a sidecar, and across save/load. Loading never
unpickles or evaluates anything, and every malformation surfaces as FormatError or GraphError.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import math
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np

from .errors import FormatError, GraphError, TorchSMTError
from .graph import Graph, Node
from .printer import const_bytes, plain_value
from .registry import REGISTRY, Registry

FORMAT = "torchsmt.graph"
VERSION = 1
_NP = {"f32": np.dtype("<f4"), "f64": np.dtype("<f8")}
_NODE_KEYS = {"id", "op", "args", "params", "shape", "dtype", "name"}
_MAX_DEPTH = 32


# -- writing ---------------------------------------------------------------------------------------
def _param_json(v: Any) -> Any:
    v = plain_value(v)
    if isinstance(v, float) and not math.isfinite(v):
        return {"float": repr(v)}
    if isinstance(v, tuple):
        return [_param_json(x) for x in v]
    if v is None or isinstance(v, (bool, int, float, str)):
        return v
    raise GraphError(f"parameter value {v!r} is not an int, float, bool, None, string or tuple")


def _const_array(g: Graph, nid: int) -> np.ndarray:
    """The constant in its node's dtype; refuses a cast that would change a value."""
    n = g.node(nid)
    a = np.asarray(g.consts[nid])
    out = a.astype(_NP[n.dtype])
    if out.dtype != a.dtype and not np.array_equal(out, a):
        raise GraphError(f"node {n.label}: constant of dtype {a.dtype} does not fit {n.dtype}")
    return out


def _document(g: Graph, sidecar: str | None = None) -> dict[str, Any]:
    nodes = [{"id": n.id, "op": n.op, "args": list(n.args),
              "params": {k: _param_json(v) for k, v in n.params},
              "shape": list(n.shape), "dtype": n.dtype, "name": n.name} for n in g.nodes]
    constants = {}
    for n in g.nodes:
        if n.op != "const":
            continue
        entry: dict[str, Any] = {"dtype": n.dtype, "shape": list(n.shape)}
        if sidecar is None:
            entry["data"] = base64.b64encode(const_bytes(_const_array(g, n.id), n.dtype)).decode()
        else:
            entry["npz_key"] = f"c{n.id}"
        constants[str(n.id)] = entry
    return {"format": FORMAT, "version": VERSION, "nodes": nodes, "outputs": list(g.outputs),
            "constants": constants}


def canonical_json(g: Graph) -> bytes:
    """Sorted keys, no whitespace, constants embedded, ASCII: the bytes the hash is taken over."""
    return json.dumps(_document(g), sort_keys=True, separators=(",", ":"), ensure_ascii=True,
                      allow_nan=False).encode("ascii")


def graph_sha256(g: Graph) -> str:
    return hashlib.sha256(canonical_json(g)).hexdigest()


def _layout(doc: dict[str, Any]) -> str:
    """One node and one constant per line: readable and diffable, same content as canonical."""
    def dump(v: Any) -> str:
        return json.dumps(v, sort_keys=True, allow_nan=False)

    nodes = ",\n  ".join(dump(n) for n in doc["nodes"])
    consts = ",\n  ".join(f"{dump(k)}: {dump(v)}" for k, v in doc["constants"].items())
    side = f',\n "sidecar": {dump(doc["sidecar"])}' if "sidecar" in doc else ""
    return (f'{{"format": {dump(doc["format"])}, "version": {dump(doc["version"])},\n'
            f' "nodes": [\n  {nodes}\n ],\n "outputs": {dump(doc["outputs"])},\n'
            f' "constants": {{\n  {consts}\n }}{side}\n}}\n')


def to_json(g: Graph) -> str:
    """The embedded document laid out one node per line (``canonical_json`` is the compact one)."""
    return _layout(_document(g))


def _write_atomic(path: Path, data: bytes, write=None) -> None:
    tmp = path.with_name(path.name + ".tmp")
    if write is None:
        tmp.write_bytes(data)
    else:
        with open(tmp, "wb") as f:
            write(f)
    os.replace(tmp, path)


def save(g: Graph, path: str | os.PathLike, sidecar: bool = False) -> None:
    """Write ``g`` as JSON; with ``sidecar`` the constants go to ``<stem>.npz`` next to it."""
    path = Path(path)
    if not sidecar:
        _write_atomic(path, to_json(g).encode("utf-8"))
        return
    npz = path.with_suffix(".npz")
    if npz == path:
        raise FormatError(f"{path}: the graph file itself must not end in .npz")
    arrays = {f"c{n.id}": _const_array(g, n.id) for n in g.nodes if n.op == "const"}
    _write_atomic(npz, b"", write=lambda f: np.savez(f, **arrays))
    doc = _document(g, sidecar=npz.name)
    doc["sidecar"] = {"file": npz.name, "sha256": hashlib.sha256(npz.read_bytes()).hexdigest()}
    _write_atomic(path, _layout(doc).encode("utf-8"))


# -- reading ---------------------------------------------------------------------------------------
def _no_constant(name: str) -> Any:
    raise FormatError(f"JSON constant {name} is not allowed (write non-finite floats as "
                      f'{{"float": "{name.lower()}"}})')


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in pairs:
        if k in out:
            raise FormatError(f"duplicate key '{k}'")
        out[k] = v
    return out


def _int(v: Any, what: str) -> int:
    if not isinstance(v, int) or isinstance(v, bool):
        raise FormatError(f"{what} must be an integer, not {json.dumps(v)[:40]}")
    return v


def _list(v: Any, what: str) -> list:
    if not isinstance(v, list):
        raise FormatError(f"{what} must be a list, not {json.dumps(v)[:40]}")
    return v


def _str(v: Any, what: str) -> str:
    if not isinstance(v, str):
        raise FormatError(f"{what} must be a string, not {json.dumps(v)[:40]}")
    return v


def _shape(v: Any, what: str) -> tuple[int, ...]:
    dims = tuple(_int(d, f"{what} entry") for d in _list(v, what))
    if any(d < 0 for d in dims):
        raise FormatError(f"{what} has a negative dimension: {list(dims)}")
    return dims


def _param_value(v: Any, what: str, depth: int = 0) -> Any:
    if depth > _MAX_DEPTH:
        raise FormatError(f"{what} is nested too deeply")
    if isinstance(v, dict):
        if set(v) == {"float"} and v["float"] in ("inf", "-inf", "nan"):
            return float(v["float"])
        raise FormatError(f'{what}: an object must be {{"float": "inf" | "-inf" | "nan"}}')
    if isinstance(v, list):
        return tuple(_param_value(x, what, depth + 1) for x in v)
    return v  # str, int, float, bool, None: all a JSON parser can produce besides containers


def check_param_types(op: Any, node_label: str, params: Mapping[str, Any]) -> None:
    """Reject values whose kind cannot match the op's default (a string where a number belongs).

    Deliberately loose (an int default accepts a tuple: conv padding may be an int or a pair);
    the shape rule checks the rest when the graph is verified.
    """
    for k, v in params.items():
        default = op.params.get(k)
        if default is None or v is None or not isinstance(default, (bool, int, float, str, tuple)):
            continue
        numeric = isinstance(v, (int, float)) or (
            isinstance(v, tuple) and all(isinstance(x, (int, float, tuple)) for x in v))
        ok = isinstance(v, str) if isinstance(default, str) else numeric
        if not ok:
            raise GraphError(f"node {node_label} [{op.name}]: parameter {k}={v!r} has the wrong "
                             f"type (default is {default!r})")


def _read_sidecar(doc: Mapping[str, Any], base_dir: Path | None) -> Mapping[str, np.ndarray]:
    ref = doc["sidecar"]
    if not isinstance(ref, dict) or set(ref) != {"file", "sha256"}:
        raise FormatError('"sidecar" must be {"file": NAME, "sha256": HEX}')
    name, digest = _str(ref["file"], "sidecar file"), _str(ref["sha256"], "sidecar sha256")
    if Path(name).name != name or name in ("", ".", ".."):
        raise FormatError(f"sidecar file {name!r} must be a plain file name next to the graph")
    if base_dir is None:
        raise FormatError(f"constants live in the sidecar {name}; load the file with load(path)")
    try:
        data = (base_dir / name).read_bytes()
    except OSError as e:
        raise FormatError(f"cannot read the sidecar {name}: {e.strerror or e}") from None
    if hashlib.sha256(data).hexdigest() != digest:
        raise FormatError(f"sidecar {name} does not match its sha256 (changed or truncated)")
    import io

    with np.load(io.BytesIO(data), allow_pickle=False) as z:
        return {k: z[k] for k in z.files}


def _constants(doc: Mapping[str, Any], base_dir: Path | None) -> dict[int, np.ndarray]:
    table = doc.get("constants", {})
    if not isinstance(table, dict):
        raise FormatError('"constants" must be an object mapping node ids to constants')
    side = _read_sidecar(doc, base_dir) if "sidecar" in doc else None
    out: dict[int, np.ndarray] = {}
    for key, c in table.items():
        what = f"constant {key!r}"
        if not key.isdigit() or str(int(key)) != key:
            raise FormatError(f"{what}: keys must be node ids written as decimal strings")
        if not isinstance(c, dict):
            raise FormatError(f"{what} must be an object")
        body = "npz_key" if side is not None else "data"
        if set(c) != {"dtype", "shape", body}:
            raise FormatError(f"{what} must have exactly the keys dtype, shape, {body}; "
                              f"got {sorted(c)}")
        dtype = _str(c["dtype"], f"{what} dtype")
        if dtype not in _NP:
            raise FormatError(f"{what}: unknown dtype {dtype!r} (f32 or f64)")
        shape = _shape(c["shape"], f"{what} shape")
        if side is None:
            try:
                raw = base64.b64decode(_str(c["data"], f"{what} data"), validate=True)
            except (binascii.Error, ValueError) as e:
                raise FormatError(f"{what}: bad base64 data ({e})") from None
            want = math.prod(shape) * _NP[dtype].itemsize
            if len(raw) != want:
                raise FormatError(f"{what}: {len(raw)} bytes of data, shape {list(shape)} "
                                  f"{dtype} needs {want}")
            arr = np.frombuffer(raw, dtype=_NP[dtype]).reshape(shape)
        else:
            k = _str(c["npz_key"], f"{what} npz_key")
            if k not in side:
                raise FormatError(f"{what}: the sidecar has no array {k!r}")
            arr = side[k]
            if arr.dtype != _NP[dtype] or arr.shape != shape:
                raise FormatError(f"{what}: the sidecar holds {arr.dtype}{list(arr.shape)}, "
                                  f"expected {dtype}{list(shape)}")
        out[int(key)] = arr.astype(arr.dtype.newbyteorder("="))
    return out


def _graph(doc: Any, registry: Registry, base_dir: Path | None) -> Graph:
    if not isinstance(doc, dict):
        raise FormatError("a graph file holds a JSON object")
    if doc.get("format") != FORMAT:
        raise FormatError(f'not a torchsmt graph (expected "format": "{FORMAT}")')
    version = doc.get("version")
    if version != VERSION or isinstance(version, bool):
        raise FormatError(f"unsupported graph format version {version!r} (this reads {VERSION})")
    extra = set(doc) - {"format", "version", "nodes", "outputs", "constants", "sidecar"}
    if extra:
        raise FormatError(f"unknown top-level key(s) {sorted(extra)}")
    for key in ("nodes", "outputs"):
        if key not in doc:
            raise FormatError(f'missing "{key}"')
    nodes = []
    for pos, n in enumerate(_list(doc["nodes"], '"nodes"')):
        what = f"node #{pos}"
        if not isinstance(n, dict):
            raise FormatError(f"{what} must be an object")
        missing = {"id", "op", "args", "shape", "dtype"} - set(n)
        if missing or set(n) - _NODE_KEYS:
            raise FormatError(f"{what}: missing key(s) {sorted(missing)}, unknown key(s) "
                              f"{sorted(set(n) - _NODE_KEYS)}")
        nid = _int(n["id"], f"{what} id")
        what = f"node %{nid}"
        op = _str(n["op"], f"{what} op")
        args = tuple(_int(a, f"{what} argument") for a in _list(n["args"], f"{what} args"))
        params = n.get("params", {})
        if not isinstance(params, dict):
            raise FormatError(f"{what}: params must be an object")
        params = {k: _param_value(v, f"{what} parameter {k}") for k, v in params.items()}
        if op == "input" and (set(params) != {"index"} or isinstance(params["index"], bool)):
            raise FormatError(f"{what}: an input takes exactly the parameter 'index' (an int)")
        if op == "const" and params:
            raise FormatError(f"{what}: a const takes no parameters")
        if op in registry and op not in ("input", "const"):
            check_param_types(registry[op], f"%{nid}", params)
        dtype = _str(n["dtype"], f"{what} dtype")
        name = _str(n.get("name", ""), f"{what} name")
        nodes.append(Node(nid, op, args, tuple(sorted(params.items())),
                          _shape(n["shape"], f"{what} shape"), dtype, name))
    outputs = [_int(o, "output") for o in _list(doc["outputs"], '"outputs"')]
    consts = _constants(doc, base_dir)
    by_id = {n.id: n for n in nodes}
    for k, arr in consts.items():
        n = by_id.get(k)
        if n is not None and n.op == "const" and n.dtype in _NP and _NP[n.dtype] != arr.dtype:
            raise FormatError(f"constant {k}: dtype {arr.dtype} but node %{k} is {n.dtype}")
    return Graph(nodes, outputs, consts, registry)


def _guard(fn):
    """Run a loader step; anything that is not already a TorchSMTError becomes a FormatError."""
    try:
        return fn()
    except TorchSMTError:
        raise
    except OSError:
        raise
    except RecursionError:
        raise FormatError("graph file is nested too deeply") from None
    except Exception as e:
        raise FormatError(f"malformed graph file ({type(e).__name__}: {e})") from None


def _decode(text: str | bytes) -> Any:
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError as e:
            raise FormatError(f"graph file is not UTF-8 text ({e})") from None
    try:
        return json.loads(text, parse_constant=_no_constant, object_pairs_hook=_no_duplicates)
    except json.JSONDecodeError as e:
        raise FormatError(f"not valid JSON: {e}") from None


def from_json(s: str | bytes, registry: Registry = REGISTRY, *,
              base_dir: str | os.PathLike | None = None) -> Graph:
    """Rebuild a graph from ``to_json``/``canonical_json`` text (``base_dir``: for a sidecar)."""
    bd = None if base_dir is None else Path(base_dir)
    return _guard(lambda: _graph(_decode(s), registry, bd))


def load(path: str | os.PathLike, registry: Registry = REGISTRY) -> Graph:
    """Read a graph file written by ``save`` (a sidecar ``.npz`` is found next to it)."""
    path = Path(path)
    data = path.read_bytes()
    return from_json(data, registry, base_dir=path.parent)
