"""``@@ia-generate``: generate a template on the content, for download or storage."""

from ia.core import _
from ia.core.docgen import api as docgen
from ia.core.docgen.errors import DocgenError
from plone import api
from plone.protect import CheckAuthenticator
from Products.Five import BrowserView
from zExceptions import Forbidden


class GenerateView(BrowserView):
    """GET ``?template=<id or UID>&format=pdf`` returns the file;
    POST with ``store=1`` (and the CSRF token) stores it as an attachment."""

    def __call__(self):
        form = self.request.form
        template = form.get("template") or form.get("template_uid") or ""
        output_format = form.get("format") or form.get("output_format") or "odt"
        store = bool(form.get("store"))
        if store:
            if self.request.method != "POST":
                raise Forbidden("Storing a generated document needs a POST request.")
            CheckAuthenticator(self.request)
        try:
            data, filename, mimetype = docgen.generate(
                self.context, template, output_format, request=self.request
            )
            if store:
                attachment = docgen.store(self.context, data, filename, mimetype)
        except DocgenError as exc:
            return self._fail(exc)
        if store:
            api.portal.show_message(
                _(
                    "msg_docgen_stored",
                    default="The document '${name}' was generated and stored.",
                    mapping={"name": filename},
                ),
                request=self.request,
            )
            return self.request.response.redirect(attachment.absolute_url())
        response = self.request.response
        response.setHeader("Content-Type", mimetype)
        response.setHeader("Content-Disposition", f'attachment; filename="{filename}"')
        response.setHeader("Content-Length", str(len(data)))
        return data

    def _fail(self, exc):
        api.portal.show_message(exc.message, request=self.request, type="error")
        self.request.response.redirect(self.context.absolute_url(), status=303)
        return ""
