"""The municipality settings: registry records, API, control panel, REST."""

from AccessControl import Unauthorized
from ia.core.settings import api as settings
from ia.core.settings.interfaces import InvalidINSCode
from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles
from zope.schema import ValidationError
import base64
import pytest
import requests
import transaction


class RelativeSession(requests.Session):
    """A requests session whose URLs are relative to the site."""

    def __init__(self, base):
        super().__init__()
        self.base = base.rstrip("/") + "/"

    def request(self, method, url, **kwargs):
        return super().request(
            method, self.base + url.lstrip("/"), timeout=60, **kwargs
        )


class TestSettingsApi:
    def test_records_installed(self, portal):
        assert api.portal.get_registry_record("ia.core.municipality.name") == ""
        assert api.portal.get_registry_record("ia.core.municipality.aldermen") == []

    def test_update_and_read(self, portal):
        settings.update(
            name="Commune de Démo",
            ins_code="99999",
            street="Place 1",
            zip_code="5999",
            city="Démo",
        )
        assert settings.get_settings().name == "Commune de Démo"
        assert settings.as_dict()["ins_code"] == "99999"
        assert settings.address_lines() == ["Place 1", "5999 Démo"]

    @pytest.mark.parametrize("value", ["1234", "123456", "abcde", "12 34"])
    def test_bad_ins_code_refused(self, portal, value):
        with pytest.raises(InvalidINSCode):
            settings.update(name="Ok", ins_code=value)

    def test_bad_value_writes_nothing(self, portal):
        settings.update(name="Avant", ins_code="11111")
        with pytest.raises(ValidationError):
            settings.update(name="Après", ins_code="1")
        assert settings.get_settings().name == "Avant"

    def test_unknown_name(self, portal):
        with pytest.raises(KeyError):
            settings.update(colour="blue")

    def test_signatory_must_be_a_signatory_position(self, portal):
        with pytest.raises(ValidationError):
            settings.update(signatory_1="0" * 32)
        assert settings.signatories() == []

    def test_logo_view(self, portal, http_request):
        from plone.formwidget.namedfile.converter import b64encode_file

        settings.get_settings().logo = b64encode_file("logo.png", b"\x89PNG-data")
        view = portal.restrictedTraverse("@@ia-municipality-logo")
        assert view() == b"\x89PNG-data"
        assert settings.logo() == ("logo.png", b"\x89PNG-data")


class TestControlPanel:
    @pytest.fixture(autouse=True)
    def manager(self, portal):
        setRoles(portal, TEST_USER_ID, ["Manager"])

    def test_configlet_listed(self, portal):
        actions = [
            a["id"]
            for a in api.portal.get_tool("portal_controlpanel").enumConfiglets(
                group="plone-general"
            )
        ]
        assert "ia-municipality" in actions

    def test_form_renders_for_manager(self, portal, http_request):
        view = portal.restrictedTraverse("@@ia-municipality-settings")
        html = view()
        assert "form.widgets.ins_code" in html

    def test_member_may_not_manage(self, portal):
        setRoles(portal, TEST_USER_ID, ["Member"])
        assert not api.user.has_permission(
            "ia.core: Manage municipality settings", obj=portal
        )
        with pytest.raises(Unauthorized):
            portal.restrictedTraverse("@@ia-municipality-settings")


class TestRestControlPanel:
    @pytest.fixture
    def session(self, functional_portal):
        url = functional_portal.absolute_url()
        transaction.commit()
        session = RelativeSession(url)
        session.headers.update({"Accept": "application/json"})
        session.auth = (SITE_OWNER_NAME, SITE_OWNER_PASSWORD)
        yield session
        session.close()

    def test_get(self, session):
        response = session.get("@controlpanels/ia-municipality")
        assert response.status_code == 200
        assert "ins_code" in response.json()["schema"]["properties"]

    def test_patch(self, session, functional_portal):
        response = session.patch(
            "@controlpanels/ia-municipality",
            json={
                "name": "Commune de Démo",
                "ins_code": "99999",
                "mayor": "Marie Dupont",
            },
        )
        assert response.status_code == 204, response.text
        data = session.get("@controlpanels/ia-municipality").json()["data"]
        assert data["name"] == "Commune de Démo"
        assert data["mayor"] == "Marie Dupont"

    def test_patch_bad_ins_code(self, session):
        response = session.patch(
            "@controlpanels/ia-municipality", json={"ins_code": "12"}
        )
        assert response.status_code == 400
        assert (
            session.get("@controlpanels/ia-municipality").json()["data"]["ins_code"]
            != "12"
        )

    def test_anonymous_refused(self, functional_portal):
        transaction.commit()
        session = RelativeSession(functional_portal.absolute_url())
        session.headers.update({"Accept": "application/json"})
        response = session.get("@controlpanels/ia-municipality")
        assert response.status_code == 401
        session.close()

    def test_logo_served(self, session, functional_portal):
        from plone.formwidget.namedfile.converter import b64encode_file

        settings_proxy = settings.get_settings()
        settings_proxy.logo = b64encode_file(
            "logo.png", base64.b64decode(b"iVBORw0KGgo=")
        )
        transaction.commit()
        response = session.get("@@ia-municipality-logo")
        assert response.status_code == 200
        assert response.headers["Content-Type"] == "image/png"
