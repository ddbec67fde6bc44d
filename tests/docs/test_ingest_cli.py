"""``ia-ingest`` usage errors (no Zope started for them)."""

from ia.docs.ingestion import cli
from ia.docs.ingestion.runner import Summary
from pathlib import Path
import io
import pytest
import subprocess
import sys


@pytest.fixture(autouse=True)
def no_env(monkeypatch):
    for name in ("IA_ZOPE_CONF", "IA_SITE", "IA_ADMIN"):
        monkeypatch.delenv(name, raising=False)


def test_no_zope_conf(capsys):
    assert cli.main([]) == cli.USAGE
    assert "no Zope configuration given" in capsys.readouterr().err


def test_missing_zope_conf(tmp_path, capsys):
    assert cli.main(["--zope-conf", str(tmp_path / "zope.conf")]) == cli.USAGE
    assert "no such Zope configuration file" in capsys.readouterr().err


def test_zope_conf_from_environment(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("IA_ZOPE_CONF", str(tmp_path / "absent.conf"))
    assert cli.main([]) == cli.USAGE
    assert f"{tmp_path / 'absent.conf'}: no such" in capsys.readouterr().err


@pytest.mark.parametrize("value", ["0", "-3", "many"])
def test_bad_limit(value, capsys):
    with pytest.raises(SystemExit) as info:
        cli.main(["--zope-conf", "x", "--limit", value])
    assert info.value.code == cli.USAGE
    assert "a positive integer is expected" in capsys.readouterr().err


def test_relative_folder(tmp_path, capsys):
    conf = tmp_path / "zope.conf"
    conf.write_text("")
    assert cli.main(["--zope-conf", str(conf), "--folder", "drop"]) == cli.USAGE
    assert "--folder must be an absolute path" in capsys.readouterr().err


def test_bad_zope_conf_message(tmp_path):
    conf = tmp_path / "zope.conf"
    conf.write_text("<zodb_db main>\n  this is not zope\n")
    script = Path(sys.executable).with_name("ia-ingest")
    result = subprocess.run(
        [str(script), "--zope-conf", str(conf)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == cli.USAGE
    assert f"{conf}: cannot start Zope:" in result.stderr
    assert "Traceback" not in result.stderr


def test_report_and_progress_bar():
    out = io.StringIO()
    summary = Summary(2, 1, [("scans/x.pdf", "Service inconnu : z.")])
    cli.report(summary, out)
    assert out.getvalue().splitlines() == [
        "ia-ingest: 2 ingested, 1 skipped (already ingested), 1 rejected",
        "  rejected scans/x.pdf: Service inconnu : z.",
    ]
    bar = io.StringIO()
    progress = cli.progress_bar(bar)
    progress(1, 2, "scans/a.pdf")
    progress(2, 2, "scans/b.pdf")
    text = bar.getvalue()
    assert "\r[" + "#" * 15 + "." * 15 + "] 1/2 scans/a.pdf" in text
    assert text.endswith("\n") and "] 2/2 " in text
