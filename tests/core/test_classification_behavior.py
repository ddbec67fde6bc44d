"""The ia.classification behavior: codes from the registry, keywords, index."""

from ia.core.behaviors.classification import IClassifiable
from ia.core.behaviors.classification import IClassification
from ia.core.numbering.testing import add_test_type
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles
from zope.component import getUtility
from zope.interface import Invalid
from zope.schema.interfaces import IVocabularyFactory
from zope.schema.interfaces import ValidationError
import pytest


TYPE = "IaNumberedTestDoc"
RECORD = "ia.core.classification_codes"


@pytest.fixture
def site(portal):
    setRoles(portal, TEST_USER_ID, ["Manager"])
    add_test_type(portal, TYPE)
    api.portal.set_registry_record(
        RECORD, ["1.1|Conseil communal", "1.2|Collège communal", "5.3|Voirie"]
    )
    return portal


def vocabulary(context):
    return getUtility(IVocabularyFactory, name="ia.core.classification_codes")(context)


def create(site, title="Doc", codes=(), keywords=()):
    doc = api.content.create(container=site, type=TYPE, title=title)
    adapter = IClassification(doc)
    adapter.classification = list(codes)
    adapter.keywords = tuple(keywords)
    doc.reindexObject()
    return doc


def test_vocabulary_from_registry(site):
    vocab = vocabulary(site)
    assert [t.value for t in vocab] == ["1.1", "1.2", "5.3"]
    assert vocab.getTerm("1.2").title == "1.2 – Collège communal"


def test_default_codes_installed(site):
    api.portal.get_tool("portal_setup").runImportStepFromProfile(
        "ia.core:default", "plone.app.registry"
    )
    assert len(vocabulary(site)) >= 10


def test_index_and_keywords(site):
    council = create(site, "Council", ["1.1"], ["séance", "budget"])
    create(site, "College", ["1.2", "5.3"], ["budget"])
    create(site, "Loose")
    catalog = api.portal.get_tool("portal_catalog")
    assert {b.Title for b in catalog(ia_classification="1.1")} == {"Council"}
    assert {b.Title for b in catalog(ia_classification=["5.3", "1.1"])} == {
        "Council",
        "College",
    }
    assert {b.Title for b in catalog(Subject="budget")} == {"Council", "College"}
    brain = catalog(ia_classification="1.1")[0]
    assert brain.ia_classification == ["1.1"]
    assert council.Subject() == ("séance", "budget")
    assert IClassification(council).keywords == ("séance", "budget")
    assert IClassifiable.providedBy(council)


def test_unclassified_not_indexed(site):
    create(site, "Loose")
    catalog = api.portal.get_tool("portal_catalog")
    assert len(catalog(portal_type=TYPE, ia_classification=["1.1", "1.2", "5.3"])) == 0


def test_field_validates_codes(site):
    field = IClassification["classification"].bind(create(site))
    field.validate(["1.1"])
    with pytest.raises(ValidationError):
        field.validate(["9.9"])


@pytest.mark.parametrize("lines", [["1.1"], ["|Sans code"], ["1.1|A", "1.1|B"]])
def test_bad_codes_rejected_at_save_time(site, lines):
    with pytest.raises(Invalid):
        api.portal.set_registry_record(RECORD, lines)


def test_rest_serialization(site):
    from plone.restapi.interfaces import ISerializeToJson
    from zope.component import getMultiAdapter

    doc = create(site, "Council", ["1.1"], ["budget"])
    data = getMultiAdapter((doc, site.REQUEST), ISerializeToJson)()
    assert [item["token"] for item in data["classification"]] == ["1.1"]
    assert data["keywords"] == ["budget"]
