"""French first, for every ia.* package and for what Plone translates in
its own domain (issue 12: "Reply", "Generate the letter", "Live session"
were English in the toolbar).

``test_locales`` checks the msgids of the packages it names; here:

- every package under ``src/ia/`` (a new product is checked without being
  listed), with the same scan;
- the titles of the types' actions and of the site actions, which Plone's
  menus translate in the ``plone`` domain: each has a French translation in
  one of our ``plone.po`` or in Plone's own catalog;
- the titles of the display views (``menu="plone_displayviews"``), shown in
  the display menu instead of the view's id.
"""

from babel.messages.pofile import read_po
from lxml import etree
from pathlib import Path
from tests.policy.test_locales import SRC
from tests.policy.test_locales import catalog
from tests.policy.test_locales import missing
import plone.app.locales


PACKAGES = sorted(
    path for path in SRC.iterdir() if path.is_dir() and (path / "locales").is_dir()
)
PLONE_PO = Path(plone.app.locales.__file__).parent / "locales/fr/LC_MESSAGES/plone.po"
BROWSER = "http://namespaces.zope.org/browser"


def plone_catalog():
    messages = catalog("plone", PACKAGES)
    with PLONE_PO.open("rb") as handle:
        for message in read_po(handle):
            if message.id and message.string:
                messages.setdefault(message.id, message.string)
    return messages


I18N = "http://xml.zope.org/namespaces/i18n"


def action_titles():
    """(domain, title, where) of the type actions (Plone's menus translate
    them in ``plone``) and the site actions (in their ``i18n:domain``)."""
    for package in PACKAGES:
        for path in sorted(package.glob("profiles/*/**/*.xml")):
            if "testing" in path.parts:
                continue
            root = etree.parse(str(path)).getroot()
            for element in root.iter("action"):
                if element.get("title"):
                    where = f"{path}:{element.sourceline}"
                    yield "plone", element.get("title"), where
            for element in root.iter("property"):
                parent = element.getparent()
                if (
                    element.get("name") == "title"
                    and parent is not None
                    and parent.get("meta_type") == "CMF Action"
                    and element.text
                ):
                    domain = parent.get(f"{{{I18N}}}domain") or "plone"
                    where = f"{path}:{element.sourceline}"
                    yield domain, element.text.strip(), where


def display_view_titles():
    """(domain, title, where) of the pages offered in the display menu."""
    for package in PACKAGES:
        for path in sorted(package.rglob("*.zcml")):
            root = etree.parse(str(path)).getroot()
            domain = root.get("i18n_domain")
            for element in root.iter(f"{{{BROWSER}}}page"):
                if element.get("menu") == "plone_displayviews":
                    title = element.get("title") or element.get("name")
                    yield domain, title, f"{path}:{element.sourceline}"


def test_every_package_is_scanned():
    names = {package.name for package in PACKAGES}
    assert {"core", "docs", "delib"} <= names


def test_every_ia_package_is_french():
    assert missing(PACKAGES) == []


def test_actions_are_french_in_plone_domain():
    catalogs = {"plone": plone_catalog()}
    found = list(action_titles())
    assert any(title == "Reply" for _d, title, _w in found)
    gaps = []
    for domain, title, where in found:
        if domain not in catalogs:
            catalogs[domain] = catalog(domain, PACKAGES)
        if title not in catalogs[domain]:
            gaps.append((domain, title, where))
    assert gaps == []


def test_display_views_have_french_titles():
    found = list(display_view_titles())
    assert any(title == "Dashboard of the content" for _d, title, _w in found)
    gaps = [
        (domain, title, where)
        for domain, title, where in found
        if title not in catalog(domain, PACKAGES)
    ]
    assert gaps == []
