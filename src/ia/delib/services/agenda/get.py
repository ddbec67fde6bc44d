"""``GET <meeting>/@ia-agenda``: the items in agenda order with their numbers."""

from ia.core.rest import IaService
from ia.delib.api import agenda
from plone import api


def serialize_agenda(meeting) -> dict:
    """The agenda as JSON-ready data; items the user may not see are left out."""
    rows = []
    for item in agenda(meeting):
        if not api.user.has_permission("View", obj=item):
            continue
        rows.append(
            {
                "@id": item.absolute_url(),
                "UID": api.content.get_uuid(item),
                "title": item.Title(),
                "number": item.item_number,
                "privacy": item.privacy,
                "list_type": item.list_type,
                "review_state": api.content.get_state(item),
            }
        )
    return {
        "@id": f"{meeting.absolute_url()}/@ia-agenda",
        "review_state": api.content.get_state(meeting),
        "items": rows,
    }


class AgendaGet(IaService):
    def answer(self):
        return serialize_agenda(self.context)
