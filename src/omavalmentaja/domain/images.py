"""The one check every stored image passes (a drawn signature, the print logo, a signature image arriving in a
sync bundle): a PNG that decodes completely, within a byte size and a pixel size, so that a decompression bomb
or a truncated file is refused where it comes in, not found later by the PDF that cannot draw it."""

from __future__ import annotations

import io
import warnings

from PIL import Image, UnidentifiedImageError

from omavalmentaja.messages import Message

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
MAX_SIGNATURE_BYTES = 2_000_000
MAX_LOGO_BYTES = 2_000_000
MAX_SIDE = 4_000  # pixels on either side; a signature pad or a logo is far smaller
MAX_PIXELS = 4_000_000


class BadImage(ValueError):
    """The image is refused; `message` says why (never with the image's bytes)."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.id)
        self.message = message


def check_png(data: object, max_bytes: int) -> tuple[int, int]:
    """Raise BadImage unless `data` is a complete PNG of at most max_bytes bytes and MAX_SIDE × MAX_SIDE,
    MAX_PIXELS pixels; return its (width, height). The header's size is checked before any pixel is
    decompressed, then every pixel is decoded once (a truncated or corrupt file fails here)."""
    if not isinstance(data, bytes) or not data.startswith(PNG_MAGIC):
        raise BadImage(Message.of("input.image_not_png"))
    if len(data) > max_bytes:
        raise BadImage(Message.of("input.image_too_large", max_bytes // 1_000_000))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=["PNG"]) as image:
                width, height = image.size
                if not (0 < width <= MAX_SIDE and 0 < height <= MAX_SIDE and width * height <= MAX_PIXELS):
                    raise BadImage(Message.of("input.image_too_many_pixels", MAX_SIDE, MAX_SIDE))
                image.load()
    except BadImage:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise BadImage(Message.of("input.image_too_many_pixels", MAX_SIDE, MAX_SIDE)) from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError, MemoryError):
        raise BadImage(Message.of("input.image_damaged")) from None
    return width, height
