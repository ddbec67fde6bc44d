"""The "Liens" block: the list, and the add / remove forms (browser)."""

from ia.core.interfaces import IIaCoreLayer
from ia.core.links import api as links
from ia.core.links.browser.viewlet import LinksViewlet
from ia.core.testing import PASSWORD
from ia.core.testing import create_document
from ia.core.testing import create_user
from ia.core.testing import grant_local
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles
from zope.interface import alsoProvides
import pytest
import re
import transaction


def render(document, request):
    viewlet = LinksViewlet(document, request, None, None)
    viewlet.update()
    return viewlet, viewlet.render()


@pytest.fixture()
def docs(manager_portal, http_request):
    alsoProvides(http_request, IIaCoreLayer)
    mail = create_document(manager_portal, title="Courrier", reference="E-2026-0001")
    reply = create_document(manager_portal, title="Réponse")
    item = create_document(manager_portal, title="Point")
    links.link(source=reply, target=mail, kind="ia.reply_to")
    links.link(source=mail, target=item, kind="ia.related")
    return mail, reply, item


def test_state_titles_are_translated(docs):
    from ia.core.workflows.titles import state_title
    from zope.publisher.browser import TestRequest

    mail, _reply, _item = docs
    assert state_title(mail, TestRequest(HTTP_ACCEPT_LANGUAGE="fr")) == "Brouillon"
    assert state_title(mail, TestRequest(HTTP_ACCEPT_LANGUAGE="en")) == "Draft"


def test_lists_links_grouped_by_label(docs, http_request):
    mail, reply, item = docs
    viewlet, html = render(reply, http_request)
    [group] = viewlet.groups
    assert group["label"] == "In reply to"
    [entry] = group["links"]
    assert (entry["title"], entry["reference"], entry["url"]) == (
        "Courrier",
        "E-2026-0001",
        mail.absolute_url(),
    )
    assert entry["state_title"]
    assert 'id="ia-links"' in html
    assert "E-2026-0001" in html
    viewlet, html = render(mail, http_request)
    assert [group["label"] for group in viewlet.groups] == ["Related to", "Replies"]
    # a manual kind has a remove button, a not-manual one has none
    assert html.count('class="d-inline ia-link-remove"') == 1
    assert 'name="_authenticator"' in html
    assert 'value="ia.decided_by"' in html  # the add form offers the manual kinds
    assert 'value="ia.reply_to"' not in html.split("ia-link-add")[1]


def test_shown_in_the_document_view(docs, http_request):
    html = docs[1].restrictedTraverse("@@view")()
    assert 'id="ia-links"' in html
    assert docs[0].absolute_url() in html


def test_filtered_and_read_only_for_a_reader(docs, http_request):
    mail, reply, item = docs
    create_user("lecteur")
    grant_local(mail, "lecteur", "IaReader")
    grant_local(reply, "lecteur", "IaReader")
    with api.env.adopt_user(username="lecteur"):
        viewlet, html = render(mail, http_request)
    assert [group["label"] for group in viewlet.groups] == ["Replies"]
    assert "ia-link-add" not in html
    assert "ia-link-remove" not in html


def test_nothing_rendered_without_links_and_rights(manager_portal, http_request):
    alsoProvides(http_request, IIaCoreLayer)
    alone = create_document(manager_portal, title="Seul")
    create_user("lecteur")
    grant_local(alone, "lecteur", "IaReader")
    with api.env.adopt_user(username="lecteur"):
        viewlet, html = render(alone, http_request)
    assert not viewlet.available
    assert html == ""


# The forms, through a browser (functional layer)


@pytest.fixture()
def world(functional_portal):
    setRoles(functional_portal, TEST_USER_ID, ["Manager"])
    create_user("redacteur", "Rémi Rédacteur")
    create_user("lecteur", "Léa Lectrice")
    mail = create_document(functional_portal, title="Courrier", reference="E-2026-0007")
    other = create_document(functional_portal, title="Autre dossier")
    secret = create_document(functional_portal, title="Secret")
    for doc in (mail, other):
        grant_local(doc, "lecteur", "IaReader")
    grant_local(mail, "redacteur", "IaEditor")
    grant_local(other, "redacteur", "IaReader")
    transaction.commit()
    return mail, other, secret


def browser(request_factory, userid):
    session = request_factory(basic_auth=(userid, PASSWORD), api=False)
    session.headers.update({"Accept": "text/html"})
    return session


def authenticator(html):
    """The user's plone.protect token (the page's protect script carries it)."""
    return re.search(r'data-token="([^"]+)"', html).group(1)


def test_add_and_remove_through_the_forms(world, request_factory):
    mail, other, _secret = world
    session = browser(request_factory, "redacteur")
    page = session.get("/courrier")
    assert page.status_code == 200
    assert 'id="ia-links"' in page.text and "ia-link-add" in page.text
    token = authenticator(page.text)
    response = session.post(
        "/courrier/@@ia-links-edit",
        data={"kind": "ia.related", "target": "E-2026-0007", "_authenticator": token},
    )
    # its own reference: refused, shown as a message, nothing made
    assert response.status_code == 200
    transaction.begin()
    assert links.links(obj=mail, unrestricted=True) == []
    response = session.post(
        "/courrier/@@ia-links-edit",
        data={
            "kind": "ia.related",
            "target": other.absolute_url(),
            "_authenticator": token,
        },
    )
    assert response.status_code == 200
    assert "Autre dossier" in response.text
    assert "ia-link-remove" in response.text
    transaction.begin()
    assert links.targets(source=mail) == [other]
    response = session.post(
        "/courrier/@@ia-links-edit",
        data={
            "kind": "ia.related",
            "target": api.content.get_uuid(other),
            "_authenticator": token,
            "form.remove": "1",
        },
    )
    assert response.status_code == 200
    transaction.begin()
    assert links.links(obj=mail, unrestricted=True) == []


def test_forms_refuse(world, request_factory):
    mail, other, secret = world
    session = browser(request_factory, "redacteur")
    token = authenticator(session.get("/courrier").text)
    uid = api.content.get_uuid
    # no authenticator: refused by plone.protect
    response = session.post(
        "/courrier/@@ia-links-edit", data={"kind": "ia.related", "target": uid(other)}
    )
    assert response.status_code == 403
    # a kind that is not manual, a target the user may not see
    for kind, target in (("ia.reply_to", uid(other)), ("ia.related", uid(secret))):
        response = session.post(
            "/courrier/@@ia-links-edit",
            data={"kind": kind, "target": target, "_authenticator": token},
        )
        assert response.status_code == 200
        assert "statusmessage-error" in response.text
    # a reader may not change the links
    reader = browser(request_factory, "lecteur")
    page = reader.get("/courrier")
    assert "ia-link-add" not in page.text
    response = reader.post(
        "/courrier/@@ia-links-edit",
        data={
            "kind": "ia.related",
            "target": uid(other),
            "_authenticator": authenticator(page.text),
        },
    )
    assert "statusmessage-error" in response.text
    transaction.begin()
    assert links.links(obj=mail, unrestricted=True) == []
