"""Shared test set-up. Qt runs offscreen (set before anything can import Qt)."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
