"""Rules of the advices that a guard cannot say, and the asking cascade.

Refusals raise ``DelibError`` (a ``WorkflowException`` with a translated
message: the state does not change, REST answers 400):

- ``give`` needs an advice value, and the item must not be decided yet;
- ``back_to_edit`` only until the item is frozen;
- ``ask_again`` only when the item changed since the advice was given
  (``item_digest``) and is not decided.

The item's ``propose`` checks the requested types first; entering an
asking state, or an edit of an item in one, syncs its advices.
"""

from Acquisition import aq_inner
from Acquisition import aq_parent
from datetime import date
from datetime import datetime
from ia.core.behaviors.deadline import IDeadline
from ia.core.orgchart.behavior import IResponsible
from ia.delib import _
from ia.delib.advices import FROZEN_ITEM_STATES
from ia.delib.advices.asking import check_requested
from ia.delib.advices.asking import due_date_for
from ia.delib.advices.asking import item_digest
from ia.delib.advices.asking import sync_advices
from ia.delib.advices.config import get_advice_type
from ia.delib.errors import DelibError
from ia.delib.workflows import is_decided
from plone import api
from zExceptions import BadRequest
from zope.container.interfaces import IContainerModifiedEvent
from zope.globalrequest import getRequest
from zope.i18n import translate


FIXED_RESPONSIBLE = {"responsible_services", "copy_services"}


def _transition_id(event):
    return event.transition.getId() if event.transition is not None else None


def item_of(advice):
    return aq_parent(aq_inner(advice))


def _item_decided(advice) -> bool:
    return is_decided(item_of(advice))


def advice_before_transition(advice, event):
    transition = _transition_id(event)
    if transition in ("give", "ask_again") and _item_decided(advice):
        raise DelibError(_("The item is decided: its advices can no longer change."))
    if transition == "give" and not advice.advice_value:
        raise DelibError(
            _(
                "Choose the advice (positive, positive with remarks, negative "
                "or not required) before giving it."
            )
        )
    if transition == "back_to_edit":
        item = item_of(advice)
        state = api.content.get_state(item, default=None)
        if state in FROZEN_ITEM_STATES or is_decided(item):
            raise DelibError(
                _("The item is frozen: the advice can no longer be corrected.")
            )
    if transition == "ask_again" and advice.item_digest == item_digest(item_of(advice)):
        raise DelibError(
            _(
                "The item has not changed since the advice was given: "
                "there is nothing to ask again."
            )
        )


def advice_after_transition(advice, event):
    transition = _transition_id(event)
    if transition == "give":
        advice.given_by = api.user.get_current().getId()
        advice.given_on = datetime.now()
        advice.item_digest = item_digest(item_of(advice))
    elif transition == "ask_again":
        today = date.today()
        advice.asked_on = today
        advice.given_by = None
        advice.given_on = None
        advice_type = get_advice_type(advice.advice_type)
        if advice_type is not None:
            advice.due_date = due_date_for(advice_type, today)
    advice.reindexObject()


def advice_modified(advice, event):
    """Refuse a change of the advising service or of the due date (REST
    PATCH): both follow the advice type."""
    for description in getattr(event, "descriptions", ()) or ():
        interface = getattr(description, "interface", None)
        # Forms and plone.restapi prefix the names: "IResponsible.copy_services".
        names = {
            name.rsplit(".", 1)[-1]
            for name in getattr(description, "attributes", ()) or ()
        }
        if (interface is IResponsible and names & FIXED_RESPONSIBLE) or (
            interface is IDeadline and "due_date" in names
        ):
            raise BadRequest(
                translate(
                    _(
                        "The advising service and the due date of an advice "
                        "follow its type: they cannot be changed."
                    ),
                    context=getRequest(),
                )
            )


def item_before_transition(item, event):
    if _transition_id(event) == "propose":
        check_requested(item)


def item_after_transition(item, event):
    sync_advices(item)


def item_modified(item, event):
    # Adding or deleting an advice modifies the item as a container: skip.
    if IContainerModifiedEvent.providedBy(event):
        return
    sync_advices(item)
