"""Small, well-formed one-page PDFs for tests and benchmarks (no library).

Test support, like ``ia.core.testing``: the ingestion tests and the
benchmark's drop folders both write scans with it.
"""


def pdf_bytes(text: str, padding: bytes = b"") -> bytes:
    """A one-page PDF showing ``text``; ``padding`` (ASCII) goes in a comment
    of the content stream, to make the file larger."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode("latin-1")
    if padding:
        stream += b"\n% " + padding + b"\n"
    return pdf_from_stream(stream)


def pdf_from_stream(stream: bytes) -> bytes:
    """A one-page PDF around the content stream ``stream``, with its xref."""
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
