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
