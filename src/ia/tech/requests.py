"""Filing a work request (the requests' one entry point in Python).

A service user files it in ``/travaux`` with his own rights; a citizen's
report (Open311) and an incoming mail's hand-over are filed on behalf of
the system (``as_manager``) after their own checks. The responsible
services are the technical services (:func:`technical_services`: the top
services of the org chart whose title says *travaux* or *technique*); the
teams are their sub-services (:func:`teams`).
"""

from ia.core.orgchart import api as orgchart
from ia.core.security import as_manager
from ia.core.security import create_for_user
from ia.tech import _
from ia.tech import concurrent
from ia.tech import settings
from ia.tech.content import REQUEST
from ia.tech.errors import TechError
from ia.tech.folders import new_id
from ia.tech.folders import work_folder
from plone import api


TECHNICAL_WORDS = ("travaux", "technique", "technical")


def technical_services() -> list[str]:
    """UIDs of the technical services: the top services whose title says
    *travaux* / *technique* (their teams are their sub-services)."""
    rows = orgchart.get_services()
    found = [
        row.uid
        for row in rows
        if row.depth == 0 and any(w in row.title.lower() for w in TECHNICAL_WORDS)
    ]
    if not found:
        found = [
            row.uid
            for row in rows
            if any(w in row.title.lower() for w in TECHNICAL_WORDS)
        ][:1]
    return found


def teams() -> list:
    """The teams: sub-services of the technical services (``ServiceInfo`` rows)."""
    top = set(technical_services())
    return [row for row in orgchart.get_services() if row.parent_uid in top]


def check_fields(*, title, request_type, priority="normal"):
    if not (title or "").strip():
        raise TechError(_("A work request needs a title."))
    if request_type not in dict(settings.request_types()):
        raise TechError(_("Unknown type of work."))
    if priority not in ("low", "normal", "high", "urgent"):
        raise TechError(_("Unknown priority."))


def file_request(*, system=False, **fields):
    """A new work request in ``/travaux``; ``system`` files it on behalf of
    the suite (citizen report, hand-over) rather than with the user's rights."""
    check_fields(
        title=fields.get("title"),
        request_type=fields.get("request_type"),
        priority=fields.get("priority") or "normal",
    )
    fields.setdefault("responsible_services", technical_services())
    fields.setdefault("priority", "normal")
    folder = work_folder()
    citizen = system and api.user.is_anonymous()  # Open311: many at once
    fields.setdefault("id", new_id(folder, fields["title"], concurrent=citizen))
    if not system:
        return api.content.create(container=folder, type=REQUEST, **fields)
    if citizen:  # nobody owns it; filed like ia.tech.concurrent says
        with as_manager():
            return concurrent.add(folder, REQUEST, fields.pop("id"), **fields)
    # a hand-over: the user is the request's creator and owner
    return create_for_user(container=folder, type=REQUEST, **fields)
