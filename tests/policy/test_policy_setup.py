"""Installation of the policy profile."""

from ia.policy.interfaces import IIaPolicyLayer


class TestPolicyInstalled:
    def test_installed(self, installer):
        assert installer.is_product_installed("ia.policy") is True
        assert installer.is_product_installed("ia.core") is True

    def test_browserlayer(self, browser_layers):
        assert IIaPolicyLayer in browser_layers

    def test_version(self, profile_last_version):
        assert profile_last_version("ia.policy:default") == "1000"


class TestPolicyUninstall:
    def test_uninstall(self, installer, browser_layers, portal):
        installer.uninstall_product("ia.policy")
        assert installer.is_product_installed("ia.policy") is False
