"""Worlds built once per module instead of once per test.

A "world" (users, services, documents a test module starts from) built by a
function-scoped fixture costs its whole build in every test. ``module_world``
builds it once per module and layer, commits it into a ZODB ``DemoStorage``
of its own stacked on the layer's, and gives each test that asks for it a
fresh ``DemoStorage`` on top of that one: every test starts from the same
committed world, and what a test does (even a commit) is thrown away with
its storage, as before. Tests of the module that do not ask for the world
do not see it.

The world's fixture returns plain data (UIDs, ids, paths), never persistent
objects: those belong to the connection of the build, not of the test.

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
from zope.pytestlayer.fixture import function_fixture
import pytest
import transaction


# fixture name -> layer fixture prefix ("integration", "functional")
WORLDS = {}


class _Owner(Layer):
    """Owns the ``zodbDB`` resource items a world pushes on the layers'
    shared stack (popped by the same owner, whatever the layers do)."""


def module_world(build, *, layer, prefix, name):
    """Two fixtures: ``_world_<name>`` (module scope: the committed world's
    storage and data) and ``name``, returning ``build(portal)`` built once
    per module on the site of ``layer`` (whose fixtures are ``prefix``)."""
    WORLDS[name] = prefix

    @pytest.fixture(scope="module", name=f"_world_{name}")
    def committed(request):
        owner = _Owner(bases=(layer,), name=f"World:{name}")
        db = zodb.stackDemoStorage(owner.get("zodbDB"), name=f"World:{name}")
        owner["zodbDB"] = db
        try:
            with ploneSite() as portal:
                data = build(portal)
                transaction.commit()
        finally:
            del owner["zodbDB"]
        yield db, data
        db.close()

    @pytest.fixture(name=name)
    def world(request):
        portal = request.getfixturevalue(
            "portal" if prefix == "integration" else "functional_portal"
        )
        if name in getattr(request.node, "_ia_worlds", ()):
            return request.getfixturevalue(f"_world_{name}")[1]
        # The module's own layer fixtures did not stack the world: build it here.
        data = build(portal)
        if prefix == "functional":
            transaction.commit()
        return data

    return committed, world


def with_worlds(request, layer_obj, prefix):
    """The layer's function fixture, on top of the worlds the test asks for."""
    wanted = [
        name
        for name, on in WORLDS.items()
        if on == prefix and name in request.fixturenames
    ]
    if len(wanted) > 1:
        raise RuntimeError(f"one module world per test, not {wanted}")
    for name in wanted:
        db, _data = request.getfixturevalue(f"_world_{name}")
        owner = _Owner(bases=(layer_obj,), name=f"WorldTest:{name}")
        owner["zodbDB"] = zodb.stackDemoStorage(db, name=f"WorldTest:{name}")

        def pop(owner=owner):
            test_db = owner["zodbDB"]
            del owner["zodbDB"]
            test_db.close()

        request.addfinalizer(pop)  # after the layer's testTearDown (LIFO)
        request.node._ia_worlds = (*getattr(request.node, "_ia_worlds", ()), name)
    return function_fixture(request, layer_obj)
