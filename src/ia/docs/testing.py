"""Test layers of iA.Docs: the core fixture plus ``ia.docs:default``."""

from ia.core.testing import CORE_FIXTURE
from plone.app.testing import FunctionalTesting
from plone.app.testing import IntegrationTesting
from plone.app.testing import PloneSandboxLayer
from plone.app.testing import applyProfile
from plone.testing import zope as zope_testing


class IaDocsLayer(PloneSandboxLayer):
    defaultBases = (CORE_FIXTURE,)

    def setUpZope(self, app, configurationContext):
        import ia.docs

        self.loadZCML(package=ia.docs)

    def setUpPloneSite(self, portal):
        applyProfile(portal, "ia.docs:default")


DOCS_FIXTURE = IaDocsLayer()

INTEGRATION_TESTING = IntegrationTesting(
    bases=(DOCS_FIXTURE,), name="IaDocsLayer:IntegrationTesting"
)
FUNCTIONAL_TESTING = FunctionalTesting(
    bases=(DOCS_FIXTURE, zope_testing.WSGI_SERVER_FIXTURE),
    name="IaDocsLayer:FunctionalTesting",
)
