"""torchsmt.gpu: the CuPy device seam. CuPy is imported only when CUDA is asked for."""

if __name__ != "torchsmt.gpu":  # refuse the bare-folder import from the repo root
    raise ImportError("import torchsmt.gpu, not the bare folder 'gpu'")

from .device import (
    DeviceUnavailableError,
    cuda_available,
    cuda_unavailable_reason,
    device_of,
    get_xp,
    run_graph,
    to_device,
    to_numpy,
    xp_of,
)

__all__ = [
    "DeviceUnavailableError", "cuda_available", "cuda_unavailable_reason", "device_of", "get_xp",
    "run_graph", "to_device", "to_numpy", "xp_of",
]
