"""The demo programme: size, every state and health, shared actions,
budgets and indicators, idempotent."""

from ia.pst import demo
from ia.pst.ecomptes.export import export
from ia.pst.rollup import rollup
from plone import api


def test_demo_programme(portal, services):
    assert demo.populate(portal, None, actions=60) == 60
    pst = portal["pst"]
    assert len(api.content.find(portal_type="IaPstStrategicObjective")) == 10
    assert len(api.content.find(portal_type="IaPstOperationalObjective")) == 40
    actions = api.content.find(portal_type="IaPstAction")
    assert len(actions) == 60
    assert {b.review_state for b in actions} == {
        "created",
        "to_be_scheduled",
        "ongoing",
        "terminated",
        "stopped",
    }
    assert {b.ia_pst_health for b in actions} == {"green", "orange", "red"}
    assert all(b.ia_pst_budget > 0 for b in actions)
    refs = sorted(b.ia_pst_reference for b in actions)
    assert "A.1" in refs and "A.60" in refs
    os1 = pst.objectValues()[0]
    assert rollup(os1)["progress"] is not None
    assert api.content.find(portal_type="IaPstSubAction")
    objectives = api.content.find(
        portal_type=["IaPstStrategicObjective", "IaPstOperationalObjective"]
    )
    assert {b.review_state for b in objectives} == {"ongoing"}
    assert api.content.get_state(pst) == "ongoing"
    assert all(o.evaluation_midterm for o in pst.objectValues())
    assert demo.populate(portal, None, actions=60) == 0  # idempotent


def test_demo_exports(portal, services):
    from ia.core.settings.api import get_settings

    get_settings().ins_code = "99999"
    demo.populate(portal, None, actions=30)
    assert b"<Version>201805V1</Version>" in export(portal["pst"], exercise=2026)
