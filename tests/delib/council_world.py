"""A council of 15 members with a directrice générale, two excused members,
an urgent item, a split vote by name, an information item, an oral question
and a closed-session item: the session of the Walloon minutes tests."""

from datetime import datetime
from ia.core.directory.api import create_position
from ia.core.directory.api import find_or_create_person
from ia.delib import api as delib
from ia.delib.session import attendance
from ia.delib.session import decisions
from ia.delib.session import votes
from ia.delib.testing import create_body
from ia.delib.testing import create_item
from ia.delib.testing import create_meeting
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles
from plone.app.textfield.value import RichTextValue


# (firstname, lastname, position type, civility)
MEMBERS = (
    ("Anne", "Lambert", "bourgmestre", "mrs"),
    ("Bruno", "Dumont", "echevin", "mr"),
    ("Claire", "Renard", "echevin", "mrs"),
    ("Denis", "Noël", "echevin", "mr"),
    ("Eva", "Marchal", "echevin", "mrs"),
    ("Fanny", "Leroy", "president_conseil", "mrs"),
    ("Gilles", "Piron", "conseiller_communal", "mr"),
    ("Hélène", "Jacob", "conseiller_communal", "mrs"),
    ("Igor", "Lemaire", "conseiller_communal", "mr"),
    ("Julie", "Collin", "conseiller_communal", "mrs"),
    ("Karim", "Bastin", "conseiller_communal", "mr"),
    ("Laura", "Hubert", "conseiller_communal", "mrs"),
    ("Marc", "Gilson", "conseiller_communal", "mr"),
    ("Nadia", "Thiry", "conseiller_communal", "mrs"),
    ("Olivier", "Wathelet", "conseiller_communal", "mr"),
)
DIRECTOR = ("Sophie", "Delvaux", "directeur_general", "mrs")
EXCUSED = (12, 13)  # Marc Gilson, Nadia Thiry
CATEGORIES = ["admin|Administration générale", "finances|Finances", "travaux|Travaux"]

# (key, title, privacy, list, kind, category, motivation, decision)
ITEMS = (
    (
        "pv",
        "Approbation du procès-verbal",
        "public",
        "normal",
        "deliberation",
        "admin",
        "",
        "Le procès-verbal de la séance précédente est approuvé.",
    ),
    (
        "budget",
        "Budget 2027",
        "public",
        "normal",
        "deliberation",
        "finances",
        "Vu le projet de budget;",
        "Article 1er : le budget 2027 est arrêté.",
    ),
    (
        "rapport",
        "Rapport annuel",
        "public",
        "normal",
        "information",
        "admin",
        "Vu le rapport annuel;",
        "",
    ),
    (
        "sanction",
        "Sanction disciplinaire",
        "secret",
        "normal",
        "deliberation",
        "admin",
        "Vu le dossier de l'agent;",
        "Un blâme est infligé.",
    ),
    (
        "question",
        "Question orale sur l'éclairage",
        "public",
        "normal",
        "question",
        "",
        "M. Piron interroge le Collège sur l'éclairage public.",
        "",
    ),
    (
        "urgent",
        "Travaux urgents rue Haute",
        "public",
        "emergency",
        "deliberation",
        "travaux",
        "Vu l'effondrement du mur;",
        "Article 1er : les travaux sont confiés.",
    ),
)


def rich(text):
    return RichTextValue(f"<p>{text}</p>", "text/html", "text/x-html-safe")


def _position(firstname, lastname, kind, civility):
    person = find_or_create_person(firstname, lastname, civility=civility)
    return api.content.get_uuid(create_position(person, kind))


def make_council(portal, **body_fields) -> dict:
    """As Manager: body ``conseil`` of the 15 members and the DG, a frozen
    meeting ``seance`` (20:00 to 22:35) with the six items presented."""
    setRoles(portal, TEST_USER_ID, ["Manager"])
    members = [_position(*member) for member in MEMBERS]
    director = _position(*DIRECTOR)
    body = create_body(
        portal,
        "Conseil communal",
        id="conseil",
        default_attendees=[*members, director],
        categories=CATEGORIES,
        **body_fields,
    )
    meeting = create_meeting(
        body,
        "Séance du 14 décembre",
        id="seance",
        start=datetime(2026, 12, 14, 20, 0),
        end=datetime(2026, 12, 14, 22, 35),
        place="Salle du conseil",
    )
    items = {}
    for key, title, privacy, list_type, kind, category, motivation, decision in ITEMS:
        item = create_item(
            body,
            title,
            id=key,
            state="validated",
            privacy=privacy,
            list_type=list_type,
            item_kind=kind,
            category=category or None,
            motivation=rich(motivation) if motivation else None,
            decision=rich(decision) if decision else None,
        )
        delib.present_item(item, meeting)
        items[key] = item
    api.content.transition(obj=meeting, transition="freeze")
    return {
        "body": body,
        "meeting": meeting,
        "items": items,
        "members": members,
        "director": director,
    }


def hold_session(portal, **body_fields) -> dict:
    """``make_council``, then the session: two excused, the votes (a split
    vote by name on the budget, a secret one, the urgency) and the decisions."""
    world = make_council(portal, **body_fields)
    meeting, items, members = world["meeting"], world["items"], world["members"]
    for index in EXCUSED:
        attendance.set_presence(meeting, members[index], "excused")
    present = [uid for i, uid in enumerate(members) if i not in EXCUSED]
    votes.set_votes(items["pv"], yes=len(present))
    by_voter = {uid: "yes" for uid in present[:8]}
    by_voter.update({uid: "no" for uid in present[8:12]})
    by_voter[present[12]] = "abstain"
    votes.set_votes(items["budget"], by_voter=by_voter)
    votes.set_votes(items["sanction"], secret=True, yes=10, no=3)
    votes.set_votes(items["urgent"], urgency=True, yes=len(present))
    votes.set_votes(items["urgent"], yes=len(present))
    for key in ("pv", "budget", "rapport", "sanction", "question", "urgent"):
        decisions.decide(items[key], "accept")
    return world
