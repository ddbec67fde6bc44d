"""1000 -> 1001: ``/urbanisme`` is internal (``ia.core.internal``)."""

from ia.core.internal import make_internal
from ia.urban.area import get_area
from plone import api


def upgrade(setup_tool):
    area = get_area(api.portal.get())
    if area is not None and make_internal(area):
        area.reindexObject()
