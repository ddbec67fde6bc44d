"""Advice types: registry record ``ia.delib.advice_types``.

One line a type, ``id|Title|delay in calendar days|service id`` (the id of
an ``IaService`` of the organisation chart), e.g.
``finance|Avis du directeur financier|10|finances``. A malformed line is
refused when the record is saved; at read time it is skipped (and logged),
so that a bad configuration never breaks the item form.
"""

from dataclasses import dataclass
from ia.core.orgchart import api as orgchart
from ia.core.registrylines import split_fields
from ia.delib import _
from ia.delib.advices import ADVICE_TYPES_RECORD
from plone import api
from zope.interface import Invalid
from zope.interface import provider
from zope.schema.interfaces import IVocabularyFactory
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary
import logging


logger = logging.getLogger("ia.delib.advices")


@dataclass(frozen=True)
class AdviceType:
    id: str
    title: str
    delay: int
    service_id: str


def _invalid(line, reason):
    return _(
        "msg_advice_type_invalid",
        default='Invalid advice type line "${line}": ${reason} Expected '
        "id|Title|delay in days|service id.",
        mapping={"line": line, "reason": reason},
    )


def parse_line(line) -> AdviceType:
    """One line -> ``AdviceType``; raises ``Invalid`` with a clear message."""
    fields = split_fields(line)
    if len(fields) != 4:
        raise Invalid(_invalid(line, _("it needs four fields.")))
    type_id, title, delay, service_id = fields
    if not type_id or not service_id:
        raise Invalid(_invalid(line, _("the id and the service are required.")))
    if not delay.isdigit():
        raise Invalid(_invalid(line, _("the delay must be a whole number of days.")))
    return AdviceType(type_id, title or type_id, int(delay), service_id)


def parse_lines(lines) -> tuple[list[AdviceType], list]:
    """``(types, errors)``: the valid types (first of a repeated id wins) and
    the messages of the invalid lines."""
    types, errors, seen = [], [], set()
    for line in lines or ():
        if not (line or "").strip():
            continue
        try:
            advice_type = parse_line(line)
        except Invalid as error:
            errors.append(error.args[0])
            continue
        if advice_type.id in seen:
            errors.append(_invalid(line, _("this id is already used.")))
            continue
        seen.add(advice_type.id)
        types.append(advice_type)
    return types, errors


def validate_lines(lines) -> None:
    """Raise ``Invalid`` on the first bad line (save-time check)."""
    _types, errors = parse_lines(lines)
    if errors:
        raise Invalid(errors[0])


def on_record_modified(event) -> None:
    if event.record.__name__ == ADVICE_TYPES_RECORD:
        validate_lines(event.newValue)


def advice_types() -> list[AdviceType]:
    """The valid configured types; bad lines are skipped and logged."""
    lines = api.portal.get_registry_record(ADVICE_TYPES_RECORD, default=None)
    types, errors = parse_lines(lines)
    for error in errors:
        logger.warning("%s", getattr(error, "default", error))
    return types


def get_advice_type(type_id) -> AdviceType | None:
    for advice_type in advice_types():
        if advice_type.id == type_id:
            return advice_type
    return None


def service_uid(service_id) -> str | None:
    """The UID of the service whose id is ``service_id`` (any depth), or None."""
    for obj, _depth, _parent, _active in orgchart.iter_service_objects():
        if obj.getId() == service_id:
            return api.content.get_uuid(obj)
    return None


@provider(IVocabularyFactory)
def advice_types_vocabulary(context=None):
    return SimpleVocabulary([SimpleTerm(t.id, t.id, t.title) for t in advice_types()])


ADVICE_VALUES = (
    ("positive", _("Positive")),
    ("positive_remarks", _("Positive with remarks")),
    ("negative", _("Negative")),
    ("not_required", _("Not required")),
)


@provider(IVocabularyFactory)
def advice_values_vocabulary(context=None):
    return SimpleVocabulary(
        [SimpleTerm(value, value, title) for value, title in ADVICE_VALUES]
    )
