"""The mail page (ia.docs.browser.mailpage): preview, ack, letter; the replies
in the core's Liens block."""

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


def test_incoming_page_shows_the_stored_ack(portal, mail):
    login(portal, "encodeur")
    acknowledgement.ensure_acknowledgement(mail)
    html = render(IncomingMailViewlet, mail)
    assert "accuse-reception/@@download/file" in html


def test_replies_are_shown_once_in_the_links_block(portal, mail):
    """The reply and the mail it answers are listed by the core's *Liens*
    block of each page, not a second time by the mail page."""
    login(portal, "encodeur")
    reply = create_reply(mail)
    html = mail.restrictedTraverse("@@ia-view")()
    assert 'id="ia-mail-page"' in html
    assert html.count(f'href="{reply.absolute_url()}"') == 1
    assert reply.reference in html
    html = reply.restrictedTraverse("@@ia-view")()
    assert html.count(f'href="{mail.absolute_url()}"') == 1


def test_incoming_page_without_file_says_why_no_ack(portal, services, registered):
    mail = registered()
    html = render(IncomingMailViewlet, mail)
    assert "<iframe" not in html
    assert mail.ack_skipped in html


def test_outgoing_page_letter(portal, mail):
    login(portal, "encodeur")
    reply = create_reply(mail)
    html = render(OutgoingMailViewlet, reply)
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
