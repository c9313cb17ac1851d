"""Keep a built `Answerer` on disk, once per fact base version, and reuse it.

Building the answerer (reading and validating the YAML, the matcher's index,
the intents' data) costs about a second and a half at 10,000 facts; reading the
same build back from a pickle costs a tenth of that. `ask`, `chat`, the bot's
start-up and its hot reload look here first, so only the first process to meet
a fact base version pays for the build.

A kept build is used only for the very files it was built from, named the same
way, by the very code that built it. Its key is a SHA-256 over

    the cache format, the Python version and the versions of the libraries
    the build reads with (numpy, PyYAML, rapidfuzz, snowballstemmer);
    the source of every module of the `bot` package (the lexicon is code);
    the fact base folder as it was named (replies read report texts through
    that path);
    every file the build read, by name and by the SHA-256 of the very bytes
    it read (`FactBase.read_files`, recorded by the loader): the YAML files
    and the report texts their quotes were checked against.

The names are kept beside the key. To use a kept build, the folder's YAML files
must be those it names (`bot.loader.fact_files`, the loader's own list: a file
added is a new version), and hashing the named files now must give the key.
Since the key is made from what the build itself read, a file edited while a
build runs can never be kept under the new content's key. One file per fact
base folder (`answerer-<folder hash>.pickle`), replaced by each new version; the
leftovers of a writer that was killed are removed by the next one. Writes go to
a temporary file renamed into place, and the pickle is followed by its SHA-256:
a file cut short or damaged on disk is never read as a build.

Pickle runs code when read, so a kept build is read only from a file (not a
symbolic link) in a folder, both belonging to this user and writable by nobody
else (the folder is made 0700, the file 0600). Anything wrong (another owner,
a truncated or foreign file, a file name the key cannot spell, an unwritable
folder) means one log line and a fresh build, never an error: the cache can
only make a start faster.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import pickle
import stat
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from importlib import metadata
from pathlib import Path
from typing import BinaryIO, TypeVar

from bot.loader import fact_files

__all__ = ["BuildCache", "code_version"]

logger = logging.getLogger(__name__)

_FORMAT = b"cis-meeting-bot build cache 2\n"
_DIGEST_SIZE = 32  # the SHA-256 of the pickle, after it
_MAX_HEADER = 1 << 20  # the key line and the names of the report texts
_LIBRARIES = ("numpy", "PyYAML", "rapidfuzz", "snowballstemmer")
_LEFTOVER_AGE = 600.0  # seconds: a temporary file this old was left by a killed writer
_T = TypeVar("_T")
_code_version: str | None = None


def code_version(package: Path | None = None) -> str:
    """A hash of what builds an answerer: this Python, the libraries, the `bot` package's source
    (`package`: another copy of it, for tests)."""
    global _code_version
    if package is None and _code_version is not None:
        return _code_version
    digest = hashlib.sha256(_FORMAT + sys.version.encode())
    for name in _LIBRARIES:
        try:
            digest.update(f"{name} {metadata.version(name)}\n".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{name} -\n".encode())
    root = package or Path(__file__).resolve().parent
    for path in sorted(root.rglob("*.py")):
        digest.update(os.fsencode(path.relative_to(root)) + b"\0" + path.read_bytes() + b"\0")
    if package is None:
        _code_version = digest.hexdigest()
    return digest.hexdigest()


class BuildCache:
    """The kept build of one fact base folder in `cache_dir`; see the module docstring."""

    def __init__(self, cache_dir: Path, directory: str | Path) -> None:
        self.cache_dir = Path(cache_dir).expanduser()
        self.directory = Path(directory)  # as named: the build's paths are spelt so
        name = hashlib.sha256(os.fsencode(self.directory.resolve())).hexdigest()[:16]
        self.path = self.cache_dir / f"answerer-{name}.pickle"

    def load(self, kind: type[_T]) -> _T | None:
        """The kept build of these files as a `kind`, or None (nothing kept, or not usable)."""
        try:
            found = self._read()
        except FileNotFoundError:
            return None
        except Exception as exc:  # a truncated or foreign file, a name the key cannot spell
            logger.warning("build cache %s not used (%s); building the fact base afresh", self.path, exc)
            return None
        if found is not None and not isinstance(found, kind):
            logger.warning("build cache %s holds %s, expected %s; building afresh",
                           self.path, type(found).__name__, kind.__name__)
            return None
        return found

    def store(self, built: object, read_files: Sequence[tuple[str, str, str]]) -> bool:
        """Keep `built`, made from `read_files` (kind, name, SHA-256 of the bytes read: what
        `FactBase.read_files` records); False (and a log line) when it cannot be kept."""
        names = [(kind, name) for kind, name, _ in read_files]
        try:
            key = self._key([(name, bytes.fromhex(sha)) for _, name, sha in read_files])
            self.cache_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
            if not _private(os.stat(self.cache_dir, follow_symlinks=False), self.cache_dir, folder=True):
                return False
            self._remove_leftovers()
            handle, temporary = tempfile.mkstemp(prefix=".answerer-", dir=self.cache_dir)  # 0600
            try:
                with os.fdopen(handle, "wb") as file:
                    file.write(_FORMAT + key + b"\n" + json.dumps(names).encode() + b"\n")
                    digest = hashlib.sha256()
                    pickle.dump(built, _Hashing(file, digest.update), protocol=pickle.HIGHEST_PROTOCOL)
                    file.write(digest.digest())  # read back only if the bytes are these
                os.replace(temporary, self.path)
            except BaseException:
                Path(temporary).unlink(missing_ok=True)
                raise
        except Exception as exc:  # a full disk, a read-only home, a name the key cannot spell
            logger.warning("cannot keep the built fact base in %s (%s)", self.cache_dir, exc)
            return False
        return True

    def _read(self) -> object | None:
        """The kept object; None when it is another version's (or not private); raises when
        the file is damaged."""
        if not _private(os.stat(self.cache_dir, follow_symlinks=False), self.cache_dir, folder=True):
            return None
        descriptor = os.open(self.path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        with os.fdopen(descriptor, "rb") as file:
            if not _private(os.fstat(file.fileno()), self.path, folder=False):
                return None
            if file.readline(len(_FORMAT)) != _FORMAT:
                return None
            key = file.readline(_MAX_HEADER).rstrip(b"\n")
            names = [(str(kind), str(name)) for kind, name in json.loads(file.readline(_MAX_HEADER))]
            if [name for kind, name in names if kind == "yaml"] != [p.name for p in fact_files(self.directory)]:
                return None  # a YAML file added, removed or renamed: another version
            if key != self._key([(name, _file_digest(self.directory / name)) for _, name in names]):
                return None  # another version of the facts or of the code: built afresh
            start = file.tell()
            if not _intact(file, os.fstat(file.fileno()).st_size - start):
                raise ValueError("its content is not what was written (cut short or damaged)")
            file.seek(start)
            found: object = pickle.load(file)  # stops at the pickle's end, before the digest
            return found

    def _key(self, files: list[tuple[str, bytes]]) -> bytes:
        """The key of a build of `files` (name, SHA-256 of the content) by this code."""
        digest = hashlib.sha256(code_version().encode() + b"\0" + os.fsencode(self.directory) + b"\0")
        for name, content in files:
            digest.update(os.fsencode(name) + b"\0" + content)
        return digest.hexdigest().encode()

    def _remove_leftovers(self) -> None:
        """Remove the temporary files of writers killed while writing (each a whole build)."""
        for path in self.cache_dir.glob(".answerer-*"):
            try:
                if time.time() - path.stat().st_mtime > _LEFTOVER_AGE:
                    path.unlink()
            except OSError:
                continue


def _file_digest(path: Path) -> bytes:
    """The SHA-256 of a file's content, read in blocks; of nothing when it is missing."""
    try:
        with open(path, "rb") as file:
            return hashlib.file_digest(file, "sha256").digest()
    except FileNotFoundError:
        return b"missing"


def _intact(file: BinaryIO, size: int) -> bool:
    """True when the `size` bytes left in `file` are a pickle followed by its SHA-256
    (read in blocks: a 100,000-fact build is not held twice in memory)."""
    if size < _DIGEST_SIZE:
        return False
    digest = hashlib.sha256()
    left = size - _DIGEST_SIZE
    while left:
        block = file.read(min(left, 1 << 20))
        if not block:
            return False
        digest.update(block)
        left -= len(block)
    return file.read(_DIGEST_SIZE) == digest.digest()


class _Hashing:
    """A file to write to that also feeds what is written to a digest."""

    def __init__(self, file: BinaryIO, update: Callable[[bytes], object]) -> None:
        self.file = file
        self.update = update

    def write(self, data: bytes) -> int:
        self.update(data)
        return self.file.write(data)


def _private(status: os.stat_result, path: Path, *, folder: bool) -> bool:
    """True when `path` is this user's, of the right kind, and nobody else may write it."""
    owner = getattr(os, "getuid", lambda: status.st_uid)()
    right_kind = stat.S_ISDIR(status.st_mode) if folder else stat.S_ISREG(status.st_mode)
    if not right_kind or status.st_uid != owner or status.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        logger.warning("build cache %s is not private to this user (owner, mode or a link); not using it", path)
        return False
    return True
