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
# An address as people have them: the local part may hold an apostrophe
# (``o'hara@``, ``d'hondt@``), never a space, quote, bracket, comma or
# semicolon (header injection); the domain is plain dotted labels.
_EMAIL = re.compile(r"^[^@\s<>\",;]{1,64}@[^@\s<>\"',;]+\.[^@\s<>\"',;.]{2,}$")
MAX_TEXT = 100_000  # any text field without its own limit
MAX_TITLE = 1_000  # a document's title without its own limit
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


MAX_DEPTH = 20  # nesting of a JSON body
# A file sent as text (``{"data": "<base64>", "encoding": "base64"}``, as
# plone.restapi's files): its size, not a text's, is what limits it.
FILE_KEY = "data"
MAX_FILE_TEXT = 100_000_000


def check_tree(value, name: str = "", depth: int = 0):
    """Every text of a JSON value (keys of objects and items of lists
    included) through :func:`check_text` with the default cap; nesting at
    most :data:`MAX_DEPTH`. The field named in a refusal is the text's
    path (``guests[2]``, ``address.city``)."""
    if isinstance(value, str):
        is_file = name == FILE_KEY or name.endswith("." + FILE_KEY)
        return check_text(name or "body", value, MAX_FILE_TEXT if is_file else None)
    if depth > MAX_DEPTH:
        raise InvalidValue(
            _(
                "msg_body_too_deep",
                default="The field '${field}' is nested too deeply.",
                mapping={"field": name or "body"},
            )
        )
    if isinstance(value, dict):
        for key, item in value.items():
            check_text(name or "body", key, 200)
            check_tree(item, f"{name}.{key}" if name else key, depth + 1)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            check_tree(item, f"{name}[{index}]", depth + 1)
    return value


def check_options(options: dict) -> dict:
    """Keyword options of an api call from untrusted hands (a hand-over's
    ``title``...): every text as in :func:`check_tree`, a title at most
    :data:`MAX_TITLE`."""
    check_tree(options)
    if isinstance(options.get("title"), str):
        check_text("title", options["title"], MAX_TITLE)
    return options


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


def check_date(
    name: str, value: date, first: date | None = None, last: date | None = None
) -> date:
    """``value`` between ``first`` and ``last`` (default: 1900–2199)."""
    first = first or FIRST_DATE
    last = last or LAST_DATE
    if not first <= value <= last:
        raise InvalidValue(
            _(
                "msg_field_date_range",
                default="The field '${field}' must be a date between ${first} and "
                "${last}.",
                mapping={
                    "field": name,
                    "first": first.isoformat(),
                    "last": last.isoformat(),
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
