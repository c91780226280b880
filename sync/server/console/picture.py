"""The national picture (``/``) and its exports: the tally as CSV and as a printable A4 sheet.

Every page reads its range from the URL (``?from=&to=&checkpoint=``), so a picture can be
bookmarked and shared; the exports take the same query, so they export the range on screen.
The routes are thin: the desk checks the role (the picture: viewer; exports: supervisor).
"""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response

from contract import codes
from contract.bidi import fill
from sync.server.console.web import Viewer, engine, render
from sync.server.database import reading
from sync.server.day_chart import day_chart_svg, describe
from sync.server.picture import now_at_the_crossing_points, picture_zone, today
from sync.server.picture_view import (
    ALL_CHECKPOINTS,
    BY_DAY,
    ENGLISH,
    asked_range,
    checkpoint_table,
    period_text,
    place_text,
    quick_ranges,
    tables,
)
from sync.server.staff import desk
from sync.server.staff.roles import Permission
from sync.server.tally_csv import CONTENT_TYPE, file_name, tally_csv

router = APIRouter()

FromDay = Annotated[str | None, Query(alias="from", max_length=40)]
ToDay = Annotated[str | None, Query(alias="to", max_length=40)]
Checkpoint = Annotated[str | None, Query(max_length=64)]


@router.get("/", response_class=HTMLResponse)
def national_picture(request: Request, actor: Viewer, start: FromDay = None, end: ToDay = None,
                     checkpoint: Checkpoint = None) -> HTMLResponse:
    """The national picture of the range asked for (today by default)."""
    asked = asked_range(start, end, checkpoint)
    with reading(engine(request)) as session:
        picture = desk.national_picture(session, actor, asked.start, asked.end,
                                        asked.checkpoint)
    return render(request, "picture.html", actor, picture=picture, asked=asked,
                  query=urlencode(asked.query()), labels=ENGLISH,
                  period=period_text(asked.start, asked.end),
                  place=place_text(asked.checkpoint), all_checkpoints=ALL_CHECKPOINTS,
                  checkpoints=codes.crossing_points().entries,
                  quick=[(name, urlencode(r.query())) for name, r in quick_ranges(today())],
                  by_checkpoint=checkpoint_table(picture), tables=tables(picture),
                  chart=day_chart_svg(picture.days, BY_DAY), chart_text=describe(picture.days),
                  may_export=actor.may(Permission.EXPORT))


@router.get("/exports/tally.csv")
def tally_csv_export(request: Request, actor: Viewer, start: FromDay = None, end: ToDay = None,
                     checkpoint: Checkpoint = None) -> Response:
    """The national tally of the range as CSV (supervisor and above)."""
    asked = asked_range(start, end, checkpoint)
    with reading(engine(request)) as session:
        picture = desk.tally_export(session, actor, asked.start, asked.end, asked.checkpoint)
    return Response(tally_csv(picture), media_type=CONTENT_TYPE, headers={
        "Content-Disposition": f'attachment; filename="{file_name(picture)}"'})


@router.get("/exports/tally/print", response_class=HTMLResponse)
def tally_print(request: Request, actor: Viewer, start: FromDay = None, end: ToDay = None,
                checkpoint: Checkpoint = None) -> HTMLResponse:
    """The national tally of the range as an A4 page to print (supervisor and above)."""
    asked = asked_range(start, end, checkpoint)
    with reading(engine(request)) as session:
        picture = desk.tally_export(session, actor, asked.start, asked.end, asked.checkpoint)
    generated_at = f"{now_at_the_crossing_points():%Y-%m-%d %H:%M} ({picture_zone()})"
    return render(request, "tally_print.html", actor, picture=picture, labels=ENGLISH,
                  generated_at=generated_at,
                  footer=fill(ENGLISH.footer, actor.name, generated_at, isolated=False),
                  period=period_text(asked.start, asked.end),
                  place=place_text(asked.checkpoint), by_checkpoint=checkpoint_table(picture),
                  tables=tables(picture), chart=day_chart_svg(picture.days, BY_DAY),
                  query=urlencode(asked.query()))
