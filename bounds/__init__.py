"""torchsmt.bounds."""

if __name__ != "torchsmt.bounds":  # refuse the bare-folder import from the repo root
    raise ImportError("import torchsmt.bounds, not the bare folder 'bounds'")
