"""Test layers of iA.Example: the core fixture plus its default profile.

The layer loads the product's ZCML itself (a real product is included by
``ia.policy``'s ``configure.zcml``)."""

from ia.core.testing import CORE_FIXTURE
from plone.app.testing import FunctionalTesting
from plone.app.testing import IntegrationTesting
from plone.app.testing import PloneSandboxLayer
from plone.app.testing import applyProfile
from plone.testing import zope as zope_testing


PROFILE = "tests.example.ia_example:default"


class IaExampleLayer(PloneSandboxLayer):
    defaultBases = (CORE_FIXTURE,)

    def setUpZope(self, app, configurationContext):
        from tests.example import ia_example

        self.loadZCML(package=ia_example)

    def setUpPloneSite(self, portal):
        applyProfile(portal, PROFILE)


FIXTURE = IaExampleLayer()

INTEGRATION_TESTING = IntegrationTesting(
    bases=(FIXTURE,), name="IaExampleLayer:IntegrationTesting"
)
FUNCTIONAL_TESTING = FunctionalTesting(
    bases=(FIXTURE, zope_testing.WSGI_SERVER_FIXTURE),
    name="IaExampleLayer:FunctionalTesting",
)
