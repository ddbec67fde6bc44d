"""iA.PST journey: the secretariat's editor adds an operational objective and
an action to the demo programme, shares the action with a second
objective, updates its progress and health, writes the objective's
mid-term evaluation comment and reads it in the generated report,
generates the programme document, publishes the new items and a citizen reads the public page.

The sharing goes through the REST API of the same logged-in session (the
edit form's multi-select widget needs its JavaScript pattern); everything
else is done in the pages, by visible ids and texts.
"""

from tests.browser.helpers import login
from tests.browser.helpers import logout
import io
import zipfile


def save(page):
    with page.expect_navigation():
        page.click("#form-buttons-save")


def here(page):
    """The current content's URL (an add form lands on ``<new>/view``)."""
    return page.url.split("?")[0].rstrip("/").removesuffix("/view")


def test_pst_journey(page, portal_url):
    login(page, "secretaire")
    page.goto("pst")
    assert "Programme stratégique transversal 2024-2030" in page.content()
    assert "pris acte" in page.locator("#ia-pst-limit").inner_text()

    # A new operational objective under OS.1, then an action in it
    page.goto("pst/os-1/++add++IaPstOperationalObjective")
    page.fill("#form-widgets-IBasic-title", "Réduire le bruit")
    page.check("#form-widgets-public-0")
    save(page)
    objective_url = here(page)
    assert "OO.1.5 Réduire le bruit" in page.locator("h1").inner_text()

    page.goto(objective_url + "/++add++IaPstAction")
    page.fill("#form-widgets-IBasic-title", "Installer des sonomètres")
    page.check("#form-widgets-public-0")
    save(page)
    action_url = here(page)
    assert "Installer des sonomètres" in page.locator("h1").inner_text()

    # Shared with OO.2.1 (REST, same session)
    headers = {"Accept": "application/json", "Content-Type": "application/json"}
    other = page.request.get(f"{portal_url}/pst/os-2/oo-1", headers=headers).json()
    answer = page.request.patch(
        action_url, headers=headers, data={"shared_with": [other["UID"]]}
    )
    assert answer.status == 204, answer.text()
    page.goto(portal_url + "/pst/os-2/oo-1")
    assert "Installer des sonomètres" in page.locator("#ia-pst-actions").inner_text()

    # Progress and health
    page.goto(action_url + "/edit")
    page.fill("#form-widgets-progress", "60")
    page.select_option("#form-widgets-health", "orange")
    page.fill("#form-widgets-health_details", "Devis en attente")
    save(page)
    text = page.locator("#ia-pst-item").inner_text()
    assert "60 %" in text
    assert "Devis en attente" in text

    # The mid-term comment of the objective (its "Évaluation" tab), then the
    # mid-term evaluation report shows it
    page.goto(objective_url + "/edit")
    page.locator("nav a", has_text="Évaluation").first.click()
    page.fill("#form-widgets-evaluation_midterm", "Sonomètres commandés")
    save(page)
    assert "Sonomètres commandés" in page.locator("#ia-pst-evaluations").inner_text()
    report = page.request.get(
        f"{portal_url}/pst/@@ia-generate?template=pst-evaluation-mi-parcours&format=odt"
    )
    assert report.status == 200
    content = zipfile.ZipFile(io.BytesIO(report.body())).read("content.xml")
    assert "Sonomètres commandés" in content.decode()

    # The programme document (ODT)
    document = page.request.get(
        f"{portal_url}/pst/@@ia-generate?template=pst-programme&format=odt"
    )
    assert document.status == 200
    assert "opendocument" in document.headers["content-type"]

    # A citizen reads the public page
    logout(page)
    page.goto(portal_url + "/pst/@@pst-public")
    public = page.content()
    assert "Installer des sonomètres" in public
    assert 'id="pst-chart-progress"' in public
    page.keyboard.press("Tab")  # the page is reachable with the keyboard
