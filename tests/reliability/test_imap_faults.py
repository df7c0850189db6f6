"""IMAP faults: the watcher recovers on its own, with backoff, and loses nothing.

Each test makes the daemon watch a real Dovecot (directly or through `FaultProxy`), breaks
the link in one way, delivers mail during or after the fault, and waits (bounded) until
every message is recorded as processed exactly once.
"""

from __future__ import annotations

import collections
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from tests.integration.harness import DaemonProcess, wait_until
from tests.integration.mail import plain_mail
from tests.reliability.support import Recorder, configure, events, running, via
from tests.support.dovecot import Dovecot, MailUser
from tests.support.faultproxy import FaultProxy

pytestmark = [pytest.mark.reliability, pytest.mark.integration]

FAST = {
    "imap": {"timeout": "2s"},
    "watch": {"reconnect_min": "0.2s", "reconnect_max": "1s", "idle_refresh": "10s"},
}


def _mail(tag: str, body: str = "See you at the match on Sunday.") -> tuple[str, bytes]:
    mid = f"rel-{tag}-{time.time_ns()}@friends.example"
    raw = plain_mail(
        subject=f"Note {tag}",
        body=body,
        sender=("Old Friend", "old.friend@friends.example"),
        message_id=f"<{mid}>",
    )
    return mid, raw


def _processed(daemon: DaemonProcess, ids: Sequence[str]) -> bool:
    rows = daemon.message_rows()
    done = {r["message_id"] for r in rows if r["outcome"] == "processed"}
    return set(ids) <= done


def _assert_once(daemon: DaemonProcess, ids: Sequence[str]) -> None:
    rows = [r for r in daemon.message_rows() if r["message_id"] in set(ids)]
    per_id = collections.Counter(r["message_id"] for r in rows)
    assert set(per_id) == set(ids), "every message recorded"
    assert all(n == 1 for n in per_id.values()), f"recorded more than once: {per_id}"
    assert {r["outcome"] for r in rows} == {"processed"}


def _retry_delays(daemon: DaemonProcess) -> list[float]:
    return [float(e.get("retry_in_s", 0)) for e in events(daemon, "imap.retry")]


@pytest.fixture
def imaps_proxy(dovecot: Dovecot) -> Iterator[FaultProxy]:
    """A fault proxy in front of Dovecot's IMAPS port."""
    with FaultProxy(dovecot.host, dovecot.imaps_port) as proxy:
        yield proxy


def test_dovecot_restarted_mid_idle(
    tmp_path: Path, dovecot: Dovecot, mail_user: MailUser, reliability: Recorder
) -> None:
    """Dovecot stopped while the watcher IDLEs and started again: it reconnects by itself and
    processes what was there before, and what arrives after."""
    reliability.set("IMAP", "Dovecot stopped for ~3 s while the watcher is in IDLE, restarted")
    config = configure(tmp_path, dovecot, mail_user, account=FAST)
    with running(config, mail_user) as daemon:
        daemon.wait_for_event("daemon.ready")
        before, raw = _mail("before")
        dovecot.append(mail_user.name, "INBOX", raw)
        wait_until(lambda: _processed(daemon, [before]), 20, daemon.log_text)
        connects = len(events(daemon, "imap.connected"))
        dovecot.stop()
        daemon.wait_for_event("imap.retry", timeout=20)
        time.sleep(3)
        dovecot.start()
        after = []
        for i in range(3):
            mid, raw = _mail(f"after{i}")
            dovecot.append(mail_user.name, "INBOX", raw)
            after.append(mid)
        wait_until(lambda: _processed(daemon, [before, *after]), 30, daemon.log_text)
        _assert_once(daemon, [before, *after])
        # Both watchers (INBOX and Sent) come back.
        wait_until(
            lambda: len(events(daemon, "imap.connected")) - connects >= 2, 20, daemon.log_text
        )
        delays = _retry_delays(daemon)
    assert max(delays) <= 1.0 + 1e-6, "backoff stays under reconnect_max"
    reliability.found(
        f"reconnected by itself ({len(delays)} retries, backoff {min(delays):.2f}-"
        f"{max(delays):.2f} s, capped at reconnect_max); 4/4 messages processed once",
        retries=len(delays),
    )


def test_connection_cut_mid_fetch(
    tmp_path: Path,
    dovecot: Dovecot,
    mail_user: MailUser,
    imaps_proxy: FaultProxy,
    reliability: Recorder,
) -> None:
    """The proxy cuts the link 30 kB into a large FETCH three times in a row: the watcher
    reconnects each time and finally records every message once."""
    reliability.set(
        "IMAP",
        "connection cut by the proxy 30 kB into the FETCH of 5 x 120 kB messages, "
        "on 3 successive connections",
    )
    config = configure(tmp_path, via(dovecot, imaps_port=imaps_proxy.port), mail_user, account=FAST)
    with running(config, mail_user) as daemon:
        daemon.wait_for_event("daemon.ready")
        # Every open connection (the INBOX and Sent watchers, and the outbox's when it has
        # one open just now) and the next two: the INBOX watcher is cut three times however
        # many other connections happen to be open.
        imaps_proxy.cut_after(30_000, times=imaps_proxy.stats().open + 2, existing=True)
        ids = []
        for i in range(5):
            body = f"Long letter {i}.\n" + ("All is well here, the garden is growing. " * 3000)
            mid, raw = _mail(f"big{i}", body)
            dovecot.append(mail_user.name, "INBOX", raw)
            ids.append(mid)
        wait_until(lambda: _processed(daemon, ids), 60, daemon.log_text)
        _assert_once(daemon, ids)
        cuts = imaps_proxy.stats().cuts
        retries = len(events(daemon, "imap.retry"))
    assert cuts >= 3, "the fault really happened"
    reliability.found(f"{cuts} cuts, {retries} reconnects; 5/5 messages processed once", cuts=cuts)


def test_black_hole_longer_than_timeouts(
    tmp_path: Path,
    dovecot: Dovecot,
    mail_user: MailUser,
    imaps_proxy: FaultProxy,
    reliability: Recorder,
) -> None:
    """The network goes silent (nothing forwarded, no reset) for 14 s, longer than the 2 s
    socket timeout and the 10 s IDLE refresh (the minimum RFC 2177 allows): the watcher notices, keeps retrying, and
    processes the mail that arrived meanwhile once the network heals."""
    reliability.set(
        "IMAP",
        "black hole for 14 s (connections open, no byte forwarded) with timeout 2 s and "
        "idle_refresh 10 s; mail arrives during the silence",
    )
    config = configure(tmp_path, via(dovecot, imaps_port=imaps_proxy.port), mail_user, account=FAST)
    with running(config, mail_user) as daemon:
        daemon.wait_for_event("daemon.ready")
        imaps_proxy.black_hole(True)
        began = time.monotonic()
        during, raw = _mail("during")
        dovecot.append(mail_user.name, "INBOX", raw)
        daemon.wait_for_event("imap.retry", timeout=20)
        noticed = time.monotonic() - began
        remaining = 14 - (time.monotonic() - began)
        if remaining > 0:
            time.sleep(remaining)
        assert not _processed(daemon, [during])
        imaps_proxy.black_hole(False)
        after, raw = _mail("after")
        dovecot.append(mail_user.name, "INBOX", raw)
        wait_until(lambda: _processed(daemon, [during, after]), 40, daemon.log_text)
        _assert_once(daemon, [during, after])
        retries = len(events(daemon, "imap.retry"))
    reliability.found(
        f"silence noticed after {noticed:.1f} s (IDLE refresh + socket timeout), "
        f"{retries} retries; both messages processed once after the network healed",
        noticed_s=round(noticed, 1),
    )


def test_bye_from_server(
    tmp_path: Path, dovecot: Dovecot, mail_user: MailUser, reliability: Recorder
) -> None:
    """`doveadm kick` (the server says BYE) three times: each time the watcher reconnects and
    picks up the mail that came in."""
    reliability.set("IMAP", "server BYE (doveadm kick) three times, mail appended after each")
    config = configure(tmp_path, dovecot, mail_user, account=FAST)
    ids = []
    with running(config, mail_user) as daemon:
        daemon.wait_for_event("daemon.ready")
        for i in range(3):
            connected = len(events(daemon, "imap.connected"))
            assert dovecot.kick(mail_user.name)
            wait_until(
                lambda c=connected: len(events(daemon, "imap.connected")) >= c + 2,
                20,
                daemon.log_text,
            )
            mid, raw = _mail(f"kick{i}")
            dovecot.append(mail_user.name, "INBOX", raw)
            ids.append(mid)
        wait_until(lambda: _processed(daemon, ids), 20, daemon.log_text)
        _assert_once(daemon, ids)
        byes = sum("BYE" in str(e.get("error")) for e in events(daemon, "imap.retry"))
    reliability.found(f"3 kicks, {byes} BYEs seen by the watchers; 3/3 messages processed once")


def test_login_refused_for_a_while(
    tmp_path: Path, dovecot: Dovecot, mail_user: MailUser, reliability: Recorder
) -> None:
    """The password stops working (and sessions are kicked) for ~5 s: the daemon keeps
    retrying without hammering, and catches up once the login works again."""
    reliability.set(
        "IMAP", "login refused for ~5 s (password changed on the server, sessions kicked)"
    )
    config = configure(tmp_path, dovecot, mail_user, account=FAST)
    with running(config, mail_user) as daemon:
        daemon.wait_for_event("daemon.ready")
        dovecot.set_password(mail_user.name, mail_user.password + "-changed")
        dovecot.kick(mail_user.name)
        during, raw = _mail("refused")
        dovecot.append(mail_user.name, "INBOX", raw)
        wait_until(
            lambda: (
                sum("login refused" in str(e.get("error")) for e in events(daemon, "imap.retry"))
                >= 2
            ),
            20,
            daemon.log_text,
        )
        time.sleep(3)
        dovecot.set_password(mail_user.name, mail_user.password)
        after, raw = _mail("restored")
        dovecot.append(mail_user.name, "INBOX", raw)
        wait_until(lambda: _processed(daemon, [during, after]), 30, daemon.log_text)
        _assert_once(daemon, [during, after])
        refused = [
            e for e in events(daemon, "imap.retry") if "login refused" in str(e.get("error"))
        ]
    assert all(float(e["retry_in_s"]) >= 0.5 for e in refused)
    reliability.found(
        f"{len(refused)} refused logins retried at {min(float(e['retry_in_s']) for e in refused):.1f}"
        f"-{max(float(e['retry_in_s']) for e in refused):.1f} s intervals; caught up once the "
        "password worked again (AuthError waits at least min(60 s, reconnect_max))",
        refused=len(refused),
    )
