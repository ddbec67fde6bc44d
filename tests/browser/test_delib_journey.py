"""The deliberation journey, each step as its role, logged in through the
form: draft (urbagent) → validate (urbachef) → present to the frozen
council meeting in urgency, with others at once (secretaire) → the session
console (attendance, a member without a vote, unanimity, the decision) →
publish → the minutes → the citizen's public page."""

from base64 import b64encode
from plone import api
from tests.browser.helpers import DEMO_PASSWORDS
from tests.browser.helpers import login
from tests.browser.helpers import logout
import transaction


TITLE = "Rénovation de la toiture de l'école du Centre"
PASSWORD = DEMO_PASSWORDS["urbagent"].encode()


def _service_uid(service_id):
    transaction.begin()
    (brain,) = api.content.find(portal_type="IaService", id=service_id)
    return brain.UID


def _next_council_meeting(portal):
    transaction.begin()
    brains = api.content.find(
        context=portal["deliberations"]["conseil"],
        portal_type="IaDelibMeeting",
        review_state="frozen",
        sort_on="start",
    )
    return brains[-1].getURL()


def _click_transition(page, transition):
    button = page.locator(f"#ia-transition-{transition}")
    assert button.count() == 1, page.locator("#ia-item-panel").inner_text()
    with page.expect_navigation():
        button.click()


def test_item_from_draft_to_the_citizens_page(page, live, portal_url):  # noqa: PLR0915
    page.set_default_timeout(60_000)  # a long journey on a shared machine
    meeting_url = _next_council_meeting(live["portal"])

    # The service's agent drafts the item and proposes it.
    login(page, "urbagent")
    page.goto("deliberations/conseil/++add++IaDelibItem")
    assert page.locator("#form-widgets-IBasic-title").count() == 1  # the form
    # (the item itself is written over the API, as the agent: the rich-text
    # editors of the form are too slow to drive on a shared CI machine)
    response = page.request.post(
        f"{portal_url}/deliberations/conseil",
        data={
            "@type": "IaDelibItem",
            "title": TITLE,
            "responsible_services": [_service_uid("urbanisme")],
        },
        headers={
            "Accept": "application/json",
            "Authorization": "Basic " + b64encode(b"urbagent:" + PASSWORD).decode(),
        },
    )
    assert response.status == 201, response.text()
    item_url = response.json()["@id"]
    page.goto(item_url)
    panel = page.locator("#ia-item-panel")
    assert "État : Créé" in panel.inner_text()
    _click_transition(page, "propose")
    logout(page)

    # The head of the service validates it, from the buttons of the page.
    login(page, "urbachef")
    page.goto(item_url)
    while page.locator("#ia-transition-validate").count() == 0:
        steps = page.locator("#ia-item-transitions a, .ia-item-transitions a")
        ids = [steps.nth(i).get_attribute("id") for i in range(steps.count())]
        nexts = [i for i in ids if i and i.startswith("ia-transition-propose_n")]
        assert nexts, ids
        with page.expect_navigation():
            page.click(f"#{nexts[0]}")
    _click_transition(page, "validate")
    assert "Validé" in page.locator("#ia-item-panel").inner_text()
    logout(page)

    # The secretary puts it on the frozen council agenda, in urgency.
    login(page, "secretaire")
    page.goto(meeting_url)
    bulk = page.locator("#ia-bulk-agenda")
    row = bulk.locator("tr", has_text=TITLE)
    row.locator('input[name="items:list"]').check()
    row.locator('input[name="urgency:list"]').check()
    with page.expect_navigation():
        page.click("#ia-present-items")
    assert TITLE in page.content()

    # The session console: the DG attends without a vote; one councillor is
    # excused; unanimity counts the voting members present only.
    page.goto(f"{meeting_url}/@@ia-session")
    agenda_link = page.locator("#ia-session-agenda-list a", has_text=TITLE)
    agenda_link.click()
    page.wait_for_function(
        "document.querySelector('#ia-session-item h2, #ia-session-item') &&"
        f" document.querySelector('#ia-session-item').innerText.includes({TITLE!r})"
    )
    people = page.locator("#ia-session-people")
    director = people.locator("tr", has_text="(sans voix délibérative)")
    assert director.count() >= 1
    voting = people.locator("tr").count() - director.count()
    page.locator("#ia-session-meeting-presence summary").click()
    last = page.locator("#ia-session-presence-rows tr").last
    last.locator(".ia-presence-select").select_option("excused")
    page.wait_for_function(
        "document.querySelectorAll('#ia-session-people tr.away').length >= 1"
    )
    page.click("#ia-session-unanimity")
    yes = int(page.locator('#ia-session-votes input[name="yes"]').input_value())
    assert yes == voting - 1, (yes, voting)
    page.locator('#ia-session-votes button[type="submit"]').click()
    page.wait_for_function(
        f"document.querySelector('#ia-session-votes-summary').innerText.includes('{yes} / 0 / 0')"
    )
    page.on("dialog", lambda dialog: dialog.accept())
    page.click('#ia-session-decisions button[data-transition="accept"]')
    page.wait_for_function(
        "document.querySelector('#ia-session-item-state').innerText.includes('Adopté')"
        " || document.querySelector('#ia-session-item-state').innerText.includes('Accepté')"
    )

    # The item's page shows the meeting, the vote and the urgency.
    page.goto(item_url)
    panel = page.locator("#ia-item-panel").inner_text()
    assert "L1122-24" in panel
    assert "unanimité des membres présents" in panel

    # Publish the meeting (toolbar), then the minutes are generated.
    page.goto(meeting_url)
    page.locator("#plone-contentmenu-workflow > a").click()
    with page.expect_navigation():
        page.locator("#workflow-transition-publish").click()
    minutes = page.locator("#ia-docgen li", has_text="Procès-verbal")
    with page.expect_download() as download:
        minutes.locator('a.ia-docgen-link[data-format="odt"]').click()
    assert download.value.suggested_filename.endswith(".odt")
    logout(page)

    # A citizen, from the home page, reads the public agenda.
    page.goto(portal_url)
    assert page.locator("#portal-globalnav").inner_text().find("Délibérations") == -1
    with page.expect_navigation():
        page.click("#ia-public-sessions-link a")
    with page.expect_navigation():
        page.locator("#ia-public-meetings a").first.click()
    assert TITLE in page.content()
    assert page.locator("#portal-breadcrumbs").count() == 1
