"""What is new for authoring the thirtieth evaluation set: users, producers, ids.

Everything shared comes by import, unchanged, through the twenty-fifth set's kit (which
re-exports the builders of the twenty-first set's kit, the thread pieces of the
twenty-second's and the producer ids of the twenty-third and twenty-fourth). This module
holds only this set's users (job seekers in continental Europe, and a few reading English
there), thin wrappers that give every message this set's own Message-ID, and helpers that
write a date in each language from the date itself (so weekdays are right by construction).

Labelled starts run from April to June 2049, after the European change of 28 March 2049
(and the North American one of 14 March): every offset comes from ``zoneinfo``.
Everything is invented under reserved names (RFC 2606); no network address is used.
"""

from __future__ import annotations

import hashlib
from typing import Any

from tests.eval.authoring.common import Msg, User
from tests.eval4.authoring import kit as k4
from tests.eval14.authoring import kit as k14
from tests.eval21.authoring import kit as k21
from tests.eval22.authoring import kit as k22
from tests.eval25.authoring import kit as k25
from tests.evalauthoring import for_set, with_message_id

SEED = "/eval30"
WINDOWS = k21.WINDOWS
AUTO, bulk, note, at, dh = k4.AUTO, k4.bulk, k21.note, k21.at, k21.dh
lq, thread, gq = k22.lq, k22.thread, k22.gq
wk = k25.wk

_MONTHS = {
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
}


def day(local: str, lang: str) -> str:
    """The long local date of ``local`` ("Dienstag, 18. Mai", "mardi 18 mai", ...)."""
    x = at(local, "UTC")
    mon = _MONTHS[lang].split()[x.month - 1] if lang != "en" else x.strftime("%B")
    if lang == "en":
        return f"{x.strftime('%A')}, {mon} {x.day}"
    w = wk(local, lang)
    if lang == "de":
        return f"{w}, {x.day}. {mon}"
    if lang in {"es", "pt"}:
        return f"{w}, {x.day} de {mon}"
    return f"{w} {x.day} {mon}"


def short(local: str) -> str:
    """German short form "Di., 18.05." of ``local``."""
    x = at(local, "UTC")
    return f"{wk(local, 'de')[:2]}., {x.day:02d}.{x.month:02d}."


def u(name: str, address: str, zone: str, order: str = "dmy") -> User:
    """A mailbox owner with one address."""
    return User(name, (address,), zone, order)


# --- Users: job seekers in continental Europe, all new to the sets ---------------------------
WIEBKE = u("Wiebke Holtkamp-Dzidzor", "wiebke.holtkamp@example.com", "Europe/Berlin")
THILO = u("Thilo Brandstätter-Fiifi", "thilo.brandstaetter@example.net", "Europe/Vienna")
SERAINA = u("Seraina Casutt-Ekow", "seraina.casutt@example.org", "Europe/Zurich")
HAGEN = u("Hagen Liebscher-Kobina", "hagen.liebscher@example.com", "Europe/Berlin")
MAELYS = u("Maëlys Kerhervé-Esi", "maelys.kerherve@example.net", "Europe/Paris")
GASPARD = u("Gaspard Delvaux-Yaaba", "gaspard.delvaux@example.org", "Europe/Brussels")
OMBELINE = u("Ombeline Rochat-Akosua", "ombeline.rochat@example.com", "Europe/Zurich")
ITZIAR = u("Itziar Larrañaga Efua", "itziar.larranaga@example.net", "Europe/Madrid")
YERAY = u("Yeray Cabrera Déniz Kwabena", "yeray.cabrera@example.org", "Atlantic/Canary")
ROCIO = u("Rocío Villalba Abena", "rocio.villalba@example.com", "Europe/Madrid")
LUDOVICA = u("Ludovica Sbarbaro-Adwoa", "ludovica.sbarbaro@example.net", "Europe/Rome")
TANCREDI = u("Tancredi Orsolini-Kwaku", "tancredi.orsolini@example.org", "Europe/Rome")
MARIEKE = u("Marieke Oosterhuis-Yaw", "marieke.oosterhuis@example.com", "Europe/Amsterdam")
WOUT = u("Wout Vercammen-Akua", "wout.vercammen@example.net", "Europe/Brussels")
LEONOR = u("Leonor Figueiredo Kofi", "leonor.figueiredo.k@example.org", "Europe/Lisbon")
TIAGO = u("Tiago Meireles Ama", "tiago.meireles@example.com", "Europe/Lisbon")
ANOUK = u("Anouk Verstraete-Hale", "anouk.verstraete@example.net", "Europe/Amsterdam")
JONAS = u("Jonas Ekdahl-Rooney", "jonas.ekdahl@example.org", "Europe/Berlin")
CLARA = u("Clara Weidinger-Shawcross", "clara.weidinger@example.com", "Europe/Vienna")
MATHIS = u("Mathis Roux-Pennington", "mathis.roux@example.net", "Europe/Paris")


def msgid(seed: str, domain: str) -> str:
    """The Message-ID ``own`` gives the message with slug ``seed`` (for In-Reply-To)."""
    h = hashlib.sha1((seed + SEED).encode()).hexdigest()
    return f"<{h[:12]}-{h[12:16].upper()}.{h[16:28]}-z30@{domain}>"


def own(msg: Msg) -> Msg:
    """Give a built message this set's Message-ID (same domain, seeded for this set)."""
    return with_message_id(msg, msgid)


def lab(start: str, zone: str, tz: str | None = None, **kw: Any) -> dict[str, Any]:
    """Label fields of a timed kind (``k21.lab``)."""
    return k21.lab(start, zone, tz, **kw)


def mk(
    user: User,
    slug: str,
    kind: str,
    frm: tuple[str | None, str],
    subject: str,
    sent: str,
    body: str,
    label: dict[str, Any],
    *,
    system: bool = False,
    **kw: Any,
) -> Msg:
    """One message typed by a person (or, with ``system``, sent by a service), sent at the
    local time ``sent`` of the user's zone, with this set's Message-ID."""
    build = k14.ats if system else k14.pm
    date = dh(sent, user.timezone)
    return own(
        build(user, slug, kind, frm=frm, subject=subject, date=date, body=body, label=label, **kw)
    )


# An Exchange meeting request or cancellation (``k21.outlook``), this set's id.
outlook = for_set(k21.outlook, own, SEED)
