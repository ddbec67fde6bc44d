"""POST ``@ia-dashboard/<list id>/@transition``: a batch workflow transition.

Body: ``{"items": [uid, ...], "transition": "...", "comment": "..."}``.
Answer: one result per uid (``success``, ``message``, ``review_state``).
"""

from ia.core.dashboard.query import InvalidParameter
from ia.core.dashboard.services.dashboard.base import DashboardService
from ia.core.dashboard.transitions import apply_transition
from ia.core.dashboard.transitions import batch_answer
from ia.core.rest import BadRequestBody


class DashboardTransitionPost(DashboardService):
    def answer(self):
        if len(self.params) != 2 or self.params[1] != "@transition":
            raise self.not_found("/".join(self.params))
        self.get_list(self.params[0])
        body = self.body()
        try:
            results = apply_transition(
                body.get("items"),
                body.get("transition"),
                body.get("comment") or "",
                request=self.request,
            )
        except InvalidParameter as exc:
            raise BadRequestBody(exc.message) from None
        return {"transition": body.get("transition"), **batch_answer(results)}
