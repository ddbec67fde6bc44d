"""GET ``/@ia-numbering[?year=2026]``: every register with its pattern, moment
and counter for the year (default: the current one)."""

from ia.core.numbering import api as numbering
from ia.core.rest import IaService


def _as_int(raw):
    try:
        return int(raw)
    except (TypeError, ValueError):
        return raw  # check_year rejects it with a clear message


class NumberingGet(IaService):
    def answer(self):
        raw = self.request.form.get("year")
        year = numbering.check_year(None if raw in (None, "") else _as_int(raw))
        items = [numbering.info(register, year) for register in numbering.registers()]
        return {
            "@id": f"{self.context.absolute_url()}/@ia-numbering",
            "year": year,
            "items": items,
            "items_total": len(items),
        }
