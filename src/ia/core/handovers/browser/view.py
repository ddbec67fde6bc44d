"""``@@ia-handover``: the hand-overs on offer, their choices, and the POST
that performs one and goes to the new document."""

from ia.core import _
from ia.core.errors import IaError
from ia.core.handovers import api as handovers
from plone import api
from plone.protect import CheckAuthenticator
from Products.Five.browser import BrowserView
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile


OPTION_PREFIX = "option."


class HandoverView(BrowserView):
    index = ViewPageTemplateFile("templates/handover.pt")

    def has_any(self) -> bool:
        """For the action's availability: is any hand-over on offer?"""
        return bool(handovers.available(source=self.context))

    def __call__(self):
        if self.request.method == "POST":
            return self.perform()
        self.offers = [
            self.describe(offer) for offer in handovers.available(source=self.context)
        ]
        return self.index()

    def describe(self, offer) -> dict:
        choices = offer.choices(self.context) or {}
        titles = getattr(offer, "option_titles", None) or {}
        return {
            "id": offer.id,
            "title": offer.title,
            "description": offer.description,
            "options": [
                {
                    "name": f"{OPTION_PREFIX}{name}",
                    "title": titles.get(name, name),
                    "choices": values,
                }
                for name, values in choices.items()
            ],
        }

    def options(self) -> dict:
        return {
            key[len(OPTION_PREFIX) :]: value
            for key, value in self.request.form.items()
            if key.startswith(OPTION_PREFIX)
            and key[len(OPTION_PREFIX) :] not in ("source", "handover")
        }

    def perform(self):
        CheckAuthenticator(self.request)
        try:
            target = handovers.hand_over(
                source=self.context,
                handover=self.request.form.get("handover"),
                **self.options(),
            )
        except IaError as error:
            api.portal.show_message(error.message, request=self.request, type="error")
            self.request.response.redirect(
                f"{self.context.absolute_url()}/@@ia-handover"
            )
            return ""
        api.portal.show_message(
            _(
                "msg_handover_done",
                default="Handed over: ${title} was created.",
                mapping={"title": target.Title()},
            ),
            request=self.request,
            type="info",
        )
        self.request.response.redirect(target.absolute_url())
        return ""
