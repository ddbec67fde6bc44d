"""The deliberation journey, each step as its role, logged in through the
form: draft through the add form (urbagent; the "Services" tab defaults to
her own service) → validate (urbachef) → present to the frozen council
meeting in urgency, with others at once (secretaire) → the session console
(attendance, a member without a vote, the council's vote on the urgency,
a vote by name, the decision) → publish → the minutes → the citizen's
public page."""

from plone import api
from tests.browser.helpers import login
from tests.browser.helpers import logout
import transaction


TITLE = "Rénovation de la toiture de l'école du Centre"


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

    # The service's agent drafts the item in the add form and proposes it:
    # the "Services" tab holds her own service already.
    login(page, "urbagent")
    page.goto("deliberations/conseil/++add++IaDelibItem")
    page.fill("#form-widgets-IBasic-title", TITLE)
    with page.expect_navigation():
        page.click("#form-buttons-save")
    assert page.locator(".invalid-feedback, .field.error").count() == 0, page.locator(
        "#content"
    ).inner_text()[:2000]
    item_url = page.url.split("?")[0].removesuffix("/view")
    panel = page.locator("#ia-item-panel")
    assert "Urbanisme" in page.locator("#content").inner_text()
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

    # Added in urgency: the decisions wait for the council's vote on the
    # urgency; unanimity (keyboard: e, then the button) declares it.
    urgency = page.locator("#ia-session-urgency")
    assert urgency.is_visible()
    assert page.locator(
        '#ia-session-decisions button[data-transition="accept"]'
    ).is_disabled()
    page.keyboard.press("e")
    page.click("#ia-session-urgency-unanimity")
    yes = int(urgency.locator('input[name="yes"]').input_value())
    assert yes == voting - 1, (yes, voting)
    urgency.locator('input[name="yes"]').press("Enter")
    page.wait_for_function(
        "document.querySelector('#ia-session-urgency-summary').innerText"
        ".includes('Urgence déclarée')"
    )

    # The vote by name: every voter in favour but the last, against.
    votes = page.locator("#ia-session-votes")
    votes.locator('input[name="per_voter"]').check()
    selects = page.locator("#ia-session-voters select")
    assert selects.count() == yes  # only the voting members present
    for index in range(yes):
        selects.nth(index).select_option("no" if index == yes - 1 else "yes")
    votes.locator('button[type="submit"]').click()
    page.wait_for_function(
        "document.querySelector('#ia-session-votes-summary').innerText"
        f".includes('{yes - 1} / 1 / 0')"
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
    assert "l'urgence étant acceptée à l'unanimité des membres présents" in panel
    assert f"Par {yes - 1} voix pour et 1 contre (ont voté pour" in panel

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
