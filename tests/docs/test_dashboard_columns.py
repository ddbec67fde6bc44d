"""iA.Docs' dashboard columns: sender, mail type, recipients (values,
sorting, reindexing, which lists show them, rows from brains only)."""

from ia.core.dashboard import query as dq
from ia.core.dashboard.columns import columns_of
from ia.core.dashboard.registry import get_list
from ia.core.dashboard.rows import RowBuilder
from ia.core.dashboard.testing import as_user
from ia.core.directory.api import ORGANISATION
from ia.core.directory.api import create_contact
from ia.core.directory.api import get_directory
from ia.core.workflows.testing import set_state
from ia.docs.area import get_mail_area
from ia.docs.dashboards.indexers import sortable
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import TEST_USER_NAME
from plone.app.testing import login
from plone.app.testing import setRoles
from plone.batching import Batch
from Products.ZCatalog.CatalogBrains import AbstractCatalogBrain
from zope.event import notify
from zope.lifecycleevent import ObjectModifiedEvent
import pytest


def _as_manager(portal):
    setRoles(portal, TEST_USER_ID, ["Manager"])
    login(portal, TEST_USER_NAME)


@pytest.fixture
def contacts(portal, services):
    _as_manager(portal)
    directory = get_directory()
    return {
        name: create_contact(directory, ORGANISATION, title=name).UID()
        for name in ("Zèbre SA", "Éole asbl", "alpha sprl")
    }


@pytest.fixture
def mails(portal, services, registered, contacts):
    """Four mails to assign (chef manages Travaux), two outgoing to sign."""
    result = {}
    plan = (
        ("m_z", contacts["Zèbre SA"], "complaint"),
        ("m_e", contacts["Éole asbl"], "letter"),
        ("m_a", contacts["alpha sprl"], "request"),
        ("m_none", None, "invoice"),
    )
    for id, sender, mail_type in plan:
        mail = registered(id=id, title=f"Courrier {id}", mail_type=mail_type)
        _as_manager(portal)
        if sender:
            mail.sender = sender
            notify(ObjectModifiedEvent(mail))
        set_state(mail, "proposed_to_manager")
        result[id] = mail
    for id, recipients in (
        ("o_two", [contacts["Zèbre SA"], contacts["alpha sprl"]]),
        ("o_none", []),
    ):
        mail = api.content.create(
            container=get_mail_area(portal),
            type="IaOutgoingMail",
            id=id,
            title=f"Réponse {id}",
            recipients=recipients,
            responsible_services=[services["travaux"]],
        )
        set_state(mail, "to_be_signed")
        result[id] = mail
    return result


def page(portal, list_id, userid, **form):
    as_user(portal, userid)
    dlist = get_list(list_id)
    params = dq.ListParams.from_form(form, dlist)
    results = dq.search(dlist, userid, params)
    rows = RowBuilder(portal.REQUEST).rows(
        Batch(results, params.b_size, params.b_start), columns_of(dlist)
    )
    return [(row["url"].rsplit("/", 1)[-1], row["cells"]) for row in rows]


def test_sortable_ignores_accents_and_case():
    assert sortable("Éole asbl") == "eole asbl"
    assert sortable("Zèbre SA") < sortable("zz")


class TestSender:
    def test_sender_title(self, portal, mails):
        cells = dict(page(portal, "mail_to_assign", "chef"))
        assert cells["m_z"]["sender"] == "Zèbre SA"
        assert cells["m_e"]["sender"] == "Éole asbl"
        assert cells["m_none"]["sender"] == ""

    def test_sort_on_sender_without_accents_nor_case(self, portal, mails):
        ids = [
            id
            for id, _cells in page(portal, "mail_to_assign", "chef", sort_on="sender")
        ]
        # The mail without a sender comes last (sparse index).
        assert ids == ["m_a", "m_e", "m_z", "m_none"]
        ids = [
            id
            for id, _cells in page(
                portal,
                "mail_to_assign",
                "chef",
                sort_on="sender",
                sort_order="descending",
            )
        ]
        assert ids[:3] == ["m_z", "m_e", "m_a"]

    def test_new_sender_is_reindexed(self, portal, mails, contacts):
        _as_manager(portal)
        mails["m_none"].sender = contacts["Éole asbl"]
        notify(ObjectModifiedEvent(mails["m_none"]))
        cells = dict(page(portal, "mail_to_assign", "chef"))
        assert cells["m_none"]["sender"] == "Éole asbl"

    def test_renamed_contact_renames_its_mails(self, portal, mails, contacts):
        _as_manager(portal)
        contact = api.content.get(UID=contacts["Zèbre SA"])
        contact.title = "Aardvark SA"
        notify(ObjectModifiedEvent(contact))
        result = page(portal, "mail_to_assign", "chef", sort_on="sender")
        assert result[0][0] == "m_z"
        assert result[0][1]["sender"] == "Aardvark SA"


class TestMailType:
    def test_mail_type_title_from_the_registry(self, portal, mails):
        cells = dict(page(portal, "mail_to_assign", "chef"))
        assert cells["m_z"]["mail_type"] == "Plainte"
        assert cells["m_a"]["mail_type"] == "Demande"

    def test_unknown_type_id_shows_the_id(self, portal, mails):
        api.portal.set_registry_record("ia.docs.mail_types", ["letter|Lettre|30|0"])
        cells = dict(page(portal, "mail_to_assign", "chef"))
        assert cells["m_e"]["mail_type"] == "Lettre"
        assert cells["m_z"]["mail_type"] == "complaint"

    def test_sort_on_mail_type(self, portal, mails):
        ids = [
            id for id, _c in page(portal, "mail_to_assign", "chef", sort_on="mail_type")
        ]
        assert ids == [
            "m_z",
            "m_none",
            "m_e",
            "m_a",
        ]  # complaint, invoice, letter, request


class TestRecipients:
    def test_recipients_on_outgoing_lists(self, portal, mails):
        cells = dict(page(portal, "mail_to_sign", "chef"))
        assert cells["o_two"]["recipients"] == "Zèbre SA, alpha sprl"
        assert cells["o_none"]["recipients"] == ""
        assert "sender" not in cells["o_two"]

    def test_renamed_recipient_renames_its_mails(self, portal, mails, contacts):
        _as_manager(portal)
        contact = api.content.get(UID=contacts["alpha sprl"])
        contact.title = "Bêta sprl"
        notify(ObjectModifiedEvent(contact))
        cells = dict(page(portal, "mail_to_sign", "chef"))
        assert cells["o_two"]["recipients"] == "Zèbre SA, Bêta sprl"

    def test_outgoing_mails_of_a_recipient(self, portal, mails, contacts):
        catalog = api.portal.get_tool("portal_catalog")
        found = catalog.unrestrictedSearchResults(
            ia_mail_recipient_uids=contacts["alpha sprl"]
        )
        assert [brain.getId for brain in found] == ["o_two"]

    def test_recipients_not_sortable(self, portal, mails):
        with pytest.raises(dq.InvalidParameter):
            dq.ListParams.from_form({"sort_on": "recipients"}, get_list("mail_to_sign"))


class TestWhichLists:
    @pytest.mark.parametrize(
        "list_id",
        [
            "mail_to_register",
            "mail_to_assign",
            "mail_to_treat",
            "mail_in_copy",
            "mail_overdue",
        ],
    )
    def test_mail_lists_show_sender_and_type(self, portal, list_id):
        ids = get_list(list_id).columns
        assert "sender" in ids and "mail_type" in ids

    @pytest.mark.parametrize("list_id", ["mail_to_sign", "mail_to_send"])
    def test_outgoing_lists_show_recipients(self, portal, list_id):
        ids = get_list(list_id).columns
        assert "recipients" in ids and "sender" not in ids

    @pytest.mark.parametrize(
        "list_id", ["to_treat", "my_services", "in_copy", "overdue"]
    )
    def test_core_lists_do_not(self, portal, list_id):
        ids = [column.id for column in columns_of(get_list(list_id))]
        assert not {"sender", "mail_type", "recipients"} & set(ids)

    def test_sort_on_sender_refused_on_a_core_list(self, portal):
        with pytest.raises(dq.InvalidParameter):
            dq.ListParams.from_form({"sort_on": "sender"}, get_list("my_services"))


def test_rows_never_wake_objects(portal, mails, monkeypatch):
    def forbidden(self, *args, **kwargs):
        raise AssertionError("getObject called while building dashboard rows")

    monkeypatch.setattr(AbstractCatalogBrain, "getObject", forbidden)
    monkeypatch.setattr(AbstractCatalogBrain, "_unrestrictedGetObject", forbidden)
    seen = 0
    for list_id, sort_on in (
        ("mail_to_assign", "sender"),
        ("mail_to_assign", "mail_type"),
        ("mail_to_sign", ""),
        ("mail_in_copy", "sender"),
    ):
        seen += len(page(portal, list_id, "chef", sort_on=sort_on))
    assert seen >= 6
