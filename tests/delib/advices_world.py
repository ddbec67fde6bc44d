"""A small world for the advice tests: a council, four services, users.

- Travaux (proposing): redacteur (editor), cheftravaux (manager), encodeur;
- Finances (advice type ``finance``, 10 days): dirfin (editor), lecteurfin (reader);
- Secrétariat (advice type ``legal``, 15 days): juriste (editor);
- Culture (another service): autre (editor);
- secretaire manages the council's meetings.
"""

from ia.core.testing import create_service
from ia.core.testing import create_user
from ia.delib.testing import create_item
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles
from types import SimpleNamespace


USERS = (
    "redacteur",
    "cheftravaux",
    "encodeur",
    "dirfin",
    "lecteurfin",
    "juriste",
    "autre",
    "secretaire",
)


def make_world(portal, body):
    setRoles(portal, TEST_USER_ID, ["Manager"])
    for userid in USERS:
        create_user(userid)
    orgchart = portal["organisation"]
    travaux = create_service(
        orgchart,
        "Travaux",
        [("editor", "redacteur"), ("manager", "cheftravaux"), ("encoder", "encodeur")],
        id="travaux",
    )
    finances = create_service(
        orgchart,
        "Finances",
        [("editor", "dirfin"), ("reader", "lecteurfin")],
        id="finances",
    )
    secretariat = create_service(
        orgchart, "Secrétariat", [("editor", "juriste")], id="secretariat"
    )
    culture = create_service(orgchart, "Culture", [("editor", "autre")], id="culture")
    api.group.add_user(groupname="conseil_meeting_managers", username="secretaire")
    return SimpleNamespace(
        portal=portal,
        body=body,
        travaux=travaux.UID(),
        finances=finances.UID(),
        secretariat=secretariat.UID(),
        culture=culture.UID(),
    )


def new_item(world, title="Achat de mobilier", requested=("finance",), **fields):
    return create_item(
        world.body,
        title,
        services=[world.travaux],
        advices_requested=list(requested),
        **fields,
    )


def as_user(userid, func, *args, **kwargs):
    with api.env.adopt_user(username=userid):
        return func(*args, **kwargs)


def clear_roles_cache():
    """borg.localrole caches the local roles on the request: the tests check
    before and after a change in one request."""
    from zope.annotation.interfaces import IAnnotations

    annotations = IAnnotations(api.portal.get().REQUEST)
    for key in list(annotations):
        if "checkLocalRolesAllowed" in str(key):
            del annotations[key]


def can(userid, permission, obj):
    clear_roles_cache()
    return as_user(userid, api.user.has_permission, permission, obj=obj)


def do(obj, transition, userid=None):
    """Trigger ``transition`` through the workflow tool (a refusal raises
    the ``DelibError`` itself, not plone.api's InvalidParameterError)."""
    clear_roles_cache()
    wf_tool = api.portal.get_tool("portal_workflow")
    if userid is None:
        return wf_tool.doActionFor(obj, transition)
    with api.env.adopt_user(username=userid):
        return wf_tool.doActionFor(obj, transition)
