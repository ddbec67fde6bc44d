"""``@tech-triage``: suggested duplicates (GET), accept/refuse/duplicate (POST)."""

from ia.core.rest import BadRequestBody
from ia.core.rest import IaService
from ia.tech import _
from ia.tech import triage
from plone import api


class TriageGet(IaService):
    def answer(self):
        return {
            "@id": f"{self.context.absolute_url()}/@tech-triage",
            "state": api.content.get_state(self.context),
            "duplicates": [
                {
                    "@id": brain.getURL(),
                    "title": brain.Title,
                    "reference": brain.ia_reference,
                }
                for brain in triage.suggest_duplicates(self.context)
            ],
        }


class TriagePost(IaService):
    def answer(self):
        data = self.body()
        action = self.field(data, "action", required=True)
        if action == "accept":
            order = triage.accept(self.context, team=self.field(data, "team"))
            return {"state": "accepted", "order": order.absolute_url()}
        if action == "refuse":
            triage.refuse(
                self.context, reason=self.field(data, "reason", max_length=2000)
            )
            return {"state": "refused"}
        if action == "duplicate":
            uid = self.field(data, "original", required=True)
            original = api.content.get(UID=uid)
            triage.mark_duplicate(self.context, original=original)
            return {"state": "duplicate"}
        raise BadRequestBody(_("The action is accept, refuse or duplicate."))
