"""Install step of the organisation chart: ``/organisation`` and its groups."""

from ia.core.orgchart.api import ORGCHART_ID
from ia.core.orgchart.api import ORGCHART_TYPE
from ia.core.orgchart.api import get_orgchart
from ia.core.orgchart.groups import sync_groups
from plone.dexterity.utils import createContentInContainer


def install(portal):
    """Create ``/organisation`` (once) and repair the function groups."""
    if get_orgchart(portal) is None and ORGCHART_ID not in portal.objectIds():
        folder = createContentInContainer(
            portal,
            ORGCHART_TYPE,
            checkConstraints=False,
            id=ORGCHART_ID,
            title="Organigramme",
            exclude_from_nav=True,
        )
        folder.reindexObject()
    sync_groups(portal)
