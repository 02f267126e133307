"""Uploaded files that staff and organizers open later (report evidence, funding documents).

An upload is judged by what it is, never by its name or declared type: an image must decode (Pillow
verifies it), a PDF must parse (pypdf reads its page tree). It is stored under a name we choose, with
the extension of the type found, and served back with that type only, ``nosniff``, a sandboxing CSP and,
for anything that is not an image, as an attachment. A file that starts as a PNG and goes on as HTML is
therefore stored as ``….png``, answered as ``image/png`` and never run as a page of ours.
"""

import re
import uuid
from dataclasses import dataclass
from pathlib import PurePath
from urllib.parse import quote

from django.core.files.uploadedfile import UploadedFile
from django.http import FileResponse
from PIL import Image, UnidentifiedImageError
from pypdf import PdfReader
from pypdf.errors import PdfReadError


@dataclass(frozen=True)
class FileType:
    kind: str  # "image" or "pdf"
    extension: str
    media_type: str


PNG = FileType("image", ".png", "image/png")
JPEG = FileType("image", ".jpg", "image/jpeg")
PDF = FileType("pdf", ".pdf", "application/pdf")
IMAGE_FORMATS = {"PNG": PNG, "JPEG": JPEG}
BY_EXTENSION = {file_type.extension: file_type for file_type in (PNG, JPEG, PDF)}
# What a served file may do as a document: nothing. No script, no plugin, an origin of its own.
SANDBOX_POLICY = "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'"
_UNSAFE_NAME = re.compile(r"[^\w.\- ]+")


def _image_type(upload) -> FileType | None:
    try:
        with Image.open(upload) as image:
            found = IMAGE_FORMATS.get(image.format or "")
            image.verify()
        return found
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        return None


def _is_pdf(upload) -> bool:
    try:
        reader = PdfReader(upload, strict=False)
        return len(reader.pages) > 0
    except (PdfReadError, OSError, ValueError, KeyError, TypeError, RecursionError):
        return False


def detect_file_type(upload) -> FileType | None:
    """PNG, JPEG or PDF by content, or None for anything else (or anything broken)."""
    try:
        upload.seek(0)
        head = upload.read(5)
        upload.seek(0)
        if head == b"%PDF-":
            return PDF if _is_pdf(upload) else None
        return _image_type(upload)
    finally:
        upload.seek(0)


def name_upload(upload: UploadedFile, file_type: FileType) -> UploadedFile:
    """Give the upload the name it is stored under: random, with the extension of its real type."""
    upload.name = f"{uuid.uuid4().hex}{file_type.extension}"
    return upload


def stored_type(stored_name: str) -> FileType | None:
    """The type of a file stored under a name we chose (None for anything else, e.g. older uploads)."""
    return BY_EXTENSION.get(PurePath(stored_name).suffix.lower())


def download_name(label: str, file_type: FileType | None) -> str:
    """A file name for the browser: the person's label, with the extension of the real type."""
    stem = _UNSAFE_NAME.sub("_", PurePath(label or "file").stem).strip(" .") or "file"
    return f"{stem[:100]}{file_type.extension if file_type else '.bin'}"


def upload_response(file, *, stored_name: str, label: str) -> FileResponse:
    """Serve a stored upload: its real type (octet-stream if we cannot vouch for it), never sniffed,
    sandboxed, and downloaded rather than shown unless it is an image."""
    file_type = stored_type(stored_name)
    inline = file_type is not None and file_type.kind == "image"
    response = FileResponse(file, content_type=file_type.media_type if file_type else "application/octet-stream")
    disposition = "inline" if inline else "attachment"
    response["Content-Disposition"] = f"{disposition}; filename*=UTF-8''{quote(download_name(label, file_type))}"
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = SANDBOX_POLICY
    response["Cache-Control"] = "private, no-store"
    return response
