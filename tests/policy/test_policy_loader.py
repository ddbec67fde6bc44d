"""Loading and validating municipality profiles (no site involved)."""

from ia.policy.municipality import ProfileError
from ia.policy.municipality import load
from ia.policy.versions import parse_lock
from ia.policy.versions import render
import pytest
import re


def errors_of(path):
    with pytest.raises(ProfileError) as info:
        load(path)
    return info.value.errors


def replace(text, old, new):
    assert old in text, old
    return text.replace(old, new, 1)


class TestDemoProfile:
    def test_loads(self, demo_toml):
        municipality = load(demo_toml)
        assert municipality.site_id == "demo"
        assert municipality.language == "fr"
        assert municipality.timezone == "Europe/Brussels"
        assert municipality.products == (
            "ia.core",
            "ia.delib",
            "ia.docs",
            "ia.pst",
            "ia.tech",
            "ia.urban",
        )
        assert municipality.ins_code == "99999"
        assert municipality.mayor.fullname == "Marie Dupont"
        assert len(municipality.aldermen) == 3
        ids = [service.id for _parent, service in municipality.all_services()]
        assert {
            "secretariat",
            "urbanisme",
            "travaux",
            "voirie",
            "finances",
            "population",
        } <= set(ids)
        assert (
            dict((s.id, p) for p, s in municipality.all_services())["voirie"]
            == "travaux"
        )
        assert {user.id for user in municipality.users} >= {"urbachef", "urbagent"}

    def test_overlay_points_to_data_file(self, demo_toml):
        municipality = load(demo_toml.parent / "demo.cfg")
        assert municipality.site_id == "demo"
        assert municipality.source.endswith("demo.toml")


class TestBrokenProfiles:
    def test_unknown_product(self, demo_text, write_profile):
        path = write_profile(
            replace(
                demo_text,
                'products = ["ia.core", ',
                'products = ["ia.core", "ia.nope", ',
            )
        )
        [error] = errors_of(path)
        assert error.startswith(f"{path}: site.products[1]: unknown product 'ia.nope'")

    def test_duplicate_service_id(self, demo_text, write_profile):
        path = write_profile(replace(demo_text, 'id = "finances"', 'id = "urbanisme"'))
        errors = errors_of(path)
        assert errors[0] == f"{path}: services[3].id: duplicate id 'urbanisme'"

    def test_duplicate_id_in_children(self, demo_text, write_profile):
        path = write_profile(replace(demo_text, 'id = "voirie"', 'id = "travaux"'))
        errors = errors_of(path)
        assert f"{path}: services[2].children[0].id: duplicate id 'travaux'" in errors

    def test_missing_required_key(self, demo_text, write_profile):
        path = write_profile(replace(demo_text, 'ins_code = "99999"', ""))
        [error] = errors_of(path)
        assert error == f"{path}: municipality.ins_code: missing required key"

    def test_missing_site_table(self, write_profile):
        path = write_profile('[municipality]\nname = "X"\nins_code = "12345"\n')
        assert f"{path}: site: missing required key" in errors_of(path)

    def test_bad_language(self, demo_text, write_profile):
        path = write_profile(replace(demo_text, 'language = "fr"', 'language = "es"'))
        [error] = errors_of(path)
        assert error.startswith(f"{path}: site.language: unknown language 'es'")

    def test_bad_timezone(self, demo_text, write_profile):
        path = write_profile(
            replace(
                demo_text, 'timezone = "Europe/Brussels"', 'timezone = "Mars/Olympus"'
            )
        )
        assert errors_of(path) == [
            f"{path}: site.timezone: unknown timezone 'Mars/Olympus'"
        ]

    @pytest.mark.parametrize("code", ["9999", "999999", "A9999"])
    def test_bad_ins_code(self, demo_text, write_profile, code):
        path = write_profile(
            replace(demo_text, 'ins_code = "99999"', f'ins_code = "{code}"')
        )
        [error] = errors_of(path)
        assert (
            error
            == f"{path}: municipality.ins_code: invalid INS code '{code}' (5 digits)"
        )

    def test_malformed_toml(self, write_profile):
        path = write_profile('[site]\nid = "demo\n')
        [error] = errors_of(path)
        assert error.startswith(f"{path}: malformed TOML:")

    def test_missing_file(self, tmp_path):
        [error] = errors_of(tmp_path / "absent.toml")
        assert "absent.toml: cannot read the file" in error

    def test_unknown_membership_service_and_function(self, demo_text, write_profile):
        text = replace(
            demo_text,
            '{ service = "population", function = "encoder" }',
            '{ service = "police", function = "boss" }',
        )
        path = write_profile(text)
        errors = errors_of(path)
        assert any(
            "memberships[0].service: unknown service 'police'" in e for e in errors
        )
        assert any(
            "memberships[0].function: unknown function 'boss'" in e for e in errors
        )

    def test_wrong_type(self, demo_text, write_profile):
        path = write_profile(
            replace(demo_text, "validation_levels = 2", 'validation_levels = "two"')
        )
        [error] = errors_of(path)
        assert "services[1].validation_levels: expected an integer" in error

    def test_validation_levels_range(self, demo_text, write_profile):
        path = write_profile(
            replace(demo_text, "validation_levels = 2", "validation_levels = 7")
        )
        [error] = errors_of(path)
        assert error.endswith(
            "services[1].validation_levels: must be between 1 and 3, got 7"
        )

    def test_unknown_key(self, demo_text, write_profile):
        path = write_profile(
            replace(demo_text, 'acronym = "URB"', 'acronym = "URB"\ncolour = "red"')
        )
        assert errors_of(path) == [f"{path}: services[1].colour: unknown key"]

    def test_unknown_signatory(self, demo_text, write_profile):
        path = write_profile(
            replace(demo_text, 'second = "general_director"', 'second = "pope"')
        )
        [error] = errors_of(path)
        assert error.startswith(f"{path}: signatories.second: unknown official 'pope'")

    def test_short_password_and_duplicate_user(self, demo_text, write_profile):
        text = replace(demo_text, 'id = "urbagent"', 'id = "urbachef"')
        text = replace(text, 'password = "demo-pop-2026"', 'password = "x"')
        path = write_profile(text)
        errors = errors_of(path)
        ids = re.findall(r'^id = "([^"]+)"', demo_text.split("[[users]]", 1)[1], re.M)
        agent = ids.index("urbagent")
        popagent = ids.index("popagent")
        assert any(
            f"users[{agent}].id: duplicate user id 'urbachef'" in e for e in errors
        ), errors
        assert any(f"users[{popagent}].password: too short" in e for e in errors), (
            errors
        )

    def test_errors_collected_at_once(self, demo_text, write_profile):
        text = replace(demo_text, 'language = "fr"', 'language = "xx"')
        text = replace(text, 'ins_code = "99999"', 'ins_code = "1"')
        text = replace(text, 'id = "finances"', 'id = "urbanisme"')
        errors = errors_of(write_profile(text))
        assert [e.split(": ")[1] for e in errors[:3]] == [
            "site.language",
            "municipality.ins_code",
            "services[3].id",
        ]

    def test_overlay_without_profile_key(self, tmp_path):
        cfg = tmp_path / "x.cfg"
        cfg.write_text("[buildout]\nparts =\n", encoding="utf-8")
        assert errors_of(cfg) == [f"{cfg}: municipality.profile: missing required key"]


class TestVersions:
    def test_lock_to_buildout_versions(self):
        lock = "-e .\nplone-api==3.0.3\n    # via x\nproducts-cmfplone==6.2.2\nzope==5.13\n"
        pins = parse_lock(lock)
        assert pins == [
            ("plone-api", "3.0.3"),
            ("products-cmfplone", "6.2.2"),
            ("zope", "5.13"),
        ]
        text = render(
            pins,
            "requirements.lock",
            names={"plone-api": "plone.api", "products-cmfplone": "Products.CMFPlone"},
        )
        assert "[versions]\n" in text
        assert "plone.api = 3.0.3\n" in text
        assert "Products.CMFPlone = 6.2.2\n" in text
        assert "zope = 5.13\n" in text

    def test_committed_versions_match_lock(self, demo_toml):
        root = demo_toml.parent.parent
        pins = dict(parse_lock((root / "requirements.lock").read_text()))
        versions = (root / "profiles" / "versions.cfg").read_text()
        assert f"Products.CMFPlone = {pins['products-cmfplone']}" in versions
        assert f"plone.api = {pins['plone-api']}" in versions
