"""Generation view: collective.documentgenerator's, with the checks users need.

Registered as ``document-generation`` for the ia.core browser layer, so the
links of collective.documentgenerator go through it too. Before rendering a
format that needs LibreOffice it checks that LibreOffice answers, and it
turns appy errors into :mod:`ia.core.docgen.errors` with French messages.
"""

from appy.pod import PodError
from collective.documentgenerator.browser.generation_view import DocumentGenerationView
from collective.documentgenerator.interfaces import PODTemplateNotFoundError
from ia.core.docgen import errors
from ia.core.docgen import settings
from plone import api
from plone.i18n.normalizer.interfaces import IFileNameNormalizer
from zope.component import queryUtility
import logging


logger = logging.getLogger("ia.core.docgen")


def check_conversion(output_format, merges=False):
    """Raise ConversionUnavailable unless LibreOffice can serve ``output_format``.

    ``merges``: the template merges sub-templates, which appy can only do
    through LibreOffice even for ODT (without it, appy returns an ODT whose
    merged parts are silently missing).
    """
    if not (merges or settings.needs_libreoffice(output_format)):
        return
    if settings.answering_port() is None:
        raise errors.libreoffice_not_answering(output_format, settings.where())
    if not settings.uno_python_usable():
        raise errors.uno_python_missing(output_format, settings.uno_python())


class IaDocumentGenerationView(DocumentGenerationView):
    """``@@document-generation`` with availability checks and clean errors."""

    def __call__(self, template_uid="", output_format="", **kwargs):
        try:
            return super().__call__(template_uid, output_format, **kwargs)
        except errors.DocgenError as exc:
            api.portal.show_message(exc.message, request=self.request, type="error")
            self.request.response.redirect(self.context.absolute_url(), status=303)
            return ""

    def get_pod_template(self, template_uid):
        try:
            return super().get_pod_template(template_uid)
        except PODTemplateNotFoundError:
            raise errors.template_not_found(template_uid) from None

    def _get_base_args(self, template_uid, output_format):
        pod_template, output_format = super()._get_base_args(
            template_uid, output_format
        )
        self.check(pod_template, output_format)
        return pod_template, output_format

    def check(self, pod_template, output_format):
        if not pod_template.can_be_generated(self.context):
            raise errors.template_not_applicable(
                pod_template.getId(), self.context.portal_type
            )
        available = list(pod_template.get_available_formats() or [])
        if output_format not in available:
            raise errors.format_not_available(
                output_format, pod_template.getId(), available
            )
        check_conversion(
            output_format, merges=bool(pod_template.get_templates_to_merge())
        )

    def _render_document(self, pod_template, output_format, sub_documents, **kwargs):
        try:
            return super()._render_document(
                pod_template, output_format, sub_documents, **kwargs
            )
        except PodError as exc:
            logger.warning(
                "Generation of %s from %s failed: %s",
                output_format,
                "/".join(pod_template.getPhysicalPath()),
                exc,
            )
            raise errors.conversion_failed(
                output_format, str(exc).strip()[:300]
            ) from exc

    def render(self, pod_template, output_format):
        """Generate and return ``(data, filename)`` without touching the response."""
        self.pod_template = pod_template
        self.output_format = output_format
        self.check(pod_template, output_format)
        data, filename, _gen_context = self._generate_doc(pod_template, output_format)
        return data, filename

    def _get_filename(self):
        normalizer = queryUtility(IFileNameNormalizer)
        base = f"{self.pod_template.Title()} {self.context.Title()}".strip()
        name = normalizer.normalize(base, max_length=120) if normalizer else "document"
        return f"{name or 'document'}.{self.output_format}"

    def _set_header_response(self, filename):
        response = self.request.response
        response.setHeader(
            "Content-Type",
            settings.MIMETYPES.get(self.output_format, "application/octet-stream"),
        )
        response.setHeader("Content-Disposition", f'attachment; filename="{filename}"')
