"""``<body>/@@ia-new-item-from-template``: *Nouveau point depuis un modèle*.

GET lists the templates the user's services may use; POST (with the
authenticator) creates the item and opens its edit form; a refusal re-shows
the list with the reason and writes nothing (``ia.core.views.action_form``).
"""

from ia.core.orgchart import api as orgchart
from ia.core.views.action_form import ActionFormView
from ia.delib import _
from ia.delib.templates import api as templates_api
from plone import api
from plone.app.layout.viewlets import ViewletBase
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile


class NewItemFromTemplate(ActionFormView):
    index = ViewPageTemplateFile("new_item.pt")
    submit_field = "form.create"
    done = _("The item was created from the template.")

    def perform(self):
        form = self.request.form
        service = form.get("service") or None
        template = templates_api.find_template(self.context, form.get("template"))
        return templates_api.item_from_template(self.context, template, service)

    def next_url(self, result=None) -> str:
        return f"{result.absolute_url()}/edit"

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
