"""The autodiff demo section runs and shows what it claims."""

from __future__ import annotations

from torchsmt.demo_parts import autodiff


def test_demo_section():
    lines: list[str] = []
    autodiff.run(lines.append, "cpu")
    text = "\n".join(lines)
    assert '"d_x"' in text and '"d_W"' in text  # the gradient graph is printed
    assert "second differences agree" in text
    if "skipped" not in text:
        assert "bit for bit: True" in text
        before, after = text.split("mse ")[1].split(" -> ")
        assert float(after.split()[0]) < float(before) / 10  # the loss decreases
