"""iA.Delib tests run on the delib layers (core fixture + ia.delib:default)."""

from ia.delib.testing import FUNCTIONAL_TESTING
from ia.delib.testing import INTEGRATION_TESTING
from ia.delib.testing import create_body
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles
from pytest_plone import fixtures_factory
from tests.delib.demo_layer import DEMO_INTEGRATION
from tests.module_worlds import with_worlds
import pytest
import zope.pytestlayer.fixture


globals().update(
    fixtures_factory(
        (
            (FUNCTIONAL_TESTING, "functional"),
            (INTEGRATION_TESTING, "integration"),
        )
    )
)

# The demo site's layer, for the modules that build on it (test_demo,
# test_upgrade_links): zope.pytestlayer makes a layer's fixtures once per
# process, visible only where they were made, so they are made here, where
# every module sees them; a module takes them as its ``integration``.
globals().update(
    zope.pytestlayer.fixture.create(
        DEMO_INTEGRATION,
        session_fixture_name="demo_integration_session",
        class_fixture_name="demo_integration_class",
        function_fixture_name="demo_integration",
    )
)


@pytest.fixture
def integration(request, integration_class):
    """The layer's test set-up, on the module's world if the test asks for
    one (``tests.module_worlds``)."""
    return with_worlds(request, integration_class, "integration")


@pytest.fixture
def functional(request, functional_class):
    """The layer's test set-up, on the module's world if the test asks for
    one (``tests.module_worlds``)."""
    return with_worlds(request, functional_class, "functional")


@pytest.fixture
def body(portal):
    """A council ``conseil`` (group ``conseil_meeting_managers``), made by Manager."""
    setRoles(portal, TEST_USER_ID, ["Manager"])
    result = create_body(portal, "Conseil", id="conseil")
    # Not the owner: the permission tests give the test user one role only.
    result.manage_delLocalRoles([TEST_USER_ID])
    result.reindexObjectSecurity()
    return result


@pytest.fixture
def categories():
    return ["finances|Finances", "travaux|Travaux publics", "Enseignement"]


@pytest.fixture
def wf():
    return api.portal.get_tool("portal_workflow")
