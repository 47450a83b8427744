"""``smtp-desk signin``: sign the saved account in with Microsoft (or Google), once.

Microsoft: the device-code sign-in. The command prints where to go and the code to type
(with ``--json``, first one line ``{"verification_uri": …, "user_code": …}``), waits until
it is entered on any device, keeps the sign-in in the credential store and exits 0. Google
offers no code for mail, so the browser opens on this computer instead.

Where the organisation refuses SMTP Desk the permission to read the mailbox, the code is
refused once and the command says that sending works once it is run again: the next code
asks only to send (``"sending_only": true`` in its line). The result's ``"mailbox"`` says
whether the sign-in also reads the mailbox (the policy is the core's:
:class:`~smtp_desk.core.oauth.OAuthSignIn`).

Exit codes: 0 signed in (or signed out), 1 the sign-in was refused, declined, expired or
could not be kept (the diagnosis says what to do), 2 the saved settings cannot be used.
Scheduled ``test`` and ``send`` runs then use the kept sign-in without asking anyone.
"""

from __future__ import annotations

import argparse
import json
import sys
import threading
from typing import Any

from smtp_desk.cli.problems import diagnosis_json, print_diagnosis
from smtp_desk.core.account import AccountSettings, SignInMethod
from smtp_desk.core.errors import Cancelled, OAuthProblem
from smtp_desk.core.logs import setup_logging
from smtp_desk.core.oauth import OAuthSignIn, SignedIn, printable, sign_in_diagnosis
from smtp_desk.core.paths import data_folder
from smtp_desk.core.secret_store import SecretStore
from smtp_desk.core.settings_file import load_settings
from smtp_desk.core.validation import InvalidAccount, checked_account

__all__ = ["add_parser"]


def add_parser(commands: Any) -> None:
    parser = commands.add_parser(
        "signin",
        help="sign the saved account in with Microsoft or Google",
        description="Sign the saved account in with Microsoft (a code typed at "
        "microsoft.com/devicelogin on any device) or Google (the browser on this "
        "computer). The sign-in is kept in the computer's password store and renewed "
        "automatically; 'test' and 'send' use it without asking. "
        "Example: smtp-desk configure --sign-in microsoft --oauth-client-id ID && "
        "smtp-desk signin",
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help="JSON lines: first the code to enter, then the result",
    )
    parser.add_argument(
        "--sign-out", action="store_true", help="forget the kept sign-in for this account"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    folder = data_folder()
    store = SecretStore()
    draft = load_settings(folder.settings_file).account
    if draft is None:
        return _unusable("no account is saved yet: run 'smtp-desk configure' first", args.json)
    try:
        account = checked_account(draft, password_stored=True)
    except InvalidAccount as exc:
        return _unusable(f"the saved settings cannot be used: {exc}", args.json)
    if not account.sign_in.is_oauth:
        return _unusable(
            "this account signs in with a password; choose another sign-in first "
            "('smtp-desk configure --sign-in microsoft')",
            args.json,
        )
    setup_logging(folder.ensure().log_file)
    sign_in = OAuthSignIn(account, store)
    if args.sign_out:
        sign_in.sign_out()
        _say(args.json, {"signed_in": False, "user": account.user}, "Signed out.")
        return 0
    if not store.status.usable:
        problem = OAuthProblem(
            "sign_in_needed",
            f"the sign-in cannot be kept: {store.status}",
            detail=str(store.status),
        )
        return _refused(account, problem, args.json)
    try:
        done = _sign_in(account, sign_in, as_json=args.json)
    except OAuthProblem as exc:
        return _refused(account, exc, args.json)
    _say(
        args.json,
        {
            "signed_in": True,
            "user": done.user,
            "service": done.service,
            "valid_for": done.valid_for,
            "mailbox": done.mailbox,
        },
        str(done),
    )
    return 0


def _sign_in(account: AccountSettings, sign_in: OAuthSignIn, *, as_json: bool) -> SignedIn:
    if account.sign_in is SignInMethod.GOOGLE:
        if not as_json:
            print("Opening the browser to sign in with Google…", flush=True)
        return sign_in.sign_in_with_browser()
    code = sign_in.start_device_flow()
    if as_json:
        line = {
            "verification_uri": code.verification_uri,
            "user_code": code.user_code,
            "expires_in": code.expires_in,
            "message": code.message,
            "sending_only": code.sending_only,
        }
        print(json.dumps(line), flush=True)
    else:
        uri, user_code = printable(code.verification_uri), printable(code.user_code)
        if not uri.startswith("https://"):
            raise OAuthProblem(
                "oauth_unreachable",
                "the sign-in service gave no usable address to sign in at",
                detail=f"Microsoft: verification address {uri[:80]!r}",
            )
        print(f"To sign in, open {uri} in a browser and enter the code {user_code}", flush=True)
        print(f"Sign in as {account.user}.", flush=True)
        if code.sending_only:
            print(
                "This sign-in asks only to send: your organisation has not approved SMTP "
                "Desk reading the mailbox.",
                flush=True,
            )
        print(f"Waiting up to {code.expires_in // 60} minutes (Ctrl+C stops)…", flush=True)
    stop = threading.Event()
    try:
        return sign_in.finish_device_flow(code, stop.is_set)
    except (KeyboardInterrupt, Cancelled):
        stop.set()
        raise OAuthProblem("sign_in_declined", "the sign-in was stopped") from None


def _refused(account: AccountSettings, error: Exception, as_json: bool) -> int:
    diagnosis = sign_in_diagnosis(error, preset=account.preset)
    if as_json:
        print(json.dumps({"signed_in": False, "diagnosis": diagnosis_json(diagnosis)}))
    else:
        print_diagnosis(diagnosis)
        if diagnosis.detail and diagnosis.detail != diagnosis.title:
            print(f"  ({printable(diagnosis.detail)})", file=sys.stderr)
    return 1


def _say(as_json: bool, data: dict[str, object], text: str) -> None:
    print(json.dumps(data) if as_json else text)


def _unusable(message: str, as_json: bool) -> int:
    if as_json:
        print(json.dumps({"signed_in": False, "error": message}))
    print(f"error: {message}", file=sys.stderr)
    return 2
