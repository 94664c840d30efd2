"""The `torchsmt` command line. Each subcommand is one module in torchsmt/commands/ with
``register(subparsers)`` and ``run(args) -> int``; ``main(argv) -> int`` is testable in-process.

Library errors (TorchSMTError) and unreadable files become one line on stderr and a non-zero exit.
"""

from __future__ import annotations

import argparse
import importlib
import sys

# Explicit list (no discovery magic): adding a command means adding its module here.
COMMANDS = (
    "graph",      # print a saved graph's listing
    "demo",       # the product tour on embedded examples
    "rules",      # rules list
    "prove_rule",  # prove-rule
    "obligations",  # obligations run
    "bounds",     # bounds MODEL ...
    "check_cert",  # check-cert MODEL SPEC CERT
    "verify",     # verify MODEL PROP
    "check_cex",  # check-cex MODEL PROP CEX
)


def _load(name: str):
    try:
        return importlib.import_module(f"torchsmt.commands.{name}")
    except ModuleNotFoundError as e:
        if e.name == f"torchsmt.commands.{name}":
            return None  # command not built yet
        raise


def build_parser() -> argparse.ArgumentParser:
    from torchsmt import __version__

    p = argparse.ArgumentParser(prog="torchsmt", description=__doc__.splitlines()[0])
    p.add_argument("--version", action="version", version=f"torchsmt {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        mod = _load(name)
        if mod is not None:
            mod.register(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    from torchsmt.ir.errors import TorchSMTError

    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help()
        return 2
    try:
        return int(args.run(args) or 0)
    except TorchSMTError as e:
        print(f"torchsmt {args.command}: error: {e}", file=sys.stderr)
        return 2
    except (OSError, UnicodeDecodeError) as e:
        print(f"torchsmt {args.command}: error: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"torchsmt {args.command}: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
