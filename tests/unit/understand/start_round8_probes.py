"""Probe mail for start-time round 8: interview confirmations with one exact start each.

Written from scratch for these tests (invented people and companies under reserved
names), none copied from an evaluation set. Each message confirms one interview; what is
probed is the written time: clock forms ("14h30", "half past two", "1500 hrs", "10 -
11.30am"), zones (abbreviations shared by two regions, half-hour and 45-minute offsets,
Outlook labels, "your time" against "our time"), dates (no year near New Year, weekday
beside a date, relative days read in the sender's zone, the Monday after a clock change)
and traps (a reply-by deadline, opening hours, the old slot of a move, quoted history, a
webinar in the footer) that must not win over the confirmed time.

Unless a probe says otherwise it is sent on Monday 1 June 2026, so "Wednesday 3 June" is
in 2026, and the expected start is written as an aware ISO time.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Probe:
    """One confirmation and the start (and end) it must be read with."""

    key: str
    user: str
    """Which user receives it (see ``USERS``)."""
    body: str
    start: str
    """The exact aware start, ISO 8601 with its offset."""
    end: str | None = None
    """The exact aware end, when the message states one."""
    subject: str = "Interview confirmation"
    date: str = "Mon, 01 Jun 2026 09:00:00 +0000"
    sender: str = "Maya Brooks <maya.brooks@northwind.example>"


# user: (address, name, IANA zone, date order)
USERS: dict[str, tuple[str, str, str, str]] = {
    "us": ("alex.morgan@gmail.com", "Alex Morgan", "America/New_York", "mdy"),
    "sf": ("jamie.chen@gmail.com", "Jamie Chen", "America/Los_Angeles", "mdy"),
    "uk": ("sam.taylor@outlook.com", "Sam Taylor", "Europe/London", "dmy"),
    "ie": ("aoife.byrne@eircom.example", "Aoife Byrne", "Europe/Dublin", "dmy"),
    "de": ("jonas.weber@web.de", "Jonas Weber", "Europe/Berlin", "dmy"),
    "fr": ("camille.martin@orange.fr", "Camille Martin", "Europe/Paris", "dmy"),
    "es": ("pablo.garcia@gmail.com", "Pablo García", "Europe/Madrid", "dmy"),
    "mx": ("lucia.ramos@gmail.com", "Lucía Ramos", "America/Mexico_City", "dmy"),
    "in": ("priya.nair@gmail.com", "Priya Nair", "Asia/Kolkata", "dmy"),
    "au": ("liam.walsh@bigpond.example", "Liam Walsh", "Australia/Sydney", "dmy"),
    "sg": ("wei.lim@gmail.com", "Wei Lim", "Asia/Singapore", "dmy"),
    "br": ("ana.souza@gmail.com", "Ana Souza", "America/Sao_Paulo", "dmy"),
}

SIG = "\n\nBest regards,\nMaya Brooks\nTalent Acquisition, Northwind Labs\n"
SIG_DE = "\n\nMit freundlichen Grüßen\nMaya Brooks\nPersonalabteilung, Northwind Labs\n"
SIG_FR = "\n\nBien cordialement,\nMaya Brooks\nRecrutement, Northwind Labs\n"
SIG_ES = "\n\nUn saludo,\nMaya Brooks\nSelección de personal, Northwind Labs\n"


def en(when: str) -> str:
    """An English confirmation with ``when`` as the interview's time."""
    return (
        f"Hi,\n\nThanks for your time so far. Your interview with our engineering team is "
        f"confirmed for {when}. It will take place over Zoom; the link follows separately.{SIG}"
    )


def de(when: str) -> str:
    """A German confirmation."""
    return (
        f"Guten Tag,\n\nhiermit bestätigen wir Ihr Vorstellungsgespräch {when}. Den Link zur "
        f"Videokonferenz erhalten Sie separat.{SIG_DE}"
    )


def fr(when: str) -> str:
    """A French confirmation."""
    return (
        f"Bonjour,\n\nNous vous confirmons votre entretien {when}. Le lien de la "
        f"visioconférence vous sera envoyé séparément.{SIG_FR}"
    )


def es(when: str) -> str:
    """A Spanish confirmation."""
    return (
        f"Hola,\n\nTe confirmamos la entrevista {when}. Te enviaremos el enlace de la "
        f"videollamada por separado.{SIG_ES}"
    )


DE_SUBJ = "Bestätigung Ihres Vorstellungsgesprächs"
FR_SUBJ = "Confirmation de votre entretien"
ES_SUBJ = "Confirmación de entrevista"
NEW_YEAR = "Mon, 28 Dec 2026 10:00:00 +0000"

CLOCKS: tuple[Probe, ...] = (
    Probe("en_14h30", "uk", en("Wednesday 3 June at 14h30"), "2026-06-03T14:30:00+01:00"),
    Probe(
        "fr_14_h_30",
        "fr",
        fr("le mercredi 3 juin à 14 h 30"),
        "2026-06-03T14:30:00+02:00",
        subject=FR_SUBJ,
    ),
    Probe(
        "de_14_30_uhr_dot",
        "de",
        de("am Mittwoch, 3. Juni um 14.30 Uhr"),
        "2026-06-03T14:30:00+02:00",
        subject=DE_SUBJ,
    ),
    Probe(
        "de_14_30h",
        "de",
        de("am Mittwoch, 3. Juni um 14:30h"),
        "2026-06-03T14:30:00+02:00",
        subject=DE_SUBJ,
    ),
    Probe(
        "en_14_30h_cest", "uk", en("Wednesday 3 June at 14:30h CEST"), "2026-06-03T14:30:00+02:00"
    ),
    Probe(
        "es_a_las_10_30_h",
        "es",
        es("el miércoles 3 de junio a las 10:30 h"),
        "2026-06-03T10:30:00+02:00",
        subject=ES_SUBJ,
    ),
    Probe(
        "es_a_las_9_hrs",
        "mx",
        es("el miércoles 3 de junio a las 9:00 hrs"),
        "2026-06-03T09:00:00-06:00",
        subject=ES_SUBJ,
    ),
    Probe(
        "fr_a_9h", "fr", fr("le mercredi 3 juin à 9h"), "2026-06-03T09:00:00+02:00", subject=FR_SUBJ
    ),
    Probe("fr_a_9h00", "fr", fr("le 3 juin à 9h00"), "2026-06-03T09:00:00+02:00", subject=FR_SUBJ),
    Probe("en_noon_et", "sf", en("Wednesday, June 3 at noon ET"), "2026-06-03T12:00:00-04:00"),
    Probe("en_midday", "uk", en("Wednesday 3 June at midday"), "2026-06-03T12:00:00+01:00"),
    Probe("en_12_noon", "us", en("June 3rd at 12 noon"), "2026-06-03T12:00:00-04:00"),
    Probe(
        "en_half_past_two",
        "uk",
        en("Wednesday 3 June at half past two"),
        "2026-06-03T14:30:00+01:00",
    ),
    Probe(
        "en_quarter_to_ten",
        "uk",
        en("Wednesday 3 June at quarter to ten"),
        "2026-06-03T09:45:00+01:00",
    ),
    Probe(
        "en_quarter_past_eleven",
        "uk",
        en("Wednesday 3 June at a quarter past eleven"),
        "2026-06-03T11:15:00+01:00",
    ),
    Probe(
        "en_half_ten",
        "uk",
        en("Wednesday 3 June at half ten in the morning"),
        "2026-06-03T10:30:00+01:00",
    ),
    Probe(
        "de_halb_drei",
        "de",
        de("am Mittwoch, 3. Juni, um halb drei am Nachmittag"),
        "2026-06-03T14:30:00+02:00",
        subject=DE_SUBJ,
    ),
    Probe(
        "de_halb_zehn",
        "de",
        de("am Mittwoch, 3. Juni, um halb zehn"),
        "2026-06-03T09:30:00+02:00",
        subject=DE_SUBJ,
    ),
    Probe(
        "en_quarter_past_three_pm_et",
        "sf",
        en("Wednesday, June 3 at quarter past three pm ET"),
        "2026-06-03T15:15:00-04:00",
    ),
    Probe(
        "en_half_hour_length",
        "uk",
        en("Wednesday 3 June at 11:00; it will last half an hour"),
        "2026-06-03T11:00:00+01:00",
    ),
    Probe(
        "de_viertel_nach_zehn",
        "de",
        de("am Mittwoch, 3. Juni, um Viertel nach zehn"),
        "2026-06-03T10:15:00+02:00",
        subject=DE_SUBJ,
    ),
    Probe(
        "fr_deux_heures_et_demie",
        "fr",
        fr("le mercredi 3 juin à deux heures et demie"),
        "2026-06-03T14:30:00+02:00",
        subject=FR_SUBJ,
    ),
    Probe(
        "es_diez_y_media",
        "es",
        es("el miércoles 3 de junio a las diez y media"),
        "2026-06-03T10:30:00+02:00",
        subject=ES_SUBJ,
    ),
    Probe(
        "es_cinco_menos_cuarto",
        "es",
        es("el miércoles 3 de junio a las cinco menos cuarto"),
        "2026-06-03T16:45:00+02:00",
        subject=ES_SUBJ,
    ),
    Probe("en_1500_hrs", "uk", en("Wednesday 3 June at 1500 hrs"), "2026-06-03T15:00:00+01:00"),
    Probe("en_0930_hours", "uk", en("Wednesday 3 June at 0930 hours"), "2026-06-03T09:30:00+01:00"),
    Probe(
        "en_10am_11am",
        "us",
        en("Wednesday, June 3, 10am-11am"),
        "2026-06-03T10:00:00-04:00",
        end="2026-06-03T11:00:00-04:00",
    ),
    Probe(
        "en_10_11am",
        "us",
        en("Wednesday, June 3, 10-11am"),
        "2026-06-03T10:00:00-04:00",
        end="2026-06-03T11:00:00-04:00",
    ),
    Probe(
        "en_10_1130am",
        "uk",
        en("Wednesday 3 June, 10 – 11.30am"),
        "2026-06-03T10:00:00+01:00",
        end="2026-06-03T11:30:00+01:00",
    ),
    Probe(
        "en_2_245pm",
        "us",
        en("Wednesday, June 3, 2-2:45pm"),
        "2026-06-03T14:00:00-04:00",
        end="2026-06-03T14:45:00-04:00",
    ),
    Probe(
        "en_930_to_1015am",
        "us",
        en("Wednesday, June 3 from 9:30 to 10:15am"),
        "2026-06-03T09:30:00-04:00",
        end="2026-06-03T10:15:00-04:00",
    ),
    Probe(
        "en_930_am_et", "sf", en("Wednesday, June 3 at 9:30 a.m. ET"), "2026-06-03T09:30:00-04:00"
    ),
    Probe(
        "en_at_3_eastern", "sf", en("Wednesday, June 3 at 3 (Eastern)"), "2026-06-03T15:00:00-04:00"
    ),
    Probe(
        "en_930am_pst_summer",
        "us",
        en("Wednesday, June 3, 9:30AM-10:15AM PST"),
        "2026-06-03T09:30:00-07:00",
        end="2026-06-03T10:15:00-07:00",
    ),
    Probe("en_9_30am_dot", "uk", en("Wednesday 3 June at 9.30am"), "2026-06-03T09:30:00+01:00"),
    Probe(
        "fr_10h_11h30",
        "fr",
        fr("le mercredi 3 juin de 10h à 11h30"),
        "2026-06-03T10:00:00+02:00",
        end="2026-06-03T11:30:00+02:00",
        subject=FR_SUBJ,
    ),
    Probe(
        "es_10_a_11_30_h",
        "es",
        es("el miércoles 3 de junio de 10 a 11:30 h"),
        "2026-06-03T10:00:00+02:00",
        end="2026-06-03T11:30:00+02:00",
        subject=ES_SUBJ,
    ),
    Probe(
        "de_10_bis_11_uhr",
        "de",
        de("am Mittwoch, 3. Juni, 10:00–11:00 Uhr"),
        "2026-06-03T10:00:00+02:00",
        end="2026-06-03T11:00:00+02:00",
        subject=DE_SUBJ,
    ),
)

ZONES: tuple[Probe, ...] = (
    Probe(
        "ist_india_user", "in", en("Wednesday, 3 June at 11:00 AM IST"), "2026-06-03T11:00:00+05:30"
    ),
    Probe(
        "ist_us_user_india_sender",
        "us",
        en("Wednesday, June 3 at 10:00 AM IST"),
        "2026-06-03T10:00:00+05:30",
        sender="Rohan Mehta <rohan.mehta@infotech.example.in>",
    ),
    Probe(
        "ist_irish_user_irish_sender",
        "ie",
        en("Wednesday 3 June at 11:00 IST"),
        "2026-06-03T11:00:00+01:00",
        sender="Ciara Doyle <ciara.doyle@harbour.example.ie>",
    ),
    Probe(
        "ist_dublin_office",
        "uk",
        en("Wednesday 3 June at 11:00 IST at our Dublin office on Baggot Street"),
        "2026-06-03T11:00:00+01:00",
        sender="Ciara Doyle <ciara.doyle@harbour.example.ie>",
    ),
    Probe(
        "ist_dublin_user_india_office",
        "ie",
        en("Wednesday 3 June at 11:00 AM IST with our team in Bengaluru"),
        "2026-06-03T11:00:00+05:30",
        sender="Rohan Mehta <rohan.mehta@infotech.example.in>",
    ),
    Probe(
        "ist_israel_office",
        "us",
        en("Wednesday, June 3 at 10:00 IST at our Tel Aviv office"),
        "2026-06-03T10:00:00+03:00",
    ),
    Probe(
        "cst_us_user_default", "us", en("Wednesday, June 3 at 2pm CST"), "2026-06-03T14:00:00-05:00"
    ),
    Probe("aest_winter", "au", en("Wednesday 3 June at 10:00am AEST"), "2026-06-03T10:00:00+10:00"),
    Probe(
        "aedt_summer",
        "uk",
        en("Tuesday 10 March at 9am AEDT"),
        "2026-03-10T09:00:00+11:00",
        date="Mon, 02 Mar 2026 09:00:00 +0000",
    ),
    Probe(
        "nzdt",
        "uk",
        en("Tuesday 10 March at 9:00am NZDT"),
        "2026-03-10T09:00:00+13:00",
        date="Mon, 02 Mar 2026 09:00:00 +0000",
    ),
    Probe("brt", "us", en("Wednesday, June 3 at 2pm BRT"), "2026-06-03T14:00:00-03:00"),
    Probe("sgt", "uk", en("Wednesday 3 June at 10am SGT"), "2026-06-03T10:00:00+08:00"),
    Probe("hkt", "uk", en("Wednesday 3 June, 4:30pm HKT"), "2026-06-03T16:30:00+08:00"),
    Probe("jst", "us", en("Wednesday, June 3 at 9:00 JST"), "2026-06-03T09:00:00+09:00"),
    Probe(
        "gmt_plus_530",
        "uk",
        en("Wednesday 3 June at 3:00 PM (GMT+5:30)"),
        "2026-06-03T15:00:00+05:30",
    ),
    Probe(
        "utc_unicode_minus",
        "us",
        en("Wednesday, June 3, 10:00 (UTC−03:00)"),
        "2026-06-03T10:00:00-03:00",
    ),
    Probe(
        "outlook_pacific",
        "us",
        en("Wednesday, June 3, 2026 9:00 AM-10:00 AM (GMT-08:00) Pacific Time (US & Canada)"),
        "2026-06-03T09:00:00-07:00",
        end="2026-06-03T10:00:00-07:00",
    ),
    Probe(
        "central_european_time",
        "uk",
        en("Wednesday 3 June at 10:00 Central European Time"),
        "2026-06-03T10:00:00+02:00",
    ),
    Probe(
        "mountain_time",
        "us",
        en("Wednesday, June 3 at 1pm Mountain Time"),
        "2026-06-03T13:00:00-06:00",
    ),
    Probe(
        "arizona_time",
        "us",
        en("Wednesday, June 3 at 1pm Arizona time"),
        "2026-06-03T13:00:00-07:00",
    ),
    Probe(
        "central_bare",
        "sf",
        en("Wednesday, June 3 at 10 a.m. Central"),
        "2026-06-03T10:00:00-05:00",
    ),
    Probe(
        "heure_de_paris",
        "uk",
        fr("le mercredi 3 juin à 15h (heure de Paris)"),
        "2026-06-03T15:00:00+02:00",
        subject=FR_SUBJ,
    ),
    Probe(
        "hora_peninsular",
        "mx",
        es("el miércoles 3 de junio a las 11:00 (hora peninsular)"),
        "2026-06-03T11:00:00+02:00",
        subject=ES_SUBJ,
    ),
    Probe(
        "hora_cdmx",
        "es",
        es("el miércoles 3 de junio a las 10:00 hora de Ciudad de México"),
        "2026-06-03T10:00:00-06:00",
        subject=ES_SUBJ,
    ),
    Probe(
        "mesz_us_user",
        "us",
        de("am Mittwoch, 3. Juni um 14:00 Uhr MESZ"),
        "2026-06-03T14:00:00+02:00",
        subject=DE_SUBJ,
    ),
    Probe(
        "mez_winter",
        "uk",
        de("am Dienstag, 10. März um 9 Uhr MEZ"),
        "2026-03-10T09:00:00+01:00",
        subject=DE_SUBJ,
        date="Mon, 02 Mar 2026 09:00:00 +0000",
    ),
    Probe(
        "newfoundland_time",
        "us",
        en("Wednesday, June 3 at 2:30 PM Newfoundland time"),
        "2026-06-03T14:30:00-02:30",
    ),
    Probe("ndt", "us", en("Wednesday, June 3 at 2:30 PM NDT"), "2026-06-03T14:30:00-02:30"),
    Probe(
        "acst_adelaide", "uk", en("Wednesday 3 June at 9:30am ACST"), "2026-06-03T09:30:00+09:30"
    ),
    Probe(
        "adelaide_summer",
        "au",
        en("Tuesday 10 March at 10am Adelaide time"),
        "2026-03-10T10:00:00+10:30",
        date="Mon, 02 Mar 2026 09:00:00 +0000",
    ),
    Probe("nepal_npt", "uk", en("Wednesday 3 June at 11:00 NPT"), "2026-06-03T11:00:00+05:45"),
    Probe(
        "nepal_time", "uk", en("Wednesday 3 June at 11:00 Nepal time"), "2026-06-03T11:00:00+05:45"
    ),
    Probe(
        "kathmandu_gmt_545",
        "uk",
        en("Wednesday 3 June at 11:00 (GMT+5:45)"),
        "2026-06-03T11:00:00+05:45",
    ),
    Probe(
        "chatham",
        "uk",
        en("Wednesday 3 June at 9am Chatham Islands time"),
        "2026-06-03T09:00:00+12:45",
    ),
    Probe(
        "your_time_our_time",
        "uk",
        en("Wednesday 3 June at 10am your time (11am our time, CET)"),
        "2026-06-03T10:00:00+01:00",
    ),
    Probe(
        "our_time_cet",
        "uk",
        en("Wednesday 3 June at 10am our time (CET)"),
        "2026-06-03T10:00:00+02:00",
    ),
    Probe(
        "your_time_bare",
        "us",
        en("Wednesday, June 3 at 2pm your time"),
        "2026-06-03T14:00:00-04:00",
    ),
    Probe(
        "gmt_plus_1_fixed",
        "uk",
        en("Wednesday 3 June at 14:00 (GMT+1)"),
        "2026-06-03T14:00:00+01:00",
    ),
    Probe("utc_plain", "in", en("Wednesday 3 June at 10:00 UTC"), "2026-06-03T10:00:00+00:00"),
    Probe(
        "pacific_bare", "us", en("Wednesday, June 3 at 10am Pacific"), "2026-06-03T10:00:00-07:00"
    ),
    Probe(
        "sao_paulo_pt",
        "br",
        es("el miércoles 3 de junio a las 10:00 (hora de Brasilia)"),
        "2026-06-03T10:00:00-03:00",
        subject=ES_SUBJ,
    ),
    Probe("sgt_user_local", "sg", en("Wednesday 3 June at 2pm"), "2026-06-03T14:00:00+08:00"),
)

DATES: tuple[Probe, ...] = (
    Probe(
        "new_year_dmy",
        "uk",
        en("Tuesday 5 January at 10:00"),
        "2027-01-05T10:00:00+00:00",
        date=NEW_YEAR,
    ),
    Probe(
        "new_year_mdy",
        "us",
        en("Monday, January 4 at 2pm"),
        "2027-01-04T14:00:00-05:00",
        date=NEW_YEAR,
    ),
    Probe(
        "new_year_numeric_de",
        "de",
        de("am Dienstag, 05.01. um 10 Uhr"),
        "2027-01-05T10:00:00+01:00",
        subject=DE_SUBJ,
        date=NEW_YEAR,
    ),
    Probe(
        "new_year_fr",
        "fr",
        fr("le mardi 5 janvier à 14h"),
        "2027-01-05T14:00:00+01:00",
        subject=FR_SUBJ,
        date=NEW_YEAR,
    ),
    Probe(
        "new_year_es",
        "es",
        es("el lunes 4 de enero a las 10:00"),
        "2027-01-04T10:00:00+01:00",
        subject=ES_SUBJ,
        date=NEW_YEAR,
    ),
    Probe("new_year_slash_mdy", "us", en("1/4 at 3pm"), "2027-01-04T15:00:00-05:00", date=NEW_YEAR),
    Probe(
        "new_year_weekday_only",
        "uk",
        en("Friday 8th at 11am"),
        "2027-01-08T11:00:00+00:00",
        date="Wed, 30 Dec 2026 10:00:00 +0000",
    ),
    Probe(
        "weekday_conflict_keeps_date",
        "uk",
        en("Thursday 3 June at 10am"),
        "2026-06-03T10:00:00+01:00",
    ),
    Probe("weekday_conflict_numeric", "uk", en("Thursday 3/6 at 2pm"), "2026-06-03T14:00:00+01:00"),
    Probe("impossible_order_swapped", "us", en("23/06 at 2pm"), "2026-06-23T14:00:00-04:00"),
    Probe(
        "weekday_repairs_order", "us", en("Wednesday 03/06 at 10am"), "2026-06-03T10:00:00-04:00"
    ),
    Probe(
        "tue_3rd",
        "uk",
        en("Tue 3rd at 2pm"),
        "2026-03-03T14:00:00+00:00",
        date="Thu, 26 Feb 2026 09:00:00 +0000",
    ),
    Probe("the_3rd_of_june", "uk", en("the 3rd of June at 11am"), "2026-06-03T11:00:00+01:00"),
    Probe("june_3rd", "us", en("June 3rd at 4pm"), "2026-06-03T16:00:00-04:00"),
    Probe("3rd_june", "uk", en("Wednesday 3rd June at 4pm"), "2026-06-03T16:00:00+01:00"),
    Probe("wednesday_the_3rd", "us", en("Wednesday the 3rd at 10am"), "2026-06-03T10:00:00-04:00"),
    Probe("weds_abbrev", "uk", en("Weds 3 June at 10am"), "2026-06-03T10:00:00+01:00"),
    Probe(
        "de_03_06_dot",
        "de",
        de("am 03.06. um 9:30 Uhr"),
        "2026-06-03T09:30:00+02:00",
        subject=DE_SUBJ,
    ),
    Probe(
        "de_3_6_dot",
        "de",
        de("am Mittwoch, den 3.6. um 10 Uhr"),
        "2026-06-03T10:00:00+02:00",
        subject=DE_SUBJ,
    ),
    Probe("dmy_slash", "uk", en("3/6 at 2pm"), "2026-06-03T14:00:00+01:00"),
    Probe("mdy_slash", "us", en("6/3 at 2pm"), "2026-06-03T14:00:00-04:00"),
    Probe("dmy_full", "uk", en("Wed 03/06/2026 at 2pm"), "2026-06-03T14:00:00+01:00"),
    Probe("iso_t_offset", "us", en("2026-06-03T10:00:00+02:00"), "2026-06-03T10:00:00+02:00"),
    Probe("iso_space", "uk", en("2026-06-03 10:00"), "2026-06-03T10:00:00+01:00"),
    Probe("iso_z", "us", en("2026-06-03T14:00:00Z"), "2026-06-03T14:00:00+00:00"),
    Probe(
        "tomorrow_at_10",
        "uk",
        en("tomorrow at 10"),
        "2026-06-03T10:00:00+01:00",
        date="Tue, 02 Jun 2026 16:00:00 +0100",
    ),
    Probe(
        "tomorrow_at_10am",
        "uk",
        en("tomorrow at 10am"),
        "2026-06-03T10:00:00+01:00",
        date="Tue, 02 Jun 2026 16:00:00 +0100",
    ),
    Probe(
        "tomorrow_weekday_bracket",
        "us",
        en("tomorrow (Wednesday) at 10am"),
        "2026-06-03T10:00:00-04:00",
        date="Tue, 02 Jun 2026 16:00:00 -0400",
    ),
    Probe(
        "today_at_4",
        "uk",
        en("today at 4pm"),
        "2026-06-03T16:00:00+01:00",
        date="Wed, 03 Jun 2026 09:00:00 +0100",
    ),
    Probe("this_thursday", "us", en("this Thursday at 3pm"), "2026-06-04T15:00:00-04:00"),
    Probe(
        "next_tuesday",
        "us",
        en("next Tuesday at 11am"),
        "2026-06-09T11:00:00-04:00",
        date="Thu, 04 Jun 2026 09:00:00 -0400",
    ),
    Probe(
        "next_wednesday_uk",
        "uk",
        en("next Wednesday at 11:00"),
        "2026-06-10T11:00:00+01:00",
        date="Thu, 04 Jun 2026 09:00:00 +0100",
    ),
    Probe(
        "tomorrow_sender_zone_late",
        "uk",
        en("tomorrow at 10am ET"),
        "2026-06-03T10:00:00-04:00",
        date="Tue, 02 Jun 2026 22:00:00 -0400",
        sender="Dana Fox <dana.fox@northwind.example>",
    ),
    Probe(
        "tomorrow_sender_zone_early",
        "sf",
        en("tomorrow at 10:00 CET"),
        "2026-06-03T10:00:00+02:00",
        date="Tue, 02 Jun 2026 07:30:00 +0200",
    ),
    Probe(
        "tomorrow_server_header_zone_stated",
        "uk",
        en("tomorrow at 10am ET"),
        "2026-06-03T10:00:00-04:00",
        date="Wed, 03 Jun 2026 01:30:00 +0000",
    ),
    Probe(
        "tomorrow_server_header_no_zone",
        "us",
        en("tomorrow at 10am"),
        "2026-06-03T10:00:00-04:00",
        date="Wed, 03 Jun 2026 01:30:00 +0000",
    ),
    Probe(
        "thursday_sender_zone",
        "sf",
        en("Thursday at 9am CEST"),
        "2026-06-04T09:00:00+02:00",
        date="Mon, 01 Jun 2026 07:00:00 +0200",
    ),
    Probe(
        "de_morgen",
        "de",
        de("morgen um 10 Uhr"),
        "2026-06-03T10:00:00+02:00",
        subject=DE_SUBJ,
        date="Tue, 02 Jun 2026 11:00:00 +0200",
    ),
    Probe(
        "fr_demain",
        "fr",
        fr("demain à 10h"),
        "2026-06-03T10:00:00+02:00",
        subject=FR_SUBJ,
        date="Tue, 02 Jun 2026 11:00:00 +0200",
    ),
    Probe(
        "es_manana",
        "es",
        es("mañana a las 10"),
        "2026-06-03T10:00:00+02:00",
        subject=ES_SUBJ,
        date="Tue, 02 Jun 2026 11:00:00 +0200",
    ),
    Probe(
        "dst_us_spring",
        "us",
        en("Monday, March 9 at 10am ET"),
        "2026-03-09T10:00:00-04:00",
        date="Thu, 05 Mar 2026 09:00:00 -0500",
    ),
    Probe(
        "dst_us_spring_local",
        "sf",
        en("Monday, March 9 at 10am"),
        "2026-03-09T10:00:00-07:00",
        date="Thu, 05 Mar 2026 09:00:00 -0800",
    ),
    Probe(
        "dst_eu_spring",
        "de",
        de("am Montag, 30. März um 10 Uhr"),
        "2026-03-30T10:00:00+02:00",
        subject=DE_SUBJ,
        date="Wed, 25 Mar 2026 09:00:00 +0100",
    ),
    Probe(
        "dst_eu_uk_time",
        "us",
        en("Monday 30 March at 2pm UK time"),
        "2026-03-30T14:00:00+01:00",
        date="Wed, 25 Mar 2026 09:00:00 +0000",
    ),
    Probe(
        "dst_au_autumn",
        "au",
        en("Monday 6 April at 10am"),
        "2026-04-06T10:00:00+10:00",
        date="Wed, 01 Apr 2026 09:00:00 +1100",
    ),
    Probe(
        "dst_us_fall",
        "us",
        en("Monday, November 2 at 9am"),
        "2026-11-02T09:00:00-05:00",
        date="Wed, 28 Oct 2026 09:00:00 -0400",
    ),
    Probe(
        "dst_eu_fall_outlook",
        "uk",
        en("Monday 26 October 2026 10:00-11:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rome"),
        "2026-10-26T10:00:00+01:00",
        end="2026-10-26T11:00:00+01:00",
        date="Tue, 20 Oct 2026 09:00:00 +0100",
    ),
    Probe(
        "two_zones_winter",
        "us",
        en("Tuesday, January 5 at 9am PT / 12pm ET / 5pm GMT"),
        "2027-01-05T09:00:00-08:00",
        date=NEW_YEAR,
    ),
    Probe(
        "two_zones_summer",
        "uk",
        en("Wednesday 3 June at 9am PT / 12pm ET / 5pm BST"),
        "2026-06-03T09:00:00-07:00",
    ),
    Probe(
        "two_zones_user_second",
        "uk",
        en("Wednesday 3 June at 10:00 ET (15:00 UK time)"),
        "2026-06-03T10:00:00-04:00",
    ),
    Probe(
        "two_zones_cest_bst",
        "us",
        en("Wednesday 3 June, 15:00 CEST / 14:00 BST"),
        "2026-06-03T15:00:00+02:00",
    ),
)

TRAPS: tuple[Probe, ...] = (
    Probe(
        "reply_by_before",
        "uk",
        "Hi,\n\nPlease reply by Tuesday 2 June at 12pm to confirm your slot. Your interview "
        "with our engineering team is confirmed for Wednesday 3 June at 10:00 over Zoom." + SIG,
        "2026-06-03T10:00:00+01:00",
    ),
    Probe(
        "reply_by_after",
        "us",
        en("Wednesday, June 3 at 2:30pm")[: -len(SIG)]
        + " Kindly confirm your attendance by Tuesday, June 2 at 5pm."
        + SIG,
        "2026-06-03T14:30:00-04:00",
    ),
    Probe(
        "deadline_de",
        "de",
        "Guten Tag,\n\nbitte bestätigen Sie bis Dienstag, 2. Juni, 12 Uhr. Wir bestätigen Ihr "
        "Vorstellungsgespräch am Mittwoch, 3. Juni, um 10 Uhr." + SIG_DE,
        "2026-06-03T10:00:00+02:00",
        subject=DE_SUBJ,
    ),
    Probe(
        "deadline_fr",
        "fr",
        "Bonjour,\n\nMerci de confirmer avant le mardi 2 juin à 12h. Nous vous confirmons votre "
        "entretien le mercredi 3 juin à 10h." + SIG_FR,
        "2026-06-03T10:00:00+02:00",
        subject=FR_SUBJ,
    ),
    Probe(
        "deadline_es",
        "es",
        "Hola,\n\nPor favor, confírmanos antes del martes 2 de junio a las 12:00. Te "
        "confirmamos la entrevista el miércoles 3 de junio a las 10:00." + SIG_ES,
        "2026-06-03T10:00:00+02:00",
        subject=ES_SUBJ,
    ),
    Probe(
        "office_hours",
        "uk",
        en("Wednesday 3 June at 2:30pm") + "Reception is open Monday to Friday, 8:30am to 6pm.\n",
        "2026-06-03T14:30:00+01:00",
    ),
    Probe(
        "signature_hours",
        "us",
        en("Wednesday, June 3 at 11am ET") + "Office hours: Mon-Thu 9:00-17:00 PT\n",
        "2026-06-03T11:00:00-04:00",
    ),
    Probe(
        "signature_hours_de",
        "de",
        de("am Mittwoch, 3. Juni um 15 Uhr")
        + "Telefonisch erreichbar: Mittwoch, 3. Juni 9–12 Uhr\n",
        "2026-06-03T15:00:00+02:00",
        subject=DE_SUBJ,
    ),
    Probe(
        "reschedule_en",
        "uk",
        "Hi,\n\nWe need to move your interview from Wednesday 3 June at 10am to Thursday "
        "4 June at 2pm. The new time is confirmed with the panel." + SIG,
        "2026-06-04T14:00:00+01:00",
        subject="Interview rescheduled",
    ),
    Probe(
        "reschedule_old_new_rows",
        "us",
        "Hi,\n\nYour interview has been rescheduled.\n\nOld time: Wednesday, June 3, 10:00 AM"
        "\nNew time: Thursday, June 4, 3:00 PM\n\nThe panel is unchanged." + SIG,
        "2026-06-04T15:00:00-04:00",
        subject="Interview rescheduled",
    ),
    Probe(
        "reschedule_subject_old",
        "uk",
        "Hi,\n\nApologies, the panel had a clash. Your interview is now on Thursday 4 June at "
        "2pm instead; everything else stays the same." + SIG,
        "2026-06-04T14:00:00+01:00",
        subject="Rescheduled: Interview - Wed 3 June 10:00",
    ),
    Probe(
        "reschedule_same_day",
        "us",
        "Hi,\n\nSmall change: on Wednesday, June 3 we will start at 11:30am instead of 10am. "
        "Your interview is confirmed for the new time." + SIG,
        "2026-06-03T11:30:00-04:00",
        subject="Interview time changed",
    ),
    Probe(
        "reschedule_de",
        "de",
        "Guten Tag,\n\nIhr Vorstellungsgespräch am Mittwoch, 3. Juni um 10 Uhr muss leider "
        "verschoben werden. Neuer Termin: Donnerstag, 4. Juni um 14 Uhr." + SIG_DE,
        "2026-06-04T14:00:00+02:00",
        subject="Verschiebung Ihres Vorstellungsgesprächs",
    ),
    Probe(
        "reschedule_fr",
        "fr",
        "Bonjour,\n\nVotre entretien initialement prévu le mercredi 3 juin à 10h est déplacé "
        "au jeudi 4 juin à 14h." + SIG_FR,
        "2026-06-04T14:00:00+02:00",
        subject="Report de votre entretien",
    ),
    Probe(
        "reschedule_es",
        "es",
        "Hola,\n\nTu entrevista del miércoles 3 de junio a las 10:00 se cambia al jueves 4 de "
        "junio a las 16:00." + SIG_ES,
        "2026-06-04T16:00:00+02:00",
        subject="Cambio de fecha de tu entrevista",
    ),
    Probe(
        "quoted_history",
        "uk",
        "Great, thanks. Your interview is confirmed for Thursday 4 June at 14:00 with the "
        "panel.\n\nMaya\n\nOn Mon, 1 Jun 2026 at 08:12, Sam Taylor <sam.taylor@outlook.com> "
        "wrote:\n> Hi Maya, Wednesday 3 June at 10:00 is hard for me; could we do Thursday?\n"
        "> Thanks, Sam\n",
        "2026-06-04T14:00:00+01:00",
        subject="Re: Interview confirmation",
    ),
    Probe(
        "quoted_offer_de",
        "de",
        "Guten Tag,\n\nwir bestätigen Ihr Vorstellungsgespräch am Donnerstag, 4. Juni um "
        "14 Uhr.\n\nViele Grüße\nMaya Brooks\n\nAm 01.06.2026 um 08:12 schrieb Jonas Weber:\n"
        "> Mittwoch, 3. Juni um 10 Uhr passt mir leider nicht.\n",
        "2026-06-04T14:00:00+02:00",
        subject="AW: Vorstellungsgespräch",
    ),
    Probe(
        "webinar_footer",
        "uk",
        en("Wednesday 3 June at 11am")
        + "\n--\nJoin our careers webinar on Tuesday 2 June at 6pm! Register at "
        "northwind.example/webinar\n",
        "2026-06-03T11:00:00+01:00",
    ),
    Probe(
        "webinar_footer_after",
        "us",
        en("Thursday, June 4 at 11am")
        + "\n--\nUpcoming: Northwind open house, Wednesday, June 3 at 5pm. Unsubscribe\n",
        "2026-06-04T11:00:00-04:00",
    ),
    Probe(
        "arrive_early",
        "uk",
        "Hi,\n\nYour interview is confirmed for Wednesday 3 June at 10:00. Please arrive by "
        "9:45 to sign in at reception." + SIG,
        "2026-06-03T10:00:00+01:00",
    ),
    Probe(
        "parking_opens",
        "us",
        en("Wednesday, June 3 at 1pm") + "Visitor parking opens at 7am on weekdays.\n",
        "2026-06-03T13:00:00-04:00",
    ),
)

PROBES: tuple[Probe, ...] = CLOCKS + ZONES + DATES + TRAPS

# A second batch: layouts (label rows, calendar lines), more clock and range shapes, more
# zones, relative days beyond tomorrow, and arrival/expiry neighbours.
MORE: tuple[Probe, ...] = (
    Probe(
        "label_rows",
        "uk",
        "Hi,\n\nYour interview is confirmed:\n\nDate: Wednesday 3 June\n"
        "Time: 10:00 - 11:00 (London)\nWhere: Zoom" + SIG,
        "2026-06-03T10:00:00+01:00",
        end="2026-06-03T11:00:00+01:00",
    ),
    Probe(
        "label_rows_time_first",
        "us",
        "Hi,\n\nYour interview is confirmed.\n\nTime: 2:00 PM ET\nDate: Wednesday, June 3" + SIG,
        "2026-06-03T14:00:00-04:00",
    ),
    Probe(
        "outlook_when_eastern",
        "uk",
        en(
            "When: Wednesday, June 3, 2026 10:00 AM-11:00 AM (UTC-05:00) Eastern Time (US & Canada)"
        ),
        "2026-06-03T10:00:00-04:00",
        end="2026-06-03T11:00:00-04:00",
    ),
    Probe(
        "date_slash_time_gmt1",
        "uk",
        en("03/06/2026, 10:00 (GMT+01:00)"),
        "2026-06-03T10:00:00+01:00",
    ),
    Probe(
        "dotted_range_uk_time",
        "us",
        en("Wednesday 3 June, 10.00-11.00 (UK time)"),
        "2026-06-03T10:00:00+01:00",
        end="2026-06-03T11:00:00+01:00",
    ),
    Probe("the_3rd_at_10", "uk", en("the 3rd at 10"), "2026-06-03T10:00:00+01:00"),
    Probe("time_before_date", "uk", en("10am on Wednesday 3 June"), "2026-06-03T10:00:00+01:00"),
    Probe("at_10_on_date", "uk", en("10:00 on Wed 3 June (BST)"), "2026-06-03T10:00:00+01:00"),
    Probe(
        "four_in_the_afternoon",
        "uk",
        en("Wednesday 3 June at 4 in the afternoon"),
        "2026-06-03T16:00:00+01:00",
    ),
    Probe("ten_oclock", "uk", en("Wednesday 3 June at 10 o'clock"), "2026-06-03T10:00:00+01:00"),
    Probe("two_oclock", "uk", en("Wednesday 3 June at two o'clock"), "2026-06-03T14:00:00+01:00"),
    Probe(
        "pm_dotted_caps", "us", en("Wednesday, June 3, at 2 P.M. EDT"), "2026-06-03T14:00:00-04:00"
    ),
    Probe(
        "bst_with_est",
        "us",
        en("Wednesday 3 June at 2pm BST (9am EST)"),
        "2026-06-03T14:00:00+01:00",
    ),
    Probe("fifteen_h_cet", "uk", en("Wednesday 3 June at 15h00 CET"), "2026-06-03T15:00:00+02:00"),
    Probe("at_sign_year", "uk", en("Wednesday 3rd June 2026 @ 15:00"), "2026-06-03T15:00:00+01:00"),
    Probe(
        "range_bst",
        "us",
        en("3 June, 15:00 - 16:00 BST"),
        "2026-06-03T15:00:00+01:00",
        end="2026-06-03T16:00:00+01:00",
    ),
    Probe(
        "de_deutscher_zeit",
        "us",
        de("am 3. Juni um 10:00 Uhr (deutscher Zeit)"),
        "2026-06-03T10:00:00+02:00",
        subject=DE_SUBJ,
    ),
    Probe(
        "fr_10_heures",
        "fr",
        fr("le 3 juin 2026 à 10 heures"),
        "2026-06-03T10:00:00+02:00",
        subject=FR_SUBJ,
    ),
    Probe(
        "fr_14h_15h30",
        "fr",
        fr("le mercredi 3 juin, de 14 h à 15 h 30"),
        "2026-06-03T14:00:00+02:00",
        end="2026-06-03T15:30:00+02:00",
        subject=FR_SUBJ,
    ),
    Probe(
        "es_bogota_manana",
        "es",
        es("el 3 de junio a las 10 de la mañana (hora de Bogotá)"),
        "2026-06-03T10:00:00-05:00",
        subject=ES_SUBJ,
    ),
    Probe(
        "es_4_de_la_tarde",
        "es",
        es("el miércoles 3 de junio a las 4 de la tarde"),
        "2026-06-03T16:00:00+02:00",
        subject=ES_SUBJ,
    ),
    Probe(
        "es_16_horas_madrid",
        "mx",
        es("el 3 de junio a las 16:00 horas (hora de Madrid)"),
        "2026-06-03T16:00:00+02:00",
        subject=ES_SUBJ,
    ),
    Probe(
        "twelve_thirty_dot_pm", "uk", en("Wednesday 3 June at 12.30pm"), "2026-06-03T12:30:00+01:00"
    ),
    Probe(
        "cdt_year_ordinal",
        "us",
        en("Thursday, June 4th, 2026 at 1:00 p.m. CDT"),
        "2026-06-04T13:00:00-05:00",
    ),
    Probe(
        "cest_utc2", "uk", en("Wednesday 3 June, 10:00 CEST (UTC+2)"), "2026-06-03T10:00:00+02:00"
    ),
    Probe(
        "utc_plus_2_bare", "us", en("Wednesday 3 June, 10:00 UTC+2"), "2026-06-03T10:00:00+02:00"
    ),
    Probe(
        "ist_utc_530",
        "uk",
        en("Wednesday 3 June, 3:00 PM IST (UTC +5:30)"),
        "2026-06-03T15:00:00+05:30",
    ),
    Probe("pst_pdt", "us", en("Wednesday, June 3 at 10am PST/PDT"), "2026-06-03T10:00:00-07:00"),
    Probe(
        "brisbane_aest",
        "uk",
        en("Tuesday 10 March at 10:00 AEST (Brisbane)"),
        "2026-03-10T10:00:00+10:00",
        date="Mon, 02 Mar 2026 09:00:00 +0000",
    ),
    Probe(
        "perth_time", "uk", en("Wednesday 3 June at 10am Perth time"), "2026-06-03T10:00:00+08:00"
    ),
    Probe("hst", "us", en("Wednesday, June 3 at 2pm HST"), "2026-06-03T14:00:00-10:00"),
    Probe("akdt", "us", en("Wednesday, June 3 at 10am AKDT"), "2026-06-03T10:00:00-08:00"),
    Probe("sast", "uk", en("Wednesday 3 June at 10:00 SAST"), "2026-06-03T10:00:00+02:00"),
    Probe("military_gmt", "us", en("Wednesday 3 June at 1400 GMT"), "2026-06-03T14:00:00+00:00"),
    Probe(
        "hrs_ist",
        "uk",
        en("Wednesday 3 June at 14:00 hrs IST"),
        "2026-06-03T14:00:00+05:30",
        sender="Rohan Mehta <rohan.mehta@infotech.example.in>",
    ),
    Probe(
        "range_10_12pm",
        "us",
        en("Wednesday, June 3, 10 AM – 12 PM"),
        "2026-06-03T10:00:00-04:00",
        end="2026-06-03T12:00:00-04:00",
    ),
    Probe(
        "range_1130_1215",
        "us",
        en("Wednesday, June 3, 11:30am - 12:15pm"),
        "2026-06-03T11:30:00-04:00",
        end="2026-06-03T12:15:00-04:00",
    ),
    Probe(
        "range_12_1pm",
        "us",
        en("Wednesday, June 3, 12-1pm"),
        "2026-06-03T12:00:00-04:00",
        end="2026-06-03T13:00:00-04:00",
    ),
    Probe(
        "range_9_945am",
        "us",
        en("Wednesday, June 3, 9:00-9:45am"),
        "2026-06-03T09:00:00-04:00",
        end="2026-06-03T09:45:00-04:00",
    ),
    Probe(
        "range_4_5pm_dots",
        "us",
        en("Wednesday, June 3, 4-5 p.m."),
        "2026-06-03T16:00:00-04:00",
        end="2026-06-03T17:00:00-04:00",
    ),
    Probe(
        "range_till",
        "us",
        en("Wednesday, June 3 from 10 till 11am"),
        "2026-06-03T10:00:00-04:00",
        end="2026-06-03T11:00:00-04:00",
    ),
    Probe(
        "wednesday_next_week", "us", en("Wednesday next week at 10am"), "2026-06-10T10:00:00-04:00"
    ),
    Probe(
        "day_after_tomorrow",
        "uk",
        en("the day after tomorrow at 10am"),
        "2026-06-03T10:00:00+01:00",
    ),
    Probe(
        "de_uebermorgen",
        "de",
        de("übermorgen um 10 Uhr"),
        "2026-06-03T10:00:00+02:00",
        subject=DE_SUBJ,
    ),
    Probe(
        "fr_apres_demain",
        "fr",
        fr("après-demain à 10h"),
        "2026-06-03T10:00:00+02:00",
        subject=FR_SUBJ,
    ),
    Probe(
        "es_pasado_manana",
        "es",
        es("pasado mañana a las 10:00"),
        "2026-06-03T10:00:00+02:00",
        subject=ES_SUBJ,
    ),
    Probe("jun_abbrev", "us", en("Wed, Jun 3 at 10 AM"), "2026-06-03T10:00:00-04:00"),
    Probe("dash_month_year", "uk", en("03-Jun-2026 at 10:00"), "2026-06-03T10:00:00+01:00"),
    Probe("weekday_bracket_after", "us", en("June 3 (Wed.) at 10 AM"), "2026-06-03T10:00:00-04:00"),
    Probe("iso_slash_space", "sg", en("2026/06/03 10:00"), "2026-06-03T10:00:00+08:00"),
    Probe(
        "de_kurz", "de", de("am Mi. 3.6. um 10 Uhr"), "2026-06-03T10:00:00+02:00", subject=DE_SUBJ
    ),
    Probe(
        "fr_slash",
        "fr",
        fr("le mercredi 03/06 à 10h"),
        "2026-06-03T10:00:00+02:00",
        subject=FR_SUBJ,
    ),
    Probe(
        "past_received",
        "uk",
        "Hi,\n\nWe received your application on Monday 1 June at 8:00am. Your interview is "
        "confirmed for Wednesday 3 June at 10:00." + SIG,
        "2026-06-03T10:00:00+01:00",
    ),
    Probe(
        "join_early",
        "uk",
        "Hi,\n\nYour interview is confirmed for Wednesday 3 June at 10:00. Please join five "
        "minutes early, at 9:55, to test your audio." + SIG,
        "2026-06-03T10:00:00+01:00",
    ),
    Probe(
        "test_expires",
        "uk",
        "Hi,\n\nYour interview is confirmed for Wednesday 3 June at 10:00. Separately, your "
        "coding test link expires on Thursday 4 June at 23:59." + SIG,
        "2026-06-03T10:00:00+01:00",
    ),
    Probe(
        "test_expires_first",
        "uk",
        "Hi,\n\nYour coding test link expires on Tuesday 2 June at 23:59. Your interview is "
        "confirmed for Wednesday 3 June at 10:00." + SIG,
        "2026-06-03T10:00:00+01:00",
    ),
    Probe(
        "originally_now",
        "us",
        "Hi,\n\nYour interview, originally scheduled for Wednesday, June 3 at 10am, will now "
        "take place on Thursday, June 4 at 11am." + SIG,
        "2026-06-04T11:00:00-04:00",
        subject="Interview rescheduled",
    ),
    Probe(
        "office_hours_pt_then_et",
        "us",
        "Hi,\n\nOur office hours are 9-5 PT. Your interview is confirmed for Wednesday, June 3 "
        "at 1pm ET." + SIG,
        "2026-06-03T13:00:00-04:00",
    ),
    Probe(
        "lunch_after",
        "uk",
        en("Wednesday 3 June at 10:00, followed by lunch with the team at 12:30"),
        "2026-06-03T10:00:00+01:00",
    ),
)

# A third batch: tool layouts, two clocks for two readers, replies, reminders, ranges
# with "between", durations, and more neighbours of the traps.
THIRD: tuple[Probe, ...] = (
    Probe(
        "calendly_event",
        "uk",
        "Hi Sam,\n\nA new event has been scheduled.\n\nEvent Type: Interview with "
        "Northwind Labs\nEvent Date/Time: 10:00am - 10:30am (Pacific Time - US & Canada) "
        "Wednesday, June 3, 2026\nLocation: Zoom" + SIG,
        "2026-06-03T10:00:00-07:00",
        end="2026-06-03T10:30:00-07:00",
    ),
    Probe(
        "outlook_paris_summer",
        "us",
        en("Wednesday, 3 June 2026 10:00-11:00 (UTC+01:00) Brussels, Copenhagen, Madrid, Paris"),
        "2026-06-03T10:00:00+02:00",
        end="2026-06-03T11:00:00+02:00",
    ),
    Probe(
        "greenhouse_edt",
        "uk",
        en("Wednesday, June 3rd 2026 10:00 AM - 11:00 AM EDT"),
        "2026-06-03T10:00:00-04:00",
        end="2026-06-03T11:00:00-04:00",
    ),
    Probe(
        "rfc_style_offset", "us", en("Wed, 3 Jun 2026 10:00:00 +0100"), "2026-06-03T10:00:00+01:00"
    ),
    Probe(
        "et_then_reader_local",
        "uk",
        en("Wednesday, June 3 at 10am ET (that's 3pm for you in London)"),
        "2026-06-03T10:00:00-04:00",
    ),
    Probe(
        "london_slash_new_york",
        "us",
        en("Wednesday 3 June at 2pm London / 9am New York"),
        "2026-06-03T14:00:00+01:00",
    ),
    Probe(
        "cet_with_uk_time",
        "uk",
        en("Wednesday, 3 June at 10:00 CET (9:00 UK time)"),
        "2026-06-03T10:00:00+02:00",
    ),
    Probe(
        "reply_thursday_works",
        "uk",
        "Thursday works for me, see you then!\n\nSam\n\nOn Mon, 1 Jun 2026 at 09:00, Maya "
        "Brooks <maya.brooks@northwind.example> wrote:\n> Hi Sam, we would like to invite you "
        "to an interview. Could you do Thursday 4 June at 2pm or Friday 5 June at 10am?\n",
        "2026-06-04T14:00:00+01:00",
        subject="Re: Interview invitation",
        sender="Sam Taylor <sam.taylor@outlook.com>",
    ),
    Probe(
        "tomorrow_and_date",
        "uk",
        en("tomorrow, Wednesday 3 June, at 10"),
        "2026-06-03T10:00:00+01:00",
        date="Tue, 02 Jun 2026 16:00:00 +0100",
    ),
    Probe(
        "reminder_today",
        "us",
        "Hi Alex,\n\nJust a reminder that your interview is today at 3:30 PM. Looking "
        "forward to it." + SIG,
        "2026-06-03T15:30:00-04:00",
        subject="Reminder: interview today",
        date="Wed, 03 Jun 2026 08:00:00 -0400",
    ),
    Probe(
        "time_next_line",
        "uk",
        en("Wednesday 3 June\n10:00 - 11:00"),
        "2026-06-03T10:00:00+01:00",
        end="2026-06-03T11:00:00+01:00",
    ),
    Probe(
        "third_of_june_to",
        "uk",
        en("3rd of June, 2026 – 10:00 to 10:45 (CEST)"),
        "2026-06-03T10:00:00+02:00",
        end="2026-06-03T10:45:00+02:00",
    ),
    Probe(
        "subject_time_only",
        "uk",
        "Hi Sam,\n\nThanks, that is booked. See you then." + SIG,
        "2026-06-03T10:00:00+01:00",
        subject="Interview confirmed: Wed 3 June 10:00",
    ),
    Probe(
        "es_slash_a_las", "es", es("el 3/6 a las 10"), "2026-06-03T10:00:00+02:00", subject=ES_SUBJ
    ),
    Probe(
        "de_voll",
        "de",
        de("am Mittwoch, 03. Juni 2026, 10:00 – 11:00 Uhr"),
        "2026-06-03T10:00:00+02:00",
        end="2026-06-03T11:00:00+02:00",
        subject=DE_SUBJ,
    ),
    Probe(
        "fr_mercredi_prochain",
        "fr",
        fr("mercredi prochain à 10h"),
        "2026-06-03T10:00:00+02:00",
        subject=FR_SUBJ,
    ),
    Probe(
        "es_proximo_miercoles",
        "es",
        es("el próximo miércoles a las 10"),
        "2026-06-03T10:00:00+02:00",
        subject=ES_SUBJ,
    ),
    Probe(
        "es_lima",
        "es",
        es("el miércoles 3 de junio a las 10:00 horas (hora de Lima)"),
        "2026-06-03T10:00:00-05:00",
        subject=ES_SUBJ,
    ),
    Probe(
        "ist_india_header",
        "in",
        en("Wednesday, 3 June at 10 AM (IST)"),
        "2026-06-03T10:00:00+05:30",
        date="Mon, 01 Jun 2026 14:30:00 +0530",
    ),
    Probe("hrs_glued", "uk", en("Wednesday 3 June at 10:00hrs"), "2026-06-03T10:00:00+01:00"),
    Probe(
        "military_glued_hrs", "uk", en("Wednesday 3 June at 1000hrs"), "2026-06-03T10:00:00+01:00"
    ),
    Probe(
        "est_in_summer_at_sign",
        "uk",
        en("Friday, June 5th @ 3:30pm EST"),
        "2026-06-05T15:30:00-04:00",
    ),
    Probe(
        "between_and",
        "uk",
        en("Thursday 4th June 2026 between 2pm and 3pm"),
        "2026-06-04T14:00:00+01:00",
        end="2026-06-04T15:00:00+01:00",
    ),
    Probe(
        "from_2_to_3pm",
        "us",
        en("Thursday, June 4 from 2 to 3pm"),
        "2026-06-04T14:00:00-04:00",
        end="2026-06-04T15:00:00-04:00",
    ),
    Probe(
        "dmy_pm_range_dot",
        "uk",
        en("Wed 3rd June, 2pm–2.45pm"),
        "2026-06-03T14:00:00+01:00",
        end="2026-06-03T14:45:00+01:00",
    ),
    Probe(
        "assessment_day_range",
        "uk",
        en("Wednesday 3 June from 9am to 5pm (assessment day)"),
        "2026-06-03T09:00:00+01:00",
        end="2026-06-03T17:00:00+01:00",
    ),
    Probe(
        "arrival_for_start",
        "uk",
        en("3 June: arrival 8:45 for a 9:00 start"),
        "2026-06-03T09:00:00+01:00",
    ),
    Probe(
        "duration_45",
        "uk",
        en("Wednesday 3 June at 10:00 for 45 minutes"),
        "2026-06-03T10:00:00+01:00",
        end="2026-06-03T10:45:00+01:00",
    ),
    Probe(
        "past_first_interview",
        "uk",
        "Hi,\n\nThanks again for your first interview on Monday 1 June at 9am. Your second "
        "interview is confirmed for Wednesday 3 June at 10:00." + SIG,
        "2026-06-03T10:00:00+01:00",
        date="Mon, 01 Jun 2026 15:00:00 +0100",
    ),
    Probe(
        "original_message_block",
        "uk",
        "Hi Sam,\n\nConfirming your interview on Thursday 4 June at 11:00.\n\nMaya\n\n"
        "-----Original Message-----\nFrom: Maya Brooks\nSent: Monday, June 1, 2026 9:00 AM"
        "\nSubject: Interview\n\nWould Wednesday 3 June at 10:00 suit you?\n",
        "2026-06-04T11:00:00+01:00",
        subject="RE: Interview",
    ),
    Probe(
        "subject_old_body_new",
        "us",
        "Hi Alex,\n\nUpdate: we have moved it to 11:30am the same day; the panel is "
        "unchanged." + SIG,
        "2026-06-03T11:30:00-04:00",
        subject="Interview Wed June 3 10:00am ET - time changed",
    ),
    Probe(
        "two_readers_two_clocks",
        "us",
        en("Wednesday 3 June at 15:00 your time / 20:00 ours (BST)"),
        "2026-06-03T15:00:00-04:00",
    ),
    Probe(
        "same_day_de",
        "de",
        "Guten Tag,\n\nIhr Vorstellungsgespräch am Mittwoch, 3. Juni um 10 Uhr verschieben wir "
        "auf 14 Uhr am selben Tag." + SIG_DE,
        "2026-06-03T14:00:00+02:00",
        subject="Verschiebung Ihres Vorstellungsgesprächs",
    ),
    Probe(
        "same_day_fr",
        "fr",
        "Bonjour,\n\nVotre entretien du mercredi 3 juin à 10h est décalé à 14h le même jour."
        + SIG_FR,
        "2026-06-03T14:00:00+02:00",
        subject="Report de votre entretien",
    ),
    Probe(
        "same_day_es",
        "es",
        "Hola,\n\nTu entrevista del miércoles 3 de junio a las 10:00 pasa a las 16:00 del "
        "mismo día." + SIG_ES,
        "2026-06-03T16:00:00+02:00",
        subject="Cambio de hora de tu entrevista",
    ),
    Probe(
        "same_day_feedback_trap",
        "uk",
        en("Wednesday 3 June at 10:00")[: -len(SIG)]
        + " Feedback usually follows the same day, by 6pm."
        + SIG,
        "2026-06-03T10:00:00+01:00",
    ),
    Probe(
        "cet_our_time_en_de",
        "uk",
        de("am Mittwoch, 3. Juni um 10 Uhr Ortszeit (MESZ)"),
        "2026-06-03T10:00:00+02:00",
        subject=DE_SUBJ,
    ),
    Probe(
        "fr_heure_locale",
        "uk",
        fr("le mercredi 3 juin à 10h, heure locale (Paris)"),
        "2026-06-03T10:00:00+02:00",
        subject=FR_SUBJ,
    ),
    Probe(
        "es_hora_local",
        "uk",
        es("el miércoles 3 de junio a las 10:00 hora local (Madrid)"),
        "2026-06-03T10:00:00+02:00",
        subject=ES_SUBJ,
    ),
    Probe(
        "halb_elf_vormittags",
        "de",
        de("am Mittwoch, 3. Juni, um halb elf"),
        "2026-06-03T10:30:00+02:00",
        subject=DE_SUBJ,
    ),
    Probe(
        "midnight_deadline_then_noon",
        "uk",
        "Hi,\n\nPlease submit your slides by midnight on Tuesday 2 June. Your interview is "
        "confirmed for Wednesday 3 June at noon." + SIG,
        "2026-06-03T12:00:00+01:00",
    ),
)

# A fourth batch: numeric dates with dashes, calendar lines, durations in brackets, zones
# of islands and peninsulas, and mornings named in words.
FOURTH: tuple[Probe, ...] = (
    Probe(
        "dash_dmy_india",
        "in",
        "Dear Priya,\n\nYour interview is confirmed.\n\nDate: "
        "03-06-2026\nTime: 11:00 AM IST\nMode: Virtual" + SIG,
        "2026-06-03T11:00:00+05:30",
    ),
    Probe(
        "dash_mdy_us",
        "us",
        "Hi Alex,\n\nYour interview is confirmed.\n\nDate: 06-03-2026\nTime: 11:00 AM ET" + SIG,
        "2026-06-03T11:00:00-04:00",
    ),
    Probe(
        "india_ordinal_weekday_bracket",
        "in",
        en("3rd June 2026 (Wednesday) at 11:00 AM IST"),
        "2026-06-03T11:00:00+05:30",
    ),
    Probe(
        "gcal_middle_dot",
        "us",
        en("Wednesday, June 3 · 10:00 – 10:45am"),
        "2026-06-03T10:00:00-04:00",
        end="2026-06-03T10:45:00-04:00",
    ),
    Probe(
        "range_1130_1215pm",
        "us",
        en("Wednesday, June 3, 11:30 – 12:15pm"),
        "2026-06-03T11:30:00-04:00",
        end="2026-06-03T12:15:00-04:00",
    ),
    Probe(
        "bst_range_abbrev_date",
        "us",
        en("Wed Jun 3, 2026 10am – 11am (BST)"),
        "2026-06-03T10:00:00+01:00",
        end="2026-06-03T11:00:00+01:00",
    ),
    Probe(
        "de_dotted_full_range",
        "de",
        de("am Mi, 03.06.2026 10:00 - 11:00"),
        "2026-06-03T10:00:00+02:00",
        end="2026-06-03T11:00:00+02:00",
        subject=DE_SUBJ,
    ),
    Probe(
        "de_3_6_2026_um",
        "de",
        de("am 3.6.2026 um 10 Uhr"),
        "2026-06-03T10:00:00+02:00",
        subject=DE_SUBJ,
    ),
    Probe(
        "fr_full_paris",
        "fr",
        fr("le 03/06/2026 à 10h00 (heure de Paris)"),
        "2026-06-03T10:00:00+02:00",
        subject=FR_SUBJ,
    ),
    Probe(
        "es_am_colombia",
        "es",
        es("el 03/06/2026 a las 10:00 a.m. hora de Colombia"),
        "2026-06-03T10:00:00-05:00",
        subject=ES_SUBJ,
    ),
    Probe(
        "es_canarias",
        "es",
        es("el miércoles 3 de junio a las 10:00 (hora de Canarias)"),
        "2026-06-03T10:00:00+01:00",
        subject=ES_SUBJ,
    ),
    Probe(
        "lisbon_time",
        "uk",
        en("Wednesday 3 June at 14:00 Lisbon time"),
        "2026-06-03T14:00:00+01:00",
    ),
    Probe(
        "midday_bracket_uk",
        "us",
        en("Wednesday 3 June at midday (12:00) UK time"),
        "2026-06-03T12:00:00+01:00",
    ),
    Probe("noon_cet", "uk", en("Wednesday 3 June at 12:00 noon CET"), "2026-06-03T12:00:00+02:00"),
    Probe(
        "duration_bracket",
        "uk",
        en("Wednesday 3 June — 10:00 (60 mins)"),
        "2026-06-03T10:00:00+01:00",
        end="2026-06-03T11:00:00+01:00",
    ),
    Probe("est_edt", "uk", en("Wednesday, June 3 at 10:00 EST/EDT"), "2026-06-03T10:00:00-04:00"),
    Probe("ten_h_uk", "uk", en("Wednesday 3 June 10h"), "2026-06-03T10:00:00+01:00"),
    Probe(
        "cet_cest_range",
        "uk",
        en("3 June, 10:00-10:45 CET/CEST"),
        "2026-06-03T10:00:00+02:00",
        end="2026-06-03T10:45:00+02:00",
    ),
    Probe("monday_morning_at_9", "us", en("Monday morning at 9"), "2026-06-08T09:00:00-04:00"),
    Probe("thursday_morning_930", "uk", en("Thursday morning, 9:30"), "2026-06-04T09:30:00+01:00"),
    Probe("first_thing", "us", en("first thing Wednesday, 9am"), "2026-06-03T09:00:00-04:00"),
    Probe("june_3_2026_no_comma", "uk", en("June 3 2026, 14:00 CEST"), "2026-06-03T14:00:00+02:00"),
    Probe(
        "between_dash",
        "us",
        en("Wednesday, June 3 between 10am-12pm"),
        "2026-06-03T10:00:00-04:00",
        end="2026-06-03T12:00:00-04:00",
    ),
    Probe(
        "tonight_7",
        "uk",
        en("tonight at 7pm"),
        "2026-06-01T19:00:00+01:00",
        date="Mon, 01 Jun 2026 09:00:00 +0100",
    ),
    Probe(
        "es_ano_dmy_guion",
        "mx",
        es("el 03-06-2026 a las 10:00 hrs"),
        "2026-06-03T10:00:00-06:00",
        subject=ES_SUBJ,
    ),
)

PROBES = PROBES + MORE + THIRD + FOURTH
