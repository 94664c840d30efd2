"""torchsmt.formal."""

if __name__ != "torchsmt.formal":  # refuse the bare-folder import from the repo root
    raise ImportError("import torchsmt.formal, not the bare folder 'formal'")
