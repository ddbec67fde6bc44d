"""Classic UI: the add forms and views of the mails render for an encoder."""

from ia.core.testing import PASSWORD
from plone import api
import pytest
import requests
import transaction


def _get(url, userid):
    return requests.get(url, auth=(userid, PASSWORD), timeout=30)


@pytest.mark.parametrize("portal_type", ["IaIncomingMail", "IaOutgoingMail"])
def test_add_form_renders(functional_portal, functional_services, portal_type):
    url = f"{functional_portal.absolute_url()}/courrier/++add++{portal_type}"
    response = _get(url, "encodeur")
    assert response.status_code == 200, response.text[:500]
    assert "form-widgets-IBasic-title" in response.text
    if portal_type == "IaIncomingMail":
        assert "Plainte" in response.text  # mail types vocabulary


def test_add_form_refused_to_non_encoder(functional_portal, functional_services):
    url = f"{functional_portal.absolute_url()}/courrier/++add++IaIncomingMail"
    response = _get(url, "agent1")
    assert (
        response.status_code in (401, 403) or "insufficient-privileges" in response.url
    )
    assert "form-widgets-IBasic-title" not in response.text


def test_views_render(functional_portal, functional_services):
    with api.env.adopt_user(username="encodeur"):
        mail = api.content.create(
            container=functional_portal.courrier,
            type="IaIncomingMail",
            title="Lettre de riverain",
            mail_type="letter",
            responsible_services=[functional_services["travaux"]],
        )
    with api.env.adopt_roles(["Manager"]):
        outgoing = api.content.create(
            container=functional_portal.courrier,
            type="IaOutgoingMail",
            title="Réponse au riverain",
            responsible_services=[functional_services["travaux"]],
        )
    transaction.commit()
    response = _get(mail.absolute_url(), "chef")
    assert response.status_code == 200
    assert "Lettre de riverain" in response.text
    # the manager of the treating service may reply (ia.docs.reply)
    assert "plone-contentmenu-actions-ia_reply" in response.text
    response = _get(mail.absolute_url(), "encodeur")
    assert response.status_code == 200
    assert "plone-contentmenu-actions-ia_reply" in response.text
    response = _get(outgoing.absolute_url(), "chef")
    assert response.status_code == 200
    assert "Réponse au riverain" in response.text
