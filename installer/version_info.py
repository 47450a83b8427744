"""Write build/version_info.txt (Windows file properties) from the package version; run
before `make bundle` on Windows."""

from __future__ import annotations

from pathlib import Path

from smtp_desk import APP_NAME, __version__

TEMPLATE = """VSVersionInfo(
  ffi=FixedFileInfo(filevers={nums}, prodvers={nums}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
      StringStruct('CompanyName', '{name}'),
      StringStruct('FileDescription', '{name} — mails society bills, receipts and statements'),
      StringStruct('FileVersion', '{version}'),
      StringStruct('InternalName', 'smtp-desk'),
      StringStruct('OriginalFilename', 'smtp-desk.exe'),
      StringStruct('ProductName', '{name}'),
      StringStruct('ProductVersion', '{version}')])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""


def main() -> None:
    parts = [int(p) for p in __version__.split(".")[:3]]
    nums = tuple(parts + [0] * (4 - len(parts)))
    out = Path("build/version_info.txt")
    out.parent.mkdir(exist_ok=True)
    out.write_text(TEMPLATE.format(nums=nums, name=APP_NAME, version=__version__),
                   encoding="utf-8")
    print(f"Wrote {out} for {APP_NAME} {__version__}")


if __name__ == "__main__":
    main()
