"""iA.Docs as civil servants use it (issue 12): closed mails leave the lists
and lose their late badge, /courrier opens as a dashboard of its mails, the
encoder lands on "Mail to register", the assign form offers agents only,
the history names the agent and who closed the mail."""

from datetime import date
from datetime import timedelta
from ia.core.audit.timeline import audit_trail
from ia.core.dashboard import query as dq
from ia.core.dashboard.lists import CORE_LISTS
from ia.core.dashboard.registry import get_list
from ia.core.dashboard.testing import as_user
from ia.core.orgchart import api as orgchart
from ia.docs.area import get_mail_area
from ia.docs.dashboards.assign import agent_choices
from ia.docs.replies import create_reply
from plone import api
from plone.app.testing import login
from zope.component import getUtility
from zope.schema.interfaces import IVocabularyFactory
import logging
import pytest


YESTERDAY = date.today() - timedelta(days=1)
OPEN_LISTS = {
    "agent1": ("to_treat", "overdue", "mail_to_treat", "mail_overdue"),
    "chef": ("my_services", "overdue", "mail_overdue"),
}


def _in_treatment(portal, registered, **fields):
    mail = registered(**fields)
    api.content.transition(obj=mail, transition="propose_to_manager")
    login(portal, "chef")
    mail.assigned_agent = "agent1"
    mail.reindexObject()
    api.content.transition(obj=mail, transition="propose_to_agent")
    login(portal, "agent1")
    api.content.transition(obj=mail, transition="treat")
    return mail


def _urls(list_id, userid):
    as_user(api.portal.get(), userid)
    rows = dq.search(get_list(list_id), userid, dq.ListParams.from_form({}))
    return {brain.getURL() for brain in rows}


def _page(portal, userid, view="ia-dashboard", context=None, **form):
    as_user(portal, userid)
    request = portal.REQUEST
    request.form.clear()
    request.form.update(form)
    page = api.content.get_view(view, context or portal, request)
    return page, page()


def _send(portal, reply):
    login(portal, "chef")
    for transition in ("propose_to_sign", "sign", "send"):
        api.content.transition(obj=reply, transition=transition)


@pytest.fixture
def closed_by_reply(portal, services, registered):
    """A late mail in treatment, closed by sending its reply."""
    mail = _in_treatment(portal, registered, due_date=YESTERDAY, title="Tardif")
    for userid, list_ids in OPEN_LISTS.items():
        for list_id in list_ids:  # the lists can hold it: the test can fail
            assert mail.absolute_url() in _urls(list_id, userid), list_id
    login(portal, "agent1")
    reply = create_reply(mail)
    _send(portal, reply)
    assert api.content.get_state(mail) == "closed"
    return mail


def test_closed_mail_leaves_every_open_list(portal, closed_by_reply):
    for userid, list_ids in OPEN_LISTS.items():
        for list_id in list_ids:
            assert closed_by_reply.absolute_url() not in _urls(list_id, userid)


def test_closed_mail_has_no_late_badge(portal, closed_by_reply):
    # In copy keeps decided mails: the closed, past-due mail is shown there,
    # without the red "late" badge.
    page, html = _page(portal, "lecteur", list="in_copy")
    assert "Tardif" in html
    assert "text-bg-danger" not in html


def test_history_names_the_agent_and_who_closed(portal, closed_by_reply):
    entries = [e for e in audit_trail(closed_by_reply) if e["type"] == "workflow"]
    by_action = {entry["action"]: entry for entry in entries}
    assert "agent1" in by_action["propose_to_agent"]["comment"]
    assert by_action["propose_to_agent"]["comment"].startswith("Assigned to")
    closing = by_action["close"]
    assert closing["actor"] == "chef"
    assert closing["actor_fullname"] == "chef"
    assert closing["comment"]


def test_system_closing_is_named(portal):
    from ia.core.audit.timeline import SYSTEM
    from ia.core.audit.timeline import _fullname
    from zope.i18n import translate

    assert _fullname("system", {}) == "System (automatic)"  # English request
    assert _fullname(None, {}) == "System (automatic)"
    assert translate(SYSTEM, target_language="fr") == "Système (automatique)"


def test_assign_offers_agents_not_readers(portal, services, registered):
    login(portal, "chef")
    mail = registered()
    orgchart.add_member(services["travaux"], "reader", "lecteur")
    orgchart.add_member(services["travaux"], "encoder", "encodeur")
    choices = [userid for userid, _name in agent_choices([mail])]
    assert choices == ["agent1", "agent2", "chef"]
    vocabulary = getUtility(IVocabularyFactory, "ia.core.agents")(mail)
    assert "lecteur" not in [term.value for term in vocabulary]
    assert "agent1" in [term.value for term in vocabulary]


def test_encoder_lands_on_mail_to_register(portal, services, registered):
    registered()
    page, html = _page(portal, "encodeur")
    assert page.active.id == "mail_to_register"
    assert 'id="ia-dashboard-sublist-mail_to_register"' in html
    assert 'id="ia-dashboard-tab-to_treat"' in html


def test_one_set_of_tabs(portal, services, registered):
    page, html = _page(portal, "chef")
    tabs = [tab["id"] for tab in page.tabs()]
    # Only core lists, in their order; the chef's to-do lists are pills.
    assert tabs and tabs == [list_id for list_id in CORE_LISTS if list_id in tabs]
    assert page.active.id == "to_treat"
    subs = [sub["id"] for sub in page.sublists()]
    assert subs[0] == "to_treat"
    assert {"mail_to_assign", "mail_to_sign", "mail_to_send"} <= set(subs)
    # No product near-duplicate is a tab of its own.
    for list_id in ("mail_to_treat", "mail_overdue", "mail_in_copy", "mail_to_assign"):
        assert f'id="ia-dashboard-tab-{list_id}"' not in html


def test_deprecated_list_id_opens_its_core_list(portal, services, registered):
    mail = _in_treatment(portal, registered)
    page, html = _page(portal, "agent1", list="mail_to_treat")
    assert page.active.id == "to_treat"
    assert portal.REQUEST.form["product"] == "ia.docs"
    assert mail.absolute_url() in html


def test_type_filter_offers_the_types_of_the_list(portal, services, registered):
    mail = registered()
    login(portal, "encodeur")
    api.content.transition(obj=mail, transition="propose_to_manager")
    page, html = _page(portal, "chef", list="mail_to_assign")
    assert [option["value"] for option in page.type_options()] == ["IaIncomingMail"]
    groups = page.state_groups()
    assert [group["workflow"] for group in groups] == ["ia_incoming_mail_workflow"]
    values = [option["value"] for option in groups[0]["options"]]
    assert "ia_incoming_mail_workflow:closed" in values
    assert 'id="ia-dashboard-select-all"' in html
    assert "ia-batch-bar" in html
    assert "courrier/@@ia-mail-assign" in html


def test_state_filter_of_one_workflow(portal, services, registered):
    mail = registered(title="Filtré")
    page, html = _page(
        portal,
        "encodeur",
        list="mail_to_register",
        state="ia_incoming_mail_workflow:created",
    )
    assert mail.absolute_url() in html
    page, html = _page(
        portal,
        "encodeur",
        list="mail_to_register",
        state="ia_outgoing_mail_workflow:created",
    )
    assert mail.absolute_url() not in html


def test_mail_area_opens_as_a_dashboard(portal, services, registered):
    mail = registered(title="Dans le courrier")
    area = get_mail_area(portal)
    fti = api.portal.get_tool("portal_types")["IaMailArea"]
    assert fti.default_view == "ia-folder-dashboard"
    assert list(fti.view_methods) == ["ia-folder-dashboard"]
    page, html = _page(portal, "chef", view="ia-folder-dashboard", context=area)
    assert mail.absolute_url() in html
    assert mail.reference in html
    cells = {row["url"]: row["cells"] for row in page.rows}[mail.absolute_url()]
    assert cells["state"] == "Registered"  # English request; fr: Enregistré
    assert cells["reference"] == mail.reference
    assert 'id="ia-dashboard-tab-' not in html
    # A reader of no service of the mail does not see it.
    page, html = _page(portal, "autre", view="ia-folder-dashboard", context=area)
    assert mail.absolute_url() not in html


def test_upgrade_1002_sets_the_mail_area_view(portal):
    from ia.docs.upgrades.v1002_screens import upgrade

    fti = api.portal.get_tool("portal_types")["IaMailArea"]
    fti.default_view = "view"
    fti.view_methods = ("view",)
    area = get_mail_area(portal)
    area.manage_addProperty("layout", "folder_listing", "string")
    upgrade(api.portal.get_tool("portal_setup"))
    assert fti.default_view == "ia-folder-dashboard"
    assert area.getProperty("layout", None) is None
    incoming = api.portal.get_tool("portal_types")["IaIncomingMail"]
    assert list(incoming.view_methods) == ["ia-view"]


def test_creating_a_reply_logs_no_error(portal, services, registered, caplog):
    mail = _in_treatment(portal, registered, title="Sans erreur")
    caplog.clear()
    with caplog.at_level(logging.ERROR):
        reply = create_reply(mail)
    assert reply.getId() == "re-sans-erreur"
    assert [r for r in caplog.records if r.levelno >= logging.ERROR] == []
    # A second reply gets the next free id, still without a rename.
    with caplog.at_level(logging.ERROR):
        again = create_reply(mail)
    assert again.getId() == "re-sans-erreur-1"
    assert [r for r in caplog.records if r.levelno >= logging.ERROR] == []


def test_actions_panel_on_the_mail(portal, services, registered):
    mail = _in_treatment(portal, registered, title="Avec actions")
    page, html = _page(portal, "agent1", view="ia-view", context=mail)
    assert 'id="ia-actions"' in html
    # The agent's transitions and the reply, in the page body.
    assert 'id="ia-action-transition-close"' in html
    assert 'id="ia-action-ia_reply"' in html
    assert "_authenticator=" in html
    # A reader of another service sees no action on what he may not change.
    login(portal, "encodeur")
    fresh = registered(title="Neuf")
    page, html = _page(portal, "encodeur", view="ia-view", context=fresh)
    assert 'id="ia-action-transition-propose_to_manager"' in html


def test_filters_product_agent_dates(portal, services, registered):
    mail = _in_treatment(portal, registered, title="Filtres")
    as_user(portal, "agent1")
    dlist = get_list("to_treat")

    def found(**form):
        params = dq.ListParams.from_form(form, dlist)
        return {b.getURL() for b in dq.search(dlist, "agent1", params)}

    url = mail.absolute_url()
    assert url in found(product="ia.docs")
    assert url not in found(product="ia.delib")
    assert url in found(agent="agent1")
    assert url not in found(agent="agent2")
    today = date.today().isoformat()
    assert url in found(created_from=today, created_to=today)
    assert url not in found(created_to=YESTERDAY.isoformat())
    with pytest.raises(dq.InvalidParameter):
        dq.ListParams.from_form({"created_from": "hier"}, dlist)
