"""How PST figures read in French (Belgium): ``1 234,50 €``, ``40 %``."""

from datetime import date


NBSP = "\u202f"


def money(value) -> str:
    if value is None:
        return ""
    whole, cents = f"{float(value):,.2f}".split(".")
    return f"{whole.replace(',', NBSP)},{cents}{NBSP}€"


def percent(value) -> str:
    return "" if value is None else f"{int(value)}{NBSP}%"


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


def date_fr(value) -> str:
    """``2 décembre 2024`` (dates carry no time: nothing to convert)."""
    if not isinstance(value, date):
        return ""
    day = "1er" if value.day == 1 else str(value.day)
    return f"{day} {MONTHS[value.month - 1]} {value.year}"
