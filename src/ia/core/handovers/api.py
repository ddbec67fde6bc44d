"""Hand-overs: ``available``, ``hand_over``, ``done``.

    from ia.core.handovers import api as handovers

    [offer.id for offer in handovers.available(source=mail)]
    item = handovers.hand_over(
        source=mail, handover="ia.delib.item_from_document", body=college_uid
    )
    handovers.done(source=mail, handover="ia.delib.item_from_document")  # [item]

``hand_over`` is all or nothing: it checks, performs, links the two
documents and fires ``IHandedOverEvent`` inside a savepoint, rolled back
on any error (the error is re-raised). The target remembers which
hand-over made it from which source (an annotation), which ``done`` reads
through the links, so a copy of either document is not "done".
"""

from ia.core import _
from ia.core import validation
from ia.core.errors import IaError
from ia.core.handovers.base import HandedOverEvent
from ia.core.handovers.errors import HandoverError
from ia.core.handovers.errors import UnknownHandover
from ia.core.handovers.interfaces import IHandover
from ia.core.links import api as links
from plone import api
from zope.annotation.interfaces import IAnnotations
from zope.component import getUtilitiesFor
from zope.component import queryUtility
from zope.event import notify
import transaction


ANNOTATION = "ia.core.handovers.origin"


def _installed(profile) -> bool:
    if not profile:
        return True
    setup = api.portal.get_tool("portal_setup")
    return setup.getLastVersionForProfile(profile) != "unknown"


def get(handover: str):
    """The hand-over ``handover`` (an id) if its profile is installed, else None."""
    found = queryUtility(IHandover, name=handover) if handover else None
    if found is None or not _installed(found.profile):
        return None
    return found


def _made_by(target, handover, source_uid) -> bool:
    origin = IAnnotations(target, {}).get(ANNOTATION)
    return origin == (handover.id, source_uid)


def _linked(source, handover) -> list:
    if handover.link_from_target:
        return links.sources(target=source, kind=handover.link_kind, unrestricted=True)
    return links.targets(source=source, kind=handover.link_kind, unrestricted=True)


def done(*, source, handover) -> list:
    """The documents already made from ``source`` by ``handover`` (an id or
    the utility), whether the user may see them or not."""
    found = (
        queryUtility(IHandover, name=handover)
        if isinstance(handover, str)
        else handover
    )
    if found is None:
        return []
    uid = api.content.get_uuid(source)
    return [target for target in _linked(source, found) if _made_by(target, found, uid)]


def _offered(source, handover) -> bool:
    if not handover.applies_to(source):
        return False
    if handover.once and done(source=source, handover=handover):
        return False
    try:
        handover.check(source)
    except IaError:
        return False
    return True


def available(*, source) -> list:
    """The hand-overs on offer on ``source`` now for the current user, by id."""
    offers = []
    for _name, handover in sorted(getUtilitiesFor(IHandover)):
        if _installed(handover.profile) and _offered(source, handover):
            offers.append(handover)
    return offers


def _checked(source, handover_id):
    handover = get(handover_id)
    if handover is None:
        raise UnknownHandover(
            _(
                "msg_handover_unknown",
                default="This hand-over is not available on this site: ${handover}.",
                mapping={"handover": str(handover_id)},
            )
        )
    if not handover.applies_to(source):
        raise HandoverError(
            _(
                "msg_handover_not_applicable",
                default="This hand-over does not apply to this document.",
            )
        )
    if handover.once and done(source=source, handover=handover):
        raise HandoverError(
            _(
                "msg_handover_already_done",
                default="This hand-over has already been done for this document.",
            )
        )
    return handover


def _link(source, target, handover):
    if handover.link_from_target:
        links.link(source=target, target=source, kind=handover.link_kind)
    else:
        links.link(source=source, target=target, kind=handover.link_kind)
    IAnnotations(target)[ANNOTATION] = (handover.id, api.content.get_uuid(source))


def hand_over(*, source, handover, **options):
    """Perform hand-over ``handover`` (an id) on ``source``; the new document."""
    handover = _checked(source, handover)
    validation.check_options(options)  # texts: the core's caps, no NUL
    savepoint = transaction.savepoint()
    try:
        handover.check(source, **options)
        target = handover.perform(source, **options)
        _link(source, target, handover)
        notify(HandedOverEvent(target, source, handover))
    except Exception:
        savepoint.rollback()
        raise
    return target
