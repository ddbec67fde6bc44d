"""The mail area ``/courrier``: created at install, where every mail lives.

Who may add mail there: the members of the encoder group of any service.
Like ``ia.responsible`` on documents, nothing is stored: a ``borg.localrole``
provider gives ``Contributor`` to every ``<service uid>_encoder`` group on
the area. Contributor carries no permission inside a mail (the mail
workflows map their permissions to the function roles only).
"""

from borg.localrole.interfaces import ILocalRoleProvider
from ia.core.orgchart import api as orgchart
from ia.docs.interfaces import IMailArea
from plone import api
from plone.dexterity.utils import createContentInContainer
from zope.component import adapter
from zope.interface import implementer


AREA_ID = "courrier"
AREA_TYPE = "IaMailArea"
ADD_ROLE = "Contributor"
ENCODER = "encoder"


def get_mail_area(portal=None):
    portal = portal if portal is not None else api.portal.get()
    area = portal.get(AREA_ID)
    if area is None or getattr(area, "portal_type", None) != AREA_TYPE:
        return None
    return area


def ensure_mail_area(portal):
    """Create ``/courrier`` when missing (idempotent); returns it."""
    area = get_mail_area(portal)
    if area is not None or AREA_ID in portal.objectIds():
        return area
    area = createContentInContainer(
        portal, AREA_TYPE, checkConstraints=False, id=AREA_ID, title="Courrier"
    )
    area.reindexObject()
    return area


def _is_encoder_group(principal_id) -> bool:
    parsed = orgchart.parse_group_id(principal_id)
    return parsed is not None and parsed[1] == ENCODER


@implementer(ILocalRoleProvider)
@adapter(IMailArea)
class MailAreaLocalRoles:
    def __init__(self, context):
        self.context = context

    def getRoles(self, principal_id):
        return (ADD_ROLE,) if _is_encoder_group(principal_id) else ()

    def getAllRoles(self):
        for service in orgchart.get_services():
            yield orgchart.group_id(service.uid, ENCODER), (ADD_ROLE,)
