"""Schema fields that check with :mod:`ia.core.validation`, for the forms
and plone.restapi alike (both call the field's ``validate``).

``Email``: plone.schema's field (same widget, same ``IEmail``), refusing
what :func:`ia.core.validation.is_email` refuses (no header injection,
at most 254 characters), with the core's translated message.

Length limits of names and labels: :data:`NAME` (a person's or an
organisation's name, a label) and :data:`LINE` (any other one-line text),
given to ``zope.schema`` as ``max_length``.
"""

from ia.core import _
from ia.core import validation
from plone.schema import email
from zope.schema.interfaces import ValidationError


NAME = 200
LINE = 500


class NotAnEmail(ValidationError):
    __doc__ = _("msg_not_an_email", default="This is not a valid e-mail address.")


class Email(email.Email):
    def _validate(self, value):
        if not validation.is_email(value):
            raise NotAnEmail(value)
        super()._validate(value)
