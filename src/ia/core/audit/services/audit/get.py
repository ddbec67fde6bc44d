"""``GET @ia-audit``: the audit trail over REST.

plone.restapi's ``@history`` needs ``CMFEditions: Access previous
versions`` and shows workflow entries only to users with ``Request
review`` or ``Review portal content``: the function roles of the iA
workflows (a reader, a validator after validation) get an empty or
partial list there. ``@ia-audit`` answers the same ``audit_trail`` as
``@@ia-history`` under the same permission (``ia.core.ViewInternalNotes``).
"""

from ia.core.audit.timeline import audit_trail
from ia.core.rest import IaService
from plone import api
from plone.restapi.serializer.converters import json_compatible
from zope.i18n import translate


class AuditGet(IaService):
    def answer(self):
        portal_url = api.portal.get().absolute_url()
        items = []
        for entry in audit_trail(self.context):
            domain = (
                "plone"
                if entry["type"] == "workflow" and entry["action"]
                else "ia.core"
            )
            items.append(
                {
                    "type": entry["type"],
                    "action": entry["action"],
                    "title": translate(
                        entry["title"], domain=domain, context=self.request
                    ),
                    "workflow": entry["workflow"],
                    "review_state": entry["review_state"],
                    "version": entry["version"],
                    "time": json_compatible(entry["date"]),
                    "comment": entry["comment"],
                    "actor": {
                        "@id": f"{portal_url}/@users/{entry['actor']}",
                        "id": entry["actor"],
                        "fullname": entry["actor_fullname"],
                    },
                }
            )
        return {
            "@id": f"{self.context.absolute_url()}/@ia-audit",
            "items_total": len(items),
            "items": items,
        }
