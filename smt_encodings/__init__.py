"""torchsmt.smt_encodings: semantics objects (exact reals, IEEE binary32, rounding model, dual
numbers, arithmetic mod p) acting as ``xp`` over arrays of z3 terms. z3 loads on first use."""

if __name__ != "torchsmt.smt_encodings":  # refuse the bare-folder import from the repo root
    raise ImportError("import torchsmt.smt_encodings, not the bare folder 'smt_encodings'")

_LAZY = {"RealSemantics": "reals", "Float32Semantics": "float32",
         "RoundingSemantics": "rounding", "DualSemantics": "dual", "ModPSemantics": "modp",
         "SmtEmitter": "emitter", "encode": "emitter", "SymArray": "symarray",
         "AXIOMS": "axioms", "evaluate": "evaluate"}


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
