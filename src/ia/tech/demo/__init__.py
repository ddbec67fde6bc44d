"""Demo data of iA.Tech for a municipality profile (``[demo."ia.tech"]``).

``populate(portal, municipality, requests=200, assets=50)`` makes four
teams under the technical service (the existing sub-services first), two
agents per team, ``assets`` assets (rooms lendable, with bookings) and
``requests`` work requests over the last two months — a third of them
citizen reports (Open311, some with a photo) — triaged into every state,
the accepted ones with their work order in every state of the order
workflow, planned around this week, with hours and materials. Idempotent:
each planned request has a key remembered on ``/travaux``.
"""

from ia.tech.demo.builder import Builder
from ia.tech.folders import work_folder
from ia.tech.requests import technical_services
from persistent.mapping import PersistentMapping
from zope.annotation.interfaces import IAnnotations
import logging
import time


logger = logging.getLogger("ia.tech.demo")

OPTIONS = {"requests": (int, 200), "assets": (int, 50)}
ANNOTATION = "ia.tech.demo"


def created_keys(folder):
    annotations = IAnnotations(folder)
    if ANNOTATION not in annotations:
        annotations[ANNOTATION] = PersistentMapping()
    return annotations[ANNOTATION]


def populate(portal, municipality, requests=200, assets=50, **options):
    """Create what is missing of the demo; returns the number of requests made."""
    technical = technical_services()
    if not technical:
        logger.warning("No technical service (Travaux) found: no iA.Tech demo.")
        return 0
    start = time.monotonic()
    folder = work_folder()
    done = created_keys(folder)
    builder = Builder(technical[0], done)
    builder.ensure_assets(max(assets, 0))
    count = 0
    for index in range(max(requests, 0)):
        key = f"request-{index}"
        if key in done:
            continue
        done[key] = builder.request(index).UID()
        count += 1
    logger.info(
        "%d demo work requests created in %.1f s (%d already there).",
        count,
        time.monotonic() - start,
        len([k for k in done if k.startswith("request-")]) - count,
    )
    return count
