"""A meeting over REST: dates without a time zone are Brussels times, and
the title is derived from the date when none is given.

``POST <body> {"@type": "IaDelibMeeting", "start": "2026-12-14T20:00"}``
creates « Séance du lundi 14 décembre 2026 » starting at 20:00 in Brussels
(plone.restapi alone would read the date as UTC and require a title).
"""

from ia.core.docgen.dates import format_date
from ia.delib.dates import brussels
from plone.restapi.deserializer import json_body
from plone.restapi.deserializer.dxcontent import DeserializeFromJson
from plone.restapi.deserializer.dxfields import DatetimeFieldDeserializer
import dateutil.parser


def meeting_title(start) -> str:
    """``Séance du lundi 14 décembre 2026``."""
    return f"Séance du {format_date(brussels(start), weekday=True)}"


class MeetingDatetimeDeserializer(DatetimeFieldDeserializer):
    """A meeting's datetime: naive means Brussels; stored aware in Brussels."""

    def __call__(self, value):
        if value is None:
            return super().__call__(value)
        try:
            moment = dateutil.parser.parse(value)
        except (ValueError, TypeError, OverflowError):
            raise ValueError(f"Invalid date: {value}") from None
        moment = brussels(moment)
        self.field.validate(moment)
        return moment


class MeetingDeserializer(DeserializeFromJson):
    """Fills the title from ``start`` when a new meeting comes without one."""

    def __call__(
        self, validate_all=False, data=None, create=False, mask_validation_errors=True
    ):
        if data is None:
            data = json_body(self.request)
        if create and not (data.get("title") or "").strip() and data.get("start"):
            try:
                start = dateutil.parser.parse(data["start"])
            except (ValueError, TypeError, OverflowError):
                start = None
            if start is not None:
                data = dict(data, title=meeting_title(start))
        return super().__call__(
            validate_all=validate_all,
            data=data,
            create=create,
            mask_validation_errors=mask_validation_errors,
        )
