"""PDF conversions work out of the box where python3-uno is installed.

``ia.policy.instance`` writes the UNO Python wrapper (system Python + appy)
into ``var/uno`` and names it in zope.conf (``IA_UNO_PYTHON``); ``ia-site``
points the document generator at it. The plain system Python has ``uno``
but not appy: set as the generator's Python, every PDF button ended on a
traceback; now it is refused with a French message instead.
"""

from ia.core.docgen import settings
from ia.core.docgen import unopython
from ia.policy.apply import apply_uno_python
from ia.policy.instance import write_instance
import pytest


def _interpreter(tmp_path, name, exit_code):
    script = tmp_path / name
    script.write_text(f"#!/bin/sh\nexit {exit_code}\n")
    script.chmod(0o755)
    return str(script)


def test_instance_names_the_wrapper_when_uno_is_installed(tmp_path, monkeypatch):
    monkeypatch.setattr(unopython, "has_uno", lambda python=None: True)
    conf = write_instance(tmp_path / "i", tmp_path / "var", "127.0.0.1", 8300)
    wrapper = tmp_path / "var" / "uno" / "python"
    assert f"IA_UNO_PYTHON {wrapper}" in conf.read_text()
    assert "appy" in {path.name for path in (wrapper.parent / "lib").iterdir()}


def test_instance_without_uno_names_none(tmp_path, monkeypatch):
    monkeypatch.setattr(unopython, "has_uno", lambda python=None: False)
    conf = write_instance(tmp_path / "i", tmp_path / "var", "127.0.0.1", 8300)
    assert "IA_UNO_PYTHON /" not in conf.read_text()
    assert not (tmp_path / "var" / "uno").exists()


def test_usable_means_it_imports_uno_and_appy(tmp_path):
    assert settings.uno_python_usable(_interpreter(tmp_path, "good", 0))
    assert not settings.uno_python_usable(_interpreter(tmp_path, "bad", 1))
    assert not settings.uno_python_usable(str(tmp_path / "missing"))


@pytest.mark.skipif(not unopython.has_uno(), reason="python3-uno is not installed")
def test_system_python_alone_is_not_usable_but_the_wrapper_is(tmp_path):
    assert not settings.uno_python_usable(unopython.SYSTEM_PYTHON)
    assert settings.uno_python_usable(unopython.make_uno_python(tmp_path / "uno"))


def test_site_points_the_generator_at_the_wrapper(integration, tmp_path, monkeypatch):
    settings.set_libreoffice(uno_path="/usr/bin/python3")
    monkeypatch.setenv("IA_UNO_PYTHON", _interpreter(tmp_path, "broken", 1))
    apply_uno_python()
    assert settings.uno_python() == "/usr/bin/python3"  # unusable: left alone
    good = _interpreter(tmp_path, "good", 0)
    monkeypatch.setenv("IA_UNO_PYTHON", good)
    apply_uno_python()
    assert settings.uno_python() == good
