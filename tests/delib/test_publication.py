"""Citizen publication: the public projection, its pages and anonymous REST."""

from ia.core.workflows.testing import set_state
from ia.delib import publication
from ia.delib.content.body import meetings_are_public
from plone import api
from plone.app.testing import logout
from tests.delib import publication_world as w
import pytest
import requests
import transaction


SECRETS = (
    w.SECRET_TITLE,
    w.SECRET_NOTE,
    w.PUBLIC_NOTE,
    w.CONFIDENTIAL_ANNEX,
    "Pangolin",
)


@pytest.fixture
def world(portal):
    return w.build(portal)


def test_public_meetings_default_by_kind(world):
    assert meetings_are_public(world["council"])
    assert not meetings_are_public(world["college"])
    world["college"].public_meetings = True
    world["council"].public_meetings = False
    assert meetings_are_public(world["college"])
    assert not meetings_are_public(world["council"])


def test_nothing_public_before_publication(world):
    assert not publication.is_public(world["meeting"])
    assert publication.public_items(world["meeting"]) == []
    assert publication.public_meetings(world["council"]) == []


def test_public_items_after_publication(world):
    w.publish(world)
    logout()
    rows = publication.public_items(world["meeting"])
    assert [row["title"] for row in rows] == ["Budget 2027"]
    (row,) = rows
    assert row["number"] == 1
    assert row["category"] == "Finances"
    assert w.PUBLIC_MOTIVATION in row["motivation"]
    assert row["decision"] == "" and row["decision_state"] is None
    assert not any(secret in repr(rows) for secret in SECRETS)


def test_decision_shown_once_decided(world):
    w.publish(world)
    w.decide(world)
    (row,) = publication.public_items(world["meeting"])
    assert w.PUBLIC_DECISION in row["decision"]
    assert row["decision_state"] == "accepted"


def test_undecided_item_of_decided_meeting_has_no_decision(world):
    w.publish(world)
    set_state(world["meeting"], "decided")
    (row,) = publication.public_items(world["meeting"])
    assert row["decision"] == "" and row["decision_state"] is None


def test_college_never_public(world):
    college_meeting = world["college_meeting"]
    assert not publication.is_public(college_meeting)
    assert publication.public_items(college_meeting) == []
    assert publication.public_meetings(world["college"]) == []
    w.publish(world)
    assert publication.all_public_meetings() == [world["meeting"]]


# Over HTTP, as an anonymous citizen.


@pytest.fixture
def site(functional_portal):
    result = w.build(functional_portal)
    transaction.commit()
    return result


def anonymous(url, json=False):
    headers = {"Accept": "application/json"} if json else {}
    return requests.get(url, headers=headers, timeout=30)


def _publish(site):
    w.publish(site)
    transaction.commit()


def test_anonymous_public_agenda_page(site):
    _publish(site)
    response = anonymous(f"{site['meeting'].absolute_url()}/@@ia-public-agenda")
    assert response.status_code == 200
    assert "Budget 2027" in response.text
    assert w.PUBLIC_MOTIVATION in response.text
    for secret in SECRETS:
        assert secret not in response.text, secret


def test_anonymous_public_agenda_rest(site):
    _publish(site)
    response = anonymous(
        f"{site['meeting'].absolute_url()}/@ia-public-agenda", json=True
    )
    assert response.status_code == 200
    data = response.json()
    assert [item["title"] for item in data["items"]] == ["Budget 2027"]
    assert data["review_state"] == "published"
    for secret in SECRETS:
        assert secret not in response.text, secret


def test_anonymous_sees_decisions_after_decision(site):
    _publish(site)
    w.decide(site)
    transaction.commit()
    page = anonymous(f"{site['meeting'].absolute_url()}/@@ia-public-agenda")
    assert w.PUBLIC_DECISION in page.text
    data = anonymous(
        f"{site['meeting'].absolute_url()}/@ia-public-agenda", json=True
    ).json()
    assert data["items"][0]["decision_state"] == "accepted"
    for secret in SECRETS:
        assert secret not in page.text


def test_not_public_before_publication(site):
    url = site["meeting"].absolute_url()
    assert anonymous(f"{url}/@@ia-public-agenda").status_code == 404
    response = anonymous(f"{url}/@ia-public-agenda", json=True)
    assert response.status_code == 404
    assert response.json()["error"]["message"] == "This meeting is not public."
    # The meeting itself and the items stay closed to anonymous visitors.
    assert anonymous(url).status_code in (401, 403) or "login" in anonymous(url).url


def test_college_meetings_never_public_over_http(site):
    url = site["college_meeting"].absolute_url()
    assert anonymous(f"{url}/@@ia-public-agenda").status_code == 404
    assert anonymous(f"{url}/@ia-public-agenda", json=True).status_code == 404
    college = site["college"].absolute_url()
    assert anonymous(f"{college}/@@ia-public-meetings").status_code == 404
    assert anonymous(f"{college}/@ia-public-meetings", json=True).status_code == 404
    listing = anonymous(f"{api.portal.get().absolute_url()}/@@ia-seances-publiques")
    assert "Collège du 10 décembre" not in listing.text
    assert "Ornithorynque" not in listing.text


def test_public_listings(site):
    _publish(site)
    body = site["council"].absolute_url()
    page = anonymous(f"{body}/@@ia-public-meetings")
    assert page.status_code == 200
    assert "Séance du 14 décembre" in page.text
    assert "2026" in page.text
    data = anonymous(f"{body}/@ia-public-meetings", json=True).json()
    (year,) = data["years"]
    assert year["year"] == 2026
    assert [m["title"] for m in year["meetings"]] == ["Séance du 14 décembre"]
    portal_url = api.portal.get().absolute_url()
    site_page = anonymous(f"{portal_url}/@@ia-seances-publiques")
    assert site_page.status_code == 200
    assert "Séance du 14 décembre" in site_page.text
    site_data = anonymous(f"{portal_url}/@ia-public-meetings", json=True).json()
    assert [m["title"] for m in site_data["years"][0]["meetings"]] == [
        "Séance du 14 décembre"
    ]


def test_messages_translated(portal):
    from ia.delib.publication.services.messages import BODY_NOT_PUBLIC
    from ia.delib.publication.services.messages import NOT_PUBLIC
    from zope.i18n import translate

    assert translate(NOT_PUBLIC, target_language="fr") == (
        "Cette séance n'est pas publique."
    )
    assert "pas publiques" in translate(BODY_NOT_PUBLIC, target_language="fr")
