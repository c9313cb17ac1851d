"""Keep a built `Answerer` on disk, once per fact base version, and reuse it.

Building the answerer (reading and validating the YAML, the matcher's index,
the intents' data) costs about a second and a half at 10,000 facts; reading the
same build back from a pickle costs a tenth of that. `ask`, `chat`, the bot's
start-up and its hot reload look here first, so only the first process to meet
a fact base version pays for the build.

A kept build is used only for the very files it was built from and the very
code that built it. Its key is a SHA-256 over

    the cache format, the Python version and the versions of the libraries
    the build reads with (numpy, PyYAML, rapidfuzz, snowballstemmer);
    the source of every module of the `bot` package (the lexicon is code);
    every file of the fact base folder, by relative path and content (the
    YAML and the report texts quotes are checked against), as `snapshot`
    lists them.

The key is taken again after a build, and the build is kept only if no file
changed meanwhile. One file per fact base folder (`answerer-<folder hash>.pickle`),
replaced by each new version, so the folder does not grow. Writes go to a
temporary file renamed into place, and the pickle is followed by its SHA-256:
a file cut short or damaged on disk is never read as a build.

Pickle runs code when read, so a kept build is read only from a folder and a
file that belong to this user and that nobody else may write (the folder is
made 0700, the file 0600). Anything wrong with it (another owner, a truncated
or foreign file, a build of another version) means one log line and a fresh
build, never an error: the cache can only make a start faster.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import stat
import sys
import tempfile
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path
from typing import BinaryIO, TypeVar

__all__ = ["BuildCache", "code_version", "folder_files"]

logger = logging.getLogger(__name__)

_FORMAT = b"cis-meeting-bot build cache 1\n"
_DIGEST_SIZE = 32  # the SHA-256 of the pickle, after it
_LIBRARIES = ("numpy", "PyYAML", "rapidfuzz", "snowballstemmer")
_T = TypeVar("_T")
_code_version: str | None = None


def folder_files(directory: Path) -> Iterator[Path]:
    """Every regular file under `directory`, in a stable order, leaving out dot files and
    folders and `__pycache__` (what a curator edits: the YAML and the report texts)."""
    try:
        paths = sorted(directory.rglob("*"))
    except OSError:
        return
    for path in paths:
        relative = path.relative_to(directory)
        if any(part.startswith(".") or part == "__pycache__" for part in relative.parts):
            continue
        if path.is_file():
            yield path


def code_version() -> str:
    """A hash of what builds an answerer: this Python, the libraries, the `bot` package."""
    global _code_version
    if _code_version is None:
        digest = hashlib.sha256(_FORMAT + sys.version.encode())
        for name in _LIBRARIES:
            try:
                digest.update(f"{name} {metadata.version(name)}\n".encode())
            except metadata.PackageNotFoundError:
                digest.update(f"{name} -\n".encode())
        package = Path(__file__).resolve().parent
        for path in sorted(package.rglob("*.py")):
            digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
        _code_version = digest.hexdigest()
    return _code_version


class BuildCache:
    """The kept build of one fact base folder in `cache_dir`; see the module docstring."""

    def __init__(self, cache_dir: Path, directory: str | Path) -> None:
        self.cache_dir = Path(cache_dir).expanduser()
        self.directory = Path(directory).resolve()
        name = hashlib.sha256(str(self.directory).encode()).hexdigest()[:16]
        self.path = self.cache_dir / f"answerer-{name}.pickle"
        self.key = self._key()  # before the load: a file edited during it changes the key

    def _key(self) -> bytes:
        digest = hashlib.sha256(code_version().encode())
        for path in folder_files(self.directory):
            try:
                content = path.read_bytes()
            except OSError:
                content = b"\0unreadable"
            digest.update(path.relative_to(self.directory).as_posix().encode() + b"\0")
            digest.update(len(content).to_bytes(8, "big") + content)
        return digest.hexdigest().encode()

    def load(self, kind: type[_T]) -> _T | None:
        """The kept build of these files as a `kind`, or None (nothing kept, or not usable)."""
        try:
            with open(self.path, "rb") as file:
                if not _private(os.fstat(file.fileno()), self.path) or not self._private_folder():
                    return None
                if file.readline(len(_FORMAT)) != _FORMAT or file.readline(len(self.key) + 1) != self.key + b"\n":
                    return None  # another version of the facts or of the code: built afresh
                start = file.tell()
                if not _intact(file, os.fstat(file.fileno()).st_size - start):
                    raise ValueError("its content is not what was written (cut short or damaged)")
                file.seek(start)
                found = pickle.load(file)  # stops at the pickle's end, before the digest
        except FileNotFoundError:
            return None
        except Exception as exc:  # a truncated or foreign file: build afresh, and replace it
            logger.warning("build cache %s unreadable (%s); building the fact base afresh", self.path, exc)
            return None
        if not isinstance(found, kind):
            logger.warning("build cache %s holds a %s, not a %s; building afresh",
                           self.path, type(found).__name__, kind.__name__)
            return None
        return found

    def store(self, built: object) -> bool:
        """Keep `built` for these files; False (and a log line) when it cannot be kept."""
        if self._key() != self.key:
            logger.info("fact base %s changed during the build; not keeping it", self.directory)
            return False
        try:
            self.cache_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
            if not self._private_folder():
                return False
            handle, temporary = tempfile.mkstemp(prefix=".answerer-", dir=self.cache_dir)  # 0600
            try:
                with os.fdopen(handle, "wb") as file:
                    file.write(_FORMAT + self.key + b"\n")
                    digest = hashlib.sha256()
                    pickle.dump(built, _Hashing(file, digest), protocol=pickle.HIGHEST_PROTOCOL)
                    file.write(digest.digest())  # read back only if the bytes are these
                os.replace(temporary, self.path)
            except BaseException:
                Path(temporary).unlink(missing_ok=True)
                raise
        except Exception as exc:  # a full disk or a read-only home: start slower next time
            logger.warning("cannot keep the built fact base in %s (%s)", self.cache_dir, exc)
            return False
        return True

    def _private_folder(self) -> bool:
        try:
            return _private(os.stat(self.cache_dir), self.cache_dir)
        except OSError:
            return False


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

    def __init__(self, file: BinaryIO, digest: hashlib._Hash) -> None:
        self.file = file
        self.digest = digest

    def write(self, data: bytes) -> int:
        self.digest.update(data)
        return self.file.write(data)


def _private(status: os.stat_result, path: Path) -> bool:
    """True when `path` is this user's and nobody else may write it (pickle runs code)."""
    owner = getattr(os, "getuid", lambda: status.st_uid)()
    if status.st_uid != owner or status.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        logger.warning("build cache %s is not private to this user (owner or mode); not using it", path)
        return False
    return True
