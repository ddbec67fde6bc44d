"""The core's dashboard columns, registered in ``configure.zcml`` like any
product's (named ``IDashboardColumn`` utilities)."""

from ia.core import _
from ia.core.dashboard.columns import Column
from ia.core.dashboard.columns import UidTitleColumn
from ia.core.dashboard.columns import as_text
from ia.core.dashboard.rows import as_date
from ia.core.dashboard.rows import as_datetime


class ReferenceColumn(Column):
    id = "reference"
    title = _("Reference")
    sort_index = "ia_reference"
    metadata = "ia_reference"


class TitleColumn(Column):
    """The title, a link to the document (widget ``title``)."""

    id = "title"
    title = _("Title")
    sort_index = "sortable_title"
    metadata = "Title"
    widget = "title"

    def cells(self, brains, builder):
        return [as_text(brain.Title) or brain.getId for brain in brains]


class TypeColumn(Column):
    id = "type"
    title = _("Type")
    sort_index = "portal_type"
    metadata = "portal_type"

    def format(self, values, builder):
        return [builder.type_title(value) if value else "" for value in values]


class StateColumn(Column):
    """The workflow state's title (of the document's own type's workflow)."""

    id = "state"
    title = _("State")
    sort_index = "review_state"
    metadata = "review_state"
    widget = "badge"

    def cells(self, brains, builder):
        return [
            builder.state_title(self.raw(brain) or "", brain.portal_type)
            for brain in brains
        ]


class ServicesColumn(UidTitleColumn):
    id = "services"
    title = _("Services")
    metadata = "ia_responsible_services"


class AgentColumn(Column):
    id = "agent"
    title = _("Agent")
    sort_index = "ia_assigned_agent"
    metadata = "ia_assigned_agent"

    def format(self, values, builder):
        return [builder.agent_name(value) if value else "" for value in values]


class DueColumn(Column):
    """The due date (widget ``due``: with the *overdue* badge of the row)."""

    id = "due"
    title = _("Due date")
    sort_index = "ia_due_date"
    metadata = "ia_due_date"
    widget = "due"

    def format(self, values, builder):
        return [as_date(value) for value in values]


class ModifiedColumn(Column):
    id = "modified"
    title = _("Modified")
    sort_index = "modified"
    metadata = "modified"
    widget = "datetime"

    def format(self, values, builder):
        return [as_datetime(value) for value in values]
