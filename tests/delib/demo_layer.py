"""A site made from profiles/demo.toml (every product, the demo data included),
for the tests of ``ia.delib.demo``."""

from dataclasses import replace
from ia.policy.apply import apply_municipality
from ia.policy.municipality import load
from ia.policy.testing import SUITE_FIXTURE
from pathlib import Path
from plone.app.testing import IntegrationTesting
from plone.app.testing import PloneSandboxLayer
import transaction


PROFILE = Path(__file__).resolve().parents[2] / "profiles" / "demo.toml"


def delib_only(municipality) -> dict:
    """The profile's demo table without the other products' demos."""
    return {"ia.delib": municipality.demo["ia.delib"]}


class DemoLayer(PloneSandboxLayer):
    """Every product, then the demo municipality profile (demo data included)."""

    defaultBases = (SUITE_FIXTURE,)

    def setUpPloneSite(self, portal):
        municipality = load(PROFILE)

        # Only this product's demo: the other products test their own.
        apply_municipality(portal, replace(municipality, demo=delib_only(municipality)))
        # Committed here, with the site still set. plone.testing commits after
        # this method with no site and swallows that commit's errors: there,
        # indexing an item's security fails (ia.delib.advices.localroles ->
        # ia.core.orgchart.functions.get_functions() looks the registry up
        # with getUtility, ComponentLookupError without a site), and the
        # tests got a site without the demo.
        transaction.commit()


DEMO_FIXTURE = DemoLayer()
DEMO_INTEGRATION = IntegrationTesting(
    bases=(DEMO_FIXTURE,), name="IaDelibDemoLayer:IntegrationTesting"
)


def on_demo_layer() -> dict:
    """The fixtures that put a test module on the demo layer::

        globals().update(on_demo_layer())

    The demo layer is a sibling of the product's layers (SUITE_FIXTURE
    below it): plone.testing stacks the ZODB of every layer set up on one
    shared stack, so the two must never be up together. The module's
    ``integration`` is the demo layer's (made in tests/delib/conftest.py),
    kept up from the module's first test to its last, and the conftest's
    keep-session fixtures of the product's layers become no-ops.
    """
    from tests.module_layers import keep_for_module
    import pytest

    @pytest.fixture
    def integration(demo_integration):
        return demo_integration

    @pytest.fixture(autouse=True, scope="session")
    def _keep_integration_session():
        """No product layer kept for the session here."""

    @pytest.fixture(autouse=True, scope="session")
    def _keep_functional_session():
        """No product layer kept for the session here."""

    return {
        "integration": integration,
        "_keep_layers_for_module": keep_for_module(DEMO_INTEGRATION),
        "_keep_integration_session": _keep_integration_session,
        "_keep_functional_session": _keep_functional_session,
    }
