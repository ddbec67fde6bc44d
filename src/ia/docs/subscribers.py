"""Events of the mails: due date at registration, closing on a sent reply."""

from ia.core.behaviors.deadline_calendar import compute_due_date
from ia.core.security import as_manager
from ia.core.security import name_the_actor
from ia.docs import _
from ia.docs.mailtypes import get_mail_type
from ia.docs.replies import replied_mails
from plone import api
from zope.i18n import translate


SEND = "send"
CLOSE = "close"
IN_TREATMENT = "in_treatment"


def set_due_date(obj, event):
    """At registration: due date = reception date + the mail type's delay
    (calendar days), unless a due date was given."""
    if getattr(obj, "due_date", None):
        return
    mail_type = get_mail_type(getattr(obj, "mail_type", None))
    if mail_type is None or mail_type.delay_days is None:
        return
    start = getattr(obj, "reception_date", None)
    if start is None:
        return
    obj.due_date = compute_due_date(start, mail_type.delay_days)
    obj.reindexObject(idxs=["ia_due_date"])


def close_replied_mails(obj, event):
    """After ``send`` of an outgoing mail: close each incoming mail it
    replies to that is in treatment (others are left as they are).

    The sender of the reply (often the mail office) need not be the agent
    of the incoming mail: the closing is done with Manager rights and its
    history comment names the reply.
    """
    transition = getattr(event, "transition", None)
    if transition is None or transition.id != SEND:
        return
    comment = translate(
        _(
            "msg_closed_by_reply",
            default="Closed by the reply ${reference}.",
            mapping={"reference": getattr(obj, "reference", None) or obj.title},
        ),
        context=getattr(obj, "REQUEST", None),
    )
    actor = api.user.get_current().getId() or "system"
    for incoming in replied_mails(obj, unrestricted=True):
        if api.content.get_state(incoming) != IN_TREATMENT:
            continue
        with as_manager():
            api.content.transition(obj=incoming, transition=CLOSE, comment=comment)
        name_the_actor(incoming, actor)
