"""The letter of an outgoing mail, generated from the template ``lettre-reponse``.

:func:`generate_letter` renders it (PDF when LibreOffice answers, else ODT)
and stores it in the mail as the ``IaAttachment`` ``lettre``; generating
again replaces its file, the previous one kept as a version of the
attachment (CMFEditions).
"""

from ia.core.docgen import api as docgen
from ia.core.docgen import settings as docgen_settings
from plone import api
from plone.namedfile.file import NamedBlobFile


TEMPLATE = "lettre-reponse"
ATTACHMENT_ID = "lettre"


def best_format() -> str:
    """``pdf`` when LibreOffice can convert, else ``odt``."""
    if (
        docgen_settings.answering_port() is not None
        and docgen_settings.uno_python_usable()
    ):
        return "pdf"
    return "odt"


def get_letter(mail):
    """The stored letter of ``mail``, or None."""
    if ATTACHMENT_ID not in mail.objectIds():
        return None
    return mail._getOb(ATTACHMENT_ID)


def letter_title(mail) -> str:
    reference = getattr(mail, "reference", None) or mail.Title()
    return f"Lettre {reference}"


def _save_version(attachment, comment):
    repository = api.portal.get_tool("portal_repository")
    if repository.isVersionable(attachment):
        repository.save(obj=attachment, comment=comment)


def generate_letter(mail, output_format=None):
    """Render and store the letter of ``mail``; returns the attachment.

    Raises ``ia.core.docgen.errors.DocgenError`` (a translatable ``message``
    and a ``status``) when the template or the format is not available.
    The caller checks that the user may modify ``mail``.
    """
    output_format = output_format or best_format()
    data, _filename, mimetype = docgen.generate(mail, TEMPLATE, output_format)
    reference = (getattr(mail, "reference", None) or mail.getId()).replace("/", "-")
    blob = NamedBlobFile(
        data=data, filename=f"lettre-{reference}.{output_format}", contentType=mimetype
    )
    with api.env.adopt_roles(["Manager"]):
        existing = get_letter(mail)
        if existing is None:
            letter = api.content.create(
                container=mail,
                type=docgen.ATTACHMENT_TYPE,
                id=ATTACHMENT_ID,
                title=letter_title(mail),
                file=blob,
            )
            _save_version(letter, "Lettre générée")
            return letter
        existing.file = blob
        existing.title = letter_title(mail)
        existing.reindexObject()
        _save_version(existing, "Lettre régénérée")
        return existing
