"""Issue 12: the municipality's administrator adds a service to the org
chart and a user in it; the new agent then logs in through the form and
sees her dashboard. Nowhere on the way a raw id (service UID in a group
label or a group id, a role id such as ``IaAgent``)."""

from tests.browser.helpers import ADMIN
from tests.browser.helpers import login
from tests.browser.helpers import logout
import re


UID_LIKE = re.compile(r"\b[0-9a-f]{32}\b|\b[0-9a-f]{8}-[0-9a-f]{4}-")
ROLE_IDS = re.compile(r"\bIa[A-Z][A-Za-z]+[0-9]?\b")
PASSWORD = "Environ-2026-secret"


def visible_text(page) -> str:
    return page.locator("#content").inner_text()


def test_admin_adds_a_service_and_a_user_who_logs_in(page):
    login(page, *ADMIN)

    # The org chart is in the site setup
    page.goto("@@overview-controlpanel")
    page.get_by_role("link", name="Organigramme").click()
    page.wait_for_url(re.compile(r"/organisation"))

    # A new service
    page.get_by_role("link", name="Ajouter un service").click()
    page.fill("#form-widgets-IBasic-title, #form-widgets-title", "Environnement")
    page.fill("#form-widgets-acronym", "ENV")
    page.locator('[name="form.buttons.save"]').click()
    page.wait_for_url(re.compile(r"/organisation/environnement"))

    # Its members page, from the org chart
    page.goto("organisation")
    row = page.locator("li", has=page.get_by_role("link", name="Environnement"))
    row.get_by_role("link", name="membres").first.click()
    page.wait_for_url(re.compile(r"@@ia-service-members"))
    assert not UID_LIKE.search(visible_text(page)), "an id on the members page"

    # A new user, straight into the service
    page.fill("#ia-new-user-fullname", "Léa Verte")
    page.fill("#ia-new-user-email", "lea.verte@demo.example")
    page.fill("#ia-new-user-login", "lverte")
    page.fill("#ia-new-user-password", PASSWORD)
    page.fill("#ia-new-user-password-confirm", PASSWORD)
    page.select_option("#ia-new-user-function", label="Rédacteur")
    page.get_by_role("button", name="Créer l'utilisateur").click()
    page.wait_for_url(re.compile(r"@@ia-service-members"))
    assert "Léa Verte a été créé(e) et ajouté(e) à Rédacteur." in page.content()
    editors = page.locator("tr", has=page.get_by_text("Rédacteur", exact=True))
    assert "Léa Verte" in editors.inner_text()
    assert not UID_LIKE.search(visible_text(page)), "an id on the members page"

    # Plone's add-user form labels the service groups without their UIDs
    page.goto("@@new-user")
    labels = page.locator("#formfield-form-widgets-groups").inner_text()
    assert "Environnement (Rédacteur)" in labels
    assert not UID_LIKE.search(labels), "a service UID in the group labels"

    # The users panel names roles by their French titles
    page.goto("@@usergroup-userprefs")
    panel = visible_text(page)
    assert "Léa Verte" in panel
    assert not ROLE_IDS.search(panel), ROLE_IDS.search(panel)

    logout(page)

    # She logs in and sees her dashboard
    login(page, "lverte", PASSWORD)
    page.goto("@@ia-dashboard")
    assert page.locator("h1.documentFirstHeading").inner_text() == (
        "Mon tableau de bord"
    )
    assert "Léa Verte" in page.content()
