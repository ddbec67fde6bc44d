"""ia.core.testing_pdf: the PDFs that tests and the benchmark write are
well-formed (every xref offset points at its object) and padded on demand."""

from ia.core.testing_pdf import pdf_bytes
import re


def xref_offsets(data):
    start = int(re.search(rb"startxref\n(\d+)\n%%EOF\n$", data).group(1))
    assert data[start:].startswith(b"xref\n0 5\n")
    return [int(value) for value in re.findall(rb"(\d{10}) 00000 n ", data[start:])]


def test_xref_points_at_every_object():
    data = pdf_bytes("Courrier 1")
    assert data.startswith(b"%PDF-1.4\n")
    offsets = xref_offsets(data)
    assert len(offsets) == 4
    for number, offset in enumerate(offsets, 1):
        assert data[offset:].startswith(b"%d 0 obj\n" % number)
    assert b"(Courrier 1) Tj" in data


def test_stream_length_and_padding():
    small, large = pdf_bytes("x"), pdf_bytes("x", b"ab" * 5000)
    assert len(large) > len(small) + 10000
    for data in (small, large):
        length = int(re.search(rb"/Length (\d+) >>\nstream\n", data).group(1))
        body = data.split(b"stream\n", 1)[1].split(b"\nendstream", 1)[0]
        assert len(body) == length
        for number, offset in enumerate(xref_offsets(data), 1):
            assert data[offset:].startswith(b"%d 0 obj\n" % number)


def test_text_differs_bytes_differ():
    assert pdf_bytes("a") != pdf_bytes("b")
