"""Batch workflow transitions on the rows a user selected.

Only the transitions common to every selected document and allowed to the
user are offered; they are applied one document at a time, each in its own
savepoint, so that a refused document leaves nothing half-written and does
not stop the others.
"""

from dataclasses import asdict
from dataclasses import dataclass
from ia.core import _
from ia.core import logger
from ia.core.dashboard.query import InvalidParameter
from plone import api
from Products.CMFCore.WorkflowCore import WorkflowException
from zExceptions import BadRequest
from zope.i18n import translate
import transaction


@dataclass
class TransitionResult:
    uid: str
    title: str
    url: str
    success: bool
    message: str
    review_state: str = ""

    def as_dict(self):
        return asdict(self)


def _max_items():
    return int(
        api.portal.get_registry_record(
            "ia.core.dashboard.max_batch_transition", default=200
        )
        or 200
    )


def check_uids(uids):
    if isinstance(uids, str):
        uids = [uids]
    if not isinstance(uids, (list, tuple)) or not all(
        isinstance(uid, str) and uid for uid in uids
    ):
        raise InvalidParameter(_("Select at least one document."))
    uids = list(dict.fromkeys(uids))
    if not uids:
        raise InvalidParameter(_("Select at least one document."))
    if len(uids) > _max_items():
        raise InvalidParameter(
            _("Select at most ${max} documents at once.", mapping={"max": _max_items()})
        )
    return uids


def _objects(uids):
    """{uid: object} of the selected documents the user may see."""
    catalog = api.portal.get_tool("portal_catalog")
    found = {}
    for brain in catalog.searchResults(UID=uids):
        found[brain.UID] = brain.getObject()
    return found


def _transitions_of(obj):
    wtool = api.portal.get_tool("portal_workflow")
    return {
        item["id"]: item["title"] or item["id"] for item in wtool.getTransitionsFor(obj)
    }


def common_transitions(uids, request=None):
    """[(id, title)] of the transitions allowed on every selected document."""
    objects = _objects(check_uids(uids))
    if not objects:
        return []
    common = None
    titles = {}
    for obj in objects.values():
        available = _transitions_of(obj)
        titles.update(available)
        common = set(available) if common is None else common & set(available)
    return sorted(
        (
            (tid, translate(titles[tid], domain="plone", context=request))
            for tid in common
        ),
        key=lambda item: item[1],
    )


def outcome(uid, obj, success, message, request=None) -> TransitionResult:
    """The result for one selected document (``obj`` None: not found); also
    the batch-action pages' (``ia.core.views.batch``)."""
    return TransitionResult(
        uid=uid,
        title=obj.Title() if obj is not None else uid,
        url=obj.absolute_url() if obj is not None else "",
        success=success,
        message=translate(message, context=request),
        review_state=api.content.get_state(obj, default="") if obj is not None else "",
    )


def _refused(uid, obj, message, request):
    return outcome(uid, obj, False, message, request)


def apply_transition(uids, transition, comment="", request=None):
    """Apply ``transition`` to each selected document; one result per uid."""
    uids = check_uids(uids)
    if not isinstance(transition, str) or not transition:
        raise InvalidParameter(_("Choose a transition."))
    if not isinstance(comment, str):
        raise InvalidParameter(_("The comment must be text."))
    objects = _objects(uids)
    wtool = api.portal.get_tool("portal_workflow")
    results = []
    for uid in uids:
        obj = objects.get(uid)
        if obj is None:
            results.append(
                _refused(
                    uid, None, _("Document not found or not visible to you."), request
                )
            )
            continue
        if transition not in _transitions_of(obj):
            state = api.content.get_state(obj, default="")
            results.append(
                _refused(
                    uid,
                    obj,
                    _(
                        "Transition ${transition} is not allowed to you "
                        "in state ${state}.",
                        mapping={"transition": transition, "state": state},
                    ),
                    request,
                )
            )
            continue
        savepoint = transaction.savepoint()
        try:
            # portal_workflow rather than api.content.transition, which
            # replaces a guard's or a product's refusal message by its own.
            wtool.doActionFor(obj, transition, comment=comment)
        except (WorkflowException, BadRequest, ValueError) as exc:
            savepoint.rollback()
            logger.info("Batch transition %s refused on %s: %s", transition, uid, exc)
            results.append(
                _refused(
                    uid,
                    obj,
                    _(
                        "Refused by the workflow: ${reason}",
                        mapping={"reason": str(exc)},
                    ),
                    request,
                )
            )
            continue
        results.append(
            TransitionResult(
                uid=uid,
                title=obj.Title(),
                url=obj.absolute_url(),
                success=True,
                message=translate(_("Done."), context=request),
                review_state=api.content.get_state(obj, default=""),
            )
        )
    return results


def batch_answer(results) -> dict:
    """The REST answer's part shared by the batch actions: how many
    succeeded, how many were refused, one entry per document."""
    succeeded = sum(1 for result in results if result.success)
    return {
        "succeeded": succeeded,
        "refused": len(results) - succeeded,
        "items": [result.as_dict() for result in results],
    }
