"""Edit form of an advice: the advising service writes its value and text.

Which service gives the advice and its due date follow the advice type:
they are not in the form (``ask_again`` sets a new due date), and a change
of them through REST is refused (``ia.delib.advices.rules.advice_modified``).
"""

from plone.dexterity.browser.edit import DefaultEditForm
from plone.z3cform import layout


# Behavior fields an advice keeps from its type.
FIXED_FIELDS = (
    "IResponsible.responsible_services",
    "IResponsible.copy_services",
    "IDeadline.due_date",
)


class AdviceEditForm(DefaultEditForm):
    def updateFields(self):
        super().updateFields()
        self.fields = self.fields.omit(*FIXED_FIELDS)
        for group in self.groups:
            group.fields = group.fields.omit(*FIXED_FIELDS)


AdviceEditView = layout.wrap_form(AdviceEditForm)
