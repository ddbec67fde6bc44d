"""A form page that changes its document: show, or perform and go on.

GET shows the form, or, when :meth:`available` is false, the reason
(:attr:`unavailable`), or, when :meth:`check` raises an ``IaError``, that
error's reason with its HTTP status. A POST with ``form.submitted`` (the
page's :attr:`submit_field`; ``None``: any POST) checks the CSRF token and
calls :meth:`perform`; an ``IaError`` dooms the transaction (nothing
written) and shows the form again with the translated reason and the
error's HTTP status (or, with :attr:`refuse_as_message`, shows the reason
as an error status message and goes on like a success); success shows
:meth:`message` (:attr:`done`) and goes to :meth:`next_url` (back to the
document).

Pages on it: iA.Tech's *Planifier…* and *Refuser avec un motif…*,
iA.Docs' *Répondre* (``@@ia-reply``), iA.Delib's *Nouveau point depuis un
modèle* and the meeting's agenda buttons, the core's service members page.
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
    submit_field = "form.submitted"  # the POST is this page's (None: any POST)
    # A refusal re-shows the form (False) or, for a page whose forms sit on
    # another page, is an error status message after going on (True).
    refuse_as_message = False

    # Each page says what it changes: ``perform(self)``, reading
    # ``self.request.form``, raising ``IaError`` to refuse and returning what
    # :meth:`message` and :meth:`next_url` may use. A page without it fails
    # when its module is imported; a shared base of pages says
    # ``abstract=True``.
    def __init_subclass__(cls, abstract=False, **kwargs):
        super().__init_subclass__(**kwargs)
        if not abstract and not callable(getattr(cls, "perform", None)):
            raise TypeError(f"{cls.__name__}: an action form defines perform()")

    def available(self) -> bool:
        return True

    def check(self) -> None:
        """Raise an ``IaError`` when the form is not offered (GET shows why)."""

    def submitted(self) -> bool:
        if self.request.method != "POST":
            return False
        return self.submit_field is None or bool(
            self.request.form.get(self.submit_field)
        )

    def message(self, result):
        """The status message after success (``result``: what perform gave)."""
        return self.done

    def next_url(self, result=None) -> str:
        """Where the browser goes after the POST: back to the document."""
        return self.context.absolute_url()

    def __call__(self):
        if self.submitted():
            return self.submit()
        return self.show()

    def show(self):
        try:
            self.check()
        except IaError as exc:
            return self.refused(exc)
        if not self.available():
            self.error = translate(self.unavailable, context=self.request)
        return self.index()

    def submit(self):
        CheckAuthenticator(self.request)
        try:
            result = self.perform()
        except IaError as exc:
            transaction.doom()
            if self.refuse_as_message:
                api.portal.show_message(exc.message, request=self.request, type="error")
                return self.go(self.next_url())
            return self.refused(exc)
        api.portal.show_message(self.message(result), request=self.request)
        return self.go(self.next_url(result))

    def refused(self, exc: IaError):
        self.error = exc.translated(self.request)
        self.request.response.setStatus(exc.status)
        return self.index()

    def go(self, url: str) -> str:
        self.request.response.redirect(url)
        return ""
