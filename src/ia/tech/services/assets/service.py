"""``@tech-asset``: history of an asset (GET), a booking request (POST)."""

from datetime import datetime
from ia.core.rest import BadRequestBody
from ia.core.rest import IaService
from ia.tech import _
from ia.tech import assets
from ia.tech.content import BOOKING


def _datetime(service, data, name):
    value = service.field(data, name, required=True)
    try:
        return datetime.fromisoformat(value).replace(tzinfo=None)
    except ValueError:
        raise BadRequestBody(
            _("The field '${field}' must be a date and time.", mapping={"field": name})
        ) from None


def _booking(booking):
    return {
        "title": booking.Title(),
        "start": booking.start.isoformat(),
        "end": booking.end.isoformat(),
        "status": booking.booking_status,
    }


class AssetGet(IaService):
    def answer(self):
        history = assets.history(self.context)
        return {
            "@id": f"{self.context.absolute_url()}/@tech-asset",
            "orders": [
                {
                    "@id": brain.getURL(),
                    "title": brain.Title,
                    "reference": brain.ia_reference,
                    "review_state": brain.review_state,
                    "hours": brain.ia_tech_total_hours or 0.0,
                    "cost": brain.ia_tech_total_cost or 0.0,
                }
                for brain in history["orders"]
            ],
            "hours": history["hours"],
            "cost": history["cost"],
            "bookings": [
                _booking(obj)
                for obj in self.context.objectValues()
                if obj.portal_type == BOOKING
            ],
        }


class BookingPost(IaService):
    def answer(self):
        data = self.body()
        booking = assets.request_booking(
            self.context,
            start=_datetime(self, data, "start"),
            end=_datetime(self, data, "end"),
            borrower=self.field(data, "borrower", required=True, max_length=200),
        )
        self.request.response.setStatus(201)
        return _booking(booking)
