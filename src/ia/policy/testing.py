"""Test layers of the site policy: the core fixture plus ``ia.policy:default``."""

from ia.core.testing import CORE_FIXTURE
from plone.app.testing import FunctionalTesting
from plone.app.testing import IntegrationTesting
from plone.app.testing import PloneSandboxLayer
from plone.app.testing import applyProfile
from plone.testing import zope as zope_testing


class IaPolicyLayer(PloneSandboxLayer):
    defaultBases = (CORE_FIXTURE,)

    def setUpZope(self, app, configurationContext):
        import ia.policy
        import plone.classicui

        self.loadZCML(package=plone.classicui)
        self.loadZCML(package=ia.policy)

    def setUpPloneSite(self, portal):
        applyProfile(portal, "ia.policy:default")


POLICY_FIXTURE = IaPolicyLayer()

INTEGRATION_TESTING = IntegrationTesting(
    bases=(POLICY_FIXTURE,), name="IaPolicyLayer:IntegrationTesting"
)
FUNCTIONAL_TESTING = FunctionalTesting(
    bases=(POLICY_FIXTURE, zope_testing.WSGI_SERVER_FIXTURE),
    name="IaPolicyLayer:FunctionalTesting",
)


class IaSuiteLayer(PloneSandboxLayer):
    """Every known product installed (the ``ia.products`` entry points): for
    cross-product tests (e.g. a mail sent to iA.Delib) and the benchmarks."""

    defaultBases = (POLICY_FIXTURE,)

    def setUpPloneSite(self, portal):
        from ia.core.products import known_products

        for product in known_products().values():
            applyProfile(portal, product.profile)


SUITE_FIXTURE = IaSuiteLayer()

SUITE_INTEGRATION_TESTING = IntegrationTesting(
    bases=(SUITE_FIXTURE,), name="IaSuiteLayer:IntegrationTesting"
)
SUITE_FUNCTIONAL_TESTING = FunctionalTesting(
    bases=(SUITE_FIXTURE, zope_testing.WSGI_SERVER_FIXTURE),
    name="IaSuiteLayer:FunctionalTesting",
)
