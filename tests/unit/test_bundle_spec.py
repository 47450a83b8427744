"""Every data file the program opens is inside the bundle that build_installer.spec makes."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SPEC = (ROOT / "build_installer.spec").read_text(encoding="utf-8")


def _bundled_types() -> tuple[str, ...]:
    found = re.search(r"^RESOURCE_TYPES = (\(.*?\))$", SPEC, flags=re.M)
    assert found, "the spec names the resource file types it takes"
    value = ast.literal_eval(found.group(1))
    assert isinstance(value, tuple)
    return value


def _opened_resources() -> set[str]:
    """Names the code reads through importlib.resources (literal file names)."""
    names: set[str] = set()
    for path in (ROOT / "smtp_desk").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if "smtp_desk.resources" not in text:
            continue
        names |= set(re.findall(r'"([\w.-]+\.(?:ttf|svg|png|csv|json|txt))"', text))
    return names


def test_every_resource_the_code_opens_goes_into_the_bundle() -> None:
    types = _bundled_types()
    opened = _opened_resources()
    assert {"icon.svg", "DejaVuSans.ttf", "members.csv", "society.json"} <= opened
    on_disk = {p.name: p for p in (ROOT / "resources").rglob("*") if p.is_file()}
    for name in sorted(opened):
        assert name in on_disk, f"{name} is opened but not in resources/"
        assert name.endswith(types), f"{name} is not a type the spec collects"
    assert 'os.walk(os.path.join(SPECPATH, "resources"))' in SPEC
    for init in (
        "resources/__init__.py",
        "resources/fonts/__init__.py",
        "resources/sample/__init__.py",
    ):
        assert (ROOT / init).is_file() and init.endswith(types)


def test_the_sample_logo_named_in_the_profile_is_bundled() -> None:
    import json

    profile = json.loads((ROOT / "resources" / "sample" / "society.json").read_text("utf-8"))
    assert (ROOT / "resources" / "sample" / profile["society"]["logo"]).is_file()
    assert profile["society"]["logo"].endswith(_bundled_types())


def test_the_windows_catalogues_go_in_and_qts_own_translations_stay_out() -> None:
    assert ".qm" in _bundled_types()
    assert (ROOT / "resources" / "translations" / "__init__.py").is_file()
    found = re.search(r"^(BABEL_KEEP = .*?\n\n\ndef _keep\(entry\):.*?)\n\n\n", SPEC, re.M | re.S)
    assert found, "the spec filters the collected files with _keep"
    namespace: dict[str, object] = {}
    exec(found.group(1), namespace)  # noqa: S102 - the spec's own filter, from this repository
    keep = namespace["_keep"]
    assert callable(keep)
    assert keep(("smtp_desk/resources/translations/smtp_desk_mr.qm", "", "DATA"))
    assert not keep(("PySide6/Qt/translations/qtbase_de.qm", "", "DATA"))
