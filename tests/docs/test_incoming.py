"""Incoming mail: who may register, numbering, due date, the assignment flow."""

from datetime import date
from ia.core.workflows.testing import can
from ia.docs.area import get_mail_area
from ia.docs.workflows import AgentRequired
from plone import api
from plone.app.testing import login
from plone.app.testing import logout
import pytest


YEAR = date.today().year


def test_encoder_registers_with_e_number(portal, services, registered):
    first = registered()
    second = registered(title="Plainte bruit")
    assert first.reference == f"E/{YEAR}/00001"
    assert second.reference == f"E/{YEAR}/00002"
    assert api.content.get_state(first) == "created"
    brains = api.content.find(ia_reference=f"E/{YEAR}/00002")
    assert [b.getObject() for b in brains] == [second]


def test_outgoing_numbered_in_its_own_register(portal, services, registered):
    registered()
    login(portal, "encodeur")
    out = api.content.create(
        container=get_mail_area(portal),
        type="IaOutgoingMail",
        title="Réponse",
        responsible_services=[services["travaux"]],
    )
    assert out.reference == f"S/{YEAR}/00001"


def test_only_encoders_may_add_mail(portal, services, registered):
    area = get_mail_area(portal)
    login(portal, "encodeur")
    assert can(area, "Add portal content")
    for userid in ("agent1", "autre"):
        login(portal, userid)
        assert not can(area, "Add portal content"), userid
    logout()
    assert not can(area, "Add portal content")


@pytest.mark.parametrize(
    "mail_type,reception,due",
    [
        ("complaint", date(2026, 3, 2), date(2026, 3, 17)),
        ("letter", date(2026, 3, 2), date(2026, 4, 1)),
        ("information", date(2026, 3, 2), None),
    ],
)
def test_due_date_from_mail_type(registered, mail_type, reception, due):
    mail = registered(mail_type=mail_type, reception_date=reception)
    assert mail.due_date == due
    if due is not None:
        assert api.content.find(UID=mail.UID())[0].ia_due_date == due


def test_given_due_date_is_kept(portal, services, registered):
    mail = registered(
        mail_type="complaint",
        reception_date=date(2026, 3, 2),
        due_date=date(2026, 3, 5),
    )
    assert mail.due_date == date(2026, 3, 5)


def test_mail_type_delay_from_registry(portal, services, registered):
    api.portal.set_registry_record(
        "ia.docs.mail_types", ["complaint|Plainte|3|1", "letter|Lettre|x|0"]
    )
    complaint = registered(mail_type="complaint", reception_date=date(2026, 3, 2))
    letter = registered(mail_type="letter", reception_date=date(2026, 3, 2))
    assert complaint.due_date == date(2026, 3, 5)
    assert letter.due_date is None  # invalid delay: no due date


def test_propose_to_agent_requires_an_agent(portal, services, registered):
    mail = registered()
    api.content.transition(obj=mail, transition="propose_to_manager")
    login(portal, "chef")
    with pytest.raises(AgentRequired) as error:
        api.content.transition(obj=mail, transition="propose_to_agent")
    assert "assigned agent" in str(error.value)
    assert api.content.get_state(mail) == "proposed_to_manager"
    mail.assigned_agent = "agent1"
    mail.reindexObjectSecurity()
    api.content.transition(obj=mail, transition="propose_to_agent")
    assert api.content.get_state(mail) == "proposed_to_agent"


def test_full_flow_with_real_users(portal, services, registered):
    mail = registered()
    api.content.transition(obj=mail, transition="propose_to_manager")
    login(portal, "encodeur")
    assert not can(mail, "Modify portal content")  # now the manager's turn
    login(portal, "chef")
    assert can(mail, "Modify portal content")
    mail.assigned_agent = "agent1"
    mail.reindexObjectSecurity()
    api.content.transition(obj=mail, transition="propose_to_agent")
    login(portal, "agent2")  # another agent of the service: sees, cannot act
    assert can(mail, "View")
    assert not can(mail, "Review portal content")
    with pytest.raises(api.exc.InvalidParameterError):
        api.content.transition(obj=mail, transition="treat")
    login(portal, "agent1")
    api.content.transition(obj=mail, transition="treat")
    assert can(mail, "Modify portal content")
    api.content.transition(obj=mail, transition="close")
    assert api.content.get_state(mail) == "closed"
    assert not can(mail, "Modify portal content")
    login(portal, "lecteur")  # copy service
    assert can(mail, "View") and not can(mail, "Modify portal content")
    assert not can(mail, "ia.core: View internal notes")
    login(portal, "autre")  # another service
    assert not can(mail, "View")
    logout()
    assert not can(mail, "View")


def test_main_file_must_be_pdf(portal):
    from ia.docs.content import pdf_only
    from plone.namedfile.file import NamedBlobFile
    from zope.interface import Invalid

    assert pdf_only(None)
    assert pdf_only(
        NamedBlobFile(b"%PDF-1.4", filename="scan.pdf", contentType="application/pdf")
    )
    with pytest.raises(Invalid):
        pdf_only(NamedBlobFile(b"hello", filename="note.txt", contentType="text/plain"))
