"""REST: ``GET @ia-pst-ecomptes`` (the eComptes XML of a programme, valid
against 201805V1) and ``POST @ia-pst-budget-articles`` (the CSV import),
with the core's error shape; one committed programme for the module."""

from ia.core.settings.api import get_settings
from ia.core.testing import PASSWORD
from ia.pst.ecomptes.export import SCHEMA
from ia.pst.testing import FUNCTIONAL_TESTING
from lxml import etree
from plone import api
from tests.module_worlds import module_world
from tests.module_worlds import with_worlds
from tests.pst.conftest import build_programme
import pytest
import requests
import transaction


HEADERS = {"Accept": "application/json", "Accept-Language": "fr"}
CSV_OK = (
    "reference;article;type;year;amount\n"
    "A.3;879/725-60;extraordinary_expense;2026;125000,50\n"
)


def build(portal):
    get_settings().ins_code = "92094"
    api.portal.set_registry_record("plone.default_language", "fr")
    api.portal.set_registry_record("plone.available_languages", ["fr"])
    # chef manages Travaux (the programme's service); autre is of Culture
    return build_programme(portal)


_world_pst_rest, pst_rest = module_world(
    build, layer=FUNCTIONAL_TESTING, prefix="functional", name="pst_rest"
)


@pytest.fixture
def functional(request, functional_class):
    return with_worlds(request, functional_class, "functional")


def url(obj, endpoint):
    return f"{obj.absolute_url()}/{endpoint}"


def test_export_xml_valid(pst_rest):
    answer = requests.get(
        url(pst_rest["pst"], "@ia-pst-ecomptes"),
        params={"exercise": "2026"},
        auth=("chef", PASSWORD),
        headers=HEADERS,
    )
    assert answer.status_code == 200, answer.text
    assert answer.headers["Content-Type"].startswith("application/xml")
    assert "pst-ecomptes-2026-" in answer.headers["Content-Disposition"]
    document = etree.fromstring(answer.content)
    schema = etree.XMLSchema(etree.parse(str(SCHEMA)))
    assert schema.validate(document), schema.error_log
    assert document.findtext("Identifiants/Version") == "201805V1"
    assert "A.3 - Cent arbres" in [e.text for e in document.iter("Libelle")]


@pytest.mark.parametrize("exercise", ["1200", "deux-mille", "2026.5"])
def test_export_bad_year(pst_rest, exercise):
    answer = requests.get(
        url(pst_rest["pst"], "@ia-pst-ecomptes"),
        params={"exercise": exercise},
        auth=("chef", PASSWORD),
        headers=HEADERS,
    )
    assert answer.status_code == 400
    assert answer.json()["error"]["message"] == (
        "L'exercice doit être compris entre 1990 et 2100."
    )


def test_export_refused(pst_rest):
    anonymous = requests.get(url(pst_rest["pst"], "@ia-pst-ecomptes"), headers=HEADERS)
    assert anonymous.status_code == 401  # the private programme: Zope's refusal
    other = requests.get(
        url(pst_rest["pst"], "@ia-pst-ecomptes"),
        auth=("autre", PASSWORD),
        headers=HEADERS,
    )
    assert other.status_code in (403, 404)
    if other.status_code == 403:
        assert "budget" in other.json()["error"]["message"]


def test_import_articles(pst_rest):
    answer = requests.post(
        url(pst_rest["pst"], "@ia-pst-budget-articles"),
        json={"csv": CSV_OK},
        auth=("chef", PASSWORD),
        headers=HEADERS,
    )
    assert answer.status_code == 200, answer.text
    assert answer.json()["imported"] == 1
    transaction.begin()  # see what the server committed
    lines = pst_rest["a3"].budget_lines
    assert {
        "budget_type": "extraordinary_expense",
        "year": 2026,
        "amount": 125000.5,
        "article": "879/725-60",
    } in lines


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            {"csv": CSV_OK + "A.99;1/2;ordinary_expense;2026;10\n"},
            "ligne 3",
        ),
        ({"csv": "a;b\n1;2\n"}, "reference;article;type;year;amount"),
        ({}, "csv"),
        ({"csv": 12}, "csv"),
    ],
)
def test_import_refused_nothing_written(pst_rest, body, message):
    answer = requests.post(
        url(pst_rest["pst"], "@ia-pst-budget-articles"),
        json=body,
        auth=("chef", PASSWORD),
        headers=HEADERS,
    )
    assert answer.status_code == 400, answer.text
    assert message in answer.json()["error"]["message"]
    transaction.begin()
    assert not pst_rest["a3"].budget_lines


def test_import_refused_to_others(pst_rest):
    anonymous = requests.post(
        url(pst_rest["pst"], "@ia-pst-budget-articles"),
        json={"csv": CSV_OK},
        headers=HEADERS,
    )
    assert anonymous.status_code == 401
    form = requests.post(
        url(pst_rest["pst"], "@ia-pst-budget-articles"),
        data={"csv": CSV_OK},
        auth=("chef", PASSWORD),
        cookies={},
        headers={"Accept": "application/json"},
    )
    # Basic auth carries no forgeable cookie: the body is just not JSON
    assert form.status_code == 400
    transaction.begin()
    assert not pst_rest["a3"].budget_lines
