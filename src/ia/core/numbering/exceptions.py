"""Errors of the numbering registers.

Each error carries an English message id (translated to French by the
``ia.core`` catalog) so that forms and REST answers can show it as is.
"""


class NumberingError(ValueError):
    """Bad numbering input: unknown placeholder, backward correction..."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message

    def __str__(self):
        from zope.i18n import translate

        return translate(self.message)
