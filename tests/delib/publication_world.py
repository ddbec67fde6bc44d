"""A council and a college with published meetings, for the publication tests.

The closed-session item, its internal note and its confidential annex carry
distinctive words that must never reach a citizen.
"""

from ia.core.behaviors.attachments_testing import add_attachment
from ia.core.behaviors.attachments_testing import blob
from ia.core.workflows.testing import set_state
from ia.delib import agenda
from ia.delib.testing import create_body
from ia.delib.testing import create_item
from ia.delib.testing import create_meeting
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles
from plone.app.textfield.value import RichTextValue


SECRET_TITLE = "Licenciement confidentiel Zorglub"
SECRET_NOTE = "Note interne Xylophage"
PUBLIC_NOTE = "Remarque interne Quetzalcoatl"
CONFIDENTIAL_ANNEX = "rapport-medical-Brontosaure.pdf"
PUBLIC_MOTIVATION = "Motivation publique du budget"
PUBLIC_DECISION = "Le conseil approuve le budget"


def html(text):
    return RichTextValue(text, "text/html", "text/x-html-safe")


def build(portal):
    setRoles(portal, TEST_USER_ID, ["Manager"])
    council = create_body(
        portal, "Conseil communal", id="conseil", categories=["fin|Finances"]
    )
    college = create_body(portal, "Collège communal", id="college", body_kind="college")
    meeting = create_meeting(council, "Séance du 14 décembre", id="seance")
    public = create_item(
        council,
        "Budget 2027",
        id="budget",
        category="fin",
        motivation=html(f"<p>{PUBLIC_MOTIVATION}</p>"),
        decision=html(f"<p>{PUBLIC_DECISION}</p>"),
        internal_notes=html(f"<p>{PUBLIC_NOTE}</p>"),
    )
    secret = create_item(
        council,
        SECRET_TITLE,
        id="secret",
        privacy="secret",
        motivation=html("<p>Motivation Pangolin</p>"),
        internal_notes=html(f"<p>{SECRET_NOTE}</p>"),
    )
    add_attachment(public, file=blob(filename=CONFIDENTIAL_ANNEX), confidential=True)
    add_attachment(secret, file=blob(filename="annexe-secrete.pdf"))
    for item in (public, secret):
        agenda.add(meeting, item)
        set_state(item, "frozen")
    college_meeting = create_meeting(college, "Collège du 10 décembre", id="reunion")
    college_item = create_item(college, "Marché Ornithorynque", id="marche")
    agenda.add(college_meeting, college_item)
    set_state(college_item, "published")
    set_state(college_meeting, "published")
    return {
        "council": council,
        "college": college,
        "meeting": meeting,
        "public": public,
        "secret": secret,
        "college_meeting": college_meeting,
    }


def publish(world):
    set_state(world["meeting"], "published")
    for item in ("public", "secret"):
        set_state(world[item], "published")


def decide(world):
    set_state(world["meeting"], "decided")
    set_state(world["public"], "accepted")
    set_state(world["secret"], "refused")
