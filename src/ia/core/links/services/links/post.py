"""POST ``@ia-links`` ``{"kind", "target"}``: add a manual link (201)."""

from ia.core.errors import IaError
from ia.core.links import manage
from ia.core.links.services.links.body import read_body
from ia.core.rest import IaService
from plone import api
from plone.protect.interfaces import IDisableCSRFProtection
from zope.interface import alsoProvides


class LinksChange(IaService):
    """Shared by POST and DELETE: read the body, change, answer."""

    change = None  # manage.add or manage.remove

    def reply(self):
        data = read_body(self.request)
        alsoProvides(self.request, IDisableCSRFProtection)
        try:
            other = type(self).change(
                context=self.context, kind=data.get("kind"), target=data.get("target")
            )
        except IaError as error:
            return self.refuse(error)
        return self.answer(other)

    def answer(self, other):
        raise NotImplementedError


class LinksPost(LinksChange):
    change = staticmethod(manage.add)

    def answer(self, other):
        self.request.response.setStatus(201)
        return {
            "@id": f"{self.context.absolute_url()}/@ia-links",
            "target": {
                "@id": other.absolute_url(),
                "UID": api.content.get_uuid(other),
                "title": other.Title(),
            },
        }
