"""*Envoyer au conseil* (``@@ia-send-to-council``) and the link viewlet."""

from ia.delib import _
from ia.delib.council import api as council_api
from ia.delib.errors import DelibError
from plone import api
from plone.app.layout.viewlets import ViewletBase
from plone.protect import CheckAuthenticator
from Products.Five.browser import BrowserView
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
import transaction


def link_data(item) -> dict:
    """The link of ``item`` to the other body, for the page and REST."""

    def describe(other):
        if other is None:
            return None
        visible = api.user.has_permission("View", obj=other)
        return {
            "@id": other.absolute_url() if visible else None,
            "UID": api.content.get_uuid(other),
            "title": other.Title() if visible else None,
            "reference": getattr(other, "reference", None) if visible else None,
            "review_state": api.content.get_state(other) if visible else None,
        }

    try:
        council_api.check_can_send(item)
        can_send = True
    except DelibError:
        can_send = False
    return {
        "sent_to": describe(council_api.sent_to(item)),
        "sent_from": describe(council_api.sent_from(item)),
        "can_send": can_send,
    }


class SendToCouncil(BrowserView):
    template = ViewPageTemplateFile("send.pt")
    error = None

    def __call__(self):
        if self.request.method == "POST" and self.request.form.get("form.send"):
            CheckAuthenticator(self.request)
            try:
                new = council_api.send_to_council(
                    self.context, self.request.form.get("council") or None
                )
            except DelibError as exc:
                transaction.doom()
                self.error = exc.message
                self.request.response.setStatus(400)
                return self.template()
            api.portal.show_message(
                _("The item was sent to the council."), request=self.request
            )
            return self.request.response.redirect(new.absolute_url())
        try:
            council_api.check_can_send(self.context)
        except DelibError as exc:
            self.error = exc.message
        return self.template()

    def councils(self):
        return [
            {"uid": api.content.get_uuid(body), "title": body.Title()}
            for body in council_api.councils()
        ]


class CouncilLinkViewlet(ViewletBase):
    index = ViewPageTemplateFile("link_viewlet.pt")

    def update(self):
        super().update()
        self.link = link_data(self.context)

    def available(self):
        link = self.link
        return bool(link["sent_to"] or link["sent_from"] or link["can_send"])
