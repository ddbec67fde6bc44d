"""``@@ia-folder-dashboard``: a folder opens as a dashboard of its content."""

from ia.core.dashboard.browser.view import DashboardView
from ia.core.dashboard.folder import VIEW_NAME
from ia.core.dashboard.folder import FolderList


class FolderDashboardView(DashboardView):
    """The dashboard page without tabs: one list, the folder's documents
    (its ``batch_actions``, if its ``IFolderDashboard`` has some)."""

    show_tabs = False

    def _setup_lists(self):
        self.active = FolderList(self.context)
        self.lists = [(self.active, self.active.query(self.userid))]
        self.by_id = {self.active.id: self.active}

    def base_url(self):
        return f"{self.context.absolute_url()}/@@{VIEW_NAME}"
