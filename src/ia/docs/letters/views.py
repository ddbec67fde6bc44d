"""Browser views of the letters.

* ``@@ia-acknowledgement`` (incoming mail): the acknowledgement, rendered on
  first access when it is due, then downloaded.
* ``@@ia-generate-letter`` (outgoing mail): a confirmation form (GET), the
  letter generated and stored on POST ("Générer la lettre").
"""

from ia.core.docgen.errors import DocgenError
from ia.docs import _
from ia.docs.letters import acknowledgement
from ia.docs.letters.api import MODIFY
from ia.docs.letters.api import download_url
from ia.docs.letters.letter import generate_letter
from ia.docs.letters.letter import get_letter
from plone import api
from plone.protect import CheckAuthenticator
from plone.protect.interfaces import IDisableCSRFProtection
from Products.Five.browser import BrowserView
from zExceptions import Forbidden
from zope.interface import alsoProvides


class AcknowledgementView(BrowserView):
    """Download the acknowledgement; render it first when it is due.

    A pending acknowledgement (decided at registration) is rendered for
    anyone who sees the mail; rendering one that was not due (a type
    without ack, a sender completed since) needs the right to modify it.
    """

    def __call__(self):
        mail = self.context
        existing = acknowledgement.get_acknowledgement(mail)
        if existing is None:
            pending = getattr(mail, "ack_pending", False)
            if not pending and not api.user.has_permission(MODIFY, obj=mail):
                raise Forbidden("You may not generate this acknowledgement.")
            alsoProvides(self.request, IDisableCSRFProtection)
            try:
                existing = acknowledgement.create_acknowledgement(mail)
            except (ValueError, DocgenError) as exc:
                message = getattr(exc, "message", None) or exc.args[0]
                api.portal.show_message(message, request=self.request, type="error")
                return self.request.response.redirect(mail.absolute_url())
        return self.request.response.redirect(download_url(existing))


class GenerateLetterView(BrowserView):
    """ "Générer la lettre": GET shows the form, POST generates and stores."""

    def letter(self):
        return get_letter(self.context)

    def __call__(self):
        if not api.user.has_permission(MODIFY, obj=self.context):
            raise Forbidden("You may not generate the letter of this mail.")
        if self.request.method != "POST":
            return self.index()
        CheckAuthenticator(self.request)
        try:
            letter = generate_letter(self.context, self.request.form.get("format"))
        except DocgenError as exc:
            api.portal.show_message(exc.message, request=self.request, type="error")
            return self.request.response.redirect(self.context.absolute_url())
        api.portal.show_message(
            _(
                "msg_letter_generated",
                default="The letter ${name} was generated.",
                mapping={"name": letter.file.filename},
            ),
            request=self.request,
        )
        return self.request.response.redirect(self.context.absolute_url())
