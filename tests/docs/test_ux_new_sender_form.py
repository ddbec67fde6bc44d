"""*Nouvel expéditeur* in the add and edit forms of an incoming mail
(ia.docs.senders.form), with the browser test client as the encoder."""

from ia.core.directory.api import find_or_create_person
from ia.core.testing import PASSWORD
from plone import api
from plone.testing.zope import Browser
import html
import pytest
import re
import transaction
import webtest


CONTACT_TYPES = ["IaPerson", "IaOrganisation"]


@pytest.fixture
def world(functional, functional_services):
    portal = functional["portal"]
    api.portal.set_registry_record("plone.default_language", "fr")
    with api.env.adopt_roles(["Manager"]):
        known = find_or_create_person(
            firstname="Marie", lastname="Connue", email="marie@example.org"
        )
    transaction.commit()
    return {
        "app": functional["app"],
        "portal": portal,
        "services": functional_services,
        "known": known.UID(),
    }


def browser(world, user="encodeur"):
    result = Browser(world["app"])
    result.handleErrors = False
    result.addHeader("Accept-Language", "fr")
    result.addHeader("Authorization", f"Basic {user}:{PASSWORD}")
    return result


def counts(world):
    transaction.begin()
    catalog = api.portal.get_tool("portal_catalog")
    mails = len(catalog.unrestrictedSearchResults(portal_type="IaIncomingMail"))
    contacts = len(catalog.unrestrictedSearchResults(portal_type=CONTACT_TYPES))
    return mails, contacts


def submit(b, **values):
    """Fill the page's form (``values`` by widget name) and click *Enregistrer*.
    The services' in/out widget needs JavaScript: its value is added as the
    hidden input the script would write."""
    services = values.pop("services", None)
    if services:
        form = b.getForm(id="form")._form
        name = "form.widgets.IResponsible.responsible_services:list"
        hidden = webtest.forms.Hidden(form, "input", name, 0, value=services)
        form.fields.setdefault(name, []).append(hidden)
        form.field_order.append((name, hidden))
    for name, value in values.items():
        control = b.getControl(name=f"form.widgets.{name}")
        control.value = value
    b.getControl(name="form.buttons.save").click()
    return b


def add_form(world, title="Demande de subside", **fields):
    b = browser(world)
    b.open(f"{world['portal'].absolute_url()}/courrier/++add++IaIncomingMail")
    return submit(
        b,
        **{
            "IBasic.title": title,
            "mail_type:list": ["request"],
            "services": world["services"]["travaux"],
            **fields,
        },
    )


def errors(b):
    return re.findall(
        r'class="invalid-feedback[^"]*"[^>]*>(.*?)</div>', b.contents, re.S
    )


def saved_mail(world, title="Demande de subside"):
    transaction.begin()
    catalog = api.portal.get_tool("portal_catalog")
    brains = catalog.unrestrictedSearchResults(
        portal_type="IaIncomingMail", Title=title
    )
    assert len(brains) == 1
    return brains[0]._unrestrictedGetObject()


def contact(uid):
    return api.content.get(UID=uid)


def test_the_group_is_in_the_add_form(world):
    b = browser(world)
    b.open(f"{world['portal'].absolute_url()}/courrier/++add++IaIncomingMail")
    assert "Nouvel expéditeur" in b.contents
    assert "form.widgets.new_sender_email" in b.contents


def test_new_person_is_created_in_the_directory(world):
    mails, contacts = counts(world)
    b = add_form(
        world,
        new_sender_lastname="Neuf",
        new_sender_firstname="Paul",
        new_sender_email="paul.neuf@example.org",
    )
    assert "/courrier/" in b.url and "++add++" not in b.url, errors(b)
    mail = saved_mail(world)
    sender = contact(mail.sender)
    assert sender.portal_type == "IaPerson"
    assert (sender.firstname, sender.lastname) == ("Paul", "Neuf")
    assert sender.email == "paul.neuf@example.org"
    assert sender.aq_parent.getId() == "annuaire"
    assert counts(world) == (mails + 1, contacts + 1)
    assert not hasattr(mail.aq_base, "new_sender_lastname")


def test_new_organisation_with_a_postal_address(world):
    add_form(
        world,
        new_sender_organisation="ASBL Les Amis",
        new_sender_street="Rue Basse",
        new_sender_number="3",
        new_sender_zip_code="5000",
        new_sender_city="Namur",
    )
    sender = contact(saved_mail(world).sender)
    assert sender.portal_type == "IaOrganisation"
    assert sender.title == "ASBL Les Amis"
    assert sender.city == "Namur"


def test_existing_contact_found_by_email(world):
    mails, contacts = counts(world)
    add_form(
        world, new_sender_lastname="Autrement", new_sender_email="MARIE@example.org"
    )
    assert saved_mail(world).sender == world["known"]
    assert counts(world) == (mails + 1, contacts)


def test_a_chosen_sender_still_works(world):
    add_form(world, sender=world["known"])
    assert saved_mail(world).sender == world["known"]


def refused(world, message, **fields):
    before = counts(world)
    b = add_form(world, **fields)
    assert "++add++IaIncomingMail" in b.url
    assert message in html.unescape(b.contents), errors(b) or b.contents[-6000:]
    assert counts(world) == before
    return b


def test_an_email_that_is_not_one(world):
    b = refused(
        world,
        "Ce n'est pas une adresse de courriel",
        new_sender_lastname="Neuf",
        new_sender_email="paul-at-example",
    )
    assert 'value="Neuf"' in b.contents  # what was typed is kept


def test_a_chosen_sender_and_a_new_one(world):
    refused(
        world,
        "soit un expéditeur de l'annuaire, soit un nouvel expéditeur",
        sender=world["known"],
        new_sender_lastname="Neuf",
        new_sender_email="paul.neuf@example.org",
    )


def test_no_name(world):
    refused(world, "doit avoir un nom", new_sender_email="sans.nom@example.org")


def test_no_email_nor_address(world):
    refused(world, "un courriel ou une adresse postale", new_sender_lastname="Neuf")


def test_a_person_and_an_organisation(world):
    refused(
        world,
        "une personne (nom) ou une organisation, pas les deux",
        new_sender_lastname="Neuf",
        new_sender_organisation="ASBL Les Amis",
        new_sender_email="paul.neuf@example.org",
    )


def test_edit_form_sets_a_new_sender(world):
    add_form(world)
    mail = saved_mail(world)
    assert not mail.sender
    b = browser(world)
    b.open(f"{mail.absolute_url()}/edit")
    submit(
        b,
        services=world["services"]["travaux"],
        new_sender_lastname="Tardif",
        new_sender_email="tardif@example.org",
    )
    assert not errors(b) and "/edit" not in b.url, errors(b) or b.url
    sender = contact(saved_mail(world).sender)
    assert (sender.lastname, sender.email) == ("Tardif", "tardif@example.org")


def test_edit_form_refuses_both(world):
    add_form(world, sender=world["known"])
    mail = saved_mail(world)
    before = counts(world)
    b = browser(world)
    b.open(f"{mail.absolute_url()}/edit")
    submit(
        b,
        services=world["services"]["travaux"],
        new_sender_lastname="Tardif",
        new_sender_email="tardif@example.org",
    )
    assert "pas les deux" in html.unescape(b.contents)
    assert saved_mail(world).sender == world["known"]
    assert counts(world) == before
