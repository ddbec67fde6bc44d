"""iA.Urban in a real browser: the urbanism agent takes a deposited file
through incompleteness, completion, acknowledgement and a public inquiry
with a complaint; the head of service records the college's refusal and
the agent notifies it. The deadlines and their French explanations follow
on the file's page. (Preparing the college item and deciding it in iA.Delib
are covered by tests/urban/test_college_decision.py.)"""

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


def test_urban_journey(live, page):
    portal = live["portal"]
    with api.env.adopt_roles(["Manager"]):
        api.content.create(
            container=get_area(portal),
            type="IaUrbBuildLicence",
            id="parcours",
            title="Extension d'une maison rue du Moulin",
            responsible_services=[_service_uid()],
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
    logout(page)

    login(page, "urbachef")
    page.goto("urbanisme/parcours")
    transition(page, "refuse")
    logout(page)

    login(page, "urbagent")
    page.goto("urbanisme/parcours")
    assert "Décision du collège" in page.content()
    transition(page, "notify")
    assert "Décision notifiée" in page.content()
    transaction.begin()
    assert api.content.get_state(get_area(portal)["parcours"]) == "notified"
