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
