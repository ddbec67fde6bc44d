"""Contact vocabularies, the public API, the contact fields and the import form."""

from datetime import date
from datetime import timedelta
from ia.core.directory import api as directory
from ia.core.directory.fields import ContactField
from ia.core.directory.fields import ContactListField
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles
from zope.component import getUtility
from zope.schema.interfaces import IVocabularyFactory
from zope.schema.interfaces import ValidationError
import pytest


TODAY = date.today()


@pytest.fixture
def world(portal):
    setRoles(portal, TEST_USER_ID, ["Manager"])
    annuaire = portal["annuaire"]
    commune = directory.find_or_create_organisation(
        "Commune de Démo", enterprise_number="0123456749", organisation_type="commune"
    )
    cpas = directory.find_or_create_organisation(
        "CPAS de Démo", organisation_type="cpas"
    )
    dupont = directory.find_or_create_person("Jean", "Dupont", email="jean@demo.be")
    martin = directory.find_or_create_person("Anne", "Martin")
    data = {
        "annuaire": annuaire,
        "commune": commune,
        "cpas": cpas,
        "dupont": dupont,
        "martin": martin,
        "mayor": directory.create_position(
            dupont,
            "bourgmestre",
            organisation=commune.UID(),
            start_date=TODAY - timedelta(days=30),
            signatory=True,
        ),
        "old": directory.create_position(
            martin,
            "bourgmestre",
            organisation=commune.UID(),
            start_date=date(2018, 12, 3),
            end_date=date(2024, 12, 1),
            signatory=True,
        ),
        "future": directory.create_position(
            martin,
            "president_cpas",
            organisation=cpas.UID(),
            start_date=TODAY + timedelta(days=10),
        ),
        "dg": directory.create_position(
            martin, "directeur_general", organisation=commune.UID(), signatory=True
        ),
        "ends_today": directory.create_position(
            dupont, "echevin", organisation=cpas.UID(), end_date=TODAY
        ),
    }
    return data


def _vocabulary(portal, name):
    return getUtility(IVocabularyFactory, name)(portal)


def _uids(vocabulary):
    return {term.value for term in vocabulary}


class TestVocabularies:
    def test_held_positions_current_only(self, portal, world):
        uids = _uids(_vocabulary(portal, "ia.core.held_positions"))
        assert uids == {
            world["mayor"].UID(),
            world["dg"].UID(),
            world["ends_today"].UID(),
        }

    def test_signatories(self, portal, world):
        assert _uids(_vocabulary(portal, "ia.core.signatories")) == {
            world["mayor"].UID(),
            world["dg"].UID(),
        }

    def test_contacts(self, portal, world):
        uids = _uids(_vocabulary(portal, "ia.core.contacts"))
        for key in ("commune", "cpas", "dupont", "martin", "mayor", "dg"):
            assert world[key].UID() in uids
        assert world["old"].UID() not in uids
        assert world["future"].UID() not in uids

    def test_persons_and_organisations(self, portal, world):
        assert _uids(_vocabulary(portal, "ia.core.persons")) == {
            world["dupont"].UID(),
            world["martin"].UID(),
        }
        assert _uids(_vocabulary(portal, "ia.core.organisations")) == {
            world["commune"].UID(),
            world["cpas"].UID(),
        }

    def test_contains_and_terms(self, portal, world):
        vocabulary = _vocabulary(portal, "ia.core.held_positions")
        assert world["mayor"].UID() in vocabulary
        assert world["old"].UID() not in vocabulary
        assert "not-a-uid" not in vocabulary
        assert None not in vocabulary
        # an ended position stays displayable on the documents that name it
        assert (
            vocabulary.getTerm(world["old"].UID()).title
            == "Anne Martin, Bourgmestre (Commune de Démo)"
        )
        with pytest.raises(LookupError):
            vocabulary.getTerm(world["commune"].UID())
        assert (
            vocabulary.getTermByToken(world["mayor"].UID()).value
            == world["mayor"].UID()
        )

    def test_search(self, portal, world):
        vocabulary = _vocabulary(portal, "ia.core.contacts")
        assert [term.title for term in vocabulary.search("dup")][0] in (
            "Dupont Jean",
            "Jean Dupont, Bourgmestre (Commune de Démo)",
        )
        assert {term.value for term in vocabulary.search("dupont bourg")} == {
            world["mayor"].UID(),
            world["dupont"].UID(),
        }
        assert vocabulary.search("") == []
        assert vocabulary.search("zzzz") == []

    def test_configurable_position_types(self, portal, world):
        vocabulary = _vocabulary(portal, "ia.core.position_types")
        assert vocabulary.getTerm("bourgmestre").title == "Bourgmestre"
        api.portal.set_registry_record(
            "ia.core.directory.position_types", ["receveur|Receveur régional"]
        )
        assert [
            term.value for term in _vocabulary(portal, "ia.core.position_types")
        ] == ["receveur"]


class TestApi:
    def test_current_positions(self, world):
        assert [b.UID for b in directory.current_positions("bourgmestre")] == [
            world["mayor"].UID()
        ]
        assert [
            b.UID
            for b in directory.current_positions("bourgmestre", today=date(2020, 1, 1))
        ] == [world["old"].UID()]
        signatories = {
            b.UID
            for b in directory.current_positions(
                signatory=True, organisation=world["commune"].UID()
            )
        }
        assert signatories == {world["mayor"].UID(), world["dg"].UID()}

    def test_find_or_create_is_idempotent(self, world):
        assert (
            directory.find_or_create_person("jean", "DUPONT").UID()
            == world["dupont"].UID()
        )
        assert (
            directory.find_or_create_person(
                "Jean", "Dupont", email="other@demo.be"
            ).UID()
            != world["dupont"].UID()
        )
        assert (
            directory.find_or_create_organisation("commune de demo").UID()
            == world["commune"].UID()
        )
        assert (
            directory.find_or_create_organisation(
                "Autre nom", enterprise_number="0123.456.749"
            ).UID()
            == world["commune"].UID()
        )
        assert world["commune"].enterprise_number == "0123.456.749"

    def test_find_or_create_bad_input(self, world):
        with pytest.raises(directory.DirectoryError):
            directory.find_or_create_person("Jean", "  ")
        with pytest.raises(directory.DirectoryError):
            directory.find_or_create_organisation("")
        with pytest.raises(directory.DirectoryError):
            directory.find_or_create_organisation("X", enterprise_number="0123.456.789")

    def test_get_contact_and_label(self, world):
        uid = world["mayor"].UID()
        assert directory.get_contact(uid).UID() == uid
        assert (
            directory.contact_label(uid) == "Jean Dupont, Bourgmestre (Commune de Démo)"
        )
        assert directory.contact_label(None) == ""
        assert directory.contact_label("unknown") == ""
        assert directory.get_contact(world["annuaire"].UID()) is None


class TestFields:
    def test_contact_field(self, portal, world):
        field = ContactField(title="Sender").bind(portal)
        field.validate(world["dupont"].UID())
        with pytest.raises(ValidationError):
            field.validate(world["old"].UID())

    def test_unknown_vocabulary_refused(self):
        with pytest.raises(ValueError):
            ContactField(title="X", vocabulary="plone.app.vocabularies.Users")

    def test_contact_list_field(self, portal, world):
        field = ContactListField(
            title="Recipients", vocabulary="ia.core.organisations"
        ).bind(portal)
        field.validate([world["commune"].UID(), world["cpas"].UID()])
        with pytest.raises(ValidationError):
            field.validate([world["dupont"].UID()])

    def test_widget_is_ajax_select(self, portal, world):
        from plone.app.z3cform.interfaces import IPloneFormLayer
        from plone.app.z3cform.widgets.select import AjaxSelectWidget
        from z3c.form.interfaces import IFieldWidget
        from zope.component import getMultiAdapter
        from zope.interface import alsoProvides

        request = portal.REQUEST
        alsoProvides(request, IPloneFormLayer)
        for field in (ContactField(title="S"), ContactListField(title="R")):
            widget = getMultiAdapter((field, request), IFieldWidget)
            assert isinstance(widget, AjaxSelectWidget)


class TestImportForm:
    def test_form_renders_and_imports(self, portal, world):
        from io import BytesIO
        from plone.protect.authenticator import createToken
        from ZPublisher.HTTPRequest import FileUpload

        class Upload:
            def __init__(self, data):
                self.file = BytesIO(data)
                self.filename = "contacts.csv"
                self.headers = {}
                self.name = "csvfile"

        request = portal.REQUEST
        view = api.content.get_view("ia-directory-import", world["annuaire"], request)
        assert "csvfile" in view()
        request.method = "POST"
        request.form.update(
            {
                "form.submitted": "1",
                "_authenticator": createToken(),
                "csvfile": FileUpload(
                    Upload(b"kind;ref;lastname\nperson;P1;Lambert\nperson;P2;\n")
                ),
            }
        )
        html = view()
        assert "Lambert" in html
        assert "lastname" in html  # the reason of the rejected line 3
        assert view.report.rejected[0].line == 3

    def test_form_protected(self, portal, world):
        from AccessControl import Unauthorized

        setRoles(portal, TEST_USER_ID, ["Member"])
        with pytest.raises(Unauthorized):
            portal.restrictedTraverse("annuaire/@@ia-directory-import")
