"""``@@ia-history``: the audit trail of a document (tab "Historique").

Protected by ``ia.core.ViewInternalNotes`` rather than ``View``: transition
comments and version notes are internal remarks ("refused: missing plan"),
so copy services and the public must not read them, while everybody who
works on the document (responsible service, agent, managers) reads them in
every state, also the validators who may no longer edit it (which
``Modify portal content`` would not allow).
"""

from ia.core.audit.timeline import audit_trail
from plone import api
from Products.Five.browser import BrowserView
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from zope.i18n import translate


class HistoryView(BrowserView):
    index = ViewPageTemplateFile("templates/history.pt")

    def __call__(self):
        self.entries = audit_trail(self.context)
        return self.index()

    def title_of(self, entry):
        domain = (
            "plone" if entry["type"] == "workflow" and entry["action"] else "ia.core"
        )
        return translate(entry["title"], domain=domain, context=self.request)

    def state_title(self, entry):
        state = entry.get("review_state")
        if not state:
            return ""
        wtool = api.portal.get_tool("portal_workflow")
        title = wtool.getTitleForStateOnType(state, self.context.portal_type)
        return translate(title or state, domain="plone", context=self.request)

    def date_of(self, entry):
        if entry["date"] is None:
            return ""
        # Plone's localized time, in the site's zone (ia.core.times).
        return api.portal.get_localized_time(entry["date"], long_format=True)

    def author_url(self, entry):
        if not entry["actor"]:
            return None
        return f"{api.portal.get().absolute_url()}/author/{entry['actor']}"
