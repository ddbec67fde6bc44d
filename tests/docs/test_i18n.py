"""French first: iA.Docs' messages, types and workflow titles are translated."""

from ia.docs import _
from zope.i18n import translate
import pytest


@pytest.mark.parametrize(
    "msgid,domain,french",
    [
        (
            _("msg_agent_required"),
            "ia.docs",
            "Choisissez l'agent traitant avant de proposer le courrier à un agent.",
        ),
        (_("label_mail_type"), "ia.docs", "Type de courrier"),
        ("Incoming mail", "ia.docs", "Courrier entrant"),
        ("Proposed to the manager", "ia.docs", "Proposé au chef de service"),
        ("Proposed to the manager", "plone", "Proposé au chef de service"),
        ("Propose to sign", "plone", "Proposer à la signature"),
    ],
)
def test_french(portal, msgid, domain, french):
    assert translate(msgid, domain=domain, target_language="fr") == french


def test_mail_type_titles_are_french(portal):
    from ia.docs.mailtypes import mail_types_vocabulary

    titles = [term.title for term in mail_types_vocabulary(portal)]
    assert titles[:4] == ["Lettre", "Demande", "Plainte", "Facture"]
