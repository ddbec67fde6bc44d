"""The ``ia.classification`` behavior: classification codes and keywords.

``classification`` holds codes of the filing plan configured in the
registry record ``ia.core.classification_codes`` (one ``code|label`` line
each, e.g. the classification of the municipal archives); ``keywords`` are
free tags stored as the document's Dublin Core subjects (so they land in
the ``Subject`` index and the site's tag vocabulary).
"""

from ia.core import _
from plone.app.z3cform.widgets.select import AjaxSelectFieldWidget
from plone.app.z3cform.widgets.select import SelectFieldWidget
from plone.autoform import directives
from plone.autoform.interfaces import IFormFieldProvider
from plone.indexer import indexer
from plone.supermodel import model
from zope import schema
from zope.component import adapter
from zope.interface import Interface
from zope.interface import implementer
from zope.interface import provider


CODES_RECORD = "ia.core.classification_codes"
VOCABULARY = "ia.core.classification_codes"


class IClassifiable(Interface):
    """Marker of the documents with the ``ia.classification`` behavior."""


@provider(IFormFieldProvider)
class IClassification(model.Schema):
    model.fieldset(
        "categorization",
        label=_("label_fieldset_classification", default="Classification"),
        fields=["classification", "keywords"],
    )

    classification = schema.List(
        title=_("label_classification", default="Classification"),
        description=_("help_classification", default="Codes of the filing plan."),
        value_type=schema.Choice(vocabulary=VOCABULARY),
        required=False,
        default=[],
        missing_value=[],
    )
    directives.widget("classification", SelectFieldWidget)

    keywords = schema.Tuple(
        title=_("label_keywords", default="Keywords"),
        value_type=schema.TextLine(),
        required=False,
        missing_value=(),
    )
    directives.widget(
        "keywords", AjaxSelectFieldWidget, vocabulary="plone.app.vocabularies.Keywords"
    )


@implementer(IClassification)
@adapter(IClassifiable)
class Classification:
    """Stores ``classification`` on the document and ``keywords`` as its subjects."""

    def __init__(self, context):
        self.context = context

    @property
    def classification(self):
        return list(getattr(self.context, "ia_classification_codes", None) or [])

    @classification.setter
    def classification(self, value):
        self.context.ia_classification_codes = list(value or [])

    @property
    def keywords(self):
        return tuple(self.context.subject or ())

    @keywords.setter
    def keywords(self, value):
        self.context.subject = tuple(value or ())


@indexer(IClassifiable)
def ia_classification(obj):
    codes = IClassification(obj).classification
    if not codes:
        raise AttributeError("ia_classification")
    return codes
