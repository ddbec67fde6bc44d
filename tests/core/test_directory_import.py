"""CSV import of the directory: report, rejected rows, encodings, idempotent re-import."""

from ia.core.directory import api as directory
from ia.core.directory.csvimport import import_csv
from plone import api
from plone.app.testing import TEST_USER_ID
from plone.app.testing import setRoles
import pytest


HEADER = "kind;ref;parent;name;organisation_type;enterprise_number;civility;firstname;lastname;email;city;person;organisation;position_type;start_date;end_date;signatory\n"
GOOD = (
    HEADER
    + "organisation;ORG1;;Commune de Démo;commune;0123.456.749;;;;info@demo.be;Démo;;;;;;\n"
    + "organisation;ORG2;ORG1;Service travaux;administration;;;;;;;;;;;;\n"
    + "person;P1;;;;;M.;Jean;Dupont;jean@demo.be;Démo;;;;;;\n"
    + "position;POS1;;;;;;;;;;P1;ORG1;Bourgmestre;02/12/2024;;oui\n"
)


@pytest.fixture
def annuaire(portal):
    setRoles(portal, TEST_USER_ID, ["Manager"])
    return portal["annuaire"]


def _import(annuaire, text, encoding="utf-8", **kw):
    return import_csv(annuaire, text.encode(encoding), **kw)


def _reasons(report):
    return {row.line: row.reason for row in report.rejected}


class TestGoodFile:
    def test_creates_everything(self, annuaire):
        report = _import(annuaire, GOOD)
        assert report.ok, report.to_dict()
        assert [(row.line, row.kind, row.ref) for row in report.created] == [
            (2, "organisation", "ORG1"),
            (3, "organisation", "ORG2"),
            (4, "person", "P1"),
            (5, "position", "POS1"),
        ]
        assert report.encoding == "utf-8"
        assert report.delimiter == ";"
        commune = api.content.get(UID=report.created[0].uid)
        assert commune.enterprise_number == "0123.456.749"
        assert commune.organisation_type == "commune"
        assert (
            api.content.get(UID=report.created[1].uid).aq_parent.UID() == commune.UID()
        )
        person = api.content.get(UID=report.created[2].uid)
        assert person.civility == "mr"
        [position] = person.objectValues()
        assert position.Title() == "Jean Dupont, Bourgmestre (Commune de Démo)"
        assert position.signatory is True
        assert position.start_date.isoformat() == "2024-12-02"
        assert [b.UID for b in directory.current_positions("bourgmestre")] == [
            position.UID()
        ]

    def test_reimport_updates_not_duplicates(self, annuaire):
        _import(annuaire, GOOD)
        again = _import(annuaire, GOOD)
        assert again.ok
        assert not again.created
        assert len(again.unchanged) == 4
        changed = _import(annuaire, GOOD.replace("jean@demo.be", "j.dupont@demo.be"))
        assert [row.ref for row in changed.updated] == ["P1"]
        assert len(api.content.find(portal_type="IaPerson", ia_external_id="P1")) == 1
        assert len(api.content.find(portal_type="IaHeldPosition")) == 1
        assert (
            api.content.find(ia_external_id="P1")[0].getObject().email
            == "j.dupont@demo.be"
        )

    def test_children_before_parents_in_file(self, annuaire):
        text = (
            HEADER
            + "organisation;SUB;TOP;Sous-service;;;;;;;;;;;;;\norganisation;TOP;;Ville;;;;;;;;;;;;;\n"
        )
        report = _import(annuaire, text)
        assert report.ok, report.to_dict()
        sub = api.content.get(UID=[r for r in report.created if r.ref == "SUB"][0].uid)
        assert sub.aq_parent.title == "Ville"

    def test_cp1252_and_comma(self, annuaire):
        text = (
            'kind,ref,name,city\norganisation,O1,"CPAS de Démo, Service social",Liège\n'
        )
        report = _import(annuaire, text, encoding="cp1252")
        assert report.ok
        assert (report.encoding, report.delimiter) == ("cp1252", ",")
        assert (
            api.content.get(UID=report.created[0].uid).title
            == "CPAS de Démo, Service social"
        )

    def test_french_column_names(self, annuaire):
        text = "type;référence;nom;prénom;courriel\npersonne;P9;Lambert;Anne;anne@demo.be\n"
        report = _import(annuaire, text)
        assert report.ok, report.to_dict()
        person = api.content.get(UID=report.created[0].uid)
        assert (person.firstname, person.lastname) == ("Anne", "Lambert")

    def test_dry_run_keeps_nothing(self, annuaire):
        report = _import(annuaire, GOOD, dry_run=True)
        assert len(report.created) == 4
        assert not api.content.find(
            portal_type=["IaOrganisation", "IaPerson", "IaHeldPosition"]
        )

    def test_unknown_columns_warned(self, annuaire):
        report = _import(
            annuaire, "kind;ref;name;niss\norganisation;O1;X;85.07.30-033.61\n"
        )
        assert report.ok
        assert "niss" in report.warnings[0]
        assert not hasattr(api.content.get(UID=report.created[0].uid), "niss")


class TestBadRows:
    @pytest.fixture
    def report(self, annuaire):
        text = (
            GOOD
            + "person;P2;;;;;;Marie;;;;;;;;;\n"  # 6: missing last name
            + "position;POS2;;;;;;;;;;P1;ORG1;echevin;31/02/2025;;\n"  # 7: bad date
            + "position;POS3;;;;;;;;;;P1;ORG1;echevin;2025-03-01;2025-02-01;\n"  # 8: end before start
            + "position;POS4;;;;;;;;;;P1;NOPE;echevin;;;\n"  # 9: unknown organisation
            + "organisation;ORG3;;Société X;company;0123.456.789;;;;;;;;;;;\n"  # 10: bad BCE
            + "person;P1;;;;;;Jean;Dupont;;;;;;;;\n"  # 11: duplicate ref
            + "robot;R1;;;;;;;;;;;;;;;\n"  # 12: unknown kind
            + "person;;;;;;;Paul;Durand;;;;;;;;\n"  # 13: missing ref
            + "position;POS5;;;;;;;;;;P1;ORG1;pape;;;\n"  # 14: unknown position type
            + "person;P3;;;;;;Luc;Petit;pas-un-email;;;;;;;\n"  # 15: bad e-mail
            + "position;POS6;;;;;;;;;;P404;ORG1;echevin;;;\n"  # 16: unknown person
        )
        return _import(annuaire, text)

    def test_good_rows_still_imported(self, report):
        assert len(report.created) == 4
        assert not report.ok

    def test_reasons(self, report):
        reasons = _reasons(report)
        assert sorted(reasons) == list(range(6, 17))
        assert "lastname" in reasons[6]
        assert "31/02/2025" in reasons[7]
        assert "before the start date" in reasons[8]
        assert "NOPE" in reasons[9]
        assert "0123.456.789" in reasons[10]
        assert "line 4" in reasons[11]
        assert "robot" in reasons[12]
        assert "ref" in reasons[13]
        assert "pape" in reasons[14]
        assert "pas-un-email" in reasons[15]
        assert "P404" in reasons[16]

    def test_nothing_half_written(self, report):
        assert not api.content.find(
            ia_external_id=["P2", "POS2", "POS3", "POS4", "ORG3", "P3", "POS5", "POS6"]
        )
        assert len(api.content.find(portal_type="IaPerson")) == 1
        assert len(api.content.find(portal_type="IaHeldPosition")) == 1

    def test_report_as_dict(self, report):
        data = report.to_dict()
        assert data["counts"] == {
            "created": 4,
            "updated": 0,
            "unchanged": 0,
            "rejected": 11,
        }
        assert data["rejected"][0] == {
            "line": 6,
            "kind": "person",
            "ref": "P2",
            "reason": report.rejected[0].reason,
        }

    def test_update_checks_period_with_stored_dates(self, annuaire):
        _import(annuaire, GOOD)
        report = _import(annuaire, "kind;ref;end_date\nposition;POS1;01/01/2020\n")
        assert "before the start date" in report.rejected[0].reason


class TestBadFiles:
    @pytest.mark.parametrize(
        "data, expected",
        [
            (b"", "empty"),
            (b"kind;ref\n\x81\x8d\x8f\x90\n", "neither UTF-8 nor Windows-1252"),
            ("kind;ref\n".encode("utf-16"), "binary"),
            (b"name;city\nX;Y\n", "Missing columns: kind, ref"),
        ],
    )
    def test_file_errors(self, annuaire, data, expected):
        report = import_csv(annuaire, data)
        assert expected in report.errors[0]
        assert not report.created and not report.rejected
