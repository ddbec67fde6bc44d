"""GenericSetup import step: the document templates a profile ships.

A profile lists its templates in ``ia_templates.xml``::

    <templates folder="courrier">      <!-- optional sub-folder of /modeles -->
      <template id="accuse-reception" file="templates/accuse.odt"
                title="Accusé de réception">
        <description>...</description>
        <portal_type>IaIncomingMail</portal_type>   <!-- none: every type -->
        <format>odt</format><format>pdf</format>    <!-- none: odt -->
      </template>
    </templates>

Rule for updates (see docs/docgen.md): each template remembers the signature
of the profile entry it was last imported from and the md5 of the ODT as
imported. An unchanged entry is left alone (re-import is a no-op). A changed
entry updates title, description, types and formats; its ODT replaces the
site's only when nobody modified the site's ODT since the last import,
otherwise the manager's file is kept and a warning is logged.
"""

from collective.documentgenerator.utils import compute_md5
from ia.core.docgen import settings
from ia.core.docgen.api import templates_folder
from lxml import etree
from plone import api
from plone.namedfile.file import NamedBlobFile
from zope.annotation.interfaces import IAnnotations
from zope.lifecycleevent import modified
import hashlib
import json
import logging


FILENAME = "ia_templates.xml"
ANNOTATION = "ia.core.docgen.import"
ODT = "application/vnd.oasis.opendocument.text"
ODS = "application/vnd.oasis.opendocument.spreadsheet"

logger = logging.getLogger("ia.core.docgen.import")


class TemplatesImportError(ValueError):
    """A malformed ``ia_templates.xml``; nothing of the file is imported."""


def import_templates(context):
    """Import step handler (registered in ZCML)."""
    data = context.readDataFile(FILENAME)
    if data is None:
        return
    entries, folder_name = parse(data)
    # Read every file before writing anything: a missing file aborts cleanly.
    for entry in entries:
        entry["data"] = read_file(context, entry["file"])
    container = _container(folder_name)
    for entry in entries:
        apply_entry(container, entry)
    context.getLogger("ia.core.docgen").info(
        "%d document template(s) imported from %s", len(entries), FILENAME
    )


def parse(data):
    """Return ``(entries, folder)`` from the XML, validating everything first."""
    try:
        root = etree.fromstring(data)
    except etree.XMLSyntaxError as exc:
        raise TemplatesImportError(f"{FILENAME}: invalid XML: {exc}") from exc
    if root.tag != "templates":
        raise TemplatesImportError(f"{FILENAME}: the root element must be <templates>")
    entries, seen = [], set()
    for node in root.iterchildren("template"):
        entry = {
            "id": (node.get("id") or "").strip(),
            "file": (node.get("file") or "").strip(),
            "title": (node.get("title") or "").strip(),
            "description": (node.findtext("description") or "").strip(),
            "portal_types": [
                t.text.strip() for t in node.iterchildren("portal_type") if t.text
            ],
            "formats": [
                f.text.strip().lower() for f in node.iterchildren("format") if f.text
            ]
            or ["odt"],
        }
        if not entry["id"] or not entry["file"]:
            raise TemplatesImportError(
                f"{FILENAME}: each <template> needs an id and a file"
            )
        if entry["id"] in seen:
            raise TemplatesImportError(
                f"{FILENAME}: template id '{entry['id']}' is repeated"
            )
        unknown = [f for f in entry["formats"] if f not in settings.MIMETYPES]
        if unknown:
            raise TemplatesImportError(
                f"{FILENAME}: unknown format(s) {', '.join(unknown)} "
                f"for '{entry['id']}'"
            )
        seen.add(entry["id"])
        entry["title"] = entry["title"] or entry["id"]
        entries.append(entry)
    return entries, (root.get("folder") or "").strip()


def read_file(context, path):
    directory, _sep, name = path.rpartition("/")
    data = context.readDataFile(name, subdir=directory or None)
    if data is None:
        raise TemplatesImportError(
            f"{FILENAME}: file '{path}' not found in the profile"
        )
    return data


def _container(folder_name):
    folder = templates_folder(create=True)
    if not folder_name:
        return folder
    sub = folder.get(folder_name)
    if sub is None:
        sub = api.content.create(
            container=folder, type="Folder", id=folder_name, title=folder_name
        )
    return sub


def signature(entry):
    wanted = {k: entry[k] for k in ("title", "description", "portal_types", "formats")}
    wanted["md5"] = compute_md5(entry["data"])
    return hashlib.sha1(json.dumps(wanted, sort_keys=True).encode()).hexdigest()


def _odt_file(entry):
    name = entry["file"].rpartition("/")[2]
    content_type = ODS if name.endswith(".ods") else ODT
    return NamedBlobFile(data=entry["data"], filename=name, contentType=content_type)


def apply_entry(container, entry):
    """Create or update one template.

    Returns 'created', 'updated', 'kept' (local ODT kept) or 'unchanged'.
    """
    sig = signature(entry)
    template = container.get(entry["id"])
    if template is None:
        template = api.content.create(
            container=container,
            type="ConfigurablePODTemplate",
            id=entry["id"],
            title=entry["title"],
            description=entry["description"],
            odt_file=_odt_file(entry),
            pod_portal_types=entry["portal_types"],
            pod_formats=entry["formats"],
        )
        _remember(template, sig)
        return "created"
    state = IAnnotations(template).get(ANNOTATION, {})
    if state.get("signature") == sig:
        return "unchanged"
    template.title = entry["title"]
    template.description = entry["description"]
    template.pod_portal_types = entry["portal_types"]
    template.pod_formats = entry["formats"]
    locally_modified = state.get("md5") and state["md5"] != template.current_md5
    result = "kept" if locally_modified else "updated"
    if locally_modified:
        logger.warning(
            "Template %s was modified on the site: its ODT is kept, the new "
            "version shipped by the profile is not applied.",
            "/".join(template.getPhysicalPath()),
        )
    else:
        template.odt_file = _odt_file(entry)
    modified(template)
    template.reindexObject()
    _remember(template, sig, keep_md5=locally_modified, pending=locally_modified)
    return result


def _remember(template, sig, keep_md5=False, pending=False):
    annotations = IAnnotations(template)
    state = dict(annotations.get(ANNOTATION, {}))
    state["signature"] = sig
    if not keep_md5:
        state["md5"] = template.current_md5
    state["pending_update"] = bool(pending)
    annotations[ANNOTATION] = state


def pending_update(template):
    """True when the profile ships a newer ODT that was not applied (local changes)."""
    return bool(IAnnotations(template).get(ANNOTATION, {}).get("pending_update"))
