"""Crash safety: SIGKILL the daemon again and again while it sends and the inbox fills.

The SMTP sink behaves like Gmail (`provider_files_mail`): what it accepts is filed in the
user's Sent folder before it answers 250, and mail to the user lands in INBOX, so with
`save_sent: never` the daemon's Sent check is exact. Each DATA takes a little time at the
server, which widens the window in which a kill lands mid-transaction.
"""

from __future__ import annotations

import collections
import datetime as dt
import os
import random
import signal
import time
from pathlib import Path

import pytest

from tests.integration.harness import DaemonProcess, wait_until
from tests.integration.mail import calendar_invite, plain_mail
from tests.reliability.support import ME, Recorder, configure, provider_files_mail, track
from tests.support.dovecot import Dovecot, MailUser
from tests.support.smtp import SmtpSink

pytestmark = [pytest.mark.reliability, pytest.mark.integration, pytest.mark.timeout(300)]

KILLS = 20
INTERVIEWS = 25
FIRST = ["Alice", "Bruno", "Chen", "Dana", "Emeka", "Farah", "Goran", "Hana", "Ivan", "Jia",
         "Kofi", "Lena", "Mateo", "Nadia", "Omar", "Priya", "Quinn", "Rosa", "Sven", "Tariq",
         "Uma", "Viktor", "Wen", "Ximena", "Yusuf"]  # fmt: skip
LAST = ["Adler", "Brandt"]
COMPANIES = ["Northwind Analytics", "Bluefin Robotics", "Cobalt Health", "Driftwood Games",
             "Ember Logistics", "Fjord Energy", "Granite Security", "Harbor Finance",
             "Ironleaf Foods", "Juniper Media", "Kestrel Aero", "Lumen Optics", "Maple Freight",
             "Nimbus Cloudworks", "Orchid Pharma", "Pinecone Labs", "Quartz Insurance",
             "Redwood Retail", "Saffron Travel", "Tidal Payments", "Umbra Devices",
             "Vantage Legal", "Willow Education", "Xylem Water", "Yonder Maps"]  # fmt: skip


def _interviewers(index: int) -> list[tuple[str, str]]:
    slug = COMPANIES[index].split()[0].lower()
    return [
        (f"{FIRST[index]} {last}", f"{FIRST[index].lower()}.{last.lower()}@{slug}.example")
        for last in LAST
    ]


def _invite(index: int, start: dt.datetime) -> bytes:
    slug = COMPANIES[index].split()[0].lower()
    return calendar_invite(
        start=start,
        minutes=0.05,  # type: ignore[arg-type]
        uid=f"crash-{index}@{slug}.example",
        company=COMPANIES[index],
        role="Platform Engineer",
        organizer=("Recruiting Team", f"talent@{slug}.example"),
        interviewers=_interviewers(index),
    )


def test_twenty_sigkills_while_sending_fifty_thank_yous(
    tmp_path: Path,
    dovecot: Dovecot,
    smtp_sink: SmtpSink,
    mail_user: MailUser,
    reliability: Recorder,
) -> None:
    """20 SIGKILLs at random moments (some exactly after SMTP accepted) while 25 interviews
    become 50 thank-yous and other mail arrives: every thank-you and notes prompt is
    delivered exactly once and every inbox message is processed exactly once."""
    seed = int(os.environ.get("FOLLOWUP_CRASH_SEED", "8"))
    rng = random.Random(seed)
    reliability.set(
        "Crash",
        f"SIGKILL x{KILLS} at random moments (seed {seed}; every 4th life also armed with the "
        "after_smtp_accept failpoint) while 25 interviews (2 interviewers each) become 50 "
        "thank-yous and 25 notes prompts, with 40 unrelated mails arriving; provider-like "
        "sink files accepted mail in Sent, save_sent: never",
    )
    config = configure(
        tmp_path,
        dovecot,
        mail_user,
        smtp=(smtp_sink.host, smtp_sink.submission_port),
        account={
            "follow_up": {
                "notes_delay": "1s",
                "thank_you": "PT5S",
                "review": "none",
                "on_missing_notes": "send_generic",
                "save_sent": "never",
                "max_per_hour": 500,
                "retry_delay": "1s",
            },
        },
        top={"log_level": "info"},
    )
    provider = provider_files_mail(dovecot, mail_user)
    smtp_sink.file_accepted_mail(provider)
    # A server that takes a moment over each DATA: kills land mid-transaction more often.
    smtp_sink.set_delay("data", 0.25)
    daemon = track(DaemonProcess(config), mail_user.password)
    inbox_ids: list[str] = []
    booked = 0
    kills = failpoint_deaths = 0
    sending_seen = 0
    lives = 0
    began = time.monotonic()
    try:
        daemon.start()
        lives += 1
        while kills + failpoint_deaths < KILLS:
            # The inbox keeps receiving: two interviews and two ordinary mails per life
            # until all are booked, then a little more ordinary mail.
            for _ in range(2):
                if booked < INTERVIEWS:
                    start = dt.datetime.now(dt.UTC).replace(microsecond=0) + dt.timedelta(
                        seconds=rng.uniform(1, 5)
                    )
                    dovecot.append(mail_user.name, "INBOX", _invite(booked, start))
                    booked += 1
                mid = f"<crash-other-{len(inbox_ids)}-{time.time_ns()}@friends.example>"
                inbox_ids.append(mid)
                dovecot.append(
                    mail_user.name,
                    "INBOX",
                    plain_mail(
                        subject=f"Weekend plans {len(inbox_ids)}",
                        body="Are we still on for Saturday?",
                        sender=("A Friend", "friend@friends.example"),
                        message_id=mid,
                    ),
                )
            deadline = time.monotonic() + rng.uniform(0.4, 3.5)
            while time.monotonic() < deadline and daemon.alive:
                time.sleep(0.05)
            assert daemon.proc is not None
            if daemon.alive:
                daemon.kill()
                kills += 1
            else:
                assert daemon.proc.returncode == -signal.SIGKILL, daemon.log_text()[-3000:]
                failpoint_deaths += 1
            sending_seen += sum(r["state"] == "sending" for r in daemon.outbox())
            lives += 1
            armed = lives % 4 == 0
            daemon.env = (
                {"FOLLOWUPD_FAILPOINTS": rng.choice(["after_smtp_accept:thank_you",
                                                     "after_smtp_accept:notes_prompt"])}
                if armed
                else {}
            )  # fmt: skip
            daemon.start()
        # Let the last life finish everything (bounded).
        daemon.env = {}
        if not daemon.alive:
            daemon.start()
        while booked < INTERVIEWS:
            start = dt.datetime.now(dt.UTC).replace(microsecond=0) + dt.timedelta(seconds=2)
            dovecot.append(mail_user.name, "INBOX", _invite(booked, start))
            booked += 1

        def settled() -> bool:
            rows = daemon.outbox()
            # Rows without an address are held for the user (a classifier question, not a
            # crash question); every addressed one must be sent.
            thanks = [r for r in rows if r["kind"] == "thank_you" and r["recipient_email"]]
            prompts = [r for r in rows if r["kind"] == "notes_prompt"]
            return (
                len(thanks) == 2 * INTERVIEWS
                and len(prompts) == INTERVIEWS
                and all(r["state"] == "sent" for r in thanks + prompts)
            )

        wait_until(
            settled,
            150,
            lambda: (
                f"states: {collections.Counter((r['kind'], r['state']) for r in daemon.outbox())}"
                f"\n{daemon.log_text()[-3000:]}"
            ),
        )
        # Anything still in flight at the server lands within a DATA delay; give the
        # Sent watcher a moment and make sure nothing more arrives.
        time.sleep(2)
        received = provider.snapshot()
        recorded = smtp_sink.messages
    finally:
        if daemon.alive:
            daemon.stop()
    elapsed = time.monotonic() - began

    # The sink's own list may miss a message whose client vanished mid-reply (see
    # ProviderFiling); it must never hold one the provider did not file.
    assert {m.raw for m in recorded} <= {m.raw for m in received}
    unaddressed = [
        r for r in daemon.outbox() if r["kind"] == "thank_you" and not r["recipient_email"]
    ]
    per_address = collections.Counter(r for m in received for r in m.rcpt_tos)
    expected = {addr for i in range(INTERVIEWS) for _, addr in _interviewers(i)}
    duplicates = {a: n for a, n in per_address.items() if a != ME and n > 1}
    lost = sorted(expected - set(per_address))
    strangers = sorted(set(per_address) - expected - {ME})
    prompt_rows = [r for r in daemon.outbox() if r["kind"] == "notes_prompt"]
    prompt_ids = collections.Counter(
        str(m.message["Message-ID"]).strip("<>")
        for m in received
        if m.message["X-Interview-Followup"] == "notes_prompt"
    )
    to_user_other = [
        str(m.message["X-Interview-Followup"])
        for m in received
        if ME in m.rcpt_tos and m.message["X-Interview-Followup"] != "notes_prompt"
    ]

    # Inbox: every message has exactly one row, and every fingerprint is applied once.
    rows = daemon.message_rows()
    inbox_uids = {uid for uid, _, _ in dovecot.fetch_all(mail_user.name, "INBOX")}
    inbox_rows = [r for r in rows if r["folder"] == "INBOX"]
    row_uids = collections.Counter(r["uid"] for r in inbox_rows)
    processed = collections.Counter(r["fingerprint"] for r in rows if r["outcome"] == "processed")
    with daemon.store() as store:
        cases = store.cases.find()

    reliability.found(
        f"{kills} external SIGKILLs + {failpoint_deaths} failpoint deaths in {lives} lives; "
        f"{len(expected) - len(lost)}/{len(expected)} thank-yous delivered, "
        f"{len(duplicates)} duplicates, {len(lost)} lost, {len(strangers)} to strangers; "
        f"{sum(prompt_ids.values())} notes prompts for {len(prompt_rows)} rows; "
        f"{len(inbox_uids)} inbox messages, {len(set(row_uids))} recorded, "
        f"{sum(n > 1 for n in processed.values())} applied twice; {len(cases)} cases",
        kills=kills,
        failpoint_deaths=failpoint_deaths,
        sending_rows_at_kill=sending_seen,
        seconds=round(elapsed, 1),
        seed=seed,
        accepted_but_unrecorded_by_sink=len(received) - len(recorded),
        unaddressed_thank_you_rows=len(unaddressed),
    )
    assert duplicates == {}, f"delivered more than once: {duplicates}"
    assert lost == [], f"never delivered: {lost}"
    assert strangers == [], f"mail to addresses outside every case: {strangers}"
    assert len(prompt_rows) == INTERVIEWS
    assert all(n == 1 for n in prompt_ids.values()) and len(prompt_ids) == INTERVIEWS, prompt_ids
    assert to_user_other == [], f"unexpected notices: {to_user_other}"
    assert set(row_uids) == inbox_uids, "every inbox message recorded"
    assert all(n == 1 for n in row_uids.values())
    assert all(n == 1 for n in processed.values()), "no message applied twice"
    assert not [r for r in rows if r["outcome"] in ("failed", "parked")]
    assert len(cases) == INTERVIEWS
    assert {c.company for c in cases} == set(COMPANIES)
    assert unaddressed == [], (
        "the classifier made people without an address: "
        f"{[(r['recipient_name'], r['reason']) for r in unaddressed]}"
    )
