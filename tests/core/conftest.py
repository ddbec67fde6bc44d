"""Fixtures shared by the core's tests (document generation for now)."""

from ia.core.interfaces import IIaCoreLayer
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles
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
