"""The link kind between an action and what serves it (``links.zcml``).

An action *is carried out by* a council or college decision (iA.Delib item),
a mail, a permit or a work order: a manual link of the core
(``ia.core.links``), shown on the action as "Décisions liées".
"""

from ia.core.links.kinds import LinkKind
from ia.pst import _


KIND = "ia.pst.carried_out_by"

CARRIED_OUT_BY = LinkKind(
    KIND,
    _("Related decisions"),
    _("PST action"),
    manual=True,
)
