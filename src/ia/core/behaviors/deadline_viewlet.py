"""Viewlet showing the due date of a document and an "Overdue" marker."""

from ia.core.behaviors.deadline import IDeadline
from ia.core.behaviors.deadline import is_overdue
from plone import api
from plone.app.layout.viewlets.common import ViewletBase
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile


class DeadlineViewlet(ViewletBase):
    index = ViewPageTemplateFile("deadline_viewlet.pt")

    def update(self):
        super().update()
        self.due_date = getattr(IDeadline(self.context, None), "due_date", None)
        self.overdue = is_overdue(self.context)

    def formatted_due_date(self):
        return api.portal.get_localized_time(self.due_date) if self.due_date else ""

    def available(self):
        return self.due_date is not None

    def render(self):
        return self.index() if self.available() else ""
