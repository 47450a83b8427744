"""``smtp-desk detect ADDRESS``: the settings found from an address, and where from.

Exit 0 when something was found, 1 when not. ``--json``: ``{"preset", "host", "port",
"security", "sign_in", "source", "detail"}`` with ``source`` one of ``known-domain``,
``mx``, ``srv``, ``autoconfig``, ``none``.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from smtp_desk.core.detect import Detected, detect
from smtp_desk.core.presets import preset

__all__ = ["add_parser", "describe"]


def add_parser(commands: Any) -> None:
    parser = commands.add_parser(
        "detect",
        help="find the mail settings from the society's address",
        description="Find the provider and mail server from an address: the bundled list "
        "of mailbox domains, the domain's mail (MX) servers, its published submission "
        "server (SRV) and its autoconfig file. DNS goes to the system, or to SMTP_DESK_DNS "
        "(HOST:PORT). Example: smtp-desk detect accounts@yoursociety.in",
    )
    parser.add_argument("address", help="the society's email address")
    parser.add_argument("--json", action="store_true", help="one JSON object on stdout")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    found = detect(args.address)
    if args.json:
        print(json.dumps(found.as_json(), ensure_ascii=False))
    else:
        print(describe(found))
    return 0 if found.found else 1


def describe(found: Detected) -> str:
    """What was found, in a sentence and the settings, for the terminal."""
    if not found.found:
        return f"Not found: {found.detail}."
    lines = [f"Found: {found.detail} (from {found.source.value})."]
    lines.append(f"  Provider  {preset(found.preset).name} ({found.preset})")
    lines.append(f"  Server    {found.host} port {found.port}, {found.security.label}")
    lines.append(f"  Sign-in   {found.sign_in.label}")
    return "\n".join(lines)
