"""What one mail to create is made of, whatever its source (scan or e-mail)."""

from dataclasses import dataclass
from dataclasses import field
from datetime import date


@dataclass
class FileData:
    filename: str
    data: bytes
    content_type: str = "application/octet-stream"


@dataclass
class Document:
    """A mail to create: the values still name services, types and agents
    as the source wrote them; :mod:`ia.docs.ingestion.create` resolves them."""

    key: str
    title: str
    mail_type: str = ""
    reception_date: date | None = None
    treating_services: list[str] = field(default_factory=list)
    copy_services: list[str] = field(default_factory=list)
    sender: str | dict | None = None
    sender_email: str | None = None
    assigned_agent: str | None = None
    description: str = ""
    main_file: FileData | None = None
    attachments: list[FileData] = field(default_factory=list)
