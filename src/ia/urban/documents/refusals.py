"""Why a letter cannot be generated: a French message, nothing written.

The helper view checks the file's data for its template before appy
renders anything (:meth:`UrbanHelperView.check_ready`), so a letter with a
hole in it is never produced: the user reads what to record first.
"""

from ia.core.docgen.errors import DocgenError
from ia.urban import _


class MissingData(DocgenError):
    """The file lacks what the letter must state (400)."""

    status = 400


def missing(msgid, default, **mapping):
    return MissingData(_(msgid, default=default, mapping=mapping or None))
