"""POST ``/@ia-numbering`` with ``{"register": "E", "year": 2026, "next": 120}``:
set the next number of a counter (an admin correction; only forward, so a
number is never handed out twice). ``year`` defaults to the current year."""

from ia.core import _
from ia.core.numbering import api as numbering
from ia.core.rest import BadRequestBody
from ia.core.rest import IaService


BAD_BODY = _(
    "msg_numbering_body",
    default="Expected a JSON object with register, year and next.",
)


class NumberingPost(IaService):
    def answer(self):
        data = self.body()
        if "next" not in data or "register" not in data:
            raise BadRequestBody(BAD_BODY)
        year = numbering.check_year(data.get("year"))
        numbering.set_next(data["register"], year, data["next"])
        return numbering.info(data["register"], year)
