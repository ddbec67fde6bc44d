"""iA.Docs tests run on the docs layers (core fixture + ia.docs:default)."""

from ia.docs.testing import FUNCTIONAL_TESTING
from ia.docs.testing import INTEGRATION_TESTING
from pytest_plone import fixtures_factory


globals().update(
    fixtures_factory(
        (
            (FUNCTIONAL_TESTING, "functional"),
            (INTEGRATION_TESTING, "integration"),
        )
    )
)
