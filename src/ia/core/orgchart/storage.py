"""Read the stored value of a field, never its default.

Dexterity answers a missing attribute with the field's default; the default
of ``responsible_services`` is the *current user's* services, which must
never turn into local roles or index values.
"""

from Acquisition import aq_base


def stored_value(context, name, default=None):
    base = aq_base(context)
    activate = getattr(base, "_p_activate", None)
    if activate is not None:
        activate()
    return getattr(base, "__dict__", {}).get(name, default)
