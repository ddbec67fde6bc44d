"""Audit trail: @@ia-history, @ia-audit and plone.restapi's @history."""

from ia.core.audit.timeline import audit_trail
from ia.core.behaviors.attachments_testing import prepare
from ia.core.testing import PASSWORD
from ia.core.testing import create_document
from ia.core.testing import create_user
from ia.core.testing import grant_local
from plone import api
from zExceptions import Unauthorized
import pytest
import transaction


def edit_and_propose(document, userid):
    """As ``userid``: save an edit (a version) then propose the document."""
    repository = api.portal.get_tool("portal_repository")
    with api.env.adopt_user(username=userid):
        document.title = "Permis modifié"
        repository.save(document, comment="Plan corrigé")
        api.content.transition(
            obj=document, transition="propose", comment="Prêt pour validation"
        )


@pytest.fixture()
def document(portal, http_request):
    prepare(portal)
    create_user("redacteur", "Rémi Rédacteur")
    create_user("copie", "Claire Copie")
    document = create_document(portal, title="Permis 12")
    grant_local(document, "redacteur", "IaEditor")
    grant_local(document, "copie", "IaCopyReader")
    edit_and_propose(document, "redacteur")
    return document


class TestTrail:
    def test_versioning_is_on_test_types(self, portal):
        repository = api.portal.get_tool("portal_repository")
        for name in ("IaTestDocument", "IaTestCase", "IaTestPublication"):
            assert "plone.versioning" in portal.portal_types[name].behaviors
            assert name in repository.getVersionableContentTypes()

    def test_transition_and_edit_with_actor(self, document):
        entries = audit_trail(document)
        propose = next(e for e in entries if e["action"] == "propose")
        assert propose["type"] == "workflow"
        assert propose["actor"] == "redacteur"
        assert propose["actor_fullname"] == "Rémi Rédacteur"
        assert propose["comment"] == "Prêt pour validation"
        assert propose["review_state"] == "proposed"
        edit = next(e for e in entries if e["comment"] == "Plan corrigé")
        assert edit["type"] == "versioning"
        assert edit["actor_fullname"] == "Rémi Rédacteur"
        assert isinstance(edit["version"], int)

    def test_newest_first(self, document):
        entries = audit_trail(document)
        dates = [e["date"] for e in entries]
        assert dates == sorted(dates, reverse=True)
        # The creation entry of the workflow is the oldest one.
        assert entries[-1]["type"] in ("workflow", "versioning")
        assert any(e["action"] is None and e["type"] == "workflow" for e in entries)

    def test_empty_for_unversioned_object_without_history(self, portal):
        prepare(portal)
        assert audit_trail(portal.portal_catalog) == []


class TestView:
    def render(self, document, request, userid):
        request["AUTHENTICATED_USER"] = api.user.get(username=userid).getUser()
        with api.env.adopt_user(username=userid):
            return document.restrictedTraverse("@@ia-history")()

    def test_view_lists_transition_and_edit(self, document, http_request):
        html = self.render(document, http_request, "redacteur")
        assert 'data-action="propose"' in html
        assert "ia-history-versioning" in html
        assert "Rémi Rédacteur" in html
        assert "Prêt pour validation" in html
        assert "Plan corrigé" in html
        assert html.index('data-action="propose"') < html.index("ia-history-versioning")

    def test_copy_reader_refused(self, document):
        api.content.transition(obj=document, transition="validate")
        assert api.user.has_permission("View", username="copie", obj=document)
        with api.env.adopt_user(username="copie"):
            with pytest.raises(Unauthorized):
                document.restrictedTraverse("@@ia-history")

    def test_history_tab(self, document):
        action = api.portal.get_tool("portal_actions").object.ia_history
        assert action.url_expr == "string:${object_url}/@@ia-history"
        assert action.permissions == ("ia.core: View internal notes",)
        with api.env.adopt_user(username="redacteur"):
            ids = [
                a["id"]
                for a in api.portal.get_tool("portal_actions").listFilteredActionsFor(
                    document
                )["object"]
            ]
        assert "ia_history" in ids


class TestRest:
    @pytest.fixture()
    def rest_document(self, functional_portal):
        prepare(functional_portal)
        create_user("redacteur", "Rémi Rédacteur")
        create_user("lecteur", "Léa Lectrice")
        create_user("copie", "Claire Copie")
        document = create_document(functional_portal, title="Permis REST")
        grant_local(document, "redacteur", "IaEditor")
        grant_local(document, "lecteur", "IaReader")
        grant_local(document, "copie", "IaCopyReader")
        edit_and_propose(document, "redacteur")
        transaction.commit()
        return document

    def test_restapi_history_merges_versions_and_workflow(
        self, rest_document, request_factory
    ):
        response = request_factory(role="Manager").get("/permis-rest/@history")
        assert response.status_code == 200
        items = response.json()
        types = {item["type"] for item in items}
        assert types == {"workflow", "versioning"}
        propose = next(item for item in items if item["action"] == "propose")
        assert propose["actor"]["fullname"] == "Rémi Rédacteur"

    def test_ia_audit_for_a_reader(self, rest_document, request_factory):
        session = request_factory(basic_auth=("lecteur", PASSWORD))
        response = session.get("/permis-rest/@ia-audit")
        assert response.status_code == 200, response.text
        data = response.json()
        assert data["items"][0]["action"] == "propose"
        assert data["items"][0]["actor"]["fullname"] == "Rémi Rédacteur"
        assert data["items"][0]["comment"] == "Prêt pour validation"
        assert {item["type"] for item in data["items"]} == {"workflow", "versioning"}

    def test_ia_audit_refused_to_copy_reader(self, rest_document, request_factory):
        session = request_factory(basic_auth=("copie", PASSWORD))
        assert session.get("/permis-rest/@ia-audit").status_code in (401, 403)

    def test_edit_by_editor_records_a_version(self, functional_portal, request_factory):
        prepare(functional_portal)
        create_user("redacteur", "Rémi Rédacteur")
        document = create_document(functional_portal, title="Brouillon")
        grant_local(document, "redacteur", "IaEditor")
        transaction.commit()
        session = request_factory(basic_auth=("redacteur", PASSWORD))
        response = session.patch("/brouillon", json={"title": "Brouillon corrigé"})
        assert response.status_code == 204, response.text
        items = session.get("/brouillon/@ia-audit").json()["items"]
        versions = [item for item in items if item["type"] == "versioning"]
        assert versions, items
        assert versions[0]["actor"]["id"] == "redacteur"
