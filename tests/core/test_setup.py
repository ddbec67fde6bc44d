"""Installation and uninstallation of ia.core."""

from ia.core.interfaces import IIaCoreLayer
import pytest


PACKAGE_NAME = "ia.core"


class TestSetupInstall:
    def test_addon_installed(self, installer):
        assert installer.is_product_installed(PACKAGE_NAME) is True

    def test_browserlayer(self, browser_layers):
        assert IIaCoreLayer in browser_layers

    def test_latest_version(self, profile_last_version):
        assert profile_last_version(f"{PACKAGE_NAME}:default") == "1002"

    @pytest.mark.parametrize(
        "role",
        [
            "IaEncoder",
            "IaEditor",
            "IaReviewer1",
            "IaReader",
            "IaServiceManager",
            "IaAgent",
            "IaCopyReader",
        ],
    )
    def test_function_roles(self, portal, role):
        assert role in portal.validRoles()


class TestSetupUninstall:
    @pytest.fixture(autouse=True)
    def uninstalled(self, installer):
        installer.uninstall_product(PACKAGE_NAME)

    def test_addon_uninstalled(self, installer):
        assert installer.is_product_installed(PACKAGE_NAME) is False

    def test_browserlayer_removed(self, browser_layers):
        assert IIaCoreLayer not in browser_layers
