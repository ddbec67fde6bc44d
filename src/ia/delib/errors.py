"""Refusals of iA.Delib, each with a message for the user (French by i18n)."""

from Products.CMFCore.WorkflowCore import WorkflowException


class DelibError(WorkflowException):
    """A deliberation rule refuses the action; ``str()`` is the English default,
    ``message`` the translatable message.

    A ``WorkflowException`` so that ``@workflow`` over REST answers 400 with
    the message and the transaction is aborted: nothing is half-changed.
    """

    def __init__(self, message):
        self.message = message
        super().__init__(str(getattr(message, "default", None) or message))

    def __str__(self):
        from zope.globalrequest import getRequest
        from zope.i18n import translate

        return translate(self.message, context=getRequest())
