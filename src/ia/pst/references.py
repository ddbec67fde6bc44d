"""The references of the programme's items, from their place in the tree.

``OS.<n>`` for the n-th strategic objective, ``OO.<n>.<m>`` for the m-th
operational objective of OS.n, ``A.<k>`` for the k-th action of the whole
programme (in tree order) and ``A.<k> – SA.<j>`` for its j-th sub-action.
Reordering, adding or removing an item renumbers (``subscribers.py``); only
the items whose reference changed are reindexed.
"""

from ia.pst.content import ACTION
from ia.pst.content import OPERATIONAL
from ia.pst.content import STRATEGIC
from ia.pst.content import SUBACTION


def children(container, portal_type) -> list:
    """The children of ``portal_type``, in the container's order."""
    return [
        obj
        for obj in container.objectValues()
        if getattr(obj, "portal_type", None) == portal_type
    ]


def references_of(programme) -> list[tuple[object, str]]:
    """``(item, reference)`` for every item of ``programme``, in tree order."""
    result = []
    action_number = 0
    for i, strategic in enumerate(children(programme, STRATEGIC), 1):
        result.append((strategic, f"OS.{i}"))
        for j, operational in enumerate(children(strategic, OPERATIONAL), 1):
            result.append((operational, f"OO.{i}.{j}"))
            for action in children(operational, ACTION):
                action_number += 1
                reference = f"A.{action_number}"
                result.append((action, reference))
                for k, sub in enumerate(children(action, SUBACTION), 1):
                    result.append((sub, f"{reference} – SA.{k}"))
    return result


def renumber(programme) -> int:
    """Give every item of ``programme`` its reference; returns how many changed."""
    changed = 0
    for item, reference in references_of(programme):
        if getattr(item, "pst_reference", None) != reference:
            item.pst_reference = reference
            item.reindexObject(idxs=["ia_pst_reference", "ia_pst_sortable"])
            changed += 1
    return changed


def reference(obj) -> str:
    return getattr(obj, "pst_reference", "") or ""


def label(obj) -> str:
    """``"OS.1 Title"``: what a user reads."""
    return f"{reference(obj)} {obj.Title()}".strip()
