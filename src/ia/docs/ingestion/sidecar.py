"""The JSON sidecar of a scanned PDF (``<name>.json`` next to ``<name>.pdf``).

Every key is optional except where the site has no default; an unknown
key, a wrong type or a bad value rejects the document with the key named.
The format is documented in ``docs/docs-ingestion.md``.
"""

from datetime import date
from ia.core import validation
from ia.docs import _
from ia.docs.ingestion.files import Rejected
from ia.docs.ingestion.files import check_name
import json


MAX_TEXT = 1000
KEYS = (
    "scan_id",
    "mail_type",
    "treating_services",
    "copy_services",
    "subject",
    "description",
    "reception_date",
    "sender",
    "sender_email",
    "assigned_agent",
    "attachments",
)
SENDER_KEYS = ("name", "firstname", "email")
EXPECTED = {
    "text": _("expected_text", default="a text"),
    "texts": _("expected_texts", default="a list of texts"),
    "text_or_number": _("expected_text_or_number", default="a text or a number"),
    "date": _("expected_date", default="a date (YYYY-MM-DD)"),
    "email": _("expected_email", default="an e-mail address"),
    "sender": _(
        "expected_sender",
        default="a contact UID or an object {name, firstname, email}",
    ),
    "sender_keys": _(
        "expected_sender_keys", default="an object with only name, firstname, email"
    ),
}


def _bad(key, expected, value=None):
    return Rejected(
        _(
            "msg_ingest_sidecar_bad_value",
            default='Sidecar: the key "${key}" must be ${expected}.',
            mapping={"key": key, "expected": expected},
        ),
        f"{key} = {value!r}"[:300],
    )


def _text(values, key, required=False):
    value = values.get(key)
    if value is None:
        if required:
            raise _bad(key, EXPECTED["text"])
        return None
    if (
        not isinstance(value, str)
        or len(value) > MAX_TEXT
        or validation.bad_characters(value)
    ):
        raise _bad(key, EXPECTED["text"], value)
    return value.strip() or None


def _list(values, key):
    value = values.get(key)
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(
        isinstance(v, str)
        and v.strip()
        and len(v) <= MAX_TEXT
        and not validation.bad_characters(v)
        for v in value
    ):
        raise _bad(key, EXPECTED["texts"], value)
    return [v.strip() for v in value]


def _date(values, key):
    value = values.get(key)
    if value is None:
        return None
    if isinstance(value, str):
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            pass
    raise _bad(key, EXPECTED["date"], value)


def _sender(values):
    value = values.get("sender")
    if value is None or isinstance(value, str):
        return value.strip() if isinstance(value, str) and value.strip() else None
    if not isinstance(value, dict):
        raise _bad("sender", EXPECTED["sender"], value)
    unknown = sorted(set(value) - set(SENDER_KEYS))
    if unknown:
        raise _bad("sender", EXPECTED["sender_keys"], unknown)
    name = _text(value, "name", required=True)
    if not name:
        raise _bad("sender.name", EXPECTED["text"])
    return {
        "name": name,
        "firstname": _text(value, "firstname"),
        "email": _text(value, "email"),
    }


def parse(raw: bytes) -> dict:
    """The sidecar's values, checked (names of services etc. not resolved)."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise Rejected(
            _(
                "msg_ingest_sidecar_encoding",
                default="Sidecar: the file is not encoded in UTF-8.",
            ),
            str(exc),
        ) from exc
    try:
        values = json.loads(text)
    except ValueError as exc:
        raise Rejected(
            _("msg_ingest_sidecar_json", default="Sidecar: invalid JSON."), str(exc)
        ) from exc
    if not isinstance(values, dict):
        raise Rejected(
            _(
                "msg_ingest_sidecar_object",
                default="Sidecar: a JSON object is expected.",
            )
        )
    unknown = sorted(set(values) - set(KEYS))
    if unknown:
        raise Rejected(
            _(
                "msg_ingest_sidecar_unknown_key",
                default='Sidecar: unknown key "${key}".',
                mapping={"key": unknown[0]},
            ),
            "Accepted keys: " + ", ".join(KEYS),
        )
    scan_id = values.get("scan_id")
    if isinstance(scan_id, int) and not isinstance(scan_id, bool):
        scan_id = str(scan_id)
    if scan_id is not None and (
        not isinstance(scan_id, str) or not scan_id.strip() or len(scan_id) > 200
    ):
        raise _bad("scan_id", EXPECTED["text_or_number"], scan_id)
    attachments = _list(values, "attachments")
    for name in attachments:
        try:
            check_name(name)
        except Rejected as exc:
            raise Rejected(
                _(
                    "msg_ingest_sidecar_attachment",
                    default='Sidecar: invalid attachment name in "attachments".',
                ),
                repr(name)[:300],
            ) from exc
    email = _text(values, "sender_email")
    if email and not validation.is_email(email):
        raise _bad("sender_email", EXPECTED["email"], email)
    return {
        "scan_id": scan_id.strip() if scan_id else None,
        "mail_type": _text(values, "mail_type"),
        "treating_services": _list(values, "treating_services"),
        "copy_services": _list(values, "copy_services"),
        "subject": _text(values, "subject"),
        "description": _text(values, "description"),
        "reception_date": _date(values, "reception_date"),
        "sender": _sender(values),
        "sender_email": email,
        "assigned_agent": _text(values, "assigned_agent"),
        "attachments": attachments,
    }
