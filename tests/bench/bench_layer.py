"""The layer ``bench.run`` makes: the SUITE site, no WSGI server (a second
server in a ``suite`` worker would ask for the port of the hand-over
module's). In a module of its own: zope.pytestlayer names a layer by
importing the module it was made in."""

from ia.policy.testing import SUITE_FIXTURE
from plone.app.testing import FunctionalTesting


BENCH_TESTING = FunctionalTesting(bases=(SUITE_FIXTURE,), name="IaBench:Functional")
