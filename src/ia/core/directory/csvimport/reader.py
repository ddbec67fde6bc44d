"""Read a CSV file: encoding (UTF-8 or Windows-1252), separator (``;`` or ``,``), columns."""

from ia.core import _
import csv
import io


class CsvFileError(ValueError):
    """The file cannot be read at all (the message is an i18n message)."""


KINDS = {
    "organisation": "organisation",
    "organization": "organisation",
    "org": "organisation",
    "person": "person",
    "personne": "person",
    "position": "position",
    "fonction": "position",
    "held_position": "position",
}

# French and alternative column names -> canonical names (documented in docs/directory.md)
ALIASES = {
    "type": "kind",
    "nature": "kind",
    "id": "ref",
    "reference": "ref",
    "référence": "ref",
    "nom": "name",
    "title": "name",
    "titre": "name",
    "type_organisation": "organisation_type",
    "bce": "enterprise_number",
    "numero_entreprise": "enterprise_number",
    "civilite": "civility",
    "civilité": "civility",
    "prenom": "firstname",
    "prénom": "firstname",
    "first_name": "firstname",
    "nom_de_famille": "lastname",
    "last_name": "lastname",
    "courriel": "email",
    "e-mail": "email",
    "telephone": "phone",
    "téléphone": "phone",
    "site": "website",
    "site_web": "website",
    "rue": "street",
    "numero": "number",
    "numéro": "number",
    "boite": "box",
    "boîte": "box",
    "zip": "zip_code",
    "code_postal": "zip_code",
    "cp": "zip_code",
    "localite": "city",
    "localité": "city",
    "ville": "city",
    "pays": "country",
    "personne": "person",
    "person_ref": "person",
    "organisation_ref": "organisation",
    "fonction": "position_type",
    "libelle": "label",
    "libellé": "label",
    "debut": "start_date",
    "début": "start_date",
    "date_debut": "start_date",
    "fin": "end_date",
    "date_fin": "end_date",
    "signataire": "signatory",
}

COLUMNS = (
    "kind", "ref", "parent", "name", "organisation_type", "enterprise_number",
    "civility", "firstname", "lastname", "email", "phone", "website",
    "street", "number", "box", "zip_code", "city", "country",
    "person", "organisation", "position_type", "label", "start_date", "end_date", "signatory",
)  # fmt: skip


def decode(data: bytes) -> tuple[str, str]:
    """The text of the file and its encoding: UTF-8 (with or without BOM), else Windows-1252."""
    if not data or not data.strip():
        raise CsvFileError(_("error_csv_empty", default="The file is empty."))
    if b"\x00" in data:
        raise CsvFileError(
            _(
                "error_csv_binary",
                default="This is not a CSV text file (binary content, or UTF-16: save it as UTF-8).",
            )
        )
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError as exc:
        raise CsvFileError(
            _(
                "error_csv_encoding",
                default="The file is neither UTF-8 nor Windows-1252 (unreadable byte at position ${position}).",
                mapping={"position": exc.start},
            )
        ) from exc


def sniff_delimiter(text: str) -> str:
    """``;`` (the French Excel default) or ``,``, by the header line."""
    header = text.lstrip().splitlines()[0]
    return ";" if header.count(";") >= header.count(",") else ","


def canonical(column: str) -> str:
    name = (column or "").strip().lower().replace(" ", "_")
    return ALIASES.get(name, name)


def read_rows(data: bytes):
    """Return ``(encoding, delimiter, columns, rows, ignored_columns)``;
    ``rows`` is a list of ``(line_number, {column: stripped value})``."""
    text, encoding = decode(data)
    delimiter = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader)
    except (StopIteration, csv.Error) as exc:
        raise CsvFileError(
            _("error_csv_header", default="The header line cannot be read.")
        ) from exc
    columns = [canonical(column) for column in header]
    missing = [name for name in ("kind", "ref") if name not in columns]
    if missing:
        raise CsvFileError(
            _(
                "error_csv_columns",
                default="Missing columns: ${columns}. The first line must name the columns (see the documentation).",
                mapping={"columns": ", ".join(missing)},
            )
        )
    ignored = [header[i] for i, name in enumerate(columns) if name not in COLUMNS]
    rows = []
    line = reader.line_num
    try:
        for values in reader:
            start, line = line + 1, reader.line_num
            if not any(value.strip() for value in values):
                continue
            row = {}
            for name, value in zip(columns, values, strict=False):
                if name in COLUMNS:
                    row[name] = value.strip()
            row["__extra__"] = len(values) > len(columns)
            rows.append((start, row))
    except csv.Error as exc:
        raise CsvFileError(
            _(
                "error_csv_syntax",
                default="CSV syntax error at line ${line}: ${error}",
                mapping={"line": line + 1, "error": str(exc)},
            )
        ) from exc
    return encoding, delimiter, [c for c in columns if c in COLUMNS], rows, ignored
