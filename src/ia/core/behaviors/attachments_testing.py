"""Test helpers for attachments, internal notes, geolocation and audit.

Used by ``tests/core/test_attachments_*``, ``test_internal_notes_*``,
``test_geolocation_*`` and ``test_audit_*``; products may use them too.
Users, documents and local roles come from ``ia.core.testing``
(``create_user``, ``create_document``, ``grant_local``, ``PASSWORD``).
"""

from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles
from plone.namedfile.file import NamedBlobFile
import base64


PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def prepare(portal):
    setRoles(portal, TEST_USER_ID, ["Manager"])


def blob(data=PDF, filename="plan-terrain.pdf", content_type="application/pdf"):
    return NamedBlobFile(data=data, filename=filename, contentType=content_type)


def b64_file(data=PDF, filename="plan.pdf", content_type="application/pdf"):
    """A file value as plone.restapi expects it in a POST or PATCH body."""
    return {
        "data": base64.b64encode(data).decode("ascii"),
        "encoding": "base64",
        "filename": filename,
        "content-type": content_type,
    }


def add_attachment(container, **kwargs):
    """Create an attachment; plone.api wants an id or a title, so the file
    name is used as id when neither is given (the title stays empty and
    defaults to the file name)."""
    kwargs.setdefault("file", blob())
    if not kwargs.get("id") and not kwargs.get("title"):
        kwargs["id"] = kwargs["file"].filename
    return api.content.create(container=container, type="IaAttachment", **kwargs)
