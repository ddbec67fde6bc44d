"""A layer of its own on the SUITE fixture (every product installed) for
the uninstall tests: its fixtures are made in the module that uses it
(zope.pytestlayer makes a layer's fixtures once per process, in the first
module that asks, so a layer shared with other modules would not be seen
there). Its integration tests abort their transaction, as every
integration layer's do."""

from ia.policy.testing import SUITE_FIXTURE
from plone.app.testing import IntegrationTesting


UNINSTALL_TESTING = IntegrationTesting(
    bases=(SUITE_FIXTURE,), name="IaSuiteUninstall:IntegrationTesting"
)
