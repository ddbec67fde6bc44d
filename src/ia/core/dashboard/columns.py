"""Columns of the dashboard tables and the catalog index each one sorts on."""

from ia.core import _


# column id -> (title, sort index or None)
COLUMNS = {
    "reference": (_("Reference"), "ia_reference"),
    "title": (_("Title"), "sortable_title"),
    "type": (_("Type"), "portal_type"),
    "state": (_("State"), "review_state"),
    "services": (_("Services"), None),
    "agent": (_("Agent"), "ia_assigned_agent"),
    "due": (_("Due date"), "ia_due_date"),
    "modified": (_("Modified"), "modified"),
}

DEFAULT_COLUMNS = (
    "reference",
    "title",
    "type",
    "state",
    "services",
    "agent",
    "due",
    "modified",
)


def sort_index(column):
    """The index a column sorts on, or None when the column cannot be sorted."""
    if column in COLUMNS:
        return COLUMNS[column][1]
    return None


def sortable_columns():
    return [column for column, (_title, index) in COLUMNS.items() if index]
