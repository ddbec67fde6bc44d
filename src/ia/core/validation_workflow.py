"""Workflow comments, checked on every path that fires a transition.

A comment reaches ``portal_workflow.doActionFor(obj, transition,
comment=...)`` from plone.restapi's ``@workflow``, the actions menu, the
dashboards' batch transitions and the suite's own code alike, and is
stored in the workflow history. :func:`check_comment` runs before the
transition (``IBeforeTransitionEvent``): a comment that is not a text, is
longer than :data:`MAX_COMMENT` or holds NUL, control characters or a lone
surrogate raises :class:`ia.core.validation.InvalidValue`; the transition
does not happen and the transaction is aborted by the caller (over REST:
400 with the translated message, see :mod:`ia.core.rest_errors`).
"""

from ia.core import _
from ia.core import validation


MAX_COMMENT = 10_000


def check_comment(event) -> None:
    comment = (getattr(event, "kwargs", None) or {}).get("comment")
    if comment in (None, ""):
        return
    if not isinstance(comment, str):
        raise validation.InvalidValue(
            _(
                "msg_rest_field_kind",
                default="The field '${field}' must be ${kind}.",
                mapping={
                    "field": "comment",
                    "kind": _("rest_kind_text", default="a text"),
                },
            )
        )
    validation.check_text("comment", comment, MAX_COMMENT)
