"""``@@ia-urban-deadlines``: the deadline calendar of a month (a page)."""

from datetime import timedelta
from ia.core.docgen.dates import MONTHS
from ia.urban.deadlines import agenda
from ia.urban.errors import UrbanError
from plone.base.utils import safe_text
from Products.Five.browser import BrowserView
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from zope.i18n import translate


class DeadlinesPage(BrowserView):
    index = ViewPageTemplateFile("templates/agenda.pt")
    error = ""

    def update(self):
        form = self.request.form
        try:
            self.first = agenda.parse_month(form.get("month"))
            self.scope = agenda.parse_scope(form.get("scope"))
        except UrbanError as exc:
            self.error = translate(exc.message, context=self.request)
            self.first = agenda.parse_month("")
            self.scope = "service"
        self.rows = agenda.month_rows(self.first, self.request, self.scope)
        self.days = agenda.by_day(self.rows)

    def month_title(self):
        return f"{MONTHS[self.first.month - 1]} {self.first.year}"

    def link(self, first, scope=None):
        scope = scope or self.scope
        return (
            f"{self.context.absolute_url()}/@@ia-urban-deadlines"
            f"?month={first:%Y-%m}&scope={safe_text(scope)}"
        )

    def previous_link(self):
        return self.link((self.first - timedelta(days=1)).replace(day=1))

    def next_link(self):
        return self.link(agenda.month_end(self.first) + timedelta(days=1))

    def scope_link(self, scope):
        return self.link(self.first, scope)

    def __call__(self):
        self.update()
        return self.index()
