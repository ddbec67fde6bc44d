"""iA.Tech journey: a citizen reports a pothole through Open311 (an HTTP
client, as a citizen app), the head of Travaux accepts it from the state
menu, a work order follows, and the citizen reads the public status and
notes by the report's id, with none of his personal data."""

from tests.browser.helpers import login
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


def test_citizen_report_is_triaged_and_followed(page, portal_url):
    base = f"{portal_url}/open311"
    posted = requests.post(f"{base}/requests.json", data=REPORT, timeout=30)
    assert posted.status_code == 201, posted.text
    public_id = posted.json()[0]["service_request_id"]

    login(page, "travchef")
    page.goto(f"{portal_url}/travaux/voirie-rue-haute-12")
    assert "Un nid de poule dangereux" in page.content()
    accept = page.locator("#workflow-transition-accept")
    page.goto(accept.get_attribute("href"))
    assert "Acceptée" in page.content() or "Accepté" in page.content()

    (status,) = requests.get(f"{base}/requests/{public_id}.json", timeout=30).json()
    assert status["status"] == "open"
    assert "bon de travail" in status["status_notes"]
    assert "Lucie" not in str(status) and "lucie" not in str(status)

    page.goto(f"{portal_url}/travaux/voirie-rue-haute-12-1")
    assert "Un nid de poule dangereux" in page.content()  # the work order
