"""The world of the end-to-end tests: a council, three services, real users.

- Travaux: ``enc_travaux`` (encoder), ``chef_travaux`` (N+1 reviewer);
- Culture: ``enc_culture`` (encoder), ``chef_culture`` (N+1 reviewer);
- Finances (advice type ``finance`` of the default configuration):
  ``dirfin`` (editor);
- ``secretaire`` manages the council's meetings; ``passant`` is a member
  of no service;
- five attendees (held positions) by default on the council's meetings.
"""

from ia.core.testing import create_service
from ia.core.testing import create_user
from ia.delib.testing import create_body
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles
from tests.delib.session_world import make_positions
import transaction


USERS = (
    "enc_travaux",
    "chef_travaux",
    "enc_culture",
    "chef_culture",
    "dirfin",
    "secretaire",
    "passant",
)


def make_world(portal) -> dict:
    setRoles(portal, TEST_USER_ID, ["Manager"])
    for userid in USERS:
        create_user(userid)
    chart = portal["organisation"]
    travaux = create_service(
        chart,
        "Travaux",
        [("encoder", "enc_travaux"), ("reviewer1", "chef_travaux")],
        id="travaux",
    )
    culture = create_service(
        chart,
        "Culture",
        [("encoder", "enc_culture"), ("reviewer1", "chef_culture")],
        id="culture",
    )
    create_service(chart, "Finances", [("editor", "dirfin")], id="finances")
    positions = make_positions()
    body = create_body(
        portal,
        "Conseil communal",
        id="conseil",
        categories=["travaux|Travaux publics", "culture|Culture"],
        default_attendees=positions,
    )
    body.manage_delLocalRoles([TEST_USER_ID])
    body.reindexObjectSecurity()
    api.group.add_user(groupname="conseil_meeting_managers", username="secretaire")
    api.portal.set_registry_record("plone.default_language", "fr")
    api.portal.set_registry_record("plone.available_languages", ["fr"])
    transaction.commit()
    return {
        "body": body,
        "travaux": travaux.UID(),
        "culture": culture.UID(),
        "positions": positions,
    }
