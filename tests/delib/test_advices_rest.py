"""Advices over REST with real users: asked on propose, listed with
``@ia-advices``, given through PATCH + ``@workflow/give``; the refusals
(no value, a change of service, no permission) answer 400/401 with a message."""

from datetime import date
from datetime import timedelta
from ia.core.workflows.testing import rest
from ia.delib.testing import create_body
from plone import api
from tests.delib.advices_world import make_world
import pytest
import transaction


@pytest.fixture
def world(functional_portal):
    portal = functional_portal
    with api.env.adopt_roles(["Manager"]):
        body = create_body(portal, "Conseil", id="conseil")
    world = make_world(portal, body)
    api.portal.set_registry_record("plone.default_language", "fr")
    api.portal.set_registry_record("plone.available_languages", ["fr"])
    transaction.commit()
    world.url = body.absolute_url()
    return world


def test_advice_cycle(world):
    response = rest(
        "POST",
        world.url,
        "redacteur",
        json={
            "@type": "IaDelibItem",
            "id": "mobilier",
            "title": "Achat de mobilier",
            "responsible_services": [world.travaux],
            "advices_requested": ["finance"],
        },
    )
    assert response.status_code == 201, response.text
    item_url = response.json()["@id"]
    response = rest("POST", f"{item_url}/@workflow/propose", "redacteur")
    assert response.status_code == 200, response.text

    for userid in ("redacteur", "dirfin", "secretaire"):
        response = rest("GET", f"{item_url}/@ia-advices", userid)
        assert response.status_code == 200, (userid, response.text)
        (row,) = response.json()["items"]
        assert row["advice_type"] == "finance"
        assert row["review_state"] == "under_edit"
        assert row["due_date"] == (date.today() + timedelta(days=10)).isoformat()
        assert row["overdue"] is False
        assert row["service"]["uid"] == world.finances
    advice_url = row["@id"]

    # Another service and anonymous visitors see nothing.
    assert rest("GET", f"{item_url}/@ia-advices", "autre").status_code in (401, 403)
    assert rest("GET", f"{item_url}/@ia-advices").status_code == 401

    # Giving without a value: 400 with the reason, nothing changes.
    response = rest("POST", f"{advice_url}/@workflow/give", "dirfin")
    assert response.status_code == 400, response.text
    assert "avant de le donner" in response.json()["error"]["message"]

    # The advising service may not hand the advice to another service.
    response = rest(
        "PATCH", advice_url, "dirfin", json={"responsible_services": [world.culture]}
    )
    assert response.status_code == 400, response.text
    # plone.restapi's own shape for an exception: {"type", "message"}.
    assert "découlent de son type" in response.json()["message"]

    # The proposing service may not write the advice.
    response = rest("PATCH", advice_url, "redacteur", json={"advice_value": "negative"})
    assert response.status_code in (401, 403)

    response = rest(
        "PATCH",
        advice_url,
        "dirfin",
        json={"advice_value": "positive_remarks", "text": "<p>Crédit disponible.</p>"},
    )
    assert response.status_code == 204, response.text
    response = rest("POST", f"{advice_url}/@workflow/give", "dirfin")
    assert response.status_code == 200, response.text

    (row,) = rest("GET", f"{item_url}/@ia-advices", "redacteur").json()["items"]
    assert row["review_state"] == "given"
    assert row["advice_value"] == "positive_remarks"
    assert row["given_by"] == "dirfin"
