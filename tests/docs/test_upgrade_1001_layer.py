"""Upgrade 1000 -> 1001 of ia.docs:default: the browser layer IIaDocsLayer
is registered on a site made by the previous release."""

from ia.docs.interfaces import IIaDocsLayer
from plone import api
from plone.browserlayer.utils import registered_layers
from plone.browserlayer.utils import unregister_layer


PROFILE = "ia.docs:default"


def test_new_site_has_the_layer(portal, http_request):
    assert IIaDocsLayer in registered_layers()
    # plone.app.testing marks the test request as a published one is.
    assert IIaDocsLayer.providedBy(http_request)


def test_upgrade_registers_the_layer(portal):
    setup = api.portal.get_tool("portal_setup")
    unregister_layer("ia.docs")
    setup.setLastVersionForProfile(PROFILE, "1000")
    assert IIaDocsLayer not in registered_layers()
    titles = [step["title"] for step in setup.listUpgrades(PROFILE)]
    assert "Register iA.Docs' browser layer" in titles
    setup.upgradeProfile(PROFILE, dest="1001")
    assert IIaDocsLayer in registered_layers()
    assert setup.getLastVersionForProfile(PROFILE) == ("1001",)
