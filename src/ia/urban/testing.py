"""Test layers of iA.Urban: the core fixture plus ``ia.urban:default``.

iA.Delib is loaded too (not installed) only in the suite's layers; the
product layer here is iA.Urban alone on the core."""

from ia.core.testing import CORE_FIXTURE
from plone.app.testing import FunctionalTesting
from plone.app.testing import IntegrationTesting
from plone.app.testing import PloneSandboxLayer
from plone.app.testing import applyProfile
from plone.testing import zope as zope_testing


class IaUrbanLayer(PloneSandboxLayer):
    defaultBases = (CORE_FIXTURE,)

    def setUpZope(self, app, configurationContext):
        import ia.urban

        self.loadZCML(package=ia.urban)

    def setUpPloneSite(self, portal):
        applyProfile(portal, "ia.urban:default")


URBAN_FIXTURE = IaUrbanLayer()

INTEGRATION_TESTING = IntegrationTesting(
    bases=(URBAN_FIXTURE,), name="IaUrbanLayer:IntegrationTesting"
)
FUNCTIONAL_TESTING = FunctionalTesting(
    bases=(URBAN_FIXTURE, zope_testing.WSGI_SERVER_FIXTURE),
    name="IaUrbanLayer:FunctionalTesting",
)
