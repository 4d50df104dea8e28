"""The popup of a marker: the event's row and the words each field was read from, as HTML."""

from __future__ import annotations

import html
from collections.abc import Mapping

import attrs

from conflictparse.events.event import Event, Evidence

__all__ = ["popup_html"]


def popup_html(event: Event, row: Mapping[str, object]) -> str:
    """The popup of ``event`` (``row`` is its row of ``Report.to_rows()``), every value escaped.

    Arabic (the location and the evidence) is set right to left.

    >>> import conflictparse as cp
    >>> report = cp.parse_report("قتل 5 مدنيين في قصف على حي القدم بدمشق")
    >>> text = popup_html(report.events[0], report.to_rows()[0])
    >>> '<bdi dir="rtl" lang="ar">حي القدم</bdi>' in text, "<th>fatalities</th><td>5</td>" in text
    (True, True)
    """
    fields = [
        ("date", _date(row)),
        ("type", _text(row["event_type"])),
        ("sub-type", _text(row["sub_event_type"])),
        ("actor1", event.actor1.name if event.actor1 else ""),
        ("actor2", event.actor2.name if event.actor2 else ""),
        ("associated", _text(row["associated_actors"])),
        ("fatalities", _fatalities(row)),
    ]
    cells = [f"<tr><th>{name}</th><td>{html.escape(value)}</td></tr>" for name, value in fields]
    where = ", ".join(str(row[key]) for key in ("admin1", "country") if row[key])
    cells.append(
        f'<tr><th>location</th><td><bdi dir="rtl" lang="ar">{html.escape(_text(row["location"]))}'
        f"</bdi> <small>{html.escape(where)}</small></td></tr>"
    )
    evidence = [
        f'<tr><th>{field.name}</th><td dir="rtl" lang="ar">{html.escape(span.text)}</td></tr>'
        for field in attrs.fields(Evidence)
        if (span := getattr(event.evidence, field.name)) is not None
    ]
    parts = ['<div class="cp-popup">', f"<table>{''.join(cells)}</table>"]
    if evidence:
        parts.append(f"<table><caption>evidence</caption>{''.join(evidence)}</table>")
    parts.append("</div>")
    return "".join(parts)


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _date(row: Mapping[str, object]) -> str:
    start, end = row["date_start"], row["date_end"]
    if start is None:
        return ""
    days = f"{start}" if end in (None, start) else f"{start} – {end}"
    return f"{days} ({row['date_precision']})"


def _fatalities(row: Mapping[str, object]) -> str:
    best = row["fatalities_best"]
    if best is None:
        return ""
    qualifier = row["fatalities_qualifier"]
    bounds = (row["fatalities_low"], row["fatalities_high"])
    text = str(best)
    if qualifier not in (None, "exact"):
        text += f" ({qualifier})"
    if bounds != (best, best) and any(bound is not None for bound in bounds):
        text += f", bounds {_text(bounds[0]) or '…'}–{_text(bounds[1]) or '…'}"
    return text
