"""Threads: a time settled over a few messages (each file one message with its quoted
history), short replies from phones, the user's own replies."""

from __future__ import annotations

from tests.eval27.authoring.kit import (
    ANDROID,
    IPHONE,
    JOLENE,
    KAVITHA,
    LORCAN,
    MAXENCE,
    OUTLOOK_MOBILE,
    SEUN,
    TAMSIN,
    THEA,
    TOBIAS,
    WAMBUI,
    aq,
    d,
    fr,
    gq,
    hand,
    lab,
    lq,
    msgid,
    note,
    oq,
    thread,
)

T1 = "2046-07-24 14:00"
T2 = "2046-08-03 11:30"
T4 = "2046-09-17 09:15"
T5 = "2046-08-14 14:00"
T6 = "2046-07-31 10:00"
T7 = "2046-09-06 15:00"

MESSAGES = [
    hand(
        THEA,
        "thread-recruiter-confirms-picked-slot",
        "interview",
        sent="2046-07-18 10:05",
        zone="America/New_York",
        frm=("Priya Raman", "priya.raman@beacon-harbor.example"),
        subject="Re: Next steps - Beacon Harbor",
        in_reply_to=msgid("thread-user-picks-slot-beacon", "example.com"),
        body=thread(
            f"""Perfect - you're confirmed for {d(T1, "us")} at 2:00 PM ET with Daniel Cho (Head of
Analytics). Zoom invite coming from his calendar shortly.

Priya""",
            gq(
                "2046-07-17 21:40",
                "America/New_York",
                "Thea Blackmore-Lindgren <thea.blackmore@example.com>",
                f"""Hi Priya,

Thanks! {d(T1, "us")} at 2:00 PM works best for me.

Thea""",
            ),
            gq(
                "2046-07-17 15:12",
                "America/New_York",
                "Priya Raman <priya.raman@beacon-harbor.example>",
                f"""Hi Thea,

Daniel would love to meet you. Could you do any of these (all ET)?
- {d("2046-07-23", "us")}, 4:00 PM
- {d(T1, "us")}, 2:00 PM
- {d("2046-07-25", "us")}, 10:30 AM

Priya Raman | Talent Partner, Beacon Harbor""",
            ),
        ),
        label=lab(
            T1,
            "America/New_York",
            company="Beacon Harbor",
            who=["Daniel Cho"],
            notes="Top message confirms the slot the user picked from three in the quote; the "
            "other two options are only in the history.",
        ),
    ),
    hand(
        TOBIAS,
        "thread-user-own-reply-accepting",
        "interview",
        sent="2046-07-30 21:14",
        zone="America/Chicago",
        frm=("Tobias Renshaw-Idowu", "tobias.renshaw@example.org"),
        to="Megan Sorensen <megan.sorensen@driftless-ag.example>",
        subject="Re: Interview availability - Driftless Ag",
        body=thread(
            f"""Hi Megan,

{d(T2, "us")} at 11:30 works great. I'll see you and Carl at the Madison office then.

Thanks,
Tobias
{IPHONE}""",
            aq(
                "2046-07-30 16:02",
                "America/Chicago",
                "Megan Sorensen <megan.sorensen@driftless-ag.example>",
                f"""Hi Tobias,

Carl Engstrom (VP Agronomy) and I would like to meet you in person. Are you free
{d(T2, "us")} at 11:30 AM at our Madison office (1 S Pinckney St, 6th floor)?

Megan Sorensen
HR Manager, Driftless Ag""",
            ),
        ),
        label=lab(
            T2,
            "America/Chicago",
            company="Driftless Ag",
            who=["Megan Sorensen", "Carl Engstrom"],
            emails=["megan.sorensen@driftless-ag.example"],
            notes="The user's own reply accepting the proposed time (From is the user). HR "
            "manager says 'and I would like to meet you', so she counts.",
        ),
    ),
    hand(
        JOLENE,
        "thread-phone-reply-asks-later-time",
        "scheduling_request",
        sent="2046-08-21 12:48",
        zone="America/Los_Angeles",
        frm=("Trevor Akinola", "trevor@bayline-robotics.example"),
        subject="Re: Final round",
        body=thread(
            f"""Ugh, Nadia just told me she has a board call at 1. Any chance 3:30 works instead
on Thursday? If not I'll look at next week.

T
{ANDROID}""",
            gq(
                "2046-08-21 09:30",
                "America/Los_Angeles",
                "Jolene Castellanos-Reid <jolene.castellanos@example.net>",
                """Hi Trevor, Thursday at 1pm works for me for the final round. Jolene""",
            ),
        ),
        label=note("The agreed time is withdrawn and a new one only asked: nothing settled yet."),
    ),
    hand(
        LORCAN,
        "thread-settled-after-three-rounds",
        "interview",
        sent="2046-09-12 16:55",
        zone="Europe/Dublin",
        frm=("Ciarán Moloney", "ciaran.moloney@blackpool-bikes.example"),
        subject="Re: Re: Re: Operations role - meeting",
        body=thread(
            """Monday at 9.15 it is so. I'll meet you at the front gate of the Blackpool
retail park unit (the one with the big blue door). Jackie from finance will join us for
the second half.

Ciarán""",
            aq(
                "2046-09-12 14:30",
                "Europe/Dublin",
                "Lorcan Tressider-Achebe <lorcan.tressider@example.com>",
                """Hi Ciarán, unfortunately Friday is gone now - could we do Monday morning?
Anything from 9 onwards.
Lorcan""",
            ),
            aq(
                "2046-09-11 10:02",
                "Europe/Dublin",
                "Ciarán Moloney <ciaran.moloney@blackpool-bikes.example>",
                """Lorcan, would Friday at 2 suit for a chat about the operations role?
Ciarán
Owner, Blackpool Bikes (Cork)""",
            ),
        ),
        label=lab(
            T4,
            "Europe/Dublin",
            company="Blackpool Bikes",
            who=["Ciarán Moloney", "Jackie"],
            emails=["ciaran.moloney@blackpool-bikes.example"],
            notes="Settled over three messages: Monday 17 September at 09:15. The owner and "
            "'Jackie from finance' (first name only) take part.",
        ),
    ),
    hand(
        KAVITHA,
        "thread-outlook-agency-option-two",
        "interview",
        sent="2046-08-08 17:20",
        zone="Asia/Kolkata",
        frm=("Nikhil Bhandari", "nikhil.bhandari@peakhire-consulting.example"),
        subject="RE: Interview slots - Kanchenjunga Health",
        body=thread(
            """Hi Kavitha,

Option 2 is confirmed with the client. Please join 5 minutes early; the Teams link will be
shared by their HR.

Regards,
Nikhil Bhandari
Senior Consultant | PeakHire Consulting""",
            oq(
                "2046-08-08 12:11",
                "Asia/Kolkata",
                "Kavitha Sundaresan-Rowe <kavitha.sundaresan@example.org>",
                "Nikhil Bhandari <nikhil.bhandari@peakhire-consulting.example>",
                "RE: Interview slots - Kanchenjunga Health",
                "Hi Nikhil, option 2 suits me best. Thanks, Kavitha",
            ),
            oq(
                "2046-08-07 18:45",
                "Asia/Kolkata",
                "Nikhil Bhandari <nikhil.bhandari@peakhire-consulting.example>",
                "Kavitha Sundaresan-Rowe <kavitha.sundaresan@example.org>",
                "Interview slots - Kanchenjunga Health",
                f"""Hi Kavitha,

Kanchenjunga Health has shared these slots for your interview with Dr. Anirban Sen (Director,
Clinical Analytics):

1. {d("2046-08-13", "usy")}, 4:00 PM IST
2. {d(T5, "usy")}, 2:00 PM IST
3. {d("2046-08-16", "usy")}, 11:00 AM IST

Please let me know your preference.""",
            ),
        ),
        label=lab(
            T5,
            "Asia/Kolkata",
            company="Kanchenjunga Health",
            who=["Anirban Sen"],
            notes="'Option 2' points into the Outlook-quoted list: 14 August 14:00 IST.",
        ),
    ),
    hand(
        SEUN,
        "thread-recruiter-cancels-in-reply",
        "interview_cancelled",
        sent="2046-07-29 09:40",
        zone="Africa/Lagos",
        frm=("Adaeze Nwankwo", "adaeze.nwankwo@eko-bank.example"),
        subject="Re: Interview confirmation - Tuesday",
        body=thread(
            """Dear Oluwaseun,

Please disregard the invitation below. The interview will no longer hold as the
requisition has been withdrawn by the business. Apologies for any inconvenience.

Regards,
Adaeze""",
            gq(
                "2046-07-25 11:00",
                "Africa/Lagos",
                "Adaeze Nwankwo <adaeze.nwankwo@eko-bank.example>",
                f"""Dear Oluwaseun,

This is to confirm your interview for the Relationship Manager role on {d(T6, "uky")} at
10:00am at Eko Bank, Plot 12 Adeola Odeku Street, Victoria Island, Lagos.

Regards,
Adaeze Nwankwo
Talent Acquisition, Eko Bank""",
            ),
        ),
        label=lab(
            T6,
            "Africa/Lagos",
            company="Eko Bank",
            role="Relationship Manager",
            notes="Cancellation on top of the quoted confirmation.",
        ),
    ),
    hand(
        WAMBUI,
        "thread-user-withdraws-own-message",
        "other",
        sent="2046-08-30 07:45",
        zone="Africa/Nairobi",
        frm=("Wambui Karanja-Pettit", "wambui.karanja@example.net"),
        to="Caroline Wekesa <cwekesa@savanna-agritech.example>",
        subject="Re: Second interview - M&E Officer",
        body=thread(
            """Dear Caroline,

Thank you for the invitation. I have since accepted another offer and would like to withdraw
my application. I'm grateful for the time you and the team gave me.

Kind regards,
Wambui""",
            gq(
                "2046-08-29 15:10",
                "Africa/Nairobi",
                "Caroline Wekesa <cwekesa@savanna-agritech.example>",
                f"""Dear Wambui,

We are pleased to invite you to a second interview on {d("2046-09-04", "uky")} at 10am.

Regards,
Caroline""",
            ),
        ),
        label=note("The user's own withdrawal; the quoted invitation is declined."),
    ),
    hand(
        TAMSIN,
        "thread-outlook-mobile-thursday-3pm",
        "interview",
        sent="2046-09-01 19:02",
        zone="Europe/London",
        frm=("Rhiannon Pryce", "rhiannon.pryce@menai-energy.example"),
        subject="Re: Interview - Community Engagement Lead",
        body=thread(
            f"""Lovely, Thursday 3pm it is. I'll book a room and send the address in the morning.
Gwyn Evans (our Head of Communities) will join me.

Rhiannon
{OUTLOOK_MOBILE}""",
            gq(
                "2046-09-01 17:30",
                "Europe/London",
                "Tamsin Polwhele-Nyambura <tamsin.polwhele@example.org>",
                f"""Hi Rhiannon, {d(T7, "uk")} at 3pm would be ideal for me. Tamsin""",
            ),
        ),
        label=lab(
            T7,
            "Europe/London",
            company="Menai Energy",
            who=["Rhiannon Pryce", "Gwyn Evans"],
            emails=["rhiannon.pryce@menai-energy.example"],
            notes="Phone reply settling Thursday 6 September 15:00.",
        ),
    ),
    hand(
        MAXENCE,
        "fil-tutoiement-mardi-14h-gand",
        "interview",
        sent="2046-07-06 12:30",
        zone="Europe/Brussels",
        frm=("Thomas Van Acker", "thomas.vanacker@portus-ganda-data.example"),
        subject="Re: Entretien – Data Engineer",
        body=thread(
            """Top, parfait pour mardi 14h alors. On se retrouve à nos bureaux de Gand,
Kortrijksesteenweg 1100 (2e étage). Tu verras aussi Lotte Claeys, notre lead data.

À mardi !
Thomas""",
            lq(
                f"Le {fr('2046-07-06 11:02', year=False)} à 11:02, Maxence Delvigne-Tshibanda "
                "<maxence.delvigne@example.com> a écrit :",
                f"""Bonjour Thomas, je suis disponible le {fr("2046-07-10", year=False)} à 14h
ou le mercredi matin. Maxence""",
            ),
        ),
        label=lab(
            "2046-07-10 14:00",
            "Europe/Brussels",
            company="Portus Ganda Data",
            role="Data Engineer",
            who=["Thomas Van Acker", "Lotte Claeys"],
            emails=["thomas.vanacker@portus-ganda-data.example"],
            notes="French thread from Ghent; 'mardi 14h' picks the user's first option (10 July).",
        ),
    ),
]
