"""Fixtures shared by the core's tests.

``integration`` and ``functional`` are the core layers' test set-ups (made
in tests/conftest.py), on top of the module's world when the test asks for
one (``tests.module_worlds``: built once per module, a copy per test).
"""

from ia.core.interfaces import IIaCoreLayer
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles
from tests.module_worlds import with_worlds
from zope.interface import alsoProvides
import pytest
import socket


@pytest.fixture(scope="session")
def free_port():
    """A function returning a local port on which nothing listens (yet)."""

    def factory():
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            return sock.getsockname()[1]

    return factory


@pytest.fixture
def manager_portal(portal):
    """The integration portal; the test user is Manager, the core's layer is on."""
    setRoles(portal, TEST_USER_ID, ["Manager"])
    alsoProvides(portal.REQUEST, IIaCoreLayer)
    return portal


@pytest.fixture
def integration(request, integration_class):
    """The layer's test set-up, on the module's world if the test asks for one."""
    return with_worlds(request, integration_class, "integration")


@pytest.fixture
def functional(request, functional_class):
    """The layer's test set-up, on the module's world if the test asks for one."""
    return with_worlds(request, functional_class, "functional")
