"""Every log the app and HQ write during the test run is free of recorded names, passwords and
tokens (issue 9, "must show"). A pytest plugin, loaded by ``tests/conftest.py``.

Where the logs go
    The controlling process makes one folder (env ``PYTEST_CHECKPOINT_LOGS``, inherited by
    pytest-xdist's workers and by every subprocess a test starts). Each test process sends the
    root logger, at INFO as the desktop app runs it, to ``<folder>/<process>.log``; HQ's
    ``ControlRoom`` serves with uvicorn's records (access log included) going the same way. A
    ``sitecustomize`` in ``<folder>/site``, put on ``PYTHONPATH``, does the same for any Python
    subprocess (the command line, a server started to be killed, the desktop quitting) and
    also catches uvicorn's own handlers there, which do not pass records to the root logger.

What is looked for
    The names the tests record (the demo generator's names in ``resources/demo/people.json``,
    which the sites, devices and demo databases are filled from, and the names the tests type),
    every password in ``tests.support`` and the demo users', HQ's staff token, the enrollment
    codes and device tokens ``ControlRoom`` handed out (``note_secret``), and anything shaped
    like a device token, an enrollment code or a bearer header.

When
    In the controlling process's ``pytest_sessionfinish``, once every worker has finished:
    any finding fails the run, naming the file, the line and what matched (masked).
"""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from checkpoint.demo_site import DEMO_USERS
from resources import resource_path

LOG_FOLDER_ENV = "PYTEST_CHECKPOINT_LOGS"
SECRETS_FILE = "secrets-{pid}.txt"
FORMAT = "%(asctime)s %(levelname)s %(name)s %(message)s"
# Names the tests type or import themselves, beyond the demo generator's.
TEST_NAMES = ("Gul", "Noor", "Bibi Hawa", "Gul Khan", "Karim Khan", "Amina", "Zainab", "Hamida",
              "Abdul Rahim", "Typed Twice", "Night Walker", "Bad Province", "Register Person",
              "Disk Person", "Real Person")
# A device token (secrets.token_urlsafe(32)), an enrollment code, a bearer header.
TOKEN_SHAPE = re.compile(r"(?<![A-Za-z0-9_-])(?=[A-Za-z0-9_-]*[A-Z])(?=[A-Za-z0-9_-]*[a-z])"
                         r"(?=[A-Za-z0-9_-]*[0-9])[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])")
CODE_SHAPE = re.compile(r"\b(?:[A-HJ-NP-Z2-9]{4}-){3}[A-HJ-NP-Z2-9]{4}\b")
BEARER = re.compile(r"Bearer\s+\S+", re.IGNORECASE)

SITE_CUSTOMIZE = '''\
"""Test runs only: this process's logs go to the run's log folder too (tests/support/logcheck)."""
import logging
import logging.config
import os

_folder = os.environ.get("{env}")
if _folder:
    _handler = logging.FileHandler(os.path.join(_folder, f"subprocess-{{os.getpid()}}.log"),
                                   encoding="utf-8", delay=True)
    _handler.setFormatter(logging.Formatter("{fmt}"))
    logging.getLogger().addHandler(_handler)
    _dict_config = logging.config.dictConfig

    def _also_to_the_folder(config):
        # uvicorn gives its loggers handlers of their own and stops them propagating.
        _dict_config(config)
        for name in ("uvicorn", "uvicorn.error", "uvicorn.access"):
            logger = logging.getLogger(name)
            if not logger.propagate and _handler not in logger.handlers:
                logger.addHandler(_handler)

    logging.config.dictConfig = _also_to_the_folder
'''


def log_folder() -> Path | None:
    """The run's log folder (None outside a run with this plugin)."""
    folder = os.environ.get(LOG_FOLDER_ENV)
    return Path(folder) if folder else None


def note_secret(value: str) -> None:
    """Remember a secret handed out during the run (a code, a token) to look for in the logs."""
    folder = log_folder()
    if folder is not None and value:
        with open(folder / SECRETS_FILE.format(pid=os.getpid()), "a", encoding="utf-8") as out:
            out.write(value + "\n")


# -- routing -----------------------------------------------------------------------------------

def _is_controller(config: pytest.Config) -> bool:
    return not hasattr(config, "workerinput")


def pytest_configure(config: pytest.Config) -> None:
    if _is_controller(config):
        _prepare_folder(config)
    folder = log_folder()
    if folder is None:
        return
    root = logging.getLogger()
    # An xdist worker is itself a subprocess and got the sitecustomize handler: it logs
    # through the handler below instead (once, named after the worker).
    mine = str(folder / f"subprocess-{os.getpid()}.log")
    for stray in [h for h in root.handlers if getattr(h, "baseFilename", None) == mine]:
        root.removeHandler(stray)
    worker = getattr(config, "workerinput", {}).get("workerid", "controller")
    handler = logging.FileHandler(folder / f"pytest-{worker}-{os.getpid()}.log",
                                  encoding="utf-8")
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    root.setLevel(min(root.level or logging.INFO, logging.INFO))


_OWNED = pytest.StashKey[bool]()


def _prepare_folder(config: pytest.Config) -> None:
    """The run's folder (a new one, removed after a clean run, unless one was given) and the
    ``sitecustomize`` that sends every Python subprocess's logs into it."""
    folder = log_folder()
    if folder is None:
        folder = Path(tempfile.mkdtemp(prefix="checkpoint-test-logs-"))
        os.environ[LOG_FOLDER_ENV] = str(folder)
        config.stash[_OWNED] = True
    site = folder / "site"
    site.mkdir(parents=True, exist_ok=True)
    (site / "sitecustomize.py").write_text(
        SITE_CUSTOMIZE.format(env=LOG_FOLDER_ENV, fmt=FORMAT), encoding="utf-8")
    os.environ["PYTHONPATH"] = os.pathsep.join(
        filter(None, (str(site), os.environ.get("PYTHONPATH"))))


# -- the check ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Finding:
    """Something in a log that must not be there."""

    file: str
    line: int
    kind: str
    masked: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.kind} {self.masked}"


def mask(text: str) -> str:
    """The first two characters and the length: enough to find it, not enough to read it."""
    return f"{text[:2]}{'*' * 3} ({len(text)} characters)"


def recorded_names() -> set[str]:
    """Every name the tests' records are made from."""
    people = json.loads(resource_path("demo", "people.json").read_text(encoding="utf-8"))
    names = {*people["male_given"], *people["female_given"], *people["tribal_names"]}
    return names | set(TEST_NAMES)


def known_secrets(folder: Path) -> set[str]:
    """Passwords and tokens the tests use, and those noted during the run."""
    # Here, not at the top: the control-room support notes its codes through this module.
    from tests.support import controlroom, devices, sites

    known = {*sites.PASSWORDS.values(), sites.ADMIN_PASSWORD, sites.FIRST_PASSWORD,
             devices.PASSWORD, controlroom.ADMIN_TOKEN, controlroom.STAFF_PASSWORD,
             controlroom.STAFF_CHANGED_PASSWORD,
             *(secret for secret, _role in DEMO_USERS.values())}
    for noted in folder.glob(SECRETS_FILE.format(pid="*")):
        known |= {line.strip() for line in noted.read_text(encoding="utf-8").splitlines()}
    return {secret for secret in known if secret}


def _words(names: Iterable[str]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


def scan(folder: Path) -> Iterator[Finding]:
    """Every finding in the ``*.log`` files under ``folder``."""
    names = _words(recorded_names())
    secrets = known_secrets(folder)
    for log in sorted(folder.rglob("*.log")):
        with open(log, encoding="utf-8", errors="replace") as lines:
            for number, line in enumerate(lines, start=1):
                yield from _line_findings(log.name, number, line, names, secrets)


def _line_findings(file: str, number: int, line: str, names: re.Pattern[str],
                   secrets: set[str]) -> Iterator[Finding]:
    for match in names.finditer(line):
        yield Finding(file, number, "a recorded name", mask(match.group()))
    for secret in secrets:
        if secret in line:
            yield Finding(file, number, "a password or token", mask(secret))
    for kind, shape in (("a device token", TOKEN_SHAPE), ("an enrollment code", CODE_SHAPE),
                        ("a bearer header", BEARER)):
        for match in shape.finditer(line):
            yield Finding(file, number, kind, mask(match.group()))


def pytest_sessionfinish(session: pytest.Session) -> None:
    folder = log_folder()
    if not _is_controller(session.config) or folder is None:
        return
    findings = list(scan(folder))
    session.config.stash[_FINDINGS] = findings
    if findings:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
    elif session.config.stash.get(_OWNED, False):
        shutil.rmtree(folder, ignore_errors=True)


_FINDINGS = pytest.StashKey[list[Finding]]()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter,
                            config: pytest.Config) -> None:
    findings = config.stash.get(_FINDINGS, [])
    if not findings:
        return
    folder = log_folder()
    terminalreporter.section("logs holding personal data or secrets", red=True, bold=True)
    terminalreporter.write_line(f"{len(findings)} found in the logs under {folder}:")
    for finding in findings[:50]:
        terminalreporter.write_line(f"  {finding}")
    if len(findings) > 50:
        terminalreporter.write_line(f"  ... and {len(findings) - 50} more")
