"""Uninstalling ia.policy gives back Plone's theming default and removes its
layer (the transaction is doomed: nothing can be committed)."""

from ia.policy.interfaces import IIaPolicyLayer
from plone import api
from plone.browserlayer.utils import registered_layers
import transaction


RECORD = "plone.app.theming.interfaces.IThemeSettings.hostnameBlacklist"


def test_uninstall(installer):
    assert api.portal.get_registry_record(RECORD) == []
    assert IIaPolicyLayer in registered_layers()
    transaction.doom()
    installer.uninstall_product("ia.policy")
    assert api.portal.get_registry_record(RECORD) == ["127.0.0.1"]
    assert IIaPolicyLayer not in registered_layers()
    assert installer.is_product_installed("ia.core")
