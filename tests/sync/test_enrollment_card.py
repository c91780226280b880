"""The enrollment code as the admin's page shows it: grouped characters and a QR code that a
scanner reads back as exactly the code (issue 10)."""

from __future__ import annotations

import io

import zxingcpp
from PIL import Image
from playwright.sync_api import Browser

from sync.server.staff.enrollment_card import code_groups, qr_svg, qr_text

CODE = "K7QM-3XRT-9WHD-PA2F"


def _scan(browser: Browser, svg: str) -> list[str]:
    """Draw the SVG in Chromium as the page does, photograph it, and read it as a scanner."""
    page = browser.new_page(viewport={"width": 400, "height": 400})
    try:
        page.set_content(f"<!doctype html><body>{svg}</body>")
        page.locator("svg").evaluate("(svg) => { svg.setAttribute('width', '300'); }")
        picture = page.locator("svg").screenshot()
    finally:
        page.close()
    return [found.text for found in zxingcpp.read_barcodes(Image.open(io.BytesIO(picture)))]


def test_the_code_is_shown_in_groups_of_four_whatever_way_it_was_written() -> None:
    assert code_groups(CODE) == ["K7QM", "3XRT", "9WHD", "PA2F"]
    assert code_groups("k7qm 3xrt-9whd pa2f") == ["K7QM", "3XRT", "9WHD", "PA2F"]
    assert qr_text("k7qm3xrt9whdpa2f") == CODE


def test_the_qr_code_reads_back_as_the_code_alone(browser: Browser) -> None:
    svg = qr_svg(CODE.lower())

    assert _scan(browser, svg) == [CODE]
    # Drawn with presentation attributes only: the console's CSP forbids style attributes.
    assert "style=" not in svg and "<script" not in svg
