"""Builds the iA.Tech demo: teams, agents, assets, requests and orders.

States are set directly (``setStatusOf``) with one reindex per document:
the demo must stay fast (a few hundred documents in seconds); the workflow
history says "demo" as the actor's comment.
"""

from DateTime import DateTime
from datetime import date
from datetime import datetime
from datetime import timedelta
from ia.core.links import api as links
from ia.core.orgchart import api as orgchart
from ia.core.security import as_manager
from ia.tech import settings
from ia.tech.content import ASSET
from ia.tech.content import ORDER
from ia.tech.content import REQUEST
from ia.tech.demo import data
from ia.tech.folders import assets_folder
from ia.tech.folders import work_folder
from ia.tech.notes import add_public_note
from persistent.list import PersistentList
from plone import api
from plone.namedfile.file import NamedBlobImage
import random


PASSWORD = "demo-tech-2026"  # noqa: S105 - demo users of a fictional municipality


def _set_state(obj, workflow_id, state):
    wf_tool = api.portal.get_tool("portal_workflow")
    wf_tool.setStatusOf(
        workflow_id,
        obj,
        {
            "review_state": state,
            "action": "demo",
            "actor": "admin",
            "time": DateTime(),
            "comments": "démo",
        },
    )
    wf_tool[workflow_id].updateRoleMappingsFor(obj)


class Builder:
    def __init__(self, technical_uid, done):
        self.technical = technical_uid
        self.done = done
        self.teams = self.ensure_teams()
        self.agents = self.ensure_agents()
        self.assets = []
        self.today = date.today()

    # --- organisation -----------------------------------------------------

    def ensure_teams(self):
        service = orgchart.get_service(self.technical)
        existing = {
            obj.Title(): obj
            for obj in service.objectValues()
            if obj.portal_type == "IaService"
        }
        teams = list(existing.values())
        with as_manager():
            for title, acronym in data.TEAMS:
                if len(teams) >= 4:
                    break
                if title not in existing:
                    teams.append(
                        api.content.create(
                            container=service,
                            type="IaService",
                            id=acronym.lower(),
                            title=title,
                            acronym=acronym,
                        )
                    )
        return [team.UID() for team in teams[:4]]

    def ensure_agents(self):
        agents = {}
        for number, team in enumerate(self.teams):
            ids = []
            for rank in (1, 2):
                userid = f"agent-tech-{number + 1}{rank}"
                if api.user.get(userid=userid) is None:
                    first, last = data.AGENT_NAMES[
                        (number * 2 + rank - 1) % len(data.AGENT_NAMES)
                    ]
                    api.user.create(
                        email=f"{userid}@demo.example",
                        username=userid,
                        password=PASSWORD,
                        properties={"fullname": f"{first} {last}"},
                    )
                orgchart.add_member(team, "editor", userid)
                ids.append(userid)
            agents[team] = ids
        return agents

    # --- assets -----------------------------------------------------------

    def ensure_assets(self, count):
        folder = assets_folder()
        existing = [o for o in folder.objectValues() if o.portal_type == ASSET]
        self.assets = [o.UID() for o in existing]
        with as_manager():
            for index in range(len(existing), count):
                kind, title, lendable = data.asset(index)
                asset = api.content.create(
                    container=folder,
                    type=ASSET,
                    id=f"demo-asset-{index}",
                    title=title,
                    asset_kind=kind,
                    lendable=lendable,
                    inventory_code=f"INV-{index + 1:04d}",
                    latitude=data.LAT + (index % 7 - 3) * 0.004,
                    longitude=data.LON + (index % 5 - 2) * 0.005,
                )
                if lendable:
                    self._bookings(asset, index)
                self.assets.append(asset.UID())

    def _bookings(self, asset, index):
        for offset, status in ((2, "approved"), (5, "requested"), (9, "refused")):
            start = datetime.combine(
                self.today + timedelta(days=offset + index % 3), datetime.min.time()
            ).replace(hour=18)
            api.content.create(
                container=asset,
                type="IaTechBooking",
                id=f"reservation-{offset}",
                title=f"{asset.Title()} — {data.BORROWERS[(index + offset) % len(data.BORROWERS)]}",
                start=start,
                end=start + timedelta(hours=5),
                borrower=data.BORROWERS[(index + offset) % len(data.BORROWERS)],
                booking_status=status,
            )

    # --- requests and orders ----------------------------------------------

    def request(self, index):
        rnd = random.Random(index)
        types = [code for code, _title in settings.request_types()]
        code = types[index % len(types)]
        citizen = index % 3 == 0
        street = data.STREETS[index % len(data.STREETS)]
        fields = {
            "title": f"{data.SUBJECTS[code][index % len(data.SUBJECTS[code])]} — {street}",
            "description": data.DESCRIPTIONS[code],
            "request_type": code,
            "priority": rnd.choice(("low", "normal", "normal", "high", "urgent")),
            "address": f"{street} {rnd.randint(1, 120)}, 5999 Démo-sur-Meuse",
            "latitude": data.LAT + rnd.uniform(-0.02, 0.02),
            "longitude": data.LON + rnd.uniform(-0.03, 0.03),
            "desired_date": self.today + timedelta(days=rnd.randint(-20, 30)),
            "responsible_services": [self.technical],
            "origin": "open311" if citizen else "service",
        }
        if citizen:
            first, last = data.CITIZENS[index % len(data.CITIZENS)]
            fields.update(
                contact_name=f"{first} {last}",
                contact_email=f"{first.lower()}.{last.lower()}@example.org",
            )
        with as_manager():
            request = api.content.create(
                container=work_folder(), type=REQUEST, id=f"demo-dt-{index}", **fields
            )
            request.creation_date = DateTime() - rnd.randint(0, 60)
            if citizen and index % 6 == 0:
                self._photo(request, "photo", "Photo du signalement")
            outcome = data.request_outcome(index)
            if outcome == "accepted":
                self._order(request, index, rnd)
            elif outcome == "refused":
                request.refusal_reason = data.REFUSALS[index % len(data.REFUSALS)]
                add_public_note(request, request.refusal_reason)
            if outcome != "submitted":
                _set_state(request, "ia_tech_request_workflow", outcome)
            request.reindexObject()
        return request

    def _photo(self, obj, category, title):
        api.content.create(
            container=obj,
            type="IaAttachment",
            id=category,
            title=title,
            category=category,
            file=NamedBlobImage(
                data=data.PNG, filename="photo.png", contentType="image/png"
            ),
        )

    def _order(self, request, index, rnd):
        team = self.teams[index % len(self.teams)]
        state = data.order_state(index)
        planned = None
        if state != "to_plan":
            planned = self.today + timedelta(days=rnd.randint(-10, 10))
            if state in ("done", "closed"):
                planned = self.today - timedelta(days=rnd.randint(1, 40))
            while planned.weekday() > 4:
                planned -= timedelta(days=1)
        agents = self.agents[team]
        order = api.content.create(
            container=work_folder(),
            type=ORDER,
            id=f"demo-ot-{index}",
            title=request.Title(),
            description=request.Description(),
            request_type=request.request_type,
            priority=request.priority,
            team=team,
            planned_date=planned,
            expected_hours=float(rnd.choice((1, 2, 2, 3, 4, 6))),
            asset=self.assets[index % len(self.assets)]
            if self.assets and index % 4 == 0
            else None,
            address=request.address,
            latitude=request.latitude,
            longitude=request.longitude,
            due_date=request.desired_date,
            responsible_services=[team, self.technical],
            assigned_agent=agents[index % 2] if planned else None,
        )
        links.link(source=request, target=order, kind="ia.gave_rise_to")
        add_public_note(
            request, "Votre demande a été acceptée : un bon de travail a été créé."
        )
        if state in ("in_progress", "done", "closed"):
            self._costs(order, agents, planned, rnd)
            if index % 5 == 0:
                self._photo(order, "photo_before", "Avant travaux")
        if state in ("done", "closed") and index % 5 == 0:
            self._photo(order, "photo_after", "Après travaux")
        if state != "to_plan":
            _set_state(order, "ia_tech_order_workflow", state)
        order.reindexObject()

    def _costs(self, order, agents, day, rnd):
        from ia.tech.costs import update_totals

        materials = settings.materials()
        order.hours = PersistentList(
            {
                "agent": agent,
                "day": day.isoformat(),
                "hours": float(rnd.choice((1, 1.5, 2, 3))),
            }
            for agent in agents
        )
        item = materials[rnd.randrange(len(materials))]
        order.materials = PersistentList(
            [
                {
                    "material": item.id,
                    "title": item.title,
                    "unit": item.unit,
                    "quantity": float(rnd.randint(1, 5)),
                    "unit_cost": item.unit_cost,
                }
            ]
        )
        update_totals(order)
