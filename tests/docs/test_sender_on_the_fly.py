"""A new sender given with the incoming mail (ia.docs.senders)."""

from ia.core.workflows.testing import rest
from ia.docs.senders.api import SenderError
from ia.docs.senders.api import sender_from_data
from plone import api
from plone.app.testing import login
from zope.i18n import translate
import pytest
import transaction


def fr(error):
    return translate(error.message, target_language="fr")


def test_person_created_in_the_directory(portal, services):
    login(portal, "encodeur")
    contact = sender_from_data(
        {"firstname": "Jean", "lastname": "Neuf", "email": "jean.neuf@example.org"}
    )
    assert contact.portal_type == "IaPerson"
    assert contact.aq_parent.getId() == "annuaire"
    assert contact.email == "jean.neuf@example.org"


def test_organisation_with_address(portal, services):
    login(portal, "encodeur")
    contact = sender_from_data(
        {
            "kind": "organisation",
            "name": "ASBL Les Amis",
            "street": "Rue Basse",
            "number": "3",
            "zip_code": "5000",
            "city": "Namur",
        }
    )
    assert contact.portal_type == "IaOrganisation"
    assert contact.city == "Namur"


def test_same_email_reuses_the_contact(portal, services):
    login(portal, "encodeur")
    first = sender_from_data({"lastname": "Dupont", "email": "d@example.org"})
    again = sender_from_data({"lastname": "Autre nom", "email": "D@Example.org"})
    assert again.UID() == first.UID()
    assert len(api.content.find(portal_type="IaPerson", Title="Autre nom")) == 0


@pytest.mark.parametrize(
    "data, expected",
    [
        ({"email": "x@example.org"}, "nom"),
        ({"lastname": "Sansrien"}, "courriel ou une adresse"),
        (
            {"lastname": "X", "street": "Rue", "city": "Namur"},
            "courriel ou une adresse",
        ),
        ({"lastname": "X", "email": "pas-un-courriel"}, "pas-un-courriel"),
        ({"kind": "robot", "lastname": "X", "email": "x@example.org"}, "personne"),
        ("Jean", "objet"),
    ],
)
def test_incomplete_data(portal, services, data, expected):
    login(portal, "encodeur")
    before = len(api.content.find(portal_type=["IaPerson", "IaOrganisation"]))
    with pytest.raises(SenderError) as info:
        sender_from_data(data)
    assert expected in fr(info.value)
    after = len(api.content.find(portal_type=["IaPerson", "IaOrganisation"]))
    assert after == before


def _post(base, services, **extra):
    body = {
        "@type": "IaIncomingMail",
        "title": "Demande de subside",
        "mail_type": "request",
        "responsible_services": [services["travaux"]],
    }
    body.update(extra)
    return rest("POST", f"{base}/courrier", "encodeur", json=body)


def test_rest_new_sender(functional_portal, functional_services):
    base = functional_portal.absolute_url()
    new = {"lastname": "Nouveau", "firstname": "Paul", "email": "paul@example.org"}
    response = _post(base, functional_services, new_sender=new)
    assert response.status_code == 201, response.text
    transaction.begin()
    mail = functional_portal.restrictedTraverse(
        response.json()["@id"].replace(base + "/", "")
    )
    sender = api.content.get(UID=mail.sender)
    assert sender.email == "paul@example.org"
    assert mail.ack_pending is True  # the new sender has an e-mail
    again = _post(base, functional_services, new_sender=new)
    assert again.status_code == 201, again.text
    transaction.begin()
    assert len(api.content.find(portal_type="IaPerson", Title="Nouveau Paul")) == 1


def test_rest_incomplete_sender_creates_nothing(functional_portal, functional_services):
    base = functional_portal.absolute_url()
    response = _post(base, functional_services, new_sender={"lastname": "Seul"})
    assert response.status_code == 400
    assert "courriel ou une adresse" in response.text or "e-mail" in response.text
    transaction.begin()
    assert len(api.content.find(portal_type="IaIncomingMail")) == 0
    assert len(api.content.find(portal_type="IaPerson", Title="Seul")) == 0
