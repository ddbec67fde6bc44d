"""iA.Urban in a real browser: the urbanism agent takes a deposited file
through incompleteness, completion, acknowledgement and a public inquiry
with a complaint, then hands it over to the college (*Transmettre…*); the
head of service validates the college item; the meeting manager puts it on
the next college meeting, freezes it and decides it in the session
console; the decision comes back on the permit's timeline, which moves to
*granted*; the agent notifies it and generates the notification letter.
The deadlines and their French explanations follow on the file's page."""

from ia.urban.area import get_area
from plone import api
from tests.browser.helpers import login
from tests.browser.helpers import logout
import transaction


def _service_uid():
    from ia.core.orgchart import api as orgchart

    for row in orgchart.get_services(active_only=True):
        if row.path.rsplit("/", 1)[-1] == "urbanisme":
            return row.uid
    raise AssertionError("no service urbanisme")


def _a_person():
    """A person of the demo directory: the applicant."""
    return api.content.find(portal_type="IaPerson", unrestricted=True)[0].UID


def _next_college_meeting(portal):
    transaction.begin()
    brains = api.content.find(
        context=portal["deliberations"]["college"],
        portal_type="IaDelibMeeting",
        review_state="created",
        sort_on="start",
        unrestricted=True,  # a meeting in creation is not public
    )
    return brains[0].getURL()


def item_transition(page, transition_id):
    with page.expect_navigation():
        page.click(f"#ia-transition-{transition_id}")


def transition(page, transition_id):
    page.click("#plone-contentmenu-workflow > a")
    with page.expect_navigation():
        page.click(f"#workflow-transition-{transition_id}")


def record(page, kind, **fields):
    form = page.locator("form.ia-urban-add-event")
    form.locator("select[name=kind]").select_option(kind)
    for name, value in fields.items():
        field = form.locator(f"[name={name}]")
        if field.evaluate("e => e.tagName") == "SELECT":
            field.select_option(value)
        else:
            field.fill(value)
    with page.expect_navigation():
        form.locator("button[type=submit]").click()


TITLE = "Extension d'une maison rue du Moulin"


def test_urban_journey(live, page):  # noqa: PLR0915
    page.set_default_timeout(60_000)  # a long journey on a shared machine
    portal = live["portal"]
    with api.env.adopt_roles(["Manager"]):
        api.content.create(
            container=get_area(portal),
            type="IaUrbBuildLicence",
            id="parcours",
            title=TITLE,
            responsible_services=[_service_uid()],
            applicants=[_a_person()],
            assigned_agent="urbagent",
            street="rue-du-moulin",
            street_number="7",
            parcels=["62063B0123/02C004"],
        )
    transaction.commit()

    login(page, "urbagent")
    page.goto("urbanisme/parcours")
    assert "Limite de complétude" in page.content()
    assert "20 jours à partir du dépôt du" in page.content()

    transition(page, "declare_incomplete")
    assert "Limite pour compléter le dossier" in page.content()
    record(page, "completion")
    assert "Compléments reçus" in page.content()
    transition(page, "acknowledge")
    assert "Accusé de réception (dossier complet)" in page.content()
    record(page, "procedure", publicity="inquiry")
    transition(page, "instruct")
    record(page, "inquiry", start="2026-12-15")
    record(page, "claim", claimant="M. Lemaire", text="Perte d'ensoleillement")
    content = page.content()
    assert "M. Lemaire" in content
    assert (
        "Fin de l&#x27;enquête publique" in content
        or "Fin de l'enquête publique" in content
    )
    assert "suspendus du 24 décembre 2026 au 1er janvier 2027" in content
    assert "75 jours à partir de l" in content

    # The agent hands the file over to the college (Transmettre…).
    with page.expect_navigation():
        page.locator("a, button", has_text="Transmettre…").locator(
            "visible=true"
        ).first.click()
    form = page.locator("#ia-handover-ia\\.delib\\.college_item_from_permit")
    with page.expect_navigation():
        form.locator("button[type=submit]").click()
    item_url = page.url
    assert "/deliberations/college/" in item_url
    assert "Situation : Rue du Moulin 7" in page.content()
    item_transition(page, "propose")
    logout(page)

    # The head of service validates the item (as many levels as needed).
    login(page, "urbachef")
    page.goto(item_url)
    while page.locator("#ia-transition-validate").count() == 0:
        nexts = page.locator("[id^=ia-transition-propose_n]")
        assert nexts.count(), page.locator("#ia-item-panel").inner_text()
        with page.expect_navigation():
            nexts.first.click()
    item_transition(page, "validate")
    logout(page)

    # The meeting manager puts it on the next college meeting and decides it.
    login(page, "secretaire")
    meeting_url = _next_college_meeting(portal)
    page.goto(meeting_url)
    waiting = page.locator("#ia-waiting-items li", has_text=TITLE)
    with page.expect_navigation():
        waiting.locator("button.ia-present").click()
    page.goto(meeting_url)
    transition(page, "freeze")
    transition(page, "decide")
    page.goto(f"{meeting_url}/@@ia-session")
    page.locator("#ia-session-agenda-list a", has_text=TITLE).click()
    page.wait_for_function(
        f"document.querySelector('#ia-session-item').innerText.includes({TITLE!r})"
    )
    page.on("dialog", lambda dialog: dialog.accept())
    page.click('#ia-session-decisions button[data-transition="accept"]')
    page.wait_for_function(
        "document.querySelector('#ia-session-item-state').innerText.includes('Accepté')"
    )
    logout(page)

    # The decision is on the permit's timeline; the agent notifies it.
    login(page, "urbagent")
    page.goto("urbanisme/parcours")
    timeline = page.locator("#ia-urban-timeline").inner_text()
    assert "Décision du collège" in timeline
    assert "granted" not in timeline
    assert "Octroyé" in page.locator("#plone-contentmenu-workflow > a").inner_text()
    transition(page, "notify")
    assert "Décision notifiée" in page.content()
    letter = page.locator("#ia-docgen li", has_text="Notification de la décision")
    with page.expect_download() as download:
        letter.locator('a.ia-docgen-link[data-format="odt"]').click()
    assert download.value.suggested_filename.endswith(".odt")
    transaction.begin()
    assert api.content.get_state(get_area(portal)["parcours"]) == "notified"
