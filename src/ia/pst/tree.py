"""The programme as a tree of catalog rows: one query, no object woken up.

    tree = programme_tree(programme)          # what the user may see
    tree = programme_tree(programme, public_only=True)   # the citizens' part

Each node: ``uid``, ``title``, ``url``, ``reference``, ``portal_type``,
``state``, ``progress``, ``health``, ``budget``, ``planned_end``,
``budget_years``, ``shared`` (an action shown under an objective it serves
besides its own) and ``children``.
"""

from ia.pst.content import ACTION
from ia.pst.content import ITEMS
from ia.pst.content import OPERATIONAL
from plone import api


def _node(brain, shared=False):
    return {
        "uid": brain.UID,
        "title": brain.Title,
        "url": brain.getURL(),
        "reference": brain.ia_pst_reference or "",
        "portal_type": brain.portal_type,
        "state": brain.review_state,
        "progress": brain.ia_pst_progress,
        "health": brain.ia_pst_health,
        "budget": brain.ia_pst_budget or 0.0,
        "planned_end": brain.ia_pst_planned_end,
        "budget_years": brain.ia_pst_budget_years or {},
        "public": bool(brain.ia_pst_public),
        "shared": shared,
        "children": [],
    }


def _brains(programme, *, public_only):
    catalog = api.portal.get_tool("portal_catalog")
    query = {
        "path": "/".join(programme.getPhysicalPath()),
        "portal_type": list(ITEMS),
        "sort_on": "ia_pst_sortable",
    }
    if public_only:
        query["ia_pst_public"] = True
        return catalog.unrestrictedSearchResults(**query)
    return catalog.searchResults(**query)


def programme_tree(programme, *, public_only=False) -> list:
    """The strategic objectives of ``programme``, each with its subtree."""
    root_path = "/".join(programme.getPhysicalPath())
    nodes = {root_path: {"children": []}}
    operational = {}
    actions = []
    brains = _brains(programme, public_only=public_only)
    # parents before children; by reference among siblings (stable sort)
    for brain in sorted(brains, key=lambda b: b.getPath().count("/")):
        path = brain.getPath()
        parent = nodes.get(path.rsplit("/", 1)[0])
        if parent is None:
            continue  # its container is not shown (not published, not visible)
        node = _node(brain)
        nodes[path] = node
        parent["children"].append(node)
        if brain.portal_type == OPERATIONAL:
            operational[brain.UID] = node
        elif brain.portal_type == ACTION:
            actions.append((brain, path.rsplit("/", 1)[0]))
    for brain, parent_path in actions:
        own = nodes[parent_path]["uid"]
        for uid in brain.ia_pst_objectives or ():
            if uid != own and uid in operational:
                operational[uid]["children"].append(_node(brain, shared=True))
    return nodes[root_path]["children"]


def walk(nodes, depth=0):
    """``(node, depth)`` in document order."""
    for node in nodes:
        yield node, depth
        yield from walk(node["children"], depth + 1)
