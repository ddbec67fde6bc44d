"""Acknowledgement of receipt at registration (ia.docs.letters.acknowledgement)."""

from ia.docs.letters import acknowledgement
from plone import api
from plone.app.testing import login
from Products.statusmessages.interfaces import IStatusMessage
from tests.docs.letters_helpers import addressed_person
from tests.docs.letters_helpers import content_xml
from tests.docs.letters_helpers import municipality
from tests.docs.letters_helpers import person
from zExceptions import Forbidden
from zope.i18n import translate
import logging
import pytest


@pytest.fixture
def sender(portal, services):
    municipality()
    return addressed_person()


def test_ack_due_then_rendered_on_first_access(portal, services, registered, sender):
    mail = registered(sender=sender.UID(), title="Demande de subside")
    assert mail.ack_pending is True
    assert acknowledgement.get_acknowledgement(mail) is None  # lazy
    ack = acknowledgement.ensure_acknowledgement(mail)
    assert mail.ack_pending is False
    assert acknowledgement.ensure_acknowledgement(mail).UID() == ack.UID()
    assert ack.portal_type == "IaAttachment"
    assert ack.title == f"Accusé de réception {mail.reference}"
    assert ack.file.contentType == acknowledgement.ODT
    text = content_xml(ack.file.data)
    assert mail.reference in text
    assert "Demande de subside" in text
    assert "Monsieur Jean Dupont" in text
    assert "Rue Haute 12" in text and "5000 Namur" in text
    assert "Commune de Démo" in text and "Place communale 1, 5999 Démo" in text
    assert "Travaux" in text  # the treating service
    assert "au plus tard le" in text  # request: 30 days


def test_no_ack_for_a_type_without_ack(portal, services, registered, sender):
    mail = registered(sender=sender.UID(), mail_type="letter")
    assert not getattr(mail, "ack_pending", False)
    assert getattr(mail, "ack_skipped", None) is None


def test_switch_off(portal, services, registered, sender):
    api.portal.set_registry_record(acknowledgement.ENABLED_RECORD, False)
    mail = registered(sender=sender.UID())
    assert not getattr(mail, "ack_pending", False)


def test_skipped_without_address_nor_email(portal, services, registered, caplog):
    municipality()
    bare = person(lastname="Sansadresse")
    with caplog.at_level(logging.INFO, logger="ia.docs.letters"):
        mail = registered(sender=bare.UID())
    assert acknowledgement.get_acknowledgement(mail) is None
    assert "Sansadresse" in mail.ack_skipped
    assert "ni adresse postale ni courriel" in mail.ack_skipped
    assert mail.reference in caplog.text


def test_email_only_sender_is_enough(portal, services, registered):
    municipality()
    by_mail = person(lastname="Courriel", email="c@example.org")
    mail = registered(sender=by_mail.UID())
    assert mail.ack_pending is True
    assert acknowledgement.ensure_acknowledgement(mail) is not None


def test_skipped_without_sender(portal, services, registered):
    mail = registered()
    assert acknowledgement.get_acknowledgement(mail) is None
    assert "expéditeur" in mail.ack_skipped
    with pytest.raises(ValueError) as info:
        acknowledgement.create_acknowledgement(mail)
    assert "expéditeur" in translate(info.value.args[0], target_language="fr")


def test_regeneration_replaces_the_file(portal, services, registered, sender):
    mail = registered(sender=sender.UID(), title="Avant")
    acknowledgement.ensure_acknowledgement(mail)
    mail.title = "Après"
    ack = acknowledgement.create_acknowledgement(mail)
    assert [o.getId() for o in mail.objectValues()].count("accuse-reception") == 1
    assert "Après" in content_xml(ack.file.data)


def test_registration_renders_nothing(
    portal, services, registered, sender, monkeypatch
):
    """No appy (60-250 ms a letter) inside the registration transaction."""

    def forbidden(*args, **kwargs):
        raise AssertionError("rendered at registration")

    monkeypatch.setattr(acknowledgement.docgen, "generate", forbidden)
    mail = registered(sender=sender.UID())
    assert mail.ack_pending is True


def test_view_renders_then_downloads(portal, services, registered, sender):
    mail = registered(sender=sender.UID())
    login(portal, "lecteur")  # copy service: the pending ack is rendered anyway
    view = api.content.get_view("ia-acknowledgement", mail, portal.REQUEST)
    view()
    ack = acknowledgement.get_acknowledgement(mail)
    assert ack is not None
    assert portal.REQUEST.response.getHeader("location").endswith(
        "/accuse-reception/@@download/file"
    )


def test_view_refuses_an_ack_not_due_to_a_reader(portal, services, registered, sender):
    mail = registered(sender=sender.UID(), mail_type="letter")
    login(portal, "lecteur")
    view = api.content.get_view("ia-acknowledgement", mail, portal.REQUEST)
    with pytest.raises(Forbidden):
        view()
    assert acknowledgement.get_acknowledgement(mail) is None


def test_view_explains_a_missing_sender(portal, services, registered):
    mail = registered()
    login(portal, "chef")
    view = api.content.get_view("ia-acknowledgement", mail, portal.REQUEST)
    view()
    assert acknowledgement.get_acknowledgement(mail) is None
    messages = IStatusMessage(portal.REQUEST).show()
    text = messages[0].message
    assert messages[0].type == "error"
    assert "sender" in text or "expéditeur" in text
