"""Catalog values of the programme's items (``profiles/default/catalog.xml``).

Dashboards and the public pages read these from the brains, never from the
objects.
"""

from ia.pst import rollup
from ia.pst.content import IAction
from ia.pst.content import IPstItem
from ia.pst.content import IWorkItem
from ia.pst.references import reference
from plone.indexer import indexer
import re


@indexer(IPstItem)
def ia_pst_reference(obj):
    return reference(obj)


@indexer(IPstItem)
def ia_pst_sortable(obj):
    """``A.3`` -> ``A.0003``: references sort by number, not by text."""
    return re.sub(r"\d+", lambda match: match.group().zfill(4), reference(obj))


@indexer(IPstItem)
def ia_pst_progress(obj):
    if IWorkItem.providedBy(obj):
        return obj.progress or 0
    return rollup.rollup(obj)["progress"]


@indexer(IPstItem)
def ia_pst_health(obj):
    if IWorkItem.providedBy(obj):
        return obj.health or None
    return rollup.rollup(obj)["health"]


@indexer(IPstItem)
def ia_pst_budget(obj):
    if IWorkItem.providedBy(obj):
        return rollup.budget_total(obj)
    return rollup.rollup(obj)["budget"]


@indexer(IAction)
def ia_pst_budget_share(obj):
    return rollup.budget_share(obj)


@indexer(IAction)
def ia_pst_objectives(obj):
    return [objective.UID() for objective in rollup.objectives_of(obj)]


@indexer(IPstItem)
def ia_pst_planned_end(obj):
    if obj.planned_end is None:
        raise AttributeError("ia_pst_planned_end")
    return obj.planned_end


@indexer(IPstItem)
def ia_pst_public(obj):
    return bool(obj.public)


@indexer(IPstItem)
def ia_pst_people(obj):
    """Directory persons responsible for the item (any of the three roles)."""
    people = list(obj.manager or ())
    for uid in (obj.political_responsible, obj.administrative_responsible):
        if uid and uid not in people:
            people.append(uid)
    return people


@indexer(IWorkItem)
def ia_pst_budget_years(obj):
    """``{year: amount}`` of the budget lines (the public budget chart)."""
    years = {}
    for line in obj.budget_lines or ():
        if line.get("year"):
            years[line["year"]] = years.get(line["year"], 0.0) + float(
                line.get("amount") or 0
            )
    return years
