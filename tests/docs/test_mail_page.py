"""The mail page (ia.docs.browser.mailpage): preview, replies, ack, letter."""

from ia.docs.browser.mailpage import IncomingMailViewlet
from ia.docs.browser.mailpage import OutgoingMailViewlet
from ia.docs.letters import acknowledgement
from ia.docs.letters.letter import generate_letter
from ia.docs.replies import create_reply
from plone.app.testing import login
from plone.namedfile.file import NamedBlobFile
from tests.docs.letters_helpers import addressed_person
from tests.docs.letters_helpers import municipality
import pytest


PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def render(viewlet_class, context):
    viewlet = viewlet_class(context, context.REQUEST, None, None)
    viewlet.update()
    return viewlet.render()


@pytest.fixture
def mail(portal, services, registered):
    municipality()
    sender = addressed_person()
    return registered(
        sender=sender.UID(),
        main_file=NamedBlobFile(
            PDF, filename="scan.pdf", contentType="application/pdf"
        ),
    )


def test_incoming_page_shows_preview_and_due_ack(portal, mail):
    html = render(IncomingMailViewlet, mail)
    assert f'src="{mail.absolute_url()}/@@display-file/main_file"' in html
    assert "<iframe" in html and "scan.pdf" in html
    assert f"{mail.absolute_url()}/@@ia-acknowledgement" in html


def test_incoming_page_lists_replies_and_the_stored_ack(portal, mail):
    login(portal, "encodeur")
    reply = create_reply(mail)
    acknowledgement.ensure_acknowledgement(mail)
    html = render(IncomingMailViewlet, mail)
    assert reply.absolute_url() in html and reply.reference in html
    assert "accuse-reception/@@download/file" in html


def test_incoming_page_without_file_says_why_no_ack(portal, services, registered):
    mail = registered()
    html = render(IncomingMailViewlet, mail)
    assert "<iframe" not in html
    assert mail.ack_skipped in html


def test_outgoing_page_letter_and_answered(portal, mail):
    login(portal, "encodeur")
    reply = create_reply(mail)
    html = render(OutgoingMailViewlet, reply)
    assert mail.reference in html
    assert "@@ia-generate-letter" in html  # the encoder may edit in created
    generate_letter(reply, "odt")
    html = render(OutgoingMailViewlet, reply)
    assert "lettre/@@download/file" in html
    login(portal, "lecteur")
    assert "@@ia-generate-letter" not in render(OutgoingMailViewlet, reply)


def test_viewlet_is_on_the_page(portal, mail):
    login(portal, "chef")
    html = mail.restrictedTraverse("@@ia-view")()
    assert 'id="ia-mail-page"' in html


def test_rows_show_the_state_title_not_its_id(portal, mail):
    from ia.docs.browser.mailpage import mail_row
    from zope.globalrequest import getRequest

    getRequest()["LANGUAGE"] = "fr"
    login(portal, "encodeur")
    reply = create_reply(mail)
    row = mail_row(reply)
    assert row["state"] not in ("", "created")
    assert row["state"] == portal.portal_workflow.getTitleForStateOnType(
        "created", "IaOutgoingMail"
    ) or row["state"].startswith("En ")
