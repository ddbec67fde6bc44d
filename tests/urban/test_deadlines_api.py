"""Deadlines kept on the file and computed from the catalog alone."""

from ia.urban.deadlines.api import compute_for
from ia.urban.deadlines.api import for_brains
from ia.urban.events.api import add_event
from plone import api


def test_due_date_follows_the_events(licence):
    permit = licence()
    assert permit.urban_next_deadline == "completeness"
    api.content.transition(obj=permit, transition="acknowledge")
    assert permit.urban_next_deadline == "decision"
    add_event(permit, "opinion_request", body="SRI")
    assert permit.urban_next_deadline == "opinion"
    brain = api.portal.get_tool("portal_catalog")(UID=permit.UID())[0]
    assert brain.ia_urban_next_deadline == "opinion"
    assert brain.ia_due_date is not None


def test_for_brains_equals_the_objects(licence):
    permit = licence()
    api.content.transition(obj=permit, transition="acknowledge")
    add_event(permit, "procedure", publicity="inquiry", comment="Annexe 12")
    brains = api.portal.get_tool("portal_catalog")(UID=permit.UID())
    from_catalog = for_brains(brains)[permit.UID()]
    assert [(d.rule, d.date) for d in from_catalog] == [
        (d.rule, d.date) for d in compute_for(permit)
    ]
    assert "comment" not in brains[0].ia_urban_events[-1]
