"""iA.Tech's settings: registry records of ``profiles/default/registry.xml``.

| record | meaning |
|---|---|
| ``ia.tech.request_types`` | ``id|Title`` lines: the types of work (and Open311 services) |
| ``ia.tech.materials`` | ``id|Title|unit|unit cost`` lines: the materials catalogue |
| ``ia.tech.hourly_rate`` | cost of one hour of an agent (euros) |
| ``ia.tech.day_hours`` | hours an agent works per day (capacity of the week view) |
| ``ia.tech.duplicate_distance`` | metres within which an open request of the same type is a suggested duplicate |
| ``ia.tech.open311_post_limit`` | Open311 POSTs per client address per minute |
| ``ia.tech.open311_read_limit`` | Open311 GETs per client address per minute |
| ``ia.tech.folder`` | id of the folder at the site root holding requests and orders |
"""

from dataclasses import dataclass
from ia.core.registrylines import registry_pairs
from plone import api


PREFIX = "ia.tech."


def _get(name, default):
    value = api.portal.get_registry_record(PREFIX + name, default=None)
    return default if value is None else value


def request_types() -> list[tuple[str, str]]:
    return registry_pairs(PREFIX + "request_types")


@dataclass(frozen=True)
class Material:
    id: str
    title: str
    unit: str
    unit_cost: float


def _material(line):
    parts = [part.strip() for part in (line or "").split("|")]
    if len(parts) != 4 or not parts[0]:
        return None
    try:
        cost = float(parts[3].replace(",", "."))
    except ValueError:
        return None
    return Material(parts[0], parts[1] or parts[0], parts[2], cost)


def materials() -> list[Material]:
    """The catalogue; malformed lines are skipped."""
    lines = _get("materials", ())
    return [m for m in (_material(line) for line in lines) if m is not None]


def material(material_id):
    for item in materials():
        if item.id == material_id:
            return item
    return None


def hourly_rate() -> float:
    return float(_get("hourly_rate", 35.0))


def day_hours() -> float:
    return float(_get("day_hours", 7.6))


def duplicate_distance() -> int:
    return int(_get("duplicate_distance", 50))


def open311_limits() -> tuple[int, int]:
    """(POSTs, GETs) per client address per minute."""
    return int(_get("open311_post_limit", 5)), int(_get("open311_read_limit", 120))


def folder_id() -> str:
    return _get("folder", "travaux")
