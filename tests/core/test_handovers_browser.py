"""@@ia-handover and the "Hand over…" action."""

from ia.core.handovers import api as handovers
from ia.core.interfaces import IIaCoreLayer
from ia.core.links import api as links
from ia.core.testing import PASSWORD
from ia.core.testing import create_document
from ia.core.testing import create_user
from ia.core.testing import grant_local
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles
from tests.core.handovers_testing import registered_handovers  # noqa: F401
from zope.interface import alsoProvides
import pytest
import re
import transaction


pytestmark = pytest.mark.usefixtures("registered_handovers")


def test_page_lists_offers_and_choices(manager_portal, http_request):
    alsoProvides(http_request, IIaCoreLayer)
    mail = create_document(manager_portal, title="Courrier")
    view = mail.restrictedTraverse("@@ia-handover")
    assert view.has_any() is True
    html = view()
    assert 'id="ia-handover-test.follow_up"' in html
    assert 'name="option.priority"' in html
    assert 'value="high"' in html and "Haute" in html
    assert "test.not_installed" not in html
    assert 'name="_authenticator"' in html


def test_action_available_only_with_offers(manager_portal, http_request):
    alsoProvides(http_request, IIaCoreLayer)
    mail = create_document(manager_portal, title="Courrier")
    case = create_document(manager_portal, "IaTestCase", title="Dossier")

    def buttons(obj):
        actions = api.portal.get_tool("portal_actions")
        found = actions.listFilteredActionsFor(obj).get("object_buttons", [])
        return [action["id"] for action in found]

    assert "ia_handover" in buttons(mail)
    assert "ia_handover" not in buttons(case)
    folder = api.content.create(container=manager_portal, type="Folder", title="F")
    assert "ia_handover" not in buttons(folder)


@pytest.fixture()
def world(functional_portal):
    setRoles(functional_portal, TEST_USER_ID, ["Manager"])
    create_user("redacteur")
    create_user("lecteur")
    mail = create_document(functional_portal, title="Courrier")
    grant_local(mail, "redacteur", "IaEditor")
    grant_local(mail, "lecteur", "IaReader")
    transaction.commit()
    return mail


def browser(request_factory, userid):
    session = request_factory(basic_auth=(userid, PASSWORD), api=False)
    session.headers.update({"Accept": "text/html"})
    return session


def token(html):
    return re.search(r'data-token="([^"]+)"', html).group(1)


def test_post_performs_and_redirects(world, request_factory):
    session = browser(request_factory, "redacteur")
    page = session.get("/courrier/@@ia-handover")
    assert page.status_code == 200
    response = session.post(
        "/courrier/@@ia-handover",
        data={
            "handover": "test.follow_up",
            "option.priority": "low",
            "_authenticator": token(page.text),
        },
    )
    assert response.status_code == 200
    assert response.url.endswith("/suite-de-courrier")
    assert "statusmessage-info" in response.text
    transaction.begin()
    [target] = handovers.done(source=world, handover="test.follow_up")
    assert target.description == "low"
    assert links.targets(source=world, kind="ia.gave_rise_to") == [target]


def test_post_refusals(world, request_factory):
    session = browser(request_factory, "redacteur")
    page = session.get("/courrier/@@ia-handover")
    # no authenticator
    response = session.post(
        "/courrier/@@ia-handover", data={"handover": "test.follow_up"}
    )
    assert response.status_code == 403
    # an error in perform: a message, nothing created
    response = session.post(
        "/courrier/@@ia-handover",
        data={"handover": "test.failing", "_authenticator": token(page.text)},
    )
    assert response.url.endswith("/courrier/@@ia-handover")
    assert "statusmessage-error" in response.text
    # a reader: no offer, refused
    reader = browser(request_factory, "lecteur")
    page = reader.get("/courrier/@@ia-handover")
    assert "ia-handover-test.follow_up" not in page.text
    response = reader.post(
        "/courrier/@@ia-handover",
        data={"handover": "test.follow_up", "_authenticator": token(page.text)},
    )
    assert "statusmessage-error" in response.text
    transaction.begin()
    assert links.links(obj=world, unrestricted=True) == []
    assert not api.content.find(Title="Orphelin")
