"""The inquiry's letters, the opinion requests, the closing minutes and the
notification, generated from a realistic file on the core's generation: the
text of each (dates in full, Walloon wording), when each is offered, and the
refusals when the file lacks what the letter states (French message, nothing
rendered). The committed ODTs are what the script writes."""

from ia.core.docgen import api as docgen
from ia.core.settings.api import get_settings
from ia.urban.documents import make_templates
from ia.urban.documents.refusals import MissingData
from ia.urban.events.api import add_event
from ia.urban.upgrades.v1001_letters import PROFILE
from pathlib import Path
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles
from zope.i18n import translate
import io
import pytest
import re
import zipfile


LETTERS = (
    "urb-avis-enquete",
    "urb-lettres-riverains",
    "urb-demandes-avis",
    "urb-pv-cloture",
    "urb-notification",
)
NEIGHBOURS = [
    "Martin Claire, Rue du Moulin 14, 5000 Namur",
    "Leroy Paul, Rue du Moulin 9, 5000 Namur",
]


def text_of(data: bytes) -> str:
    """The document's text: paragraphs on lines, XML and notes left out."""
    with zipfile.ZipFile(io.BytesIO(data)) as odt:
        xml = odt.read("content.xml").decode("utf-8")
    xml = re.sub(r"<office:annotation>.*?</office:annotation>", "", xml)
    xml = re.sub(r"</text:p>", "\n", xml)
    text = re.sub(r"<[^>]+>", "", xml)
    return text.replace("&apos;", "'").replace("&quot;", '"').replace("&amp;", "&")


def offered(obj):
    return {template.getId() for template in docgen.templates_for(obj)}


def message(error):
    return translate(error.message, target_language="fr")


@pytest.fixture
def permit(licence):
    settings = get_settings()
    settings.city = "Namur"
    settings.email = "urbanisme@namur.be"
    obj = licence(
        street="rue-du-moulin",
        street_number="12",
        parcels=["62063B0123/02C004"],
        title="Construction d'une maison unifamiliale",
    )
    api.content.transition(obj=obj, transition="acknowledge")
    add_event(obj, "procedure", "2026-03-03", publicity="inquiry", opinions=True)
    api.content.transition(obj=obj, transition="instruct")
    return obj


def with_inquiry(obj, **fields):
    fields.setdefault("start", "2026-03-10")
    fields.setdefault("meeting_time", "11:00")
    fields.setdefault("neighbours", NEIGHBOURS)
    return add_event(obj, "inquiry", "2026-03-09", publicity="inquiry", **fields)


def test_offered_by_events_and_state(permit):
    assert not offered(permit) & set(LETTERS)
    with_inquiry(permit)
    assert {"urb-avis-enquete", "urb-lettres-riverains"} <= offered(permit)
    add_event(permit, "opinion_request", "2026-03-05", body="SRI")
    assert "urb-demandes-avis" in offered(permit)
    add_event(permit, "inquiry_meeting", "2026-03-25", minutes="Séance tenue.")
    assert "urb-pv-cloture" in offered(permit)
    assert "urb-notification" not in offered(permit)
    api.content.transition(obj=permit, transition="grant")
    assert "urb-notification" in offered(permit)
    # the three first letters stay offered everywhere
    assert {"urb-accuse-reception", "urb-pieces-manquantes", "urb-decision"} <= (
        offered(permit)
    )


def test_inquiry_notice(permit):
    with_inquiry(permit)
    text = text_of(docgen.generate(permit, "urb-avis-enquete", "odt")[0])
    assert "AVIS D'ENQUÊTE PUBLIQUE" in text
    assert "une demande de permis d'urbanisme est soumise à l'enquête publique" in text
    assert "Demandeur : Jean Dupont" in text or "Demandeur : Dupont Jean" in text
    assert "Objet de la demande : Construction d'une maison unifamiliale" in text
    assert "Situation du bien : Rue du Moulin 12" in text
    assert "Division 62063, section B, n° 123/02C4" in text
    # 15 days from 10 March 2026: the last day is 25 March 2026
    assert "se déroule du 10 mars 2026 au 25 mars 2026" in text
    assert "au plus tard le 25 mars 2026" in text
    assert "urbanisme@namur.be" in text
    assert (
        "séance de clôture de l'enquête publique aura lieu le 25 mars 2026 à 11 heures"
        in text
    )
    assert "Namur, le " in text


def test_project_announcement(permit):
    add_event(
        permit,
        "inquiry",
        "2026-03-09",
        publicity="announcement",
        start="2026-03-10",
        meeting_time="14:30",
        place="la salle du Conseil, Hôtel de Ville",
    )
    text = text_of(docgen.generate(permit, "urb-avis-enquete", "odt")[0])
    assert "ANNONCE DE PROJET" in text
    assert "est soumise à l'annonce de projet" in text
    assert "à 14 h 30, à la salle du Conseil, Hôtel de Ville" in text


def test_neighbour_letters_one_per_neighbour(permit):
    with_inquiry(permit)
    data = docgen.generate(permit, "urb-lettres-riverains", "odt")[0]
    text = text_of(data)
    letters = text.split("En votre qualité de propriétaire ou d'occupant")
    assert len(letters) == 3  # two letters
    assert "Martin Claire\nRue du Moulin 14\n5000 Namur" in letters[0]
    assert "Leroy Paul\nRue du Moulin 9\n5000 Namur" in letters[1]
    assert text.count("du 10 mars 2026 au 25 mars 2026") == 2
    # a page break between the letters, none after the last
    with zipfile.ZipFile(io.BytesIO(data)) as odt:
        xml = odt.read("content.xml").decode("utf-8")
    assert xml.count('text:style-name="PageBreak"') == 1


def test_opinion_requests_one_per_body(permit):
    first = add_event(permit, "opinion_request", "2026-03-05", body="SRI")
    add_event(permit, "opinion_request", "2026-03-05", body="DNF")
    add_event(permit, "opinion_request", "2026-03-05", body="CCATM")
    add_event(
        permit,
        "opinion_answer",
        "2026-03-20",
        body="SRI",
        result="favourable",
        request=first["id"],
    )
    text = text_of(docgen.generate(permit, "urb-demandes-avis", "odt")[0])
    assert "À l'attention de : DNF" in text
    assert "À l'attention de : CCATM" in text
    assert "SRI" not in text  # answered already
    assert (
        text.count("dans un délai de 30 jours à dater de la demande du 5 mars 2026")
        == 2
    )
    assert (
        "soit au plus tard le 7 avril 2026" in text
    )  # 4 April is a Saturday, 6 is Easter Monday
    assert "votre avis sera réputé favorable" in text


def test_closing_minutes(permit):
    with_inquiry(permit)
    add_event(
        permit,
        "claim",
        "2026-03-12",
        claimant="M. Lemaire",
        text="Perte d'ensoleillement du jardin.",
    )
    add_event(
        permit,
        "claim",
        "2026-03-20",
        claimant="Mme Collin",
        text="Gabarit trop important.",
    )
    add_event(
        permit,
        "inquiry_meeting",
        "2026-03-25",
        minutes="Deux personnes présentes.\nAucune remarque orale.",
    )
    text = text_of(docgen.generate(permit, "urb-pv-cloture", "odt")[0])
    assert "PROCÈS-VERBAL DE CLÔTURE DE L'ENQUÊTE PUBLIQUE" in text
    assert "Le 25 mars 2026, " in text
    assert (
        "a clôturé l'enquête publique ouverte du 10 mars 2026 au 25 mars 2026" in text
    )
    assert "2 réclamations ou observations ont été introduites" in text
    assert "– M. Lemaire (12 mars 2026) : Perte d'ensoleillement du jardin." in text
    assert "– Mme Collin (20 mars 2026) : Gabarit trop important." in text
    assert "Aucune remarque orale." in text


def test_closing_minutes_without_claims(permit):
    with_inquiry(permit)
    add_event(permit, "inquiry_meeting", "2026-03-25")
    text = text_of(docgen.generate(permit, "urb-pv-cloture", "odt")[0])
    assert "Aucune réclamation ni observation n'a été introduite." in text


@pytest.mark.parametrize(
    "transition, sentence",
    [
        ("grant", "Le Collège communal a décidé d'octroyer le permis sollicité."),
        ("refuse", "Le Collège communal a décidé de refuser le permis sollicité."),
    ],
)
def test_notification(permit, transition, sentence):
    api.content.transition(obj=permit, transition=transition, comment="Gabarit.")
    text = text_of(docgen.generate(permit, "urb-notification", "odt")[0])
    assert sentence in text
    assert "Collège communal en séance du " in text
    assert "recours motivé auprès du Gouvernement wallon" in text
    assert "article D.IV.63 du Code du Développement Territorial" in text
    assert "dans les 30 jours de la réception de la présente" in text
    assert "Jean Dupont" in text or "Dupont Jean" in text


def test_notification_environment_appeal(licence):
    permit = licence("IaUrbEnvClass2")
    api.content.transition(obj=permit, transition="acknowledge")
    api.content.transition(obj=permit, transition="instruct")
    api.content.transition(obj=permit, transition="grant")
    text = text_of(docgen.generate(permit, "urb-notification", "odt")[0])
    assert "article 40 du décret du 11 mars 1999" in text
    assert "dans les 20 jours" in text


# -- refusals: a French message, nothing rendered ---------------------------


def refused(obj, template):
    with pytest.raises(MissingData) as error:
        docgen.generate(obj, template, "odt")
    assert error.value.status == 400
    return message(error.value)


def test_notice_without_meeting_time(permit):
    with_inquiry(permit, meeting_time=None)
    assert "L'heure de la séance de clôture de l'enquête manque" in refused(
        permit, "urb-avis-enquete"
    )


def test_letters_without_neighbours(permit):
    with_inquiry(permit, neighbours=None)
    assert "L'enquête n'indique aucun riverain à avertir" in refused(
        permit, "urb-lettres-riverains"
    )


def test_neighbour_without_address(permit):
    with_inquiry(permit, neighbours=["Martin Claire"])
    assert "Le riverain « Martin Claire » n'a pas d'adresse" in refused(
        permit, "urb-lettres-riverains"
    )


def test_notification_without_applicant_address(licence):
    permit = licence(applicants=[])
    api.content.transition(obj=permit, transition="acknowledge")
    api.content.transition(obj=permit, transition="instruct")
    api.content.transition(obj=permit, transition="grant")
    assert "Le dossier n'a pas de demandeur" in refused(permit, "urb-notification")


def test_a_letter_not_offered_is_refused(permit):
    with pytest.raises(Exception) as error:
        docgen.generate(permit, "urb-pv-cloture", "odt")
    assert error.value.status == 400


def test_bad_meeting_time_is_refused(permit):
    from ia.urban.errors import UrbanError

    with pytest.raises(UrbanError) as error:
        with_inquiry(permit, meeting_time="25:00")
    assert "doit être une heure" in translate(error.value.message, target_language="fr")


def test_generation_view_shows_the_refusal(permit):
    with_inquiry(permit, neighbours=None)
    request = permit.REQUEST
    request.form.update({"template": "urb-lettres-riverains", "format": "odt"})
    view = api.content.get_view("ia-generate", permit, request)
    assert view() == ""
    assert request.response.getStatus() == 303
    messages = api.portal.get_tool("plone_utils").showPortalMessages()
    assert [m.type for m in messages] == ["error"]
    # translated for the request (the test site speaks English; French: above)
    assert "no neighbour to notify" in messages[0].message


def test_committed_templates_are_what_the_script_writes(tmp_path):
    make_templates.main(tmp_path)
    folder = Path(make_templates.TARGET)
    built = sorted(path.name for path in tmp_path.glob("*.odt"))
    assert built == sorted(path.name for path in folder.glob("*.odt"))
    for name in built:
        assert (tmp_path / name).read_bytes() == (folder / name).read_bytes(), name


def test_upgrade_1001_loads_the_letters(portal):
    setRoles(portal, TEST_USER_ID, ["Manager"])
    folder = docgen.templates_folder()["urbanisme"]
    for template_id in LETTERS:
        api.content.delete(obj=folder[template_id])
    record = "plone.displayed_types"
    types = api.portal.get_registry_record(record)
    api.portal.set_registry_record(
        record, tuple(t for t in types if t != "IaUrbanArea")
    )
    setup = api.portal.get_tool("portal_setup")
    setup.setLastVersionForProfile(PROFILE.removeprefix("profile-"), "1000")
    setup.upgradeProfile(PROFILE.removeprefix("profile-"))
    assert setup.getLastVersionForProfile("ia.urban:default") == ("1002",)
    assert set(LETTERS) <= set(folder.objectIds())
    assert "IaUrbanArea" in api.portal.get_registry_record(record)
