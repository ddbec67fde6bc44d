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
from ia.docs.ingestion.document import Document
from ia.docs.ingestion.document import FileData
import os
import re


MAX_DESCRIPTION = 20000
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


def parse(raw: bytes, key: str, name: str) -> Document:
    message = BytesParser(policy=policy.default).parsebytes(raw)
    addresses = getaddresses([header(message, "From")])
    email = next((addr for _n, addr in addresses if "@" in addr), None)
    plain, html, files = [], [], []
    for index, part in enumerate(message.walk()):
        if part.is_multipart():
            continue
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
    main = next((f for f in files if _is_pdf_file(f)), None)
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
    return data.content_type == "application/pdf" or data.filename.lower().endswith(
        ".pdf"
    )
