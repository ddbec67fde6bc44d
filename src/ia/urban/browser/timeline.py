"""The file's timeline and deadlines (viewlet) and the *record an event* form.

The form posts to ``@@ia-urban-add-event`` (plone.protect's authenticator);
only the fields of the chosen kind are kept, a bad value comes back as a
translated status message and nothing is stored.
"""

from ia.core.docgen.dates import format_date
from ia.urban import _
from ia.urban.errors import UrbanError
from ia.urban.events.api import add_event
from ia.urban.events.kinds import EVENT_KINDS
from ia.urban.events.serialize import timeline
from plone import api
from plone.app.layout.viewlets import ViewletBase
from plone.protect import CheckAuthenticator
from Products.Five.browser import BrowserView
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from zope.i18n import translate


# Stored choice values shown in words (same msgids as the form's options).
VALUE_TITLES = {
    "inquiry": _("Public inquiry"),
    "announcement": _("Project announcement"),
    "favourable": _("favourable"),
    "unfavourable": _("unfavourable"),
    "conditions": _("with conditions"),
    "granted": _("granted"),
    "refused": _("refused"),
}
DETAILS = ("body", "result", "publicity", "claimant", "text", "start", "end")
DATES = ("start", "end")


class TimelineViewlet(ViewletBase):
    index = ViewPageTemplateFile("timeline.pt")

    def data(self):
        data = timeline(self.context, self.request)
        for event in data["items"]:
            event["day"] = format_date(event["date"])
            event["details"] = ", ".join(
                self.shown(key, event[key]) for key in DETAILS if event.get(key)
            )
        for deadline in data["deadlines"]:
            deadline["day"] = format_date(deadline["date"], weekday=True)
        return data

    def shown(self, key, value):
        """A detail in words: choices translated, dates in full."""
        if key in DATES:
            return format_date(value)
        if isinstance(value, str) and value in VALUE_TITLES:
            return translate(VALUE_TITLES[value], context=self.request)
        return str(value)

    def can_edit(self):
        return api.user.has_permission("Modify portal content", obj=self.context)

    def kinds(self):
        return [
            {"id": kind, "title": translate(title, context=self.request)}
            for kind, (title, _fields) in EVENT_KINDS.items()
        ]


class AddEventView(BrowserView):
    def __call__(self):
        url = self.context.absolute_url()
        if self.request.method != "POST":
            return self.request.response.redirect(url)
        CheckAuthenticator(self.request)
        form = self.request.form
        kind = form.get("kind", "")
        expected = EVENT_KINDS.get(kind, (None, {}))[1]
        fields = {}
        for name, wanted in expected.items():
            value = form.get(name)
            if value in (None, ""):
                continue
            if wanted is bool:
                value = True
            elif wanted is int:
                value = int(value) if str(value).isdigit() else value
            elif wanted is list:
                value = [
                    line.strip() for line in str(value).splitlines() if line.strip()
                ]
            fields[name] = value
        try:
            add_event(
                self.context,
                kind,
                form.get("date") or None,
                form.get("comment", ""),
                **fields,
            )
        except UrbanError as error:
            api.portal.show_message(
                error.translated(self.request), self.request, "error"
            )
        else:
            api.portal.show_message(_("Event recorded."), self.request)
        return self.request.response.redirect(url)
