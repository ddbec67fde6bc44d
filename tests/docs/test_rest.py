"""Over REST: register an incoming mail, move it through its workflow, reply."""

from datetime import date
from ia.core.workflows.testing import rest
import pytest


YEAR = date.today().year


@pytest.fixture
def site(functional_portal, functional_services):
    return functional_portal.absolute_url(), functional_services


def _register(base, services, userid="encodeur"):
    return rest(
        "POST",
        f"{base}/courrier",
        userid,
        json={
            "@type": "IaIncomingMail",
            "title": "Plainte pour bruit",
            "mail_type": "complaint",
            "reception_date": "2026-03-02",
            "responsible_services": [services["travaux"]],
            "copy_services": [services["finances"]],
        },
    )


def test_register_assign_treat_over_rest(site):
    base, services = site
    response = _register(base, services)
    assert response.status_code == 201, response.text
    data = response.json()
    assert data["reference"] == f"E/{YEAR}/00001"
    assert data["due_date"] == "2026-03-17"
    url = data["@id"]
    assert rest("GET", url, "autre").status_code in (401, 403)
    assert rest("GET", url, "lecteur").status_code == 200  # copy service

    response = rest("POST", f"{url}/@workflow/propose_to_manager", "encodeur")
    assert response.status_code == 200, response.text
    response = rest("POST", f"{url}/@workflow/propose_to_agent", "chef")
    assert response.status_code == 400
    assert "assigned agent" in response.json()["error"]["message"]

    response = rest("PATCH", url, "chef", json={"assigned_agent": "agent1"})
    assert response.status_code == 204, response.text
    response = rest("POST", f"{url}/@workflow/propose_to_agent", "chef")
    assert response.status_code == 200, response.text
    response = rest("POST", f"{url}/@workflow/treat", "agent2")  # not the agent
    assert response.status_code == 400
    response = rest("POST", f"{url}/@workflow/treat", "agent1")
    assert response.status_code == 200, response.text
    assert rest("GET", url, "agent1").json()["review_state"] == "in_treatment"


def test_reply_over_rest(site):
    base, services = site
    url = _register(base, services).json()["@id"]
    assert rest("POST", f"{url}/@ia-reply", "autre").status_code in (401, 403)
    response = rest("POST", f"{url}/@ia-reply", "encodeur", json={})
    assert response.status_code == 201, response.text
    data = response.json()
    assert data["reference"] == f"S/{YEAR}/00001"
    assert data["title"] == "Re: Plainte pour bruit"
    incoming_uid = rest("GET", url, "encodeur").json()["UID"]
    assert data["replies_to"] == [incoming_uid]


def test_anonymous_cannot_register(site):
    base, services = site
    assert _register(base, services, userid=None).status_code == 401
