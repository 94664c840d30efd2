import numpy as np
import pytest

from torchsmt.gpu import (
    DeviceUnavailableError,
    cuda_available,
    device_of,
    get_xp,
    to_device,
    to_numpy,
)
from torchsmt.ir import GraphBuilder


def test_cpu_is_numpy():
    assert get_xp("cpu") is np


def test_unknown_device_is_a_clear_error():
    with pytest.raises(DeviceUnavailableError, match="unknown device"):
        get_xp("tpu")


@pytest.mark.skipif(cuda_available(), reason="CUDA present: absence path not testable")
def test_cuda_absent_is_a_clear_error():
    with pytest.raises(DeviceUnavailableError, match="unavailable"):
        get_xp("cuda")


def test_round_trip_transfer(xp):
    a = np.arange(12, dtype=np.float32).reshape(3, 4)
    d = to_device(a, xp)
    assert device_of(xp) in ("cpu", "cuda")
    back = to_numpy(d)
    assert back.dtype == np.float32 and np.array_equal(back, a)


def test_interpreter_runs_through_xp(xp):
    b = GraphBuilder()
    x = b.input((2, 3))
    y = b.tanh(b.relu(b.add(x, b.const(np.full(3, 0.5)))))
    g = b.build(y)
    a = np.random.default_rng(0).standard_normal((2, 3))
    ref = np.tanh(np.maximum(a + 0.5, 0))
    got = to_numpy(g.run(to_device(a, xp), xp=xp))
    np.testing.assert_allclose(got, ref, rtol=1e-12, atol=1e-12)
