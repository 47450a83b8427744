"""Starting and running a batch from the data folder: the one path the command line and
the window share (settings, password, profile, documents, outbox, limits, sender)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from smtp_desk.core.account import AccountSettings
from smtp_desk.core.dispatch import BODY, SUBJECTS, Job, jobs_for
from smtp_desk.core.errors import SmtpDeskError
from smtp_desk.core.limits import DAY, Limits, Plan, limits_for, make_plan
from smtp_desk.core.logs import redactor
from smtp_desk.core.model import Period
from smtp_desk.core.outbox import ItemSpec, ItemState, Outbox, Run
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.secret_store import SecretStore
from smtp_desk.core.sender import Progress, RunResult, SendOptions, send_run
from smtp_desk.core.settings_file import load_settings
from smtp_desk.core.society import SocietyProfile, check_profile, load_profile
from smtp_desk.core.store import Store
from smtp_desk.core.transport import Canceller
from smtp_desk.core.validation import InvalidAccount, checked_account, errors_in

__all__ = ["Batch", "BatchError", "prepare_batch", "run_batch"]


class BatchError(SmtpDeskError):
    """The batch cannot start; the text says what to do first."""


@dataclass
class Batch:
    folder: DataFolder
    kind: str
    period: Period
    account: AccountSettings
    password: str
    profile: SocietyProfile
    logo: bytes | None
    jobs: dict[str, Job]
    run: Run
    waiting_confirmation: list[ItemSpec]
    limits: Limits
    plan: Plan


def _account(folder: DataFolder, store: SecretStore | None) -> tuple[AccountSettings, str]:
    draft = load_settings(folder.settings_file).account
    if draft is None:
        raise BatchError("no email account is saved yet: set up Email Credentials first.")
    password = (store or SecretStore()).get(draft.secret_name) or ""
    try:
        return checked_account(draft, password=password), password
    except InvalidAccount as exc:
        raise BatchError(
            "the saved email settings cannot be used: "
            + "; ".join(f"{p.field}: {p.message}" for p in exc.problems)
        ) from exc


def _profile(folder: DataFolder) -> tuple[SocietyProfile, bytes | None]:
    profile = load_profile(folder.root)
    if not profile.name or errors_in(check_profile(profile)):
        raise BatchError("save a complete Society Profile first; it heads every PDF.")
    path = profile.logo_path(folder.root)
    return profile, path.read_bytes() if path and path.is_file() else None


def prepare_batch(
    folder: DataFolder,
    kind: str,
    period: Period,
    *,
    secrets: SecretStore | None = None,
    accept_changes: bool = False,
    now: datetime | None = None,
) -> Batch:
    """Check everything, start or resume the run, and plan it. Raises :class:`BatchError`."""
    if kind != "statement" and period.start.month != period.end.month:
        raise BatchError("bills and receipts are sent one month at a time")
    now = now or datetime.now()
    account, password = _account(folder, secrets)
    profile, logo = _profile(folder)
    redactor.add(password)
    with Store.open(folder.register_file) as store:
        jobs = jobs_for(store, folder.root, kind, period)
        if not jobs:
            raise BatchError(
                f"there is nothing to send: no {kind}s for {period.label} in the "
                "register (import them first)."
            )
        outbox = Outbox(store, domain=account.from_email.rpartition("@")[2])
        preparation = outbox.prepare(
            kind,
            period.key,
            [j.spec for j in jobs],
            subject=SUBJECTS[kind],
            body=BODY,
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
        password,
        profile,
        logo,
        {j.spec.document: j for j in jobs},
        preparation.run,
        preparation.waiting_confirmation,
        limits,
        plan,
    )


def run_batch(
    batch: Batch,
    *,
    options: SendOptions | None = None,
    on_progress: Callable[[Progress], None] | None = None,
    should_stop: Callable[[], bool] = lambda: False,
    canceller: Canceller | None = None,
) -> RunResult:
    """Send the batch's run (in the calling thread, with its own register connection)."""
    with Store.open(batch.folder.register_file) as store:
        outbox = Outbox(store, domain=batch.account.from_email.rpartition("@")[2])
        return send_run(
            outbox,
            batch.run.id,
            batch.jobs,
            account=batch.account,
            password=batch.password,
            profile=batch.profile,
            logo=batch.logo,
            data_root=batch.folder.root,
            limits=batch.limits,
            options=options,
            on_progress=on_progress,
            should_stop=should_stop,
            canceller=canceller,
        )
