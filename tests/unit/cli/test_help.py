"""Help that teaches (issue 16): every command has a description and examples, every
option a help line; a mistake is printed with the command's own usage; long choice lists
are not dumped."""

from __future__ import annotations

import argparse
import re
import subprocess
import sys

import pytest

from smtp_desk.cli import EXAMPLES, build_parser, command_tree, main
from smtp_desk.cli.presets import preset_arg, region_arg
from smtp_desk.core.preset_table import SES_REGIONS

TREE = command_tree(build_parser())


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        code = main(argv)
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_the_tree_has_the_known_commands() -> None:
    assert {"send", "status", "register", "resolve", "self-test", "import members"} <= set(TREE)


@pytest.mark.parametrize("command", sorted(TREE))
def test_every_command_has_a_description_and_examples(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    parser = TREE[command]
    assert parser.description, f"{command}: no description"
    assert command in EXAMPLES or parser.epilog, f"{command}: no examples"
    code, out, _ = _run([*command.split(), "--help"], capsys)
    assert code == 0
    example = re.split(r"\nexamples?:", out)
    assert len(example) == 2, f"{command}: no examples in its help"
    assert f"smtp-desk {command}" in example[1]


@pytest.mark.parametrize("command", sorted(TREE))
def test_every_option_has_a_help_line(command: str) -> None:
    missing = [
        "/".join(action.option_strings) or action.dest
        for action in TREE[command]._actions
        if not isinstance(action, argparse._SubParsersAction)
        and (action.help is None or not str(action.help).strip())
    ]
    assert not missing, f"{command}: no help for {missing}"


@pytest.mark.parametrize(
    ("command", "option"),
    [
        ("configure", "--security"),
        ("send", "--kind"),
        ("import pdfs", "--kind"),
        ("register", "--period"),
        ("resolve", "ITEM"),
        ("status", "--json"),
    ],
)
def test_the_options_named_in_the_issue_are_explained(
    command: str, option: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = _run([*command.split(), "--help"], capsys)
    options = out.split("options:")[0] if option.isupper() else out.split("options:")[1]
    lines = re.split(r"\nexamples?:", options)[0].splitlines()
    at = next(i for i, line in enumerate(lines) if line.strip().startswith(option))
    entry = " ".join(lines[at : at + 2])  # argparse puts a long option's help on the next line
    words = entry.split()
    assert len(words) >= 4, f"{command} {option}: no help in {entry!r}"


@pytest.mark.parametrize(
    ("argv", "usage"),
    [
        (["status", "--bogus"], "usage: smtp-desk status"),
        (["register", "--period", "2026-11", "--bogus"], "usage: smtp-desk register"),
        (["import", "members", "m.csv", "--period", "2026-11"], "usage: smtp-desk import members"),
        (["import", "members", "m.csv", "--replace"], "usage: smtp-desk import members"),
        (
            ["import", "receipts", "r.csv", "--period", "2026-11"],
            "usage: smtp-desk import receipts",
        ),
        (["backups", "restore", "--latest", "--bogus"], "usage: smtp-desk backups restore"),
        (["send", "--kind", "bill", "--period", "2026-11", "--nope"], "usage: smtp-desk send"),
    ],
)
def test_a_wrong_option_prints_the_commands_own_usage(
    argv: list[str], usage: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run(argv, capsys)
    assert code == 2 and out == ""
    assert err.startswith(usage), err
    assert "unrecognized arguments" in err
    assert "usage: smtp-desk [-h]" not in err


def test_an_error_names_the_option_as_typed(capsys: pytest.CaptureFixture[str]) -> None:
    _, _, err = _run(["register", "--period"], capsys)
    assert "error: --period: expected one argument" in err


def test_a_mistyped_command_still_gets_the_top_usage(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(["stauts"], capsys)
    assert code == 2 and err.startswith("usage: smtp-desk [-h]")


def test_region_and_preset_types_point_at_presets_not_the_list() -> None:
    assert region_arg("AP-SOUTH-1") == "ap-south-1"
    assert preset_arg("Gmail") == "gmail"
    for check, typo in ((region_arg, "ap-south-9"), (preset_arg, "gmial")):
        with pytest.raises(argparse.ArgumentTypeError) as refused:
            check(typo)
        assert "smtp-desk presets" in str(refused.value)
        assert SES_REGIONS[-1] not in str(refused.value)


def test_presets_lists_the_ses_regions(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = _run(["presets"], capsys)
    assert all(region in out for region in SES_REGIONS)


@pytest.mark.parametrize("command", ["send", "status", "register", "resolve", "self-test"])
def test_help_in_a_real_process(command: str) -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from smtp_desk.cli import main; sys.exit(main(sys.argv[1:]))",
            command,
            "--help",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"usage: smtp-desk {command}")
    assert "\nexample" in done.stdout and done.stderr == ""


def test_the_self_test_finds_the_languages_and_shapes_devanagari() -> None:
    from smtp_desk.cli.self_test import checks

    check = dict(checks())["languages"]
    assert check() == (
        "window in English, मराठी (Marathi), हिन्दी (Hindi); Devanagari shaped "
        "(8 letters → 6 glyphs)"
    )
