"""``POST /annuaire/@ia-directory-import``: import a CSV file, answer the report.

Multipart (field ``file``, optional ``dry_run``) or JSON::

    {"file": {"data": "<base64>", "encoding": "base64", "filename": "contacts.csv"},
     "dry_run": false}

``{"data": "<base64>"}`` is also accepted. The answer is the report
(``ImportReport.to_dict()``): 200 when the file was read (rejected rows
are in ``rejected``), 400 when it could not be read at all.
"""

from ia.core import _
from ia.core.directory.csvimport import import_csv
from ia.core.directory.csvimport.report import tr
from plone.protect.interfaces import IDisableCSRFProtection
from plone.restapi.deserializer import json_body
from plone.restapi.services import Service
from zope.interface import alsoProvides
import base64
import binascii


TRUE = ("1", "true", "on", "yes", "oui")


class BadInput(ValueError):
    pass


def _flag(value) -> bool:
    return value is True or str(value).lower() in TRUE


def _from_json(request) -> tuple[bytes, bool]:
    try:
        body = json_body(request)
    except Exception as exc:
        raise BadInput(
            _(
                "error_import_body",
                default="Send the CSV file as multipart 'file' or as base64 JSON.",
            )
        ) from exc
    if not isinstance(body, dict):
        raise BadInput(
            _(
                "error_import_body",
                default="Send the CSV file as multipart 'file' or as base64 JSON.",
            )
        )
    file = body.get("file", body)
    encoded = file.get("data") if isinstance(file, dict) else None
    if not encoded or not isinstance(encoded, str):
        raise BadInput(_("error_import_no_file", default="No CSV file given."))
    if isinstance(file, dict) and file.get("encoding", "base64") != "base64":
        raise BadInput(
            _(
                "error_import_not_base64",
                default="The file data must be base64-encoded.",
            )
        )
    try:
        data = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise BadInput(
            _(
                "error_import_not_base64",
                default="The file data must be base64-encoded.",
            )
        ) from exc
    return data, _flag(body.get("dry_run", False))


class DirectoryImport(Service):
    def reply(self):
        alsoProvides(self.request, IDisableCSRFProtection)
        upload = self.request.form.get("file")
        try:
            if upload is not None and hasattr(upload, "read"):
                data, dry_run = (
                    upload.read(),
                    _flag(self.request.form.get("dry_run", False)),
                )
            else:
                data, dry_run = _from_json(self.request)
        except BadInput as exc:
            self.request.response.setStatus(400)
            return {"error": {"type": "BadRequest", "message": tr(exc.args[0])}}
        report = import_csv(self.context, data, dry_run=dry_run)
        if report.errors:
            self.request.response.setStatus(400)
        return report.to_dict()
