"""1001 -> 1002: the work folder ``/travaux`` becomes unordered.

Citizen reports filed at once conflicted on the ordered folder's list of
ids (``ia.core.unordered``, ``ia.tech.concurrent``): the folder's
ordering is set to ``unordered`` and its stored order (the list of ids and
their positions) removed. Its documents stay where they are; lists are
sorted by the catalog.
"""

from ia.core.unordered import make_unordered
from ia.tech import settings
from plone import api


def upgrade(setup_tool):
    folder = api.portal.get().get(settings.folder_id())
    if folder is not None:
        make_unordered(folder)
