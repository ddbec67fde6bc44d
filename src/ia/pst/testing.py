"""Test layers of iA.PST: the core fixture plus ``ia.pst:default``."""

from ia.core.testing import CORE_FIXTURE
from plone.app.testing import FunctionalTesting
from plone.app.testing import IntegrationTesting
from plone.app.testing import PloneSandboxLayer
from plone.app.testing import applyProfile
from plone.testing import zope as zope_testing


class IaPstLayer(PloneSandboxLayer):
    defaultBases = (CORE_FIXTURE,)

    def setUpZope(self, app, configurationContext):
        import ia.pst

        self.loadZCML(package=ia.pst)

    def setUpPloneSite(self, portal):
        applyProfile(portal, "ia.pst:default")


PST_FIXTURE = IaPstLayer()

INTEGRATION_TESTING = IntegrationTesting(
    bases=(PST_FIXTURE,), name="IaPstLayer:IntegrationTesting"
)
FUNCTIONAL_TESTING = FunctionalTesting(
    bases=(PST_FIXTURE, zope_testing.WSGI_SERVER_FIXTURE),
    name="IaPstLayer:FunctionalTesting",
)
