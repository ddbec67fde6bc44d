"""iA.Tech's layers on the core map (``ia.core.map``, docs/map.md): open
work requests and open work orders, filtered by type of work and, for the
orders, by team (state and type are the core's own filters)."""

from ia.core.map.layers import MapFilter
from ia.core.map.layers import MapLayer
from ia.tech import _
from ia.tech import settings
from ia.tech.content import ORDER
from ia.tech.content import REQUEST
from ia.tech.requests import teams
from ia.tech.vocabularies import PRIORITIES
from zope.i18n import translate


def type_options(context):
    return settings.request_types()


def team_options(context):
    return [(row.uid, row.title) for row in teams()]


def _properties(brain):
    return {
        "work_type": dict(settings.request_types()).get(
            brain.ia_tech_request_type or "", ""
        ),
        # the priority's French title, never its raw id
        "priority": translate(
            dict(PRIORITIES).get(brain.ia_tech_priority, ""), target_language="fr"
        ),
    }


TYPE_FILTER = MapFilter(
    "work_type", _("Type of work"), index="ia_tech_request_type", options=type_options
)
TITLES = {"work_type": _("Type of work"), "priority": _("Priority")}

REQUESTS = MapLayer(
    id="tech-requests",
    title=_("Work requests"),
    portal_types=(REQUEST,),
    query={"ia_final": False},
    filters=(TYPE_FILTER,),
    properties=_properties,
    property_titles=TITLES,
    order=30,
)
ORDERS = MapLayer(
    id="tech-orders",
    title=_("Work orders"),
    portal_types=(ORDER,),
    query={"ia_final": False},
    filters=(
        TYPE_FILTER,
        MapFilter("team", _("Team"), index="ia_tech_team", options=team_options),
    ),
    properties=_properties,
    property_titles=TITLES,
    order=31,
)
