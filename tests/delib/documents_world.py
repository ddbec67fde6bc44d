"""A council with signatories, a meeting and items with real texts, for the
documents and convocation tests."""

from datetime import datetime
from ia.core.directory.api import create_position
from ia.core.directory.api import find_or_create_person
from ia.delib import api as delib
from ia.delib.testing import create_body
from ia.delib.testing import create_item
from ia.delib.testing import create_meeting
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles
from plone.app.textfield.value import RichTextValue
import io
import re
import zipfile


# (title, privacy, list, motivation, decision), presented in this order.
ITEMS = (
    (
        "Budget 2027",
        "public",
        "normal",
        "Vu le projet de budget",
        "Le budget est adopté",
    ),
    (
        "Voirie rue Haute",
        "public",
        "late",
        "Vu l'urgence des travaux",
        "Les travaux sont confiés",
    ),
    (
        "Sanction disciplinaire",
        "secret",
        "normal",
        "Vu le dossier de l'agent X",
        "Un blâme est infligé",
    ),
    (
        "Plan de mobilité",
        "public",
        "normal",
        "Vu le plan communal",
        "Le plan est approuvé",
    ),
)


def rich(text):
    return RichTextValue(
        f"<p>{text} <strong>gras</strong></p>", "text/html", "text/x-html-safe"
    )


def text_of(data: bytes) -> str:
    """The text of a generated ODT (content.xml without its tags)."""
    xml = zipfile.ZipFile(io.BytesIO(data)).read("content.xml").decode("utf-8")
    xml = re.sub(r"<text:(p|h)\b", "\n<text:p", xml)
    return re.sub(r"<[^>]+>", "", xml).replace("&apos;", "'").replace("&amp;", "&")


def make_positions():
    mayor = create_position(
        find_or_create_person("Anne", "Lambert"), "bourgmestre", signatory=True
    )
    director = create_position(
        find_or_create_person("Bruno", "Dumont"), "directeur_general", signatory=True
    )
    councillor = create_position(
        find_or_create_person("Chloé", "Martin"), "conseiller_communal"
    )
    return mayor, director, councillor


def make_world(portal, start=datetime(2026, 12, 14, 20, 0), body_kind="council"):
    """The test user becomes Manager: body ``conseil`` whose signatories are
    the director and the mayor, meeting ``seance`` with the four ``ITEMS``
    presented."""
    setRoles(portal, TEST_USER_ID, ["Manager"])
    mayor, director, councillor = make_positions()
    positions = [api.content.get_uuid(p) for p in (mayor, director, councillor)]
    body = create_body(
        portal,
        "Conseil communal",
        id="conseil",
        body_kind=body_kind,
        default_signatories=[positions[1], positions[0]],
        default_attendees=positions,
    )
    meeting = create_meeting(
        body,
        "Séance du 14 décembre",
        id="seance",
        start=start,
        place="Salle du conseil",
    )
    items = []
    for title, privacy, list_type, motivation, decision in ITEMS:
        item = create_item(
            body,
            title,
            state="validated",
            privacy=privacy,
            list_type=list_type,
            motivation=rich(motivation),
            decision=rich(decision),
        )
        delib.present_item(item, meeting)
        items.append(item)
    return {"body": body, "meeting": meeting, "items": items, "positions": positions}
