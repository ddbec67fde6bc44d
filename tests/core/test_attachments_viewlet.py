"""The attachments viewlet below the body of a document."""

from ia.core.behaviors.attachments_testing import add_attachment
from ia.core.behaviors.attachments_testing import blob
from ia.core.behaviors.attachments_testing import prepare
from ia.core.behaviors.browser.attachments_viewlet import AttachmentsViewlet
from ia.core.interfaces import IIaCoreLayer
from ia.core.testing import create_document
from zope.interface import alsoProvides
import pytest


@pytest.fixture()
def document(portal, http_request):
    prepare(portal)
    alsoProvides(http_request, IIaCoreLayer)
    document = create_document(portal, title="Permis 7")
    add_attachment(document, file=blob(filename="plan-1.pdf"), category="plan")
    add_attachment(
        document,
        file=blob(filename="photo.png", content_type="image/png"),
        category="photo",
    )
    add_attachment(
        document, file=blob(filename="plan-2.pdf"), category="plan", to_sign=True
    )
    return document


def render(document, request, **form):
    request.form.update(form)
    viewlet = AttachmentsViewlet(document, request, None, None)
    viewlet.update()
    return viewlet, viewlet.render()


def test_grouped_by_category(document, http_request):
    viewlet, html = render(document, http_request)
    assert [group["id"] for group in viewlet.groups] == ["plan", "photo"]
    assert [item["title"] for item in viewlet.groups[0]["attachments"]] == [
        "plan-1.pdf",
        "plan-2.pdf",
    ]
    assert "plan-1.pdf/@@download/file" in html
    assert 'data-category="photo"' in html
    assert "Add an attachment" in html or "Ajouter une annexe" in html


def test_category_filter(document, http_request):
    viewlet, html = render(document, http_request, ia_attachment_category="photo")
    assert [group["id"] for group in viewlet.groups] == ["photo"]
    assert "plan-1.pdf/@@download/file" not in html
    # The counts still offer every category.
    assert "?ia_attachment_category=plan" in html


def test_registered_in_document_view(document, http_request):
    html = document.restrictedTraverse("@@view")()
    assert 'id="ia-attachments"' in html
    assert "photo.png/@@download/file" in html


def test_empty_document_without_add_permission_shows_nothing(portal, http_request):
    prepare(portal)
    document = create_document(portal, title="Vide")
    viewlet = AttachmentsViewlet(document, http_request, None, None)
    viewlet.update()
    assert viewlet.available  # a Manager may add one
    from plone import api

    with api.env.adopt_roles(["Member"]):
        viewlet = AttachmentsViewlet(document, http_request, None, None)
        viewlet.update()
        assert not viewlet.available
