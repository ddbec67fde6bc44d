"""The "Liens" block below the body of every suite document."""

from ia.core.behaviors.reference import reference_of
from ia.core.links import api as links
from ia.core.links.kinds import manual_kinds
from ia.core.links.manage import MODIFY
from ia.core.workflows.titles import state_title
from plone import api
from plone.app.layout.viewlets import ViewletBase
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from zope.i18n import translate


def describe(link) -> dict:
    """What the block and ``@ia-links`` show of a link."""
    other = link.other
    return {
        "kind": link.kind,
        "direction": link.direction,
        "label": link.label,
        "url": other.absolute_url(),
        "uid": api.content.get_uuid(other),
        "title": other.Title(),
        "reference": reference_of(other),
        "review_state": api.content.get_state(obj=other, default=None),
        "state_title": state_title(other),
    }


class LinksViewlet(ViewletBase):
    """Linked documents the user may see, grouped by label; for manual kinds
    a form to add a link and a button to remove one."""

    index = ViewPageTemplateFile("templates/links_viewlet.pt")

    def update(self):
        super().update()
        self.groups = self._groups()
        self.can_edit = bool(manual_kinds()) and api.user.has_permission(
            MODIFY, obj=self.context
        )
        self.kinds = manual_kinds() if self.can_edit else []
        self.manual_ids = {kind.id for kind in self.kinds}

    def _groups(self) -> list:
        groups = {}
        for link in links.links(obj=self.context):
            item = describe(link)
            label = translate(link.label, context=self.request)
            groups.setdefault(label, []).append(item)
        return [
            {"label": label, "links": sorted(items, key=_by_title)}
            for label, items in sorted(groups.items())
        ]

    @property
    def available(self) -> bool:
        return bool(self.groups) or self.can_edit

    @property
    def action_url(self) -> str:
        return f"{self.context.absolute_url()}/@@ia-links-edit"

    def render(self):
        return self.index() if self.available else ""


def _by_title(item):
    return (item["reference"] or "", item["title"])
