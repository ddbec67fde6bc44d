"""1002 -> 1003: ``/courrier`` is internal (``ia.core.internal``)."""

from ia.core.internal import make_internal
from ia.docs.area import get_mail_area


def upgrade(setup_tool):
    area = get_mail_area()
    if area is not None and make_internal(area):
        area.reindexObject()
