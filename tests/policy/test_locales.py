"""Every message id of the suite has a French translation in its package's
``locales/fr/LC_MESSAGES/<domain>.po``.

Read from the sources, no site needed: ``_("...")`` calls in Python (the
message factory of the module's ``_``), ``i18n:translate`` and
``i18n:attributes`` in page templates, ``i18n:translate`` in GenericSetup
XML (type titles and descriptions, actions, control panels, registry), the
titles and descriptions of behaviors in ZCML.
Workflow titles have their own tests (``tests/*/test_workflow*i18n*``).
"""

from babel.messages.pofile import read_po
from lxml import etree
from pathlib import Path
import ast


REPO = Path(__file__).resolve().parents[2]
SRC = REPO / "src" / "ia"
ROOTS = [SRC / package for package in ("core", "docs", "delib", "policy", "urban")]
I18N = "http://xml.zope.org/namespaces/i18n"


def catalog(domain, roots):
    """{msgid: msgstr} of the French ``domain.po`` files under ``roots``
    and the suite's packages (a domain may be spread over several)."""
    messages = {}
    for root in {*roots, SRC}:
        for po in root.rglob(f"locales/fr/LC_MESSAGES/{domain}.po"):
            with po.open("rb") as handle:
                for message in read_po(handle):
                    if message.id and message.string:
                        messages[message.id] = message.string
    return messages


# Python -----------------------------------------------------------------


def _module_file(dotted):
    """The ``__init__.py`` of package ``dotted`` (in ``src/`` or the repo)."""
    for base in (REPO / "src", REPO):
        path = base.joinpath(*dotted.split(".")) / "__init__.py"
        if path.exists():
            return path
    return None


def _factory_domain(tree):
    """The domain of the module's ``_``: ``_ = MessageFactory("<domain>")``
    or ``from <package> import _`` (read in that package); None for a
    factory outside the repository (Plone's)."""
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            for alias in node.names:
                if (alias.asname or alias.name) == "_":
                    path = _module_file(node.module) if alias.name == "_" else None
                    if path is None:
                        return None
                    return _factory_domain(ast.parse(path.read_text("utf-8")))
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
            if isinstance(target, ast.Name) and target.id == "_":
                if isinstance(value, ast.Call) and value.args:
                    arg = value.args[0]
                    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                        return arg.value
    return None


def python_msgids(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    domain = _factory_domain(tree)
    if domain is None:
        return
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "_"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            yield domain, node.args[0].value, f"{path}:{node.lineno}"


# Page templates ---------------------------------------------------------


def _attr(element, name):
    """An i18n attribute, namespaced (XML) or literal (HTML parser)."""
    return element.get(f"{{{I18N}}}{name}", element.get(f"i18n:{name}"))


def _text_msgid(element):
    """The msgid Chameleon computes for ``i18n:translate=""``: the text with
    ``${name}`` for each ``i18n:name`` child, whitespace normalised; None
    when a child element without ``i18n:name`` makes it markup."""
    parts = [element.text or ""]
    for child in element:
        if not isinstance(child.tag, str):
            parts.append(child.tail or "")
            continue
        name = _attr(child, "name")
        if name is None:
            return None
        parts.append(f"${{{name}}}")
        parts.append(child.tail or "")
    text = " ".join("".join(parts).split())
    return text or None


def template_msgids(path):
    source = path.read_text(encoding="utf-8")
    # Chameleon does not need the namespaces declared: read it as HTML.
    parser = etree.HTMLParser(encoding="utf-8")
    root = etree.fromstring(source.encode("utf-8"), parser)
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        domain = None
        for ancestor in (element, *element.iterancestors()):
            domain = _attr(ancestor, "domain")
            if domain:
                break
        where = f"{path}:{element.sourceline}"
        translate = _attr(element, "translate")
        dynamic = element.get("tal:content") or element.get("tal:replace")
        if translate is not None and (translate or not dynamic):
            # i18n:translate="" with tal:content translates a computed value
            msgid = translate or _text_msgid(element)
            if msgid:
                yield domain, msgid, where
        for spec in (_attr(element, "attributes") or "").split(";"):
            words = spec.split()
            if not words:
                continue
            msgid = words[1] if len(words) > 1 else element.get(words[0])
            if msgid and "${" not in msgid:
                yield domain, msgid, where


# GenericSetup XML -------------------------------------------------------


def profile_msgids(path):
    root = etree.parse(str(path)).getroot()
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        translate = _attr(element, "translate")
        if translate is None:
            continue
        domain = None
        for ancestor in (element, *element.iterancestors()):
            domain = _attr(ancestor, "domain")
            if domain:
                break
        msgid = translate or " ".join((element.text or "").split())
        if msgid:
            yield domain, msgid, f"{path}:{element.sourceline}"


# ZCML -------------------------------------------------------------------


def zcml_msgids(path):
    """Titles and descriptions of behaviors (the types control panel)."""
    root = etree.parse(str(path)).getroot()
    domain = root.get("i18n_domain")
    for element in root.iter("{http://namespaces.plone.org/plone}behavior"):
        for name in ("title", "description"):
            if element.get(name):
                yield domain, element.get(name), f"{path}:{element.sourceline}"


def all_msgids(roots=ROOTS):
    for root in roots:
        for path in sorted(root.rglob("*.py")):
            yield from python_msgids(path)
        for path in sorted(root.rglob("*.pt")):
            yield from template_msgids(path)
        for path in sorted(root.rglob("*.zcml")):
            yield from zcml_msgids(path)
        for path in sorted(root.glob("profiles/*/**/*.xml")):
            if "workflows" in path.parts or "testing" in path.parts:
                continue
            yield from profile_msgids(path)


def missing(roots=ROOTS):
    """(domain, msgid, where) of the msgids without a French translation
    (Plone's own domain left out)."""
    catalogs = {}
    gaps = []
    for domain, msgid, where in all_msgids(roots):
        if not domain or domain == "plone":
            continue
        if domain not in catalogs:
            catalogs[domain] = catalog(domain, roots)
        if msgid not in catalogs[domain]:
            gaps.append((domain, msgid, str(Path(where).relative_to(REPO))))
    return gaps


def test_the_scan_finds_messages():
    found = {(domain, msgid) for domain, msgid, _ in all_msgids()}
    assert ("ia.docs", "label_mail_type") in found  # Python
    assert ("ia.delib", "session_yes") in found  # template, explicit msgid
    assert ("ia.core", "Held position") in found  # FTI title
    assert len(found) > 500


def test_every_msgid_has_a_french_translation():
    assert missing() == []
