"""Receiving users and short names shared by the blind-paraphrase case tables."""

from __future__ import annotations

from daemon.understand import Kind
from daemon.understand.model import DateOrder

I = Kind.INTERVIEW  # noqa: E741 - a one-letter alias keeps the case table readable
C = Kind.INTERVIEW_CANCELLED
S = Kind.SCHEDULING_REQUEST
LON, NY, DEN, LA, CHI = (
    "Europe/London",
    "America/New_York",
    "America/Denver",
    "America/Los_Angeles",
    "America/Chicago",
)
SYD, AKL, BER, SGP, KOL = (
    "Australia/Sydney",
    "Pacific/Auckland",
    "Europe/Berlin",
    "Asia/Singapore",
    "Asia/Kolkata",
)
JHB, TOR, DUB, MAD, PAR = (
    "Africa/Johannesburg",
    "America/Toronto",
    "Europe/Dublin",
    "Europe/Madrid",
    "Europe/Paris",
)

# The receiving user of each variant: address, name, zone, date order.
USERS: dict[str, tuple[str, str, str, DateOrder]] = {
    "uk": ("callum.reid@example.com", "Callum Reid", LON, "dmy"),
    "ny": ("maya.okafor@example.com", "Maya Okafor", NY, "mdy"),
    "den": ("luis.carmona@example.org", "Luis Carmona", DEN, "mdy"),
    "la": ("jenna.park@example.net", "Jenna Park", LA, "mdy"),
    "chi": ("marcus.hale@example.com", "Marcus Hale", CHI, "mdy"),
    "syd": ("bronte.hale@example.com", "Bronte Hale", SYD, "dmy"),
    "akl": ("tane.wiremu@example.org", "Tane Wiremu", AKL, "dmy"),
    "ber": ("lena.vogt@example.com", "Lena Vogt", BER, "dmy"),
    "sgp": ("weiling.tan@example.net", "Tan Wei Ling", SGP, "dmy"),
    "kol": ("arjun.mehta@example.com", "Arjun Mehta", KOL, "dmy"),
    "jhb": ("sipho.dlamini@example.org", "Sipho Dlamini", JHB, "dmy"),
    "tor": ("claire.tremblay@example.net", "Claire Tremblay", TOR, "mdy"),
    "dub": ("aoife.byrne@example.org", "Aoife Byrne", DUB, "dmy"),
    "mad": ("lucia.herrero@example.com", "Lucía Herrero", MAD, "dmy"),
    "par": ("margaux.leroy@example.net", "Margaux Leroy", PAR, "dmy"),
}
