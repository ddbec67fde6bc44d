"""The ia.reference behavior: allocation at creation, at a transition, on copy."""

from datetime import date
from ia.core.behaviors.reference import IReferenceNumber
from ia.core.numbering import api as numbering
from ia.core.numbering.testing import add_test_type
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles
from plone.autoform.interfaces import OMITTED_KEY
import pytest


YEAR = date.today().year
TYPE = "IaNumberedTestDoc"
CASE = "IaNumberedTestCase"
PUB = "IaNumberedTestPub"


@pytest.fixture
def site(portal):
    setRoles(portal, TEST_USER_ID, ["Manager"])
    for name in (TYPE, CASE, PUB):
        add_test_type(portal, name)
    api.portal.set_registry_record(
        numbering.PATTERNS_RECORD,
        [TYPE + "|D-{year}-{number:05d}|creation", CASE + "|C/{yy}/{number}|publish"],
    )
    return portal


def create(container, title="Doc", portal_type=TYPE):
    return api.content.create(container=container, type=portal_type, title=title)


def test_behavior_enabled(site):
    doc = create(site)
    assert IReferenceNumber.providedBy(doc)


def test_numbered_at_creation_sequentially(site):
    first, second = create(site, "One"), create(site, "Two")
    assert first.reference == f"D-{YEAR}-00001"
    assert second.reference == f"D-{YEAR}-00002"


def test_indexed_and_searchable(site):
    doc = create(site, "Permis de bâtir")
    catalog = api.portal.get_tool("portal_catalog")
    brains = catalog(ia_reference=f"D-{YEAR}-00001")
    assert [b.getObject() for b in brains] == [doc]
    assert brains[0].ia_reference == doc.reference
    assert [b.UID for b in catalog(SearchableText="00001")] == [
        api.content.get_uuid(doc)
    ]
    assert [b.UID for b in catalog(SearchableText="bâtir")] == [
        api.content.get_uuid(doc)
    ]


def test_copy_gets_new_number(site):
    folder = api.content.create(container=site, type="Folder", title="F")
    doc = create(site)
    copy = api.content.copy(source=doc, target=folder)
    assert doc.reference == f"D-{YEAR}-00001"
    assert copy.reference == f"D-{YEAR}-00002"
    catalog = api.portal.get_tool("portal_catalog")
    assert len(catalog(ia_reference=doc.reference)) == 1


def test_move_keeps_number(site):
    folder = api.content.create(container=site, type="Folder", title="F")
    doc = create(site)
    moved = api.content.move(source=doc, target=folder)
    assert moved.reference == f"D-{YEAR}-00001"
    assert numbering.current(TYPE, YEAR) == 1


def test_deleted_numbers_not_reused(site):
    create(site, "One")
    two = create(site, "Two")
    api.content.delete(obj=two)
    assert create(site, "Three").reference == f"D-{YEAR}-00003"


def test_numbered_at_transition(site):
    case = create(site, "Case", CASE)
    assert case.reference is None
    catalog = api.portal.get_tool("portal_catalog")
    assert len(catalog(ia_reference=f"C/{YEAR % 100:02d}/1")) == 0
    api.content.transition(obj=case, transition="publish")
    assert case.reference == f"C/{YEAR % 100:02d}/1"
    assert len(catalog(ia_reference=case.reference)) == 1
    api.content.transition(obj=case, transition="retract")
    api.content.transition(obj=case, transition="publish")
    assert case.reference == f"C/{YEAR % 100:02d}/1"
    assert numbering.current(CASE, YEAR) == 1


def test_other_transition_does_not_number(site):
    case = create(site, "Case", CASE)
    api.content.transition(obj=case, transition="submit")
    assert case.reference is None


def test_shared_register(site):
    api.portal.set_registry_record(numbering.TYPE_REGISTERS_RECORD, [f"{PUB}|{TYPE}"])
    doc = create(site)
    pub = create(site, "Pub", PUB)
    assert (doc.reference, pub.reference) == (f"D-{YEAR}-00001", f"D-{YEAR}-00002")


def test_field_omitted_from_forms_and_readonly():
    field = IReferenceNumber["reference"]
    assert field.readonly
    omitted = {
        (iface.__name__, name)
        for iface, name, value in IReferenceNumber.queryTaggedValue(OMITTED_KEY, [])
    }
    assert {("IAddForm", "reference"), ("IEditForm", "reference")} <= omitted


def test_searchable_with_plone_textindexer(site):
    add_test_type(
        site,
        "IaIndexedTestDoc",
        behaviors=("plone.basic", "plone.textindexer", "ia.reference"),
    )
    add_test_type(
        site,
        "IaIndexedTestDoc2",
        behaviors=("plone.basic", "ia.reference", "plone.textindexer"),
    )
    catalog = api.portal.get_tool("portal_catalog")
    for portal_type in ("IaIndexedTestDoc", "IaIndexedTestDoc2"):
        doc = create(site, "Indexed", portal_type)
        assert doc.reference == f"{portal_type}/{YEAR}/00001"
        found = [
            b.getObject()
            for b in catalog(SearchableText="00001", portal_type=portal_type)
        ]
        assert found == [doc]


def test_counters_created_at_install(site):
    from ia.core.numbering import storage

    assert storage.counters(site, create=False) is not None


def test_copy_of_folder_renumbers_its_documents(site):
    folder = api.content.create(container=site, type="Folder", title="F")
    inner = create(folder, "Inner")
    assert inner.reference == f"D-{YEAR}-00001"
    folder_copy = api.content.copy(source=folder, target=site)
    inner_copy = folder_copy[inner.getId()]
    assert inner_copy.reference == f"D-{YEAR}-00002"
    assert inner.reference == f"D-{YEAR}-00001"
