"""Confidential attachments: hidden from copy services and from the public."""

from ia.core.behaviors.attachments_catalog import attachments_summary
from ia.core.behaviors.attachments_security import update_confidential_attachments
from ia.core.behaviors.attachments_testing import add_attachment
from ia.core.behaviors.attachments_testing import blob
from ia.core.behaviors.attachments_testing import prepare
from ia.core.testing import create_document
from ia.core.testing import create_user
from ia.core.testing import grant_local
from plone import api
from zope.event import notify
from zope.lifecycleevent import ObjectModifiedEvent
import pytest


@pytest.fixture()
def case(portal):
    """A case in its initial state, where copy services may read it."""
    prepare(portal)
    create_user("copie", "Claire Copie")
    create_user("redacteur", "Rémi Rédacteur")
    case = create_document(portal, "IaTestCase", title="Dossier 1")
    grant_local(case, "copie", "IaCopyReader")
    grant_local(case, "redacteur", "IaEditor")
    add_attachment(case, file=blob(filename="public.pdf"), category="plan")
    add_attachment(
        case, file=blob(filename="secret.pdf"), category="rapport", confidential=True
    )
    return case


def titles_seen_by(userid, container):
    with api.env.adopt_user(username=userid):
        return [item["title"] for item in attachments_summary(container)["items"]]


def can_view(userid, obj):
    return api.user.has_permission("View", username=userid, obj=obj)


class TestCopyReader:
    def test_copy_reader_sees_the_document(self, case):
        assert can_view("copie", case)

    def test_confidential_hidden_from_copy_reader(self, case):
        assert not can_view("copie", case["secret.pdf"])
        assert not api.user.has_permission(
            "Access contents information", username="copie", obj=case["secret.pdf"]
        )
        assert can_view("copie", case["public.pdf"])
        assert titles_seen_by("copie", case) == ["public.pdf"]

    def test_confidential_visible_to_the_service(self, case):
        assert can_view("redacteur", case["secret.pdf"])
        assert titles_seen_by("redacteur", case) == ["public.pdf", "secret.pdf"]

    def test_counts_only_what_the_user_sees(self, case):
        with api.env.adopt_user(username="copie"):
            categories = attachments_summary(case)["categories"]
        assert categories == [{"id": "plan", "title": "Plan", "count": 1}]

    def test_unflag_then_flag_again(self, case):
        secret = case["secret.pdf"]
        secret.confidential = False
        notify(ObjectModifiedEvent(secret))
        assert can_view("copie", secret)
        assert titles_seen_by("copie", case) == ["public.pdf", "secret.pdf"]
        secret.confidential = True
        notify(ObjectModifiedEvent(secret))
        assert not can_view("copie", secret)
        assert titles_seen_by("copie", case) == ["public.pdf"]

    def test_non_confidential_acquires_everything(self, case):
        public = case["public.pdf"]
        assert public.acquiredRolesAreUsedBy("View")
        assert not case["secret.pdf"].acquiredRolesAreUsedBy("View")

    def test_update_is_idempotent(self, case):
        assert update_confidential_attachments(case) == 0


class TestPublished:
    @pytest.fixture()
    def publication(self, portal):
        prepare(portal)
        create_user("redacteur", "Rémi Rédacteur")
        publication = create_document(portal, "IaTestPublication", title="Règlement")
        grant_local(publication, "redacteur", "IaEditor")
        add_attachment(publication, file=blob(filename="annexe.pdf"))
        add_attachment(publication, file=blob(filename="avis.pdf"), confidential=True)
        api.content.transition(obj=publication, transition="publish")
        return publication

    def anonymous_can_view(self, obj):
        with api.env.adopt_roles(["Anonymous"]):
            return api.user.has_permission("View", obj=obj)

    def test_anonymous_sees_only_public_attachments(self, publication):
        assert api.content.get_state(publication) == "published"
        assert self.anonymous_can_view(publication)
        assert self.anonymous_can_view(publication["annexe.pdf"])
        assert not self.anonymous_can_view(publication["avis.pdf"])

    def test_service_keeps_the_confidential_attachment(self, publication):
        assert can_view("redacteur", publication["avis.pdf"])

    def test_recomputed_after_transition(self, publication):
        api.content.transition(obj=publication, transition="retract")
        assert not self.anonymous_can_view(publication["annexe.pdf"])
        assert not self.anonymous_can_view(publication["avis.pdf"])
        assert can_view("redacteur", publication["avis.pdf"])
