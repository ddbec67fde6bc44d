"""``@ia-ingestion`` on ``/courrier``: the summary for admins, 403/401 for others."""

from ia.core.testing import create_user
from ia.core.workflows.testing import rest
from plone import api
from tests.docs.ingest_helpers import drop_scan
from tests.docs.ingest_helpers import remaining
from tests.docs.ingest_helpers import sidecar
import pytest
import requests
import transaction


@pytest.fixture
def site(functional_portal, functional_services, tmp_path):
    root = tmp_path / "drop"
    api.portal.set_registry_record("ia.docs.ingest_folder", str(root))
    create_user("siteadmin", roles=["Site Administrator"])
    transaction.commit()
    drop_scan(root, "good", sidecar(functional_services, subject="Bon"))
    drop_scan(root, "bad", sidecar(functional_services, colour="red"))
    return f"{functional_portal.absolute_url()}/courrier/@ia-ingestion", root


def test_get_pending_counts(site):
    url, root = site
    response = rest("GET", url, "siteadmin")
    assert response.status_code == 200, response.text
    assert response.json()["pending"] == {"scans": 2, "mail": 0, "quarantine": 0}
    assert response.json()["folder"] == str(root)


def test_admin_gets_summary(site):
    url, root = site
    response = rest("POST", url, "siteadmin", json={})
    assert response.status_code == 200, response.text
    data = response.json()
    assert data["ingested"] == 1
    assert data["skipped"] == 0
    assert data["references"][0].startswith("E/")
    [rejected] = data["rejected"]
    assert rejected["name"] == "scans/bad.pdf"
    assert "colour" in rejected["reason"]
    assert remaining(root, "scans") == []
    response = rest("GET", url, "siteadmin")
    assert response.json()["pending"] == {"scans": 0, "mail": 0, "quarantine": 2}


def test_limit_and_bad_limit(site):
    url, _root = site
    response = rest("POST", url, "siteadmin", json={"limit": "all"})
    assert response.status_code == 400
    assert response.json()["error"]["message"] == "limit must be a positive integer."
    response = rest("POST", url, "siteadmin", json={"limit": 1})
    assert response.status_code == 200
    assert response.json()["ingested"] + len(response.json()["rejected"]) == 1


def test_agent_forbidden_anonymous_unauthorized(site):
    url, root = site
    for method in ("GET", "POST"):
        response = rest(method, url, "agent1")
        assert response.status_code == 403, response.text
        assert response.json()["error"]["message"] == "You may not ingest mail."
        response = requests.request(
            method, url, headers={"Accept": "application/json"}, timeout=30
        )
        assert response.status_code == 401
    assert remaining(root, "scans") == ["bad.json", "bad.pdf", "good.json", "good.pdf"]


def test_no_folder_is_400(functional_portal, functional_services):
    create_user("siteadmin", roles=["Site Administrator"])
    transaction.commit()
    url = f"{functional_portal.absolute_url()}/courrier/@ia-ingestion"
    response = rest("POST", url, "siteadmin")
    assert response.status_code == 400
    assert "ia.docs.ingest_folder" in response.json()["error"]["message"]


def test_deprecated_alias_ia_ingest(site):
    """``@ia-ingest`` (deprecated: remove in 1.1) is ``@ia-ingestion``."""
    url, _root = site
    old = url.replace("@ia-ingestion", "@ia-ingest")
    response = rest("GET", old, "siteadmin")
    assert response.json()["pending"] == {"scans": 2, "mail": 0, "quarantine": 0}
    response = rest("POST", old, "siteadmin", json={"limit": 1})
    assert response.status_code == 200, response.text
    assert response.json()["ingested"] + len(response.json()["rejected"]) == 1
