"""Recurring items: a new meeting gets the body's recurring templates as
items, validated and presented first; the minutes approval names the
previous meeting's date and is left out when there is no previous meeting."""

from datetime import datetime
from ia.core.testing import create_service
from ia.delib import api as delib
from ia.delib.templates.content import FOLDER_ID
from ia.delib.templates.recurring import MINUTES_TEMPLATE_ID
from ia.delib.templates.recurring import french_date
from ia.delib.templates.recurring import previous_meeting
from ia.delib.testing import create_body
from ia.delib.testing import create_item
from ia.delib.testing import create_meeting
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles
import pytest


OCT = datetime(2026, 10, 12, 20, 0)
NOV = datetime(2026, 11, 16, 20, 0)
DEC = datetime(2026, 12, 14, 20, 0)


@pytest.fixture
def conseil(portal):
    setRoles(portal, TEST_USER_ID, ["Manager"])
    return create_body(portal, "Conseil", id="conseil")


def titles(meeting):
    return [(item.item_number, item.Title()) for item in delib.agenda(meeting)]


def test_french_date():
    assert french_date(OCT) == "12 octobre 2026"
    assert french_date(datetime(2027, 2, 1)) == "1 février 2027"


def test_first_meeting_has_no_minutes_approval(conseil):
    first = create_meeting(conseil, "Octobre", start=OCT)
    assert delib.agenda(first) == []


def test_next_meeting_approves_the_previous_minutes_first(conseil):
    create_meeting(conseil, "Octobre", start=OCT)
    second = create_meeting(conseil, "Novembre", start=NOV)
    (minutes,) = delib.agenda(second)
    assert minutes.Title() == (
        "Approbation du procès-verbal de la séance du 12 octobre 2026"
    )
    assert api.content.get_state(minutes) == "presented"
    assert minutes.item_number == 1
    assert minutes.meeting_uid == second.UID()
    assert minutes.reference.startswith("DELIB/")
    assert "12 octobre 2026" in minutes.decision.raw
    # presented by the system: the history says validated then presented
    actions = [
        h["action"]
        for h in minutes.workflow_history["ia_delib_item_workflow"]
        if h["action"]
    ]
    assert actions[-1] == "present" and "validate" in actions

    # an item presented later comes after it
    other = create_item(conseil, "Marché", state="validated", services=())
    delib.present_item(other, second)
    assert titles(second)[0][1].startswith("Approbation du procès-verbal")
    assert titles(second)[1] == (2, "Marché")


def test_previous_is_the_latest_earlier_meeting_of_the_body(conseil, portal):
    oct_ = create_meeting(conseil, "Octobre", start=OCT)
    dec = create_meeting(conseil, "Décembre", start=DEC)
    # created after December, but its date is between: December's previous
    # stays what it was at its creation, November's is October
    nov = create_meeting(conseil, "Novembre", start=NOV)
    assert previous_meeting(nov) == oct_
    assert previous_meeting(dec) == nov
    assert "12 octobre 2026" in delib.agenda(nov)[0].Title()
    # other bodies' meetings do not count
    college = create_body(portal, "Collège", id="college", body_kind="college")
    assert previous_meeting(create_meeting(college, "Collège", start=DEC)) is None


def test_recurring_templates_in_folder_order(conseil, portal):
    service = create_service(portal["organisation"], "Secrétariat", id="secretariat")
    folder = conseil[FOLDER_ID]
    api.content.create(
        container=folder,
        type="IaDelibItemTemplate",
        title="Communications du bourgmestre",
        recurring=True,
        proposing_service=service.UID(),
    )
    api.content.create(
        container=folder, type="IaDelibItemTemplate", title="Pas récurrent"
    )
    first = create_meeting(conseil, "Octobre", start=OCT)
    assert titles(first) == [(1, "Communications du bourgmestre")]
    assert delib.agenda(first)[0].responsible_services == [service.UID()]
    second = create_meeting(conseil, "Novembre", start=NOV)
    assert titles(second) == [
        (1, "Approbation du procès-verbal de la séance du 12 octobre 2026"),
        (2, "Communications du bourgmestre"),
    ]


def test_no_recurring_template_no_item(conseil):
    api.content.delete(conseil[FOLDER_ID][MINUTES_TEMPLATE_ID])
    create_meeting(conseil, "Octobre", start=OCT)
    assert delib.agenda(create_meeting(conseil, "Novembre", start=NOV)) == []


def test_meeting_manager_creates_the_meeting(conseil):
    """The meeting manager has no right on the items' workflow before they are
    validated: the system presents them."""
    from ia.core.testing import create_user

    create_user("secretaire")
    api.group.add_user(groupname="conseil_meeting_managers", username="secretaire")
    create_meeting(conseil, "Octobre", start=OCT)
    with api.env.adopt_user(username="secretaire"):
        nov = create_meeting(conseil, "Novembre", start=NOV)
    assert titles(nov)[0][0] == 1
    assert api.content.get_state(delib.agenda(nov)[0]) == "presented"


def test_meeting_created_over_rest(functional_portal):
    from ia.core.testing import create_user
    from ia.core.workflows.testing import rest
    import transaction

    portal = functional_portal
    setRoles(portal, TEST_USER_ID, ["Manager"])
    body = create_body(portal, "Conseil", id="conseil")
    create_user("secretaire")
    api.group.add_user(groupname="conseil_meeting_managers", username="secretaire")
    create_meeting(body, "Octobre", start=OCT)
    transaction.commit()
    response = rest(
        "POST",
        body.absolute_url(),
        "secretaire",
        json={
            "@type": "IaDelibMeeting",
            "title": "Novembre",
            "start": "2026-11-16T20:00:00",
        },
    )
    assert response.status_code == 201, response.text
    agenda = rest("GET", f"{response.json()['@id']}/@ia-agenda", "secretaire").json()
    assert [(row["number"], row["title"]) for row in agenda["items"]] == [
        (1, "Approbation du procès-verbal de la séance du 12 octobre 2026")
    ]
