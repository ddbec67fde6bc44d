"""Roles on an area for the holders of a function in every service."""

from ia.core.orgchart import api as orgchart
from ia.core.orgchart.arearoles import FunctionAreaRoles
from ia.core.testing import create_service
from ia.core.testing import create_user
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles
import pytest


class EncodersContribute(FunctionAreaRoles):
    function_role = "IaEncoder"
    roles = ("Contributor",)


@pytest.fixture
def services(portal):
    setRoles(portal, TEST_USER_ID, ["Manager"])
    create_user("enc")
    folder = portal["organisation"]
    urb = create_service(folder, "Urbanisme", members=[("encoder", "enc")])
    fin = create_service(folder, "Finances")
    return urb, fin


def test_encoder_groups_of_every_service_get_the_roles(portal, services):
    provider = EncodersContribute(portal)
    for service in services:
        assert provider.getRoles(orgchart.group_id(service, "encoder")) == (
            "Contributor",
        )


def test_other_functions_and_principals_get_nothing(portal, services):
    provider = EncodersContribute(portal)
    urb = services[0]
    assert provider.getRoles(orgchart.group_id(urb, "editor")) == ()
    assert provider.getRoles("enc") == ()
    assert provider.getRoles("AuthenticatedUsers") == ()


def test_all_roles_lists_one_group_per_service(portal, services):
    listed = dict(EncodersContribute(portal).getAllRoles())
    assert listed == {
        orgchart.group_id(service, "encoder"): ("Contributor",) for service in services
    }


def test_follows_the_configured_functions(portal, services):
    """A new function giving IaEncoder ('secretary') is selected at once."""
    record = "ia.core.functions"
    lines = list(api.portal.get_registry_record(record))
    api.portal.set_registry_record(record, [*lines, "secretary|Secrétaire|IaEncoder"])
    urb = services[0]
    assert EncodersContribute(portal).getRoles(orgchart.group_id(urb, "secretary")) == (
        "Contributor",
    )
