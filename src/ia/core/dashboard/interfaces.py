"""The contract of a dashboard list.

A list is a named utility providing ``IDashboardList``; the name is the
list id used in URLs (``@@ia-dashboard?list=<id>``, ``@ia-dashboard/<id>``).
Products register their own lists in ZCML::

    <utility
        factory=".dashboard.MailsToAnswer"
        name="mails_to_answer"
        provides="ia.core.dashboard.interfaces.IDashboardList"
        />
"""

from zope.interface import Attribute
from zope.interface import Interface


class IDashboardList(Interface):
    """One list of a user's dashboard, answered by ONE catalog query."""

    id = Attribute("Identifier of the list (the utility name).")
    title = Attribute("Title shown on the tab (a message id of ia.core).")
    order = Attribute("Position of the tab: lower comes first.")
    columns = Attribute("Column ids shown by default (see ia.core.dashboard.columns).")
    default_sort = Attribute(
        "(column id, 'ascending' | 'descending') used when none is asked."
    )

    def available():
        """True when the list applies to this site (e.g. its product is installed)."""

    def query(userid):
        """The catalog query (a dict) of the list for this user, or None.

        None means "this list does not apply to this user" (e.g. he holds no
        reviewer function): the list is then hidden from his dashboard.
        The query must only use catalog indexes: rows are built from the
        metadata of the brains, never from the objects.
        """


class IDashboardColumn(Interface):
    """One column of the dashboard tables, read from catalog brains only.

    A column is a named utility providing ``IDashboardColumn``; the name is
    the column id that lists declare in their ``columns`` and that
    ``sort_on`` takes. See ``ia.core.dashboard.columns.Column``.
    """

    id = Attribute("Identifier of the column (the utility name).")
    title = Attribute("Header of the column (a message id, translated on display).")
    sort_index = Attribute("The catalog index the column sorts on, or None.")
    metadata = Attribute("The catalog metadata column its cells are read from.")
    widget = Attribute(
        "How the page shows a cell: 'text', 'title', 'badge', 'date', "
        "'due' or 'datetime'."
    )

    def cells(brains, builder):
        """The cells of a page, one per brain, from the brains' metadata only.

        ``builder`` is the page's ``RowBuilder`` (caches, batched look-ups).
        A cell is text, a date/datetime (widgets 'date', 'due', 'datetime')
        or None. Look-ups are batched: at most one query per page.
        """


class IFolderDashboard(Interface):
    """The table of a folder shown as a dashboard (``@@ia-folder-dashboard``).

    A named utility whose name is the folder's portal_type (e.g.
    ``IaMailArea``); without one, the folder's dashboard documents are
    shown with the core columns. See ``ia.core.dashboard.folder``.
    """

    title = Attribute("Caption of the table (a message id).")
    columns = Attribute("Column ids, as for a list.")
    default_sort = Attribute("(column id, order) when none is asked.")
    portal_types = Attribute("The types shown (empty: every dashboard type).")
