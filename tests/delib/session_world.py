"""A council with five attendees and a frozen meeting of three items, for
the in-session tests (attendance, votes, decisions, console)."""

from ia.core.directory.api import create_position
from ia.core.directory.api import find_or_create_person
from ia.delib import api as delib
from ia.delib.testing import create_body
from ia.delib.testing import create_item
from ia.delib.testing import create_meeting
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles


PEOPLE = (
    ("Anne", "Bourgmestre", "bourgmestre"),
    ("Bruno", "Echevin", "echevin"),
    ("Chloé", "Conseillère", "conseiller_communal"),
    ("David", "Conseiller", "conseiller_communal"),
    ("Emma", "Directrice", "directeur_general"),
)


def make_positions() -> list[str]:
    """UIDs of five current held positions (Anne, Bruno, Chloé, David, Emma)."""
    uids = []
    for firstname, lastname, position_type in PEOPLE:
        person = find_or_create_person(firstname, lastname)
        uids.append(api.content.get_uuid(create_position(person, position_type)))
    return uids


def make_world(portal, meeting_state="frozen", items=("A", "B", "C")) -> dict:
    """As Manager (the test user stays Manager): body ``conseil`` (default attendees: the five positions),
    meeting ``seance`` with ``items`` presented, then put in ``meeting_state``."""
    setRoles(portal, TEST_USER_ID, ["Manager"])
    uids = make_positions()
    body = create_body(portal, "Conseil", id="conseil", default_attendees=uids)
    meeting = create_meeting(body, "Séance du 14 décembre", id="seance")
    objs = []
    for title in items:
        item = create_item(body, title, id=title.lower(), state="validated")
        delib.present_item(item, meeting)
        objs.append(item)
    path = {"frozen": ["freeze"], "published": ["freeze", "publish"]}
    path["decided"] = ["freeze", "publish", "decide"]
    for transition in path.get(meeting_state, []):
        api.content.transition(obj=meeting, transition=transition)
    return {"body": body, "meeting": meeting, "items": objs, "uids": uids}
