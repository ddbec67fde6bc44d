"""Cadastral parcel references (CaPaKey) of the federal cadastre (AGDP).

A CaPaKey is division (5 digits), section (a letter), radical (4 digits),
bis (2 digits), exponent (a letter, ``_`` when there is none) and power
(3 digits), written ``62063B0123/02C004``. It is entered either as one
string (spaces and lower case tolerated) or as its parts; it is stored and
shown in the written form.
"""

from dataclasses import dataclass
from ia.core.errors import IaError
from ia.urban import _
from zope.schema.interfaces import ValidationError
import re


class CapakeyError(IaError):
    """A cadastral reference that is not a CaPaKey (400)."""

    status = 400


PATTERN = re.compile(
    r"^(?P<division>\d{5})(?P<section>[A-Z])(?P<radical>\d{4})/"
    r"(?P<bis>\d{2})(?P<exponent>[A-Z_])(?P<power>\d{3})$"
)
PARTS = ("division", "section", "radical", "bis", "exponent", "power")
WIDTHS = {"division": 5, "radical": 4, "bis": 2, "power": 3}

MSG_INVALID = _(
    "msg_capakey_invalid",
    default='"${value}" is not a cadastral reference: write it as '
    "62063B0123/02C004 (division, section, radical/bis, exponent, power).",
)


@dataclass(frozen=True)
class Capakey:
    division: str
    section: str
    radical: str
    bis: str
    exponent: str
    power: str

    def __str__(self) -> str:
        return (
            f"{self.division}{self.section}{self.radical}/"
            f"{self.bis}{self.exponent}{self.power}"
        )

    def label(self) -> str:
        """The human form: "Division 62063, section B, n° 0123/02C004"."""
        return (
            f"Division {self.division}, section {self.section}, "
            f"n° {self.radical}/{self.bis}{self.exponent}{self.power}"
        )


def _invalid(value):
    return CapakeyError(_(MSG_INVALID, mapping={"value": str(value)[:40]}))


def parse(value: str) -> Capakey:
    """A CaPaKey from its written form; ``CapakeyError`` otherwise."""
    if not isinstance(value, str):
        raise _invalid(value)
    text = re.sub(r"\s+", "", value).upper()
    if "/" not in text and len(text) == 16:  # written without the slash
        text = text[:10] + "/" + text[10:]
    match = PATTERN.match(text)
    if match is None:
        raise _invalid(value)
    return Capakey(**match.groupdict())


def from_parts(**parts) -> Capakey:
    """A CaPaKey from its parts; numbers are padded with zeros, a missing
    exponent is ``_``, a missing bis or power ``00``/``000``."""
    values = {}
    for name in PARTS:
        value = str(parts.get(name) or "").strip().upper()
        if name == "exponent":
            value = value or "_"
        elif name in ("bis", "power"):
            value = value or "0"
        if name in WIDTHS and value.isdigit():
            value = value.zfill(WIDTHS[name])
        values[name] = value
    text = (
        f"{values['division']}{values['section']}{values['radical']}/"
        f"{values['bis']}{values['exponent']}{values['power']}"
    )
    return parse(text)


def normalize(value) -> str:
    """The written form of ``value`` (a string or a dict of parts)."""
    if isinstance(value, dict):
        return str(from_parts(**value))
    return str(parse(value))


class InvalidCapakey(ValidationError):
    """A field value that is not a CaPaKey (forms and REST show the message)."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message

    def doc(self):
        return self.message


def is_capakey(value) -> bool:
    """Field constraint: a valid CaPaKey."""
    try:
        parse(value)
    except CapakeyError as error:
        raise InvalidCapakey(error.message) from None
    return True
