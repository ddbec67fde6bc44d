"""Upgrade 1001 -> 1002 of ia.delib: attendee records and meeting dates
fixed, the publish guard re-imported, the Walloon templates loaded, the
folders of the bodies internal."""

from datetime import datetime
from ia.delib.testing import create_meeting
from pathlib import Path
from plone import api
from tests.delib.documents_world import text_of


PROFILE = "ia.delib:default"
TEMPLATES = Path(__file__).parents[2] / "src/ia/delib/profiles/default/templates"


def _template(template_id):
    catalog = api.portal.get_tool("portal_catalog")
    brains = catalog.unrestrictedSearchResults(id=template_id)
    return brains[0]._unrestrictedGetObject()


def test_upgrade(body):
    meeting = create_meeting(body, id="vieille")
    meeting.start = datetime(2026, 12, 14, 20, 0)  # stored naive, as before
    meeting.ia_attendees = [
        {k: v for k, v in r.items() if k not in ("voting", "position_type")}
        for r in meeting.ia_attendees
    ]
    wf = api.portal.get_tool("portal_workflow")["ia_delib_meeting_workflow"]
    wf.transitions["publish"].guard.expr = None
    template = _template("ia-delib-proces-verbal")
    old = (TEMPLATES / "proces-verbal.odt").read_bytes()
    setup = api.portal.get_tool("portal_setup")
    setup.setLastVersionForProfile(PROFILE, "1001")

    setup.upgradeProfile(PROFILE, dest="1002")

    assert setup.getLastVersionForProfile(PROFILE) == ("1002",)
    assert meeting.start.tzinfo.zone == "Europe/Brussels"
    assert meeting.start.hour == 20
    assert "can_publish" in wf.transitions["publish"].guard.getExprText()
    assert template.odt_file.data == old
    assert "view.pv_attendance()" in text_of(template.odt_file.data)
