"""Errors of document generation: each carries a translatable message for the user."""

from ia.core import _
from ia.core.errors import IaError
from ia.core.errors import NotFound


class DocgenError(IaError):
    """A generation request that cannot be served; ``message`` is for the user,
    ``status`` the HTTP status the REST API answers with."""


class TemplateNotFound(DocgenError, NotFound):
    """No template of that id here."""


class FormatNotAvailable(DocgenError):
    status = 400


class TemplateNotApplicable(DocgenError):
    status = 400


class ConversionUnavailable(DocgenError):
    """LibreOffice is not configured or does not answer."""

    status = 503


class ConversionFailed(DocgenError):
    """LibreOffice answered but the conversion or the rendering failed."""

    status = 500


def template_not_found(name):
    return TemplateNotFound(
        _(
            "msg_docgen_template_not_found",
            default="No document template '${name}' was found.",
            mapping={"name": name},
        )
    )


def template_not_applicable(name, portal_type):
    return TemplateNotApplicable(
        _(
            "msg_docgen_template_not_applicable",
            default="The template '${name}' cannot be used on this content (${type}).",
            mapping={"name": name, "type": portal_type},
        )
    )


def format_not_available(output_format, name, available):
    return FormatNotAvailable(
        _(
            "msg_docgen_format_not_available",
            default="The format '${format}' is not available for the template "
            "'${name}' (available: ${available}).",
            mapping={
                "format": output_format,
                "name": name,
                "available": ", ".join(available) or "-",
            },
        )
    )


def libreoffice_not_answering(output_format, where):
    return ConversionUnavailable(
        _(
            "msg_docgen_libreoffice_down",
            default="Conversion to ${format} is not available: LibreOffice "
            "does not answer on ${where}. To enable it, the administrator installs "
            "LibreOffice (package libreoffice-writer-nogui) and restarts the site: "
            "make run then starts it by itself.",
            mapping={"format": output_format.upper(), "where": where},
        )
    )


def uno_python_missing(output_format, path):
    return ConversionUnavailable(
        _(
            "msg_docgen_uno_python_missing",
            default="Conversion to ${format} is not available: the UNO Python "
            "interpreter '${path}' was not found or cannot run the converter. "
            "Ask your administrator to install python3-uno and restart the "
            "instance (make run), or to set the UNO Python of the document "
            "generator settings.",
            mapping={"format": output_format.upper(), "path": path or "-"},
        )
    )


def conversion_failed(output_format, detail):
    return ConversionFailed(
        _(
            "msg_docgen_conversion_failed",
            default="The document could not be generated in ${format}: ${detail}",
            mapping={"format": output_format.upper(), "detail": detail},
        )
    )
