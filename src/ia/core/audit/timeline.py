"""One chronological audit trail per object: workflow history and versions.

``audit_trail(obj)`` reads the raw workflow history (every workflow the
object ever had, not only the current chain) and the CMFEditions versions,
and returns plain dicts, newest first::

    {"type": "workflow" | "versioning", "action": "publish" | None,
     "title": <translatable title>, "actor": "jdupont",
     "actor_fullname": "Jean Dupont", "date": DateTime, "comment": "...",
     "review_state": "published", "version": 3 | None}

It checks no permission: callers (the ``@@ia-history`` view, the
``@ia-audit`` service) are protected by ``ia.core.ViewInternalNotes``.
"""

from DateTime import DateTime
from ia.core import _
from ia.core.versioning import created_as
from plone import api
from zope.globalrequest import getRequest
from zope.i18n import translate


CREATED = _("Created")
SYSTEM = _("System (automatic)")
EDITED = _("Edited")


#: who acts when nobody is logged in (``ia.core.security.as_manager``)
SYSTEM_IDS = ("system", None, "")


def _fullname(userid, cache):
    if userid in SYSTEM_IDS:
        # An automatic step (closing on a sent reply from a worker...): the
        # "By" column names the system rather than staying empty.
        return translate(SYSTEM, context=getRequest())
    if userid not in cache:
        fullname = None
        if userid:
            user = api.user.get(userid=userid)
            if user is not None:
                fullname = user.getProperty("fullname", None)
        cache[userid] = fullname or userid or ""
    return cache[userid]


def _as_datetime(value):
    if isinstance(value, DateTime):
        return value
    try:
        return DateTime(value)
    except Exception:  # noqa: BLE001 - a corrupt entry must not hide the rest
        return None


def workflow_entries(obj):
    """The transitions of every workflow ``obj`` has a history in."""
    wtool = api.portal.get_tool("portal_workflow")
    history = getattr(obj, "workflow_history", None) or {}
    entries = []
    for workflow_id, records in history.items():
        workflow = wtool.getWorkflowById(workflow_id)
        for record in records or ():
            action = record.get("action")
            title = CREATED if not action else action
            if action and workflow is not None:
                transition = workflow.transitions.get(action)
                if transition is not None and transition.title:
                    title = transition.title
            entries.append(
                {
                    "type": "workflow",
                    "workflow": workflow_id,
                    "action": action,
                    "title": title,
                    "actor": record.get("actor"),
                    "date": _as_datetime(record.get("time")),
                    "comment": record.get("comments") or "",
                    "review_state": record.get("review_state"),
                    "version": None,
                }
            )
    return entries


def version_entries(obj):
    """The CMFEditions versions of ``obj`` (none if it is not versionable)."""
    repository = api.portal.get_tool("portal_repository")
    if not repository.isVersionable(obj):
        return []
    history = repository.getHistoryMetadata(obj)
    if not history:
        return []
    # Content created without its initial version (ia.core.versioning):
    # its first version was saved by its first change.
    first = EDITED if created_as(obj) is not None else CREATED
    entries = []
    for index in range(history.getLength(countPurged=False)):
        data = history.retrieve(index, countPurged=False)
        meta = data["metadata"]["sys_metadata"]
        version = history.getVersionId(index, countPurged=False)
        entries.append(
            {
                "type": "versioning",
                "workflow": None,
                "action": "create" if version == 0 and first is CREATED else "edit",
                "title": first if version == 0 else EDITED,
                "actor": meta.get("principal"),
                "date": _as_datetime(meta.get("timestamp")),
                "comment": meta.get("comment") or "",
                "review_state": meta.get("review_state"),
                "version": version,
            }
        )
    return entries


def audit_trail(obj):
    """Workflow transitions and versions of ``obj``, newest first."""
    entries = workflow_entries(obj) + version_entries(obj)
    fullnames = {}
    for entry in entries:
        entry["actor_fullname"] = _fullname(entry["actor"], fullnames)
    epoch = DateTime(0)
    # Newest first; on the same instant the transition is listed first.
    entries.sort(
        key=lambda e: (e["date"] or epoch, e["type"] == "workflow"), reverse=True
    )
    return entries
