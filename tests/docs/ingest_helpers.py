"""Drop-folder files for the ingestion tests: PDFs, sidecars, e-mails."""

from ia.core.testing_pdf import pdf_bytes
from pathlib import Path
import json


def drop_scan(root: Path, name: str, sidecar=None, *, text=None, raw_sidecar=None):
    """Write ``scans/<name>.pdf`` and its sidecar (a dict, or raw bytes)."""
    scans = root / "scans"
    scans.mkdir(parents=True, exist_ok=True)
    pdf = scans / f"{name}.pdf"
    pdf.write_bytes(pdf_bytes(text or name))
    if raw_sidecar is not None:
        (scans / f"{name}.json").write_bytes(raw_sidecar)
    elif sidecar is not None:
        (scans / f"{name}.json").write_text(json.dumps(sidecar), encoding="utf-8")
    return pdf


def sidecar(services, **values):
    values.setdefault("mail_type", "letter")
    values.setdefault("treating_services", [services["travaux"]])
    return values


def remaining(root: Path, sub: str) -> list[str]:
    folder = root / sub
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []
