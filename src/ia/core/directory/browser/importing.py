"""``@@ia-directory-import``: upload a CSV file into the directory and read the report."""

from ia.core import _
from ia.core.directory.csvimport import import_csv
from plone import api
from plone.protect import CheckAuthenticator
from Products.Five.browser import BrowserView
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile


class DirectoryImportView(BrowserView):
    template = ViewPageTemplateFile("templates/import.pt")
    report = None

    def __call__(self):
        form = self.request.form
        if self.request.method == "POST" and form.get("form.submitted"):
            CheckAuthenticator(self.request)
            upload = form.get("csvfile")
            if (
                upload is None
                or not hasattr(upload, "read")
                or not getattr(upload, "filename", "")
            ):
                api.portal.show_message(
                    _("error_import_no_file", default="No CSV file given."),
                    self.request,
                    type="error",
                )
            else:
                self.report = import_csv(
                    self.context, upload.read(), dry_run=bool(form.get("dry_run"))
                )
                self.notify()
        return self.template()

    def notify(self):
        report = self.report
        if report.errors:
            api.portal.show_message(report.errors[0], self.request, type="error")
            return
        message = _(
            "msg_import_done",
            default="${created} created, ${updated} updated, ${unchanged} unchanged, ${rejected} rejected.",
            mapping={
                "created": len(report.created),
                "updated": len(report.updated),
                "unchanged": len(report.unchanged),
                "rejected": len(report.rejected),
            },
        )
        api.portal.show_message(
            message, self.request, type="warning" if report.rejected else "info"
        )
