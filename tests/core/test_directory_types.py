"""Directory types: creation through plone.api, computed titles, validation, install."""

from datetime import date
from ia.core.directory import api as directory
from ia.core.directory import bce
from ia.core.directory.interfaces import IHeldPosition
from ia.core.directory.interfaces import IOrganisation
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles
from zope.interface import Invalid
import pytest


@pytest.fixture
def annuaire(portal):
    setRoles(portal, TEST_USER_ID, ["Manager"])
    return portal["annuaire"]


@pytest.fixture
def commune(annuaire):
    return api.content.create(
        container=annuaire,
        type="IaOrganisation",
        title="Commune de Démo",
        organisation_type="commune",
        enterprise_number="0123.456.749",
    )


@pytest.fixture
def dupont(annuaire):
    return directory.create_contact(
        annuaire,
        "IaPerson",
        civility="mr",
        firstname="Jean",
        lastname="Dupont",
        email="jean.dupont@demo.be",
    )


@pytest.fixture
def mayor(dupont, commune):
    return directory.create_position(
        dupont,
        "bourgmestre",
        organisation=commune.UID(),
        start_date=date(2024, 12, 2),
        signatory=True,
    )


class TestInstall:
    def test_directory_created(self, portal):
        directory_ = portal["annuaire"]
        assert directory_.portal_type == "IaDirectory"
        assert directory_.title == "Annuaire"
        assert directory.get_directory().UID() == directory_.UID()

    def test_reinstall_keeps_directory(self, portal, annuaire, dupont):
        from ia.core.directory.install import install

        install(portal)
        assert "annuaire" in portal.objectIds()
        assert dupont.getId() in portal["annuaire"]

    @pytest.mark.parametrize(
        "type_id", ["IaDirectory", "IaOrganisation", "IaPerson", "IaHeldPosition"]
    )
    def test_bound_to_config_workflow(self, portal, type_id):
        assert api.portal.get_tool("portal_workflow").getChainForPortalType(
            type_id
        ) == ("ia_config_workflow",)

    def test_allowed_types(self, annuaire, commune, dupont):
        assert {fti.getId() for fti in annuaire.allowedContentTypes()} == {
            "IaOrganisation",
            "IaPerson",
        }
        assert [fti.getId() for fti in commune.allowedContentTypes()] == [
            "IaOrganisation"
        ]
        assert [fti.getId() for fti in dupont.allowedContentTypes()] == [
            "IaHeldPosition"
        ]

    def test_not_addable_elsewhere(self, portal, annuaire):
        with pytest.raises(ValueError):
            directory.create_contact(portal, "IaPerson", lastname="Nulle part")

    def test_plone_api_create_with_id(self, annuaire):
        person = api.content.create(
            container=annuaire,
            type="IaPerson",
            id="martin",
            lastname="Martin",
            firstname="Anne",
        )
        assert person.Title() == "Martin Anne"
        assert api.content.find(portal_type="IaPerson", Title="Martin")


class TestTitles:
    def test_person_title(self, dupont):
        assert dupont.Title() == "Dupont Jean"
        assert dupont.fullname == "Jean Dupont"
        assert dupont.getId() == "dupont-jean"

    def test_position_title(self, mayor):
        assert mayor.Title() == "Jean Dupont, Bourgmestre (Commune de Démo)"

    def test_position_label_overrides_type(self, dupont, commune):
        position = directory.create_position(
            dupont, "echevin", label="Échevin des travaux", organisation=commune.UID()
        )
        assert position.Title() == "Jean Dupont, Échevin des travaux (Commune de Démo)"

    def test_titles_follow_renames(self, portal, mayor, dupont, commune):
        from zope.event import notify
        from zope.lifecycleevent import ObjectModifiedEvent

        dupont.firstname = "Jeanne"
        notify(ObjectModifiedEvent(dupont))
        commune.title = "Ville de Démo"
        notify(ObjectModifiedEvent(commune))
        [brain] = api.content.find(UID=mayor.UID())
        assert brain.Title == "Jeanne Dupont, Bourgmestre (Ville de Démo)"

    def test_nested_organisation(self, commune):
        service = api.content.create(
            container=commune, type="IaOrganisation", title="Service travaux"
        )
        assert IOrganisation.providedBy(service)

    def test_no_national_register_number(self, dupont):
        from ia.core.directory.interfaces import IPerson

        assert not [
            name
            for name in IPerson.names(all=True)
            if "register" in name or "niss" in name
        ]


class TestValidation:
    @pytest.mark.parametrize(
        "value", ["0123.456.749", "0123456749", "BE 0123 456 749", "123456749"]
    )
    def test_bce_valid(self, value):
        assert bce.is_valid(value)
        assert bce.format_number(value) == "0123.456.749"

    @pytest.mark.parametrize(
        "value", ["0123.456.789", "2076.335.676", "12345", "abcd.efg.hij", ""]
    )
    def test_bce_invalid(self, value):
        assert not bce.is_valid(value)

    def test_bce_field_constraint(self):
        field = IOrganisation["enterprise_number"]
        field.validate("0123.456.749")
        with pytest.raises(Invalid):
            field.validate("0123.456.789")

    def test_end_before_start(self):
        class Data:
            start_date = date(2025, 1, 10)
            end_date = date(2025, 1, 9)

        with pytest.raises(Invalid):
            IHeldPosition.validateInvariants(Data())

    def test_is_current(self, mayor):
        assert mayor.is_current()
        assert not mayor.is_current(date(2024, 12, 1))
        mayor.end_date = date(2025, 1, 1)
        assert not mayor.is_current()
        assert mayor.is_current(date(2025, 1, 1))


class TestSearchableText:
    def _find(self, text, **kw):
        return {
            brain.getObject() for brain in api.content.find(SearchableText=text, **kw)
        }

    def test_person_found_by_position_and_organisation(self, mayor, dupont):
        assert dupont in self._find("bourgmestre", portal_type="IaPerson")
        assert dupont in self._find("Démo", portal_type="IaPerson")
        assert dupont in self._find("jean.dupont@demo.be", portal_type="IaPerson")

    def test_position_found_by_person(self, mayor):
        assert mayor in self._find("dupont")

    def test_organisation_found_by_number(self, commune):
        assert commune in self._find("0123456749")

    def test_removed_position_leaves_person_text(self, mayor, dupont):
        api.content.delete(mayor)
        assert dupont not in self._find("bourgmestre", portal_type="IaPerson")


class TestFrench:
    def test_messages_translated(self, portal):
        from zope.i18n import translate

        text = translate(bce.error_message("0123.456.789"), target_language="fr")
        assert text.startswith("Numéro d'entreprise « 0123.456.789 » invalide")

    def test_csv_reason_in_french(self, portal):
        from ia.core.directory.csvimport.rows import RowError
        from ia.core.directory.csvimport.rows import parse_row
        from zope.i18n import translate

        with pytest.raises(RowError) as error:
            parse_row(
                "position",
                {
                    "person": "P1",
                    "position_type": "echevin",
                    "start_date": "31/02/2025",
                },
            )
        text = translate(error.value.args[0], target_language="fr")
        assert (
            text
            == "Date « 31/02/2025 » invalide dans la colonne start_date : utilisez AAAA-MM-JJ ou JJ/MM/AAAA."
        )
