"""The helper view templates use as ``view``: values ready to print.

In a template: ``view.title``, ``view.reference()``, ``view.date_fr('due_date')``,
``view.today()``, ``view.titles('responsible_services')``,
``view.municipality('name')``, ``do text from view.rich_text('text')``.
"""

from Acquisition import aq_base
from collective.documentgenerator.helper.dexterity import DXDocumentGenerationHelperView
from ia.core.docgen.dates import format_date
from plone import api
from plone.app.uuid.utils import uuidToObject
from zope.component import queryUtility
from zope.schema.interfaces import ICollection
from zope.schema.interfaces import IContextSourceBinder
from zope.schema.interfaces import IVocabularyFactory
from zope.schema.interfaces import IVocabularyTokenized
import datetime


REFERENCE_ATTRIBUTES = ("reference", "ia_reference")
# Where the municipality settings (ia.core.settings) may keep a value ``name``.
MUNICIPALITY_PREFIXES = ("ia.core.settings.", "ia.core.municipality.")


class IaDocumentGenerationHelperView(DXDocumentGenerationHelperView):
    """Helper view of the iA dexterity content."""

    # -- identity -------------------------------------------------------
    @property
    def title(self):
        return self.real_context.Title() or ""

    @property
    def description(self):
        return self.real_context.Description() or ""

    def reference(self, default=""):
        """The reference number (``E/2026/00042``) of the content, or ``default``."""
        obj = aq_base(self.real_context)
        for name in REFERENCE_ATTRIBUTES:
            value = getattr(obj, name, None)
            if value and not callable(value):
                return str(value)
        brains = api.content.find(UID=self.real_context.UID(), unrestricted=True)
        if brains:
            value = getattr(brains[0], "ia_reference", None)
            if value and isinstance(value, str):
                return value
        return default

    # -- dates ----------------------------------------------------------
    def date_fr(self, field_name=None, date=None, weekday=False, with_time=False):
        """``23 novembre 2026`` from a field or a given date."""
        if field_name is not None:
            date = self.get_value(field_name, strict=False)
        return format_date(date, weekday=weekday, with_time=with_time)

    def today(self, weekday=False):
        return format_date(datetime.date.today(), weekday=weekday)

    # -- vocabularies and related content --------------------------------
    def titles(self, field_name, separator=", "):
        """Titles of the values of a field: vocabulary terms, or content by UID."""
        return separator.join(self.titles_list(field_name))

    def titles_list(self, field_name):
        value = self.get_value(field_name, strict=False)
        if value is None or value == "":
            return []
        values = value if isinstance(value, list | tuple | set | frozenset) else [value]
        vocabulary = self._vocabulary(field_name)
        return [self._title_of(item, vocabulary) for item in values]

    def _vocabulary(self, field_name):
        field = self.get_field(field_name)
        if field is None:
            return None
        if ICollection.providedBy(field):
            field = field.value_type
        source = getattr(field, "vocabulary", None) or getattr(field, "source", None)
        name = getattr(field, "vocabularyName", None)
        if source is None and name:
            factory = queryUtility(IVocabularyFactory, name)
            source = factory(self.real_context) if factory else None
        if IContextSourceBinder.providedBy(source):
            source = source(self.real_context)
        return source if IVocabularyTokenized.providedBy(source) else None

    def _title_of(self, item, vocabulary):
        if vocabulary is not None:
            try:
                term = vocabulary.getTerm(item)
            except LookupError:
                term = None
            if term is not None:
                return str(term.title or term.value)
        if isinstance(item, str) and len(item) == 32:
            obj = uuidToObject(item, unrestricted=True)
            if obj is not None:
                return obj.Title()
        related = getattr(item, "to_object", None)
        if related is not None:
            return related.Title()
        return str(item)

    # -- rich text --------------------------------------------------------
    def rich_text(self, field_name):
        """Rich text as ODT, for ``do text from view.rich_text('text')``."""
        html = self.get_value(field_name, strict=False)
        if not html:
            return ""
        if self.appy_renderer is None:
            return html
        return self.appy_renderer.renderXhtml(html)

    # -- municipality ------------------------------------------------------
    def municipality(self, name, default=""):
        """A value of the municipality settings (name, address, officials...)."""
        for prefix in MUNICIPALITY_PREFIXES:
            value = api.portal.get_registry_record(prefix + name, default=None)
            if value not in (None, "", []):
                return value
        registry = api.portal.get_tool("portal_registry")
        suffix = "." + name
        for key in registry.records.keys():
            if key.startswith(MUNICIPALITY_PREFIXES) and key.endswith(suffix):
                value = registry.get(key)
                if value not in (None, "", []):
                    return value
        return default

    def municipality_address(self, separator=", "):
        """Street and ``zip city`` of the municipality, joined by ``separator``."""
        try:
            from ia.core.settings.api import address_lines
        except ImportError:
            return ""
        try:
            return separator.join(address_lines())
        except (KeyError, AttributeError):
            return ""
