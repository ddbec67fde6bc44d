"""``@@ia-service-members`` form and the ``/organisation`` view."""

from ia.core.interfaces import IIaCoreLayer
from ia.core.orgchart import api as orgchart
from ia.core.orgchart.testing import build_world
from plone import api
from plone.protect.authenticator import createToken
from zExceptions import Forbidden
from zope.component import getMultiAdapter
from zope.interface import alsoProvides
import pytest


@pytest.fixture()
def world(portal):
    return build_world(portal)


@pytest.fixture()
def request_(portal):
    request = portal.REQUEST
    alsoProvides(request, IIaCoreLayer)
    return request


def members_view(service, request, **form):
    if form:
        request.method = "POST"
        request.form.update(form)
    return getMultiAdapter((service, request), name="ia-service-members")


def messages(request):
    return [m.message for m in api.portal.get_tool("plone_utils").showPortalMessages()]


class TestMembersForm:
    def test_lists_functions_and_members(self, world, request_):
        html = members_view(world["trav"], request_)()
        assert "Validateur N+1" in html
        assert "Bob" in html
        assert "_authenticator" in html
        # no group id (it holds the service's UID) shown to the administrator
        assert world["trav"].UID() not in html

    def test_add(self, world, request_):
        view = members_view(
            world["trav"],
            request_,
            _authenticator=createToken(),
            function="manager",
            userid="dave",
            **{"form.buttons.add": "add"},
        )
        view()
        assert orgchart.members(world["trav"], "manager") == ["dave"]
        assert request_.response.getStatus() == 302

    def test_remove(self, world, request_):
        view = members_view(
            world["trav"],
            request_,
            _authenticator=createToken(),
            function="editor",
            userid="bob",
            **{"form.buttons.remove": "remove"},
        )
        view()
        assert orgchart.members(world["trav"], "editor") == []

    def test_csrf_token_required(self, world, request_):
        view = members_view(
            world["trav"],
            request_,
            function="manager",
            userid="dave",
            **{"form.buttons.add": "add"},
        )
        with pytest.raises(Forbidden):
            view()
        assert orgchart.members(world["trav"], "manager") == []

    def test_unknown_user_shows_error(self, world, request_):
        view = members_view(
            world["trav"],
            request_,
            _authenticator=createToken(),
            function="manager",
            userid="nobody",
            **{"form.buttons.add": "add"},
        )
        view()
        assert orgchart.members(world["trav"], "manager") == []
        assert any("nobody" in str(m) for m in messages(request_))

    def test_permission(self, world):
        with api.env.adopt_user(username="alice"):
            assert not api.user.has_permission(
                "ia.core: Manage organisation chart", obj=world["trav"]
            )
        assert api.user.has_permission(
            "ia.core: Manage organisation chart", obj=world["trav"]
        )


class TestOrgChartView:
    def test_tree_with_links(self, world, portal, request_):
        view = getMultiAdapter(
            (portal["organisation"], request_), name="ia-orgchart-view"
        )
        html = view()
        assert world["permis"].absolute_url() in html
        assert "URB" in html
        assert "@@ia-service-members" in html
        assert html.index("Urbanisme") < html.index("Permis") < html.index("Travaux")

    def test_default_view(self, world, portal):
        assert portal["organisation"].getLayout() == "ia-orgchart-view"
