"""Save-time validation of the deadline settings."""

from ia.core import _
from ia.core.behaviors.deadline_calendar import EXTRA_HOLIDAYS_RECORD
from ia.core.behaviors.deadline_calendar import parse_extra_holiday
from zope.interface import Invalid


def validate_extra_holidays(lines):
    for line in lines or ():
        if not (line or "").strip():
            continue
        try:
            parse_extra_holiday(line, 2000)
        except (ValueError, TypeError):
            raise Invalid(
                _(
                    "msg_holiday_invalid",
                    default='Invalid holiday line "${line}": expected MM-DD|label or '
                    "YYYY-MM-DD|label.",
                    mapping={"line": line},
                )
            ) from None


def on_record_modified(event):
    if event.record.__name__ == EXTRA_HOLIDAYS_RECORD:
        validate_extra_holidays(event.newValue)
