"""The convocation of a meeting and its legal delay (CDLD art. L1122-13).

The council is convened at least N *full* days before the meeting
(``ia.delib.api.convocation_delay(body)``, 7 by default for a council): the
day the convocation is sent and the day of the meeting do not count. For a
meeting on day D and N = 7, the convocation leaves on D-8 at the latest
(its deadline). A delay of 0 (a college) means no check.

::

    from ia.delib.documents import convocation
    convocation.status(meeting)       # {"convocation_date", "deadline", "late", ...}
    convocation.send(meeting)         # records the date, stores the document

Sending late is allowed (an emergency) but ``status`` says it is late.
"""

from datetime import date
from datetime import timedelta
from ia.core.docgen import api as docgen
from ia.core.docgen.dates import format_date
from ia.delib import _
from ia.delib.content.body import convocation_delay
from ia.delib.documents.data import body_of
from ia.delib.errors import DelibError
from plone import api
from zope.globalrequest import getRequest
from zope.i18n import translate


TEMPLATE = "ia-delib-convocation"


def delay(meeting) -> int:
    body = body_of(meeting)
    return convocation_delay(body) if body is not None else 0


def deadline(meeting) -> date | None:
    """The last day the convocation may leave, or None when nothing is checked."""
    days = delay(meeting)
    if not days or meeting.date is None:
        return None
    return meeting.date - timedelta(days=days + 1)


def full_days(sent: date, meeting_day: date) -> int:
    """Full days between the two days, both excluded (0 when none)."""
    return max((meeting_day - sent).days - 1, 0)


def is_late(meeting, sent: date) -> bool:
    """Would a convocation sent on ``sent`` be late?"""
    last = deadline(meeting)
    return last is not None and sent > last


def message(meeting, sent, last, today):
    """The (translatable) message of the convocation's state."""
    days = delay(meeting)
    if last is None:
        return _("This body has no legal convocation delay.")
    mapping = {
        "delay": days,
        "deadline": format_date(last),
        "date": format_date(sent) if sent else "",
        "days": full_days(sent, meeting.date) if sent else 0,
    }
    if sent is not None and sent > last:
        return _(
            "msg_convocation_late",
            default="The convocation was sent on ${date}, ${days} full day(s) "
            "before the meeting: the law asks for ${delay} (CDLD art. "
            "L1122-13), that is by ${deadline}. Only an emergency allows it.",
            mapping=mapping,
        )
    if sent is not None:
        return _(
            "msg_convocation_on_time",
            default="The convocation was sent on ${date}, ${days} full days "
            "before the meeting (${delay} required).",
            mapping=mapping,
        )
    if today > last:
        return _(
            "msg_convocation_overdue",
            default="The convocation should have been sent by ${deadline} "
            "(${delay} full days before the meeting): sent now, it is late "
            "and only an emergency allows it.",
            mapping=mapping,
        )
    return _(
        "msg_convocation_due",
        default="Send the convocation by ${deadline} at the latest (${delay} "
        "full days before the meeting).",
        mapping=mapping,
    )


def status(meeting, today: date | None = None) -> dict:
    """The convocation's state, JSON-ready; ``message`` is translated."""
    today = today or date.today()
    sent = meeting.convocation_date
    last = deadline(meeting)
    late = last is not None and (sent or today) > last
    return {
        "convocation_date": sent.isoformat() if sent else None,
        "deadline": last.isoformat() if last else None,
        "delay": delay(meeting),
        "sent": sent is not None,
        "late": late,
        "message": translate(message(meeting, sent, last, today), context=getRequest()),
    }


def check_can_send(meeting) -> None:
    if not api.user.has_permission("Modify portal content", obj=meeting):
        raise DelibError(_("You may not send the convocation of this meeting."))


def parse_day(value) -> date:
    """A day from ``YYYY-MM-DD`` (or a date); DelibError otherwise."""
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        raise DelibError(
            _(
                "msg_convocation_bad_date",
                default="« ${value} » is not a date (YYYY-MM-DD).",
                mapping={"value": str(value)},
            )
        ) from None


def send(meeting, sent=None, output_format="odt"):
    """Record that the convocation leaves on ``sent`` (default today) and
    store the generated convocation in the meeting; returns the attachment.

    Refused (``DelibError``, nothing changed) without the right to edit the
    meeting, for a day in the future or after the meeting; generation errors
    are the core's ``DocgenError``.
    """
    check_can_send(meeting)
    today = date.today()
    sent = today if sent is None else parse_day(sent)
    if sent > today:
        raise DelibError(_("The convocation cannot be sent on a future day."))
    if meeting.date is not None and sent > meeting.date:
        raise DelibError(_("The convocation cannot be sent after the meeting."))
    previous = meeting.convocation_date
    meeting.convocation_date = sent  # the document is dated the day given
    try:
        data, filename, mimetype = docgen.generate(meeting, TEMPLATE, output_format)
    except Exception:
        meeting.convocation_date = previous
        raise
    title = translate(
        _(
            "title_convocation_attachment",
            default="Convocation sent on ${date}",
            mapping={"date": format_date(sent)},
        ),
        context=getRequest(),
    )
    attachment = docgen.store(meeting, data, filename, mimetype, title=title)
    meeting.convocation_date = sent
    meeting.reindexObject()
    return attachment
