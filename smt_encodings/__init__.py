"""torchsmt.smt_encodings."""

if __name__ != "torchsmt.smt_encodings":  # refuse the bare-folder import from the repo root
    raise ImportError("import torchsmt.smt_encodings, not the bare folder 'smt_encodings'")
