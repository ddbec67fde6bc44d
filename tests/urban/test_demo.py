"""The demo files: every type in every state, events, some late; idempotent."""

from ia.urban.area import get_area
from ia.urban.demo import populate
from ia.urban.demo.plan import STATES
from ia.urban.kinds import LICENCE_TYPES
from plone import api
import time


def test_populate(portal, services):
    start = time.monotonic()
    created = populate(portal, None, files=len(LICENCE_TYPES) * len(STATES))
    elapsed = time.monotonic() - start
    assert created == len(LICENCE_TYPES) * len(STATES)
    catalog = api.portal.get_tool("portal_catalog")
    brains = catalog(portal_type=list(LICENCE_TYPES))
    assert len(brains) == created
    pairs = {(brain.portal_type, brain.review_state) for brain in brains}
    assert len(pairs) == created  # every type in every state
    late = catalog(
        portal_type=list(LICENCE_TYPES),
        ia_final=False,
        ia_due_date={
            "query": api.portal.get_tool("portal_catalog").ZopeTime(),
            "range": "max",
        },
    )
    assert len(late) > 0
    permit = brains[0].getObject()
    assert permit.urban_events[0]["kind"] == "deposit"
    assert permit.assigned_agent in ("urbagent", "agent2", "urbachef")
    # a re-run creates nothing
    assert populate(portal, None, files=created) == 0
    assert len(get_area(portal).objectIds()) == created
    print(f"{created} demo files in {elapsed:.1f} s")
