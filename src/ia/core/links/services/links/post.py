"""POST ``@ia-links`` ``{"kind", "target"}``: add a manual link (201)."""

from ia.core.links import manage
from ia.core.rest import IaService
from plone import api


def change(service, apply):
    """Read ``{"kind", "target"}`` and ``apply`` it (``manage.add`` or
    ``manage.remove``) to the service's document; the other document."""
    data = service.body()
    return apply(
        context=service.context,
        kind=service.field(data, "kind", str, required=True, max_length=200),
        target=service.field(data, "target", str, required=True, max_length=2000),
    )


class LinksPost(IaService):
    def answer(self):
        other = change(self, manage.add)
        self.request.response.setStatus(201)
        return {
            "@id": f"{self.context.absolute_url()}/@ia-links",
            "target": {
                "@id": other.absolute_url(),
                "UID": api.content.get_uuid(other),
                "title": other.Title(),
            },
        }
