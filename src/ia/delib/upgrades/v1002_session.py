"""1001 -> 1002: who votes, meeting dates in Brussels, college meetings never
published, the Walloon minutes templates.

- ``fix_meetings``: each attendee record of every meeting gets its
  ``position_type``, ``voting`` and ``feminine`` (from the directory;
  ``ia.delib.session.attendance``), and ``start`` / ``end`` are stored aware
  in Europe/Brussels (a naive date is read as a Brussels time,
  ``ia.delib.dates``);
- ``reimport_meeting_workflow``: the ``publish`` guard asks
  ``@@ia-delib-guards/can_publish``;
- ``reload_templates``: the core's template import step, which replaces the
  ODT of a template nobody changed on the site (``ia.core.docgen``).
"""

from ia.delib.content.vocabularies import body_of
from ia.delib.dates import normalise_meeting
from ia.delib.session.attendance import complete_record
from persistent.list import PersistentList
from plone import api
import logging


logger = logging.getLogger("ia.delib.upgrades")
PROFILE = "profile-ia.delib:default"


def fix_meetings(setup_tool=None) -> int:
    """Complete the attendee records and the dates of every meeting."""
    count = 0
    for brain in api.content.find(portal_type="IaDelibMeeting", unrestricted=True):
        meeting = brain._unrestrictedGetObject()
        records = list(getattr(meeting, "ia_attendees", None) or ())
        if any("voting" not in r or "position_type" not in r for r in records):
            body = body_of(meeting)
            meeting.ia_attendees = PersistentList(
                complete_record(r, body) for r in records
            )
        normalise_meeting(meeting)
        meeting.reindexObject(idxs=["start"])
        count += 1
    logger.info("ia.delib 1002: %d meetings checked", count)
    return count


def reimport_meeting_workflow(setup_tool) -> None:
    setup_tool.runImportStepFromProfile(PROFILE, "workflow", run_dependencies=False)


def reload_templates(setup_tool) -> None:
    setup_tool.runImportStepFromProfile(
        PROFILE, "ia.core.docgen.templates", run_dependencies=False
    )


def internal_body_folders(setup_tool=None) -> int:
    """The folders of the bodies: internal (``ia.delib.folders``)."""
    from ia.delib.folders import body_folders
    from ia.delib.folders import make_internal

    return sum(make_internal(folder) for folder in body_folders())
