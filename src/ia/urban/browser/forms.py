"""The licence forms: the due date is computed, never typed.

A licence's ``due_date`` (behaviour ``ia.deadline``, index ``ia_due_date``)
is its next legal deadline, stored by ``ia.urban.deadlines`` from the
procedure's events. The core behaviour shows it as an editable field,
right for a mail, wrong here: a typed date would be overwritten at the next
event and would contradict the timeline. This form extender takes the field
out of the add and edit forms of every licence type.
"""

from ia.urban.kinds import LICENCE_TYPES
from plone.z3cform.fieldsets.extensible import FormExtender


DUE_DATE = "IDeadline.due_date"


class ComputedDueDate(FormExtender):
    """Remove the due date from a licence's add or edit form."""

    def update(self):
        portal_type = getattr(self.form, "portal_type", None) or getattr(
            self.context, "portal_type", None
        )
        if portal_type not in LICENCE_TYPES:
            return
        self.remove(DUE_DATE)  # nothing happens if the form has no such field
