"""Public API of document generation.

Other parts call::

    from ia.core.docgen import api as docgen
    docgen.templates_for(obj)                  # templates usable on obj
    data, filename, mimetype = docgen.generate(obj, "courrier", "pdf")
    docgen.store(obj, data, filename)          # optional, as an IaAttachment
"""

from collective.documentgenerator.content.pod_template import IConfigurablePODTemplate
from collective.documentgenerator.content.pod_template import IPODTemplate
from ia.core import _
from ia.core.docgen import errors
from ia.core.docgen import settings
from ia.core.docgen.generation import IaDocumentGenerationView
from ia.core.naming import new_id
from plone import api
from plone.namedfile.file import NamedBlobFile
from zope.globalrequest import getRequest


ATTACHMENT_TYPE = "IaAttachment"


def templates_folder(create=False):
    """The site-level folder holding the templates (``/modeles``)."""
    portal = api.portal.get()
    folder_id = settings.templates_folder_id()
    folder = portal.get(folder_id)
    if folder is None and create:
        folder = api.content.create(
            container=portal,
            type="Folder",
            id=folder_id,
            title=api.portal.translate(
                _("title_docgen_templates_folder", default="Document templates"),
                lang="fr",
            ),
            exclude_from_nav=True,
        )
    return folder


def _template_brains(**query):
    catalog = api.portal.get_tool("portal_catalog")
    return catalog.unrestrictedSearchResults(
        object_provides=IPODTemplate.__identifier__, **query
    )


def templates_for(context):
    """Enabled templates that apply to ``context``, in catalog path order."""
    result = []
    for brain in _template_brains(sort_on="path"):
        template = brain._unrestrictedGetObject()
        if not IConfigurablePODTemplate.providedBy(template):
            continue
        if template.can_be_generated(context):
            result.append(template)
    return result


def get_template(name):
    """A template by id or UID; raises TemplateNotFound."""
    if not name or not isinstance(name, str):
        raise errors.template_not_found(str(name or ""))
    for query in ({"UID": name}, {"id": name}):
        brains = _template_brains(**query)
        if brains:
            return brains[0]._unrestrictedGetObject()
    raise errors.template_not_found(name)


def generate(context, template, output_format="odt", request=None):
    """Generate ``template`` (object, id or UID) on ``context``.

    Returns ``(data, filename, mimetype)``; raises a DocgenError subclass with
    a user message when the template, the format or LibreOffice is missing.
    """
    if isinstance(template, str):
        template = get_template(template)
    output_format = (output_format or "odt").strip().lower()
    request = request if request is not None else getRequest()
    view = IaDocumentGenerationView(context, request)
    data, filename = view.render(template, output_format)
    mimetype = settings.MIMETYPES.get(output_format, "application/octet-stream")
    return data, filename, mimetype


def can_store(context):
    """Can a generated document be stored in ``context`` as an attachment?"""
    if not api.portal.get_registry_record(
        "ia.core.docgen.store_attachments", default=True
    ):
        return False
    types_tool = api.portal.get_tool("portal_types")
    if types_tool.getTypeInfo(ATTACHMENT_TYPE) is None:
        return False
    fti = types_tool.getTypeInfo(context)
    return bool(fti and fti.allowType(ATTACHMENT_TYPE)) and api.user.has_permission(
        "Add portal content", obj=context
    )


def store(context, data, filename, mimetype=None, title=None):
    """Store a generated document in ``context`` as an ``IaAttachment``."""
    if not can_store(context):
        raise errors.DocgenError(
            _(
                "msg_docgen_cannot_store",
                default="Generated documents cannot be stored in this content.",
            )
        )
    return api.content.create(
        container=context,
        type=ATTACHMENT_TYPE,
        # The id chosen now: no random id renamed (ia.core.naming).
        id=new_id(context, title or filename),
        title=title or filename,
        file=NamedBlobFile(data=data, filename=filename, contentType=mimetype or ""),
    )
