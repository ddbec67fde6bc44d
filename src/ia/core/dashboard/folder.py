"""A folder's content as a dashboard list (``@@ia-folder-dashboard``).

``/courrier`` and ``/deliberations`` open on the documents they hold with
the dashboard's columns (reference, sender, state, agent, dates), filters,
sorting and batch actions instead of a 20-per-page folder listing. A
product describes its folder with a named utility providing
``IFolderDashboard`` (name = the folder's portal_type)::

    <utility factory=".folder.MailAreaDashboard" name="IaMailArea"
             provides="ia.core.dashboard.interfaces.IFolderDashboard" />

and makes ``ia-folder-dashboard`` the folder type's ``default_view``.
"""

from ia.core import _
from ia.core.dashboard import facets
from ia.core.dashboard.columns import DEFAULT_COLUMNS
from ia.core.dashboard.interfaces import IFolderDashboard
from ia.core.dashboard.lists import DashboardList
from zope.component import queryUtility
from zope.interface import implementer


VIEW_NAME = "ia-folder-dashboard"


@implementer(IFolderDashboard)
class FolderDashboard:
    """Defaults: every dashboard type, the core columns, newest first."""

    title = _("Documents of this folder")
    columns = DEFAULT_COLUMNS
    default_sort = ("modified", "descending")
    portal_types = ()


class FolderList(DashboardList):
    """A list bound to one folder: its documents, at any depth."""

    def __init__(self, folder, config=None):
        self.folder = folder
        self.config = config or folder_config(folder)
        self.id = VIEW_NAME
        self.title = self.config.title
        self.columns = self.config.columns
        self.default_sort = self.config.default_sort
        self.batch_actions = getattr(self.config, "batch_actions", ())

    def query(self, userid):
        types = list(self.config.portal_types) or sorted(facets.dashboard_types())
        return {
            "path": {"query": "/".join(self.folder.getPhysicalPath()), "depth": -1},
            "portal_type": types,
        }


def folder_config(folder):
    config = queryUtility(IFolderDashboard, name=folder.portal_type)
    return config if config is not None else FolderDashboard()
