"""The administrator's screens (issue 12): a new user created straight into a
service, the org chart in the site setup, Plone's user screens without raw
ids (group labels, role titles), the role manager kept in step; upgrade
1001 → 1002 (admin step)."""

from ia.core.interfaces import IIaCoreLayer
from ia.core.orgchart import api as orgchart
from ia.core.orgchart.newuser import NewUserRefused
from ia.core.orgchart.newuser import create_member
from ia.core.orgchart.testing import build_world
from ia.core.orgchart.usersui import ROLE_TITLES
from ia.core.orgchart.usersui import group_ids_vocabulary
from ia.core.upgrades import v1002_admin
from plone import api
from plone.protect.authenticator import createToken
from zope.component import getMultiAdapter
from zope.component import getUtility
from zope.i18n import translate
from zope.interface import alsoProvides
from zope.schema.interfaces import IVocabularyFactory
import pytest
import re
import transaction


PASSWORD = "Environ-2026-secret"
GOOD = {
    "userid": "lverte",
    "fullname": "Léa Verte",
    "email": "lea.verte@demo.example",
    "password": PASSWORD,
    "confirm": PASSWORD,
}


@pytest.fixture()
def world(portal):
    alsoProvides(portal.REQUEST, IIaCoreLayer)
    return build_world(portal)


def french(error) -> str:
    return translate(error.message, target_language="fr")


class TestCreateMember:
    def test_created_in_the_function(self, world):
        create_member(world["trav"], "editor", **GOOD)
        user = api.user.get(userid="lverte")
        assert user.getProperty("fullname") == "Léa Verte"
        assert user.getProperty("email") == "lea.verte@demo.example"
        assert "lverte" in orgchart.members(world["trav"], "editor")
        acl = api.portal.get_tool("acl_users")
        assert acl.authenticate("lverte", PASSWORD, world["trav"].REQUEST)

    @pytest.mark.parametrize(
        "change,words",
        [
            ({"fullname": " "}, "nom complet"),
            ({"userid": "Léa Verte"}, "identifiant"),
            ({"userid": "bob"}, "« bob » est déjà utilisé"),
            ({"email": "lea@"}, "adresse e-mail"),
            ({"password": "court", "confirm": "court"}, "au moins 8"),
            ({"confirm": "autre-chose-2026"}, "diffèrent"),
        ],
    )
    def test_refused_and_nothing_created(self, world, change, words):
        with pytest.raises(NewUserRefused) as info:
            create_member(world["trav"], "editor", **{**GOOD, **change})
        assert words in french(info.value)
        if change.get("userid") != "bob":
            assert api.user.get(userid=GOOD["userid"]) is None
        assert orgchart.members(world["trav"], "editor") == ["bob"]

    def test_unknown_function_refused(self, world):
        with pytest.raises(orgchart.UnknownFunction):
            create_member(world["trav"], "nope", **GOOD)
        assert api.user.get(userid="lverte") is None


class TestMembersPage:
    def view(self, service, **form):
        request = service.REQUEST
        if form:
            request.method = "POST"
            request.form.update(form)
        return getMultiAdapter((service, request), name="ia-service-members")

    def create(self, world, **change):
        """POST the *Nouvel utilisateur* form of Travaux (``change``: bad values)."""
        form = {
            "function": "reader",
            "new_userid": "lverte",
            "fullname": "Léa Verte",
            "email": "lea.verte@demo.example",
            "password": PASSWORD,
            "password_confirm": PASSWORD,
            "form.buttons.create": "create",
        }
        form.update(change)
        return self.view(world["trav"], _authenticator=createToken(), **form)()

    def test_form_creates_the_user(self, world):
        self.create(world)
        assert "lverte" in orgchart.members(world["trav"], "reader")

    def test_form_refusal_shown_and_nothing_written(self, world):
        self.create(world, email="lea@")
        assert transaction.get().isDoomed()
        assert api.user.get(userid="lverte") is None
        assert "lverte" not in orgchart.members(world["trav"], "reader")
        tool = api.portal.get_tool("plone_utils")
        assert [m for m in tool.showPortalMessages() if m.type == "error"]
        location = world["trav"].REQUEST.response.getHeader("location")
        assert location.endswith("/@@ia-service-members")

    def test_form_and_no_ids_shown(self, world):
        html = self.view(world["trav"])()
        assert 'id="ia-new-user-in-service"' in html
        assert world["trav"].UID() not in html


def test_org_chart_in_the_site_setup(world):
    panel = api.portal.get_tool("portal_controlpanel")
    configlet = [a for a in panel.listActions() if a.getId() == "ia-orgchart"][0]
    assert configlet.category == "plone-users"
    assert configlet.getActionExpression().endswith("/organisation")


def test_add_user_form_group_labels_have_no_uid(world):
    factory = getUtility(IVocabularyFactory, name="plone.app.users.group_ids")
    assert factory is group_ids_vocabulary
    titles = [term.title for term in factory(world["trav"])]
    assert "Travaux (Rédacteur)" in titles
    assert not [t for t in titles if re.search(r"[0-9a-f]{32}", t)]


@pytest.mark.parametrize("role,title", sorted(ROLE_TITLES.items()))
def test_role_titles_in_french(portal, role, title):
    assert translate(role, domain="plone", target_language="fr") == title


def test_every_suite_role_has_a_title(portal):
    roles = [r for r in portal.valid_roles() if r.startswith("Ia")]
    assert roles
    for role in roles:
        assert translate(role, domain="plone", target_language="fr") != role


def test_role_manager_holds_the_site_roles(portal):
    manager = portal.acl_users.portal_role_manager
    assert {"IaAgent", "IaReviewer1"} <= set(manager._roles.keys())


def test_upgrade_adds_the_configlet_and_syncs_roles(portal):
    from plone.app.testing import TEST_USER_ID
    from plone.app.testing import setRoles

    setRoles(portal, TEST_USER_ID, ["Manager"])
    panel = api.portal.get_tool("portal_controlpanel")
    panel.unregisterConfiglet("ia-orgchart")
    manager = portal.acl_users.portal_role_manager
    manager.removeRole("IaAgent")
    setup = api.portal.get_tool("portal_setup")
    v1002_admin.upgrade(setup)
    assert "ia-orgchart" in [a.getId() for a in panel.listActions()]
    assert "IaAgent" in manager._roles
    steps = setup.listUpgrades("ia.core:default", show_old=True)
    titles = [step["title"] for step in steps if not isinstance(step, list)]
    assert "Organisation chart in the site setup" in titles
