"""Schemas of the mail types (the FTIs are in ``profiles/default/types``).

Subject = the title (``plone.basic``); services, agent, due date, reference,
attachments and classification come from the core's behaviors.
"""

from datetime import date
from ia.core.directory.fields import ContactField
from ia.core.directory.fields import ContactListField
from ia.core.validation import is_pdf
from ia.docs import _
from plone.app.textfield import RichText
from plone.namedfile.field import NamedBlobFile
from plone.supermodel import model
from zope import schema
from zope.schema.interfaces import ValidationError


PDF_TYPES = ("application/pdf",)


def today():
    return date.today()


class NotAPdf(ValidationError):
    # a ValidationError (not Invalid): the forms and plone.restapi answer
    # it with this translated message (Invalid gave REST a 500).
    __doc__ = _("msg_main_file_pdf", default="The main file must be a PDF.")


def pdf_only(value):
    """The main file of an incoming mail is a PDF (scan or e-mail print)."""
    if value is None:
        return True
    content_type = getattr(value, "contentType", "") or ""
    filename = (getattr(value, "filename", "") or "").lower()
    if content_type not in PDF_TYPES and not filename.endswith(".pdf"):
        raise NotAPdf()
    # by its bytes too: a name or a declared type proves nothing (issue 11)
    if not is_pdf(getattr(value, "data", None)):
        raise NotAPdf()
    return True


class IIncomingMail(model.Schema):
    """A mail received by the municipality (paper or e-mail)."""

    reception_date = schema.Date(
        title=_("label_reception_date", default="Reception date"),
        required=True,
        defaultFactory=today,
    )
    mail_type = schema.Choice(
        title=_("label_mail_type", default="Mail type"),
        description=_(
            "help_mail_type",
            default="Sets the due date from the type's treatment delay.",
        ),
        vocabulary="ia.docs.mail_types",
        required=True,
    )
    sender = ContactField(
        title=_("label_sender", default="Sender"),
        required=False,
    )
    original_sender_email = schema.TextLine(
        title=_("label_original_sender_email", default="Original sender e-mail"),
        required=False,
    )
    main_file = NamedBlobFile(
        title=_("label_main_file", default="Main file (PDF)"),
        required=False,
        constraint=pdf_only,
    )


class IOutgoingMail(model.Schema):
    """A mail sent by the municipality, often a reply to incoming mails
    (``ia.reply_to`` links: :mod:`ia.docs.replies`)."""

    recipients = ContactListField(
        title=_("label_recipients", default="Recipients"),
        required=False,
    )
    signatory = ContactField(
        title=_("label_signatory", default="Signatory"),
        vocabulary="ia.core.signatories",
        required=False,
    )
    send_modes = schema.List(
        title=_("label_send_modes", default="Send modes"),
        value_type=schema.Choice(vocabulary="ia.docs.send_modes"),
        required=False,
        default=[],
    )
    body = RichText(
        title=_("label_body", default="Body of the letter"),
        description=_(
            "help_body",
            default="Printed in the generated letter, between the subject and "
            "the signature.",
        ),
        required=False,
    )
