"""Certificate ARRAY objects (docs/certificate.md) in tests: read one, write one back, so that
mutation tests can tamper with the numbers of a certificate document."""

from __future__ import annotations

import base64

import numpy as np


def read_array(v: dict) -> np.ndarray:
    """A writable float64 copy of an embedded ARRAY object."""
    return np.frombuffer(base64.b64decode(v["data"]), dtype="<f8").reshape(v["shape"]).copy()


def array_doc(a: np.ndarray) -> dict:
    """The embedded ARRAY object of ``a`` (little-endian float64, base64)."""
    return {"dtype": "f64", "shape": list(np.shape(a)),
            "data": base64.b64encode(np.ascontiguousarray(a, dtype="<f8").tobytes()).decode()}
