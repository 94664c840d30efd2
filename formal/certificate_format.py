"""Reading certificate documents (docs/certificate.md) defensively: every defect is a FormatError.

Independent of torchsmt.bounds (which writes them): this module only knows the documented format.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import io
import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from torchsmt.ir.errors import FormatError

FORMAT = "torchsmt.certificate"
VERSIONS = (1, 2)  # 2: may carry "splits" (conditional certificates, docs/certificate.md)
MAX_ELEMS = 50_000_000  # refuse absurd array sizes before allocating


@dataclass(frozen=True)
class NodeBounds:
    id: int
    name: str
    lower: np.ndarray  # (B, *shape)
    upper: np.ndarray
    rows: np.ndarray | None  # flat neuron indices re-derived by a backward pass (None: all)
    slopes: dict[int, np.ndarray]  # relaxed node -> lower slopes (B, S or 1, *shape)


@dataclass(frozen=True)
class CertDoc:
    graph_sha256: str
    method: str
    batched: bool
    input_node: int
    lower_in: np.ndarray  # (B, *shape)
    upper_in: np.ndarray
    output_node: int
    C: np.ndarray  # (B, S, n_out)
    claim: np.ndarray  # (B, S)
    nodes: tuple[NodeBounds, ...]
    final_slopes: dict[int, np.ndarray]
    # ops the producer relaxed by lines (docs/certificate.md); others are bounded by intervals
    relaxations: tuple[str, ...] = ("abs", "leaky_relu", "relu")
    # the producer's device and dtype (informational: the verdict never depends on them)
    device: str = "cpu"
    dtype: str = "float64"
    # ReLU-split assumptions (box, node id, flat index, sign): the claim of box `box` holds only
    # for inputs with sign * value(node)[index] >= 0 (version 2; empty: an ordinary certificate)
    splits: tuple[tuple[int, int, int, int], ...] = ()


def _get(d: Any, key: str, typ: type | tuple[type, ...], where: str) -> Any:
    if not isinstance(d, dict):
        raise FormatError(f"certificate: {where} must be an object")
    if key not in d:
        raise FormatError(f"certificate: {where} lacks '{key}'")
    v = d[key]
    if not isinstance(v, typ) or (typ is int and isinstance(v, bool)):
        raise FormatError(f"certificate: {where}.{key} has the wrong type ({type(v).__name__})")
    return v


def _num_array(v: Any, where: str) -> np.ndarray:
    """A nested list of finite numbers -> float64 array."""
    try:
        a = np.array(v, dtype=np.float64)
    except (TypeError, ValueError, OverflowError):
        raise FormatError(f"certificate: {where} is not a rectangular array of numbers") from None
    if a.dtype != np.float64 or not np.all(np.isfinite(a)):
        raise FormatError(f"certificate: {where} holds non-finite or non-numeric values")
    return a


class _Arrays:
    def __init__(self, doc: dict, base: Path | None, sidecar_bytes: bytes | None):
        self.npz = None
        if "sidecar" in doc:
            sc = _get(doc, "sidecar", dict, "document")
            fname = _get(sc, "file", str, "sidecar")
            digest = _get(sc, "sha256", str, "sidecar")
            data = sidecar_bytes
            if data is None:
                if base is None or Path(fname).name != fname:
                    raise FormatError("certificate: sidecar file cannot be located")
                try:
                    data = (base / fname).read_bytes()
                except OSError as e:
                    raise FormatError(f"certificate: sidecar unreadable: {e}") from None
            if hashlib.sha256(data).hexdigest() != digest:
                raise FormatError("certificate: sidecar sha256 mismatch")
            try:
                self.npz = np.load(io.BytesIO(data), allow_pickle=False)
            except Exception as e:  # noqa: BLE001 - any defect in the zip is a format error
                raise FormatError(f"certificate: sidecar is not a valid .npz ({e})") from None

    def get(self, v: Any, where: str) -> np.ndarray:
        if isinstance(v, dict) and "npz_key" in v:
            if self.npz is None:
                raise FormatError(f"certificate: {where} refers to a sidecar that is absent")
            key = v["npz_key"]
            if not isinstance(key, str) or key not in self.npz.files:
                raise FormatError(f"certificate: {where}: no array '{key}' in the sidecar")
            try:
                a = np.asarray(self.npz[key])
            except Exception as e:  # noqa: BLE001
                raise FormatError(f"certificate: {where}: unreadable array ({e})") from None
            if a.dtype.kind not in "fi":
                raise FormatError(f"certificate: {where}: array of dtype {a.dtype}")
            a = a.astype(np.float64)
        elif isinstance(v, dict) and "data" in v:
            shape = _get(v, "shape", list, where)
            if _get(v, "dtype", str, where) != "f64":
                raise FormatError(f"certificate: {where}: dtype must be f64")
            if any(not isinstance(s, int) or isinstance(s, bool) or s < 0 for s in shape):
                raise FormatError(f"certificate: {where}: malformed shape")
            size = math.prod(shape)
            if size > MAX_ELEMS:
                raise FormatError(f"certificate: {where}: array too large")
            try:
                raw = base64.b64decode(_get(v, "data", str, where), validate=True)
            except (binascii.Error, ValueError):
                raise FormatError(f"certificate: {where}: bad base64") from None
            if len(raw) != 8 * size:
                raise FormatError(f"certificate: {where}: {len(raw)} bytes for shape {shape}")
            a = np.frombuffer(raw, dtype="<f8").reshape(shape).astype(np.float64)
        else:
            a = _num_array(v, where)
        if np.any(np.isnan(a)):
            raise FormatError(f"certificate: {where} holds NaN")
        return a


def parse(text: str | bytes, base: Path | None = None, sidecar: bytes | None = None) -> CertDoc:
    """Parse and shape-check a certificate (semantic checks are the checker's)."""
    try:
        doc = json.loads(text)
    except (ValueError, UnicodeDecodeError, RecursionError) as e:
        raise FormatError(f"certificate: not JSON ({e})") from None
    if not isinstance(doc, dict):
        raise FormatError("certificate: top level must be an object")
    if doc.get("format") != FORMAT:
        raise FormatError(f"certificate: format must be '{FORMAT}'")
    if doc.get("version") not in VERSIONS:
        raise FormatError(f"certificate: unsupported version {doc.get('version')!r}")
    arr = _Arrays(doc, base, sidecar)
    sha = _get(doc, "graph_sha256", str, "document")
    method = _get(doc, "method", str, "document")
    batched = _get(doc, "batched", bool, "document")
    inp = _get(doc, "input", dict, "document")
    lo_in = arr.get(_get(inp, "lower", (dict, list), "input"), "input.lower")
    hi_in = arr.get(_get(inp, "upper", (dict, list), "input"), "input.upper")
    if lo_in.shape != hi_in.shape or lo_in.ndim < 1 or np.any(np.isinf(lo_in)) \
            or np.any(np.isinf(hi_in)):
        raise FormatError("certificate: input bounds malformed")
    B = lo_in.shape[0]
    claim_d = _get(doc, "claim", dict, "document")
    C = _num_array(_get(claim_d, "C", list, "claim"), "claim.C")
    claim = _num_array(_get(claim_d, "lower", list, "claim"), "claim.lower")
    if C.ndim == 2:
        C = np.broadcast_to(C, (B,) + C.shape)
    if claim.ndim == 1 and not batched:
        claim = claim[None]
    if C.ndim != 3 or C.shape[0] != B or claim.shape != C.shape[:2]:
        raise FormatError(f"certificate: claim shapes C {C.shape} / lower {claim.shape} "
                          f"do not fit {B} box(es)")
    nodes = []
    for i, nd in enumerate(_get(doc, "nodes", list, "document")):
        w = f"nodes[{i}]"
        nid = _get(nd, "id", int, w)
        rows = nd.get("rows")
        if rows is not None:
            if not isinstance(rows, list) or any(not isinstance(r, int) or isinstance(r, bool)
                                                 or r < 0 for r in rows):
                raise FormatError(f"certificate: {w}.rows must be a list of indices or null")
            rows = np.asarray(rows, dtype=np.int64)
        nodes.append(NodeBounds(
            nid, str(nd.get("name", "")),
            arr.get(_get(nd, "lower", (dict, list), w), f"{w}.lower"),
            arr.get(_get(nd, "upper", (dict, list), w), f"{w}.upper"),
            rows, _slopes(arr, _get(nd, "slopes", dict, w), f"{w}.slopes")))
    final = _get(doc, "final", dict, "document")
    fs = _slopes(arr, _get(final, "slopes", dict, "final"), "final.slopes")
    out = _get(_get(doc, "output", dict, "document"), "node", int, "output")
    relax = doc.get("relaxations", ["abs", "leaky_relu", "relu"])
    if not isinstance(relax, list) or not all(isinstance(r, str) for r in relax):
        raise FormatError("certificate: relaxations must be a list of op names")
    device, dtype = doc.get("device", "cpu"), doc.get("dtype", "float64")
    if not isinstance(device, str) or not isinstance(dtype, str):
        raise FormatError("certificate: device and dtype must be strings")
    splits = _splits(doc, B, nodes)
    return CertDoc(sha, method, batched, _get(inp, "node", int, "input"), lo_in, hi_in, out,
                   np.asarray(C), claim, tuple(nodes), fs, tuple(sorted(set(relax))),
                   device, dtype, splits)


def _splits(doc: dict, B: int, nodes: list[NodeBounds]) -> tuple[tuple[int, int, int, int], ...]:
    """The "splits" list: [box, node_id, flat_index, sign] entries, node_id one of the listed
    nodes, flat_index inside it, sign -1 (value <= 0) or +1 (value >= 0); version 2 only."""
    if "splits" not in doc:
        return ()
    if doc.get("version") == 1:
        raise FormatError("certificate: version 1 documents carry no 'splits' (use version 2)")
    raw = doc["splits"]
    if not isinstance(raw, list):
        raise FormatError("certificate: splits must be a list of [box, node, index, sign]")
    sizes = {nb.id: int(nb.lower[0].size) if nb.lower.ndim >= 1 and nb.lower.shape[0] else 0
             for nb in nodes}
    out = []
    for i, e in enumerate(raw):
        if not (isinstance(e, list) and len(e) == 4 and all(
                isinstance(v, int) and not isinstance(v, bool) for v in e)):
            raise FormatError(f"certificate: splits[{i}] must be four integers "
                              "[box, node, index, sign]")
        b, nid, j, sg = e
        if not 0 <= b < B:
            raise FormatError(f"certificate: splits[{i}]: box {b} out of range (B = {B})")
        if nid not in sizes:
            raise FormatError(f"certificate: splits[{i}]: node {nid} is not a listed node")
        if not 0 <= j < sizes[nid]:
            raise FormatError(f"certificate: splits[{i}]: index {j} out of range for node {nid}")
        if sg not in (-1, 1):
            raise FormatError(f"certificate: splits[{i}]: sign must be -1 or +1, not {sg}")
        out.append((b, nid, j, sg))
    return tuple(out)


def _slopes(arr: _Arrays, d: dict, where: str) -> dict[int, np.ndarray]:
    out = {}
    for k, v in d.items():
        try:
            kid = int(k)
        except ValueError:
            raise FormatError(f"certificate: {where}: key {k!r} is not a node id") from None
        out[kid] = arr.get(v, f"{where}.{k}")
    return out
