"""Drop-folder files for the ingestion tests: PDFs, sidecars, e-mails."""

from pathlib import Path
import json


def pdf_bytes(text: str) -> bytes:
    """A small, well-formed one-page PDF whose bytes depend on ``text``."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


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
