"""The citizens' pages have the site's header (navigation, breadcrumbs):
they are shown under the site; the meeting's and body's old addresses lead
there; the home page links to the public sessions."""

from tests.delib import publication_world as w
import pytest
import requests
import transaction


@pytest.fixture
def site(functional_portal):
    result = w.build(functional_portal)
    w.publish(result)
    transaction.commit()
    result["portal"] = functional_portal
    return result


def get(url):
    return requests.get(url, timeout=30)


def has_header(text):
    return 'id="portal-breadcrumbs"' in text and 'nav-item"><a href=' in text


def test_meeting_page_under_the_site_with_header(site):
    response = get(f"{site['meeting'].absolute_url()}/@@ia-public-agenda")
    assert response.status_code == 200
    assert response.url.endswith("/@@ia-seances-publiques/conseil/seance")
    assert "Budget 2027" in response.text and has_header(response.text)
    assert w.SECRET_TITLE not in response.text


def test_body_and_site_pages(site):
    body = get(f"{site['council'].absolute_url()}/@@ia-public-meetings")
    assert body.status_code == 200 and has_header(body.text)
    assert "Séance du 14 décembre" in body.text
    everything = get(f"{site['portal'].absolute_url()}/@@ia-seances-publiques")
    assert has_header(everything.text)
    assert "/@@ia-seances-publiques/conseil/seance" in everything.text


@pytest.mark.parametrize(
    "path",
    [
        "college/reunion",
        "conseil/nothing",
        "conseil/budget",
        "college",
        "a/b/c",
        "a/b/c/d/e/f/g",
    ],
)
def test_not_public_is_404(site, path):
    url = f"{site['portal'].absolute_url()}/@@ia-seances-publiques/{path}"
    assert get(url).status_code == 404


def test_home_page_links_to_the_public_sessions(site):
    home = get(site["portal"].absolute_url())
    assert home.status_code == 200
    assert 'id="ia-public-sessions-link"' in home.text
    assert "/@@ia-seances-publiques" in home.text


def test_no_empty_deliberations_tab_for_anonymous(site):
    from ia.delib.folders import make_internal
    from plone import api
    from plone.app.testing import TEST_USER_ID
    from plone.app.testing import setRoles

    portal = site["portal"]
    setRoles(portal, TEST_USER_ID, ["Manager"])
    folder = api.content.create(
        container=portal, type="Folder", id="deliberations", title="Délibérations"
    )
    # (the test site has no workflow for folders: View acquired, public)
    api.content.move(source=site["council"], target=folder)
    from ia.delib.upgrades.v1002_session import internal_body_folders

    assert internal_body_folders() == 1
    assert internal_body_folders() == 0  # done once
    assert not make_internal(folder)
    transaction.commit()
    home = get(portal.absolute_url())
    assert "/deliberations" not in home.text
    # the public pages follow the body into its folder
    agenda = get(
        f"{portal.absolute_url()}/@@ia-seances-publiques/deliberations/conseil/seance"
    )
    assert agenda.status_code == 200 and "Budget 2027" in agenda.text
    moved = get(
        f"{portal.absolute_url()}/deliberations/conseil/seance/@@ia-public-agenda"
    )
    assert moved.url == agenda.url
    from ia.core.testing import PASSWORD
    from ia.core.testing import create_user

    create_user("agent")
    transaction.commit()
    seen = requests.get(
        f"{portal.absolute_url()}/deliberations", auth=("agent", PASSWORD)
    )
    assert seen.status_code == 200
    assert 'href="http://' in seen.text and "/deliberations" in seen.text
