"""The device seam: every array computation takes an array module ``xp``; this picks it.

CuPy is imported lazily, only when CUDA is asked for. Results computed on a GPU are untrusted:
certificates produced there are accepted only after the CPU checker re-validates them
(docs/trust.md).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import numpy as np

from torchsmt.ir.errors import TorchSMTError


class DeviceUnavailableError(TorchSMTError, RuntimeError):
    """CUDA was asked for, but CuPy or a CUDA device is absent."""


@lru_cache(maxsize=1)
def _cupy_status() -> tuple[Any, str]:
    try:
        import cupy  # noqa: PLC0415 - lazy on purpose: import torchsmt never pulls cupy
    except Exception as e:  # ImportError, or a CUDA library load failure inside cupy
        return None, (f"CuPy is not installed ({type(e).__name__}: {e}); "
                      "pip install 'torchsmt[cuda12]' or 'torchsmt[cuda13]'")
    try:
        n = cupy.cuda.runtime.getDeviceCount()
    except Exception as e:
        return None, f"CuPy found no usable CUDA device ({type(e).__name__}: {e})"
    if n < 1:
        return None, "CuPy found no CUDA device"
    return cupy, ""


def cuda_available() -> bool:
    return _cupy_status()[0] is not None


def cuda_unavailable_reason() -> str:
    return _cupy_status()[1]


def get_xp(device: str = "cpu") -> Any:
    """The array module for ``device``: numpy for "cpu", cupy for "cuda" (or "cuda:N")."""
    if device == "cpu":
        return np
    if device == "cuda" or device.startswith("cuda:"):
        cp, why = _cupy_status()
        if cp is None:
            raise DeviceUnavailableError(f"device '{device}' requested but unavailable: {why}")
        if ":" in device:
            cp.cuda.Device(int(device.split(":", 1)[1])).use()
        return cp
    raise DeviceUnavailableError(f"unknown device '{device}' (use 'cpu' or 'cuda')")


def xp_of(a: Any) -> Any:
    """The array module an array belongs to (numpy for anything that is not a CuPy array)."""
    if type(a).__module__.startswith("cupy"):
        return get_xp("cuda")
    return np


def device_of(xp: Any) -> str:
    return "cpu" if xp is np else "cuda"


def to_device(a: Any, xp: Any, dtype: Any = None) -> Any:
    """Copy a (numpy or cupy) array into ``xp``'s memory."""
    if xp is np:
        return to_numpy(a) if dtype is None else to_numpy(a).astype(dtype, copy=False)
    return xp.asarray(a, dtype=dtype)


def to_numpy(a: Any) -> np.ndarray:
    """Bring an array back to host memory (no-op for numpy arrays)."""
    if hasattr(a, "get") and type(a).__module__.startswith("cupy"):
        return a.get()
    return np.asarray(a)


def run_graph(g: Any, *inputs: Any, device: str = "cpu", dtype: Any = None,
              return_all: bool = False) -> Any:
    """``g.run`` on ``device``: inputs moved there, results back as NumPy (a dict with
    ``return_all``). The executor's own ``g.run(..., xp=get_xp(device))`` keeps them on device."""
    xp = get_xp(device)
    out = g.run(*(to_device(a, xp) for a in inputs), xp=xp, return_all=return_all, dtype=dtype)
    if isinstance(out, dict):
        return {k: to_numpy(v) for k, v in out.items()}
    if isinstance(out, (tuple, list)):
        return type(out)(to_numpy(v) for v in out)
    return to_numpy(out)
