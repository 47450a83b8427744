"""Starting and running a batch from the data folder: the one path the command line and
the window share (settings, sign-in, profile, documents, outbox, limits, lock, sender)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from smtp_desk.core.account import AccountSettings
from smtp_desk.core.backups import backup_or_warn
from smtp_desk.core.canceller import Canceller
from smtp_desk.core.dispatch import Job, jobs_for
from smtp_desk.core.errors import SmtpDeskError
from smtp_desk.core.i18n import QT_TRANSLATE_NOOP, shown_period, translate
from smtp_desk.core.instants import as_utc, now_utc
from smtp_desk.core.kinds import KINDS, DocumentKind
from smtp_desk.core.limits import DAY, Limits, Plan, limits_for, make_plan
from smtp_desk.core.model import Period
from smtp_desk.core.oauth import sign_in_for
from smtp_desk.core.outbox import Outbox
from smtp_desk.core.outbox_records import ItemSpec, ItemState, Run
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.run_lock import RunLock, RunLockHeld
from smtp_desk.core.run_result import Progress, RunResult
from smtp_desk.core.secret_store import SecretStore
from smtp_desk.core.sender import SendOptions, send_run
from smtp_desk.core.sent_check import try_check_sent
from smtp_desk.core.sent_copies import SentCopies
from smtp_desk.core.settings_file import Settings, load_settings, save_settings
from smtp_desk.core.signin import SignIn
from smtp_desk.core.society import SocietyProfile, check_profile, load_profile
from smtp_desk.core.store import Store
from smtp_desk.core.validation import InvalidAccount, checked_account, errors_in
from smtp_desk.core.wording_store import InvalidWording, Wording, load_wording, wording_kind

__all__ = [
    "Batch",
    "BatchError",
    "learn_daily_limit",
    "prepare_batch",
    "run_batch",
    "settle_crashed_runs",
]

log = logging.getLogger(__name__)


# "no bills for November 2026": the kind's word in the sentence, as the window says it
_NONE_OF = {
    DocumentKind.BILL: QT_TRANSLATE_NOOP("batch", "bills"),
    DocumentKind.RECEIPT: QT_TRANSLATE_NOOP("batch", "receipts"),
    DocumentKind.STATEMENT: QT_TRANSLATE_NOOP("batch", "statements"),
}


class BatchError(SmtpDeskError):
    """The batch cannot start; the text says what to do first."""


@dataclass
class Batch:
    """A prepared run: what to send and how to sign in (never the password itself)."""

    folder: DataFolder
    kind: DocumentKind
    period: Period
    account: AccountSettings
    sign_in: SignIn | None  # None: a relay without login
    profile: SocietyProfile
    logo: bytes | None
    jobs: dict[str, Job]
    run: Run
    waiting_confirmation: list[ItemSpec]
    limits: Limits
    plan: Plan
    secrets: SecretStore | None = None  # where the mailbox's sign-in is read from, if filed

    @property
    def description(self) -> str:
        """``maintenance bills for Nov 2026``."""
        return f"{KINDS[self.kind].plural} for {self.period.label}"


def _account(folder: DataFolder, store: SecretStore) -> tuple[AccountSettings, SignIn | None]:
    draft = load_settings(folder.settings_file).account
    if draft is None:
        raise BatchError(
            translate("batch", "no email account is saved yet: set up Email Credentials first.")
        )
    try:
        # The password is not needed to prepare: the sign-in reads it when a connection
        # opens, and a missing one stops the run there with its own notice and fix.
        account = checked_account(draft, password_stored=True)
    except InvalidAccount as exc:
        problems = "; ".join(f"{p.field}: {p.message}" for p in exc.problems)
        raise BatchError(
            translate("batch", "the saved email settings cannot be used: {problems}").format(
                problems=problems
            )
        ) from exc
    if not account.user:
        return account, None
    return account, sign_in_for(account, store)


def _profile(folder: DataFolder) -> tuple[SocietyProfile, bytes | None]:
    profile = load_profile(folder.root)
    if not profile.name or errors_in(check_profile(profile)):
        raise BatchError(
            translate("batch", "save a complete Society Profile first; it heads every PDF.")
        )
    path = profile.logo_path(folder.root)
    return profile, path.read_bytes() if path and path.is_file() else None


def _wording(folder: DataFolder, kind: DocumentKind) -> Wording:
    try:
        return load_wording(folder.root, wording_kind(kind))
    except InvalidWording as exc:
        raise BatchError(
            translate(
                "batch",
                "the message wording for {kinds} has a mistake ({problem}); correct it in "
                "Message Wording first.",
            ).format(kinds=translate("kinds", KINDS[kind].plural), problem=exc)
        ) from None


def settle_crashed_runs(folder: DataFolder, now: datetime) -> None:
    """Refuse to touch a run while another process (or window) is sending from here; with
    nobody sending, a message left "sending" by a program that died is "unconfirmed"
    from now on (so the page shows it as such, and a person decides)."""
    try:
        with RunLock(folder.root, who="command"), Store.open(folder.register_file) as store:
            settled = Outbox(store, domain="").recover(now)
        if settled:
            log.warning(
                "%d message(s) were being handed over when SMTP Desk last stopped: they may "
                "have arrived, and are marked unconfirmed for you to decide.",
                settled,
            )
    except RunLockHeld as exc:
        raise BatchError(str(exc)) from None


def prepare_batch(
    folder: DataFolder,
    kind: DocumentKind,
    period: Period,
    *,
    secrets: SecretStore | None = None,
    accept_changes: bool = False,
    now: datetime | None = None,
) -> Batch:
    """Check everything, start or resume the run, and plan it. Raises :class:`BatchError`
    (also when another run is sending from this data folder)."""
    if KINDS[kind].one_month and period.start.month != period.end.month:
        raise BatchError(
            translate("batch", "{kinds} are sent one month at a time").format(
                kinds=translate("kinds", KINDS[kind].plural)
            )
        )
    now = as_utc(now) if now else now_utc()
    secrets = secrets or SecretStore()  # one store for the sign-in, the check and the run
    account, sign_in = _account(folder, secrets)
    profile, logo = _profile(folder)
    wording = _wording(folder, kind)
    settle_crashed_runs(folder, now)
    # unconfirmed messages settled by the Sent folder first: found there, sent; not there,
    # sent with this run (the mailbox unreadable: they stay unconfirmed, as before)
    try_check_sent(folder, account, now=now, secrets=secrets)
    with Store.open(folder.register_file) as store:
        jobs = jobs_for(store, folder.root, kind, period)
        if not jobs:
            raise BatchError(
                translate(
                    "batch",
                    "there is nothing to send: no {kinds} for {period} in the register (import "
                    "them first in Members & Documents).",
                ).format(
                    kinds=translate("batch", _NONE_OF[kind]),
                    period=shown_period(period.start, period.end),
                )
            )
        outbox = Outbox(store, domain=account.from_email.rpartition("@")[2])
        preparation = outbox.prepare(
            kind,
            period.key,
            [j.spec for j in jobs],
            subject=wording.subject,
            body=wording.body,
            language=wording.language,
            now=now,
            accept_changes=accept_changes,
        )
        limits = limits_for(account)
        waiting = len(
            outbox.items(preparation.run.id, states=(ItemState.PENDING, ItemState.DEFERRED))
        )
        plan = make_plan(waiting, outbox.sent_times(now - DAY), limits, now)
    return Batch(
        folder,
        kind,
        period,
        account,
        sign_in,
        profile,
        logo,
        {j.spec.document: j for j in jobs},
        preparation.run,
        preparation.waiting_confirmation,
        limits,
        plan,
        secrets,
    )


def learn_daily_limit(folder: DataFolder, limit: int, day: date) -> tuple[int, str]:
    """Keep the daily limit a provider's quota reply revealed with the saved account, so
    Prepare, the plan, ``status`` and Email Credentials all show the same number; the limit
    in force afterwards and the day it was learned (an earlier, larger one is kept)."""
    try:
        settings = load_settings(folder.settings_file)
        saved = settings.account
        if saved is None or limit <= 0:
            return limit, day.isoformat()
        known = saved.daily_limit.strip()
        if saved.daily_limit_learned and known.isdigit() and int(known) >= limit:
            return (
                int(known),
                saved.daily_limit_learned,
            )  # learned before: a later, smaller count (a calendar-day provider, mail
            # sent from the webmail) is no reason to lower it day after day
        draft = saved.with_changes(daily_limit=str(limit), daily_limit_learned=day.isoformat())
        save_settings(folder.settings_file, Settings(account=draft))
    except (SmtpDeskError, OSError) as exc:  # the run's result stands; the plan still says
        log.warning("The learned daily limit (%d) could not be saved: %s", limit, exc)
        return limit, day.isoformat()
    log.info("The provider's daily limit, learned from its reply: %d messages a day.", limit)
    return limit, day.isoformat()


def run_batch(
    batch: Batch,
    *,
    who: str = "command",
    options: SendOptions | None = None,
    on_progress: Callable[[Progress], None] | None = None,
    should_stop: Callable[[], bool] = lambda: False,
    canceller: Canceller | None = None,
    clock: Callable[[], datetime] = now_utc,
) -> RunResult:
    """Send the batch's run (in the calling thread, with its own register connection),
    holding the data folder's sending lock throughout. Raises
    :class:`~smtp_desk.core.run_lock.RunLockHeld` when another run is sending."""
    canceller = canceller or Canceller()  # the run's and its Sent copies' (Stop cuts both)
    with (
        RunLock(batch.folder.root, who=who, what=batch.description),
        Store.open(batch.folder.register_file) as store,
    ):
        backup_or_warn(batch.folder, "before-run")  # a failed copy never stops the run
        outbox = Outbox(store, domain=batch.account.from_email.rpartition("@")[2])
        return send_run(
            outbox,
            batch.run.id,
            batch.jobs,
            account=batch.account,
            sign_in=batch.sign_in,
            profile=batch.profile,
            logo=batch.logo,
            data_root=batch.folder.root,
            limits=batch.limits,
            options=options,
            on_progress=on_progress,
            on_limit_learned=lambda n: learn_daily_limit(
                batch.folder, n, clock().astimezone().date()
            ),
            should_stop=should_stop,
            canceller=canceller,
            clock=clock,
            copies=SentCopies(
                batch.account, batch.secrets, clock=lambda: as_utc(clock()), canceller=canceller
            ),
        )
