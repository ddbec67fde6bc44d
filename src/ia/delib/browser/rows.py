"""The agenda of a meeting as rows, in one catalog query.

``ia.delib.agenda.items`` resolves the items one UID at a time; a page of a
200-item agenda asks the catalog once for every UID of the meeting, wakes
the items up only for their section (privacy, list) and builds each row from
the brain, with the services' and categories' titles looked up once.
"""

from ia.delib.agenda import section
from ia.delib.content.body import parse_categories
from ia.delib.content.vocabularies import body_of
from plone import api
from zope.i18n import translate


def ordered(meeting, *, unrestricted=False) -> list[tuple]:
    """``[(brain, item)]`` of the meeting's own items in agenda order.

    Restricted (default): only the items the current user may see.
    """
    uids = list(meeting.agenda_uids())
    if not uids:
        return []
    catalog = api.portal.get_tool("portal_catalog")
    search = catalog.unrestrictedSearchResults if unrestricted else catalog
    brains = search(UID=uids, portal_type="IaDelibItem")
    by_uid = {brain.UID: brain for brain in brains}
    meeting_uid = api.content.get_uuid(meeting)
    containers = {}
    pairs = []
    for uid in uids:
        brain = by_uid.get(uid)
        if brain is None:
            continue
        item = _object(brain, containers)
        if item.meeting_uid == meeting_uid:
            pairs.append((brain, item))
    return sorted(pairs, key=lambda pair: section(pair[1]))


def _object(brain, containers: dict):
    """The brain's object, taken from its (cached) container: the items of an
    agenda share one folder, so this skips a full traversal per item."""
    parent_path, _sep, item_id = brain.getPath().rpartition("/")
    parent = containers.get(parent_path)
    if parent is None:
        parent = containers[parent_path] = api.portal.get().unrestrictedTraverse(
            parent_path
        )
    return parent._getOb(item_id)


def service_titles(uids) -> dict:
    """``{service uid: title}`` in one query."""
    uids = sorted(set(uids))
    if not uids:
        return {}
    brains = api.content.find(UID=uids, unrestricted=True)
    return {brain.UID: brain.Title for brain in brains}


def state_titles(portal_type: str, request) -> dict:
    """``{state id: translated title}`` of the type's workflow."""
    wf_tool = api.portal.get_tool("portal_workflow")
    result = {}
    for workflow in wf_tool.getWorkflowsFor(portal_type):
        for state_id, state in workflow.states.items():
            result[state_id] = translate(
                state.title or state_id, domain="ia.delib", context=request
            )
    return result


def agenda_rows(meeting, request) -> list[dict]:
    """The rows of the meeting page: the items the user may see."""
    pairs = ordered(meeting)
    body = body_of(meeting)
    categories = dict(parse_categories(body.categories if body is not None else ()))
    services = service_titles(
        uid for brain, _item in pairs for uid in (brain.ia_responsible_services or ())
    )
    states = state_titles("IaDelibItem", request)
    rows = []
    for brain, item in pairs:
        fields = item.__dict__  # set fields only: no schema default lookup
        category = fields.get("category")
        rows.append(
            {
                "uid": brain.UID,
                "number": item.item_number,
                "title": brain.Title,
                "url": brain.getURL(),
                "services": ", ".join(
                    services.get(uid, "")
                    for uid in (brain.ia_responsible_services or ())
                ),
                "category": categories.get(category, category or ""),
                "state": brain.review_state,
                "state_title": states.get(brain.review_state, brain.review_state),
                "section": section(item),
            }
        )
    return rows
