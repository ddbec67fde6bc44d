"""Demo programme of iA.PST for a municipality profile (``[demo."ia.pst"]``).

``populate(portal, municipality, actions=150)`` creates, in ``/pst``, the
programme 2024–2030 with ten strategic objectives, forty operational
objectives and ``actions`` actions spread over the demo services, in every
state and health, with budget lines, indicators, a few sub-actions, some
shared between two objectives and most published for citizens (the
programme and its objectives ongoing, each strategic objective with a
mid-term evaluation comment); when the
iA.Delib demo has council items, a few actions are linked to them (catalog
and core links only: ia.pst does not import ia.delib). Idempotent: a
programme already there is left as it is.
"""

from DateTime import DateTime
from datetime import date
from datetime import timedelta
from ia.core.links import api as links
from ia.core.orgchart import api as orgchart
from ia.core.settings.api import get_settings
from ia.core.versioning import create_without_initial_version
from ia.pst import rollup
from ia.pst.demo import data
from ia.pst.links import KIND
from ia.pst.references import renumber
from ia.pst.subscribers import ACTION_INDEXES
from ia.pst.suspend import suspended
from plone import api
import logging
import time


logger = logging.getLogger("ia.pst.demo")

OPTIONS = {"actions": (int, 150), "folder": (str, "pst")}
STATES = (
    "created",
    "to_be_scheduled",
    "ongoing",
    "ongoing",
    "ongoing",
    "terminated",
    "stopped",
)
HEALTHS = ("green", "green", "green", "orange", "red")
PROGRESS = {"created": 0, "to_be_scheduled": 5, "terminated": 100, "stopped": 20}


def _persons():
    return [
        brain.UID
        for brain in api.content.find(portal_type="IaPerson", sort_on="sortable_title")
    ]


def _make(container, portal_type, id, title, **fields):
    """Created without its initial version (``ia.core.versioning``) and with
    its id given: no rename, no savepoint (the demo is built in seconds)."""
    return create_without_initial_version(
        container, portal_type, id=id, title=title, **fields
    )


def _set_state(obj, state):
    """Put a demo item in ``state`` (history: one entry "demo data"); no
    transition guard runs, so a profile applied by a script without a user
    builds it too."""
    wf_tool = api.portal.get_tool("portal_workflow")
    (workflow_id,) = wf_tool.getChainFor(obj)
    wf_tool.setStatusOf(
        workflow_id,
        obj,
        {
            "review_state": state,
            "action": None,
            "actor": "demo",
            "time": DateTime(),
            "comments": "Données de démonstration",
        },
    )
    wf_tool[workflow_id].updateRoleMappingsFor(obj)
    obj.reindexObject(
        idxs=["review_state", "ia_final", "ia_ball", "allowedRolesAndUsers"]
    )


def _work_fields(index, services, persons, state):
    start = date(2025, 1, 1) + timedelta(days=(index * 37) % 900)
    progress = PROGRESS.get(state, (index * 13) % 90 + 5)
    amount = float(5000 + (index * 7919) % 250000)
    label, target = data.INDICATORS[index % len(data.INDICATORS)]
    fields = {
        "responsible_services": [services[index % len(services)]],
        "priority": str(index % 3 + 1),
        "planned_start": start,
        "planned_end": start + timedelta(days=180 + (index * 53) % 700),
        "progress": progress,
        "health": HEALTHS[index % len(HEALTHS)]
        if state not in ("terminated", "stopped")
        else "green",
        "budget_lines": [
            {
                "budget_type": "extraordinary_expense"
                if index % 3
                else "ordinary_expense",
                "year": start.year + k,
                "amount": round(amount / (k + 1), 2),
                "article": f"{100 + index % 800}/{725 + k}-60",
            }
            for k in range(1 + index % 2)
        ],
        "indicators": [
            {
                "label": label,
                "target": target,
                "reached": round(target * progress / 100, 1),
                "year": 2026,
            }
        ],
        "public": index % 5 != 4,
    }
    if persons:
        fields["manager"] = [persons[index % len(persons)]]
        fields["political_responsible"] = persons[(index + 1) % len(persons)]
        fields["administrative_responsible"] = persons[(index + 2) % len(persons)]
    if fields["health"] != "green":
        fields["health_details"] = (
            "Retard du fournisseur"
            if fields["health"] == "orange"
            else "Budget insuffisant, marché à relancer"
        )
    return fields


def _build(pst, services, persons, actions):
    operational = []
    for i, (title, category) in enumerate(data.STRATEGIC):
        os_ = _make(
            pst,
            "IaPstStrategicObjective",
            f"os-{i + 1}",
            title,
            categories=[category],
            responsible_services=[services[i % len(services)]],
            public=True,
            evaluation_midterm=data.MIDTERM[i % len(data.MIDTERM)],
        )
        _set_state(os_, "ongoing")
        for j, pattern in enumerate(data.OPERATIONAL):
            oo = _make(
                os_,
                "IaPstOperationalObjective",
                f"oo-{j + 1}",
                pattern.format(n=10 * (i + j + 1)),
                categories=[category],
                responsible_services=[services[(i + j) % len(services)]],
                public=(i + j) % 4 != 3,
            )
            _set_state(oo, "ongoing")
            operational.append(oo)
    created, shared = [], []
    for k in range(actions):
        state = STATES[k % len(STATES)]
        title = (
            f"{data.VERBS[k % len(data.VERBS)]} {data.OBJECTS[k % len(data.OBJECTS)]}"
        )
        oo = operational[k % len(operational)]
        action = _make(
            oo,
            "IaPstAction",
            f"action-{k + 1}",
            title,
            **_work_fields(k, services, persons, state),
        )
        if k % 15 == 7:
            action.shared_with = [operational[(k + 5) % len(operational)].UID()]
            shared.append(action)
        if k % 10 == 3:
            _make(
                action,
                "IaPstSubAction",
                "sa-1",
                "Préparer le cahier des charges",
                **_work_fields(k + 1, services, persons, "created"),
            )
        if state != "created":
            _set_state(action, state)
        created.append(action)
    return operational, created, shared


def _link_decisions(actions):
    items = api.content.find(portal_type="IaDelibItem", sort_on="created")[:12]
    for brain, action in zip(items, actions[::9], strict=False):
        links.link(source=action, target=brain.getObject(), kind=KIND)
    return len(items)


def populate(portal, municipality, actions=150, folder="pst", **options):
    """Create the demo programme unless it is already there."""
    if folder in portal.objectIds():
        return 0
    services = [row.uid for row in orgchart.get_services(active_only=True)]
    if not services:
        logger.warning("No service in the organisation chart: no demo programme.")
        return 0
    start = time.monotonic()
    if (
        municipality is not None
        and municipality.ins_code
        and not get_settings().ins_code
    ):
        get_settings().ins_code = municipality.ins_code
    pst = api.content.create(
        container=portal,
        type="IaPstProgramme",
        id=folder,
        title="Programme stratégique transversal 2024-2030",
        legislature_start=date(2024, 12, 2),
        legislature_end=date(2030, 12, 1),
        designation_date=date(2024, 12, 2),
        council_noted=date(2025, 6, 26),
        responsible_services=[services[0]],
        public=True,
    )
    _set_state(pst, "ongoing")
    with suspended():
        operational, created, shared = _build(pst, services, _persons(), actions)
    renumber(pst)
    for action in shared:
        action.reindexObject(idxs=ACTION_INDEXES)
    rollup.refresh_programme(pst)
    linked = _link_decisions(created)
    logger.info(
        "Demo programme: %d operational objectives, %d actions, %d linked to decisions, in %.1f s.",
        len(operational),
        len(created),
        linked,
        time.monotonic() - start,
    )
    return len(created)
