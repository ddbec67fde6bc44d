"""Open311 POST under hostile input (issue 11): the core's checks of texts
(no NUL, control characters or lone surrogates) and of e-mail addresses;
a refusal is the standard's 400 and files nothing."""

from ia.tech.open311 import ratelimit
from plone import api
from tests.tech.conftest import build_world
from tests.tech.test_open311 import EXAMPLE_POST
import json
import pytest
import requests
import transaction


@pytest.fixture
def base(functional_portal):
    ratelimit.reset()
    build_world(functional_portal)
    transaction.commit()
    yield functional_portal.absolute_url() + "/open311"
    ratelimit.reset()


@pytest.mark.parametrize(
    "change",
    [
        {"description": "Nid de poule\x00"},
        {"description": "\ud800"},
        {"last_name": "a\x1bb"},
        {"email": "a@b"},
        {"email": "a@b.be\nBcc: x@y.be"},
        {"email": "<a@b.be>"},
    ],
)
def test_hostile_report_refused(base, change):
    response = requests.post(
        f"{base}/requests.json",
        data=json.dumps({**EXAMPLE_POST, **change}),
        headers={"Content-Type": "application/json"},
        timeout=30,
    )
    assert response.status_code == 400, response.text[:300]
    assert response.json()[0]["description"]
    transaction.begin()
    assert len(api.content.find(portal_type="IaTechRequest")) == 0
