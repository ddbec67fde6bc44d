"""Columns of the PST lists, read from the brains (``indexers.py``)."""

from ia.core.dashboard.columns import Column
from ia.core.dashboard.columns import VocabularyColumn
from ia.core.dashboard.rows import as_date
from ia.pst import _
from ia.pst.formatting import money
from ia.pst.formatting import percent


class ReferenceColumn(Column):
    id = "pst_reference"
    title = _("column_pst_reference", default="Reference")
    metadata = "ia_pst_reference"
    sort_index = "ia_pst_sortable"


class ProgressColumn(Column):
    id = "pst_progress"
    title = _("column_pst_progress", default="Progress")
    metadata = "ia_pst_progress"
    sort_index = "ia_pst_progress"

    def format(self, values, builder):
        return [percent(value) for value in values]


class HealthColumn(VocabularyColumn):
    id = "pst_health"
    title = _("column_pst_health", default="Health")
    metadata = "ia_pst_health"
    sort_index = "ia_pst_health"
    vocabulary = "ia.pst.health"
    widget = "badge"


class BudgetColumn(Column):
    id = "pst_budget"
    title = _("column_pst_budget", default="Budget")
    metadata = "ia_pst_budget"
    sort_index = "ia_pst_budget"

    def format(self, values, builder):
        return [money(value) if value else "" for value in values]


class PlannedEndColumn(Column):
    id = "pst_planned_end"
    title = _("column_pst_planned_end", default="Planned end")
    metadata = "ia_pst_planned_end"
    sort_index = "ia_pst_planned_end"
    widget = "date"

    def format(self, values, builder):
        return [as_date(value) for value in values]
