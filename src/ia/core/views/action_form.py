"""A one-form page that changes its document: show, or perform and go back.

GET shows the form, or, when :meth:`available` is false, the reason
(:attr:`unavailable`). A POST with ``form.submitted`` checks the CSRF
token and calls :meth:`perform`; an ``IaError`` dooms the transaction
(nothing written) and shows the form again with the translated reason and
the error's HTTP status; success shows :attr:`done` and goes back to the
document. iA.Tech's *Planifier…* and *Refuser avec un motif…* are such
pages.
"""

from ia.core.errors import IaError
from plone import api
from plone.protect import CheckAuthenticator
from Products.Five.browser import BrowserView
from zope.i18n import translate
import transaction


class ActionFormView(BrowserView):
    error = None
    done = None  # the status message after success (a Message)
    unavailable = None  # why the form is not offered (a Message)

    # Each page says what it changes: ``perform(self)``, reading
    # ``self.request.form`` and raising ``IaError`` to refuse. A page without
    # it fails when its module is imported.
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if not callable(getattr(cls, "perform", None)):
            raise TypeError(f"{cls.__name__}: an action form defines perform()")

    def available(self) -> bool:
        return True

    def __call__(self):
        if self.request.method == "POST" and self.request.form.get("form.submitted"):
            CheckAuthenticator(self.request)
            try:
                self.perform()
            except IaError as exc:
                transaction.doom()
                self.error = exc.translated(self.request)
                self.request.response.setStatus(exc.status)
                return self.index()
            api.portal.show_message(self.done, request=self.request)
            self.request.response.redirect(self.context.absolute_url())
            return ""
        if not self.available():
            self.error = translate(self.unavailable, context=self.request)
        return self.index()
