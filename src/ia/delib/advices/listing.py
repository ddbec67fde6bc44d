"""The advices of an item as rows, for the item's viewlet and ``@ia-advices``.

Only the advices the current user may view are listed.
"""

from ia.core.behaviors.deadline import is_overdue
from ia.core.orgchart.api import get_service
from ia.core.orgchart.storage import stored_value
from ia.delib.advices.asking import advices_of
from ia.delib.advices.config import ADVICE_VALUES
from plone import api
from zope.i18n import translate


VALUE_TITLES = dict(ADVICE_VALUES)


def _service(advice) -> dict:
    uids = stored_value(advice, "responsible_services") or ()
    service = get_service(uids[0]) if uids else None
    return {
        "uid": uids[0] if uids else None,
        "title": service.Title() if service is not None else "",
    }


def _iso(value):
    return value.isoformat() if value is not None else None


def advice_rows(item, request) -> list[dict]:
    wf_tool = api.portal.get_tool("portal_workflow")
    rows = []
    for advice in advices_of(item):
        if not api.user.has_permission("View", obj=advice):
            continue
        state = api.content.get_state(advice)
        value = advice.advice_value
        rows.append(
            {
                "@id": advice.absolute_url(),
                "UID": api.content.get_uuid(advice),
                "advice_type": advice.advice_type,
                "title": advice.Title(),
                "service": _service(advice),
                "review_state": state,
                "review_state_title": translate(
                    wf_tool.getTitleForStateOnType(state, advice.portal_type),
                    domain="ia.delib",
                    context=request,
                ),
                "advice_value": value,
                "advice_value_title": (
                    translate(VALUE_TITLES[value], context=request)
                    if value in VALUE_TITLES
                    else None
                ),
                "asked_on": _iso(advice.asked_on),
                "due_date": _iso(getattr(advice, "due_date", None)),
                "overdue": is_overdue(advice),
                "given_on": _iso(advice.given_on),
                "given_by": advice.given_by,
            }
        )
    return rows
