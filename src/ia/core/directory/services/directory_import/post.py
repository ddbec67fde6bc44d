"""``POST /annuaire/@ia-directory-import``: import a CSV file, answer the report.

Multipart (field ``file``, optional ``dry_run``) or JSON::

    {"file": {"data": "<base64>", "encoding": "base64", "filename": "contacts.csv"},
     "dry_run": false}

``{"data": "<base64>"}`` is also accepted. The answer is the report
(``ImportReport.to_dict()``): 200 when the file was read (rejected rows
are in ``rejected``), 400 when it could not be read at all.
"""

from ia.core import _
from ia.core.directory.api import DirectoryError
from ia.core.directory.csvimport import import_csv
from ia.core.rest import IaService
import base64
import binascii


TRUE = ("1", "true", "on", "yes", "oui")
NOT_BASE64 = _(
    "error_import_not_base64",
    default="The file data must be base64-encoded.",
)


def _flag(value) -> bool:
    return value is True or str(value).lower() in TRUE


class DirectoryImport(IaService):
    def answer(self):
        upload = self.request.form.get("file")
        if upload is not None and hasattr(upload, "read"):
            data = upload.read()
            dry_run = _flag(self.request.form.get("dry_run", False))
        else:
            data, dry_run = self.from_json()
        report = import_csv(self.context, data, dry_run=dry_run)
        if report.errors:
            self.request.response.setStatus(400)
        return report.to_dict()

    def from_json(self) -> tuple[bytes, bool]:
        body = self.body()
        file = body.get("file", body)
        encoded = file.get("data") if isinstance(file, dict) else None
        if not encoded or not isinstance(encoded, str):
            raise DirectoryError(
                _("error_import_no_file", default="No CSV file given.")
            )
        if isinstance(file, dict) and file.get("encoding", "base64") != "base64":
            raise DirectoryError(NOT_BASE64)
        try:
            data = base64.b64decode(encoded, validate=True)
        except (binascii.Error, ValueError):
            raise DirectoryError(NOT_BASE64) from None
        return data, _flag(body.get("dry_run", False))
