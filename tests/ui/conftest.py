"""Real app objects on a temporary encrypted database, one per test; no mocks of our own code.

``site`` (from ``tests.support``) is this test's copy of a database with an IT admin, a shift
lead and two clerks (each already past their first-password change); ``sign_in(name)`` gives an
``AppContext`` signed in as that user, shut down (threads joined, database closed) at the end of
the test.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from checkpoint.ledger import open_ledger
from tests.support.sites import Site
from ui.context import AppContext


@pytest.fixture
def sign_in(site: Site) -> Iterator[Callable[[str], AppContext]]:
    """Open an ``AppContext`` as a user of ``site``; all are shut down after the test."""
    opened: list[AppContext] = []

    def open_as(name: str) -> AppContext:
        context = AppContext(open_ledger(site.path, name, site.passwords[name]))
        opened.append(context)
        return context

    yield open_as
    for context in opened:
        context.shut_down()  # does nothing if a closed window already did it
