"""POST ``@ia-links`` ``{"kind", "target"}``: add a manual link (201)."""

from ia.core.links import manage
from ia.core.rest import IaService
from plone import api


class LinksChange(IaService):
    """Shared by POST and DELETE: read the body, change, answer."""

    change = None  # manage.add or manage.remove

    def answer(self):
        data = self.body()
        other = type(self).change(
            context=self.context,
            kind=self.field(data, "kind", str, required=True, max_length=200),
            target=self.field(data, "target", str, required=True, max_length=2000),
        )
        return self.changed(other)

    def changed(self, other):
        raise NotImplementedError


class LinksPost(LinksChange):
    change = staticmethod(manage.add)

    def changed(self, other):
        self.request.response.setStatus(201)
        return {
            "@id": f"{self.context.absolute_url()}/@ia-links",
            "target": {
                "@id": other.absolute_url(),
                "UID": api.content.get_uuid(other),
                "title": other.Title(),
            },
        }
