"""The REST base service (ia.core.rest.IaService): the JSON body, the typed
readers, IaError as the answer, CSRF in one place.

The functional tests use ``POST /@ia-orgchart/members``, a service on the base.
"""

from datetime import date
from ia.core.orgchart import api as orgchart
from ia.core.orgchart.testing import build_world
from ia.core.rest import BadRequestBody
from ia.core.rest import IaService
from ia.core.rest import cannot_be_cross_site
from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from plone.app.testing import TEST_USER_ID
from plone.session import tktauth
import binascii
import pytest
import requests
import transaction


class FakeRequest(dict):
    method = "POST"
    _auth = None

    def __init__(self, body=b"", headers=None):
        super().__init__(BODY=body)
        self.headers = headers or {}

    def getHeader(self, name, default=None):
        return self.headers.get(name, default)


def service(body=b"", headers=None):
    result = IaService.__new__(IaService)  # as the ZCML factory would, bare
    result.context, result.request = None, FakeRequest(body, headers)
    return result


class TestBody:
    def test_object(self):
        assert service(b'{"a": 1}').body() == {"a": 1}

    def test_no_body_is_empty(self):
        assert service(b"").body() == {}

    @pytest.mark.parametrize("raw", [b"{oops", b"titre=Nouveau", b"<xml/>"])
    def test_not_json(self, raw):
        with pytest.raises(BadRequestBody) as info:
            service(raw).body()
        assert info.value.message == "msg_rest_body_not_json"

    @pytest.mark.parametrize("raw", [b"[1, 2]", b'"text"', b"3"])
    def test_not_an_object(self, raw):
        with pytest.raises(BadRequestBody) as info:
            service(raw).body()
        assert info.value.message == "The request body must be a JSON object."


class TestField:
    @pytest.mark.parametrize(
        "kind, value, expected",
        [
            (str, "Alice", "Alice"),
            (int, 3, 3),
            (bool, False, False),
            (list, ["a", "b"], ["a", "b"]),
            (date, "2026-12-06", date(2026, 12, 6)),
        ],
    )
    def test_right_kind(self, kind, value, expected):
        assert service().field({"x": value}, "x", kind) == expected

    @pytest.mark.parametrize(
        "kind, value",
        [
            (str, 3),
            (int, "3"),
            (int, True),
            (bool, "yes"),
            (list, "a"),
            (list, ["a", 1]),
            (date, "06/12/2026"),
            (date, 20261206),
        ],
    )
    def test_wrong_kind(self, kind, value):
        with pytest.raises(BadRequestBody) as info:
            service().field({"x": value}, "x", kind)
        assert info.value.message == "msg_rest_field_kind"
        assert info.value.message.mapping["field"] == "x"

    def test_required(self):
        with pytest.raises(BadRequestBody) as info:
            service().field({"x": ""}, "x", required=True)
        assert info.value.message == "msg_rest_field_required"

    def test_default(self):
        assert service().field({}, "x", int, default=7) == 7

    def test_too_long(self):
        assert service().field({"x": "abc"}, "x", max_length=3) == "abc"
        with pytest.raises(BadRequestBody) as info:
            service().field({"x": "abcd"}, "x", max_length=3)
        assert info.value.message == "msg_rest_field_too_long"
        assert info.value.message.mapping["max"] == 3


class TestReply:
    """``reply()``: an IaError raised by ``answer()`` is the answer."""

    def test_ia_error_is_refused_and_dooms_the_transaction(self):
        from ia.core.errors import Forbidden
        from zope.publisher.browser import TestRequest

        class Refusing(IaService):
            def answer(self):
                raise Forbidden("msg_not_yours")

        refusing = Refusing.__new__(Refusing)
        refusing.context, refusing.request = None, TestRequest()
        refusing.request.method = "GET"
        transaction.begin()
        try:
            answer = refusing.reply()
            assert transaction.get().isDoomed()
        finally:
            transaction.abort()
        assert refusing.request.response.getStatus() == 403
        assert answer == {"error": {"type": "Forbidden", "message": "msg_not_yours"}}


@pytest.mark.parametrize(
    "headers, auth, expected",
    [
        ({"Content-Type": "application/json"}, None, True),
        ({"Content-Type": "application/json; charset=utf-8"}, None, True),
        ({}, "Basic YWRtaW46c2VjcmV0", True),
        ({}, "Bearer abc.def.ghi", True),
        ({"Content-Type": "application/x-www-form-urlencoded"}, None, False),
        ({"Content-Type": "multipart/form-data; boundary=x"}, None, False),
        ({"Content-Type": "text/plain"}, None, False),
        ({}, None, False),
    ],
)
def test_cannot_be_cross_site(headers, auth, expected):
    request = FakeRequest(b"", headers)
    request._auth = auth
    assert cannot_be_cross_site(request) is expected


# Functional: the rule and the refusals through the test server.

FR = {"Accept": "application/json", "Accept-Language": "fr"}


@pytest.fixture()
def world(functional_portal):
    api.portal.set_registry_record("plone.default_language", "fr")
    world = build_world(functional_portal)  # the test user is Manager
    world["uids"] = {key: obj.UID() for key, obj in world.items()}
    transaction.commit()
    return world


def login_cookie(portal, userid=TEST_USER_ID) -> str:
    """The ``__ac`` cookie a browser holds after logging in as ``userid``."""
    plugin = portal.acl_users.session
    ticket = tktauth.createTicket(
        secret=plugin._getSigningSecret(userid),
        userid=userid,
        mod_auth_tkt=plugin.getProperty("mod_auth_tkt"),
    )
    return binascii.b2a_base64(ticket).rstrip().decode()


def url(portal):
    return f"{portal.absolute_url()}/@ia-orgchart/members"


def members_of(world, function="manager"):
    transaction.begin()  # see what the server committed
    return orgchart.members(orgchart.get_service(world["uids"]["trav"]), function)


def body(world, **override):
    return {
        "service": world["uids"]["trav"],
        "function": "manager",
        "userid": "dave",
        **override,
    }


class TestCsrf:
    def test_cookie_and_form_post_refused(self, functional_portal, world):
        response = requests.post(
            url(functional_portal),
            data=body(world),  # form-encoded, as a forged cross-site form
            headers=FR,
            cookies={"__ac": login_cookie(functional_portal)},
            timeout=30,
        )
        assert response.status_code == 403, response.text[:500]
        error = response.json()["error"]
        assert error["type"] == "Forbidden"
        assert "Content-Type: application/json" in error["message"]
        assert error["message"].startswith("Cette requête est refusée")
        assert members_of(world) == []

    def test_cookie_and_json_accepted(self, functional_portal, world):
        response = requests.post(
            url(functional_portal),
            json=body(world),
            headers=FR,
            cookies={"__ac": login_cookie(functional_portal)},
            timeout=30,
        )
        assert response.status_code == 200, response.text[:500]
        assert members_of(world) == ["dave"]

    def test_basic_auth_without_json_accepted(self, functional_portal, world):
        orgchart.add_member(world["uids"]["trav"], "manager", "dave")
        transaction.commit()
        response = requests.delete(
            url(functional_portal),
            params=body(world),  # no body, no JSON content type
            headers=FR,
            auth=(SITE_OWNER_NAME, SITE_OWNER_PASSWORD),
            timeout=30,
        )
        assert response.status_code == 200, response.text[:500]
        assert members_of(world) == []

    def test_basic_auth_and_form_body_is_not_json(self, functional_portal, world):
        response = requests.post(
            url(functional_portal),
            data=body(world),
            headers=FR,
            auth=(SITE_OWNER_NAME, SITE_OWNER_PASSWORD),
            timeout=30,
        )
        # Past the CSRF rule (Authorization), refused by the JSON reader.
        assert response.status_code == 400, response.text[:500]
        assert members_of(world) == []

    def test_cookie_delete_without_json_refused(self, functional_portal, world):
        orgchart.add_member(world["uids"]["trav"], "manager", "dave")
        transaction.commit()
        response = requests.delete(
            url(functional_portal),
            params=body(world),
            headers=FR,
            cookies={"__ac": login_cookie(functional_portal)},
            timeout=30,
        )
        assert response.status_code == 403, response.text[:500]
        assert members_of(world) == ["dave"]

    def test_get_needs_nothing(self, functional_portal, world):
        response = requests.get(
            f"{functional_portal.absolute_url()}/@ia-orgchart",
            headers=FR,
            cookies={"__ac": login_cookie(functional_portal)},
            timeout=30,
        )
        assert response.status_code == 200, response.text[:500]


class TestRefusals:
    def post(self, portal, data, **kwargs):
        return requests.post(
            url(portal),
            headers={**FR, "Content-Type": "application/json"},
            data=data,
            auth=(SITE_OWNER_NAME, SITE_OWNER_PASSWORD),
            timeout=30,
            **kwargs,
        )

    def test_not_json(self, functional_portal, world):
        response = self.post(functional_portal, "{oops")
        assert response.status_code == 400
        assert "n'est pas du JSON valide" in response.json()["error"]["message"]
        assert members_of(world) == []

    def test_json_array(self, functional_portal, world):
        response = self.post(functional_portal, "[1, 2]")
        assert response.status_code == 400
        message = response.json()["error"]["message"]
        assert message == "Le corps de la requête doit être un objet JSON."

    def test_wrong_type(self, functional_portal, world):
        import json

        response = self.post(functional_portal, json.dumps(body(world, userid=3)))
        assert response.status_code == 400
        message = response.json()["error"]["message"]
        assert message == "Le champ 'userid' doit être un texte."
        assert members_of(world) == []

    def test_ia_error_status_and_translated_message(self, functional_portal, world):
        import json

        response = self.post(
            functional_portal, json.dumps(body(world, userid="nobody"))
        )
        assert response.status_code == 400
        error = response.json()["error"]
        assert error["type"] == "UnknownUser"
        assert "nobody" in error["message"]
        assert error["message"] != "msg_unknown_user"
        assert members_of(world) == []
