"""iA.Docs' dashboard lists: who sees which mail (encoder, manager of the
treating service, assigned agent, other agent, copy service, other service),
over the catalog as each user, and the batch "Assigner à…" (API and page)."""

from datetime import date
from datetime import timedelta
from ia.core.dashboard import query as dq
from ia.core.dashboard.query import InvalidParameter
from ia.core.dashboard.registry import get_list
from ia.core.dashboard.registry import lists_for_user
from ia.core.dashboard.testing import as_user
from ia.core.workflows.testing import set_state
from ia.docs.area import get_mail_area
from ia.docs.dashboards.assign import agent_choices
from ia.docs.dashboards.assign import assign
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import TEST_USER_NAME
from plone.app.testing import login
from plone.app.testing import setRoles
from Products.CMFCore.WorkflowCore import WorkflowException
import pytest


YESTERDAY = date.today() - timedelta(days=1)


def _outgoing(portal, services, id, state):
    setRoles(portal, TEST_USER_ID, ["Manager"])
    login(portal, TEST_USER_NAME)
    mail = api.content.create(
        container=get_mail_area(portal),
        type="IaOutgoingMail",
        id=id,
        title=f"Réponse {id}",
        responsible_services=[services["travaux"]],
    )
    set_state(mail, state)
    return mail


def _incoming(portal, services, registered, id, state, **fields):
    mail = registered(id=id, title=f"Courrier {id}", **fields)
    setRoles(portal, TEST_USER_ID, ["Manager"])
    login(portal, TEST_USER_NAME)
    if state != "created":
        set_state(mail, state)
    return mail


@pytest.fixture
def mails(portal, services, registered):
    result = {
        "m_created": _incoming(portal, services, registered, "m_created", "created"),
        "m_assign1": _incoming(
            portal, services, registered, "m_assign1", "proposed_to_manager"
        ),
        "m_assign2": _incoming(
            portal, services, registered, "m_assign2", "proposed_to_manager"
        ),
        "m_treat": _incoming(
            portal,
            services,
            registered,
            "m_treat",
            "in_treatment",
            assigned_agent="agent1",
            due_date=YESTERDAY,
        ),
        "m_culture": _incoming(
            portal,
            services,
            registered,
            "m_culture",
            "proposed_to_manager",
            responsible_services=[services["culture"]],
            copy_services=[],
        ),
        "o_sign": _outgoing(portal, services, "o_sign", "to_be_signed"),
        "o_send": _outgoing(portal, services, "o_send", "signed"),
    }
    return result


def found(list_id, userid):
    as_user(api.portal.get(), userid)
    dlist = get_list(list_id)
    if dlist.query(userid) is None:
        return None
    return {b.getId for b in dq.search(dlist, userid, dq.ListParams.from_form({}))}


# list id -> {user: expected ids, or None when the list does not apply}
EXPECTED = {
    "mail_to_register": {
        "encodeur": {"m_created"},
        "chef": None,
        "agent1": None,
        "lecteur": None,
        "autre": None,
    },
    "mail_to_assign": {
        "encodeur": None,
        "chef": {"m_assign1", "m_assign2"},
        "agent1": None,
        "lecteur": None,
        "autre": None,
    },
    "mail_to_treat": {
        "chef": set(),
        "agent1": {"m_treat"},
        "agent2": set(),
        "autre": set(),
    },
    "mail_in_copy": {
        "encodeur": set(),
        "chef": set(),
        "lecteur": {"m_created", "m_assign1", "m_assign2", "m_treat"},
        "autre": set(),
    },
    "mail_overdue": {
        "chef": {"m_treat"},
        "agent2": {"m_treat"},
        "lecteur": set(),
        "autre": set(),
    },
    "mail_to_sign": {
        "chef": {"o_sign"},
        "agent1": None,
        "encodeur": None,
        "autre": None,
    },
    "mail_to_send": {
        "chef": {"o_send"},
        "encodeur": set(),  # the mail office is not the treating service
        "agent1": None,
        "autre": None,
    },
}
CASES = [
    (list_id, userid, expected)
    for list_id, by_user in EXPECTED.items()
    for userid, expected in by_user.items()
]


@pytest.mark.parametrize("case", CASES, ids=[f"{c[0]}-{c[1]}" for c in CASES])
def test_who_sees_what(portal, mails, case):
    list_id, userid, expected = case
    assert found(list_id, userid) == expected


def test_lists_hidden_when_they_do_not_apply(portal, mails):
    as_user(portal, "autre")
    ids = {dlist.id for dlist, _query in lists_for_user("autre")}
    assert {"mail_to_register", "mail_to_assign", "mail_to_sign"}.isdisjoint(ids)
    assert {"mail_to_treat", "mail_overdue"} <= ids


def test_core_to_treat_covers_mail_to_treat(portal, mails):
    assert found("mail_to_treat", "agent1") <= found("to_treat", "agent1")


def test_mail_columns(portal, services):
    dlist = get_list("mail_to_assign")
    assert dlist.columns == (
        "reference",
        "title",
        "sender",
        "mail_type",
        "services",
        "agent",
        "due",
        "state",
    )
    assert dlist.batch_actions[0][0] == "courrier/@@ia-mail-assign"


class TestAssign:
    def test_success(self, portal, mails):
        as_user(portal, "chef")
        uids = [mails["m_assign1"].UID(), mails["m_assign2"].UID()]
        results = assign(uids, "agent1", "Pour toi")
        assert [r.success for r in results] == [True, True]
        for key in ("m_assign1", "m_assign2"):
            assert api.content.get_state(mails[key]) == "proposed_to_agent"
            assert mails[key].assigned_agent == "agent1"
        assert {"m_assign1", "m_assign2"} <= found("mail_to_treat", "agent1")
        history = mails["m_assign1"].workflow_history["ia_incoming_mail_workflow"]
        # The record names the agent (issue 12), then the manager's comment.
        assert history[-1]["comments"] == "Assigned to agent1. Pour toi"

    def test_agent_not_in_service(self, portal, mails):
        as_user(portal, "chef")
        (result,) = assign([mails["m_assign1"].UID()], "autre")
        assert not result.success
        assert "autre" in result.message
        assert "not a member of the treating service" in result.message
        assert api.content.get_state(mails["m_assign1"]) == "proposed_to_manager"
        assert not getattr(mails["m_assign1"], "assigned_agent", None)

    def test_mixed_selection(self, portal, mails):
        as_user(portal, "chef")
        uids = [
            mails["m_assign1"].UID(),
            mails["m_culture"].UID(),
            mails["m_treat"].UID(),
            mails["o_sign"].UID(),
        ]
        results = {r.uid: r for r in assign(uids, "agent2")}
        assert results[uids[0]].success
        assert not results[uids[1]].success  # Culture's: not visible to chef
        assert not results[uids[2]].success  # not waiting for its manager
        assert not results[uids[3]].success  # outgoing
        assert api.content.get_state(mails["m_treat"]) == "in_treatment"
        assert mails["m_treat"].assigned_agent == "agent1"

    def test_agent_may_not_assign(self, portal, mails):
        as_user(portal, "agent1")
        (result,) = assign([mails["m_assign1"].UID()], "agent2")
        assert not result.success
        assert api.content.get_state(mails["m_assign1"]) == "proposed_to_manager"

    @pytest.mark.parametrize("agent", [None, "", 3, "inconnu"])
    def test_bad_agent(self, portal, mails, agent):
        as_user(portal, "chef")
        with pytest.raises(InvalidParameter):
            assign([mails["m_assign1"].UID()], agent)
        assert api.content.get_state(mails["m_assign1"]) == "proposed_to_manager"

    def test_empty_selection(self, portal, mails):
        as_user(portal, "chef")
        with pytest.raises(InvalidParameter):
            assign([], "agent1")

    def test_all_or_nothing_per_mail(self, portal, mails, monkeypatch):
        """The workflow refuses after the agent was set: the agent is undone."""

        def refuse(**kwargs):
            raise WorkflowException("refusé")

        as_user(portal, "chef")
        monkeypatch.setattr(api.content, "transition", refuse)
        (result,) = assign([mails["m_assign1"].UID()], "agent1")
        assert not result.success
        assert "refusé" in result.message
        assert not getattr(mails["m_assign1"], "assigned_agent", None)

    def test_agent_choices(self, portal, mails):
        as_user(portal, "chef")
        choices = [userid for userid, _name in agent_choices([mails["m_assign1"]])]
        assert choices == ["agent1", "agent2", "chef"]
        both = agent_choices([mails["m_assign1"], mails["m_culture"]])
        assert both == []


def test_refusal_in_french(portal):
    from ia.docs import _
    from zope.i18n import translate

    message = _(
        "${agent} is not a member of the treating service of this mail.",
        mapping={"agent": "autre"},
    )
    assert translate(message, target_language="fr") == (
        "autre n'est pas membre du service traitant de ce courrier."
    )
    assert translate(_("Mail to assign"), target_language="fr") == "À assigner"
