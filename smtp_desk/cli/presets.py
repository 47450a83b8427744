"""``smtp-desk presets``: the provider presets, their ports and limits."""

from __future__ import annotations

import argparse
import json
from typing import Any

from smtp_desk.core.preset_table import PRESETS, SES_REGIONS, Preset

__all__ = ["add_parser", "as_json", "preset_arg", "region_arg"]


def preset_arg(text: str) -> str:
    """``--preset`` (``type=preset_arg, metavar="PRESET"``): a preset's id; a typo is one
    sentence pointing at ``smtp-desk presets``, never the whole list."""
    wanted = text.strip().lower()
    if wanted in {p.id for p in PRESETS}:
        return wanted
    raise argparse.ArgumentTypeError(
        f"unknown preset {text!r}; 'smtp-desk presets' lists them (e.g. gmail, office365, custom)"
    )


def region_arg(text: str) -> str:
    """``--region`` (``type=region_arg, metavar="REGION"``): an Amazon SES region; a typo is
    one sentence pointing at ``smtp-desk presets``, never the 23 regions."""
    wanted = text.strip().lower()
    if wanted in SES_REGIONS:
        return wanted
    raise argparse.ArgumentTypeError(
        f"unknown Amazon SES region {text!r} (e.g. ap-south-1); see 'smtp-desk presets'"
    )


def add_parser(commands: Any) -> None:
    parser = commands.add_parser(
        "presets",
        help="list the provider presets",
        description="List the provider presets: the id to give to 'configure --preset', "
        "the server, its ports and security, and the provider's sending limits. Amazon SES "
        f"regions: {', '.join(SES_REGIONS)}.",
    )
    parser.add_argument("--json", action="store_true", help="one JSON object on stdout")
    parser.set_defaults(run=run)


def as_json(p: Preset) -> dict[str, Any]:
    return {
        "id": p.id,
        "name": p.name,
        "host": p.host,
        "endpoints": [{"port": port, "security": sec.value} for port, sec in p.endpoints],
        "user_hint": p.user_hint,
        "password_kind": p.password_kind,
        "daily_limit": p.daily_limit,
        "minute_limit": p.minute_limit,
        "limits": p.limit_text,
        "regions": list(SES_REGIONS) if p.id == "ses" else [],
    }


def run(args: argparse.Namespace) -> int:
    if args.json:
        print(json.dumps({"presets": [as_json(p) for p in PRESETS]}, ensure_ascii=False))
        return 0
    width = max(len(p.id) for p in PRESETS)
    for p in PRESETS:
        ports = ", ".join(f"{port} {sec.label}" for port, sec in p.endpoints)
        print(f"{p.id:<{width}}  {p.name}")
        if p.host:
            print(f"{'':<{width}}  {p.host} — {ports}")
        if p.limit_text:
            print(f"{'':<{width}}  {p.limit_text}")
        if p.id == "ses":
            print(f"{'':<{width}}  regions (--region): {', '.join(SES_REGIONS)}")
    return 0
