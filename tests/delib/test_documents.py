"""Convocation, public agenda and decision extract: shipped templates, the
items in agenda order with their numbers and real texts, no closed-session
content in the public agenda, the signatories in the extract."""

from ia.core.docgen import api as docgen
from ia.core.docgen import errors
from ia.delib.testing import INTEGRATION_TESTING
from ia.delib.testing import create_item
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles
from tests.delib.documents_world import make_world
from tests.delib.documents_world import text_of
from tests.module_worlds import module_world
import pytest


# Built once per module, each test on a copy of it (tests.module_worlds).
_world_world, world = module_world(
    make_world, layer=INTEGRATION_TESTING, prefix="integration", name="world"
)


def generate(obj, template):
    data, _filename, mimetype = docgen.generate(obj, template, "odt")
    assert mimetype == "application/vnd.oasis.opendocument.text"
    text = text_of(data)
    assert "Error" not in text and "Unauthorized" not in text, text
    return text


def positions(text, *needles):
    found = [text.find(needle) for needle in needles]
    assert -1 not in found, dict(zip(needles, found, strict=True))
    return found


class TestShipped:
    def test_templates_per_type(self, world):
        meeting_ids = {t.getId() for t in docgen.templates_for(world["meeting"])}
        assert meeting_ids == {
            "ia-delib-convocation",
            "ia-delib-ordre-du-jour-public",
            "ia-delib-proces-verbal",
        }
        item_ids = {t.getId() for t in docgen.templates_for(world["items"][0])}
        assert item_ids == {"ia-delib-extrait"}

    def test_formats(self, world):
        template = docgen.get_template("ia-delib-convocation")
        assert list(template.get_available_formats()) == ["odt", "pdf"]

    def test_extract_not_for_meeting(self, world):
        with pytest.raises(errors.TemplateNotApplicable):
            docgen.generate(world["meeting"], "ia-delib-extrait", "odt")


class TestConvocation:
    def test_meeting_facts(self, world):
        text = generate(world["meeting"], "ia-delib-convocation")
        assert "Conseil communal" in text
        assert "lundi 14 décembre 2026" in text
        assert "20h00" in text
        assert "Lieu : Salle du conseil" in text

    def test_items_in_agenda_order_with_numbers(self, world):
        text = generate(world["meeting"], "ia-delib-convocation")
        found = positions(
            text,
            "Séance publique",
            "1. Budget 2027",
            "2. Plan de mobilité",
            "3. Voirie rue Haute",
            "Séance à huis clos",
            "4. Sanction disciplinaire",
        )
        assert found == sorted(found)

    def test_follows_a_move(self, world):
        from ia.delib import api as delib

        delib.move_item(world["meeting"], world["items"][3], 1)
        text = generate(world["meeting"], "ia-delib-convocation")
        found = positions(text, "1. Plan de mobilité", "2. Budget 2027")
        assert found == sorted(found)

    def test_no_texts_or_notes(self, world):
        text = generate(world["meeting"], "ia-delib-convocation")
        assert "Vu le projet de budget" not in text

    def test_signatories(self, world):
        text = generate(world["meeting"], "ia-delib-convocation")
        found = positions(
            text, "Directeur général, Bruno Dumont", "Bourgmestre, Anne Lambert"
        )
        assert found == sorted(found)

    def test_without_closed_session_no_heading(self, world):
        api.content.delete(world["items"][2], check_linkintegrity=False)
        text = generate(world["meeting"], "ia-delib-convocation")
        assert "huis clos" not in text
        assert "Sanction" not in text


class TestPublicAgenda:
    def test_public_items_only(self, world):
        text = generate(world["meeting"], "ia-delib-ordre-du-jour-public")
        found = positions(
            text, "1. Budget 2027", "2. Plan de mobilité", "3. Voirie rue Haute"
        )
        assert found == sorted(found)
        for secret in ("Sanction", "disciplinaire", "agent X", "blâme", "huis clos"):
            assert secret not in text
        assert "Vu le projet de budget" not in text

    def test_late_closed_item_stays_out(self, world):
        from ia.delib import api as delib

        item = create_item(
            world["body"],
            "Litige confidentiel",
            state="validated",
            privacy="secret",
            list_type="emergency",
        )
        delib.present_item(item, world["meeting"])
        text = generate(world["meeting"], "ia-delib-ordre-du-jour-public")
        assert "Litige" not in text

    def test_member_sees_only_items_he_may_view(self, portal, world):
        """A civil servant generating the agenda of a frozen meeting lists only
        the items he may see."""
        api.content.transition(obj=world["meeting"], transition="freeze")
        hidden = world["items"][0]
        for obj in (world["body"], hidden):
            obj.manage_delLocalRoles([TEST_USER_ID])
            obj.reindexObjectSecurity()
        setRoles(portal, TEST_USER_ID, ["Member"])
        assert not api.user.has_permission("View", obj=hidden)
        data, _name, _mime = docgen.generate(
            world["meeting"], "ia-delib-ordre-du-jour-public", "odt"
        )
        text = text_of(data)
        assert "Unauthorized" not in text
        assert "2. Plan de mobilité" in text
        assert "Budget 2027" not in text


class TestExtract:
    def test_heading_texts_and_signatories(self, world):
        item = world["items"][3]  # Plan de mobilité, number 2
        text = generate(item, "ia-delib-extrait")
        found = positions(
            text,
            "Conseil communal",
            "Séance du Conseil communal du lundi 14 décembre 2026",
            "Point n° 2 : Plan de mobilité",
            "Vu le plan communal",
            "DÉCIDE :",
            "Le plan est approuvé",
            "Directeur général, Bruno Dumont",
            "Bourgmestre, Anne Lambert",
        )
        assert found == sorted(found)
        assert "Le budget est adopté" not in text

    def test_rich_text_formatted(self, world):
        data, _n, _m = docgen.generate(world["items"][0], "ia-delib-extrait", "odt")
        import io
        import zipfile

        xml = zipfile.ZipFile(io.BytesIO(data)).read("content.xml").decode()
        assert "<strong>" not in xml and "&lt;strong" not in xml
        assert "gras" in xml

    def test_falls_back_on_municipality_signatories(self, world):
        from ia.core.settings import api as settings

        world["body"].default_signatories = []
        settings.update(signatory_1=world["positions"][0])
        text = generate(world["items"][0], "ia-delib-extrait")
        signatures = text[text.index("Par ordonnance") :]
        assert "Bourgmestre, Anne Lambert" in signatures
        assert "Bruno Dumont" not in signatures

    def test_item_not_presented(self, world):
        item = create_item(
            world["body"],
            "Pas encore présenté",
            state="validated",
            decision=world["items"][0].decision,
        )
        text = generate(item, "ia-delib-extrait")
        assert "Point n°" not in text
        assert "Pas encore présenté" in text
        assert "Séance du" not in text
        assert "Le budget est adopté" in text
