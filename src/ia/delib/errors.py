"""Refusals of iA.Delib, each with a message for the user (French by i18n)."""

from ia.core.errors import IaError
from Products.CMFCore.WorkflowCore import WorkflowException


class DelibError(IaError, WorkflowException):
    """A deliberation rule refuses the action: the suite's refusal
    (``message`` translatable, ``str()`` translated for the request).

    Also a ``WorkflowException``, so that ``@workflow`` over REST answers 400
    with the message and the transaction is aborted: nothing is half-changed.
    """
