"""The ``ia.deadline`` behavior: a due date and the overdue state.

A document is overdue when its due date is before today and its review
state is not final (``ia.core.workflows.final_states()``: the shared
workflows' final states plus registry record ``ia.core.final_states``). The
state is computed, never stored: dashboards query ``overdue_query()``.
"""

from datetime import date
from datetime import timedelta
from ia.core import _
from ia.core.workflows import final_states
from plone import api
from plone.autoform.interfaces import IFormFieldProvider
from plone.indexer import indexer
from plone.supermodel import model
from Products.ZCatalog.interfaces import ICatalogBrain
from zope import schema
from zope.interface import provider


@provider(IFormFieldProvider)
class IDeadline(model.Schema):
    """A document with a due date."""

    due_date = schema.Date(
        title=_("label_due_date", default="Due date"),
        description=_(
            "help_due_date", default="The document is overdue after this date."
        ),
        required=False,
    )


@indexer(IDeadline)
def ia_due_date(obj):
    value = getattr(obj, "due_date", None)
    if not isinstance(value, date):
        raise AttributeError("ia_due_date")
    return value


def _due_date_and_state(obj_or_brain):
    if ICatalogBrain.providedBy(obj_or_brain):
        due = getattr(obj_or_brain, "ia_due_date", None)
        state = getattr(obj_or_brain, "review_state", None)
    else:
        due = getattr(IDeadline(obj_or_brain, None), "due_date", None)
        state = api.content.get_state(obj_or_brain, default=None)
    if hasattr(due, "asdatetime"):  # a DateTime from an older metadata column
        due = due.asdatetime().date()
    elif hasattr(due, "date") and callable(due.date):
        due = due.date()
    return (due if isinstance(due, date) else None), state


def is_overdue(obj_or_brain, today=None):
    """True when the due date is past and the review state is not final."""
    due, state = _due_date_and_state(obj_or_brain)
    if due is None:
        return False
    today = today or date.today()
    return due < today and state not in final_states()


def overdue_query(today=None):
    """Catalog query terms selecting the overdue documents."""
    today = today or date.today()
    return {
        "ia_due_date": {"query": today - timedelta(days=1), "range": "max"},
        "review_state": {"not": list(final_states())},
    }
