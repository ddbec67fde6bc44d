"""Errors of the numbering registers.

Each error carries an English message id (translated to French by the
``ia.core`` catalog) so that forms and REST answers can show it as is.
"""

from ia.core.errors import IaError


class NumberingError(IaError):
    """Bad numbering input: unknown placeholder, backward correction..."""
