"""Test layers of iA.Tech: the core fixture plus ``ia.tech:default``."""

from ia.core.testing import CORE_FIXTURE
from plone.app.testing import FunctionalTesting
from plone.app.testing import IntegrationTesting
from plone.app.testing import PloneSandboxLayer
from plone.app.testing import applyProfile
from plone.testing import zope as zope_testing


PROFILE = "ia.tech:default"


class IaTechLayer(PloneSandboxLayer):
    defaultBases = (CORE_FIXTURE,)

    def setUpZope(self, app, configurationContext):
        import ia.tech

        self.loadZCML(package=ia.tech)

    def setUpPloneSite(self, portal):
        applyProfile(portal, PROFILE)


FIXTURE = IaTechLayer()

INTEGRATION_TESTING = IntegrationTesting(
    bases=(FIXTURE,), name="IaTechLayer:IntegrationTesting"
)
FUNCTIONAL_TESTING = FunctionalTesting(
    bases=(FIXTURE, zope_testing.WSGI_SERVER_FIXTURE),
    name="IaTechLayer:FunctionalTesting",
)
