"""``@@pst-ecomptes`` (download the eComptes XML) and ``@@pst-budget-import``
(merge a CSV of budget articles) on a programme."""

from ia.pst.ecomptes.articles import import_articles
from ia.pst.ecomptes.errors import EcomptesError
from ia.pst.ecomptes.export import export
from ia.pst.ecomptes.export import filename
from ia.pst.ecomptes.export import year
from plone.protect import CheckAuthenticator
from plone.protect import PostOnly
from Products.Five.browser import BrowserView
from Products.statusmessages.interfaces import IStatusMessage


class EcomptesExport(BrowserView):
    def __call__(self):
        exercise = self.request.form.get("exercise") or None
        try:
            data = export(self.context, exercise=exercise)
        except EcomptesError as error:
            IStatusMessage(self.request).add(str(error), type="error")
            return self.request.response.redirect(self.context.absolute_url())
        response = self.request.response
        response.setHeader("Content-Type", "application/xml; charset=utf-8")
        response.setHeader(
            "Content-Disposition",
            f'attachment; filename="{filename(self.context, year(exercise))}"',
        )
        return data


class BudgetImport(BrowserView):
    error = None
    imported = None

    def __call__(self):
        if self.request.form.get("form.buttons.import"):
            PostOnly(self.request)
            CheckAuthenticator(self.request)
            upload = self.request.form.get("file")
            data = upload.read() if hasattr(upload, "read") else b""
            try:
                self.imported = import_articles(self.context, data)
            except EcomptesError as error:
                self.error = str(error)
        return self.index()
