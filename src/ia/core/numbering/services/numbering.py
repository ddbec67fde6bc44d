"""``@ia-numbering``: the registers of the site (permission "ia.core: Manage
numbering registers": Manager, Site Administrator).

GET ``/@ia-numbering[?year=2026]``: every register with its pattern, moment
and counter for the year (default: the current one).

POST ``/@ia-numbering`` with ``{"register": "E", "year": 2026, "next": 120}``:
set the next number of a counter (an admin correction; only forward, so a
number is never handed out twice). ``year`` defaults to the current year.
"""

from ia.core import _
from ia.core.numbering import api as numbering
from ia.core.numbering.exceptions import NumberingError
from ia.core.rest import IaService
from plone.restapi.deserializer import json_body
from plone.restapi.exceptions import DeserializationError
from zope.interface import alsoProvides
import plone.protect.interfaces


BAD_BODY = _(
    "msg_numbering_body",
    default="Expected a JSON object with register, year and next.",
)


class NumberingService(IaService):
    """Base of the ``@ia-numbering`` services."""


class NumberingGet(NumberingService):
    def reply(self):
        raw = self.request.form.get("year")
        try:
            year = numbering.check_year(None if raw in (None, "") else _as_int(raw))
            items = [
                numbering.info(register, year) for register in numbering.registers()
            ]
        except NumberingError as exc:
            return self.error(400, exc.message)
        return {
            "@id": f"{self.context.absolute_url()}/@ia-numbering",
            "year": year,
            "items": items,
            "items_total": len(items),
        }


def _as_int(raw):
    try:
        return int(raw)
    except (TypeError, ValueError):
        return raw  # check_year rejects it with a clear message


class NumberingPost(NumberingService):
    def reply(self):
        alsoProvides(self.request, plone.protect.interfaces.IDisableCSRFProtection)
        try:
            data = json_body(self.request)
        except DeserializationError:
            data = None
        if not isinstance(data, dict) or "next" not in data or "register" not in data:
            return self.error(400, BAD_BODY)
        try:
            year = numbering.check_year(data.get("year"))
            numbering.set_next(data["register"], year, data["next"])
            return numbering.info(data["register"], year)
        except NumberingError as exc:
            return self.error(400, exc.message)
