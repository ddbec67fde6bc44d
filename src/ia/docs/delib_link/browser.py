"""*Créer un point de délibération* (``@@ia-send-to-delib``) and the links
shown on the mail page and on the item page."""

from ia.docs import _
from ia.docs.delib_link import api as delib_link
from plone import api
from plone.app.layout.viewlets import ViewletBase
from plone.protect import CheckAuthenticator
from Products.Five.browser import BrowserView
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
import transaction


def item_row(item):
    """The linked item as the user may see it (title and state when visible)."""
    visible = api.user.has_permission("View", obj=item)
    return {
        "url": item.absolute_url() if visible else None,
        "title": item.Title() if visible else None,
        "reference": (getattr(item, "reference", None) or "") if visible else "",
        "review_state": api.content.get_state(item, default="") if visible else "",
        "UID": api.content.get_uuid(item),
    }


class CanSendToDelib(BrowserView):
    """Condition of the *Créer un point de délibération* action."""

    def __call__(self):
        return delib_link.can_send(self.context)


class SendToDelib(BrowserView):
    template = ViewPageTemplateFile("send.pt")
    error = None

    def __call__(self):
        if self.request.method == "POST" and self.request.form.get("form.send"):
            CheckAuthenticator(self.request)
            try:
                item = delib_link.send_to_delib(
                    self.context, self.request.form.get("body") or None
                )
            except delib_link.DelibLinkError as exc:
                transaction.doom()
                self.error = exc.translated(self.request)
                self.request.response.setStatus(400)
                return self.template()
            api.portal.show_message(
                _(
                    "msg_delib_item_created",
                    default="The deliberation item was created as a draft.",
                ),
                request=self.request,
            )
            return self.request.response.redirect(item.absolute_url())
        try:
            delib_link.check_can_send(self.context)
        except delib_link.DelibLinkError as exc:
            self.error = exc.translated(self.request)
        return self.template()

    def bodies(self):
        return [
            {"uid": api.content.get_uuid(body), "title": body.Title()}
            for body in delib_link.bodies_for(self.context)
        ]


class MailDelibViewlet(ViewletBase):
    """On the mail page: the item made from the mail, with its state."""

    index = ViewPageTemplateFile("mail_viewlet.pt")

    def update(self):
        super().update()
        item = delib_link.item_of(self.context)
        self.item = item_row(item) if item is not None else None
        self.can_send = self.item is None and delib_link.can_send(self.context)

    def available(self):
        return bool(self.item or self.can_send)


class ItemMailViewlet(ViewletBase):
    """On the item page: the incoming mail it was made from."""

    index = ViewPageTemplateFile("item_viewlet.pt")

    def update(self):
        super().update()
        mail = delib_link.mail_of(self.context)
        self.mail = None
        if mail is not None and api.user.has_permission("View", obj=mail):
            self.mail = {
                "url": mail.absolute_url(),
                "reference": getattr(mail, "reference", None) or "",
                "title": mail.Title(),
            }
