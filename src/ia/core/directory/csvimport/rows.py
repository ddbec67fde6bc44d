"""Turn one CSV row into validated field values, or a clear reason to reject it."""

from datetime import date
from datetime import datetime
from ia.core import _
from ia.core.directory import bce
from ia.core.directory.interfaces import IHeldPosition
from ia.core.directory.interfaces import IOrganisation
from ia.core.directory.interfaces import IPerson
from ia.core.directory.vocabularies import CIVILITIES
from ia.core.directory.vocabularies import ORGANISATION_TYPES_RECORD
from ia.core.directory.vocabularies import POSITION_TYPES_RECORD
from ia.core.registrylines import registry_pairs
from zope.i18n import translate
from zope.interface import Invalid
from zope.schema.interfaces import ValidationError


class RowError(ValueError):
    """A row is rejected; ``args[0]`` is an i18n message."""


ADDRESS = ("street", "number", "box", "zip_code", "city", "country")
FIELDS = {
    "organisation": (
        IOrganisation,
        (
            "name",
            "organisation_type",
            "enterprise_number",
            "email",
            "phone",
            "website",
            *ADDRESS,
        ),
    ),
    "person": (
        IPerson,
        ("civility", "firstname", "lastname", "email", "phone", *ADDRESS),
    ),
    "position": (
        IHeldPosition,
        ("position_type", "label", "start_date", "end_date", "signatory"),
    ),
}
REQUIRED = {
    "organisation": ("name",),
    "person": ("lastname",),
    "position": ("person", "position_type"),
}
TRUE = {"1", "x", "oui", "yes", "true", "vrai", "o", "y"}
FALSE = {"", "0", "non", "no", "false", "faux", "n"}
DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y")


def _choice(value: str, pairs, column: str) -> str:
    """A vocabulary id, given as id or as title (case and accents as typed)."""
    for key, title in pairs:
        if value.lower() in (key.lower(), str(title).lower()):
            return key
    raise RowError(
        _(
            "error_csv_unknown_value",
            default="Unknown value '${value}' in column ${column}; expected one of: ${values}.",
            mapping={
                "value": value,
                "column": column,
                "values": ", ".join(key for key, _title in pairs),
            },
        )
    )


def parse_date(value: str, column: str) -> date:
    for pattern in DATE_FORMATS:
        try:
            return datetime.strptime(value, pattern).date()
        except ValueError:
            continue
    raise RowError(
        _(
            "error_csv_date",
            default="Invalid date '${value}' in column ${column}: use YYYY-MM-DD or DD/MM/YYYY.",
            mapping={"value": value, "column": column},
        )
    )


def parse_bool(value: str, column: str) -> bool:
    if value.lower() in TRUE:
        return True
    if value.lower() in FALSE:
        return False
    raise RowError(
        _(
            "error_csv_bool",
            default="Invalid value '${value}' in column ${column}: use oui or non.",
            mapping={"value": value, "column": column},
        )
    )


def _civilities():
    pairs = [(key, translate(title)) for key, title in CIVILITIES]
    return [*pairs, ("mr", "M."), ("mr", "M"), ("mrs", "Mme")]


def _enterprise_number(value: str, column: str) -> str:
    if not bce.is_valid(value):
        raise RowError(bce.error_message(value))
    return bce.format_number(value)


CONVERTERS = {
    "start_date": parse_date,
    "end_date": parse_date,
    "signatory": parse_bool,
    "enterprise_number": _enterprise_number,
    "organisation_type": lambda value, column: _choice(
        value, registry_pairs(ORGANISATION_TYPES_RECORD), column
    ),
    "position_type": lambda value, column: _choice(
        value, registry_pairs(POSITION_TYPES_RECORD), column
    ),
    "civility": lambda value, column: _choice(value, _civilities(), column),
}


def _convert(kind: str, column: str, value: str):
    converter = CONVERTERS.get(column)
    return converter(value, column) if converter else value


def _field_error(column: str, value: str, exc: Exception):
    doc = exc.doc() if isinstance(exc, ValidationError) else str(exc)
    return RowError(
        _(
            "error_csv_field",
            default="Invalid value '${value}' in column ${column}: ${error}",
            mapping={"value": value, "column": column, "error": doc},
        )
    )


def parse_row(kind: str, row: dict, creating: bool = True) -> dict:
    """The field values of the columns present in the row (empty cell = None).

    A new contact needs its required columns; an update may give only the
    columns to change, but cannot empty a required one. Raises ``RowError``
    with the first problem found.
    """
    if kind == "person" and not row.get("lastname") and row.get("name"):
        row = dict(row, lastname=row["name"])  # "nom" of a person is the last name
    for column in REQUIRED[kind]:
        if (creating or column in row) and not row.get(column):
            raise RowError(
                _(
                    "error_csv_required",
                    default="The column ${column} is required for a ${kind}.",
                    mapping={"column": column, "kind": kind},
                )
            )
    schema, columns = FIELDS[kind]
    values = {}
    for column in columns:
        if column not in row:
            continue
        name = "title" if column == "name" else column
        value = row[column]
        if not value:
            values[name] = False if column == "signatory" else None
            continue
        converted = _convert(kind, column, value)
        field = schema[name]
        if column not in ("organisation_type", "position_type", "civility"):
            try:
                field.validate(converted)
            except (ValidationError, Invalid, ValueError) as exc:
                raise _field_error(column, value, exc) from exc
        values[name] = converted
    return values


def check_period(start, end) -> None:
    if start and end and end < start:
        raise RowError(
            _(
                "error_csv_end_before_start",
                default="The end date ${end} is before the start date ${start}.",
                mapping={"start": start.isoformat(), "end": end.isoformat()},
            )
        )
