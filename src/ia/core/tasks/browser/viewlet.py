"""Viewlet "Tâches" below the body of a document that holds tasks."""

from ia.core.tasks.listing import can_add_task
from ia.core.tasks.listing import task_rows
from plone import api
from plone.app.layout.viewlets.common import ViewletBase
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile


class TasksViewlet(ViewletBase):
    index = ViewPageTemplateFile("templates/tasks_viewlet.pt")

    def update(self):
        super().update()
        self.rows = task_rows(self.context, self.request)
        self.can_add = can_add_task(self.context)

    def add_url(self):
        return f"{self.context.absolute_url()}/++add++IaTask"

    def formatted(self, value):
        return api.portal.get_localized_time(value) if value else ""

    def render(self):
        if not self.rows and not self.can_add:
            return ""
        return self.index()
