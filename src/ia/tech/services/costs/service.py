"""``@tech-costs``: hours per agent, materials and the total cost of an order."""

from datetime import date
from ia.core.rest import BadRequestBody
from ia.core.rest import IaService
from ia.tech import _
from ia.tech import costs


def _number(service, data, name):
    value = data.get(name)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise BadRequestBody(
            _("The field '${field}' must be a number.", mapping={"field": name})
        )
    return float(value)


class CostsGet(IaService):
    def answer(self):
        order = self.context
        return {
            "@id": f"{order.absolute_url()}/@tech-costs",
            "hours": costs.hours_of(order),
            "materials": costs.materials_of(order),
            "hours_by_agent": costs.hours_by_agent(order),
            **costs.summary(order),
        }


class CostsPost(IaService):
    def answer(self):
        data = self.body()
        kind = self.field(data, "kind", required=True)
        if kind == "hours":
            line = costs.add_hours(
                self.context,
                agent=self.field(data, "agent", required=True),
                day=self.field(data, "day", date, required=True),
                hours=_number(self, data, "hours"),
            )
        elif kind == "material":
            line = costs.add_material(
                self.context,
                material=self.field(data, "material", required=True),
                quantity=_number(self, data, "quantity"),
            )
        else:
            raise BadRequestBody(_("The kind is hours or material."))
        self.request.response.setStatus(201)
        return {"line": line, **costs.summary(self.context)}
