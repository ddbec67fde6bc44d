"""Shared pytest configuration: pytest-plone fixtures on the core's layers."""

from ia.core.testing import FUNCTIONAL_TESTING
from ia.core.testing import INTEGRATION_TESTING
from pytest_plone import fixtures_factory


pytest_plugins = ["pytest_plone"]


globals().update(
    fixtures_factory(
        (
            (FUNCTIONAL_TESTING, "functional"),
            (INTEGRATION_TESTING, "integration"),
        )
    )
)


# zope.pytestlayer creates a layer's fixtures once per process, in the
# namespace of the first module that asks: the base layers that several
# directories build on are created here, so that every module sees them.
from ia.policy.testing import POLICY_FIXTURE  # noqa: E402
from ia.policy.testing import SUITE_FIXTURE  # noqa: E402
import zope.pytestlayer.fixture  # noqa: E402


globals().update(zope.pytestlayer.fixture.create(POLICY_FIXTURE, SUITE_FIXTURE))
