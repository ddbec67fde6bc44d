"""Test helpers: a small organisation chart (used by the core's and products' tests).

Urbanisme (URB) > Permis, Travaux, Ancien service (inactive); users alice
(encoder of Urbanisme), bob (editor of Travaux), carol (reader of Travaux),
dave (no service). Their password is ``ia.core.testing.PASSWORD``.
"""

from ia.core.testing import create_service
from ia.core.testing import create_user
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles


USERS = ("alice", "bob", "carol", "dave")


def build_world(portal):
    setRoles(portal, TEST_USER_ID, ["Manager"])
    folder = portal["organisation"]
    for userid in USERS:
        create_user(userid, userid.capitalize())
    urb = create_service(
        folder, "Urbanisme", [("encoder", "alice")], id="urbanisme", acronym="URB"
    )
    permis = create_service(urb, "Permis", id="permis")
    trav = create_service(
        folder, "Travaux", [("editor", "bob"), ("reader", "carol")], id="travaux"
    )
    old = create_service(folder, "Ancien service", id="ancien", active=False)
    return {"urb": urb, "permis": permis, "trav": trav, "old": old}
