"""Shared test set-up. Qt runs offscreen (set before anything can import Qt); the shared
fixtures come from ``tests.support.plugin``, the leak guard from ``tests.support.leaks``, the
check that no log holds a name or a secret from ``tests.support.logcheck``."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytest_plugins = ["tests.support.leaks", "tests.support.logcheck", "tests.support.plugin"]
