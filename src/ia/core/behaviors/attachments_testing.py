"""Test helpers for attachments, internal notes, geolocation and audit.

Used by ``tests/core/test_attachments_*``, ``test_internal_notes_*``,
``test_geolocation_*`` and ``test_audit_*``; products may use them too.
"""

from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles
from plone.namedfile.file import NamedBlobFile
import base64


TEST_TYPES = ("IaTestDocument", "IaTestCase", "IaTestPublication")
EMPTY_MODEL = (
    '<model xmlns="http://namespaces.plone.org/supermodel/schema"><schema /></model>'
)
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PASSWORD = "secret-Passw0rd!"


def give_test_types_a_schema(portal):
    """The test FTIs ship without a main schema, which plone.app.linkintegrity
    needs at creation; give them an empty model (inside the test only)."""
    for name in TEST_TYPES:
        fti = portal.portal_types.get(name)
        if fti is not None and not (fti.schema or fti.model_source or fti.model_file):
            fti.model_source = EMPTY_MODEL


def prepare(portal):
    give_test_types_a_schema(portal)
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


def make_user(userid, fullname=None):
    return api.user.create(
        email=f"{userid}@example.org",
        username=userid,
        password=PASSWORD,
        properties={"fullname": fullname or userid},
    )


def grant_local(obj, userid, *roles):
    api.user.grant_roles(username=userid, obj=obj, roles=list(roles))
    obj.reindexObjectSecurity()


def create_document(container, portal_type="IaTestDocument", **kwargs):
    """A test document; ``responsible_services`` is stored explicitly because
    its default (the services of the user) is empty and invalid for a user
    outside the organisation chart."""
    kwargs.setdefault("title", "Dossier de test")
    kwargs.setdefault("responsible_services", [])
    return api.content.create(container=container, type=portal_type, **kwargs)
