"""iA.Tech journeys in a real browser.

1. A citizen reports a pothole through Open311 (an HTTP client, as a
   citizen app, with the standard's form-encoded body); the head of
   Travaux accepts it from the actions panel, plans the work order on its
   page (team, date, duration, agent); the team agent starts it, records
   his hours and a material, finishes it; the head closes it; the citizen
   reads the public status by the report's id (closed), with none of his
   personal data.
2. The head refuses another report with a reason: the citizen's e-mail
   leaves through the outgoing queue and reaches the test mailbox, the
   request's page says it was sent, and Open311 shows the reason.
"""

from datetime import date
from datetime import timedelta
from ia.tech.demo.builder import PASSWORD as AGENT_PASSWORD
from tests.browser.helpers import DEMO_PASSWORDS
from tests.browser.helpers import login
from tests.browser.helpers import logout
from tests.browser.helpers import run_jobs
import requests


REPORT = {
    "service_code": "roads",
    "lat": "50.4669",
    "long": "4.8675",
    "address_string": "Rue Haute 12",
    "description": "Un nid de poule dangereux devant l'école",
    "email": "lucie.martin@example.org",
    "first_name": "Lucie",
    "last_name": "Martin",
}
AGENT = "agent-tech-11"
REASON = "Voirie régionale : le SPW est prévenu et interviendra."


def post_report(base, **change):
    posted = requests.post(
        f"{base}/requests.json", data={**REPORT, **change}, timeout=30
    )
    assert posted.status_code == 201, posted.text
    return posted.json()[0]["service_request_id"]


def url_of(portal_url, portal_type, **query):
    """The URL of the latest ``portal_type`` matching ``query``, as the head
    finds it (a citizen's report has a random id suffix: ia.tech.concurrent)."""
    found = requests.get(
        f"{portal_url}/@search",
        params={
            "portal_type": portal_type,
            "sort_on": "created",
            "sort_order": "descending",
            "b_size": 1,
            **query,
        },
        headers={"Accept": "application/json"},
        auth=("travchef", DEMO_PASSWORDS["travchef"]),
        timeout=30,
    ).json()["items"]
    return found[0]["@id"]


def report_url(portal_url, public_id):
    return url_of(portal_url, "IaTechRequest", ia_reference=public_id.replace("-", "/"))


def click(page, selector):
    with page.expect_navigation():
        page.click(selector)


def plan(page, order_url, day):
    """As the head: the order's *Planifier…* page, the agent's team."""
    page.goto(order_url)
    click(page, "#ia-action-tech_plan")
    assert "Planifier le bon de travail" in page.content()
    team = page.evaluate(
        "s => document.querySelector(s).parentElement.label",
        f"#tech-plan-agent option[value='{AGENT}']",
    )
    page.select_option("#tech-plan-team", label=team)
    page.fill("#tech-plan-day", day.isoformat())
    page.fill("#tech-plan-hours", "3")
    page.select_option("#tech-plan-agent", AGENT)
    click(page, "button[name='form.submitted']")
    assert page.url.rstrip("/") == order_url
    assert "Le bon de travail a été planifié" in page.content()
    assert "Planifié" in page.locator(".ia-actions-state").inner_text()


def record_work(page, order_url):
    """As the team agent: start, hours and a material, finish."""
    login(page, AGENT, AGENT_PASSWORD)
    page.goto(order_url)
    click(page, "#ia-action-transition-start")
    click(page, "#ia-action-tech_work")
    page.fill("#tech-hours-hours", "2,5")
    click(page, "#tech-form-hours button")
    assert "Les heures ont été enregistrées" in page.content()
    page.select_option("#tech-material", "asphalt")
    page.fill("#tech-material-quantity", "2")
    click(page, "#tech-form-material button")
    total = page.locator("#tech-total-cost").inner_text()
    assert total.endswith("€") and total != "0,00 €"
    assert "Enrobé à froid" in page.locator("#tech-work-materials").inner_text()
    page.goto(order_url)
    click(page, "#ia-action-transition-finish")
    logout(page)


def test_citizen_report_to_closed_order(page, portal_url):
    base = f"{portal_url}/open311"
    public_id = post_report(base)

    # the head of Travaux accepts the report: a work order follows
    login(page, "travchef")
    page.goto(report_url(portal_url, public_id))
    assert "Un nid de poule dangereux" in page.content()
    click(page, "#ia-action-transition-accept")
    (status,) = requests.get(f"{base}/requests/{public_id}.json", timeout=30).json()
    assert status["status"] == "open"
    assert "bon de travail" in status["status_notes"]

    # ... and plans the order on its page
    order_url = url_of(portal_url, "IaTechOrder")
    assert "/voirie-rue-haute-12" in order_url
    day = date.today() + timedelta(days=1)
    plan(page, order_url, day)
    logout(page)

    # the team agent starts it, records hours and a material, finishes it
    record_work(page, order_url)

    # the head closes it
    login(page, "travchef")
    page.goto(order_url)
    click(page, "#ia-action-transition-close")
    assert "Clôturé" in page.locator(".ia-actions-state").inner_text()

    # the citizen reads the status, without anyone's personal data
    (status,) = requests.get(f"{base}/requests/{public_id}.json", timeout=30).json()
    assert status["status"] == "closed"
    assert status["expected_datetime"].startswith(day.isoformat())
    listed = requests.get(
        f"{base}/requests.json", params={"service_request_id": public_id}, timeout=30
    ).json()
    assert [item["status"] for item in listed] == ["closed"]
    text = str(status) + str(listed)
    for private in ("Lucie", "lucie", "Martin", AGENT):
        assert private not in text


def test_refusal_reaches_the_citizen(page, portal_url, live, mailbox):
    base = f"{portal_url}/open311"
    public_id = post_report(base, address_string="Chaussée de Louvain 3")

    login(page, "travchef")
    page.goto(report_url(portal_url, public_id))
    click(page, "#ia-action-tech_refuse")
    assert "lucie.martin@example.org" in page.content()
    page.fill("#tech-refuse-reason", REASON)
    click(page, "button[name='form.submitted']")
    assert "Refusé" in page.locator(".ia-actions-state").inner_text()
    assert "file d'envoi" in page.locator(".ia-email-status").inner_text()

    run_jobs(live, "ia.core.mailqueue")
    (sent,) = [m for m in mailbox.messages if "lucie.martin@example.org" in m["to"]]
    assert "refusée" in sent["subject"]
    assert REASON in sent["message"].get_body().get_content()

    page.reload()
    assert "envoyé" in page.locator(".ia-email-status").inner_text()
    (status,) = requests.get(f"{base}/requests/{public_id}.json", timeout=30).json()
    assert status["status"] == "closed"
    assert status["status_notes"] == REASON
