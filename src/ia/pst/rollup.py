"""Progress, health and budget of the objectives, from the actions they hold.

An objective shows the mean progress of the actions serving it (its own and
the shared ones; stopped actions left out), the worst health among them and
its budget: for an operational objective, each action's share (a shared
action's budget is split evenly between the objectives it serves); for a
strategic objective, the sum of its operational objectives. The values are
computed when an action changes (``subscribers.py``) and kept on the
objective for its catalog columns.
"""

from ia.pst.content import ACTION
from ia.pst.content import OPERATIONAL
from ia.pst.content import STRATEGIC
from ia.pst.references import children
from plone import api
from plone.app.uuid.utils import uuidToObject


HEALTH_RANK = {"green": 0, "orange": 1, "red": 2}
EMPTY = {"progress": None, "health": None, "budget": 0.0, "actions": 0}
LEFT_OUT = ("stopped",)


def budget_total(item) -> float:
    return float(sum(line.get("amount") or 0 for line in item.budget_lines or ()))


def worst_health(healths) -> str | None:
    ranked = [h for h in healths if h in HEALTH_RANK]
    return max(ranked, key=HEALTH_RANK.get) if ranked else None


def operational_objectives_of(action) -> list:
    """The operational objectives ``action`` serves: its parent, then the shared ones."""
    result = [action.__parent__]
    for uid in action.shared_with or ():
        objective = uuidToObject(uid, unrestricted=True)
        if objective is not None and objective not in result:
            result.append(objective)
    return result


def objectives_of(action) -> list:
    """Operational objectives served, then their strategic objectives."""
    operational = operational_objectives_of(action)
    strategic = []
    for objective in operational:
        if objective.__parent__ not in strategic:
            strategic.append(objective.__parent__)
    return operational + strategic


def budget_share(action) -> float:
    return budget_total(action) / len(operational_objectives_of(action))


def _actions_serving(objective) -> list:
    catalog = api.portal.get_tool("portal_catalog")
    brains = catalog.unrestrictedSearchResults(
        portal_type=ACTION, ia_pst_objectives=objective.UID()
    )
    return [b for b in brains if b.review_state not in LEFT_OUT]


def compute(objective) -> dict:
    brains = _actions_serving(objective)
    progress = [b.ia_pst_progress or 0 for b in brains]
    if objective.portal_type == STRATEGIC:
        budget = sum(rollup(o)["budget"] for o in children(objective, OPERATIONAL))
    else:
        budget = sum(b.ia_pst_budget_share or 0.0 for b in brains)
    return {
        "progress": round(sum(progress) / len(progress)) if progress else None,
        "health": worst_health(b.ia_pst_health for b in brains),
        "budget": round(budget, 2),
        "actions": len(brains),
    }


def rollup(objective) -> dict:
    return getattr(objective, "_pst_rollup", None) or dict(EMPTY)


def refresh(objectives) -> None:
    """Recompute and reindex ``objectives`` (operational ones first)."""
    ordered = sorted(objectives, key=lambda o: o.portal_type != OPERATIONAL)
    for objective in ordered:
        objective._pst_rollup = compute(objective)
        objective.reindexObject(
            idxs=["ia_pst_progress", "ia_pst_health", "ia_pst_budget"]
        )


def refresh_programme(programme) -> None:
    operational, strategic = [], []
    for os_ in children(programme, STRATEGIC):
        strategic.append(os_)
        operational.extend(children(os_, OPERATIONAL))
    refresh(operational + strategic)
