"""``POST /courrier/@ia-assignment``: the batch "assign to" over REST.

Body: ``{"mails": [uid, ...], "agent": "<user id>", "comment": "..."}``.
Answer: ``{"agent", "succeeded", "refused", "items": [{"uid", "title",
"url", "success", "message", "review_state"}, ...]}``; a bad body or agent
answers 400 and changes nothing.
"""

from ia.core.dashboard.query import InvalidParameter
from ia.core.dashboard.transitions import batch_answer
from ia.core.errors import LoginRequired
from ia.core.rest import BadRequestBody
from ia.core.rest import IaService
from ia.docs import _
from ia.docs.dashboards.assign import assign
from plone import api


class AssignmentPost(IaService):
    def answer(self):
        if api.user.is_anonymous():
            raise LoginRequired(_("Log in to assign mails."))
        body = self.body()
        try:
            results = assign(
                body.get("mails"),
                body.get("agent"),
                body.get("comment") or "",
                request=self.request,
            )
        except InvalidParameter as exc:
            raise BadRequestBody(exc.message) from None
        return {"agent": body.get("agent"), **batch_answer(results)}
