"""Test helpers: a small organisation chart (used by the core's and products' tests).

Urbanisme (URB) > Permis, Travaux, Ancien service (inactive); users alice
(encoder of Urbanisme), bob (editor of Travaux), carol (reader of Travaux),
dave (no service).
"""

from ia.core.orgchart import api as orgchart
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles


USERS = ("alice", "bob", "carol", "dave")
EMPTY_MODEL = (
    '<model xmlns="http://namespaces.plone.org/supermodel/schema"><schema /></model>'
)


def ensure_test_types(portal):
    """The test types are made of behaviors only; give them an empty main schema."""
    types = api.portal.get_tool("portal_types")
    for name in ("IaTestDocument", "IaTestCase", "IaTestPublication"):
        fti = types.get(name)
        if fti is not None and not (fti.schema or fti.model_source or fti.model_file):
            fti.model_source = EMPTY_MODEL


def build_world(portal):
    setRoles(portal, TEST_USER_ID, ["Manager"])
    ensure_test_types(portal)
    folder = portal["organisation"]
    urb = api.content.create(
        folder, "IaService", id="urbanisme", title="Urbanisme", acronym="URB"
    )
    permis = api.content.create(urb, "IaService", id="permis", title="Permis")
    trav = api.content.create(folder, "IaService", id="travaux", title="Travaux")
    old = api.content.create(
        folder, "IaService", id="ancien", title="Ancien service", active=False
    )
    for userid in USERS:
        api.user.create(
            email=f"{userid}@example.org",
            username=userid,
            password="secret-Pass-1234",
            properties={"fullname": userid.capitalize()},
        )
    orgchart.add_member(urb, "encoder", "alice")
    orgchart.add_member(trav, "editor", "bob")
    orgchart.add_member(trav, "reader", "carol")
    return {"urb": urb, "permis": permis, "trav": trav, "old": old}
