"""Demo data of iA.Urban for a municipality profile (``[demo."ia.urban"]``).

``populate(portal, municipality, files=224)`` creates a dozen applicants
and architects in the directory and ``files`` licence files of every type
spread over every state of the licence workflow, with their procedure
events (deposit, completeness, procedure, opinions, inquiries with
complaints, prorogations, decisions, notifications), deposited over the
last ten months so that some are late. The files belong to the service
``urbanisme`` and are assigned to its editors (``urbagent`` first).
Idempotent: the planned keys already created (remembered on
``/urbanisme``) are skipped. Fast: states are set as the workflow would
leave them (no transition replayed), the deadlines computed once per file.
"""

from ia.core.orgchart import api as orgchart
from ia.urban.area import get_area
from ia.urban.demo.build import build_file
from ia.urban.demo.build import ensure_contacts
from ia.urban.demo.plan import plan
from persistent.mapping import PersistentMapping
from zope.annotation.interfaces import IAnnotations
import logging
import time


logger = logging.getLogger("ia.urban.demo")

OPTIONS = {"files": (int, 224), "service": (str, "urbanisme")}
ANNOTATION = "ia.urban.demo"


def created_keys(area):
    annotations = IAnnotations(area)
    if ANNOTATION not in annotations:
        annotations[ANNOTATION] = PersistentMapping()
    return annotations[ANNOTATION]


def find_service(service_id):
    """(uid, editors, managers) of the service whose id is ``service_id``."""
    for row in orgchart.get_services(active_only=True):
        if row.path.rsplit("/", 1)[-1] == service_id:
            members = orgchart.members(row.uid)
            editors = tuple(members.get("editor", ())) or tuple(
                members.get("manager", ())
            )
            return row.uid, editors, tuple(members.get("manager", ()))
    return None


def populate(portal, municipality=None, files=224, service="urbanisme", **options):
    """Create the demo files that do not exist yet; returns how many."""
    area = get_area(portal)
    if area is None:
        raise RuntimeError("The area /urbanisme is missing: is ia.urban installed?")
    found = find_service(service)
    if found is None:
        logger.warning("No service %r: no demo licence file created.", service)
        return 0
    uid, editors, _managers = found
    start = time.monotonic()
    contacts = ensure_contacts()
    done = created_keys(area)
    count = 0
    for index in range(max(files, 0)):
        file_plan = plan(index, uid, editors, contacts)
        if file_plan.key in done:
            continue
        done[file_plan.key] = build_file(area, file_plan).UID()
        count += 1
    logger.info(
        "%d demo licence files created in %.1f s (%d already there).",
        count,
        time.monotonic() - start,
        len(done) - count,
    )
    return count
