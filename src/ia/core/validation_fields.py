"""Content fields written over plone.restapi, checked by the core.

plone.restapi turns each JSON value into a field value with an
``IFieldDeserializer`` (``POST`` on a folder, ``PATCH``), and validates it
with the field (``zope.schema``: its ``max_length``, ``min``, ``max``).
Registered here for the suite's browser layer (``IIaCoreLayer``), the
core's deserializers check first, before any parsing:

- every text (``Text``, ``TextLine`` and the fields made from them, items
  of lists and dicts included, rich text's ``data``): at most the field's
  own ``max_length``, else :data:`ia.core.validation.MAX_TITLE` for a
  ``title`` and :data:`ia.core.validation.MAX_TEXT` for any other; no NUL,
  other control character or lone surrogate;
- every ``Date`` and ``Datetime``: between the field's own ``min`` and
  ``max``, else 1900-01-01 and 2199-12-31 (a reception date in year 1 was
  stored; a ``Datetime`` in year 1 answered 500).

A refusal is an :class:`ia.core.validation.InvalidValue` (a ``ValueError``):
plone.restapi answers 400 with its translated message, and nothing is
written. The forms read the same ``max_length`` from the schema.
"""

from datetime import date
from datetime import datetime
from ia.core import _
from ia.core import validation
from ia.core.interfaces import IIaCoreLayer
from plone.app.textfield.interfaces import IRichText
from plone.dexterity.interfaces import IDexterityContent
from plone.restapi.deserializer import dxfields
from plone.restapi.interfaces import IFieldDeserializer
from zope.component import adapter
from zope.interface import implementer
from zope.schema.interfaces import IDate
from zope.schema.interfaces import IDatetime
from zope.schema.interfaces import IText
from zope.schema.interfaces import ITextLine


def field_limit(field) -> int:
    """The field's own ``max_length``, else the core's cap for a title or
    for any text."""
    own = getattr(field, "max_length", None)
    if own:
        return own
    if field.__name__ == "title":
        return validation.MAX_TITLE
    return validation.MAX_TEXT


def check_field_text(field, value):
    """``value`` if it is not a text; else checked against ``field``."""
    if isinstance(value, str):
        validation.check_text(field.__name__, value, field_limit(field))
    return value


def check_field_date(field, value):
    """A ``date`` or ``datetime`` within the field's range or the core's."""
    if value is None:
        return value
    day = value.date() if isinstance(value, datetime) else value
    first = _day(getattr(field, "min", None)) or validation.FIRST_DATE
    last = _day(getattr(field, "max", None)) or validation.LAST_DATE
    validation.check_date(field.__name__, day, first=first, last=last)
    return value


def _day(value):
    return value.date() if isinstance(value, datetime) else value


def _early_year(value) -> bool:
    """An ISO text naming a year before 1000 (``0001-01-01``): refused
    before parsing, which may overflow when converted to UTC."""
    return (
        isinstance(value, str)
        and len(value) >= 4
        and value[:4].isdigit()
        and (int(value[:4]) < validation.FIRST_DATE.year)
    )


@implementer(IFieldDeserializer)
@adapter(IText, IDexterityContent, IIaCoreLayer)
class TextDeserializer(dxfields.DefaultFieldDeserializer):
    def __call__(self, value):
        return super().__call__(check_field_text(self.field, value))


@implementer(IFieldDeserializer)
@adapter(ITextLine, IDexterityContent, IIaCoreLayer)
class TextLineDeserializer(dxfields.TextLineFieldDeserializer):
    def __call__(self, value):
        return super().__call__(check_field_text(self.field, value))


@implementer(IFieldDeserializer)
@adapter(IRichText, IDexterityContent, IIaCoreLayer)
class RichTextDeserializer(dxfields.RichTextFieldDeserializer):
    def __call__(self, value):
        data = value.get("data", "") if isinstance(value, dict) else value
        if not isinstance(data, str):
            raise validation.InvalidValue(
                _(
                    "msg_rest_field_kind",
                    default="The field '${field}' must be ${kind}.",
                    mapping={
                        "field": self.field.__name__,
                        "kind": _("rest_kind_text", default="a text"),
                    },
                )
            )
        check_field_text(self.field, data)
        return super().__call__(value)


@implementer(IFieldDeserializer)
@adapter(IDate, IDexterityContent, IIaCoreLayer)
class DateDeserializer(dxfields.DefaultFieldDeserializer):
    def __call__(self, value):
        if _early_year(value):
            check_field_date(self.field, date.min)
        value = super().__call__(value)
        return check_field_date(self.field, value)


@implementer(IFieldDeserializer)
@adapter(IDatetime, IDexterityContent, IIaCoreLayer)
class DatetimeDeserializer(dxfields.DatetimeFieldDeserializer):
    def __call__(self, value):
        if _early_year(value):
            check_field_date(self.field, date.min)
        try:
            value = super().__call__(value)
        except OverflowError:
            check_field_date(self.field, date.min)
        return check_field_date(self.field, value)
