"""The log check (tests.support.logcheck) fails a run whose logs hold a recorded name or a
password, in the test process or in a subprocess, naming the file and line and masking what it
found; a run whose logs hold neither passes."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.logcheck import LOG_FOLDER_ENV

pytest_plugins = ["pytester"]

ROOT = Path(__file__).resolve().parents[1]

LOGGING_TESTS = '''
import logging
import subprocess
import sys


def test_logs_a_recorded_name():
    logging.getLogger("checkpoint.records").info("saved the household of %s", "Gul Agha")


def test_a_subprocess_logs_a_password():
    subprocess.run([sys.executable, "-c", "import logging; logging.getLogger('sync.client')"
                    ".warning('signing in with %s', 'clerk-pass-1')"], check=True)


def test_logs_nothing_personal():
    logging.getLogger("checkpoint.records").info("saved %d crossings", 3)
'''


@pytest.fixture
def inner_run(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> pytest.Pytester:
    """A pytest run of its own, with its own log folder (never this run's)."""
    monkeypatch.delenv(LOG_FOLDER_ENV, raising=False)
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    monkeypatch.setenv("TMPDIR", str(pytester.mkdir("tmp")))
    # Only the plugin under test: the installed ones (xdist, Qt, schemathesis, ...) would cost
    # seconds of imports per run and are not what this checks.
    monkeypatch.setenv("PYTEST_DISABLE_PLUGIN_AUTOLOAD", "1")
    pytester.makepyfile(test_logging=LOGGING_TESTS)
    return pytester


def test_a_name_or_a_password_in_any_log_fails_the_run(inner_run: pytest.Pytester) -> None:
    result = inner_run.runpytest_subprocess("-p", "tests.support.logcheck", "-p",
                                            "no:cacheprovider")
    result.assert_outcomes(passed=3)
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    result.stdout.fnmatch_lines_random([
        "*logs holding personal data or secrets*",
        "*pytest-controller-*.log:1: a recorded name Gu*** (8 characters)",
        "*subprocess-*.log:1: a password or token cl*** (12 characters)",
    ])
    assert "Gul Agha" not in result.stdout.str() and "clerk-pass-1" not in result.stdout.str()


def test_logs_without_names_or_secrets_pass(inner_run: pytest.Pytester) -> None:
    result = inner_run.runpytest_subprocess("-p", "tests.support.logcheck", "-p",
                                            "no:cacheprovider", "-k", "nothing_personal")
    result.assert_outcomes(passed=1, deselected=2)
    assert result.ret == pytest.ExitCode.OK
