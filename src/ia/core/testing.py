"""Test layers of the content core.

Every product layer builds on ``CORE_FIXTURE``::

    class DelibLayer(PloneSandboxLayer):
        defaultBases = (CORE_FIXTURE,)
"""

from plone.app.testing import applyProfile
from plone.app.testing import FunctionalTesting
from plone.app.testing import IntegrationTesting
from plone.app.testing import PLONE_FIXTURE
from plone.app.testing import PloneSandboxLayer
from plone.testing import zope as zope_testing

import os


class IaCoreLayer(PloneSandboxLayer):
    defaultBases = (PLONE_FIXTURE,)

    def setUpZope(self, app, configurationContext):
        # Compile the .po catalogs when ZCML registers them, as a Plone
        # instance does (zope_i18n_compile_mo_files), so tests see French.
        os.environ.setdefault("zope_i18n_compile_mo_files", "true")
        import collective.documentgenerator
        import ia.core
        import plone.app.versioningbehavior
        import plone.restapi

        self.loadZCML(package=plone.restapi)
        self.loadZCML(package=plone.app.versioningbehavior)
        self.loadZCML(package=collective.documentgenerator)
        self.loadZCML(package=ia.core)
        zope_testing.installProduct(app, "collective.documentgenerator")

    def setUpPloneSite(self, portal):
        applyProfile(portal, "ia.core:default")
        applyProfile(portal, "ia.core:testing")


CORE_FIXTURE = IaCoreLayer()
FIXTURE = CORE_FIXTURE

INTEGRATION_TESTING = IntegrationTesting(
    bases=(CORE_FIXTURE,), name="IaCoreLayer:IntegrationTesting"
)
FUNCTIONAL_TESTING = FunctionalTesting(
    bases=(CORE_FIXTURE, zope_testing.WSGI_SERVER_FIXTURE),
    name="IaCoreLayer:FunctionalTesting",
)
