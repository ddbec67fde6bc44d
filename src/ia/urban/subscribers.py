"""What happens to a file on its lifecycle events.

- added: the parcels in their written form, the *deposit* event (dated
  ``deposit_date`` when the creator gave one, else today), the deadlines;
- modified: the parcels in their written form;
- a workflow transition records its procedure event (``acknowledge`` →
  acknowledgement, ``declare_incomplete`` → list of missing documents,
  ``notify`` → notification, ``grant``/``refuse`` → decision) unless that
  event was just recorded (the college's decision records it first), then
  the deadlines are recomputed.
"""

from ia.urban.capakey import normalize
from ia.urban.deadlines.api import refresh
from ia.urban.events.api import add_event
from ia.urban.events.api import events_of


TRANSITION_EVENTS = {
    "acknowledge": ("acknowledgement", {}),
    "declare_incomplete": ("incompleteness", {}),
    "notify": ("notification", {}),
    "grant": ("decision", {"result": "granted"}),
    "refuse": ("decision", {"result": "refused"}),
}


def _normalize_parcels(obj):
    parcels = getattr(obj, "parcels", None) or []
    written = [normalize(parcel) for parcel in parcels]
    if written != list(parcels):
        obj.parcels = written


def on_added(obj, event):
    _normalize_parcels(obj)
    if not events_of(obj):
        day = getattr(obj, "deposit_date", None)
        add_event(obj, "deposit", day, refresh=False)
    refresh(obj)


def on_modified(obj, event):
    _normalize_parcels(obj)


def on_transition(obj, event):
    transition = getattr(event, "transition", None)
    if transition is None:
        return
    recorded = TRANSITION_EVENTS.get(transition.id)
    if recorded is not None:
        kind, fields = recorded
        events = events_of(obj)
        if not events or events[-1]["kind"] != kind:
            comment = (getattr(event, "kwargs", None) or {}).get("comment", "")
            add_event(obj, kind, comment=comment, refresh=False, **fields)
    refresh(obj)
