"""The words of a message: a society name ending in a full stop makes no double stop."""

from __future__ import annotations

from decimal import Decimal

from smtp_desk.core.account import AccountDraft, AccountSettings
from smtp_desk.core.dispatch import Job
from smtp_desk.core.kinds import DocumentKind
from smtp_desk.core.message import Attachment, tidy_text
from smtp_desk.core.model import Member, Period
from smtp_desk.core.outbox_records import ItemSpec
from smtp_desk.core.render_pool import MessageRecipe, message_for
from smtp_desk.core.society import SocietyProfile
from smtp_desk.core.validation import checked_account
from smtp_desk.core.wording import WordingKind
from smtp_desk.core.wording_store import DEFAULTS

NAME = "Green Park Co-operative Housing Society Ltd."


def _account() -> AccountSettings:
    draft = AccountDraft(
        preset="custom",
        host="mail.greenpark.in",
        port="587",
        security="starttls",
        user="billing@greenpark.in",
        from_email="billing@greenpark.in",
        from_name=NAME,
    )
    return checked_account(draft, password_stored=True)


def test_a_name_ending_in_a_full_stop_makes_no_double_stop() -> None:
    member = Member("A-101", "Asha Rao", ("asha@example.in",))
    job = Job(
        ItemSpec("A-101", "B-1", member.emails, "x"),
        DocumentKind.BILL,
        member,
        Period.parse("2026-11"),
        None,
        "",
        Decimal("1500"),
    )
    standard = DEFAULTS[WordingKind.BILL]
    recipe = MessageRecipe(_account(), standard.subject, standard.body)
    profile = SocietyProfile(name=NAME)
    message = message_for(recipe, job, None, member.emails, profile, Attachment("b.pdf", b""))
    body = message.get_body(preferencelist=("plain",)).get_content()
    html = message.get_body(preferencelist=("html",)).get_content()
    assert f"society office of {NAME} For any question" in html
    assert ".." not in body
    assert f"society office of {NAME} For any question" in body.replace("\r\n", "\n")
    assert body.replace("\r\n", "\n").endswith(f"Regards,\n{NAME}\n")


def test_only_the_doubled_stop_goes() -> None:
    assert tidy_text("of Society Ltd.. For any") == "of Society Ltd. For any"
    assert tidy_text("Society Ltd..\n") == "Society Ltd.\n"
    assert tidy_text("Society Ltd..") == "Society Ltd."
    for kept in ("Wait...", "see ../bills", "Society Ltd. For", "Ltd.\nRegards", "1.5..2"):
        assert tidy_text(kept) == kept
