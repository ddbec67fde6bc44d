"""ia.responsible: local roles through the function groups, indexes, vocabularies."""

from ia.core.orgchart import api as orgchart
from ia.core.orgchart.behavior import IResponsible
from ia.core.orgchart.behavior import default_responsible_services
from ia.core.orgchart.errors import ServiceInUse
from ia.core.orgchart.localroles import ResponsibleLocalRoles
from ia.core.orgchart.testing import build_world
from ia.core.testing import create_document
from plone import api
from zope.component import getUtility
from zope.lifecycleevent import Attributes
from zope.lifecycleevent import modified
from zope.schema.interfaces import IVocabularyFactory
import pytest


# Until ia_validation_workflow lands on IaTestDocument, the tests give the
# permissions to the function roles on the document themselves.
READ_ROLES = [
    "IaEncoder",
    "IaEditor",
    "IaReviewer1",
    "IaReader",
    "IaServiceManager",
    "IaAgent",
    "IaCopyReader",
]
EDIT_ROLES = ["IaEncoder", "IaEditor", "IaAgent"]


def protect(document):
    document.manage_permission("View", READ_ROLES + ["Manager"], acquire=False)
    document.manage_permission(
        "Access contents information", READ_ROLES + ["Manager"], acquire=False
    )
    document.manage_permission(
        "Modify portal content", EDIT_ROLES + ["Manager"], acquire=False
    )
    document.reindexObjectSecurity()


@pytest.fixture()
def world(portal):
    world = build_world(portal)
    document = create_document(
        portal, id="doc-urb", title="Demande de permis", services=[world["urb"].UID()]
    )
    protect(document)
    world["doc"] = document
    return world


def group_roles(groupid, obj):
    return api.group.get_roles(groupname=groupid, obj=obj)


def can(userid, permission, obj):
    with api.env.adopt_user(username=userid):
        return bool(api.user.has_permission(permission, obj=obj))


class TestLocalRoles:
    def test_behavior_applied(self, world):
        assert IResponsible.providedBy(world["doc"])

    def test_function_roles_of_responsible_service(self, world):
        urb = world["urb"].UID()
        assert "IaEncoder" in group_roles(f"{urb}_encoder", world["doc"])
        assert "IaReviewer2" in group_roles(f"{urb}_reviewer2", world["doc"])
        assert "IaServiceManager" in group_roles(f"{urb}_manager", world["doc"])
        assert "IaEncoder" not in group_roles(f"{urb}_manager", world["doc"])
        providers = dict(ResponsibleLocalRoles(world["doc"]).getAllRoles())
        assert providers[f"{urb}_editor"] == ("IaEditor",)
        assert not world["doc"].get_local_roles_for_userid(
            f"{urb}_editor"
        )  # nothing stored

    def test_member_of_service_can_view_and_edit(self, world):
        assert can("alice", "View", world["doc"])
        assert can("alice", "Modify portal content", world["doc"])
        assert "IaEncoder" in api.user.get_roles(username="alice", obj=world["doc"])

    def test_other_service_cannot_view(self, world):
        assert not can("bob", "View", world["doc"])
        assert not can("dave", "View", world["doc"])

    def test_copy_service_views_but_cannot_modify(self, world):
        doc = world["doc"]
        doc.copy_services = [world["trav"].UID()]
        modified(doc, Attributes(IResponsible, "copy_services"))
        assert can("bob", "View", doc)
        assert can("carol", "View", doc)
        assert not can("bob", "Modify portal content", doc)
        assert "IaCopyReader" in api.user.get_roles(username="bob", obj=doc)
        assert "IaEditor" not in api.user.get_roles(username="bob", obj=doc)

    def test_agent_role(self, world):
        doc = world["doc"]
        doc.assigned_agent = "dave"
        modified(doc, Attributes(IResponsible, "assigned_agent"))
        assert "IaAgent" in api.user.get_roles(username="dave", obj=doc)
        assert can("dave", "Modify portal content", doc)

    def test_leaving_the_service_removes_access(self, world):
        orgchart.remove_member(world["urb"], "encoder", "alice")
        assert not can("alice", "View", world["doc"])

    def test_sub_service_is_not_parent(self, world):
        orgchart.add_member(world["permis"], "editor", "dave")
        assert not can("dave", "View", world["doc"])

    def test_missing_attribute_is_not_the_default(self, world, portal):
        # Created in code without the field: the add-form default (the
        # *current* user's services) must never become local roles.
        orgchart.add_member(world["trav"], "encoder", api.user.get_current().getId())
        doc = api.content.create(portal, "IaTestDocument", id="bare", title="Bare")
        gid = orgchart.group_id(world["trav"], "encoder")
        assert "IaEncoder" not in group_roles(gid, doc)
        assert dict(ResponsibleLocalRoles(doc).getAllRoles()) == {}


class TestCatalog:
    def test_indexes(self, world):
        doc = world["doc"]
        doc.copy_services = [world["trav"].UID()]
        doc.assigned_agent = "alice"
        modified(doc, Attributes(IResponsible, "copy_services", "assigned_agent"))
        catalog = api.portal.get_tool("portal_catalog")
        brains = catalog(ia_responsible_services=world["urb"].UID())
        assert [b.getId for b in brains] == ["doc-urb"]
        assert [b.getId for b in catalog(ia_copy_services=world["trav"].UID())] == [
            "doc-urb"
        ]
        assert [b.getId for b in catalog(ia_assigned_agent="alice")] == ["doc-urb"]
        assert brains[0].ia_responsible_services == (world["urb"].UID(),)

    def test_search_is_filtered_by_service(self, world):
        catalog = api.portal.get_tool("portal_catalog")
        with api.env.adopt_user(username="alice"):
            assert [b.getId for b in catalog(portal_type="IaTestDocument")] == [
                "doc-urb"
            ]
        with api.env.adopt_user(username="bob"):
            assert [b.getId for b in catalog(portal_type="IaTestDocument")] == []

    def test_changing_service_reindexes_security(self, world):
        doc = world["doc"]
        doc.responsible_services = [world["trav"].UID()]
        modified(doc, Attributes(IResponsible, "responsible_services"))
        catalog = api.portal.get_tool("portal_catalog")
        with api.env.adopt_user(username="bob"):
            assert [b.getId for b in catalog(portal_type="IaTestDocument")] == [
                "doc-urb"
            ]
        with api.env.adopt_user(username="alice"):
            assert [b.getId for b in catalog(portal_type="IaTestDocument")] == []


class TestDefaultsAndVocabularies:
    def test_default_is_encoder_services(self, world):
        with api.env.adopt_user(username="alice"):
            assert default_responsible_services() == [world["urb"].UID()]
        with api.env.adopt_user(username="bob"):  # editor, not encoder: his own
            assert default_responsible_services() == [world["trav"].UID()]
        with api.env.adopt_user(username="carol"):  # only a reader
            assert default_responsible_services() is None

    def test_services_vocabulary(self, world, portal):
        vocabulary = getUtility(IVocabularyFactory, "ia.core.services")(portal)
        titles = [term.title for term in vocabulary]
        assert titles[0] == "Urbanisme (URB)"
        assert titles[1].endswith("Permis") and titles[1] != "Permis"
        assert world["old"].UID() not in vocabulary

    def test_services_vocabulary_plain_on_rest(self, world, portal):
        from plone.rest.interfaces import IAPIRequest
        from zope.globalrequest import getRequest
        from zope.interface import alsoProvides
        from zope.interface import noLongerProvides

        request = getRequest()
        alsoProvides(request, IAPIRequest)
        try:
            vocabulary = getUtility(IVocabularyFactory, "ia.core.services")(portal)
            titles = [term.title for term in vocabulary]
        finally:
            noLongerProvides(request, IAPIRequest)
        assert titles[:2] == ["Urbanisme (URB)", "Permis"]  # no indentation

    def test_services_vocabulary_keeps_stored_inactive(self, world):
        doc = world["doc"]
        doc.copy_services = [world["old"].UID()]
        vocabulary = getUtility(IVocabularyFactory, "ia.core.services")(doc)
        assert world["old"].UID() in vocabulary

    def test_functions_vocabulary(self, world, portal):
        vocabulary = getUtility(IVocabularyFactory, "ia.core.functions")(portal)
        assert vocabulary.getTerm("reviewer1").title == "Validateur N+1"

    def test_agents_of_responsible_services(self, world):
        vocabulary = getUtility(IVocabularyFactory, "ia.core.agents")(world["doc"])
        assert [term.value for term in vocabulary] == ["alice"]

    def test_agents_fall_back_to_all_users(self, world, portal):
        vocabulary = getUtility(IVocabularyFactory, "ia.core.agents")(portal)
        assert {"alice", "bob", "carol", "dave"} <= {term.value for term in vocabulary}


class TestServiceInUse:
    def test_cannot_remove_used_service(self, world):
        with pytest.raises(ServiceInUse) as info:
            api.content.delete(world["urb"])
        assert "Urbanisme" in str(info.value)
        # (in a request the error aborts the transaction: nothing is half-done)
        assert "urbanisme" in world["urb"].aq_parent.objectIds()

    def test_cannot_remove_parent_of_used_service(self, world):
        world["doc"].copy_services = [world["permis"].UID()]
        world["doc"].reindexObject()
        with pytest.raises(ServiceInUse):
            api.content.delete(world["urb"])

    def test_unused_service_can_be_removed(self, world):
        api.content.delete(world["trav"])
        assert orgchart.get_service(world["trav"].UID()) is None


class TestForms:
    def test_add_form_renders_the_fields(self, world, portal):
        from ia.core.interfaces import IIaCoreLayer
        from zope.interface import alsoProvides

        request = portal.REQUEST
        alsoProvides(request, IIaCoreLayer)
        add = portal.restrictedTraverse("++add++IaTestDocument")
        html = add()
        assert "form.widgets.IResponsible.responsible_services" in html
        assert "form.widgets.IResponsible.assigned_agent" in html
        assert "Permis" in html

    def test_edit_form_renders(self, world):
        html = world["doc"].restrictedTraverse("@@edit")()
        assert "form.widgets.IResponsible.copy_services" in html
