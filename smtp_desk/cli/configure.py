"""``smtp-desk configure``: the Email Credentials form on the command line.

Options change the saved account; the result is checked by the same rules as the window.
Problems are printed one a line, naming the option; warnings do not stop the save.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from smtp_desk.cli.detect import describe
from smtp_desk.cli.password_input import read_password
from smtp_desk.cli.presets import preset_arg, region_arg
from smtp_desk.cli.problems import print_problems, problems_json
from smtp_desk.core.account import (
    FIELDS,
    AccountDraft,
    AccountSettings,
    Security,
    SignInMethod,
    security_for_port,
)
from smtp_desk.core.account_store import save_account
from smtp_desk.core.detect import detect
from smtp_desk.core.errors import SettingsError
from smtp_desk.core.imap_settings import imap_defaults, keeps_sent
from smtp_desk.core.logs import setup_logging
from smtp_desk.core.no_password_store import NO_STORE
from smtp_desk.core.oauth import OAuthSignIn
from smtp_desk.core.oauth_apps import built_in_client
from smtp_desk.core.oauth_google import client_secret_entry
from smtp_desk.core.paths import data_folder
from smtp_desk.core.presets import apply_preset, preset, reconcile_preset
from smtp_desk.core.secret_store import SecretStore, Where
from smtp_desk.core.settings_file import load_settings
from smtp_desk.core.validation import InvalidAccount, check, checked_account

__all__ = ["add_parser", "option_for"]

_OPTIONS = {  # form field -> command-line option
    "preset": "--preset",
    "host": "--host",
    "port": "--port",
    "security": "--security",
    "user": "--user",
    "password": "--password-stdin",
    "from_email": "--from-email",
    "from_name": "--from-name",
    "reply_to": "--reply-to",
    "daily_limit": "--daily-limit",
    "minute_limit": "--minute-limit",
    "sign_in": "--sign-in",
    "oauth_client_id": "--oauth-client-id",
    "oauth_tenant": "--oauth-tenant",
    "oauth_authority": "--oauth-authority",
    "imap_host": "--imap-host",
    "imap_port": "--imap-port",
    "imap_security": "--imap-security",
    "copy_to_sent": "--copy-to-sent",
    "archive_bcc": "--archive-bcc",
}


def option_for(field: str) -> str:
    return _OPTIONS.get(field, field)


def add_parser(commands: Any) -> None:
    parser = commands.add_parser(
        "configure",
        help="set the sending account (Email Credentials)",
        description="Set the sending account. Options not given keep their saved value.",
    )
    parser.add_argument(
        "--preset",
        type=preset_arg,
        metavar="PRESET",
        help="provider preset, e.g. gmail, office365, ses, custom (see 'smtp-desk presets')",
    )
    parser.add_argument(
        "--region",
        type=region_arg,
        metavar="REGION",
        help="Amazon SES region, e.g. ap-south-1 (see 'smtp-desk presets')",
    )
    parser.add_argument(
        "--detect",
        metavar="ADDRESS",
        help="find the provider and server from the society's address (see 'smtp-desk "
        "detect'); also sets the user ID and From email to it unless given",
    )
    parser.add_argument("--host", help="SMTP server name, e.g. smtp.gmail.com")
    parser.add_argument("--port", help="port number, usually 587 or 465")
    parser.add_argument(
        "--security",
        choices=[s.value for s in Security],
        help="ssl (SSL/TLS, port 465), starttls (587, 25, 2525) or none; default: what the "
        "port needs",
    )
    parser.add_argument("--user", help="login user ID")
    parser.add_argument("--from-email", help="address members see the mail from")
    parser.add_argument("--from-name", help="name members see, e.g. 'Crystal Heights CHS'")
    parser.add_argument("--reply-to", help="where members' replies go (may be empty)")
    parser.add_argument(
        "--daily-limit",
        metavar="N",
        help="messages per rolling 24 hours (0: no limit; default: provider's)",
    )
    parser.add_argument(
        "--minute-limit", metavar="N", help="messages per minute (0: no limit; default: provider's)"
    )
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from standard input (prompted when it is a terminal)",
    )
    parser.add_argument(
        "--sign-in",
        choices=[m.value for m in SignInMethod],
        help="how to sign in: the password, or Sign in with Microsoft/Google (OAuth2; "
        "then run 'smtp-desk signin')",
    )
    parser.add_argument(
        "--oauth-client-id",
        metavar="ID",
        help="the society's app registration (Application (client) ID) for Microsoft or "
        "Google sign-in",
    )
    parser.add_argument(
        "--oauth-tenant",
        metavar="T",
        help="Microsoft tenant: organizations (work accounts, default), consumers "
        "(Outlook.com), or the organisation's tenant ID or domain",
    )
    parser.add_argument(
        "--oauth-authority",
        metavar="URL",
        help="full https:// sign-in authority, for private clouds (replaces the tenant)",
    )
    parser.add_argument(
        "--oauth-client-secret-stdin",
        action="store_true",
        help="Google only: read the OAuth client's secret from standard input (kept in the "
        "computer's password store, never in the settings file)",
    )
    parser.add_argument(
        "--imap-host",
        metavar="H",
        help="the mailbox's IMAP server, read to confirm sent messages and find bounces "
        "(default for Gmail, Microsoft 365, Zoho, Yahoo: the provider's; '' to clear)",
    )
    parser.add_argument(
        "--imap-port", metavar="N", help="IMAP port (993 for ssl, the default; 143 for starttls)"
    )
    parser.add_argument(
        "--imap-security",
        choices=["ssl", "starttls"],
        help="ssl (implicit TLS, port 993) or starttls (port 143); never unencrypted",
    )
    parser.add_argument(
        "--copy-to-sent",
        choices=["yes", "no"],
        help="file a copy of each message in the mailbox's Sent folder over IMAP, for "
        "a server that keeps none (the society's own; Gmail, Microsoft 365 and Zoho keep "
        "their own; for SES, SendGrid and the like use --archive-bcc)",
    )
    parser.add_argument(
        "--archive-bcc",
        metavar="ADDRESS",
        help="also send every message to this address, unseen by the member (an archive "
        "of what was sent; '' for none)",
    )
    parser.add_argument("--show", action="store_true", help="print the saved settings")
    parser.add_argument("--json", action="store_true", help="with --show: one JSON object")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    folder = data_folder()
    store = SecretStore()
    try:
        saved = load_settings(folder.settings_file).account
    except SettingsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if args.show:
        return _show(saved, folder.settings_file, store, as_json=args.json)
    if args.json:
        print("error: --json goes with --show", file=sys.stderr)
        return 2
    draft = _apply_options(saved or AccountDraft(), args)
    if args.password_stdin and draft.sign_in != SignInMethod.PASSWORD.value:
        print(
            f"{option_for('password')}: this account signs in with "
            f"{SignInMethod(draft.sign_in).label if draft.sign_in in _METHODS else draft.sign_in}"
            ", which uses no password; run 'smtp-desk signin' instead.",
            file=sys.stderr,
        )
        return 2
    if args.password_stdin and args.oauth_client_secret_stdin:
        print("error: give either --password-stdin or --oauth-client-secret-stdin", file=sys.stderr)
        return 2
    password = read_password() if args.password_stdin else ""
    if args.password_stdin and not password:
        print(f"{option_for('password')}: no password was given.", file=sys.stderr)
        return 2
    each_run = _no_store_for(draft, store)  # a typed password is only checked, kept nowhere
    stored = each_run or store.has(draft.secret_name)
    problems = check(draft, password=password, password_stored=stored)
    print_problems([p for p in problems if not p.is_error], option_for)
    setup_logging(folder.ensure().log_file)
    try:
        result = save_account(
            draft, password=password, folder=folder, store=store, password_each_run=each_run
        )
    except InvalidAccount as exc:
        print_problems(exc.problems, option_for)
        return 2
    except SettingsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"Saved to {folder.settings_file}.")
    if each_run:
        print(NO_STORE)  # said once; nothing saved half-way
        return 0
    if result.account.sign_in.is_oauth:
        if args.oauth_client_secret_stdin:
            return _keep_client_secret(result.account, store)
        _say_sign_in(result.account, store)
        return 0
    if result.password is Where.SESSION:
        print(f"error: {store.status}", file=sys.stderr)
        return 1
    if result.password is Where.CREDENTIAL_STORE:
        print(store.status)
    return 0


_METHODS = {m.value for m in SignInMethod}


def _no_store_for(draft: AccountDraft, store: SecretStore) -> bool:
    """The account signs in with a password and this computer has nowhere to keep it."""
    return draft.sign_in in ("", SignInMethod.PASSWORD.value) and not store.status.usable


def _detected(
    draft: AccountDraft, address: str, *, with_password: bool
) -> tuple[AccountDraft, str]:
    """The draft with what was found for ``address`` (and the address as user ID and From
    email); the preset found, for the reconciling that follows. A Microsoft 365 domain
    signs in with Microsoft when an app registration is at hand, else (a password given)
    with the password for now."""
    found = detect(address)
    print(describe(found))
    if not found.found:
        raise SystemExit(1)
    method = found.sign_in
    registered = draft.oauth_client_id or built_in_client(method)
    if method.is_oauth and not registered and with_password and found.preset == "office365":
        method = SignInMethod.PASSWORD
    draft = found.applied_to(draft, address, method)
    return draft, found.preset


def _say_sign_in(account: AccountSettings, store: SecretStore) -> None:
    """After saving an OAuth2 account: whether it is signed in, and what to run if not."""
    if OAuthSignIn(account, store).signed_in():
        print(f"Signed in to {account.sign_in.label} as {account.user}.")
    else:
        print(
            f"Not signed in to {account.sign_in.label} yet: run 'smtp-desk signin' "
            "(or click Sign in in Email Credentials)."
        )


def _keep_client_secret(account: AccountSettings, store: SecretStore) -> int:
    if account.sign_in is not SignInMethod.GOOGLE or not account.oauth_client_id:
        print(
            "--oauth-client-secret-stdin: only a Google sign-in with its own "
            "--oauth-client-id has a client secret.",
            file=sys.stderr,
        )
        return 2
    secret = read_password()
    if not secret:
        print("--oauth-client-secret-stdin: no secret was given.", file=sys.stderr)
        return 2
    if store.put(client_secret_entry(account.oauth_client_id), secret) is Where.SESSION:
        print(f"error: {store.status}", file=sys.stderr)
        return 1
    print("The Google client secret is in the computer's password store.")
    _say_sign_in(account, store)
    return 0


def _apply_options(draft: AccountDraft, args: argparse.Namespace) -> AccountDraft:
    chosen = ""
    if args.detect:
        draft, chosen = _detected(draft, args.detect, with_password=args.password_stdin)
    if args.preset:
        chosen = args.preset
        draft = apply_preset(draft, preset(args.preset), region=args.region or "")
    elif args.region and draft.preset == "ses":
        draft = apply_preset(draft, preset("ses"), region=args.region)
    changes = {
        name: getattr(args, name)
        for name in FIELDS
        if name != "preset" and getattr(args, name, None) is not None
    }
    if args.imap_host is not None and not args.imap_host.strip():
        changes.update(imap_host="", imap_port="", imap_security="")  # no mailbox read
    if args.port is not None and args.security is None:
        try:
            follows = security_for_port(int(args.port))
        except ValueError:
            follows = None
        if follows is not None:
            changes["security"] = follows.value
    return reconcile_preset(draft.with_changes(**changes), chosen=chosen)


def _show(saved: AccountDraft | None, path: Any, store: SecretStore, *, as_json: bool) -> int:
    stored = saved is not None and store.has(saved.secret_name)
    no_store = saved is not None and _no_store_for(saved, store)
    problems = check(saved, password_stored=stored or no_store) if saved is not None else []
    if as_json:
        out = {
            "settings_file": str(path),
            "account": None if saved is None else saved.as_dict(),
            "password_stored": stored,
            "password_each_run": no_store,
            "signed_in": _signed_in(saved, store) if saved is not None else False,
            "password_store": str(store.status),
            "problems": problems_json(problems),
        }
        print(json.dumps(out, ensure_ascii=False))
        return 0
    print(f"Settings file  {path}")
    if saved is None:
        print("No account saved yet: run 'smtp-desk configure --preset …' or open the window.")
        return 0
    try:
        security = Security(saved.security).label
    except ValueError:
        security = saved.security
    rows = [
        ("Provider", f"{_preset_name(saved.preset)} ({saved.preset})"),
        ("SMTP host", saved.host),
        ("Port", saved.port),
        ("Security", security),
        ("User ID", saved.user),
        *_credential_rows(saved, store, stored, no_store=no_store),
        ("From email", saved.from_email),
        ("From name", saved.from_name),
        ("Reply-To", saved.reply_to),
        ("Mailbox (IMAP)", _mailbox_row(saved)),
        ("Copy in Sent", _copy_row(saved)),
        ("Archive copy", saved.archive_bcc or "none (--archive-bcc)"),
    ]
    for label, value in rows:
        print(f"{label:<14} {value}")
    print(store.status)
    print_problems(problems, option_for, sys.stdout)
    return 0


def _credential_rows(
    saved: AccountDraft, store: SecretStore, stored: bool, *, no_store: bool
) -> list[tuple[str, str]]:
    if saved.sign_in in ("", SignInMethod.PASSWORD.value):
        if no_store:
            return [("Password", "given with --password-stdin at each run (no password store)")]
        return [("Password", "stored" if stored else "not stored")]
    label = SignInMethod(saved.sign_in).label if saved.sign_in in _METHODS else saved.sign_in
    return [
        ("Sign-in", f"{label} ({'signed in' if _signed_in(saved, store) else 'not signed in'})"),
        ("Client ID", saved.oauth_client_id or "(built in)"),
        *([("Tenant", saved.oauth_tenant)] if saved.oauth_tenant else []),
        *([("Authority", saved.oauth_authority)] if saved.oauth_authority else []),
    ]


def _copy_row(saved: AccountDraft) -> str:
    if saved.copy_to_sent == "yes":
        return "filed by SMTP Desk after each message (--copy-to-sent yes)"
    if keeps_sent(saved.preset):
        return "kept by the provider"
    return "none (--copy-to-sent yes files one)"


def _mailbox_row(saved: AccountDraft) -> str:
    if saved.imap_host:
        security = saved.imap_security or "ssl"
        port = saved.imap_port or ("993" if security == "ssl" else "143")
        return f"{saved.imap_host} port {port}, {security}"
    found = imap_defaults(saved.preset)
    if found is not None:
        return f"{found.host} port {found.port} (the provider's)"
    return "not set (--imap-host): unconfirmed messages are settled by hand"


def _signed_in(saved: AccountDraft, store: SecretStore) -> bool:
    try:
        account = checked_account(saved, password_stored=True)
    except InvalidAccount:
        return False
    return account.sign_in.is_oauth and OAuthSignIn(account, store).signed_in()


def _preset_name(preset_id: str) -> str:
    try:
        return preset(preset_id).name
    except KeyError:
        return "unknown"
