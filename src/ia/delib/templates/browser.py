"""``<body>/@@ia-new-item-from-template``: *Nouveau point depuis un modèle*.

GET lists the templates the user's services may use; POST (with the
authenticator) creates the item and opens its edit form.
"""

from ia.core.orgchart import api as orgchart
from ia.delib import _
from ia.delib.errors import DelibError
from ia.delib.templates import api as templates_api
from plone import api
from plone.app.layout.viewlets import ViewletBase
from plone.protect import CheckAuthenticator
from Products.Five.browser import BrowserView
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
import transaction


class NewItemFromTemplate(BrowserView):
    template = ViewPageTemplateFile("new_item.pt")
    error = None

    def __call__(self):
        if self.request.method == "POST" and self.request.form.get("form.create"):
            CheckAuthenticator(self.request)
            item = self.create()
            if item is not None:
                api.portal.show_message(
                    _("The item was created from the template."),
                    request=self.request,
                )
                return self.request.response.redirect(f"{item.absolute_url()}/edit")
        return self.template()

    def create(self):
        form = self.request.form
        service = form.get("service") or None
        try:
            template = templates_api.find_template(self.context, form.get("template"))
            return templates_api.item_from_template(self.context, template, service)
        except DelibError as exc:
            transaction.doom()
            self.error = exc.message
            self.request.response.setStatus(400)
            return None

    def options(self):
        userid = api.user.get_current().getId()
        return [
            {
                "uid": api.content.get_uuid(template),
                "title": template.title,
                "recurring": bool(template.recurring),
            }
            for template in templates_api.usable_templates(self.context, userid)
        ]

    def services(self):
        userid = api.user.get_current().getId()
        result = []
        for uid in templates_api.writing_services(userid):
            service = orgchart.get_service(uid)
            result.append(
                {"uid": uid, "title": service.Title() if service is not None else uid}
            )
        return result


class NewItemFromTemplateViewlet(ViewletBase):
    """The body page's button *Nouveau point depuis un modèle*, shown when
    the user may add items and one of his services may use a template."""

    index = ViewPageTemplateFile("new_item_viewlet.pt")

    def available(self):
        if not api.user.has_permission("ia.delib: Add item", obj=self.context):
            return False
        userid = api.user.get_current().getId()
        return bool(templates_api.usable_templates(self.context, userid))
