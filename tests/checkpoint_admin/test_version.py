"""``checkpoint-admin --version``: what the bundle's smoke test and an IT officer read first."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from checkpoint_admin.main import main

PYPROJECT = Path(__file__).parents[2] / "pyproject.toml"


def test_version_is_the_projects_and_needs_no_database(
        capsys: pytest.CaptureFixture[str], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CHECKPOINT_DB", str(tmp_path / "none.db"))
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    released = tomllib.loads(PYPROJECT.read_text())["project"]["version"]
    assert capsys.readouterr().out == f"checkpoint-admin {released}\n"
    assert not (tmp_path / "none.db").exists()
