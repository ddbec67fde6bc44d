"""``PATCH @users`` without exactly one user id: a French 400, not a 500."""

from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
import requests


def test_patch_users_without_an_id_is_a_400(functional_portal):
    url = functional_portal.absolute_url()
    for path in ("/@users", "/@users/a/b"):
        response = requests.patch(
            url + path,
            json={"email": "x@example.be"},
            auth=(SITE_OWNER_NAME, SITE_OWNER_PASSWORD),
            headers={"Accept": "application/json", "Accept-Language": "fr"},
            timeout=30,
        )
        assert response.status_code == 400, (path, response.text)
        assert "identifiant" in response.text or "user id" in response.text


def test_patch_one_user_still_works(functional_portal):
    from plone.app.testing import TEST_USER_ID

    response = requests.patch(
        f"{functional_portal.absolute_url()}/@users/{TEST_USER_ID}",
        json={"fullname": "Jeanne Test"},
        auth=(SITE_OWNER_NAME, SITE_OWNER_PASSWORD),
        headers={"Accept": "application/json"},
        timeout=30,
    )
    assert response.status_code == 204, response.text


def test_patch_users_without_a_body_is_not_a_500(functional_portal):
    response = requests.patch(
        f"{functional_portal.absolute_url()}/@users",
        auth=(SITE_OWNER_NAME, SITE_OWNER_PASSWORD),
        headers={"Accept": "application/json", "Content-Type": "application/json"},
        timeout=30,
    )
    assert response.status_code == 400, response.text


def test_patch_one_user_with_a_bad_body_is_a_400(functional_portal):
    from plone.app.testing import TEST_USER_ID

    for body in (b"", b"not json", b"[1, 2]"):
        response = requests.patch(
            f"{functional_portal.absolute_url()}/@users/{TEST_USER_ID}",
            data=body,
            auth=(SITE_OWNER_NAME, SITE_OWNER_PASSWORD),
            headers={"Accept": "application/json", "Content-Type": "application/json"},
            timeout=30,
        )
        assert response.status_code == 400, (body, response.text)
        assert "JSON" in response.text
