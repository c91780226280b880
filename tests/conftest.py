"""Shared test set-up. Qt runs offscreen (set before anything can import Qt); the shared
fixtures and the leak guard come from ``tests.support.plugin``."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytest_plugins = ["tests.support.plugin"]
