"""A society in a data folder, ready to send: members, bills, profile and an account that
points at a local test mail server (a relay that needs no password)."""

from __future__ import annotations

from datetime import timedelta

from smtp_desk.core.account import AccountDraft
from smtp_desk.core.importing.register import Kind, import_file
from smtp_desk.core.paths import DataFolder
from smtp_desk.core.sender import SendOptions
from smtp_desk.core.settings_file import Settings, save_settings
from smtp_desk.core.society import SocietyProfile, save_profile
from smtp_desk.core.store import Store

FROM = "accounts@crystalheights.in"
# Quick retries and reconnects, no jitter: what a test's run uses.
QUICK = SendOptions(
    timeout=5,
    retry_base=timedelta(milliseconds=100),
    reconnect_base=timedelta(milliseconds=50),
    jitter=lambda: 0.0,
)


def flat(number: int) -> str:
    return f"{'AB'[number % 2]}-{100 + number}"


def address(number: int) -> str:
    return f"member{number}@example.in"


def make_society(
    folder: DataFolder,
    *,
    members: int,
    port: int,
    no_email: tuple[int, ...] = (),
    minute_limit: str = "",
    daily_limit: str = "",
    user: str = "",
    names: dict[int, str] | None = None,
    emails: dict[int, str] | None = None,
) -> None:
    """``user``: sign in as this user (the password is the test's to store); ``names`` and
    ``emails``: members whose name or address differ from the usual."""
    folder.ensure()
    save_profile(
        folder.root, SocietyProfile(name="Crystal Heights CHS", address="Baner Road\nPune 411045")
    )
    save_settings(
        folder.settings_file,
        Settings(
            account=AccountDraft(
                preset="custom",
                host="127.0.0.1",
                port=str(port),
                security="starttls",
                user=user,
                from_email=FROM,
                from_name="Crystal Heights CHS",
                daily_limit=daily_limit,
                minute_limit=minute_limit,
            )
        ),
    )
    names, emails = names or {}, emails or {}

    def email(n: int) -> str:
        return "" if n in no_email else emails.get(n, address(n))

    rows = ["Flat,Name,Email"] + [
        f'{flat(n)},"{names.get(n, f"Member {n}")}",{email(n)}' for n in range(members)
    ]
    bills = ["Bill No,Flat,Bill Date,Due Date,Period,Maintenance,Water Charges"] + [
        f"B-{n:04d},{flat(n)},01/11/2026,15/11/2026,2026-11,{3000 + n}.00,350.00"
        for n in range(members)
    ]
    members_file = folder.root / "members-import.csv"
    bills_file = folder.root / "bills-import.csv"
    members_file.write_text("\n".join(rows) + "\n", encoding="utf-8")
    bills_file.write_text("\n".join(bills) + "\n", encoding="utf-8")
    with Store.open(folder.register_file) as store:
        assert import_file(store, Kind.MEMBERS, members_file).ok
        assert import_file(store, Kind.BILLS, bills_file).ok


def member_of(message_to: str) -> int:
    return int(message_to.split("@")[0].removeprefix("member"))


def save_full_profile(folder: DataFolder, *, upi_id: str = "crystalheights@okaxis") -> None:
    """The Society Profile with everything the message wording can use: name, address,
    office phone and UPI ID."""
    save_profile(
        folder.root,
        SocietyProfile(
            name="Crystal Heights CHS",
            address="Baner Road\nPune 411045",
            phone="020 2729 1234",
            upi_id=upi_id,
        ),
    )
