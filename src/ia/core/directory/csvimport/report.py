"""What an import did: created, updated, unchanged and rejected rows, file errors."""

from dataclasses import dataclass
from dataclasses import field
from zope.globalrequest import getRequest
from zope.i18n import translate


def tr(message) -> str:
    """A translated message (French in a French request), as plain text."""
    return translate(message, context=getRequest())


@dataclass
class RowResult:
    line: int
    kind: str
    ref: str
    uid: str = ""
    title: str = ""

    def to_dict(self) -> dict:
        return {
            "line": self.line,
            "kind": self.kind,
            "ref": self.ref,
            "uid": self.uid,
            "title": self.title,
        }


@dataclass
class RejectedRow:
    line: int
    kind: str
    ref: str
    reason: str

    def to_dict(self) -> dict:
        return {
            "line": self.line,
            "kind": self.kind,
            "ref": self.ref,
            "reason": self.reason,
        }


@dataclass
class ImportReport:
    encoding: str = ""
    delimiter: str = ""
    dry_run: bool = False
    created: list[RowResult] = field(default_factory=list)
    updated: list[RowResult] = field(default_factory=list)
    unchanged: list[RowResult] = field(default_factory=list)
    rejected: list[RejectedRow] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when the file was read and no row was rejected."""
        return not self.errors and not self.rejected

    def reject(self, line: int, kind: str, ref: str, reason) -> None:
        self.rejected.append(RejectedRow(line, kind, ref, tr(reason)))

    def sort(self) -> None:
        for rows in (self.created, self.updated, self.unchanged, self.rejected):
            rows.sort(key=lambda row: row.line)

    def to_dict(self) -> dict:
        return {
            "ok": self.ok,
            "dry_run": self.dry_run,
            "encoding": self.encoding,
            "delimiter": self.delimiter,
            "counts": {
                "created": len(self.created),
                "updated": len(self.updated),
                "unchanged": len(self.unchanged),
                "rejected": len(self.rejected),
            },
            "created": [row.to_dict() for row in self.created],
            "updated": [row.to_dict() for row in self.updated],
            "unchanged": [row.to_dict() for row in self.unchanged],
            "rejected": [row.to_dict() for row in self.rejected],
            "errors": list(self.errors),
            "warnings": list(self.warnings),
        }
