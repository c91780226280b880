"""Shared test set-up. Qt runs offscreen (set before anything can import Qt); the shared
fixtures come from ``tests.support.plugin``, the leak guard from ``tests.support.leaks``."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytest_plugins = ["tests.support.leaks", "tests.support.plugin"]
