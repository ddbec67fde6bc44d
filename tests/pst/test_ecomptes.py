"""The eComptes export (schema 201805V1, validated with lxml) and the import
of budget articles."""

from ia.core.settings.api import get_settings
from ia.pst.ecomptes.articles import import_articles
from ia.pst.ecomptes.errors import EcomptesError
from ia.pst.ecomptes.export import SCHEMA
from ia.pst.ecomptes.export import export
from lxml import etree
from plone import api
from zope.event import notify
from zope.lifecycleevent import ObjectModifiedEvent
import pytest


@pytest.fixture
def ins(portal):
    get_settings().ins_code = "92094"


def parsed(data):
    document = etree.fromstring(data)
    schema = etree.XMLSchema(etree.parse(str(SCHEMA)))
    assert schema.validate(document), schema.error_log
    return document


def test_export_validates_against_the_schema(programme, ins):
    p = programme
    api.content.transition(obj=p["a2"], transition="stop")
    p["a1"].shared_with = [p["oo21"].UID()]
    notify(ObjectModifiedEvent(p["a1"]))
    root = parsed(export(p["pst"], exercise=2026))
    assert root.findtext("Identifiants/INS") == "92094"
    assert root.findtext("Identifiants/Version") == "201805V1"
    assert root.findtext("Identifiants/TypeAdmin") == "AC"
    assert root.findtext("PST/DescriptionPST/ExerciceDebut") == "2024"
    labels = [e.text for e in root.iter("Libelle")]
    assert "OS.1 - Une commune verte" in labels
    assert "OO.1.2 - Planter des arbres" in labels
    assert labels.count("A.1 - Composteurs de quartier") == 2  # shared: under each
    statuses = {
        e.findtext("Libelle"): e.findtext("Statut") for e in root.iter("Action")
    }
    assert statuses["A.2 - Sacs réutilisables"] == "ANNULE_ABANDONNE"
    assert statuses["A.3 - Cent arbres"] == "NON_COMMENCE"
    (oo11,) = [
        e
        for e in root.iter("ObjectifOperationnel")
        if e.findtext("Libelle").startswith("OO.1.1")
    ]
    assert oo11.findtext("Departement") == "Travaux"
    assert oo11.findtext("TauxAvancement") == "40"


def test_problem_status_for_red_ongoing_actions(programme, ins):
    a3 = programme["a3"]
    api.content.transition(obj=a3, transition="schedule")
    api.content.transition(obj=a3, transition="begin")
    a3.health = "red"
    root = parsed(export(programme["pst"], exercise=2026))
    statuses = [e.findtext("Statut") for e in root.iter("Action")]
    assert "PROBLEME" in statuses


def test_the_schema_refuses_a_wrong_file(programme, ins):
    root = etree.fromstring(export(programme["pst"], exercise=2026))
    root.find("Identifiants/Version").text = "2017V1"
    schema = etree.XMLSchema(etree.parse(str(SCHEMA)))
    assert not schema.validate(root)


def test_no_ins_code_no_file(programme):
    get_settings().ins_code = ""
    with pytest.raises(EcomptesError) as error:
        export(programme["pst"], exercise=2026)
    assert "INS" in str(error.value)


def test_bad_year(programme, ins):
    with pytest.raises(EcomptesError):
        export(programme["pst"], exercise=1200)


def test_view_downloads_xml(programme, ins, http_request):
    view = api.content.get_view("pst-ecomptes", programme["pst"], http_request)
    data = view()
    parsed(data)
    assert "attachment" in http_request.response.getHeader("Content-Disposition")


CSV_OK = (
    b"reference;article;type;year;amount\n"
    b"A.3;879/725-60;extraordinary_expense;2026;125000,50\n"
    b"A.1;879/124-02;ordinary_expense;2026;2000\n"
)


def test_import_budget_articles(programme):
    p = programme
    assert import_articles(p["pst"], CSV_OK) == 2
    assert p["a3"].budget_lines == [
        {
            "budget_type": "extraordinary_expense",
            "year": 2026,
            "amount": 125000.5,
            "article": "879/725-60",
        }
    ]
    assert len(p["a1"].budget_lines) == 2
    again = "reference;article;type;year;amount\nA.3;879/725-60;subsidy;2026;1000\n"
    import_articles(p["pst"], again.encode())
    assert p["a3"].budget_lines[0]["amount"] == 1000.0
    assert api.content.find(UID=p["oo12"].UID())[0].ia_pst_budget == 1000.0


@pytest.mark.parametrize(
    "line",
    [
        "A.99;879/725-60;subsidy;2026;10",
        "A.3;879/725-60;gift;2026;10",
        "A.3;879/725-60;subsidy;deux mille;10",
        "A.3;;subsidy;2026;10",
    ],
)
def test_bad_line_refuses_the_whole_file(programme, line):
    p = programme
    data = f"reference;article;type;year;amount\nA.1;1/1;subsidy;2026;5\n{line}\n"
    with pytest.raises(EcomptesError) as error:
        import_articles(p["pst"], data.encode())
    assert "3" in str(error.value)
    assert len(p["a1"].budget_lines) == 1  # nothing half-written


def test_bad_header(programme):
    with pytest.raises(EcomptesError):
        import_articles(programme["pst"], b"ref;montant\nA.1;5\n")
