"""GET ``@ia-links``: the links of a document the user may see."""

from ia.core.links import api as links
from ia.core.links.browser.viewlet import describe
from ia.core.rest import IaService
from zope.i18n import translate


def serialize(link, request) -> dict:
    item = describe(link)
    return {
        "kind": item["kind"],
        "direction": item["direction"],
        "label": translate(item["label"], context=request),
        "@id": item["url"],
        "UID": item["uid"],
        "title": item["title"],
        "reference": item["reference"],
        "review_state": item["review_state"],
    }


class LinksGet(IaService):
    def answer(self):
        return {
            "@id": f"{self.context.absolute_url()}/@ia-links",
            "items": [
                serialize(link, self.request) for link in links.links(obj=self.context)
            ],
        }
