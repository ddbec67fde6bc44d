"""French dates for documents, independent of the server's locale."""

import datetime


MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")


def _as_date(value):
    """Accept date, datetime, Zope DateTime or ISO string; None when empty."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime.datetime | datetime.date):
        return value
    if hasattr(value, "asdatetime"):
        return value.asdatetime()
    if isinstance(value, str):
        return datetime.datetime.fromisoformat(value)
    raise TypeError(f"not a date: {value!r}")


def format_date(value, weekday=False, with_time=False):
    """``23 novembre 2026``; ``1er`` for the first day; optional weekday and time."""
    value = _as_date(value)
    if value is None:
        return ""
    day = "1er" if value.day == 1 else str(value.day)
    text = f"{day} {MONTHS[value.month - 1]} {value.year}"
    if weekday:
        text = f"{DAYS[value.weekday()]} {text}"
    if with_time and isinstance(value, datetime.datetime):
        text = f"{text} à {value.hour:02d}h{value.minute:02d}"
    return text


def format_short(value):
    """``23/11/2026``."""
    value = _as_date(value)
    return "" if value is None else value.strftime("%d/%m/%Y")
