"""The dashboard lists of iA.Docs, each ONE catalog query over mails.

| id | who | query |
|---|---|---|
| ``mail_to_register`` | encoders | incoming, ``created``, registered by me or a fellow encoder |
| ``mail_to_assign`` | service managers | incoming, ``proposed_to_manager``, of my managed services |
| ``mail_to_treat`` | agents | incoming, ``proposed_to_agent`` / ``in_treatment``, assigned to me |
| ``mail_in_copy`` | everybody in a service | mails whose copy services are mine |
| ``mail_overdue`` | like the core's ``overdue`` | mails past their due date, not closed |
| ``mail_to_sign`` | service managers | outgoing, ``to_be_signed``, of my managed services |
| ``mail_to_send`` | encoders, managers | outgoing, ``signed`` / ``scanned``, of my services |

One dashboard across products (issue 12): the lists of "what to do" sit
under the core tab of their ``order`` (11-19 under "À traiter"), and
``mail_to_treat``, ``mail_in_copy`` and ``mail_overdue`` are deprecated
near-duplicates (``alias_of``) of the core's ``to_treat``, ``in_copy`` and
``overdue``: the page shows the core list filtered on iA.Docs, REST still
answers them. An encoder lands on "Mail to register" (``landing``).
"""

from ia.core.dashboard import principal
from ia.core.dashboard.folder import FolderDashboard
from ia.core.dashboard.lists import DashboardList
from ia.core.dashboard.lists import Overdue
from ia.core.orgchart import api as orgchart
from ia.core.workflows.facts import states_for_role
from ia.docs import _
from ia.docs.workflows import INCOMING_WORKFLOW
from ia.docs.workflows import OUTGOING_WORKFLOW
from plone import api


INCOMING = "IaIncomingMail"
OUTGOING = "IaOutgoingMail"
MAIL_TYPES = [INCOMING, OUTGOING]
# Columns: the core's plus iA.Docs' own (``columns.py``). Incoming-only lists
# show the sender and the mail type; outgoing-only lists the recipients;
# lists of both kinds the document type too.
INCOMING_COLUMNS = (
    "reference",
    "title",
    "sender",
    "mail_type",
    "services",
    "agent",
    "due",
    "state",
)
OUTGOING_COLUMNS = (
    "reference",
    "title",
    "recipients",
    "services",
    "agent",
    "due",
    "state",
)
MAIL_COLUMNS = (
    "reference",
    "title",
    "type",
    "sender",
    "mail_type",
    "services",
    "agent",
    "due",
    "state",
)


def services_with(userid, function):
    """Uids of the services where ``userid`` holds ``function``."""
    return sorted(
        uid
        for uid, functions in principal.functions_of_user(userid).items()
        if function in functions
    )


class _MailList(DashboardList):
    columns = INCOMING_COLUMNS
    product = "ia.docs"
    default_sort = ("due", "ascending")

    def available(self):
        return INCOMING in api.portal.get_tool("portal_types")


class MailToRegister(_MailList):
    """The mail office registers for other services: its encoders are the
    mails' owners, not function holders. "Mine" is what I or a fellow
    encoder of my services created."""

    id = "mail_to_register"
    title = _("Mail to register")
    order = 11
    landing = True
    default_sort = ("modified", "descending")

    def query(self, userid):
        services = services_with(userid, "encoder")
        if not services:
            return None
        creators = {userid}
        for uid in services:
            creators.update(orgchart.members(uid, "encoder"))
        return {
            "portal_type": INCOMING,
            "review_state": "created",
            "Creator": sorted(creators),
        }


class MailToAssign(_MailList):
    id = "mail_to_assign"
    title = _("Mail to assign")
    order = 12
    # The core dashboard posts the selection to this page (ia.docs.dashboards.view).
    batch_actions = (("courrier/@@ia-mail-assign", _("Assign to…")),)

    def query(self, userid):
        services = services_with(userid, "manager")
        if not services:
            return None
        return {
            "portal_type": INCOMING,
            "review_state": "proposed_to_manager",
            "ia_responsible_services": services,
        }


class MailToTreat(_MailList):
    id = "mail_to_treat"
    title = _("Mail to treat by me")
    order = 13
    alias_of = "to_treat"

    def query(self, userid):
        return {
            "portal_type": INCOMING,
            # proposed_to_agent, in_treatment: where the agent has the ball.
            "review_state": list(states_for_role(INCOMING_WORKFLOW, "IaAgent")),
            "ia_assigned_agent": userid,
        }


class MailInCopy(_MailList):
    columns = MAIL_COLUMNS
    id = "mail_in_copy"
    title = _("Mail in copy")
    order = 41
    alias_of = "in_copy"
    default_sort = ("modified", "descending")

    def query(self, userid):
        services = principal.services_of_user(userid)
        if not services:
            return None
        return {"portal_type": MAIL_TYPES, "ia_copy_services": services}


class MailOverdue(_MailList):
    columns = MAIL_COLUMNS
    id = "mail_overdue"
    title = _("Overdue mail")
    order = 51
    alias_of = "overdue"

    def query(self, userid):
        query = Overdue().query(userid)
        query["portal_type"] = MAIL_TYPES
        return query


class MailToSign(_MailList):
    columns = OUTGOING_COLUMNS
    id = "mail_to_sign"
    title = _("Mail to sign")
    order = 14

    def query(self, userid):
        services = services_with(userid, "manager")
        if not services:
            return None
        return {
            "portal_type": OUTGOING,
            "review_state": "to_be_signed",
            "ia_responsible_services": services,
        }


class MailToSend(_MailList):
    columns = OUTGOING_COLUMNS
    id = "mail_to_send"
    title = _("Mail to send")
    order = 16

    def query(self, userid):
        services = sorted(
            set(services_with(userid, "encoder"))
            | set(services_with(userid, "manager"))
        )
        if not services:
            return None
        return {
            "portal_type": OUTGOING,
            # signed, scanned: where the encoder has the ball.
            "review_state": list(states_for_role(OUTGOING_WORKFLOW, "IaEncoder")),
            "ia_responsible_services": services,
        }


class MailAreaDashboard(FolderDashboard):
    """``/courrier`` as a dashboard: every mail, newest first."""

    title = _("Mails")
    portal_types = tuple(MAIL_TYPES)
    columns = (
        "reference",
        "title",
        "type",
        "sender",
        "recipients",
        "state",
        "agent",
        "due",
        "modified",
    )
    default_sort = ("modified", "descending")
    batch_actions = MailToAssign.batch_actions
