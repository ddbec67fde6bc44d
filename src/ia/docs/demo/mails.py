"""Create one demo mail and take it, through the workflows, to its planned state.

Each step is done by the person who would do it — the mail office's encoder
registers, the service manager assigns and signs, the agent treats, asks a
task, proposes the reply and closes — so that the history reads as in real
life. When that person may not (a service without a manager), the step is
done under the name of the user running the demo, with a Manager's rights
(core ``as_manager``: the workflows' guards check roles in context).
"""

from datetime import date
from datetime import timedelta
from ia.core.errors import IaError
from ia.core.security import as_manager
from ia.core.settings import api as settings
from ia.docs.area import get_mail_area
from ia.docs.demo import data
from ia.docs.demo.pdf import scan_pdf
from ia.docs.replies import create_reply
from plone import api
from plone.app.textfield.value import RichTextValue
from plone.dexterity.utils import createContentInContainer
from plone.namedfile.file import NamedBlobFile


INCOMING = "IaIncomingMail"
OUTGOING = "IaOutgoingMail"
TASK = "IaTask"

# The incoming transitions leading to each state, in order.
PATH = {
    "created": (),
    "proposed_to_manager": ("propose_to_manager",),
    "proposed_to_agent": ("propose_to_manager", "propose_to_agent"),
    "in_treatment": ("propose_to_manager", "propose_to_agent", "treat"),
    "closed": ("propose_to_manager", "propose_to_agent", "treat", "close"),
}
REPLY_PATH = {
    "created": (),
    "to_be_signed": ("propose_to_sign",),
    "signed": ("propose_to_sign", "sign"),
    "sent": ("propose_to_sign", "sign", "send"),
}


def _create(container, portal_type, **fields):
    """Add content with a chosen id at once (``api.content.create`` renames
    each new object, a savepoint and a reindex more: a third of the time)."""
    return createContentInContainer(
        container, portal_type, checkConstraints=True, **fields
    )


class Builder:
    """The site's pieces the demo mails need, looked up once a run."""

    def __init__(self, services, contacts, encoder):
        self.area = get_mail_area()
        self.services = (
            services  # {service id: ServiceInfo-like (uid, managers, agent)}
        )
        self.contacts = contacts  # {sender key: contact uid}
        self.encoder = encoder
        self.wtool = api.portal.get_tool("portal_workflow")
        self.types = api.portal.get_tool("portal_types")
        self.users = {}
        signatories = settings.signatories()
        self.signatory = signatories[0].UID() if signatories else None
        self.today = date.today()

    # -- acting as someone -------------------------------------------------

    def user(self, userid):
        if userid not in self.users:
            self.users[userid] = api.user.get(userid=userid) if userid else None
        return self.users[userid]

    def transition(self, obj, transition, actors, comment=""):
        """Take ``transition`` as the first of ``actors`` allowed to."""
        for userid in actors:
            user = self.user(userid)
            if user is None:
                continue
            with api.env.adopt_user(user=user):
                if transition in {t["id"] for t in self.wtool.getTransitionsFor(obj)}:
                    api.content.transition(
                        obj=obj, transition=transition, comment=comment
                    )
                    return
        with as_manager():
            api.content.transition(obj=obj, transition=transition, comment=comment)

    def create(self, container, portal_type, actors, **fields):
        """Create content as the first of ``actors`` allowed to add it there."""
        for userid in actors:
            user = self.user(userid)
            if user is None:
                continue
            with api.env.adopt_user(user=user):
                if self.types[portal_type].isConstructionAllowed(container):
                    return _create(container, portal_type, **fields)
        with as_manager():
            return _create(container, portal_type, **fields)

    # -- the mail ----------------------------------------------------------

    def build(self, mail_plan):
        """Create the incoming mail of ``mail_plan`` and what goes with it."""
        service = self.services[mail_plan.service]
        state = mail_plan.state
        if service.agent is None and state not in ("created", "proposed_to_manager"):
            state = "proposed_to_manager"
        copies = self.copies(mail_plan) if mail_plan.copy else []
        received = self.today - timedelta(days=mail_plan.age)
        mail = self.create(
            self.area,
            INCOMING,
            [self.encoder],
            title=mail_plan.subject,
            reception_date=received,
            mail_type=mail_plan.mail_type,
            sender=self.contacts.get(mail_plan.sender),
            responsible_services=[service.uid],
            copy_services=copies,
            main_file=NamedBlobFile(
                data=scan_pdf(
                    [
                        mail_plan.subject,
                        f"Reçu le {received.strftime('%d/%m/%Y')}",
                        "Document de démonstration (scan simulé).",
                    ]
                ),
                filename=f"{mail_plan.key}.pdf",
                contentType="application/pdf",
            ),
        )
        managers = service.managers
        for transition in PATH[state]:
            if transition == "propose_to_agent":
                mail.assigned_agent = service.agent
                self.transition(mail, transition, managers)
                mail.reindexObject()
            elif transition == "close":
                if mail_plan.reply == "sent":
                    self.reply(mail, service, "sent")  # sending closes the mail
                else:
                    self.transition(mail, transition, [service.agent])
            elif transition == "propose_to_manager":
                self.transition(mail, transition, [self.encoder])
            else:
                self.transition(mail, transition, [service.agent])
        if state == "in_treatment":
            if mail_plan.task:
                self.task(mail, mail_plan, service)
            if mail_plan.reply:
                self.reply(mail, service, mail_plan.reply)
        return mail

    def copies(self, mail_plan):
        """The copy services of the plan that this site has, else another one."""
        uids = [
            self.services[s].uid
            for s in data.COPIES.get(mail_plan.service, ())
            if s in self.services
        ]
        others = [
            s.uid for k, s in sorted(self.services.items()) if k != mail_plan.service
        ]
        return uids or others[:1]

    def task(self, mail, mail_plan, service):
        target_id, title = data.TASKS[mail_plan.service]
        target = self.services.get(target_id)
        if target is None or target.agent is None:
            others = [
                s
                for key, s in sorted(self.services.items())
                if key != mail_plan.service and s.agent
            ]
            if not others:
                return None
            target = others[0]
        task = self.create(
            mail,
            TASK,
            [service.agent],
            title=title,
            responsible_services=[target.uid],
            assigned_agent=target.agent,
            due_date=self.today + timedelta(days=7 + mail_plan.age % 10),
            instructions=f"À propos de « {mail.title} ».",
        )
        if mail_plan.task == "in_progress":
            self.transition(task, "start", [target.agent])
        return task

    def reply(self, mail, service, state):
        fields = {
            "body": RichTextValue(data.REPLY_BODY, "text/html", "text/x-html-safe"),
            "send_modes": ["post"],
        }
        if self.signatory:
            fields["signatory"] = self.signatory
        reply = None
        for userid in (service.agent, self.encoder):
            user = self.user(userid)
            if user is None:
                continue
            with api.env.adopt_user(user=user):
                try:  # the hand-over "reply", as the agent (else the encoder)
                    reply = create_reply(mail, **fields)
                    break
                except IaError:
                    continue
        if reply is None:
            reply = create_reply(mail, **fields)
        actors = {
            "propose_to_sign": [service.agent],
            "sign": service.managers,
            "send": [*service.managers, self.encoder],
        }
        for transition in REPLY_PATH[state]:
            self.transition(reply, transition, actors[transition])
        return reply
