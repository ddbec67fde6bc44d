"""The urbanism area ``/urbanisme``: created at install, where the files live.

Who may add files there: the encoders and editors of any service (a
:class:`~ia.core.orgchart.arearoles.FunctionAreaRoles` gives them
``Contributor`` on the area); inside a file, the licence workflow decides.
"""

from ia.core.internal import make_internal
from ia.core.orgchart.arearoles import FunctionAreaRoles
from ia.urban.interfaces import IUrbanArea
from plone import api
from plone.dexterity.utils import createContentInContainer
from zope.component import adapter


AREA_ID = "urbanisme"
AREA_TYPE = "IaUrbanArea"


def get_area(portal=None):
    portal = portal if portal is not None else api.portal.get()
    area = portal.get(AREA_ID)
    if area is None or getattr(area, "portal_type", None) != AREA_TYPE:
        return None
    return area


def ensure_area(portal):
    """Create ``/urbanisme`` when missing (idempotent); returns it."""
    area = get_area(portal)
    if area is not None or AREA_ID in portal.objectIds():
        return area
    area = createContentInContainer(
        portal,
        AREA_TYPE,
        checkConstraints=False,
        id=AREA_ID,
        title="Urbanisme",
        exclude_from_nav=False,
    )
    make_internal(area)  # citizens read @@ia-urban-inquiries, not the area
    area.reindexObject()
    return area


@adapter(IUrbanArea)
class AreaEncoders(FunctionAreaRoles):
    function_role = "IaEncoder"
    roles = ("Contributor",)


@adapter(IUrbanArea)
class AreaEditors(FunctionAreaRoles):
    function_role = "IaEditor"
    roles = ("Contributor",)
