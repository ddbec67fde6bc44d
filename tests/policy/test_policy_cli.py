"""The ``ia-site`` command line: usage and profile errors, and a run on a Zope root."""

from dataclasses import replace
from ia.policy import cli
from ia.policy.banner import banner
from ia.policy.instance import write_instance
from ia.policy.municipality import load
from zope.component.hooks import setSite
import pytest


@pytest.fixture(autouse=True)
def no_env(monkeypatch):
    for name in ("IA_ZOPE_CONF", "IA_MUNICIPALITY_PROFILE", "IA_ADMIN"):
        monkeypatch.delenv(name, raising=False)


class TestArguments:
    def test_unknown_command(self, capsys):
        with pytest.raises(SystemExit) as info:
            cli.main(["destroy", "profiles/demo.toml"])
        assert info.value.code == cli.USAGE
        assert "invalid choice: 'destroy'" in capsys.readouterr().err

    def test_no_profile(self, capsys):
        assert cli.main(["check"]) == cli.USAGE
        assert "no municipality profile given" in capsys.readouterr().err

    def test_no_zope_conf(self, demo_toml, capsys):
        assert cli.main(["create", str(demo_toml)]) == cli.USAGE
        assert "no Zope configuration given" in capsys.readouterr().err

    def test_missing_zope_conf(self, demo_toml, tmp_path, capsys):
        code = cli.main(
            ["--zope-conf", str(tmp_path / "zope.conf"), "update", str(demo_toml)]
        )
        assert code == cli.USAGE
        assert "no such Zope configuration file" in capsys.readouterr().err

    def test_profile_from_environment(self, demo_toml, monkeypatch, capsys):
        monkeypatch.setenv("IA_MUNICIPALITY_PROFILE", str(demo_toml))
        assert cli.main(["check"]) == cli.OK
        assert "valid profile of site 'demo'" in capsys.readouterr().out


class TestProfileErrors:
    def test_check_valid(self, demo_toml, capsys):
        assert cli.main(["check", str(demo_toml)]) == cli.OK

    def test_broken_profile_refused_before_zope(
        self, demo_text, write_profile, tmp_path, capsys
    ):
        path = write_profile(
            demo_text.replace('products = ["ia.core", ', 'products = ["ia.unknown", ')
        )
        # The Zope configuration is never read: the profile is refused first.
        code = cli.main(
            ["--zope-conf", str(tmp_path / "absent.conf"), "create", str(path)]
        )
        assert code == cli.INVALID_PROFILE
        err = capsys.readouterr().err
        assert "invalid municipality profile" in err
        assert f"{path}: site.products[0]: unknown product 'ia.unknown'" in err


class TestRun:
    def test_update_missing_site(self, app, demo_toml, capsys):
        municipality = replace(load(demo_toml), site_id="absent")
        assert (
            cli.run(app, "update", municipality, admin="admin:secret1")
            == cli.SITE_FAILED
        )
        assert "there is no site 'absent' (use create)" in capsys.readouterr().err

    def test_create_existing_site(self, app, demo_toml, capsys):
        municipality = replace(load(demo_toml), site_id="plone")
        assert (
            cli.run(app, "create", municipality, admin="admin:secret1")
            == cli.SITE_FAILED
        )
        assert "site 'plone' already exists (use update)" in capsys.readouterr().err
        setSite(None)

    def test_admin_without_password(self, app, demo_toml, capsys):
        assert cli.run(app, "update", load(demo_toml), admin="nobody") == cli.USAGE
        assert "no Zope user 'nobody'" in capsys.readouterr().err


class TestInstanceAndBanner:
    def test_instance_files(self, tmp_path):
        zope_conf = write_instance(
            tmp_path / "instance", tmp_path / "var", "127.0.0.1", 8181
        )
        text = zope_conf.read_text()
        assert f"%define VAR {tmp_path / 'var'}" in text
        assert "zope_i18n_compile_mo_files true" in text
        assert "<filestorage>" in text
        assert "listen = 127.0.0.1:8181" in zope_conf.with_name("zope.ini").read_text()
        assert (tmp_path / "var" / "blobstorage").is_dir()

    def test_banner_lists_logins(self, demo_toml):
        text = banner(load(demo_toml), "http://127.0.0.1:8080", "admin:admin")
        assert "http://127.0.0.1:8080/demo" in text
        assert "admin / admin" in text
        assert "urbachef" in text and "demo-urb-2026" in text
