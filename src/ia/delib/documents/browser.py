"""The meeting managers' convocation: a viewlet on the meeting (deadline,
warning when late) and ``@@ia-send-convocation`` (confirm, then send)."""

from datetime import date
from ia.core.docgen.errors import DocgenError
from ia.delib import _
from ia.delib.documents import convocation
from ia.delib.errors import DelibError
from plone import api
from plone.app.layout.viewlets import ViewletBase
from plone.memoize.view import memoize
from plone.protect import CheckAuthenticator
from Products.Five import BrowserView
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile


class ConvocationViewlet(ViewletBase):
    """Below the meeting's title, for who may send the convocation."""

    index = ViewPageTemplateFile("convocation_viewlet.pt")

    def available(self):
        return api.user.has_permission("Modify portal content", obj=self.context)

    @memoize
    def status(self):
        return convocation.status(self.context)

    def css_class(self):
        status = self.status()
        if status["late"]:
            return "alert alert-warning"
        return "alert alert-info"

    def send_url(self):
        return f"{self.context.absolute_url()}/@@ia-send-convocation"


class SendConvocationView(BrowserView):
    """GET: the deadline and a form; POST (``form.submitted``, CSRF token):
    record the day, store the generated convocation, back to the meeting."""

    index = ViewPageTemplateFile("send_convocation.pt")

    def __call__(self):
        self.error = None
        form = self.request.form
        if self.request.method == "POST" and form.get("form.submitted"):
            CheckAuthenticator(self.request)
            try:
                attachment = convocation.send(self.context, form.get("date") or None)
            except (DelibError, DocgenError) as exc:
                self.error = exc.message
            else:
                return self._done(attachment)
        return self.index()

    @memoize
    def status(self):
        return convocation.status(self.context)

    def today(self):
        return date.today().isoformat()

    def would_be_late(self):
        return convocation.is_late(self.context, date.today())

    def _done(self, attachment):
        status = convocation.status(self.context)
        api.portal.show_message(
            _("The convocation was generated and stored in the meeting."),
            request=self.request,
        )
        if status["late"]:
            api.portal.show_message(
                status["message"], request=self.request, type="warning"
            )
        self.request.response.redirect(self.context.absolute_url(), status=303)
        return ""
