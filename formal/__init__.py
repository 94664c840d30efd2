"""torchsmt.formal."""

if __name__ != "torchsmt.formal":  # refuse the bare-folder import from the repo root
    raise ImportError("import torchsmt.formal, not the bare folder 'formal'")

# VNNLIB properties and counterexamples (H8), loaded on first use: name -> submodule.
_LAZY = {"check_counterexample": "counterexample", "CexReport": "counterexample",
         "load_counterexample": "counterexample", "parse_counterexample": "counterexample",
         "load_vnnlib": "vnnlib", "parse_vnnlib": "vnnlib", "Spec": "vnnlib",
         # certificate checker (H7)
         "check_certificate": "checker", "CheckReport": "checker",
         # SMT lemma catalog and prover (H6)
         "check_vjp_rule": "user", "check_op": "user", "check_graph_vjp": "user",
         "GraphCheck": "user", "catalog": "catalog", "select": "catalog", "prove": "prover",
         "Cache": "prover", "Obligation": "obligation", "Result": "obligation",
         "Query": "obligation"}


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
