"""The catalog wrapper of iA documents indexes what Plone's wrapper does."""

from ia.core.indexing import DocumentIndexableObject
from ia.core.indexing import referrers
from ia.core.testing import create_document
from plone import api
from plone.indexer.interfaces import IIndexableObject
from plone.indexer.wrapper import IndexableObjectWrapper
from zope.component import queryMultiAdapter
import pytest


MISSING = object()


def catalog_values(wrapper, catalog):
    values = {}
    for name in sorted(set(catalog.indexes()) | set(catalog.schema())):
        try:
            value = getattr(wrapper, name)
        except AttributeError:
            values[name] = MISSING
            continue
        values[name] = value() if callable(value) else value
    return values


@pytest.fixture
def document(manager_portal):
    portal = manager_portal
    folder = api.content.create(container=portal, type="Folder", id="dossiers")
    # Values a document does not have, on its container: never indexed.
    folder.location = "Salle du conseil"
    folder.ia_signatory = "quelqu'un"
    return create_document(folder, title="Permis 7", description="Rue Haute")


def test_documents_get_the_core_wrapper(manager_portal, document):
    portal = manager_portal
    catalog = api.portal.get_tool("portal_catalog")
    wrapper = queryMultiAdapter((document, catalog), IIndexableObject)
    assert isinstance(wrapper, DocumentIndexableObject)
    plain = api.content.create(container=portal, type="Document", id="page")
    assert type(queryMultiAdapter((plain, catalog), IIndexableObject)) is (
        IndexableObjectWrapper
    )


def test_same_values_as_plone_wrapper(portal, document):
    catalog = api.portal.get_tool("portal_catalog")
    ours = catalog_values(DocumentIndexableObject(document, catalog), catalog)
    plone = catalog_values(IndexableObjectWrapper(document, catalog), catalog)
    assert ours == plone
    assert ours["location"] is MISSING
    assert ours["ia_signatory"] is MISSING
    assert ours["Title"] == "Permis 7"
    assert ours["Description"] == "Rue Haute"
    assert ours["review_state"] == api.content.get_state(document)


def test_brain_has_no_acquired_value(portal, document):
    catalog = api.portal.get_tool("portal_catalog")
    document.reindexObject()
    (brain,) = catalog.unrestrictedSearchResults(UID=document.UID())
    rid = brain.getRID()
    assert "location" not in catalog.getIndexDataForRID(rid)
    assert brain.location is None or brain.location != "Salle du conseil"


class TestReferrers:
    def test_objects_whose_index_holds_the_value(self, manager_portal, document):
        assert referrers("UID", document.UID()) == [document]
        assert referrers("UID", "no-such-uid") == []

    def test_keep_filters_before_waking(self, manager_portal, document):
        seen = []

        def keep(brain):
            seen.append(brain.getPath())
            return False

        assert referrers("UID", document.UID(), keep=keep) == []
        assert seen == ["/".join(document.getPhysicalPath())]

    def test_missing_index_is_nothing(self, manager_portal):
        assert referrers("ia_not_installed_index", "x") == []
