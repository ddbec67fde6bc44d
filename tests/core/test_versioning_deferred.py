"""Content created without its initial version (ia.core.versioning)."""

from datetime import date
from ia.core.audit.timeline import audit_trail
from ia.core.behaviors.attachments_testing import prepare
from ia.core.testing import TEST_TYPE
from ia.core.testing import create_document
from ia.core.versioning import create_without_initial_version
from ia.core.versioning import created_as
from plone import api
from plone.namedfile.file import NamedBlobFile
from zope.event import notify
from zope.lifecycleevent import ObjectModifiedEvent
import pytest


@pytest.fixture
def repository(portal):
    prepare(portal)
    return api.portal.get_tool("portal_repository")


def versions(repository, obj):
    history = repository.getHistoryMetadata(obj)
    return history.getLength(countPurged=False) if history else 0


def edit(obj, title):
    obj.title = title
    notify(ObjectModifiedEvent(obj))


def test_plain_creation_saves_an_initial_version(portal, repository):
    document = create_document(portal, title="Créé normalement")
    assert versions(repository, document) == 1
    (entry,) = [e for e in audit_trail(document) if e["type"] == "versioning"]
    assert entry["action"] == "create"


def test_no_initial_version_then_first_change_versions(portal, repository):
    document = create_without_initial_version(
        portal,
        TEST_TYPE,
        title="Scan 12",
        responsible_services=[],
        some_date=date(2026, 3, 1),
    )
    assert document.getId() in portal.objectIds()
    assert versions(repository, document) == 0
    # Versioning is switched back on: the object's own switch is gone.
    assert "versioning_enabled" not in document.__dict__
    assert repository.isVersionable(document)

    edit(document, "Scan 12 (corrigé)")
    assert versions(repository, document) == 1
    (entry,) = [e for e in audit_trail(document) if e["type"] == "versioning"]
    assert entry["action"] == "edit"
    assert str(entry["title"]) == "Edited"

    edit(document, "Scan 12 (corrigé deux fois)")
    assert versions(repository, document) == 2


def test_values_as_created_are_kept(portal, repository):
    scan = NamedBlobFile(data=b"%PDF-1.4 x", filename="scan.pdf")
    document = create_without_initial_version(
        portal,
        TEST_TYPE,
        title="Scan 13",
        responsible_services=["abc"],
        file_like=scan,
        when=date(2026, 3, 2),
    )
    edit(document, "Autre titre")
    kept = created_as(document)
    assert kept["title"] == "Scan 13"
    assert kept["responsible_services"] == ["abc"]
    assert kept["when"] == "2026-03-02"
    assert kept["file_like"] == {"filename": "scan.pdf", "size": 10}
    assert created_as(create_document(portal)) is None
