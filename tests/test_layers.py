"""The layer contract (pyproject.toml, [tool.importlinter]) holds, and it does catch a violation."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import REPO

LINT = Path(sys.executable).parent / "lint-imports"
PACKAGE_PARTS = ("__init__.py", "errors.py", "run_worker.py", "config", "ingest", "classify", "store", "trail", "notify",
                 "export", "web", "cli", "worker", "signin")


def lint(root: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([str(LINT), "--config", str(REPO / "pyproject.toml"), "--no-cache"], cwd=root, env=env,
                          capture_output=True, text=True, timeout=120)


def test_the_layer_contracts_hold():
    result = lint(REPO)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr


def test_a_module_importing_from_a_layer_above_breaks_the_contract(tmp_path):
    copy = tmp_path / "ieptrail"
    for part in PACKAGE_PARTS:
        source = REPO / part
        if source.is_dir():
            shutil.copytree(source, copy / part, ignore=shutil.ignore_patterns("__pycache__", "data", "templates",
                                                                                "static", "fonts"))
        else:
            copy.mkdir(exist_ok=True)
            shutil.copy(source, copy / part)
    models = copy / "store" / "models.py"
    models.write_text(models.read_text() + "\nfrom ieptrail.trail import importer  # the store reaching up\n")
    env = dict(os.environ, PYTHONPATH=str(tmp_path))  # this copy, not the installed package
    result = lint(tmp_path, env)
    assert result.returncode != 0
    assert "ieptrail.store.models -> ieptrail.trail.importer" in result.stdout


def test_static_tools_find_every_module_the_package_imports():
    """Through .static/ieptrail (README, "How it is built"), `ieptrail.a.b` is a file a type
    checker or an editor can open, for every import in the package."""
    import ast

    root = REPO / ".static" / "ieptrail"
    assert root.resolve() == REPO.resolve()
    missing = []
    for part in PACKAGE_PARTS:
        for path in sorted((REPO / part).rglob("*.py")) if (REPO / part).is_dir() else [REPO / part]:
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                names = ([node.module] if isinstance(node, ast.ImportFrom) and node.module else
                         [alias.name for alias in node.names] if isinstance(node, ast.Import) else [])
                for name in (n for n in names if n.startswith("ieptrail.")):
                    where = root.joinpath(*name.split(".")[1:])
                    if not (where.with_suffix(".py").is_file() or (where / "__init__.py").is_file()):
                        missing.append(f"{path.relative_to(REPO)}: {name}")
    assert not missing, missing
