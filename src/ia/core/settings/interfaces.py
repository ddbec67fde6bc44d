"""The municipality settings: one registry record per field (``ia.core.municipality.*``)."""

from ia.core import _
from ia.core import validation
from zope import schema
from zope.interface import Interface
from zope.interface import Invalid
import re


INS_CODE = re.compile(r"^\d{5}$")
ZIP_CODE = re.compile(r"^\d{4}$")


class InvalidINSCode(schema.ValidationError):
    __doc__ = _(
        "error_ins_code", default="The INS code is made of 5 digits, e.g. 92094."
    )


class InvalidZipCode(schema.ValidationError):
    __doc__ = _("error_zip_code", default="A Belgian postal code is made of 4 digits.")


def validate_ins_code(value):
    if value and not INS_CODE.match(value):
        raise InvalidINSCode(value)
    return True


def validate_zip_code(value):
    if value and not ZIP_CODE.match(value):
        raise InvalidZipCode(value)
    return True


def validate_email(value):
    if value and not validation.is_email(value):
        raise Invalid(_("error_email", default="This is not a valid e-mail address."))
    return True


def validate_logo(value):
    """The stored logo is what the image widget writes (file name and data,
    base64) and an image by its bytes: a garbage value would break the
    control panel and every generated document for good."""
    if not value:
        return True
    from ia.core.validation import is_image
    from plone.formwidget.namedfile.converter import b64decode_file

    try:
        _filename, data = b64decode_file(value)
    except Exception:  # noqa: BLE001 - anything undecodable is refused
        data = None
    if not is_image(data):
        raise Invalid(
            _("error_logo", default="The logo must be a PNG, JPEG or GIF image.")
        )
    return True


class IMunicipalitySettings(Interface):
    """Identity of the municipality, its officials and default signatories."""

    name = schema.TextLine(
        title=_("Name of the municipality"),
        description=_("As printed on letters and decisions, e.g. 'Commune de Namur'."),
        required=True,
        default="",
    )
    ins_code = schema.ASCIILine(
        title=_("INS code"),
        description=_("The 5-digit code of the municipality at Statbel (NIS/INS)."),
        required=True,
        default="",
        constraint=validate_ins_code,
    )
    street = schema.TextLine(title=_("Street and number"), required=False, default="")
    zip_code = schema.ASCIILine(
        title=_("Postal code"), required=False, default="", constraint=validate_zip_code
    )
    city = schema.TextLine(title=_("City"), required=False, default="")
    phone = schema.TextLine(title=_("Phone"), required=False, default="")
    email = schema.TextLine(
        title=_("E-mail"), required=False, default="", constraint=validate_email
    )
    website = schema.URI(title=_("Website"), required=False)
    logo = schema.Bytes(
        title=_("Logo"),
        description=_("The logo printed on generated documents."),
        required=False,
        constraint=validate_logo,
    )
    mayor = schema.TextLine(title=_("Mayor"), required=False, default="")
    aldermen = schema.List(
        title=_("Aldermen"),
        description=_("One alderman per line, in the order of precedence."),
        value_type=schema.TextLine(),
        required=False,
        default=[],
    )
    general_director = schema.TextLine(
        title=_("General director"), required=False, default=""
    )
    financial_director = schema.TextLine(
        title=_("Financial director"), required=False, default=""
    )
    signatory_1 = schema.Choice(
        title=_("First default signatory"),
        description=_("Held position that signs first, usually the mayor."),
        vocabulary="ia.core.signatories",
        required=False,
    )
    signatory_2 = schema.Choice(
        title=_("Second default signatory"),
        description=_("Held position that signs second, usually the general director."),
        vocabulary="ia.core.signatories",
        required=False,
    )
