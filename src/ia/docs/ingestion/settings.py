"""Registry records of the ingestion and the layout of the drop folder.

<ingest_folder>/scans/       PDF files, each with its <name>.json sidecar
<ingest_folder>/mail/        .eml files
<ingest_folder>/quarantine/  rejected files, each with a <name>.reason
"""

from dataclasses import dataclass
from pathlib import Path
from plone import api
import errno


PREFIX = "ia.docs.ingest_"
FOLDER = PREFIX + "folder"
MAX_BYTES = PREFIX + "max_bytes"
BATCH_SIZE = PREFIX + "batch_size"
REQUIRE_SIDECAR = PREFIX + "require_sidecar"
MAIL_TYPE = PREFIX + "mail_type"
MAIL_SERVICE = PREFIX + "mail_service"

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
DEFAULT_BATCH_SIZE = 10
SUBFOLDERS = ("scans", "mail", "quarantine")


@dataclass(frozen=True)
class Settings:
    folder: str
    max_bytes: int = DEFAULT_MAX_BYTES
    batch_size: int = DEFAULT_BATCH_SIZE
    require_sidecar: bool = True
    mail_type: str = "letter"
    mail_service: str = ""


def _record(name, default):
    value = api.portal.get_registry_record(name, default=None)
    return default if value in (None, "") else value


def get_settings(**overrides) -> Settings:
    """The site's settings; ``overrides`` (None values ignored) win."""
    values = {
        "folder": (_record(FOLDER, "") or "").strip(),
        "max_bytes": int(_record(MAX_BYTES, DEFAULT_MAX_BYTES)),
        "batch_size": int(_record(BATCH_SIZE, DEFAULT_BATCH_SIZE)),
        "require_sidecar": bool(_record(REQUIRE_SIDECAR, True)),
        "mail_type": (_record(MAIL_TYPE, "letter") or "").strip(),
        "mail_service": (_record(MAIL_SERVICE, "") or "").strip(),
    }
    values.update({k: v for k, v in overrides.items() if v is not None})
    values["batch_size"] = max(1, int(values["batch_size"]))
    return Settings(**values)


@dataclass(frozen=True)
class Layout:
    root: Path

    @property
    def scans(self) -> Path:
        return self.root / "scans"

    @property
    def mail(self) -> Path:
        return self.root / "mail"

    @property
    def quarantine(self) -> Path:
        return self.root / "quarantine"

    def ensure(self) -> "Layout":
        """Create the sub-folders when missing."""
        for name in SUBFOLDERS:
            folder = self.root / name
            folder.mkdir(parents=True, exist_ok=True)
            # a sub-folder that is a link would make the run read elsewhere
            if folder.is_symlink() or not folder.is_dir():
                raise NotADirectoryError(
                    errno.ENOTDIR, "not a folder of the drop folder", str(folder)
                )
        return self


class FolderError(ValueError):
    """No usable drop folder (message is an i18n message)."""


def layout_for(folder: str | None) -> Layout:
    from ia.docs import _

    if not folder:
        raise FolderError(
            _(
                "msg_ingest_no_folder",
                default="No drop folder: set the registry record ia.docs.ingest_folder.",
            )
        )
    path = Path(folder)
    if not path.is_absolute():
        raise FolderError(
            _(
                "msg_ingest_folder_relative",
                default="The drop folder must be an absolute path: ${folder}.",
                mapping={"folder": folder},
            )
        )
    try:
        return Layout(path).ensure()
    except OSError as exc:
        raise FolderError(
            _(
                "msg_ingest_folder_unusable",
                default="The drop folder ${folder} cannot be used: ${error}.",
                mapping={"folder": folder, "error": exc.strerror or str(exc)},
            )
        ) from exc
