"""Worlds built once per module instead of once per test.

A "world" (users, services, documents a test module starts from) built by a
function-scoped fixture costs its whole build in every test. ``module_world``
builds it once per module and layer, commits it into a ZODB ``DemoStorage``
of its own stacked on the layer's, and gives each test that asks for it a
fresh ``DemoStorage`` on top of that one: every test starts from the same
committed world, and what a test does (even a commit) is thrown away with
its storage, as before. Tests of the module that do not ask for the world
do not see it.

Persistent objects the build returns (in dicts, lists, tuples or a
``SimpleNamespace``) are kept as their paths and looked up again in each
test's own portal: a test gets objects of its own connection.

In a ``conftest.py``::

    _world_services, services = module_world(
        build_services, layer=INTEGRATION_TESTING, prefix="integration",
        name="services",
    )

    @pytest.fixture
    def integration(request, integration_class):
        return with_worlds(request, integration_class, "integration")

``with_worlds`` replaces the layer's function fixture made by
``pytest_plone.fixtures_factory`` (same name, same layer): it puts the
worlds the test asks for under the test's connection, then runs the layer's
``testSetUp``. A module that brings its own layer fixtures under those
names (the SUITE modules) gets the world built inside the test, as before.
"""

from plone.app.testing.helpers import ploneSite
from plone.testing import Layer
from plone.testing import zodb
from types import SimpleNamespace
from zope.pytestlayer.fixture import function_fixture
import pytest
import transaction


# names of the world fixtures (of any module)
WORLDS = set()


class _Owner(Layer):
    """Owns the ``zodbDB`` resource items a world pushes on the layers'
    shared stack (popped by the same owner, whatever the layers do)."""


class _Path(tuple):
    """The physical path of a persistent object of the world."""


def _freeze(value):
    if hasattr(value, "getPhysicalPath") and hasattr(value, "_p_jar"):
        return _Path(value.getPhysicalPath())
    if isinstance(value, dict):
        return {key: _freeze(item) for key, item in value.items()}
    if isinstance(value, SimpleNamespace):
        return SimpleNamespace(**_freeze(vars(value)))
    if isinstance(value, (list, tuple)) and not isinstance(value, _Path):
        return type(value)(_freeze(item) for item in value)
    return value


def _thaw(value, portal):
    if isinstance(value, _Path):
        return portal.unrestrictedTraverse("/".join(value))
    if isinstance(value, dict):
        return {key: _thaw(item, portal) for key, item in value.items()}
    if isinstance(value, SimpleNamespace):
        return SimpleNamespace(**_thaw(vars(value), portal))
    if isinstance(value, (list, tuple)):
        return type(value)(_thaw(item, portal) for item in value)
    return value


def module_world(build, *, layer, prefix, name):
    """Two fixtures: ``_world_<name>`` (module scope: the committed world's
    storage and data) and ``name``, returning ``build(portal)`` built once
    per module on the site of ``layer`` (whose fixtures are ``prefix``)."""
    WORLDS.add(name)

    @pytest.fixture(scope="module", name=f"_world_{name}")
    def committed(request):
        owner = _Owner(bases=(layer,), name=f"World:{name}")
        db = zodb.stackDemoStorage(owner.get("zodbDB"), name=f"World:{name}")
        owner["zodbDB"] = db
        try:
            with ploneSite() as portal:
                data = _freeze(build(portal))
                transaction.commit()
        finally:
            del owner["zodbDB"]
        yield db, data, prefix
        db.close()

    @pytest.fixture(name=name)
    def world(request):
        portal = request.getfixturevalue(
            "portal" if prefix == "integration" else "functional_portal"
        )
        if name in getattr(request.node, "_ia_worlds", ()):
            return _thaw(request.getfixturevalue(f"_world_{name}")[1], portal)
        # The module's own layer fixtures did not stack the world: build it here.
        data = build(portal)
        if prefix == "functional":
            transaction.commit()
        return data

    return committed, world


def with_worlds(request, layer_obj, prefix):
    """The layer's function fixture, on top of the worlds the test asks for."""
    found = {}
    for name in sorted(WORLDS & set(request.fixturenames)):
        try:  # all built before any is put under this test
            db, _data, on = request.getfixturevalue(f"_world_{name}")
        except pytest.FixtureLookupError:
            continue  # a fixture of the same name, not a module world
        if on == prefix:
            found[name] = db
    if len(found) > 1:
        raise RuntimeError(f"one module world per test, not {sorted(found)}")
    for name, db in found.items():
        owner = _Owner(bases=(layer_obj,), name=f"WorldTest:{name}")
        owner["zodbDB"] = zodb.stackDemoStorage(db, name=f"WorldTest:{name}")

        def pop(owner=owner):
            test_db = owner["zodbDB"]
            del owner["zodbDB"]
            test_db.close()

        request.addfinalizer(pop)  # after the layer's testTearDown (LIFO)
        request.node._ia_worlds = (*getattr(request.node, "_ia_worlds", ()), name)
    return function_fixture(request, layer_obj)
