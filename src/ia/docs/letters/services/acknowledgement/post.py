"""``POST <incoming>/@ia-acknowledgement`` (optional ``{"regenerate": true}``):
the acknowledgement, rendered and stored when missing; answers 201 with the
stored attachment (``@id``, ``title``, ``filename``, ``content_type``,
``download``), 200 with the existing one."""

from ia.core.errors import Forbidden
from ia.core.errors import IaError
from ia.core.rest import IaService
from ia.docs import _
from ia.docs.letters import acknowledgement
from ia.docs.letters.api import MODIFY
from ia.docs.letters.api import describe
from plone import api


class AcknowledgementPost(IaService):
    def answer(self):
        mail = self.context
        body = self.body()
        existing = acknowledgement.get_acknowledgement(mail)
        if existing is not None and not body.get("regenerate"):
            return describe(existing)
        if not api.user.has_permission(MODIFY, obj=mail) and not getattr(
            mail, "ack_pending", False
        ):
            raise Forbidden(
                _(
                    "msg_ack_forbidden",
                    default="You may not generate the acknowledgement of this mail.",
                )
            )
        try:
            attachment = acknowledgement.create_acknowledgement(mail)
        except IaError:
            raise
        except ValueError as exc:  # why this mail takes no acknowledgement
            raise IaError(exc.args[0]) from None
        self.request.response.setStatus(201)
        return describe(attachment)
