"""The documents of a file on the core's generation: acknowledgement of
receipt (procedure and decision delay), missing documents, decision."""

from ia.core.docgen import api as docgen
from plone import api
import io
import zipfile


def text_of(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as odt:
        return odt.read("content.xml").decode("utf-8")


def test_templates_offered(licence):
    permit = licence()
    ids = {template.getId() for template in docgen.templates_for(permit)}
    assert {"urb-accuse-reception", "urb-pieces-manquantes", "urb-decision"} <= ids


def test_acknowledgement_states_the_procedure_and_the_delay(licence):
    from ia.urban.events.api import add_event

    permit = licence(street="rue-du-moulin", street_number="12")
    api.content.transition(obj=permit, transition="acknowledge")
    add_event(permit, "procedure", publicity="inquiry", opinions=True)
    data, filename, mimetype = docgen.generate(permit, "urb-accuse-reception", "odt")
    assert filename.endswith(".odt")
    text = text_of(data)
    assert "Rue du Moulin 12" in text
    assert "Dupont Jean" in text or "Jean Dupont" in text
    assert "Votre demande sera soumise à enquête publique." in text
    assert "dans un délai de 75 jours" in text
    assert "75 jours à partir de l&apos;accusé de réception du" in text or (
        "75 jours à partir de l'accusé de réception du" in text
    )


def test_missing_documents(licence):
    from ia.urban.events.api import add_event

    permit = licence()
    add_event(permit, "incompleteness", missing=["Plan d'implantation", "Photos"])
    text = text_of(docgen.generate(permit, "urb-pieces-manquantes", "odt")[0])
    assert "Photos" in text
    assert "180 jours" in text


def test_decision(licence):
    permit = licence()
    api.content.transition(obj=permit, transition="acknowledge")
    api.content.transition(obj=permit, transition="instruct")
    api.content.transition(obj=permit, transition="refuse", comment="Gabarit excessif.")
    text = text_of(docgen.generate(permit, "urb-decision", "odt")[0])
    assert "le Collège refuse le Permis d&apos;urbanisme" in text or (
        "le Collège refuse le Permis d'urbanisme" in text
    )
    assert "Gabarit excessif." in text
