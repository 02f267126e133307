"""Make the font the share images are set in: Noto Sans CJK SC Bold cut down to GB 2312 (about 3 MB).

Run once where Debian's fonts-noto-cjk is installed, with fontTools available (``pip install fonttools``):

    python scripts/subset_font.py

and commit ``backend/kepu/common/fonts/NotoSansSC-Bold-GB2312.otf``. The app itself needs neither.
"""

from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection

SOURCE = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc")
TARGET = Path(__file__).resolve().parents[1] / "backend/kepu/common/fonts/NotoSansSC-Bold-GB2312.otf"
SIMPLIFIED_CHINESE = 2  # the collection's face order: JP, KR, SC, TC, HK
EXTRA = "·—…“”‘’、。，：；！？（）《》【】￥～「」"


def gb2312() -> str:
    characters = []
    for high in range(0xA1, 0xF8):
        for low in range(0xA1, 0xFF):
            try:
                characters.append(bytes([high, low]).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return "".join(characters)


def main() -> None:
    face = TTCollection(str(SOURCE)).fonts[SIMPLIFIED_CHINESE]
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.hinting = False
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=gb2312() + "".join(chr(c) for c in range(0x20, 0x7F)) + EXTRA)
    subsetter.subset(face)
    face.save(str(TARGET))
    print(f"{TARGET}: {TARGET.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
