"""CLI subcommands: one module each, ``register(subparsers)`` sets ``run=`` on its parser."""
