"""The ``ia.deadline`` behavior: a due date and the overdue state.

A document is overdue when its due date is before today and its review
state is not final for its own workflow (``ia.core.workflows.facts.is_final``,
indexed as ``ia_final``). Overdue is computed, never stored: dashboards
query ``overdue_query()``.
"""

from datetime import date
from datetime import timedelta
from ia.core import _
from ia.core.workflows.facts import is_final
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


def _due_date_and_final(obj_or_brain):
    if ICatalogBrain.providedBy(obj_or_brain):
        due = getattr(obj_or_brain, "ia_due_date", None)
        final = getattr(obj_or_brain, "ia_final", None)
    else:
        due = getattr(IDeadline(obj_or_brain, None), "due_date", None)
        final = is_final(obj_or_brain)
    if hasattr(due, "asdatetime"):  # a DateTime from an older metadata column
        due = due.asdatetime().date()
    elif hasattr(due, "date") and callable(due.date):
        due = due.date()
    return (due if isinstance(due, date) else None), bool(final)


def is_overdue(obj_or_brain, today=None):
    """True when the due date is past and the review state is not final."""
    due, final = _due_date_and_final(obj_or_brain)
    if due is None:
        return False
    today = today or date.today()
    return due < today and not final


def overdue_query(today=None):
    """Catalog query terms selecting the overdue documents."""
    today = today or date.today()
    return {
        "ia_due_date": {"query": today - timedelta(days=1), "range": "max"},
        "ia_final": False,
    }
