"""Layers kept up for one module (not for the session, not for one test).

A module whose layer may not stay up for the whole session (a sibling of
the other modules' layers: the demo layer, the SUITE layers; see
docs/testing.md) gets its layer fixtures with ``keep_session=False``. For
test functions outside a class, zope.pytestlayer then tears the layer and
every base down after *each* test and sets them up again for the next one:
the whole site, its profiles and the demo, per test. ``keep_for_module``
keeps them up from the module's first test to its last, then tears down the
ones this module set up (the top layer first).

The SUITE fixture (every product installed) and its bases are the
exception: every layer of the ``suite`` run is built on them, so once a
module has set them up they stay up for the rest of the session and are
torn down at its end (top first, ``_ia_shared_layers``). Setting the whole
suite up again for each module was most of the ``suite`` run.
"""

from zope.pytestlayer.fixture import teardown_layer
import pytest


def _setup_order(layer, seen=None):
    """``layer`` and its bases, each base before the layers built on it."""
    seen = [] if seen is None else seen
    for base in layer.__bases__:
        if base is not object:
            _setup_order(base, seen)
    if layer not in seen:
        seen.append(layer)
    return seen


def _shared_bases():
    """The layers kept up for the session once up: SUITE and its bases."""
    from ia.policy.testing import SUITE_FIXTURE

    return _setup_order(SUITE_FIXTURE)


@pytest.fixture(scope="session")
def _ia_shared_layers(request):
    """The shared layers some module set up; torn down, top first, at the
    end of the session (before the session fixtures set up earlier)."""
    shared = []
    yield shared
    state = request.session.zopelayer_state
    for layer in reversed(shared):
        state.keep_for_whole_session.discard(layer)
        if layer in state.current:
            teardown_layer(layer, request)


def keep_for_module(*layers):
    """An autouse module fixture keeping ``layers`` (and their bases) up
    for the module's tests (the shared SUITE layers: for the session)."""

    @pytest.fixture(scope="module", autouse=True)
    def _keep_layers_for_module(request):
        state = request.session.zopelayer_state
        order = []
        for layer in layers:
            _setup_order(layer, order)
        # zope.pytestlayer clears ``state.keep`` after every test function;
        # ``keep_for_whole_session`` it leaves alone: the layers go there
        # for the module's time (the shared ones for the session's).
        kept = state.keep_for_whole_session
        added = [layer for layer in order if layer not in kept]
        shared_bases = _shared_bases()
        shared = [layer for layer in added if layer in shared_bases]
        if shared:
            request.getfixturevalue("_ia_shared_layers").extend(shared)
        kept.update(added)
        yield
        kept.difference_update(layer for layer in added if layer not in shared)
        for layer in reversed(order):
            if layer in state.current and layer not in (state.keep | kept):
                teardown_layer(layer, request)

    return _keep_layers_for_module
