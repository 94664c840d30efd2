"""Parse a graph listing (see printer.py) back into a Graph.

Syntax errors raise FormatError naming the line, the column and the offending token; a listing that
parses but describes a malformed graph raises the verifier's GraphError, prefixed with the line of
the node it names. Large constants appear in a listing only as a digest, so their arrays come from
``consts`` (node id -> array) and must match that digest.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from typing import Any

import numpy as np

from .errors import FormatError, GraphError, TorchSMTError
from .graph import Graph, Node
from .printer import DIGEST_HEX, const_digest
from .registry import REGISTRY, Registry

_TOKEN = re.compile(
    r"""
    (?P<ws>[ \t\r]+)
  | (?P<comment>\#.*)
  | (?P<string>"(?:[^"\\]|\\.)*")
  | (?P<var>%\d+)
  | (?P<digest><sha256:[0-9a-f]*>)
  | (?P<number>[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|inf\b|nan\b))
  | (?P<name>[A-Za-z_][A-Za-z0-9_.]*)
  | (?P<punct>[()\[\],:=])
    """,
    re.VERBOSE,
)
_MAX_DEPTH = 32  # nesting of tuples and constant lists; deeper input is rejected, not recursed into
_DTYPES = {"f32": np.float32, "f64": np.float64}
_NUM_FLOAT = re.compile(r"[.eEna]")  # a number token with any of these is a float


class _Line:
    """The tokens of one line and a cursor over them."""

    def __init__(self, text: str, lineno: int):
        self.lineno = lineno
        self.toks: list[tuple[str, str, int]] = []
        pos = 0
        while pos < len(text):
            m = _TOKEN.match(text, pos)
            if m is None:
                raise FormatError(f"line {lineno}, column {pos + 1}: unexpected character "
                                  f"{text[pos]!r}")
            kind = m.lastgroup
            if kind not in ("ws", "comment"):
                self.toks.append((kind, m.group(), pos + 1))
            pos = m.end()
        self.i = 0

    def error(self, expected: str) -> FormatError:
        if self.i < len(self.toks):
            _, text, col = self.toks[self.i]
            found = f"'{text}'"
        else:
            col, found = None, "end of line"
        where = f"line {self.lineno}" + (f", column {col}" if col else "")
        return FormatError(f"{where}: expected {expected}, found {found}")

    def peek(self) -> tuple[str, str] | None:
        if self.i < len(self.toks):
            return self.toks[self.i][:2]
        return None

    def take(self, kind: str, text: str | None = None, expected: str | None = None) -> str:
        t = self.peek()
        if t is None or t[0] != kind or (text is not None and t[1] != text):
            raise self.error(expected or (f"'{text}'" if text else kind))
        self.i += 1
        return t[1]

    def accept(self, text: str) -> bool:
        t = self.peek()
        if t is not None and t[0] in ("punct", "name") and t[1] == text:
            self.i += 1
            return True
        return False

    def done(self) -> bool:
        return self.i >= len(self.toks)

    def end(self) -> None:
        if not self.done():
            raise self.error("end of line")

    # -- pieces ------------------------------------------------------------------------------------
    def var(self) -> int:
        return int(self.take("var", expected="a value like %3")[1:])

    def string(self) -> str:
        tok = self.take("string")
        try:
            return json.loads(tok)
        except ValueError as e:  # a bad escape such as "\q"
            self.i -= 1
            raise self.error(f"a JSON string ({e.args[0].split(':')[0]})") from None

    def number(self) -> int | float:
        tok = self.take("number", expected="a number")
        return float(tok) if _NUM_FLOAT.search(tok) else int(tok)

    def head(self) -> tuple[int, str, tuple[int, ...], str]:
        """``%id ["name"]: dtype[d0,d1,...]``"""
        nid = self.var()
        t = self.peek()
        name = self.string() if t is not None and t[0] == "string" else ""
        self.take("punct", ":")
        dtype = self.take("name", expected="a dtype (f32 or f64)")
        if dtype not in _DTYPES:
            self.i -= 1
            raise self.error("a dtype (f32 or f64)")
        self.take("punct", "[")
        shape: list[int] = []
        while not self.accept("]"):
            if shape:
                self.take("punct", ",")
            t = self.peek()
            if t is None or t[0] != "number" or not t[1].isdigit():
                raise self.error("a dimension (a non-negative integer)")
            shape.append(int(self.take("number")))
        return nid, name, tuple(shape), dtype

    def literal(self, depth: int = 0) -> Any:
        """A parameter value: number, string, True/False/None, or a tuple of them."""
        if depth > _MAX_DEPTH:
            raise self.error(f"at most {_MAX_DEPTH} nested tuples")
        t = self.peek()
        if t is None:
            raise self.error("a value")
        kind, text = t
        if kind == "number":
            return self.number()
        if kind == "string":
            return self.string()
        if kind == "name" and text in ("True", "False", "None"):
            self.i += 1
            return {"True": True, "False": False, "None": None}[text]
        if self.accept("("):
            items: list[Any] = []
            while not self.accept(")"):
                items.append(self.literal(depth + 1))
                if not self.accept(","):
                    self.take("punct", ")", expected="',' or ')'")
                    break
            return tuple(items)
        raise self.error("a value (number, string, True, False, None or tuple)")

    def nested(self, depth: int = 0) -> Any:
        """A constant: a number or a bracketed list of constants."""
        if depth > _MAX_DEPTH:
            raise self.error(f"at most {_MAX_DEPTH} nested lists")
        if not self.accept("["):
            return float(self.take("number", expected="a number"))  # 1e999 -> inf: verify says
        items: list[Any] = []
        while not self.accept("]"):
            if items:
                self.take("punct", ",", expected="',' or ']'")
            items.append(self.nested(depth + 1))
        return items


def _const_value(line: _Line, nid: int, shape: tuple[int, ...], dtype: str,
                 consts: Mapping[int, Any] | None) -> np.ndarray:
    t = line.peek()
    if t is not None and t[0] == "digest":
        digest = line.take("digest")[len("<sha256:"):-1]
        if len(digest) != DIGEST_HEX:
            line.i -= 1
            raise line.error(f"a digest of {DIGEST_HEX} hex digits")
        line.end()
        if consts is None or nid not in consts:
            raise FormatError(f"line {line.lineno}: node %{nid} is a large constant shown only "
                              f"by its digest; pass its array in consts={{{nid}: array}}")
        try:
            arr = np.asarray(consts[nid]).astype(_DTYPES[dtype])
        except (TypeError, ValueError) as e:
            raise FormatError(f"line {line.lineno}: consts[{nid}] is not a float array: "
                              f"{e}") from None
        if arr.shape != shape:
            raise FormatError(f"line {line.lineno}: consts[{nid}] has shape {arr.shape}, "
                              f"node %{nid} says {shape}")
        if const_digest(arr, dtype) != digest:
            raise FormatError(f"line {line.lineno}: consts[{nid}] does not match node %{nid}'s "
                              f"digest {digest}")
        return arr
    value = line.nested()
    line.end()
    try:
        arr = np.array(value, dtype=np.float64)
    except ValueError:
        raise FormatError(f"line {line.lineno}: constant %{nid} is a ragged list") from None
    if math.prod(shape) == 0 and arr.size == 0:
        arr = arr.reshape(shape)
    if arr.shape != shape:
        raise FormatError(f"line {line.lineno}: constant %{nid} has shape {arr.shape}, "
                          f"its type says {shape}")
    return arr.astype(_DTYPES[dtype])


def parse_graph(text: str, consts: Mapping[int, Any] | None = None,
                registry: Registry = REGISTRY) -> Graph:
    """Parse a listing made by ``format_graph`` (or written by hand) into a verified Graph."""
    try:
        return _parse(text, consts, registry)
    except TorchSMTError:
        raise
    except RecursionError:
        raise FormatError("graph listing is nested too deeply") from None
    except Exception as e:  # the last line of defence: never a raw traceback for bad input
        raise FormatError(f"graph listing rejected ({type(e).__name__}: {e})") from None


def _parse(text: str, consts: Mapping[int, Any] | None, registry: Registry) -> Graph:
    if not isinstance(text, str):
        raise FormatError(f"a graph listing is text, not {type(text).__name__}")
    lines = [_Line(s, k) for k, s in enumerate(text.split("\n"), 1)]
    lines = [ln for ln in lines if not ln.done()]  # blank and comment-only lines
    if not lines:
        raise FormatError("empty graph listing")
    nodes: dict[int, Node] = {}
    where: dict[int, int] = {}  # node id -> line number
    values: dict[int, np.ndarray] = {}

    def add(node: Node, lineno: int) -> None:
        if node.id in nodes:
            raise FormatError(f"line {lineno}: %{node.id} is already defined on line "
                              f"{where[node.id]}")
        nodes[node.id] = node
        where[node.id] = lineno

    first = lines[0]
    first.take("name", "graph", expected="'graph(' (the header)")
    first.take("punct", "(")
    index = 0
    while not first.accept(")"):
        if index:
            first.take("punct", ",", expected="',' or ')'")
        nid, name, shape, dtype = first.head()
        add(Node(nid, "input", (), (("index", index),), shape, dtype, name), first.lineno)
        index += 1
    first.take("punct", ":")
    first.end()

    outputs: list[int] | None = None
    for line in lines[1:]:
        if outputs is not None:
            raise FormatError(f"line {line.lineno}: nothing may follow the 'return' line")
        t = line.peek()
        if t == ("name", "return"):
            line.i += 1
            outputs = [line.var()]
            while line.accept(","):
                outputs.append(line.var())
            line.end()
            continue
        nid, name, shape, dtype = line.head()
        line.take("punct", "=")
        op = line.take("name", expected="an operator name")
        if op == "input":
            line.i -= 1
            raise line.error("an operator (inputs belong in the 'graph(...)' header)")
        if op == "const":
            values[nid] = _const_value(line, nid, shape, dtype, consts)
            add(Node(nid, "const", (), (), shape, dtype, name), line.lineno)
            continue
        params: dict[str, Any] = {}
        if line.accept("["):
            while not line.accept("]"):
                if params:
                    line.take("punct", ",", expected="',' or ']'")
                key = line.take("name", expected="a parameter name")
                if key in params:
                    line.i -= 1
                    raise line.error("a parameter not given before")
                line.take("punct", "=")
                params[key] = line.literal()
        args = []
        while not line.done():
            args.append(line.var())
        add(Node(nid, op, tuple(args), tuple(sorted(params.items())), shape, dtype, name),
            line.lineno)
    if outputs is None:
        raise FormatError(f"line {lines[-1].lineno}: the listing ends without a 'return' line")
    for k in range(len(nodes)):
        if k not in nodes:
            raise FormatError(f"node ids must be %0..%{len(nodes) - 1}: %{k} is missing")
    try:
        return Graph([nodes[k] for k in range(len(nodes))], outputs, values, registry)
    except GraphError as e:
        m = re.search(r"node %(\d+)", str(e))
        if m and int(m.group(1)) in where:
            raise GraphError(f"line {where[int(m.group(1))]}: {e}") from None
        raise

