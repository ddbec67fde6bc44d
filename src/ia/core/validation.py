"""Checks of untrusted values, shared by the REST services, the forms and
the ingestion: texts (length, NUL and control characters, lone
surrogates), e-mail addresses, dates in a sane range, files by their bytes.

Each ``check_*`` returns the value or raises :class:`ia.core.errors.IaError`
(400) with a translated message naming the field; the ``is_*`` helpers
only answer.
"""

from datetime import date
from ia.core import _
from ia.core.errors import IaError
import re


# Control characters but tab, line feed and carriage return.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_EMAIL = re.compile(r"^[^@\s<>\"',;]{1,64}@[^@\s<>\"',;]+\.[^@\s<>\"',;.]{2,}$")
MAX_TEXT = 100_000  # any text field without its own limit
MAX_EMAIL = 254
FIRST_DATE = date(1900, 1, 1)
LAST_DATE = date(2199, 12, 31)
IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a")


class InvalidValue(IaError):
    status = 400


def bad_characters(text: str) -> bool:
    """NUL or another control character, or a lone surrogate."""
    return bool(_CONTROL.search(text) or _SURROGATE.search(text))


def check_text(name: str, value: str, max_length: int | None = None) -> str:
    limit = MAX_TEXT if max_length is None else max_length
    if len(value) > limit:
        raise InvalidValue(
            _(
                "msg_rest_field_too_long",
                default="The field '${field}' is too long (at most ${max}).",
                mapping={"field": name, "max": limit},
            )
        )
    if bad_characters(value):
        raise InvalidValue(
            _(
                "msg_field_bad_characters",
                default="The field '${field}' holds characters that are not "
                "allowed (NUL, control characters or broken Unicode).",
                mapping={"field": name},
            )
        )
    return value


def is_email(value: str) -> bool:
    return (
        isinstance(value, str) and len(value) <= MAX_EMAIL and bool(_EMAIL.match(value))
    )


def check_email(name: str, value: str) -> str:
    if not is_email(value):
        raise InvalidValue(
            _(
                "msg_field_not_email",
                default="The field '${field}' is not a valid e-mail address.",
                mapping={"field": name},
            )
        )
    return value


def check_date(name: str, value: date) -> date:
    if not FIRST_DATE <= value <= LAST_DATE:
        raise InvalidValue(
            _(
                "msg_field_date_range",
                default="The field '${field}' must be a date between ${first} and "
                "${last}.",
                mapping={
                    "field": name,
                    "first": FIRST_DATE.isoformat(),
                    "last": LAST_DATE.isoformat(),
                },
            )
        )
    return value


def is_pdf(data: bytes | None) -> bool:
    """A PDF by its bytes: ``%PDF-`` in its first kilobyte."""
    return bool(data) and b"%PDF-" in data[:1024]


def is_image(data: bytes | None) -> bool:
    """A PNG, JPEG or GIF by its bytes (what the documents can print)."""
    return bool(data) and data.startswith(IMAGE_MAGIC)
