"""On the home page: a link to each published programme's citizens' page.

A citizen who opens ``/pst`` meets the login form (the programme's tree is
internal); the published part is ``<programme>/@@pst-public``. This viewlet
puts a link to it on the site's home page, for everybody, as iA.Delib does
for its public sessions. Only programmes the college published are linked.
"""

from html import escape
from ia.pst import _
from plone import api
from plone.app.layout.viewlets.common import ViewletBase
from zope.i18n import translate


def published_programmes():
    """``(title, url)`` of every published programme, newest legislature first."""
    catalog = api.portal.get_tool("portal_catalog")
    found = []
    for brain in catalog.unrestrictedSearchResults(portal_type="IaPstProgramme"):
        programme = brain._unrestrictedGetObject()
        if getattr(programme, "public", False):
            start = getattr(programme, "legislature_start", None)
            found.append((start, programme.Title(), programme.absolute_url()))
    found.sort(key=lambda row: (row[0] is not None, row[0]), reverse=True)
    return [(title, f"{url}/@@pst-public") for _start, title, url in found]


class PublicProgrammeLinkViewlet(ViewletBase):
    def render(self):
        links = published_programmes()
        if not links:
            return ""
        items = "".join(
            f'<a class="btn btn-primary me-2" href="{escape(url)}">'
            f"{escape(self.label(title))}</a>"
            for title, url in links
        )
        return f'<p class="ia-pst-public-link" id="ia-pst-public-link">{items}</p>'

    def label(self, title):
        return translate(
            _(
                "Strategic programme: where our projects stand (${title})",
                mapping={"title": title},
            ),
            context=self.request,
        )
