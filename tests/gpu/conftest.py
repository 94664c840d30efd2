"""GPU tests: the same test bodies run on numpy (always) and cupy (only where CUDA exists)."""

import numpy as np
import pytest

from torchsmt.gpu import cuda_available, cuda_unavailable_reason, get_xp


def _params():
    yield pytest.param("cpu", id="cpu")
    yield pytest.param(
        "cuda", id="cuda",
        marks=[pytest.mark.gpu,
               pytest.mark.skipif(not cuda_available(),
                                  reason=f"no CUDA: {cuda_unavailable_reason()}")],
    )


@pytest.fixture(params=list(_params()))
def device(request):
    return request.param


@pytest.fixture
def xp(device):
    return get_xp(device)


@pytest.fixture
def np_mod():
    return np
