"""/courrier is a tab of Plone's global navigation (plone.displayed_types)."""

from ia.core.testing import PASSWORD
from plone import api
from plone.testing.zope import Browser
import pytest
import re
import transaction


@pytest.fixture
def app(functional, functional_services):
    return functional["app"]


def front_page(app, user):
    browser = Browser(app)
    browser.handleErrors = False
    browser.addHeader("Accept-Language", "fr")
    browser.addHeader("Authorization", f"Basic {user}:{PASSWORD}")
    browser.open(api.portal.get().absolute_url())
    return browser.contents


def global_nav(html: str) -> str:
    match = re.search(r'<ul[^>]*id="portal-globalnav"[^>]*>(.*?)</ul>', html, re.S)
    assert match, "no global navigation on the page"
    return match.group(1)


def test_the_mail_area_is_a_displayed_type(functional_portal):
    displayed = api.portal.get_registry_record("plone.displayed_types")
    assert "IaMailArea" in displayed
    assert "IaIncomingMail" not in displayed  # no mail in the tabs' menus


def test_courrier_is_in_the_global_navigation(app, functional_portal):
    nav = global_nav(front_page(app, "encodeur"))
    url = f"{functional_portal.absolute_url()}/courrier"
    assert re.search(rf'href="{re.escape(url)}/?"', nav), nav


def test_not_a_tab_when_the_type_is_not_displayed(app, functional_portal):
    """The test can fail: without the record the tab is gone."""
    record = "plone.displayed_types"
    displayed = api.portal.get_registry_record(record)
    api.portal.set_registry_record(
        record, tuple(t for t in displayed if t != "IaMailArea")
    )
    transaction.commit()
    nav = global_nav(front_page(app, "encodeur"))
    assert "/courrier" not in nav
