"""Put the renumbering and the roll-up off while many items are created.

with suspended():
    ...                 # create 150 actions
renumber(programme)     # then once
rollup.refresh_programme(programme)
"""

from contextlib import contextmanager
import threading


_state = threading.local()


def is_suspended() -> bool:
    return getattr(_state, "depth", 0) > 0


@contextmanager
def suspended():
    _state.depth = getattr(_state, "depth", 0) + 1
    try:
        yield
    finally:
        _state.depth -= 1
