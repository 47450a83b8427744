"""``smtp-desk presets``: the provider presets, their ports and limits."""

from __future__ import annotations

import argparse
import json
from typing import Any

from smtp_desk.core.preset_table import PRESETS, Preset

__all__ = ["add_parser", "as_json"]


def add_parser(commands: Any) -> None:
    parser = commands.add_parser("presets", help="list the provider presets")
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
    return 0
