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


class TestTheming:
    def test_every_host_name_is_themed(self, portal):
        """The suite is served on 127.0.0.1: Plone's default leaves it unthemed."""
        from plone import api

        record = "plone.app.theming.interfaces.IThemeSettings.hostnameBlacklist"
        assert api.portal.get_registry_record(record) == []


class TestPolicyUninstall:
    def test_uninstall(self, installer, browser_layers, portal):
        installer.uninstall_product("ia.policy")
        assert installer.is_product_installed("ia.policy") is False


class TestLoginRedirect:
    def adapter(self, portal, http_request):
        from ia.policy.login import RedirectToDashboard

        return RedirectToDashboard(portal, http_request)

    def test_no_destination_goes_to_dashboard(self, portal, http_request):
        redirect = self.adapter(portal, http_request)
        url = portal.absolute_url()
        assert redirect(None) == f"{url}/@@ia-dashboard"
        assert redirect(url) == f"{url}/@@ia-dashboard"

    def test_destination_kept(self, portal, http_request):
        redirect = self.adapter(portal, http_request)
        target = f"{portal.absolute_url()}/organisation"
        assert redirect(target) == target

    def test_adapter_registered(self, portal, http_request):
        from ia.policy.interfaces import IIaPolicyLayer
        from plone.base.interfaces import IRedirectAfterLogin
        from zope.component import queryMultiAdapter
        from zope.interface import alsoProvides

        alsoProvides(http_request, IIaPolicyLayer)
        assert (
            queryMultiAdapter((portal, http_request), IRedirectAfterLogin) is not None
        )
