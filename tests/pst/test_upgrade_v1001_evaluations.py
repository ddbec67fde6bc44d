"""1000 -> 1001: the evaluation templates with a comment per objective are
re-imported on an existing site."""

from ia.core.docgen import api as docgen
from ia.core.docgen.profile_import import ANNOTATION
from ia.pst.upgrades import v1001_evaluations
from plone import api
from plone.namedfile.file import NamedBlobFile
from zope.annotation.interfaces import IAnnotations
import io
import zipfile


PROFILE = "ia.pst:default"
OLD = b"old template"


def _as_released(template):
    """The template as 1000 installed it (another ODT, another signature)."""
    template.odt_file = NamedBlobFile(data=OLD, filename="old.odt")
    state = dict(IAnnotations(template)[ANNOTATION])
    state["signature"] = "released-1000"
    state["md5"] = template.current_md5
    IAnnotations(template)[ANNOTATION] = state


def test_step_registered(portal):
    setup = api.portal.get_tool("portal_setup")
    steps = setup.listUpgrades(PROFILE, show_old=True)
    flat = [s for step in steps for s in (step if isinstance(step, list) else [step])]
    assert any(step["dest"] == ("1001",) for step in flat)


def test_upgrade_reimports_the_evaluation_templates(portal, programme):
    folder = docgen.templates_folder()["pst"]
    for name in ("pst-evaluation-mi-parcours", "pst-evaluation-finale"):
        _as_released(folder[name])
    v1001_evaluations.upgrade(api.portal.get_tool("portal_setup"))
    for name in ("pst-evaluation-mi-parcours", "pst-evaluation-finale"):
        assert folder[name].odt_file.data != OLD, name
    programme["os1"].evaluation_midterm = "Objectif en bonne voie"
    data = docgen.generate(programme["pst"], "pst-evaluation-mi-parcours", "odt")[0]
    text = zipfile.ZipFile(io.BytesIO(data)).read("content.xml").decode()
    assert "Objectif en bonne voie" in text
