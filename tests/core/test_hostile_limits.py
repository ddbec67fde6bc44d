"""Lengths, characters, dates and e-mail addresses on every path that
writes content (issue 11): plone.restapi's deserialisation (``POST`` on a
folder, ``PATCH``) through the core's field deserializers, the schema's
``max_length`` for the forms, workflow comments on every transition path.

Every hostile value is generated here; each refusal is a translated 400
and leaves nothing written.
"""

from ia.core import validation
from ia.core.directory.interfaces import IOrganisation
from ia.core.directory.interfaces import IPerson
from ia.core.validation_schema import NotAnEmail
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles
from zope.interface import Invalid
import pytest
import transaction


FR = {"Accept": "application/json", "Accept-Language": "fr"}
MEGA = "x" * 1_000_000


@pytest.fixture
def manager(functional_portal, manager_request):
    api.portal.set_registry_record("plone.default_language", "fr")
    workflows = api.portal.get_tool("portal_workflow")
    workflows.setChainForPortalTypes(["Folder"], "simple_publication_workflow")
    setRoles(functional_portal, TEST_USER_ID, ["Manager"])
    api.content.create(functional_portal, "Folder", id="dossier", title="Dossier")
    transaction.commit()
    manager_request.headers.update(FR)
    return manager_request


def contacts():
    transaction.begin()
    return sorted(api.portal.get()["annuaire"].objectIds())


def message(response) -> str:
    data = response.json()
    text = data.get("message") or data.get("error", {}).get("message") or ""
    return text if isinstance(text, str) else repr(text)


HOSTILE = [
    pytest.param(MEGA, "trop long", id="1MB"),
    pytest.param("Commune\x00", "caractères interdits", id="NUL"),
    pytest.param("Commune \ud800", "caractères interdits", id="surrogate"),
    pytest.param("a\x1b[31m", "caractères interdits", id="control"),
]


@pytest.mark.parametrize("value, words", HOSTILE)
def test_organisation_name_refused_nothing_stored(manager, value, words):
    before = contacts()
    response = manager.post(
        "/annuaire", json={"@type": "IaOrganisation", "title": value}
    )
    assert response.status_code == 400, response.text[:300]
    assert words in message(response)
    assert "msg_" not in message(response)
    assert contacts() == before


@pytest.mark.parametrize("field", ["lastname", "firstname", "street", "phone"])
def test_person_fields_have_a_limit(manager, field):
    before = contacts()
    data = {"@type": "IaPerson", "lastname": "Dupont", field: "y" * 201 * 5}
    response = manager.post("/annuaire", json=data)
    assert response.status_code == 400, response.text[:300]
    assert contacts() == before


def test_patch_refused_keeps_the_old_value(manager):
    created = manager.post(
        "/annuaire", json={"@type": "IaOrganisation", "title": "Commune"}
    )
    assert created.status_code == 201, created.text[:300]
    url = created.json()["@id"]
    response = manager.patch(url, json={"title": "A\x00", "city": MEGA})
    assert response.status_code == 400, response.text[:300]
    assert manager.get(url).json()["title"] == "Commune"


def test_text_without_its_own_limit_has_the_core_cap(manager):
    # IDirectory.description is a Text without max_length: the core's cap.
    too_long = "z" * (validation.MAX_TEXT + 1)
    response = manager.patch("/annuaire", json={"description": too_long})
    assert response.status_code == 400, response.text[:300]
    assert "100000" in response.text or "100 000" in response.text
    ok = manager.patch("/annuaire", json={"description": "Ligne 1\nLigne 2\tfin"})
    assert ok.status_code == 204, ok.text[:300]


def test_list_items_are_checked(manager):
    # Dublin core subjects: a tuple of TextLines, each deserialised.
    response = manager.patch("/dossier", json={"subjects": ["ok", "mal\x00"]})
    assert response.status_code == 400, response.text[:300]


def test_rich_text_data_checked(manager):
    response = manager.post(
        "/dossier",
        json={"@type": "Document", "title": "Page", "text": {"data": "<p>\x00</p>"}},
    )
    assert response.status_code == 400, response.text[:300]
    response = manager.post(
        "/dossier", json={"@type": "Document", "title": "Page", "text": {"data": 3}}
    )
    assert response.status_code == 400, response.text[:300]


# 2. Dates: 1900–2199, or the field's own range.


@pytest.mark.parametrize("value", ["0001-01-01", "1899-12-31", "2200-01-01"])
def test_date_out_of_range_refused(manager, value):
    org = manager.post("/annuaire", json={"@type": "IaOrganisation", "title": "O"})
    person = manager.post("/annuaire", json={"@type": "IaPerson", "lastname": "P"})
    transaction.begin()
    before = sorted(api.portal.get()["annuaire"][person.json()["id"]].objectIds())
    response = manager.post(
        person.json()["@id"],
        json={
            "@type": "IaHeldPosition",
            "position_type": "bourgmestre",
            "organisation": org.json()["UID"],
            "start_date": value,
        },
    )
    assert response.status_code == 400, response.text[:300]
    assert "1900-01-01" in message(response), response.text[:300]
    transaction.begin()
    after = sorted(api.portal.get()["annuaire"][person.json()["id"]].objectIds())
    assert after == before


@pytest.mark.parametrize("value", ["0001-01-01T00:00:00", "2500-05-05T10:00:00"])
def test_datetime_out_of_range_is_a_400_not_a_500(manager, value):
    response = manager.patch("/dossier", json={"effective": value})
    assert response.status_code == 400, response.text[:300]
    assert "1900-01-01" in message(response)


def test_a_sane_datetime_is_stored(manager):
    response = manager.patch("/dossier", json={"effective": "2026-03-02T10:00:00"})
    assert response.status_code == 204, response.text[:300]


# 3. E-mail addresses: the core's check, in the forms and over REST.


@pytest.mark.parametrize(
    "value", ["pas une adresse", "a@b", "<a@b.be>", "a@b.be\nBcc: x@y.be"]
)
def test_contact_email_refused(manager, value):
    before = contacts()
    response = manager.post(
        "/annuaire", json={"@type": "IaPerson", "lastname": "D", "email": value}
    )
    assert response.status_code == 400, response.text[:300]
    assert contacts() == before


def test_contact_email_schema_uses_the_core_check():
    field = IOrganisation["email"]
    field.validate("jean@example.be")
    with pytest.raises(NotAnEmail):
        field.validate("a@b")
    with pytest.raises(Invalid):
        IPerson["lastname"].validate("n" * 201)


# Workflow comments: every transition path (the before-transition check).


def history(obj):
    transaction.begin()
    return list(obj.workflow_history.get("simple_publication_workflow", ()))


@pytest.mark.parametrize("comment", [MEGA, "ok\x00", "\udfff", {"a": 1}])
def test_workflow_comment_refused_over_rest(manager, functional_portal, comment):
    folder = functional_portal["dossier"]
    before = history(folder)
    response = manager.post("/dossier/@workflow/publish", json={"comment": comment})
    assert response.status_code == 400, response.text[:300]
    assert "msg_" not in response.text
    assert api.content.get_state(folder) == "private"
    assert history(folder) == before


def test_workflow_comment_refused_on_every_path(portal):
    setRoles(portal, TEST_USER_ID, ["Manager"])
    api.portal.get_tool("portal_workflow").setChainForPortalTypes(
        ["Folder"], "simple_publication_workflow"
    )
    folder = api.content.create(portal, "Folder", id="f", title="F")
    with pytest.raises(validation.InvalidValue):
        api.portal.get_tool("portal_workflow").doActionFor(
            folder, "publish", comment="c" * 10_001
        )
    api.content.transition(obj=folder, transition="publish", comment="Publié")
    assert api.content.get_state(folder) == "published"


# The suite's own services: every text of a JSON body, whatever they read.


@pytest.mark.parametrize(
    "raw, path",
    [
        (b'{"guests": ["ok", "mal\\u0000"]}', "guests[1]"),
        (b'{"a": {"b": "\\ud800"}}', "a.b"),
        (b'{"x\\u0001": 1}', "body"),
        (b'{"t": "' + b"y" * 100_001 + b'"}', "t"),
        (b'{"d": ' + b"[" * 30 + b"]" * 30 + b"}", "d"),
    ],
)
def test_every_text_of_a_body_checked(raw, path):
    from tests.core.test_rest_base import service

    with pytest.raises(validation.InvalidValue) as info:
        service(raw).body()
    assert info.value.message.mapping["field"].startswith(path)


def test_a_body_too_deep_for_the_parser_is_a_400():
    from ia.core.rest import BadRequestBody
    from tests.core.test_rest_base import service

    with pytest.raises(BadRequestBody):
        service(b"[" * 100_000).body()


def test_file_data_may_be_large_and_lists_have_item_limits():
    from tests.core.test_rest_base import service

    big = b'{"file": {"data": "' + b"QUJD" * 50_000 + b'"}}'
    assert len(service(big).body()["file"]["data"]) == 200_000
    body = {"guests": ["n" * 201]}
    with pytest.raises(validation.InvalidValue):
        service().field(body, "guests", list, item_max_length=200)


def test_handover_options_checked():
    with pytest.raises(validation.InvalidValue):
        validation.check_options({"title": "t" * 1001})
    with pytest.raises(validation.InvalidValue):
        validation.check_options({"note": "a\x00"})
    assert validation.check_options({"title": "Réponse"}) == {"title": "Réponse"}


@pytest.mark.parametrize("value", ["a@b", "a@b.be\nBcc: x@y.be", "<a@b.be>"])
def test_settings_email_uses_the_core_check(value):
    from ia.core.settings.interfaces import validate_email

    with pytest.raises(Invalid):
        validate_email(value)
    assert validate_email("info@commune.be")
