"""References renumbered with the tree, roll-up of progress, health and
budget, shared actions."""

from ia.pst import rollup
from ia.pst.references import reference
from plone import api
from zope.event import notify
from zope.lifecycleevent import ObjectModifiedEvent


def refs(*objs):
    return [reference(obj) for obj in objs]


def brain_of(obj):
    (brain,) = api.content.find(UID=obj.UID())
    return brain


def test_references(programme):
    p = programme
    assert refs(p["os1"], p["os2"], p["oo11"], p["oo12"], p["oo21"]) == [
        "OS.1",
        "OS.2",
        "OO.1.1",
        "OO.1.2",
        "OO.2.1",
    ]
    assert refs(p["a1"], p["a2"], p["a3"]) == ["A.1", "A.2", "A.3"]
    sub = api.content.create(container=p["a3"], type="IaPstSubAction", title="Choisir")
    assert reference(sub) == "A.3 – SA.1"
    assert brain_of(sub).ia_pst_reference == "A.3 – SA.1"


def test_reorder_renumbers(programme):
    p = programme
    p["pst"].moveObjectsByDelta([p["os2"].getId()], -1)
    assert refs(p["os2"], p["os1"], p["oo21"], p["oo11"]) == [
        "OS.1",
        "OS.2",
        "OO.1.1",
        "OO.2.1",
    ]
    p["oo11"].moveObjectsByDelta([p["a2"].getId()], -1)
    assert refs(p["a2"], p["a1"], p["a3"]) == ["A.1", "A.2", "A.3"]
    assert brain_of(p["a2"]).ia_pst_reference == "A.1"


def test_removal_renumbers(programme):
    p = programme
    api.content.delete(p["a1"])
    assert refs(p["a2"], p["a3"]) == ["A.1", "A.2"]


def test_rollup_progress_and_worst_health(programme):
    p = programme
    assert rollup.rollup(p["oo11"])["progress"] == 60
    assert rollup.rollup(p["oo11"])["health"] == "orange"
    assert rollup.rollup(p["os1"])["progress"] == round((40 + 80 + 10) / 3)
    p["a3"].health = "red"
    notify(ObjectModifiedEvent(p["a3"]))
    assert rollup.rollup(p["os1"])["health"] == "red"
    assert brain_of(p["os1"]).ia_pst_health == "red"
    assert rollup.rollup(p["os2"])["health"] is None


def test_stopped_actions_left_out(programme):
    p = programme
    api.content.transition(obj=p["a2"], transition="stop")
    assert rollup.rollup(p["oo11"]) == {
        "progress": 40,
        "health": "green",
        "budget": 1000.0,
        "actions": 1,
    }


def test_shared_action_shown_under_each_budget_split(programme):
    p = programme
    p["a1"].shared_with = [p["oo21"].UID()]
    notify(ObjectModifiedEvent(p["a1"]))
    serving = api.content.find(
        portal_type="IaPstAction", ia_pst_objectives=p["oo21"].UID()
    )
    assert [b.getObject() for b in serving] == [p["a1"]]
    assert rollup.rollup(p["oo11"])["budget"] == 500.0
    assert rollup.rollup(p["oo21"])["budget"] == 500.0
    assert rollup.rollup(p["os2"])["budget"] == 500.0
    p["a1"].shared_with = []
    notify(ObjectModifiedEvent(p["a1"]))
    assert rollup.rollup(p["oo21"])["actions"] == 0
    assert rollup.rollup(p["oo11"])["budget"] == 1000.0
