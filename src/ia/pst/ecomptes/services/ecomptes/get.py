"""``GET <programme>/@ia-pst-ecomptes?exercise=2026``: the eComptes XML.

Answers the XML file itself (``application/xml``, validated against the
201805V1 schema, ``Content-Disposition`` with its name); ``exercise`` is the
financial year (this year when absent). A year that is not one, or a file
that would not validate, answers 400 ``{"error": {"type", "message"}}``.
"""

from ia.core.rest import IaService
from ia.pst.ecomptes.export import export
from ia.pst.ecomptes.export import filename
from ia.pst.ecomptes.export import year
from ia.pst.ecomptes.services.access import check_editor


class EcomptesGet(IaService):
    def answer(self):
        check_editor(self.context)
        exercise = self.request.form.get("exercise") or None
        data = export(self.context, exercise=exercise)
        response = self.request.response
        response.setHeader("Content-Type", "application/xml; charset=utf-8")
        response.setHeader(
            "Content-Disposition",
            f'attachment; filename="{filename(self.context, year(exercise))}"',
        )
        response.setHeader("Content-Length", str(len(data)))
        return data
