"""ia.core.links.api: link, unlink, targets, sources, links."""

from ia.core.links import api as links
from ia.core.links.errors import LinkError
from ia.core.testing import create_user
from ia.core.testing import grant_local
from plone import api
from tests.core.links_testing import PRODUCT_KIND
from tests.core.links_testing import documents
from tests.core.links_testing import french
from tests.core.links_testing import register_kind
import pytest


@pytest.fixture()
def docs(manager_portal):
    return documents(manager_portal, "Courrier", "Réponse", "Point")


def test_link_reads_from_both_ends(docs):
    mail, reply, _item = docs
    assert links.link(source=reply, target=mail, kind="ia.reply_to") is True
    assert links.targets(source=reply) == [mail]
    assert links.sources(target=mail, kind="ia.reply_to") == [reply]
    assert links.targets(source=mail) == []
    [out] = links.links(obj=reply)
    assert (out.kind, out.direction, out.other, out.source, out.target) == (
        "ia.reply_to",
        "out",
        mail,
        reply,
        mail,
    )
    [incoming] = links.links(obj=mail)
    assert (incoming.direction, incoming.other) == ("in", reply)
    assert str(out.label) == "link_reply_to" or out.label.default == "In reply to"
    assert incoming.label.default == "Replies"
    # the objects are in their acquisition context
    assert links.targets(source=reply)[0].absolute_url() == mail.absolute_url()


def test_link_is_idempotent(docs):
    mail, reply, _item = docs
    links.link(source=reply, target=mail, kind="ia.reply_to")
    assert links.link(source=reply, target=mail, kind="ia.reply_to") is False
    assert len(links.links(obj=mail)) == 1


def test_kind_filter(docs):
    mail, reply, item = docs
    links.link(source=reply, target=mail, kind="ia.reply_to")
    links.link(source=mail, target=item, kind="ia.gave_rise_to")
    assert links.targets(source=mail, kind="ia.gave_rise_to") == [item]
    assert links.targets(source=mail, kind="ia.reply_to") == []
    assert links.sources(target=mail) == [reply]
    assert {link.kind for link in links.links(obj=mail)} == {
        "ia.reply_to",
        "ia.gave_rise_to",
    }


def test_unlink(docs):
    mail, reply, _item = docs
    links.link(source=reply, target=mail, kind="ia.reply_to")
    assert links.unlink(source=reply, target=mail, kind="ia.reply_to") is True
    assert links.links(obj=mail) == []
    assert links.unlink(source=reply, target=mail, kind="ia.reply_to") is False


def test_symmetric_kind_reads_the_same_from_both_ends(docs):
    mail, reply, _item = docs
    links.link(source=mail, target=reply, kind="ia.related")
    # the other way round is the same link
    assert links.link(source=reply, target=mail, kind="ia.related") is False
    assert links.targets(source=reply, kind="ia.related") == [mail]
    assert links.targets(source=mail, kind="ia.related") == [reply]
    assert links.sources(target=mail, kind="ia.related") == [reply]
    labels = {
        link.label.default for link in links.links(obj=mail) + links.links(obj=reply)
    }
    assert labels == {"Related to"}
    assert links.unlink(source=reply, target=mail, kind="ia.related") is True
    assert links.links(obj=mail) == []


@pytest.mark.parametrize(
    "kind, same, message",
    [
        ("ia.unknown", False, "Type de lien inconnu"),
        ("ia.reply_to", True, "à lui-même"),
    ],
)
def test_refusals(docs, kind, same, message):
    mail, reply, _item = docs
    with pytest.raises(LinkError) as info:
        links.link(source=mail, target=mail if same else reply, kind=kind)
    assert message in french(info.value)
    assert links.links(obj=mail) == []


def test_refuses_an_end_without_uid(docs, manager_portal):
    mail = docs[0]
    with pytest.raises(LinkError) as info:
        links.link(source=mail, target=manager_portal.acl_users, kind="ia.related")
    assert "identifiant" in french(info.value)


def test_reads_filtered_by_view(docs):
    mail, reply, item = docs
    create_user("lecteur")
    grant_local(mail, "lecteur", "IaReader")
    grant_local(reply, "lecteur", "IaReader")
    links.link(source=reply, target=mail, kind="ia.reply_to")
    links.link(source=mail, target=item, kind="ia.gave_rise_to")
    with api.env.adopt_user(username="lecteur"):
        assert [link.other for link in links.links(obj=mail)] == [reply]
        assert links.targets(source=mail) == []
        assert links.targets(source=mail, unrestricted=True) == [item]
        assert len(links.links(obj=mail, unrestricted=True)) == 2


def test_survives_edit(docs):
    mail, reply, _item = docs
    links.link(source=reply, target=mail, kind="ia.reply_to")
    from zope.lifecycleevent import modified

    reply.title = "Réponse modifiée"
    modified(reply)
    modified(mail)
    assert links.targets(source=reply) == [mail]


def test_survives_rename_and_move(docs, manager_portal):
    mail, reply, _item = docs
    links.link(source=reply, target=mail, kind="ia.reply_to")
    folder = api.content.create(
        container=manager_portal, type="Folder", title="Classeur"
    )
    moved = api.content.move(source=mail, target=folder)
    renamed = api.content.rename(obj=reply, new_id="reponse-renommee")
    [target] = links.targets(source=renamed)
    assert target.absolute_url() == moved.absolute_url()
    assert "/classeur/" in target.absolute_url()
    assert links.sources(target=moved)[0].getId() == "reponse-renommee"


def test_copy_does_not_carry_links(docs, manager_portal):
    mail, reply, _item = docs
    links.link(source=reply, target=mail, kind="ia.reply_to")
    copy = api.content.copy(source=reply, target=manager_portal, id="copie")
    mail_copy = api.content.copy(
        source=mail, target=manager_portal, id="copie-courrier"
    )
    assert links.links(obj=copy) == []
    assert links.links(obj=mail_copy) == []
    assert links.sources(target=mail) == [reply]


@pytest.mark.parametrize("deleted", ["source", "target"])
def test_dropped_on_delete(docs, deleted):
    mail, reply, _item = docs
    links.link(source=reply, target=mail, kind="ia.reply_to")
    gone, kept = (reply, mail) if deleted == "source" else (mail, reply)
    api.content.delete(obj=gone, check_linkintegrity=False)
    assert links.links(obj=kept) == []
    brain = api.content.find(UID=api.content.get_uuid(kept))[0]
    assert not brain.ia_linked_uids


def test_kind_without_utility_still_readable(docs):
    """A product gone (its kind unregistered): the link still reads."""
    mail, reply, _item = docs
    unregister = register_kind(PRODUCT_KIND)
    try:
        links.link(source=reply, target=mail, kind="test.cites")
    finally:
        unregister()
    [link] = links.links(obj=mail)
    assert (link.kind, link.label, link.other) == ("test.cites", "test.cites", reply)
    assert links.sources(target=mail) == [reply]


def test_catalog_index_both_ends(docs):
    mail, reply, item = docs
    links.link(source=reply, target=mail, kind="ia.reply_to")
    links.link(source=mail, target=item, kind="ia.gave_rise_to")
    uid = api.content.get_uuid
    found = api.content.find(ia_linked_uids=uid(mail))
    assert {brain.UID for brain in found} == {uid(reply), uid(item)}
    brain = api.content.find(UID=uid(mail))[0]
    assert sorted(brain.ia_linked_uids) == sorted([uid(reply), uid(item)])
    links.unlink(source=mail, target=item, kind="ia.gave_rise_to")
    assert not api.content.find(ia_linked_uids=uid(item))
    assert [b.UID for b in api.content.find(ia_linked_uids=uid(reply))] == [uid(mail)]


@pytest.mark.parametrize(
    "kind, title, reverse_title",
    [
        ("ia.reply_to", "En réponse à", "Réponses"),
        ("ia.gave_rise_to", "A donné lieu à", "Issu de"),
        ("ia.decided_by", "Décidé par", "Décision de"),
        ("ia.related", "Lié à", "Lié à"),
    ],
)
def test_core_kinds_in_french(manager_portal, kind, title, reverse_title):
    from ia.core.links.kinds import get_kind
    from zope.i18n import translate

    found = get_kind(kind)
    assert translate(found.title, target_language="fr") == title
    assert translate(found.reverse_title, target_language="fr") == reverse_title
    assert found.manual == (kind in ("ia.decided_by", "ia.related"))
    assert found.symmetric == (kind == "ia.related")
