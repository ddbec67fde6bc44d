"""The registry of dashboard columns: one named utility per column.

A column is an ``IDashboardColumn`` utility whose name is its id. The core's
columns (``corecolumns.py``) are registered exactly like the products'::

    <utility
        factory=".dashboards.columns.SenderColumn"
        name="sender"
        provides="ia.core.dashboard.interfaces.IDashboardColumn"
        />

A list declares the ids of the columns it shows (``columns``); an id that
no utility provides raises ``UnknownColumn`` when the list is rendered
(page and REST), never a blank column. A cell is read from ONE metadata
column of the brain (``metadata``) and turned into display text by
``format``, which gets all the raw values of a page at once so that a
look-up (UID → title, vocabulary) costs one query per page.
"""

from ia.core.dashboard.interfaces import IDashboardColumn
from zope.component import getUtilitiesFor
from zope.component import queryUtility
from zope.i18n import translate
from zope.i18nmessageid import Message
from zope.interface import implementer
from zope.schema.interfaces import IVocabularyFactory


DEFAULT_COLUMNS = (
    "reference",
    "title",
    "type",
    "state",
    "services",
    "agent",
    "due",
    "modified",
)


class UnknownColumn(LookupError):
    """A list declares (or a caller asks for) a column no utility provides."""


def missing(value):
    return value is None or value == "" or type(value).__name__ == "Missing"


def as_list(value):
    if missing(value):
        return []
    if isinstance(value, str):
        return [value]
    return list(value)


def as_text(value):
    if missing(value):
        return ""
    if isinstance(value, (list, tuple, set, frozenset)):
        return ", ".join(str(item) for item in value if not missing(item))
    return str(value)


@implementer(IDashboardColumn)
class Column:
    """A column read from the metadata column ``metadata``.

    Subclasses set ``id``, ``title``, ``metadata`` and, when the column can
    be sorted, ``sort_index``; they override ``format`` to turn raw values
    into display text (batched: it gets the whole page).
    """

    id = ""
    title = ""
    sort_index = None
    metadata = ""
    widget = "text"

    def raw(self, brain):
        value = getattr(brain, self.metadata, None) if self.metadata else None
        return None if missing(value) else value

    def format(self, values, builder):
        """Display values of a page's raw values, in the same order."""
        return [as_text(value) for value in values]

    def cells(self, brains, builder):
        return self.format([self.raw(brain) for brain in brains], builder)


class UidTitleColumn(Column):
    """Metadata holding a UID (or a list of UIDs): shown as the titles of
    those objects, all the UIDs of a page looked up with one catalog query."""

    def format(self, values, builder):
        titles = builder.titles(
            uid for value in values for uid in as_list(value) if isinstance(uid, str)
        )
        return [
            ", ".join(titles.get(uid, uid) for uid in as_list(value))
            for value in values
        ]


class VocabularyColumn(Column):
    """Metadata holding a term value of the named vocabulary ``vocabulary``:
    shown as the term's title (the vocabulary is built once per page)."""

    vocabulary = ""

    def format(self, values, builder):
        factory = queryUtility(IVocabularyFactory, name=self.vocabulary)
        titles = {}
        if factory is not None:
            for term in factory(builder.portal):
                title = term.title or term.value
                if isinstance(title, Message):
                    title = translate(title, context=builder.request)
                titles[term.value] = title
        return [
            ", ".join(str(titles.get(item, item)) for item in as_list(value))
            for value in values
        ]


def all_columns():
    """{column id: column} of every registered column."""
    return dict(getUtilitiesFor(IDashboardColumn))


def get_column(column_id):
    column = queryUtility(IDashboardColumn, name=column_id or "")
    if column is None:
        raise UnknownColumn(
            f"No dashboard column {column_id!r} is registered "
            f"(registered: {', '.join(sorted(all_columns()))})."
        )
    return column


def columns_of(dlist):
    """The columns a list declares, in its order; ``UnknownColumn`` names the
    list and the unknown id when one is not registered."""
    result = []
    for column_id in dlist.columns:
        column = queryUtility(IDashboardColumn, name=column_id)
        if column is None:
            raise UnknownColumn(
                f"Dashboard list {dlist.id!r} declares the unknown column "
                f"{column_id!r} (registered: {', '.join(sorted(all_columns()))})."
            )
        result.append(column)
    return result


def sort_index(column_id):
    """The index a column sorts on, or None (unknown or unsortable column)."""
    column = queryUtility(IDashboardColumn, name=column_id or "")
    return column.sort_index if column is not None else None


def sortable_columns(dlist=None):
    """Ids of the columns one may sort on: those of ``dlist`` if given (plus
    its default sort column), else every registered sortable column."""
    if dlist is None:
        ids = sorted(all_columns())
    else:
        ids = list(dlist.columns)
        if dlist.default_sort[0] not in ids:
            ids.append(dlist.default_sort[0])
    return [column_id for column_id in ids if sort_index(column_id)]
