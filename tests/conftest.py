"""Shared pytest configuration: pytest-plone fixtures on the core's layers.

``make test`` runs the suite with pytest-xdist (``-n 2 --dist loadfile``):
each worker is a process of its own with its own layers, ZODB and
temporary directories, and gets whole modules (a module's layer set-up and
its module-scoped worlds stay on one worker). See docs/testing.md.
"""

from ia.core.testing import FUNCTIONAL_TESTING
from ia.core.testing import INTEGRATION_TESTING
from pytest_plone import fixtures_factory
import os


# tests.cpu_times: CPU time per test phase with IA_TEST_CPU_LOG (docs/testing.md).
pytest_plugins = ["pytest_plone", "tests.cpu_times"]


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

# The SUITE layers, once up, stay up until the end of the session
# (tests/module_layers.py).
from tests.module_layers import _ia_shared_layers  # noqa: E402, F401


def _worker_server_port():
    """A fixed WSGI test-server port (``ZSERVER_PORT`` / ``WSGI_SERVER_PORT``)
    is shifted by the xdist worker's number, so two workers never ask for the
    same port. Unset (the default), each server takes a free port itself."""
    from plone.testing.zope import WSGI_SERVER_FIXTURE

    worker = os.environ.get("PYTEST_XDIST_WORKER", "")
    if WSGI_SERVER_FIXTURE.port is not None and worker.startswith("gw"):
        WSGI_SERVER_FIXTURE.port = int(WSGI_SERVER_FIXTURE.port) + int(worker[2:])


_worker_server_port()


def _dynamic_port_after_teardown():
    """plone.testing's WSGI server keeps the port it picked (``self.port =
    effective_port``) and binds it again at its next set-up; meanwhile the
    other xdist worker may have taken it ("Address already in use"). When no
    port is configured, forget the picked one at tear-down."""
    from plone.testing.zope import WSGI_SERVER_FIXTURE as server
    import types

    if server.port is not None:
        return
    tear_down = server.tearDown

    def tearDown(self):
        tear_down()
        self.port = None

    server.tearDown = types.MethodType(tearDown, server)


_dynamic_port_after_teardown()
