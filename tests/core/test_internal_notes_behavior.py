"""ia.internal_notes: the field, its permissions, the view."""

from ia.core.behaviors.attachments_testing import prepare
from ia.core.behaviors.internal_notes import IInternalNotes
from ia.core.testing import create_document
from ia.core.testing import create_user
from ia.core.testing import grant_local
from plone import api
from plone.app.textfield.value import RichTextValue
from plone.autoform.interfaces import READ_PERMISSIONS_KEY
from plone.autoform.interfaces import WRITE_PERMISSIONS_KEY
import pytest


NOTE = "Le demandeur a déjà eu un refus en 2019."


@pytest.fixture()
def case(portal):
    prepare(portal)
    create_user("copie", "Claire Copie")
    create_user("redacteur", "Rémi Rédacteur")
    case = create_document(portal, "IaTestCase", title="Dossier notes")
    case.internal_notes = RichTextValue(
        f"<p>{NOTE}</p>", "text/html", "text/x-html-safe"
    )
    grant_local(case, "copie", "IaCopyReader")
    grant_local(case, "redacteur", "IaEditor")
    return case


def test_behavior_on_test_types(case):
    assert IInternalNotes.providedBy(case)


def test_field_permissions():
    assert IInternalNotes.queryTaggedValue(READ_PERMISSIONS_KEY) == {
        "internal_notes": "ia.core.ViewInternalNotes"
    }
    assert IInternalNotes.queryTaggedValue(WRITE_PERMISSIONS_KEY) == {
        "internal_notes": "ia.core.EditInternalNotes"
    }


def test_permissions_by_role(case):
    assert api.user.has_permission(
        "ia.core: View internal notes", username="redacteur", obj=case
    )
    assert api.user.has_permission(
        "ia.core: Edit internal notes", username="redacteur", obj=case
    )
    assert api.user.has_permission("View", username="copie", obj=case)
    assert not api.user.has_permission(
        "ia.core: View internal notes", username="copie", obj=case
    )
    assert not api.user.has_permission(
        "ia.core: Edit internal notes", username="copie", obj=case
    )


def render_view(case, request, userid):
    # As the publisher does: plone.autoform checks field permissions only
    # when the request knows the user.
    request["AUTHENTICATED_USER"] = api.user.get(username=userid).getUser()
    with api.env.adopt_user(username=userid):
        return case.restrictedTraverse("@@view")()


def test_view_shows_notes_to_editor(case, http_request):
    assert NOTE in render_view(case, http_request, "redacteur")


def test_view_hides_notes_from_copy_reader(case, http_request):
    html = render_view(case, http_request, "copie")
    assert "Dossier notes" in html
    assert NOTE not in html


def test_edit_form_field_only_with_write_permission(case, http_request):
    from plone.dexterity.browser.edit import DefaultEditForm

    http_request["AUTHENTICATED_USER"] = api.user.get(username="redacteur").getUser()
    with api.env.adopt_user(username="redacteur"):
        form = DefaultEditForm(case, http_request)
        form.update()
        names = [name for group in form.groups for name in group.fields] + list(
            form.fields
        )
        assert any(name.endswith("internal_notes") for name in names)
