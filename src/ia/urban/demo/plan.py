"""What each demo file is: its type, state, dates and events (no site)."""

from dataclasses import dataclass
from dataclasses import field
from datetime import date
from datetime import timedelta
from ia.urban.kinds import KINDS
import json
import math
import random


# The neighbours notified of a demo inquiry ("name, street, town").
NEIGHBOURS = (
    "Mme Claire Martin, Rue du Moulin 14, 5999 Démo-sur-Meuse",
    "M. Paul Leroy, Rue du Moulin 9, 5999 Démo-sur-Meuse",
    "Mme Anne Collin, Rue de la Station 3, 5999 Démo-sur-Meuse",
)
STREETS = (
    "place-communale",
    "rue-de-la-station",
    "rue-du-moulin",
    "chaussee-de-namur",
    "rue-de-l-eglise",
)
SUBJECTS = (
    "Construction d'une habitation unifamiliale",
    "Transformation et extension d'une maison",
    "Construction d'un car-port",
    "Démolition d'une annexe et construction d'un garage",
    "Modification du relief du sol",
    "Placement de panneaux photovoltaïques",
    "Division d'un bien en deux logements",
    "Abattage de deux arbres remarquables",
    "Exploitation d'un atelier de menuiserie",
    "Création d'un lotissement de six lots",
)
# Each state with the events that lead to it (the last step decides the state).
PATHS = {
    "deposit": ("deposit",),
    "incomplete": ("deposit", "incompleteness"),
    "complete": ("deposit", "acknowledgement", "procedure"),
    "inadmissible": ("deposit", "incompleteness", "completion"),
    "in_instruction": (
        "deposit",
        "acknowledgement",
        "procedure",
        "opinion_request",
        "inquiry",
        "claim",
    ),
    "granted": (
        "deposit",
        "acknowledgement",
        "procedure",
        "opinion_request",
        "opinion_answer",
        "decision",
    ),
    "refused": ("deposit", "acknowledgement", "procedure", "decision"),
    "notified": (
        "deposit",
        "acknowledgement",
        "procedure",
        "inquiry",
        "claim",
        "inquiry_meeting",
        "prorogation",
        "decision",
        "notification",
    ),
    "withdrawn": ("deposit", "acknowledgement"),
    "suspended": ("deposit", "acknowledgement", "procedure"),
    "obsolete": ("deposit", "incompleteness"),
}
STATES = tuple(PATHS)


@dataclass
class FilePlan:
    key: str
    portal_type: str
    title: str
    state: str
    service: str
    agent: str
    applicant: str
    architect: str
    street: str
    number: str
    parcel: str
    latitude: float
    longitude: float
    events: list = field(default_factory=list)  # (kind, date, fields)
    shape: str = ""  # the parcel's outline (GeoJSON), for some files


def outline(rng, latitude, longitude) -> str:
    """A small parcel around the point: a turned rectangle of about
    15-30 m by 25-60 m (GeoJSON Polygon, [longitude, latitude])."""
    width = rng.uniform(15, 30) / 2
    depth = rng.uniform(25, 60) / 2
    angle = rng.uniform(0, math.pi)
    metres_lat = 111_320.0
    metres_lon = metres_lat * math.cos(math.radians(latitude))
    ring = []
    for x, y in ((-width, -depth), (width, -depth), (width, depth), (-width, depth)):
        east = x * math.cos(angle) - y * math.sin(angle)
        north = x * math.sin(angle) + y * math.cos(angle)
        ring.append(
            [
                round(longitude + east / metres_lon, 7),
                round(latitude + north / metres_lat, 7),
            ]
        )
    ring.append(ring[0])
    return json.dumps({"type": "Polygon", "coordinates": [ring]})


def _events(rng, state, deposit):
    day = deposit
    events = []
    for kind in PATHS[state]:
        fields = {}
        if kind != "deposit":
            day = day + timedelta(days=rng.randint(3, 25))
        if kind == "procedure":
            fields = rng.choice(
                (
                    {"publicity": "inquiry", "opinions": True},
                    {"opinions": True},
                    {},
                    {"fd_opinion": "mandatory", "publicity": "announcement"},
                )
            )
        elif kind == "opinion_request":
            fields = {
                "body": rng.choice(("SRI", "DNF", "AWaP", "CCATM", "SPW Mobilité"))
            }
        elif kind == "opinion_answer":
            fields = {"body": "SRI", "result": rng.choice(("favourable", "conditions"))}
        elif kind == "inquiry":
            fields = {
                "start": (day + timedelta(days=1)).isoformat(),
                "meeting_time": "11:00",
                "neighbours": list(NEIGHBOURS),
            }
        elif kind == "inquiry_meeting":
            fields = {"minutes": "Séance tenue à l'administration communale."}
        elif kind == "claim":
            fields = {
                "claimant": rng.choice(
                    ("M. Lemaire", "Mme Collin", "Riverains de la rue")
                ),
                "text": "Crainte de perte d'ensoleillement et de vues.",
            }
        elif kind == "decision":
            fields = {"result": "refused" if state == "refused" else "granted"}
        events.append((kind, day, fields))
    return events


def plan(index, service_uid, editors, contacts) -> FilePlan:
    """The ``index``-th demo file: every type and every state in turn."""
    rng = random.Random(index)
    kind = KINDS[index % len(KINDS)]
    state = STATES[(index // len(KINDS) + index) % len(STATES)]
    deposit = date.today() - timedelta(days=rng.randint(5, 300))
    applicants = contacts["applicants"]
    file_plan = FilePlan(
        key=f"file-{index}",
        portal_type=kind.portal_type,
        title=SUBJECTS[index % len(SUBJECTS)],
        state=state,
        service=service_uid,
        agent=editors[index % len(editors)] if editors else "",
        applicant=applicants[index % len(applicants)] if applicants else "",
        architect=rng.choice(contacts["architects"]) if contacts["architects"] else "",
        street=STREETS[index % len(STREETS)],
        number=str(rng.randint(1, 120)),
        parcel=f"{rng.randint(10000, 99999)}{rng.choice('ABCD')}{rng.randint(1, 999):04d}/"
        f"00_000",
        latitude=50.45 + rng.random() / 50,
        longitude=4.85 + rng.random() / 30,
        events=_events(rng, state, deposit),
    )
    if index % 3 == 0:  # one file in three has its parcel's outline
        file_plan.shape = outline(rng, file_plan.latitude, file_plan.longitude)
    return file_plan
