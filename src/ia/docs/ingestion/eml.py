"""An ``.eml`` file as a :class:`Document` (an incoming e-mail).

* subject, sender address (``From``, RFC 2047 decoded), date (``Date``,
  else today);
* the text body (or the HTML body as text) becomes the description;
* the first PDF attachment is the main file; the other attachments become
  ``IaAttachment``s; without a PDF the message itself is kept as the
  attachment ``message.eml`` (the main file must be a PDF);
* a wrongly declared charset never stops it: the text is decoded with
  replacement characters.
"""

from datetime import date
from email import policy
from email.parser import BytesParser
from email.utils import getaddresses
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser
from ia.docs import _
from ia.docs.ingestion.document import Document
from ia.docs.ingestion.document import FileData
from ia.docs.ingestion.files import Rejected
from ia.docs.ingestion.files import is_pdf
import os
import re


MAX_DESCRIPTION = 20000
# Bounds on the work one e-mail may cause, whatever its size.
MAX_HEADER_BYTES = 64 * 1024
MAX_ADDRESSES = 100
MAX_DEPTH = 10
MAX_PARTS = 200
KNOWN_HEADERS = ("From", "To", "Subject", "Date", "Message-ID")
_MESSAGE_ID = re.compile(rb"(?im)^message-id:[ \t]*(<[^<>\r\n]{1,250}>)")
_UNSAFE = re.compile(r"[\x00-\x1f\x7f/\\]+")


class _Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        elif tag in ("br", "p", "div", "tr", "li"):
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    parser = _Text()
    parser.feed(html)
    text = "".join(parser.parts)
    return re.sub(r"\n\s*\n+", "\n\n", text).strip()


def decode_text(part) -> str:
    """The text of a part, whatever its declared charset."""
    payload = part.get_payload(decode=True) or b""
    charset = part.get_content_charset() or "utf-8"
    try:
        return payload.decode(charset, errors="replace")
    except LookupError:
        return payload.decode("utf-8", errors="replace")


def header(message, name) -> str:
    try:
        value = message.get(name)
        return str(value) if value is not None else ""
    except Exception:  # noqa: BLE001 - a broken header is read raw
        raw = message.get_all(name, failobj=[""])[0]
        return str(raw).encode("utf-8", "replace").decode("utf-8")


def safe_filename(name: str | None, default: str) -> str:
    name = _UNSAFE.sub("_", os.path.basename(name or "")).strip(" .")
    return name[:150] or default


def _date(message):
    try:
        return parsedate_to_datetime(header(message, "Date")).date()
    except (TypeError, ValueError, IndexError):
        return date.today()


def _rejected(msgid, default, **mapping):
    return Rejected(_(msgid, default=default, mapping=mapping or None))


def precheck(raw: bytes) -> str | None:
    """Refuse, before any parsing, an e-mail whose header is too large (the
    parser's time grows faster than the header); its ``Message-ID``."""
    window = raw[: MAX_HEADER_BYTES + 4]
    ends = [i for i in (window.find(b"\r\n\r\n"), window.find(b"\n\n")) if i >= 0]
    end = min(ends) if ends else len(raw)
    if end > MAX_HEADER_BYTES:
        raise _rejected(
            "msg_ingest_eml_header",
            "The e-mail's header is larger than ${max} bytes.",
            max=MAX_HEADER_BYTES,
        )
    found = _MESSAGE_ID.search(raw[:end])
    return found.group(1).decode("ascii", "replace") if found else None


def leaves(message):
    """The non-multipart parts, refused beyond ``MAX_PARTS`` parts or a
    nesting deeper than ``MAX_DEPTH``."""
    stack, count = [(message, 0)], 0
    while stack:
        part, depth = stack.pop()
        count += 1
        if depth > MAX_DEPTH:
            raise _rejected(
                "msg_ingest_eml_depth",
                "The e-mail's parts are nested deeper than ${max} levels "
                "(imbrication).",
                max=MAX_DEPTH,
            )
        if count > MAX_PARTS:
            raise _rejected(
                "msg_ingest_eml_parts",
                "The e-mail has more than ${max} parts.",
                max=MAX_PARTS,
            )
        if part.is_multipart():
            payload = part.get_payload()
            stack.extend((p, depth + 1) for p in reversed(payload))
        else:
            yield part


def parse(raw: bytes, key: str, name: str) -> Document:
    precheck(raw)
    message = BytesParser(policy=policy.default).parsebytes(raw)
    from_header = header(message, "From")
    if from_header.count("@") > MAX_ADDRESSES:
        raise _rejected(
            "msg_ingest_eml_addresses",
            "The e-mail names more than ${max} senders.",
            max=MAX_ADDRESSES,
        )
    addresses = getaddresses([from_header])
    email = next((addr for _n, addr in addresses if "@" in addr), None)
    plain, html, files = [], [], []
    for index, part in enumerate(leaves(message)):
        filename = part.get_filename()
        disposition = part.get_content_disposition()
        ctype = part.get_content_type()
        if disposition != "attachment" and not filename and ctype == "text/plain":
            plain.append(decode_text(part))
        elif disposition != "attachment" and not filename and ctype == "text/html":
            html.append(decode_text(part))
        else:
            data = part.get_payload(decode=True) or b""
            files.append(
                FileData(safe_filename(filename, f"piece-{index}"), data, ctype)
            )
    body = "\n\n".join(plain).strip() or html_to_text("\n".join(html))
    if not any(message.get(h) for h in KNOWN_HEADERS) or not (email or body.strip()):
        raise _rejected(
            "msg_ingest_eml_empty",
            "The e-mail has neither a sender nor a text: it is not an e-mail.",
        )
    main = next(iter([f for f in files if _is_pdf_file(f)]), None)
    attachments = [f for f in files if f is not main]
    if main is not None:
        main.content_type = "application/pdf"
    else:
        attachments.insert(0, FileData("message.eml", raw, "message/rfc822"))
    subject = " ".join(header(message, "Subject").split())
    return Document(
        key=key,
        title=subject[:250] or os.path.splitext(name)[0],
        reception_date=_date(message),
        sender_email=email,
        description=body[:MAX_DESCRIPTION],
        main_file=main,
        attachments=attachments,
    )


def _is_pdf_file(data: FileData) -> bool:
    """A PDF by its bytes; a part only named or declared a PDF (a broken
    MIME part) rejects the e-mail: it is never served as a PDF."""
    declared = data.content_type == "application/pdf" or data.filename.lower().endswith(
        ".pdf"
    )
    if declared and not is_pdf(data.data):
        raise _rejected(
            "msg_ingest_eml_fake_pdf",
            "The e-mail's part ${name} claims to be a PDF but is not one.",
            name=data.filename,
        )
    return declared
