"""The tasks of a document, from the catalog (the viewlet and REST use it)."""

from ia.core.dashboard.rows import RowBuilder
from ia.core.tasks.content import TASK_TYPE
from plone import api


def task_brains(document):
    """Catalog brains of the tasks directly inside ``document`` the user may see."""
    catalog = api.portal.get_tool("portal_catalog")
    return catalog.searchResults(
        portal_type=TASK_TYPE,
        path={"query": "/".join(document.getPhysicalPath()), "depth": 1},
        sort_on="created",
    )


def task_rows(document, request):
    """Dashboard-style rows (title, state, services, agent, due date, overdue)."""
    return RowBuilder(request).rows(task_brains(document))


def can_add_task(document):
    """The current user may add a task in ``document`` (permission + allowed type)."""
    if not api.user.has_permission("ia.core: Add task", obj=document):
        return False
    allowed = getattr(document, "allowedContentTypes", None)
    if allowed is None:
        return False
    return TASK_TYPE in {fti.getId() for fti in allowed()}
