"""The package structure points one way: core <- Telegram shell <- handlers.

import-linter checks the imports statically (`lint-imports`, contracts in pyproject.toml);
these tests check what a process actually loads, and that the contracts list every module.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ENTRY_POINTS = {"bot.__main__", "bot.cli"}  # the command line sits above everything


def _loaded_after(code: str) -> set[str]:
    script = f"import sys\n{code}\nprint('\\n'.join(sorted(sys.modules)))"
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT,
                            env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=60, check=True)
    return set(result.stdout.split())


def _core_modules() -> list[str]:
    modules = [f"bot.{path.stem}" for path in (ROOT / "bot").glob("*.py")
               if path.stem != "__init__" and f"bot.{path.stem}" not in ENTRY_POINTS]
    packages = [f"bot.{path.parent.name}" for path in (ROOT / "bot").glob("*/__init__.py")
                if path.parent.name != "telegram_app"]  # a core package (bot.intents) is listed as one
    return sorted(modules + packages)


def test_every_core_module_is_in_the_import_contract() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    [core] = [c for c in config["tool"]["importlinter"]["contracts"] if c["name"].startswith("The Telegram-free core")]
    missing = set(_core_modules()) - set(core["source_modules"])
    assert not missing, f"add {sorted(missing)} to the core contract in pyproject.toml (or move it to bot/telegram_app/)"


def test_the_core_loads_without_telegram() -> None:
    loaded = _loaded_after("\n".join(f"import {module}" for module in _core_modules()))
    assert not {m for m in loaded if m.split(".")[0] in ("telegram", "handlers")}
    assert not {m for m in loaded if m.startswith("bot.telegram_app")}


def test_the_digest_command_loads_no_handler_module() -> None:
    loaded = _loaded_after("import bot.cli\nimport bot.telegram_app.broadcast")
    assert "telegram" in loaded  # it does speak Telegram...
    assert not {m for m in loaded if m.split(".")[0] == "handlers"}  # ...without any handler
