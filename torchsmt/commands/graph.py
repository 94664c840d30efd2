"""`torchsmt graph FILE`: print a saved graph's listing (FILE: graph JSON or a listing)."""

from __future__ import annotations

from pathlib import Path


def register(sub) -> None:
    p = sub.add_parser("graph", help="print a saved graph's listing",
                       description="Print the listing of a graph file (JSON from ir.save, or a "
                                   "listing); errors are one line and exit 2.")
    p.add_argument("file", help="graph JSON (ts.ir.save) or a listing (print(graph))")
    out = p.add_mutually_exclusive_group()
    out.add_argument("--sha256", action="store_true",
                     help="print only the graph's sha256 (the name certificates use)")
    out.add_argument("--json", action="store_true", help="print the canonical JSON instead")
    p.set_defaults(run=run)


def read_graph(path: str | Path):
    """A graph from a JSON file or a listing, judged by the first non-blank character."""
    from torchsmt.ir import load, parse_graph
    from torchsmt.ir.errors import FormatError

    path = Path(path)
    data = path.read_bytes()
    if data.lstrip()[:1] == b"{":
        return load(path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise FormatError(f"{path}: neither graph JSON nor a UTF-8 listing") from None
    return parse_graph(text)


def run(args) -> int:
    from torchsmt.ir import canonical_json

    g = read_graph(args.file)
    if args.sha256:
        print(g.sha256())
    elif args.json:
        print(canonical_json(g).decode("ascii"))
    else:
        print(g)
    return 0
