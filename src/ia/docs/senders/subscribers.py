"""``new_sender`` in the JSON body of ``POST /courrier`` (plone.restapi).

Runs on ``IObjectAddedEvent`` of the incoming mail, before the
acknowledgement is decided (this package is included first), so the new
contact is the mail's sender for everything that follows. Bad data raises
a ``BadRequest`` with the translated message (plone.restapi answers 400):
the mail and the contact are both abandoned with the transaction.
"""

from ia.core.errors import IaError
from ia.docs import _
from ia.docs.senders.api import SenderError
from ia.docs.senders.api import sender_from_data
from zExceptions import BadRequest
from zope.globalrequest import getRequest
import json


KEY = "new_sender"


def request_data(request):
    """The ``new_sender`` object of a JSON request body, or None."""
    if request is None:
        return None
    content_type = request.getHeader("Content-Type") or ""
    if "json" not in content_type:
        return None
    body = request.get("BODY") or b""
    try:
        data = json.loads(body)
    except ValueError:
        return None
    return data.get(KEY) if isinstance(data, dict) else None


def sender_on_the_fly(mail, event):
    request = getRequest()
    data = request_data(request)
    if data is None:
        return
    try:
        if getattr(mail, "sender", None):
            raise SenderError(
                _(
                    "msg_sender_twice",
                    default="Give either a sender from the directory or a new "
                    "sender, not both.",
                )
            )
        mail.sender = sender_from_data(data).UID()
    except IaError as exc:
        raise BadRequest(exc.translated(request)) from exc
