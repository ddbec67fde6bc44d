"""How PST figures read in French (Belgium): ``1 234,50 €``, ``40 %``,
``12,5``."""

from datetime import date


NBSP = "\u202f"


def money(value) -> str:
    if value is None:
        return ""
    whole, cents = f"{float(value):,.2f}".split(".")
    return f"{whole.replace(',', NBSP)},{cents}{NBSP}€"


def number(value) -> str:
    """``20``, ``12,5``, ``1 250`` (an indicator's target or reached value)."""
    if value is None or value == "":
        return ""
    value = float(value)
    text = f"{value:,.0f}" if value == int(value) else f"{value:,.2f}".rstrip("0")
    whole, _dot, decimals = text.partition(".")
    whole = whole.replace(",", NBSP)
    return f"{whole},{decimals}" if decimals else whole


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
