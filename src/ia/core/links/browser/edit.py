"""``@@ia-links-edit``: the POST target of the Liens block's forms."""

from ia.core import _
from ia.core.errors import IaError
from ia.core.links import manage
from plone import api
from plone.protect import CheckAuthenticator
from Products.Five.browser import BrowserView
from zExceptions import Forbidden


class LinksEdit(BrowserView):
    def __call__(self):
        if self.request.method != "POST":
            raise Forbidden("POST only.")
        CheckAuthenticator(self.request)
        form = self.request.form
        kind, target = form.get("kind"), form.get("target")
        try:
            if form.get("form.remove"):
                manage.remove(context=self.context, kind=kind, target=target)
                message = _("msg_link_removed", default="The link was removed.")
            else:
                manage.add(context=self.context, kind=kind, target=target)
                message = _("msg_link_added", default="The link was added.")
        except IaError as error:
            api.portal.show_message(error.message, request=self.request, type="error")
        else:
            api.portal.show_message(message, request=self.request, type="info")
        self.request.response.redirect(f"{self.context.absolute_url()}#ia-links")
        return ""
