"""``POST /@ia-pst-health``: the batch change of health over REST.

Body: ``{"items": [uid, ...], "health": "green|orange|red", "details": "..."}``.
Answer: ``{"health", "succeeded", "refused", "items": [{"uid", "title",
"url", "success", "message", "review_state"}, ...]}``; a bad body answers
400 and changes nothing.
"""

from ia.core.dashboard.query import InvalidParameter
from ia.core.dashboard.transitions import batch_answer
from ia.core.errors import LoginRequired
from ia.core.rest import BadRequestBody
from ia.core.rest import IaService
from ia.pst import _
from ia.pst.dashboards.health import set_health
from plone import api


class HealthPost(IaService):
    def answer(self):
        if api.user.is_anonymous():
            raise LoginRequired(_("Log in to change the health of actions."))
        body = self.body()
        try:
            results = set_health(
                body.get("items"),
                body.get("health"),
                body.get("details") or "",
                request=self.request,
            )
        except InvalidParameter as exc:
            raise BadRequestBody(exc.message) from None
        return {"health": body.get("health"), **batch_answer(results)}
