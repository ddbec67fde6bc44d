"""``POST`` / ``DELETE /@ia-orgchart/members`` ``{"service", "function",
"userid"}`` (or the same in the query string): add or remove a member."""

from ia.core import _
from ia.core.errors import NotFound
from ia.core.orgchart import api as orgchart
from ia.core.orgchart.errors import OrgChartError
from ia.core.rest import BadRequestBody
from ia.core.rest import PathService


FIELDS = ("service", "function", "userid")


class MembersChange(PathService):
    """Shared body of POST and DELETE on ``@ia-orgchart/members``."""

    change = None  # orgchart.add_member or orgchart.remove_member

    def refuse(self, error):
        # An organisation chart refusal is named by its class (UnknownUser...).
        kind = type(error).__name__ if isinstance(error, OrgChartError) else None
        return self.error(error.status, error.message, kind)

    def answer(self):
        if self.params != ["members"]:
            raise NotFound("Use @ia-orgchart/members.")
        data = self.body()
        values = {
            key: self.field(data, key) or self.request.form.get(key) for key in FIELDS
        }
        missing = [key for key, value in values.items() if not value]
        if missing:
            raise BadRequestBody(
                _(
                    "msg_rest_fields_missing",
                    default="Missing: ${fields}.",
                    mapping={"fields": ", ".join(missing)},
                )
            )
        type(self).change(values["service"], values["function"], values["userid"])
        service = orgchart.get_service(values["service"])
        return {
            "service": values["service"],
            "function": values["function"],
            "group_id": orgchart.group_id(values["service"], values["function"]),
            "members": orgchart.members(service, values["function"]),
        }
