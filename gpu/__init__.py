"""torchsmt.gpu."""

if __name__ != "torchsmt.gpu":  # refuse the bare-folder import from the repo root
    raise ImportError("import torchsmt.gpu, not the bare folder 'gpu'")
