"""Every error code the core, sync or HQ can raise is worded for the user, never shown raw."""

from __future__ import annotations

import pytest

from checkpoint.errors import CheckpointError, ValidationError
from contract.bidi import isolate
from contract.errors import ErrorCode
from ui.messages import error_text, sync_error_text

ENGLISH = "the core's own English sentence"


@pytest.mark.parametrize("code", list(ErrorCode))
def test_every_error_code_has_its_own_wording(qapp: object, code: ErrorCode) -> None:
    shown = error_text(CheckpointError(ENGLISH, code=code, field="full_name", value="X"))
    assert shown.strip()
    assert ENGLISH not in shown, f"{code!r} has no wording in ui/messages.py"
    assert not sync_error_text(code).startswith("Sync problem"), code


def test_wording_names_the_field_and_the_value_written(qapp: object) -> None:
    error = ValidationError("unknown", code=ErrorCode.UNKNOWN_PK_PROVINCE,
                            field="origin_province", value="Atlantis")
    # What was typed is isolated: in a right-to-left sentence it keeps its own order.
    assert error_text(error) == f"Origin province: “{isolate('Atlantis')}” is not in the list."


def test_a_sync_code_from_another_version_is_still_shown_plainly(qapp: object) -> None:
    assert sync_error_text("moon_phase") == f"Sync problem: {isolate('moon_phase')}"
    assert sync_error_text("offline").startswith("HQ cannot be reached")
