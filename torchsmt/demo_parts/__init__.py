"""Sections of `torchsmt demo`, one per capability: each module has ``run(say, device) -> None``."""
