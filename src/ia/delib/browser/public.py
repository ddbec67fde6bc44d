"""The citizens' pages, computed by ``ia.delib.publication`` only.

Registered with the public permission: anonymous visitors hold no View on
meetings or items; each page checks that what it shows is public and answers
404 otherwise.

The pages are shown in the context of the site (``@@ia-seances-publiques``
and ``@@ia-seances-publiques/<body>/<meeting>``), so that a citizen gets the
site's header, navigation and breadcrumbs (the viewlets need View on the
context, which a citizen never has on a meeting); a meeting's
``@@ia-public-agenda`` and a body's ``@@ia-public-meetings`` lead there.
"""

from html import escape
from ia.delib import _
from ia.delib import publication
from ia.delib.dates import brussels
from plone import api
from plone.app.layout.viewlets.common import ViewletBase
from Products.Five import BrowserView
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from zExceptions import NotFound
from zope.i18n import translate
from zope.interface import implementer
from zope.publisher.interfaces import IPublishTraverse


SITE_PAGE = "@@ia-seances-publiques"
MAX_DEPTH = 6  # <folders>/<body>/<meeting>
public_url = publication.public_page_url


class PublicAgendaView(BrowserView):
    """``@@ia-public-agenda`` on a meeting: to its page under the site."""

    def __call__(self):
        if not publication.is_public(self.context):
            raise NotFound("ia-public-agenda")
        return self.request.response.redirect(public_url(self.context))


class BodyPublicMeetingsView(BrowserView):
    """``@@ia-public-meetings`` on a body: to its page under the site."""

    def __call__(self):
        if not publication.meetings_are_public(self.context):
            raise NotFound("ia-public-meetings")
        return self.request.response.redirect(public_url(self.context))


def _years(meetings):
    return [
        {
            "year": group["year"],
            "meetings": [publication.meeting_summary(m) for m in group["meetings"]],
        }
        for group in publication.by_year(meetings)
    ]


@implementer(IPublishTraverse)
class SitePublicMeetingsView(BrowserView):
    """``@@ia-seances-publiques`` on the site: every public body's meetings
    by year; ``/<path of a body>``: one body's; ``/<path of a meeting>``: a
    public agenda (the paths from the site, e.g. ``deliberations/conseil``)."""

    agenda_template = ViewPageTemplateFile("templates/public_agenda.pt")

    def __init__(self, context, request):
        super().__init__(context, request)
        self.path = []

    def publishTraverse(self, request, name):
        if len(self.path) >= MAX_DEPTH:
            raise NotFound(name)
        self.path.append(name)
        return self

    def _find(self):
        obj = api.portal.get()
        for name in self.path:
            obj = obj._getOb(name, None) if hasattr(obj, "_getOb") else None
            if obj is None:
                raise NotFound("/".join(self.path))
        return obj

    def __call__(self):
        if not self.path:
            self.years = _years(publication.all_public_meetings())
            return self.index()
        obj = self._find()
        kind = getattr(obj, "portal_type", None)
        if kind == "IaDelibBody":
            if not publication.meetings_are_public(obj):
                raise NotFound("/".join(self.path))
            self.body_title = obj.Title()
            self.years = _years(publication.public_meetings(obj))
            return self.index()
        if kind != "IaDelibMeeting" or not publication.is_public(obj):
            raise NotFound("/".join(self.path))
        self.meeting = publication.meeting_summary(obj)
        start = brussels(obj.start)
        self.start_text = start.strftime("%d/%m/%Y %H:%M") if start else ""
        self.items = publication.public_items(obj)
        return self.agenda_template()


class PublicSessionsLinkViewlet(ViewletBase):
    """On the home page: a link to the public sessions, when a body's
    meetings are public."""

    def render(self):
        if not publication.public_bodies():
            return ""
        url = f"{api.portal.get().absolute_url()}/{SITE_PAGE}"
        label = translate(
            _("Public sessions of the council: agendas and decisions"),
            context=self.request,
        )
        return (
            f'<p class="ia-public-sessions-link" id="ia-public-sessions-link">'
            f'<a class="btn btn-primary" href="{escape(url)}">{escape(label)}</a></p>'
        )
