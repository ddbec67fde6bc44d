"""The mail area ``/courrier``: created at install, where every mail lives.

Who may add mail there: the encoders of any service (the holders of a
function whose role is ``IaEncoder``). Nothing is stored: a
:class:`~ia.core.orgchart.arearoles.FunctionAreaRoles` provider gives them
``Contributor`` on the area. Contributor carries no permission inside a
mail (the mail workflows map their permissions to the function roles only).
"""

from ia.core.orgchart.arearoles import FunctionAreaRoles
from ia.docs.interfaces import IMailArea
from plone import api
from plone.dexterity.utils import createContentInContainer
from plone.folder.default import DefaultOrdering
from zope.component import adapter


AREA_ID = "courrier"
AREA_TYPE = "IaMailArea"
ADD_ROLE = "Contributor"


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
        portal,
        AREA_TYPE,
        checkConstraints=False,
        id=AREA_ID,
        title="Courrier",
        exclude_from_nav=False,  # a tab of the global navigation, indexed now
    )
    make_unordered(area)
    area.reindexObject()
    return area


def make_unordered(area):
    """No explicit order of the mails: plone.folder's default ordering keeps
    one list of ids that every new mail appends to, so two clerks registering
    at the same time always conflicted on it (issue 10). Idempotent."""
    if getattr(area, "_ordering", "") == "unordered":
        return
    area.setOrdering("unordered")
    annotations = getattr(area, "__annotations__", None)
    if annotations is not None:
        for key in (DefaultOrdering.ORDER_KEY, DefaultOrdering.POS_KEY):
            annotations.pop(key, None)


@adapter(IMailArea)
class MailAreaLocalRoles(FunctionAreaRoles):
    function_role = "IaEncoder"
    roles = (ADD_ROLE,)
