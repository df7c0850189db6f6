"""Dutch mail by local senders: Rotterdam, Utrecht, Groningen, Ghent, Paramaribo, Willemstad
and Eindhoven."""

from __future__ import annotations

from tests.eval20.authoring.kit import (
    AUTO,
    BRAM,
    DAAN,
    JILDOU,
    LOTTE,
    RISHI,
    SANNE,
    SHURENDY,
    dh,
    hm,
    lab,
    nl,
    note,
    outlook,
    person,
    plus,
    raw_mail,
    t24,
    vendor,
)

S1 = "2039-03-29 14:00"
S2 = "2039-03-23 10:30"
S3 = "2039-04-05 13:00"
S4 = "2039-03-31 09:30"
S5 = "2039-04-01 10:00"
S6 = "2039-03-25 15:00"

MESSAGES = [
    person(
        SANNE,
        "uitnodiging-sollicitatiegesprek-rotterdam",
        "interview",
        frm=("Joost van Dijk", "joost.vandijk@maasvlakte-terminals.example"),
        subject="Uitnodiging sollicitatiegesprek – Planner Havenoperaties",
        date=dh("2039-03-22 09:50", "Europe/Amsterdam"),
        body=f"""Beste Sanne,

Bedankt voor je sollicitatie op de functie Planner Havenoperaties. We nodigen je graag uit
voor een eerste gesprek op {nl(S1)} om {t24(S1, ".")} uur op ons kantoor aan de
Prinses Amaliahaven 4 in Rotterdam.

Je spreekt met Marloes Bakker (teamleider planning) en mij. Het gesprek duurt ongeveer een
uur. Meld je bij de receptie in gebouw A.

Laat je even weten of dit tijdstip schikt?

Met vriendelijke groet,
Joost van Dijk
HR-adviseur, Maasvlakte Terminals
""",
        label=lab(
            S1,
            "Europe/Amsterdam",
            None,
            company="Maasvlakte Terminals",
            role="Planner Havenoperaties",
            who=["Marloes Bakker", "Joost van Dijk"],
            emails=["joost.vandijk@maasvlakte-terminals.example"],
            notes="'Je spreekt met X en mij': the HR adviser takes part; '14.00 uur'; asks to "
            "confirm but the slot is fixed; CEST after 27 March.",
        ),
    ),
    vendor(
        BRAM,
        "homerun-gesprek-ingepland-utrecht",
        "interview",
        frm=("Domstad Fietsen via Homerun", "no-reply@homerun.co"),
        reply_to=("Femke Aalbers", "femke@domstad-fietsen.example"),
        subject="Je gesprek bij Domstad Fietsen is ingepland",
        date=dh("2039-03-16 12:02", "Europe/Amsterdam"),
        body=f"""Hoi Bram,

Je gesprek voor de functie Werkplaatschef is ingepland!

Wanneer: {nl(S2)} 2039, {t24(S2)} – {t24(plus(S2, 45))} (Europe/Amsterdam)
Waar: Domstad Fietsen, Vondellaan 52, Utrecht
Met: Femke Aalbers (oprichter) en Youssef El Idrissi (hoofd werkplaats)

Kun je toch niet? Laat het ons via deze mail weten.

Groetjes,
Team Domstad Fietsen
""",
        label=lab(
            S2,
            "Europe/Amsterdam",
            "Europe/Amsterdam",
            company="Domstad Fietsen",
            role="Werkplaatschef",
            who=["Femke Aalbers", "Youssef El Idrissi"],
            notes="Homerun notification with the IANA name; before the 27 March switch (CET).",
        ),
    ),
    outlook(
        JILDOU,
        "exchange-groningen-wanneer",
        "interview",
        start=S3,
        zone="W. Europe Standard Time",
        minutes=60,
        subject="Sollicitatiegesprek Jildou Postma-Afolabi – Data-analist",
        organizer=("Hendrik Wiersma", "hendrik.wiersma@waddenzee-energie.example"),
        attendees=[("Anouk Tuinstra", "anouk.tuinstra@waddenzee-energie.example")],
        date=dh("2039-03-30 14:20", "Europe/Amsterdam"),
        lang="nl",
        location="Microsoft Teams-vergadering",
        text="""Beste Jildou,

Hierbij de uitnodiging voor het tweede gesprek. Anouk Tuinstra (manager Data & Analytics)
schuift ook aan; we nemen samen je case door.

Groet,
Hendrik Wiersma
Teamlead BI, Waddenzee Energie""",
        label=lab(
            S3,
            "W. Europe Standard Time",
            "Europe/Berlin",
            company="Waddenzee Energie",
            role="Data-analist",
            who=["Hendrik Wiersma", "Anouk Tuinstra"],
            emails=[
                "hendrik.wiersma@waddenzee-energie.example",
                "anouk.tuinstra@waddenzee-energie.example",
            ],
            notes="Exchange in Dutch ('Wanneer:' with Outlook's Dutch caption), W. Europe "
            "Standard Time (CLDR 001: Berlin); 'schuift ook aan'.",
        ),
    ),
    person(
        LOTTE,
        "herinnering-gesprek-morgen-gent",
        "interview",
        frm=("Griet De Smet", "griet.desmet@leie-zorggroep.example"),
        subject="Herinnering: ons gesprek morgen",
        date=dh("2039-03-30 16:05", "Europe/Brussels"),
        body="""Dag Lotte,

Een kleine herinnering aan ons gesprek morgen (donderdag) om 9u30 in het administratief
centrum, Kortrijksesteenweg 1020, Gent. Je wordt ontvangen door dokter Pieter Claeys
(hoofdarts) en mezelf.

Tot morgen!
Griet De Smet
Verpleegkundig directeur, Leie Zorggroep
""",
        label=lab(
            S4,
            "Europe/Brussels",
            None,
            company="Leie Zorggroep",
            who=["Pieter Claeys", "Griet De Smet"],
            emails=["griet.desmet@leie-zorggroep.example"],
            notes="Flemish reminder: 'morgen (donderdag) om 9u30' against the Wednesday Date "
            "header; 'en mezelf'; 'dokter' dropped.",
        ),
    ),
    person(
        RISHI,
        "kennismakingsgesprek-surinaamse-tijd",
        "interview",
        frm=("Sharda Jagessar", "sharda.jagessar@saramacca-bank.example"),
        subject="Uitnodiging kennismakingsgesprek – Risk Officer",
        date=dh("2039-03-24 11:00", "America/Paramaribo"),
        body=f"""Geachte heer Ramdin-Kartosen,

Naar aanleiding van uw sollicitatie nodigen wij u uit voor een kennismakingsgesprek op
{nl(S5)} om {hm(S5, ".")} uur Surinaamse tijd, ten kantore van de Saramacca Bank,
Waterkant 44, Paramaribo.

Het gesprek wordt gevoerd door mevrouw Sharda Jagessar (hoofd HRM) en
de heer Clifton Pinas (directeur Risk Management).

Hoogachtend,
Sharda Jagessar
Hoofd Human Resource Management
""",
        label=lab(
            S5,
            "America/Paramaribo",
            "America/Paramaribo",
            company="Saramacca Bank",
            role="Risk Officer",
            who=["Sharda Jagessar", "Clifton Pinas"],
            emails=["sharda.jagessar@saramacca-bank.example"],
            notes="Surinamese Dutch; 'Surinaamse tijd' (-03, no DST); the HR head takes part.",
        ),
    ),
    person(
        SHURENDY,
        "gesprek-geannuleerd-willemstad",
        "interview_cancelled",
        frm=("Giselle Rosalia", "giselle.rosalia@punda-hotels.example"),
        subject="Gesprek vrijdag geannuleerd",
        date=dh("2039-03-23 13:40", "America/Curacao"),
        body="""Bon dia Shurendy,

Helaas moeten we het gesprek van vrijdag 25 maart om 15.00 uur voor de functie van Front
Office Manager annuleren. Onze general manager is onverwacht naar Aruba geroepen.

Ik kom volgende week bij je terug met een nieuwe datum. Excuses voor het ongemak.

Met vriendelijke groet,
Giselle Rosalia
HR Manager, Punda Hotels
""",
        label=lab(
            S6,
            "America/Curacao",
            None,
            company="Punda Hotels",
            role="Front Office Manager",
            notes="Curaçao Dutch (with 'Bon dia'); cancelled with a promise of a new date, "
            "so interview_cancelled at the old time.",
        ),
    ),
    person(
        DAAN,
        "terugkoppeling-na-gesprek-eindhoven",
        "rejection",
        frm=("Recruitment Kempen Semicon", "recruitment@kempen-semicon.example"),
        subject="Terugkoppeling sollicitatie Mechatronica-ingenieur",
        date=dh("2039-04-06 10:30", "Europe/Amsterdam"),
        body="""Beste Daan,

Nogmaals bedankt voor de gesprekken van vorige week en de tijd die je erin hebt gestoken.

We hebben besloten om niet met je verder te gaan in de procedure voor de functie
Mechatronica-ingenieur. De andere kandidaat had net wat meer ervaring met
vacuümtechnologie, en dat gaf uiteindelijk de doorslag.

We wensen je veel succes bij je verdere zoektocht.

Met vriendelijke groet,
Recruitment Kempen Semicon
""",
        label=note(
            "Dutch rejection after interviews, with a reason.",
            company="Kempen Semicon",
            role="Mechatronica-ingenieur",
        ),
    ),
    raw_mail(
        SANNE,
        "automatisch-antwoord-afwezig-rotterdam",
        "auto_reply",
        frm=("Joost van Dijk", "joost.vandijk@maasvlakte-terminals.example"),
        subject="Automatisch antwoord: Uitnodiging sollicitatiegesprek – Planner Havenoperaties",
        date=dh("2039-03-22 20:14", "Europe/Amsterdam"),
        extra=AUTO,
        body="""Bedankt voor je bericht.

Ik ben afwezig tot en met donderdag 24 maart en lees mijn mail niet. Vanaf vrijdag 25 maart
ben ik weer bereikbaar.

Voor dringende vragen over vacatures kun je mailen naar werken@maasvlakte-terminals.example.

Joost van Dijk
""",
        label=note(
            "Dutch out-of-office answering the user's reply; back on Friday 25 March.",
            return_date="2039-03-25",
        ),
    ),
    vendor(
        BRAM,
        "bevestiging-apk-afspraak-garage",
        "other",
        frm=("Autobedrijf Kanaalweg", "afspraken@autobedrijf-kanaalweg.example"),
        subject="Bevestiging afspraak APK-keuring",
        date=dh("2039-03-19 09:12", "Europe/Amsterdam"),
        body=f"""Beste heer Verhoeven-Tshabalala,

Hierbij bevestigen wij uw afspraak:

APK-keuring + kleine beurt
Kenteken: 12-XKB-4
{nl("2039-03-28")} om 08.15 uur

Autobedrijf Kanaalweg, Kanaalweg 17, Utrecht. U kunt uw auto tot 17.00 uur weer ophalen.

Met vriendelijke groet,
Autobedrijf Kanaalweg
""",
        label=note("Trap: a car inspection appointment with date and time, not an interview."),
    ),
    vendor(
        JILDOU,
        "plan-je-gesprek-in-link",
        "scheduling_request",
        frm=("Noorderzon Zorgverzekeraar", "recruitment@noorderzon-zorg.example"),
        subject="Plan je kennismakingsgesprek in – Functioneel beheerder",
        date=dh("2039-03-17 10:44", "Europe/Amsterdam"),
        body="""Hoi Jildou,

Leuk dat je hebt gesolliciteerd op de vacature Functioneel beheerder! We willen graag kennis
met je maken. Kies via onderstaande link een moment dat jou past (tussen 21 en 31 maart):

https://afspraak.noorderzon-zorg.example/kennismaking/jp4821

Het gesprek duurt 30 minuten en vindt plaats via Teams.

Hartelijke groet,
Recruitmentteam Noorderzon
""",
        label=note(
            "Dutch self-scheduling link over a range of dates; nothing booked yet.",
            company="Noorderzon Zorgverzekeraar",
            role="Functioneel beheerder",
        ),
    ),
]
