"""REST: a file over plone.restapi, its events and deadlines
(``@ia-urban-events``), the urban dashboard lists (``@ia-dashboard``)."""

from ia.core.testing import PASSWORD
from ia.urban.area import get_area
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles
import pytest
import requests
import transaction


def rest(method, url, userid=None, **kwargs):
    """A JSON request in French as ``userid``."""
    return requests.request(
        method,
        url,
        headers={"Accept": "application/json", "Accept-Language": "fr"},
        auth=(userid, PASSWORD) if userid else None,
        timeout=30,
        **kwargs,
    )


@pytest.fixture
def world(functional_portal, functional_services):
    portal = functional_portal
    setRoles(portal, TEST_USER_ID, ["Manager"])
    api.portal.set_registry_record("plone.default_language", "fr")
    permit = api.content.create(
        container=get_area(portal),
        type="IaUrbBuildLicence",
        id="permis",
        title="Construction d'une maison",
        responsible_services=[functional_services["urbanisme"]],
        assigned_agent="urbagent",
        parcels=["62063 b 0123/02 c004"],
    )
    transaction.commit()
    return permit, portal.absolute_url()


def test_create_a_file_over_rest(world, functional_services):
    _permit, portal_url = world
    response = rest(
        "POST",
        f"{portal_url}/urbanisme",
        "urbagent",
        json={
            "@type": "IaUrbEnvClass2",
            "title": "Exploitation d'un atelier",
            "responsible_services": [functional_services["urbanisme"]],
            "parcels": ["62063B0124/00_000"],
        },
    )
    assert response.status_code == 201, response.text
    assert response.json()["reference"].startswith("PE2/")
    bad = rest(
        "POST",
        f"{portal_url}/urbanisme",
        "urbagent",
        json={"@type": "IaUrbDeclaration", "title": "X", "parcels": ["nonsense"]},
    )
    assert bad.status_code == 400


def test_get_events_and_deadlines(world):
    permit, _url = world
    response = rest("GET", f"{permit.absolute_url()}/@ia-urban-events", "urbagent")
    assert response.status_code == 200, response.text
    data = response.json()
    assert [event["kind"] for event in data["items"]] == ["deposit"]
    assert data["items"][0]["title"] == "Dépôt"
    completeness = data["deadlines"][0]
    assert completeness["rule"] == "completeness"
    assert completeness["explanation"].startswith("20 jours à partir du dépôt du ")
    assert permit.parcels == ["62063B0123/02C004"]


def test_post_event(world):
    permit, _url = world
    url = f"{permit.absolute_url()}/@ia-urban-events"
    response = rest(
        "POST",
        url,
        "urbagent",
        json={"kind": "procedure", "date": "2026-03-03", "publicity": "inquiry"},
    )
    assert response.status_code == 201, response.text
    assert response.json()["event"]["publicity"] == "inquiry"
    transaction.begin()
    assert [e["kind"] for e in permit.urban_events] == ["deposit", "procedure"]


@pytest.mark.parametrize(
    "body,message",
    [
        ({"kind": "party"}, "Type d'événement inconnu : « party »."),
        (
            {"kind": "decision", "result": "maybe"},
            "La valeur « maybe » n'est pas permise",
        ),
        ({"kind": "claim", "date": "03/03/2026"}, "doit être une date"),
        ({"kind": "claim", "colour": "red"}, "n'a pas de champ « colour »"),
        ({"date": "2026-03-03"}, "Le champ 'kind' est obligatoire."),
    ],
)
def test_post_bad_event(world, body, message):
    permit, _url = world
    response = rest(
        "POST",
        f"{permit.absolute_url()}/@ia-urban-events",
        "urbagent",
        json=body,
    )
    assert response.status_code == 400, response.text
    assert message in response.json()["error"]["message"]
    transaction.begin()
    assert len(permit.urban_events) == 1


def test_other_service_may_not_write(world):
    permit, _url = world
    url = f"{permit.absolute_url()}/@ia-urban-events"
    assert rest("GET", url, "autre").status_code in (401, 403)
    response = rest("POST", url, "autre", json={"kind": "claim"})
    assert response.status_code in (401, 403)
    transaction.begin()
    assert len(permit.urban_events) == 1


def test_delete_event(world):
    permit, _url = world
    event_id = permit.urban_events[0]["id"]
    url = f"{permit.absolute_url()}/@ia-urban-events"
    assert rest("DELETE", f"{url}/unknown", "urbagent").status_code == 400
    assert rest("DELETE", f"{url}/{event_id}", "urbagent").status_code == 204
    transaction.begin()
    assert permit.urban_events == []


def test_dashboard_lists(world):
    permit, portal_url = world
    response = rest("GET", f"{portal_url}/@ia-dashboard", "urbagent")
    ids = {item["id"] for item in response.json()["items"]}
    assert {"urban_files", "urban_due_soon_mine", "urban_late_mine"} <= ids
    assert "urban_files" not in {
        item["id"]
        for item in rest("GET", f"{portal_url}/@ia-dashboard", "autre").json()["items"]
    }
    listing = rest("GET", f"{portal_url}/@ia-dashboard/urban_files", "urbagent").json()
    assert listing["items_total"] == 1
    row = listing["items"][0]
    assert row["cells"]["urban_next_deadline"] == "Limite de complétude"
    assert [c["id"] for c in listing["columns"]][:4] == [
        "reference",
        "title",
        "urban_applicant",
        "urban_address",
    ]


def test_geojson_layer(functional_portal, functional_services):
    """The licence files on the suite's map, seen by their service only."""
    portal = functional_portal
    setRoles(portal, TEST_USER_ID, ["Manager"])
    api.content.create(
        container=get_area(portal),
        type="IaUrbBuildLicence",
        id="situe",
        title="Permis situé",
        responsible_services=[functional_services["urbanisme"]],
        street="rue-du-moulin",
        street_number="3",
        latitude=50.46,
        longitude=4.86,
    )
    transaction.commit()
    url = f"{portal.absolute_url()}/@ia-geojson?layer=urban-licences"
    data = rest("GET", url, "urbagent").json()
    [feature] = data["features"]
    assert feature["geometry"] == {"type": "Point", "coordinates": [4.86, 50.46]}
    assert feature["properties"]["address"] == "Rue du Moulin 3"
    assert rest("GET", url, "autre").json()["features"] == []


def test_inquiry_notices_are_public_while_the_inquiry_runs(world):
    from datetime import date
    from datetime import timedelta
    from ia.urban.events.api import add_event

    permit, portal_url = world
    old = api.content.create(
        container=get_area(permit.aq_parent.aq_parent),
        type="IaUrbBuildLicence",
        id="ancien",
        title="Enquête close",
    )
    today = date.today()
    add_event(permit, "inquiry", today, start=(today - timedelta(days=2)).isoformat())
    add_event(
        old, "inquiry", today - timedelta(days=60), start=today - timedelta(days=59)
    )
    transaction.commit()
    response = rest("GET", f"{portal_url}/@ia-urban-inquiries")
    assert response.status_code == 200, response.text
    [notice] = response.json()["items"]
    assert notice["subject"] == "Construction d'une maison"
    assert notice["kind"] == "Permis d'urbanisme"
    assert set(notice) == {
        "reference",
        "kind",
        "subject",
        "address",
        "applicant",
        "start",
        "end",
        "period",
    }
    page = requests.get(f"{portal_url}/@@ia-urban-inquiries", timeout=30)
    assert page.status_code == 200
    assert (
        "Construction d&#x27;une maison" in page.text
        or "Construction d'une maison" in page.text
    )
    assert "Enquête close" not in page.text
    # the file itself stays private
    assert rest("GET", permit.absolute_url()).status_code == 401
