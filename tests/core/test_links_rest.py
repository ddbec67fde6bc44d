"""@ia-links: GET the links, POST / DELETE a manual one."""

from ia.core.links import api as links
from ia.core.testing import PASSWORD
from ia.core.testing import create_document
from ia.core.testing import create_user
from ia.core.testing import grant_local
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles
import pytest
import transaction


@pytest.fixture()
def world(functional_portal):
    setRoles(functional_portal, TEST_USER_ID, ["Manager"])
    create_user("redacteur")
    create_user("lecteur")
    mail = create_document(functional_portal, title="Courrier", reference="E-2026-0009")
    reply = create_document(functional_portal, title="Réponse")
    other = create_document(functional_portal, title="Autre")
    secret = create_document(functional_portal, title="Secret")
    links.link(source=reply, target=mail, kind="ia.reply_to")
    links.link(source=mail, target=secret, kind="ia.gave_rise_to")
    grant_local(mail, "redacteur", "IaEditor")
    for doc in (reply, other):
        grant_local(doc, "redacteur", "IaReader")
    for doc in (mail, reply, other):
        grant_local(doc, "lecteur", "IaReader")
    transaction.commit()
    return {"mail": mail, "reply": reply, "other": other, "secret": secret}


def session(request_factory, userid):
    return request_factory(basic_auth=(userid, PASSWORD))


def test_get_lists_what_the_user_may_see(world, request_factory):
    data = session(request_factory, "redacteur").get("/courrier/@ia-links").json()
    assert data["@id"].endswith("/courrier/@ia-links")
    [item] = data["items"]
    assert item == {
        "kind": "ia.reply_to",
        "direction": "in",
        "label": "Replies",
        "@id": world["reply"].absolute_url(),
        "UID": api.content.get_uuid(world["reply"]),
        "title": "Réponse",
        "reference": world["reply"].reference,
        "review_state": "draft",
    }
    data = request_factory(role="Manager").get("/courrier/@ia-links").json()
    assert {item["kind"] for item in data["items"]} == {
        "ia.reply_to",
        "ia.gave_rise_to",
    }
    data = session(request_factory, "redacteur").get("/reponse/@ia-links").json()
    assert [(i["label"], i["reference"]) for i in data["items"]] == [
        ("In reply to", "E-2026-0009")
    ]


def test_anonymous_sees_only_what_it_may_view(
    world, request_factory, functional_portal
):
    assert request_factory().get("/courrier/@ia-links").status_code == 401
    public = create_document(
        functional_portal, "IaTestPublication", title="Avis", state="published"
    )
    other = create_document(
        functional_portal, "IaTestPublication", title="Avis 2", state="published"
    )
    links.link(source=public, target=world["mail"], kind="ia.related")
    links.link(source=public, target=other, kind="ia.related")
    transaction.commit()
    anonymous = request_factory()
    data = anonymous.get("/avis/@ia-links").json()
    assert [item["title"] for item in data["items"]] == ["Avis 2"]
    response = anonymous.post(
        "/avis/@ia-links",
        json={"kind": "ia.related", "target": api.content.get_uuid(world["other"])},
    )
    assert response.status_code in (401, 403)


def test_post_and_delete(world, request_factory):
    client = session(request_factory, "redacteur")
    uid = api.content.get_uuid(world["other"])
    response = client.post(
        "/courrier/@ia-links", json={"kind": "ia.related", "target": uid}
    )
    assert response.status_code == 201, response.text
    assert response.json()["target"]["UID"] == uid
    transaction.begin()
    assert links.targets(source=world["mail"], kind="ia.related") == [world["other"]]
    # idempotent
    response = client.post(
        "/courrier/@ia-links",
        json={"kind": "ia.related", "target": world["other"].absolute_url() + "/view"},
    )
    assert response.status_code == 201
    response = client.delete(
        "/courrier/@ia-links", json={"kind": "ia.related", "target": uid}
    )
    assert response.status_code == 204, response.text
    transaction.begin()
    assert links.targets(source=world["mail"], kind="ia.related") == []


@pytest.mark.parametrize(
    "user, body, status",
    [
        ("redacteur", {"kind": "ia.nope", "target": "other"}, 400),
        ("redacteur", {"kind": "ia.reply_to", "target": "other"}, 400),
        ("redacteur", {"target": "other"}, 400),
        ("redacteur", {"kind": "ia.related", "target": "secret"}, 404),
        ("redacteur", {"kind": "ia.related", "target": "E-9999"}, 404),
        ("lecteur", {"kind": "ia.related", "target": "other"}, 403),
    ],
)
def test_refusals(world, request_factory, user, body, status):
    if body.get("target") in world:
        body["target"] = api.content.get_uuid(world[body["target"]])
    response = session(request_factory, user).post("/courrier/@ia-links", json=body)
    assert response.status_code == status, response.text
    assert response.json()["error"]["message"]
    transaction.begin()
    assert links.targets(source=world["mail"], kind="ia.related") == []


def test_delete_a_missing_link(world, request_factory):
    uid = api.content.get_uuid(world["other"])
    response = session(request_factory, "redacteur").delete(
        "/courrier/@ia-links", json={"kind": "ia.related", "target": uid}
    )
    assert response.status_code == 400
