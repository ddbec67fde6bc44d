"""Viewlet of an item: its advices (type, service, state, value, due date)."""

from ia.delib.advices.listing import advice_rows
from plone import api
from plone.app.layout.viewlets.common import ViewletBase
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile


class AdvicesViewlet(ViewletBase):
    index = ViewPageTemplateFile("advices.pt")

    def update(self):
        super().update()
        self.rows = advice_rows(self.context, self.request)

    def format_date(self, value):
        if not value:
            return ""
        return api.portal.get_localized_time(value)

    def render(self):
        return self.index() if self.rows else ""
