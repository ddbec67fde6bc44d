"""Public notes of a work request: what the requester (and the citizen
through Open311 ``status_notes``) reads about its follow-up.

Internal notes (``ia.internal_notes``) stay inside the services; public
notes are short texts the service writes for the requester: the refusal
reason, "planned on 12/12", "work done". Kept on the request as a list of
``{"date": ISO datetime (UTC), "text": ...}``.
"""

from datetime import UTC
from datetime import datetime
from ia.tech import _
from ia.tech.errors import TechError
from persistent.list import PersistentList


MAX_NOTE = 2000


def public_notes(request) -> list[dict]:
    return list(getattr(request, "public_notes", None) or ())


def add_public_note(request, text: str) -> dict:
    text = (text or "").strip()
    if not text:
        raise TechError(_("A public note needs a text."))
    if len(text) > MAX_NOTE:
        raise TechError(_("A public note has at most 2000 characters."))
    note = {"date": datetime.now(UTC).isoformat(timespec="seconds"), "text": text}
    if getattr(request, "public_notes", None) is None:
        request.public_notes = PersistentList()
    request.public_notes.append(note)
    request._p_changed = True
    return note
