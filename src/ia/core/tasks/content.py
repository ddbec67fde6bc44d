"""The ``IaTask`` content type: schema and class."""

from ia.core import _
from plone.dexterity.content import Item
from plone.supermodel import model
from zope import schema
from zope.interface import implementer


TASK_TYPE = "IaTask"


class ITask(model.Schema):
    """A task; title, target (``ia.responsible``) and due date (``ia.deadline``)
    come from behaviors."""

    instructions = schema.Text(
        title=_("Instructions"),
        description=_("What is to be done, for whom, with which documents."),
        required=False,
    )


@implementer(ITask)
class Task(Item):
    """Local roles are not acquired from the document: the task's own target
    (``ia.responsible``) acts on it and the document's people only read it
    (``ia.core.tasks.localroles``)."""

    __ac_local_roles_block__ = True
