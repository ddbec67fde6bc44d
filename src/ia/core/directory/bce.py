"""Belgian enterprise numbers (BCE/KBO): format ``0123.456.789`` with a mod-97 check."""

from ia.core import _
from zope.schema.interfaces import ValidationError
import re


_SEPARATORS = re.compile(r"[\s.\-/]")


def normalize(value: str) -> str:
    """Return the number as ten digits, the formatting characters removed.

    A nine-digit number (the old format) gets its leading zero back;
    a leading ``BE`` (VAT number) is dropped.
    """
    digits = _SEPARATORS.sub("", value or "").upper()
    if digits.startswith("BE"):
        digits = digits[2:]
    if len(digits) == 9 and digits.isdigit():
        digits = "0" + digits
    return digits


def is_valid(value: str) -> bool:
    """Ten digits, first digit 0 or 1, last two = 97 - (first eight mod 97)."""
    digits = normalize(value)
    if len(digits) != 10 or not digits.isdigit() or digits[0] not in "01":
        return False
    return 97 - int(digits[:8]) % 97 == int(digits[8:])


def format_number(value: str) -> str:
    """``0123456749`` -> ``0123.456.749`` (the value must be valid)."""
    digits = normalize(value)
    return f"{digits[:4]}.{digits[4:7]}.{digits[7:]}"


def error_message(value: str):
    return _(
        "error_bce_number",
        default="Invalid enterprise number '${value}': expected 0123.456.789 with a valid check number.",
        mapping={"value": value},
    )


class InvalidEnterpriseNumber(ValidationError):
    __doc__ = _(
        "Invalid enterprise number: expected 0123.456.789 with a valid check number."
    )

    def doc(self):
        return error_message(self.args[0]) if self.args else self.__doc__


def validate(value: str) -> bool:
    """zope.schema constraint: a ``ValidationError`` with a readable message (forms and REST)."""
    if value and not is_valid(value):
        raise InvalidEnterpriseNumber(value)
    return True
