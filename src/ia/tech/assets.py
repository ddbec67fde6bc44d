"""Assets and their history; bookings of lendable rooms and equipment.

:func:`history` lists the orders of an asset with their hours and costs
(catalog only). :func:`request_booking` files a booking request in a
lendable asset after the conflict check (:func:`conflicts`: another
booking not refused whose period overlaps); :func:`decide_booking`
approves or refuses it (approving checks the conflicts again).
"""

from ia.core.security import as_manager
from ia.tech import _
from ia.tech.content import ASSET
from ia.tech.content import BOOKING
from ia.tech.content import ORDER
from ia.tech.errors import TechConflict
from ia.tech.errors import TechError
from ia.tech.errors import TechForbidden
from plone import api


MANAGE = "Modify portal content"


def history(asset) -> dict:
    """Orders of ``asset`` (newest planned first), total hours and cost."""
    brains = api.content.find(
        portal_type=ORDER,
        ia_tech_asset=asset.UID(),
        sort_on="created",
        sort_order="descending",
    )
    return {
        "orders": list(brains),
        "hours": sum(b.ia_tech_total_hours or 0.0 for b in brains),
        "cost": round(sum(b.ia_tech_total_cost or 0.0 for b in brains), 2),
    }


def _bookings(asset):
    return [obj for obj in asset.objectValues() if obj.portal_type == BOOKING]


def conflicts(asset, start, end, ignore=None) -> list:
    """Bookings of ``asset``, not refused, overlapping ``[start, end)``."""
    ignored = ignore.UID() if ignore is not None else None
    return [
        booking
        for booking in _bookings(asset)
        if booking.UID() != ignored
        and booking.booking_status != "refused"
        and booking.start < end
        and start < booking.end
    ]


def request_booking(asset, *, start, end, borrower, title=""):
    if asset.portal_type != ASSET or not asset.lendable:
        raise TechError(_("This asset cannot be lent."))
    if not borrower or not (borrower or "").strip():
        raise TechError(_("Who borrows it?"))
    if start is None or end is None or not start < end:
        raise TechError(_("The booking must end after it starts."))
    if conflicts(asset, start, end):
        raise TechConflict(_("The asset is already booked during this period."))
    with as_manager():
        return api.content.create(
            container=asset,
            type=BOOKING,
            title=title or f"{asset.Title()} — {borrower}",
            start=start,
            end=end,
            borrower=borrower.strip(),
            booking_status="requested",
        )


def decide_booking(booking, *, approve: bool):
    asset = booking.aq_parent
    if not api.user.has_permission(MANAGE, obj=asset):
        raise TechForbidden(_("Only who manages the asset decides its bookings."))
    if approve and conflicts(asset, booking.start, booking.end, ignore=booking):
        raise TechConflict(_("The asset is already booked during this period."))
    booking.booking_status = "approved" if approve else "refused"
    booking.reindexObject()
