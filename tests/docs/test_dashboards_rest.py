"""Over HTTP: ``POST /courrier/@ia-assignment``, the mail lists of
``@ia-dashboard`` and the two-step page ``@@ia-mail-assign`` reached from
the dashboard's "Assigner à…" button."""

from ia.core.testing import PASSWORD
from ia.core.workflows.testing import rest
from ia.core.workflows.testing import set_state
from ia.docs.area import get_mail_area
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import TEST_USER_NAME
from plone.app.testing import login
from plone.app.testing import setRoles
import pytest
import re
import requests
import transaction


@pytest.fixture
def world(functional_portal, functional_services):
    setRoles(functional_portal, TEST_USER_ID, ["Manager"])
    login(functional_portal, TEST_USER_NAME)
    area = get_mail_area(functional_portal)
    mails = {}
    for id, service in (("m1", "travaux"), ("m2", "travaux"), ("m3", "culture")):
        mail = api.content.create(
            container=area,
            type="IaIncomingMail",
            id=id,
            title=f"Courrier {id}",
            mail_type="letter",
            responsible_services=[functional_services[service]],
        )
        set_state(mail, "proposed_to_manager")
        mails[id] = mail.UID()
    transaction.commit()
    return {"url": functional_portal.absolute_url(), "uids": mails}


def _assign(world, userid, body):
    return rest("POST", f"{world['url']}/courrier/@ia-assignment", userid, json=body)


def _state(portal, id):
    transaction.begin()
    return api.content.get_state(get_mail_area(portal)[id])


def test_assign_mixed(functional_portal, world):
    uids = world["uids"]
    response = _assign(
        world, "chef", {"mails": [uids["m1"], uids["m3"]], "agent": "agent1"}
    )
    assert response.status_code == 200, response.text
    data = response.json()
    assert (data["succeeded"], data["refused"]) == (1, 1)
    by_uid = {item["uid"]: item for item in data["items"]}
    assert by_uid[uids["m1"]]["review_state"] == "proposed_to_agent"
    assert not by_uid[uids["m3"]]["success"]
    assert _state(functional_portal, "m1") == "proposed_to_agent"
    assert _state(functional_portal, "m3") == "proposed_to_manager"
    listed = rest("GET", f"{world['url']}/@ia-dashboard/mail_to_treat", "agent1")
    assert [i["UID"] for i in listed.json()["items"]] == [uids["m1"]]


def test_agent_outside_service(functional_portal, world):
    response = _assign(
        world, "chef", {"mails": [world["uids"]["m1"]], "agent": "autre"}
    )
    assert response.status_code == 200
    (item,) = response.json()["items"]
    assert not item["success"]
    assert "autre" in item["message"]
    assert _state(functional_portal, "m1") == "proposed_to_manager"


@pytest.mark.parametrize(
    "body",
    [[], {"mails": [], "agent": "agent1"}, {"agent": "agent1"}, {"mails": ["x"]}],
)
def test_bad_body_is_400(functional_portal, world, body):
    response = _assign(world, "chef", body)
    assert response.status_code == 400
    assert response.json()["error"]["message"]


def test_anonymous_is_refused(functional_portal, world):
    body = {"mails": [world["uids"]["m1"]], "agent": "agent1"}
    response = _assign(world, None, body)
    assert response.status_code == 401
    assert _state(functional_portal, "m1") == "proposed_to_manager"


def test_page_from_the_dashboard(functional_portal, world):
    browser = requests.Session()
    browser.auth = ("chef", PASSWORD)
    page = browser.get(f"{world['url']}/@@ia-dashboard?list=mail_to_assign").text
    assert "courrier/@@ia-mail-assign" in page  # the list's batch action
    token = re.search(r'name="_authenticator" value="([^"]+)"', page).group(1)
    url = f"{world['url']}/courrier/@@ia-mail-assign"
    uids = [world["uids"]["m1"], world["uids"]["m2"]]
    step1 = browser.post(
        url,
        data={
            "uids:list": uids,
            "_authenticator": token,
            "form.buttons.batch_action": "1",
        },
    )
    assert step1.status_code == 200
    assert 'value="agent2"' in step1.text
    assert 'value="autre"' not in step1.text
    step2 = browser.post(
        url,
        data={
            "uids:list": uids,
            "_authenticator": token,
            "agent": "agent2",
            "form.buttons.assign": "1",
        },
    )
    assert step2.status_code == 200
    assert step2.text.count("table-success") == 2
    assert _state(functional_portal, "m2") == "proposed_to_agent"


def test_page_needs_csrf_token(functional_portal, world):
    response = requests.post(
        f"{world['url']}/courrier/@@ia-mail-assign",
        auth=("chef", PASSWORD),
        data={
            "uids:list": [world["uids"]["m1"]],
            "agent": "agent1",
            "form.buttons.assign": "1",
        },
        timeout=30,
    )
    assert response.status_code == 403
    assert _state(functional_portal, "m1") == "proposed_to_manager"


def test_deprecated_alias_ia_assign(functional_portal, world):
    """``@ia-assign`` (deprecated: remove in 1.1) is ``@ia-assignment``."""
    body = {"mails": [world["uids"]["m1"]], "agent": "agent1"}
    response = rest("POST", f"{world['url']}/courrier/@ia-assign", "chef", json=body)
    assert response.status_code == 200, response.text
    assert _state(functional_portal, "m1") == "proposed_to_agent"
