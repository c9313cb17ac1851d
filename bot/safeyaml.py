"""Read fact base files without trusting them: confinement, size, nesting and alias limits.

The fact base is edited by people and read by a long-running bot, so a file
must not be able to make `check` or the reload hang, eat memory, or read
something outside the folder. Every rule is checked before the costly step:

    confinement   only regular files whose resolved path lies inside the fact
                  base folder: a symlink pointing outside, a FIFO, a device or
                  a directory named `*.yaml` is refused with a message, unread
    size          MAX_FILE_BYTES (5 MB) per file, checked on the open file
                  before reading, and never more than that read
    nesting       MAX_DEPTH levels of lists/mappings, counted on the parser's
                  events as a tree is built from them, or in the composed node
                  graph (and a composer recursion overflow is the same error)
    aliases       the node graph is measured with aliases expanded (memoised,
                  so counting costs one visit per distinct node): more than
                  MAX_EXPANDED_NODES beyond the distinct ones is refused
                  BEFORE any Python object is constructed ("billion laughs")

Messages quote at most a short excerpt of a value (`excerpt`). Every refusal
is an `UnsafeInput(line, message)`; the loader turns it into a `Problem`.
"""

from __future__ import annotations

import os
import reprlib
import stat
from collections.abc import Callable
from pathlib import Path, PurePosixPath
from typing import Any

import yaml

__all__ = [
    "MAX_DEPTH", "MAX_EXCERPT", "MAX_EXPANDED_NODES", "MAX_FILE_BYTES", "BuildTree", "NotATree", "UnsafeInput",
    "confined_path", "excerpt", "parse_yaml", "read_confined", "read_yaml_file", "too_deep",
]

MAX_FILE_BYTES = 5 * 1024 * 1024  # per file, YAML and source texts alike
MAX_DEPTH = 64  # nested lists/mappings; the contract's files use 3
MAX_EXPANDED_NODES = 10_000  # nodes aliases may add on top of the distinct ones
MAX_EXCERPT = 60  # characters of a value quoted in a message

_REPR = reprlib.Repr()  # keyword arguments need Python 3.12
_REPR.maxlevel, _REPR.maxlist, _REPR.maxdict = 2, 4, 4
_REPR.maxstring = _REPR.maxother = MAX_EXCERPT


class UnsafeInput(Exception):
    """A file refused before (or instead of) being read or constructed; `line` is 1-based (0: the file)."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


def excerpt(value: object, limit: int = MAX_EXCERPT) -> str:
    """A short, single-line quotation of `value`: never the repr of a whole structure."""
    text = _REPR.repr(value)  # bounded: a few items of a few levels, whatever the size
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _inside(root: Path, path: Path) -> bool:
    try:
        path.relative_to(root)
    except ValueError:
        return False
    return True


def confined_path(root: Path, relative: str) -> Path:
    """`root / relative`, refusing absolute paths and anything that resolves outside `root`."""
    pure = PurePosixPath(relative)
    if pure.is_absolute() or relative.startswith(("/", "\\")) or (len(relative) > 1 and relative[1] == ":"):
        raise UnsafeInput(0, f"{excerpt(relative)} must be a path inside the fact base folder, not an absolute one")
    candidate = root / relative
    if not _inside(root.resolve(), candidate.resolve()):
        raise UnsafeInput(0, f"{excerpt(relative)} must be a path inside the fact base folder "
                          "(it resolves outside it)")
    return candidate


def read_confined(path: Path, root: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of a regular file inside `root`, at most `limit` of them; `UnsafeInput` otherwise."""
    resolved = path.resolve()
    if not _inside(root.resolve(), resolved):
        raise UnsafeInput(0, f"refused: it points outside the fact base folder (to {resolved})")
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer; fstat then tells what it is.
        descriptor = os.open(resolved, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise UnsafeInput(0, f"cannot read: {exc.strerror or exc}") from None
    with os.fdopen(descriptor, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise UnsafeInput(0, "refused: not a regular file (a FIFO, device, socket or folder)")
        if info.st_size > limit:
            raise UnsafeInput(0, f"refused: {info.st_size:,} bytes, over the {_size(limit)} limit per file")
        data = handle.read(limit + 1)
    if len(data) > limit:  # grew while we read it
        raise UnsafeInput(0, f"refused: over the {_size(limit)} limit per file")
    return data


def _size(limit: int) -> str:
    return f"{limit // (1024 * 1024)} MB" if limit % (1024 * 1024) == 0 else f"{limit:,} bytes"


def _measure(root: yaml.Node) -> None:
    """Refuse a node graph nested deeper than MAX_DEPTH or blown up by aliases."""
    expanded: dict[int, int] = {}  # id(node) -> size with aliases expanded
    distinct = 0
    # Iterative post-order walk: (node, depth, children done?)
    stack: list[tuple[yaml.Node, int, bool]] = [(root, 1, False)]
    on_path: set[int] = set()
    while stack:
        node, depth, done = stack.pop()
        key = id(node)
        if done:
            on_path.discard(key)
            total = 1 + sum(expanded[id(child)] for child in _children(node))
            expanded[key] = total
            if total - distinct > MAX_EXPANDED_NODES:
                raise UnsafeInput(node.start_mark.line + 1, "refused: aliases expand this document to more "
                                  f"than {MAX_EXPANDED_NODES:,} extra values (an alias bomb?)")
            continue
        if key in expanded:
            continue
        if key in on_path:  # a recursive alias: the constructor would loop
            raise UnsafeInput(node.start_mark.line + 1, "refused: a recursive alias")
        if depth > MAX_DEPTH:
            raise too_deep(node.start_mark.line + 1)
        distinct += 1
        on_path.add(key)
        stack.append((node, depth, True))
        stack.extend((child, depth + 1, False) for child in _children(node) if id(child) not in expanded)


def too_deep(line: int) -> UnsafeInput:
    """The refusal of a value nested deeper than MAX_DEPTH, at 1-based `line`."""
    return UnsafeInput(line, f"refused: lists and mappings nested more than {MAX_DEPTH} levels deep")


class NotATree(Exception):
    """Raised by a `BuildTree` for a document it leaves to the generic path (tags, anchors,
    several documents): that path then gives the value or the error PyYAML gives."""


def _check_depth(root: yaml.Node) -> None:
    """Refuse a node tree nested deeper than MAX_DEPTH (a tree: the text has no aliases)."""
    stack: list[tuple[yaml.Node, int]] = [(root, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise too_deep(node.start_mark.line + 1)
        if isinstance(node, yaml.SequenceNode):
            stack.extend((child, depth + 1) for child in node.value)
        elif isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                stack.append((key, depth + 1))
                stack.append((value, depth + 1))


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    return []


BuildTree = Callable[[yaml.SafeLoader], Any]


def parse_yaml(text: str, loader_class: type[yaml.SafeLoader], build_tree: BuildTree | None = None) -> Any:
    """Compose `text`, measure the node graph, then construct it with `loader_class`.

    `build_tree(loader)`, when given, is tried first on a text that can hold no
    alias and no merge key: it builds the document straight from the parser's
    events (the fact base's usual shape, and 3x faster than composing nodes
    first), refusing nesting deeper than MAX_DEPTH itself (`too_deep`), and
    raises `NotATree` for anything it leaves to the generic path.

    Only a document the tree builder finishes is its answer. One it stops on
    (a syntax error, a value no constructor takes, nesting past the limit) is
    read again the generic way, whose order (compose the whole document, then
    measure it, then construct it, skipping a repeated key's value) decides
    which problem is reported: a syntax error or a second document further on
    comes before a bad value or a refusal. A depth refusal both paths give
    keeps the tree builder's line: the first value past the limit in reading
    order.
    """
    if build_tree is not None and "*" not in text and "<<" not in text:
        try:
            return _with_loader(text, loader_class, build_tree)
        except NotATree:
            pass
        except Exception as stopped:
            try:
                return _generic(text, loader_class)
            except UnsafeInput as refused:
                if isinstance(stopped, UnsafeInput) and stopped.message == refused.message:
                    raise stopped from None
                raise
    return _generic(text, loader_class)


def _generic(text: str, loader_class: type[yaml.SafeLoader]) -> Any:
    try:
        return _with_loader(text, loader_class, lambda loader: _compose_and_construct(loader, "*" in text))
    except RecursionError:
        raise too_deep(1) from None
    except yaml.MarkedYAMLError as exc:
        if "nesting depth" not in str(exc.problem):  # libyaml's own depth limit, said as ours
            raise
        raise too_deep(exc.problem_mark.line + 1 if exc.problem_mark else 1) from None


def _with_loader(text: str, loader_class: type[yaml.SafeLoader], read: BuildTree) -> Any:
    loader = loader_class(text)
    try:
        return read(loader)
    finally:
        loader.dispose()


def _compose_and_construct(loader: yaml.SafeLoader, aliased: bool) -> Any:
    """The generic path: compose the node graph, measure it, construct it."""
    node = loader.get_single_node()
    if node is None:
        return None
    if aliased:  # an alias is possible: measure the graph with aliases expanded
        _measure(node)
    else:  # no alias can be in the text: the graph is a tree, only its depth can hurt
        _check_depth(node)
    return loader.construct_document(node)


def read_yaml_file(path: Path, root: Path, loader_class: type[yaml.SafeLoader],
                   build_tree: BuildTree | None = None) -> tuple[bytes, Any]:
    """The raw bytes and the constructed data of one fact base file, every limit applied.

    Raises `UnsafeInput` for a refused file, `UnicodeDecodeError` for bytes
    that are not UTF-8 and `yaml.YAMLError` for a syntax error.
    """
    raw = read_confined(path, root)
    return raw, parse_yaml(raw.decode("utf-8"), loader_class, build_tree)
