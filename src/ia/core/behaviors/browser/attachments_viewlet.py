"""Viewlet listing the attachments of a document below its body."""

from ia.core.behaviors.attachments_catalog import attachments_summary
from ia.core.behaviors.attachments_catalog import group_by_category
from ia.core.views.files import french_size
from plone import api
from plone.app.layout.viewlets import ViewletBase
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile


FILTER_PARAMETER = "ia_attachment_category"
ADD_PERMISSION = "ia.core: Add attachment"


class AttachmentsViewlet(ViewletBase):
    """Attachments grouped by category, with a category filter.

    Built from catalog brains only: no attachment object is woken up.
    """

    index = ViewPageTemplateFile("templates/attachments_viewlet.pt")

    def update(self):
        super().update()
        selected = self.request.form.get(FILTER_PARAMETER) or None
        self.selected = selected if isinstance(selected, str) else None
        self.summary = attachments_summary(self.context, category=self.selected)
        self.groups = group_by_category(self.summary["items"])

    @property
    def available(self):
        return bool(self.summary["categories"]) or self.can_add

    @property
    def can_add(self):
        return api.user.has_permission(ADD_PERMISSION, obj=self.context)

    @property
    def add_url(self):
        return f"{self.context.absolute_url()}/++add++IaAttachment"

    @property
    def total(self):
        return sum(category["count"] for category in self.summary["categories"])

    def filter_url(self, category_id=None):
        url = self.context.absolute_url()
        if category_id:
            return f"{url}?{FILTER_PARAMETER}={category_id}#ia-attachments"
        return f"{url}#ia-attachments"

    def size(self, text):
        """Plone's "12.3 KB" in French: "12,3 Ko"."""
        return french_size(text)

    def icon(self, content_type):
        icons = api.content.get_view("iconresolver", self.context, self.request)
        return icons.tag(
            f"mimetype-{content_type or 'application/octet-stream'}",
            tag_class="icon-inline",
            tag_alt=content_type or "",
        )
