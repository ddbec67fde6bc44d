"""Open311 GeoReport v2 over HTTP, with the standard's documented examples
(http://wiki.open311.org/GeoReport_v2): services, service definition, POST a
request (form-encoded, as the standard sends it), GET requests, GET one
request; validation, rate limit, no personal data; the citizen follows the
public status through triage and the order's life."""

from datetime import date
from ia.tech import planning
from ia.tech import triage
from ia.tech.open311 import ratelimit
from plone import api
from tests.tech.conftest import french_world
import pytest
import requests
import transaction


# The standard's POST example, with one of our service codes.
EXAMPLE_POST = {
    "api_key": "xyz",
    "service_code": "roads",
    "lat": "37.76524078",
    "long": "-122.4212043",
    "address_string": "1234 5th street",
    "email": "smit222@sfgov.edu",
    "device_id": "tt222111",
    "account_id": "123456",
    "first_name": "john",
    "last_name": "smith",
    "phone": "111111111",
    "description": "A large sinkhole is destroying the street",
    "media_url": "http://farm3.static.flickr.com/2002/2212426634_5ed477a060.jpg",
}
# The keys of a service and of a request in the standard's example responses.
SERVICE_KEYS = {
    "service_code",
    "service_name",
    "description",
    "metadata",
    "type",
    "keywords",
    "group",
}
REQUEST_KEYS = {
    "service_request_id",
    "status",
    "status_notes",
    "service_name",
    "service_code",
    "description",
    "agency_responsible",
    "service_notice",
    "requested_datetime",
    "updated_datetime",
    "expected_datetime",
    "address",
    "address_id",
    "zipcode",
    "lat",
    "long",
    "media_url",
}


@pytest.fixture
def http_world(functional_portal):
    return french_world(functional_portal)


@pytest.fixture
def base(functional_portal, http_world):
    ratelimit.reset()
    yield functional_portal.absolute_url() + "/open311"
    ratelimit.reset()


def post(base, data=None):
    return requests.post(f"{base}/requests.json", data=data or EXAMPLE_POST, timeout=30)


def get(base, path, **params):
    return requests.get(f"{base}/{path}", params=params, timeout=30)


def test_services(base):
    response = get(base, "services.json")
    assert response.status_code == 200
    services = response.json()
    assert {s["service_code"] for s in services} >= {"roads", "green", "cleaning"}
    assert set(services[0]) == SERVICE_KEYS
    assert response.headers["Content-Type"].startswith("application/json")


def test_service_definition(base):
    assert get(base, "services/roads.json").json() == {
        "service_code": "roads",
        "attributes": [],
    }
    response = get(base, "services/nope.json")
    assert response.status_code == 404
    assert response.json()[0]["code"] == 404


def test_only_json(base):
    response = requests.get(
        f"{base}/services.xml", headers={"Accept-Language": "fr"}, timeout=30
    )
    assert response.status_code == 400
    assert response.json()[0]["description"] == (
        "Open311 : seul le format JSON (.json) est servi."
    )


def test_post_then_read(base, functional_portal):
    response = post(base)
    assert response.status_code == 201
    (answer,) = response.json()
    assert set(answer) == {"service_request_id", "service_notice", "account_id"}
    public_id = answer["service_request_id"]
    assert public_id.startswith("DT-")

    (item,) = get(base, f"requests/{public_id}.json").json()
    assert set(item) == REQUEST_KEYS
    assert item["status"] == "open"
    assert item["service_code"] == "roads"
    assert item["lat"] == pytest.approx(37.76524078)
    assert item["address"] == "1234 5th street"
    assert item["description"] == EXAMPLE_POST["description"]
    assert item["media_url"] == EXAMPLE_POST["media_url"]
    # no personal data anywhere in the answers
    text = get(base, "requests.json").text + str(item)
    for private in ("smit222", "john", "smith", "111111111"):
        assert private not in text

    transaction.begin()
    request = api.content.find(portal_type="IaTechRequest")[0].getObject()
    assert request.origin == "open311"
    assert request.contact_email == "smit222@sfgov.edu"  # kept for the service
    assert api.content.get_state(request) == "submitted"


def test_get_requests_filters(base):
    first = post(base).json()[0]["service_request_id"]
    post(base, {**EXAMPLE_POST, "service_code": "green"})
    assert len(get(base, "requests.json").json()) == 2
    green = get(base, "requests.json", service_code="green").json()
    assert [r["service_code"] for r in green] == ["green"]
    by_id = get(base, "requests.json", service_request_id=first).json()
    assert [r["service_request_id"] for r in by_id] == [first]
    assert get(base, "requests.json", status="closed").json() == []
    assert (
        get(
            base,
            "requests.json",
            start_date="2010-05-24T00:00:00Z",
            end_date="2010-06-24T00:00:00Z",
        ).json()
        == []
    )
    assert get(base, "requests.json", status="maybe").status_code == 400


@pytest.mark.parametrize(
    "change",
    [
        {"service_code": "unknown"},
        {"lat": "91"},
        {"lat": "abc"},
        {"long": ""},
        {"lat": "", "long": "", "address_string": ""},
        {"email": "not-an-address"},
        {"media_url": "javascript:alert(1)"},
        {"description": "x" * 4001},
    ],
)
def test_bad_reports_refused(base, change):
    response = post(base, {**EXAMPLE_POST, **change})
    assert response.status_code == 400
    assert response.json()[0]["code"] == 400
    assert response.json()[0]["description"]
    transaction.begin()
    assert len(api.content.find(portal_type="IaTechRequest")) == 0


def test_unknown_request_404(base):
    response = get(base, "requests/DT-1999-00001.json")
    assert response.status_code == 404


def test_rate_limited_per_address(base, functional_portal):
    api.portal.set_registry_record("ia.tech.open311_post_limit", 2)
    transaction.commit()
    assert post(base).status_code == 201
    assert post(base).status_code == 201
    response = post(base)
    assert response.status_code == 429
    assert response.headers["Retry-After"] == "60"
    assert get(base, "services.json").status_code == 200  # reads counted apart


def test_citizen_follows_the_status(base, functional_portal, http_world):
    public_id = post(base).json()[0]["service_request_id"]
    transaction.begin()
    request = api.content.find(portal_type="IaTechRequest")[0].getObject()
    order = triage.accept(request)
    transaction.commit()
    (item,) = get(base, f"requests/{public_id}.json").json()
    assert item["status"] == "open"
    assert item["status_notes"]
    planning.plan(order, team=http_world["voirie"], day=date(2026, 12, 9))
    api.content.transition(obj=order, transition="start")
    api.content.transition(obj=order, transition="finish")
    transaction.commit()
    (item,) = get(base, f"requests/{public_id}.json").json()
    assert item["status"] == "closed"


def test_refusal_reason_is_the_public_note(base, functional_portal):
    public_id = post(base).json()[0]["service_request_id"]
    transaction.begin()
    request = api.content.find(portal_type="IaTechRequest")[0].getObject()
    triage.refuse(request, reason="Voirie régionale: le SPW est prévenu.")
    transaction.commit()
    (item,) = get(base, f"requests/{public_id}.json").json()
    assert item["status"] == "closed"
    assert item["status_notes"] == "Voirie régionale: le SPW est prévenu."


def test_json_body_accepted(base):
    response = requests.post(
        f"{base}/requests.json",
        json={"service_code": "cleaning", "address_string": "Place d'Armes"},
        timeout=30,
    )
    assert response.status_code == 201


def test_list_reads_the_catalog_only(base, functional_portal, http_world, monkeypatch):
    from Products.ZCatalog.CatalogBrains import AbstractCatalogBrain

    public_id = post(base).json()[0]["service_request_id"]
    transaction.begin()
    request = api.content.find(portal_type="IaTechRequest")[0].getObject()
    order = triage.accept(request)
    planning.plan(order, team=http_world["voirie"], day=date(2026, 12, 9))
    transaction.commit()

    def woken(*args, **kwargs):
        raise AssertionError("Open311 GET requests woke an object")

    monkeypatch.setattr(AbstractCatalogBrain, "getObject", woken)
    monkeypatch.setattr(AbstractCatalogBrain, "_unrestrictedGetObject", woken)
    (item,) = get(base, "requests.json").json()
    assert set(item) == REQUEST_KEYS
    assert item["service_request_id"] == public_id
    assert item["expected_datetime"].startswith("2026-12-09")
    assert item["status"] == "open"
    monkeypatch.undo()
    for transition in ("start", "finish"):
        api.content.transition(obj=order, transition=transition)
    transaction.commit()
    monkeypatch.setattr(AbstractCatalogBrain, "_unrestrictedGetObject", woken)
    (item,) = get(base, "requests.json", status="closed").json()
    assert item["service_request_id"] == public_id


def test_refusal_is_emailed_to_the_citizen(base, functional_portal):
    from ia.core.mailqueue.api import queue_dir

    post(base)
    transaction.begin()
    request = api.content.find(portal_type="IaTechRequest")[0].getObject()
    triage.refuse(request, reason="Voirie régionale: le SPW est prévenu.")
    transaction.commit()
    (queued,) = list((queue_dir() / "new").iterdir())
    text = queued.read_bytes().decode()
    assert "smit222@sfgov.edu" in text
    assert "refus" in text
