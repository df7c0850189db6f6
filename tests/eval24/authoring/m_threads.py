"""Threads and short replies: top-, bottom- and inline-posted answers, phones, subjects
that say nothing of hiring, a time changed twice, mixed languages, forwards of forwards and
the user's own mail to a company."""

from __future__ import annotations

from tests.eval24.authoring.kit import (
    ANDROID,
    BLYTHE,
    DASHIELL,
    EILUNED,
    FARIDA,
    GWENDOLYN,
    IPHONE,
    JAGO,
    KEALA,
    KWAME,
    LAZARUS,
    LETICIA,
    MINERVA,
    MORWENNA,
    NIALL,
    OCTAVIA,
    OONAGH,
    OUTLOOK_MOBILE,
    PAXTON,
    QUILLA,
    ROSCOE,
    THADDEUS,
    UNA,
    VALENTINA,
    aq,
    d,
    dh,
    fw,
    gq,
    lab,
    lq,
    msgid,
    note,
    oq,
    person,
    thread,
    wd,
)

MESSAGES = [
    # 1. Top-posted settle, subject "Re: Thursday".
    person(
        LETICIA,
        "re-thursday-top-posted-settle",
        "interview",
        frm=("Morgan Ashcroft-Diallo", "morgan.ashcroft@brightwater-insure.example"),
        subject="Re: Thursday",
        date=dh("2043-10-13 12:04", "America/New_York"),
        in_reply_to=msgid("leticia-thursday-ask", "example.com"),
        body=thread(
            """Perfect - 2:30 it is. I'll send the invite; Jarrah Whitby from underwriting
will be with me.

Morgan""",
            gq(
                "2043-10-13 11:40",
                "America/New_York",
                "Leticia Vance-Abara <leticia.vance@example.com>",
                """Hi Morgan, Thursday works. Could we do 2:30 rather than 10? I have a
dentist appointment in the morning.
Leticia""",
            ),
            gq(
                "2043-10-12 17:02",
                "America/New_York",
                "Morgan Ashcroft-Diallo <morgan.ashcroft@brightwater-insure.example>",
                f"""Hi Leticia, are you free this {d("2043-10-15", "us")} for the second
conversation about the Pricing Actuary role? 10am or 2:30pm ET both work for me.
Morgan Ashcroft-Diallo, Chief Actuary, Brightwater Insurance""",
            ),
        ),
        label=lab(
            "2043-10-15 14:30",
            "America/New_York",
            None,
            company="Brightwater Insurance",
            role="Pricing Actuary",
            who=["Morgan Ashcroft-Diallo", "Jarrah Whitby"],
            emails=["morgan.ashcroft@brightwater-insure.example"],
            notes="The subject says nothing of hiring; the day comes from the quoted first "
            "message, the time from the user's counter-proposal which the sender accepts.",
        ),
    ),
    # 2. Bottom-posted reply from a phone, settles a time.
    person(
        UNA,
        "bottom-posted-from-phone-belfast",
        "interview",
        frm=("Ciarán Doherty", "ciaran.doherty@lagan-works.example"),
        subject="Re: quick question",
        date=dh("2043-09-10 18:31", "Europe/London"),
        agent="iPhone Mail (21A329)",
        body=thread(
            "",
            aq(
                "2043-09-10 17:55",
                "Europe/London",
                "Una Devlin-Opoku <una.devlin@example.com>",
                f"""Hi Ciarán - quick question: is the site visit for the QA lead job still on
for {d("2043-09-14", "uk")}, and what time should I come? Una""",
            ),
        )
        + f"""
Yes still on! 11am at the Titanic Quarter office. Me and Niamh Ó Catháin (our QA manager).

C

{IPHONE}
""",
        label=lab(
            "2043-09-14 11:00",
            "Europe/London",
            None,
            company="Lagan Works",
            role="QA lead",
            who=["Ciarán Doherty", "Niamh Ó Catháin"],
            emails=["ciaran.doherty@lagan-works.example"],
            notes="Bottom-posted answer from a phone; the sender takes part ('Me and ...'). "
            "Role as written ('the QA lead job').",
        ),
    ),
    # 3. Inline answers in a quoted question list.
    person(
        KWAME,
        "inline-answers-interleaved-london",
        "interview",
        frm=("Philippa Grange", "philippa.grange@thamesgate-advisory.example"),
        subject="Re: A few questions before the 21st",
        date=dh("2043-10-16 09:48", "Europe/London"),
        body=f"""Hi Kwame, answers inline below.

> 1. Is it still {d("2043-10-21", "uk")}?
Yes.

> 2. What time, and where?
10:15, our office at 9 Lime Street, EC3. Ask for me at the front desk.

> 3. Who will I be meeting?
Me, and Dr Kemi Adebayo-Stone (Partner, Restructuring). Not Oliver any more - he has moved
to the Edinburgh team.

> 4. Is there a case study?
Yes, we'll hand it to you on the day, 30 minutes to prepare.

Best,
Philippa Grange
Director, Thamesgate Advisory
""",
        label=lab(
            "2043-10-21 10:15",
            "Europe/London",
            None,
            company="Thamesgate Advisory",
            who=["Philippa Grange", "Kemi Adebayo-Stone"],
            emails=["philippa.grange@thamesgate-advisory.example"],
            notes="Answers written inline under the user's quoted questions; Oliver, no longer "
            "on the panel, is not labelled.",
        ),
    ),
    # 4. Time changes twice; label the last stated.
    person(
        THADDEUS,
        "time-changed-twice-label-last-seattle",
        "interview",
        frm=("Nadia Okonjo-Pratt", "nadia.okonjo@cedarline-cloud.example"),
        subject="Re: Re: Reschedule - SRE onsite",
        date=dh("2043-10-22 16:30", "America/Los_Angeles"),
        body=thread(
            f"""Hi Thaddeus - sorry for the back-and-forth! Kenji's flight moved, so we
need to shift once more: {d("2043-10-28", "us")} at 1:00pm Pacific instead of 11:00am.
Same panel (Kenji Oyelaran-Moss and Bettina Strauss-Obi), same building. Final, promise.

Nadia""",
            gq(
                "2043-10-21 10:02",
                "America/Los_Angeles",
                "Nadia Okonjo-Pratt <nadia.okonjo@cedarline-cloud.example>",
                f"""Update: we've moved you from {d("2043-10-27", "us")} 9:00am to
{d("2043-10-28", "us")} at 11:00am Pacific, 1201 Third Ave, 22nd floor.""",
            ),
        ),
        label=lab(
            "2043-10-28 13:00",
            "America/Los_Angeles",
            None,
            company="Cedarline Cloud",
            role="SRE",
            who=["Kenji Oyelaran-Moss", "Bettina Strauss-Obi"],
            notes="Three times appear in the thread (27 Oct 9:00, 28 Oct 11:00, 28 Oct 13:00); "
            "the last stated one is labelled.",
        ),
    ),
    # 5. Mixed language: English candidate, German recruiter answers in English after German.
    person(
        MINERVA,
        "mixed-swedish-english-thread-stockholm",
        "interview",
        frm=("Henrik Åkesson", "henrik.akesson@norrsken-fintech.example"),
        subject="SV: Interview next week",
        date=dh("2043-11-03 08:20", "Europe/Stockholm"),
        body=thread(
            f"""Hej Minerva,

Sorry, I answered in Swedish out of habit below - in English: yes, {d("2043-11-09", "uk")}
at 13:00 Stockholm time is booked. You'll meet Elin Sjöberg-Adu and me at Sveavägen 44.

/Henrik""",
            lq(
                "Den 2 nov. 2043 kl. 17:12 skrev Minerva Castell-Donkor "
                "<minerva.castell@example.org>:",
                f"""Hi Henrik, would {d("2043-11-09", "uk")} at 13:00 work for the
interview? Best, Minerva""",
            ),
        ),
        label=lab(
            "2043-11-09 13:00",
            "Europe/Stockholm",
            "Europe/Stockholm",
            company="Norrsken Fintech",
            who=["Elin Sjöberg-Adu", "Henrik Åkesson"],
            emails=["henrik.akesson@norrsken-fintech.example"],
            notes="A Swedish 'SV:' prefix and attribution line around English text.",
        ),
    ),
    # 6. Forward of a forward: agency -> user's partner account -> user.
    person(
        JAGO,
        "forward-of-forward-truro",
        "interview",
        frm=("Jago Trelawny-Asante", "jago.trelawny.home@example.net"),
        to="Jago Trelawny-Asante <jago.trelawny@example.org>",
        subject="Fwd: Fwd: Interview confirmation - Marine Surveyor",
        date=dh("2043-09-25 20:14", "Europe/London"),
        body="sending to my main address\n\n"
        + fw(
            "2043-09-25 17:40",
            "Europe/London",
            "Tegan Rowe <tegan.rowe@kernow-talent.example>",
            "Jago Trelawny-Asante <jago.trelawny.home@example.net>",
            "Fwd: Interview confirmation - Marine Surveyor",
            "Jago, see below from the client - all confirmed. Good luck! Tegan\n\n"
            + fw(
                "2043-09-25 16:05",
                "Europe/London",
                "Morvoren Hosking <m.hosking@falmouth-marine.example>",
                "Tegan Rowe <tegan.rowe@kernow-talent.example>",
                "Interview confirmation - Marine Surveyor",
                f"""Tegan, we're happy to see Jago on {d("2043-10-01", "uk")} at 2pm at the
Falmouth yard. He'll be interviewed by our chief surveyor, Capt. Lowenna Tregenza, and
myself.
Morvoren Hosking, Operations Manager, Falmouth Marine Services""",
            ),
        ),
        label=lab(
            "2043-10-01 14:00",
            "Europe/London",
            None,
            company="Falmouth Marine Services",
            role="Marine Surveyor",
            who=["Lowenna Tregenza", "Morvoren Hosking"],
            emails=["m.hosking@falmouth-marine.example"],
            notes="Forwarded twice (client to agency to the user's second address to his "
            "main one); the agency consultant only relays; 'Capt.' dropped.",
        ),
    ),
    # 7. The user's own message to the company, confirming.
    person(
        OCTAVIA,
        "users-own-confirmation-sent-boston",
        "interview",
        frm=("Octavia Thorne-Bekoe", "octavia.thorne@example.net"),
        to="Raymond Ibekwe <raymond.ibekwe@quincy-harbor.example>",
        subject="Re: Interview availability",
        date=dh("2043-10-07 07:58", "America/New_York"),
        body=thread(
            f"""Hi Raymond,

Confirming I'll be at your Seaport office on {d("2043-10-13", "us")} at 9:30am to meet
you and Sheila Vasquez-Moore. Thank you!

Octavia""",
            gq(
                "2043-10-06 15:20",
                "America/New_York",
                "Raymond Ibekwe <raymond.ibekwe@quincy-harbor.example>",
                """Octavia, could you do Tuesday 9:30am with me and Sheila? Raymond Ibekwe,
Engineering Manager, Quincy Harbor Software""",
            ),
        ),
        label=lab(
            "2043-10-13 09:30",
            "America/New_York",
            None,
            company="Quincy Harbor Software",
            who=["Raymond Ibekwe", "Sheila Vasquez-Moore"],
            emails=["raymond.ibekwe@quincy-harbor.example"],
            notes="The user's own outgoing message (From is the user). Labelled an interview: "
            "it confirms a time the company proposed. A careful reader might treat the user's "
            "own mail as 'other'.",
        ),
    ),
    # 8. Android, terse reply on a Re: with no hiring word, time from quote.
    person(
        PAXTON,
        "android-terse-yes-kansas-city",
        "interview",
        frm=("Darnell Whitacre", "darnell.whitacre@prairieline-ag.example"),
        subject="Re: tomorrow",
        date=dh("2043-11-11 19:42", "America/Chicago"),
        body=thread(
            f"""Yes 8am works. See you at the plant gate, ask for me.

{ANDROID}""",
            gq(
                "2043-11-11 19:10",
                "America/Chicago",
                "Paxton Reid-Acquah <paxton.reid@example.org>",
                """Darnell, for tomorrow's interview for the maintenance supervisor job -
would 8am work instead of 9? Thanks, Paxton""",
            ),
        ),
        label=lab(
            "2043-11-12 08:00",
            "America/Chicago",
            None,
            company="Prairieline Ag",
            role="maintenance supervisor",
            who=["Darnell Whitacre"],
            emails=["darnell.whitacre@prairieline-ag.example"],
            notes="'tomorrow' is relative to the Date header; the sender meets the user "
            "himself; the company is known only from his domain.",
        ),
    ),
    # 9. Outlook mobile reply to a scheduling thread that proposes but does not settle.
    person(
        ROSCOE,
        "outlook-mobile-still-asking-chicago",
        "scheduling_request",
        frm=("Janelle Okafor-Brandt", "janelle.okafor@lakeview-mutual.example"),
        subject="RE: Next round",
        date=dh("2043-10-20 13:02", "America/Chicago"),
        body=thread(
            f"""Thanks Roscoe. {wd("2043-10-27")} doesn't work for the panel after all. Can you
send me two or three other windows for the week of {d("2043-11-02", "us")}?

Janelle

{OUTLOOK_MOBILE}""",
            oq(
                "2043-10-20 10:44",
                "America/Chicago",
                "Roscoe Akinola-Bray <roscoe.akinola@example.com>",
                "Janelle Okafor-Brandt <janelle.okafor@lakeview-mutual.example>",
                "RE: Next round",
                "Tuesday afternoon works best for me.",
            ),
        ),
        label=note(
            "A reply that rejects the proposed day and asks for new windows: no time is "
            "settled, so a scheduling request."
        ),
    ),
    # 10. Time zone clarification reply (Dublin user, New York company), after EU change.
    person(
        OONAGH,
        "zone-clarified-in-reply-dublin",
        "interview",
        frm=("Brett Halvorsen", "brett.halvorsen@empire-ledger.example"),
        subject="Re: 10am - yours or mine?",
        date=dh("2043-10-27 10:05", "America/New_York"),
        body=thread(
            """Good catch - I meant 10am New York time, which is 2pm for you in Dublin this
week (your clocks changed on Sunday, ours don't until next weekend). Dana Wolcott and I
will see you then.

Brett""",
            gq(
                "2043-10-27 09:40",
                "America/New_York",
                "Oonagh Sheridan-Kuti <oonagh.sheridan@example.com>",
                f"""Hi Brett, just to check - is {d("2043-10-29", "us")} at 10am your time or
mine?""",
            ),
        ),
        label=lab(
            "2043-10-29 10:00",
            "America/New_York",
            "America/New_York",
            company="Empire Ledger",
            who=["Dana Wolcott", "Brett Halvorsen"],
            emails=["brett.halvorsen@empire-ledger.example"],
            notes="The week between the EU and US changes: New York is 4 hours behind Dublin. "
            "The company is known only from the domain.",
        ),
    ),
    # 11. User writes to ask to reschedule (own message) - scheduling request.
    person(
        BLYTHE,
        "users-own-reschedule-ask-newark",
        "scheduling_request",
        frm=("Blythe Corrigan-Osei", "blythe.corrigan@example.com"),
        to="Talent Team <talent@meadowlark-pharma.example>",
        subject=f"Request to move my interview on {d('2043-11-05', 'short')}",
        date=dh("2043-11-02 07:30", "America/New_York"),
        body=f"""Hello,

I'm scheduled for the Regulatory Affairs interview on {d("2043-11-05", "us")} at 1pm, but
a family matter has come up. Would it be possible to move it to the following week? I'm
free any morning.

With apologies,
Blythe Corrigan-Osei
""",
        label=note(
            "The user's own request to move an interview, with no new time: a scheduling "
            "request (not a cancellation: nothing is called off yet). A careful reader might "
            "say the user's own outgoing mail is 'other'."
        ),
    ),
    # 12. Reply settling a time, quoted header in Outlook form, Edmonton (Mountain).
    person(
        DASHIELL,
        "outlook-quoted-settle-milwaukee",
        "interview",
        frm=("Greta Lindqvist", "greta.lindqvist@badger-grid.example"),
        subject="RE: Interview times",
        date=dh("2043-09-29 11:20", "America/Chicago"),
        body=thread(
            """Dashiell, option 2 it is. Deepak Venkataraman and Tova Brightman will interview
you; I'll be there to greet you only.

Greta Lindqvist
HR Business Partner, Badger Grid Cooperative""",
            oq(
                "2043-09-29 08:03",
                "America/Chicago",
                "Dashiell Moreau-Twum <dashiell.moreau@example.org>",
                "Greta Lindqvist <greta.lindqvist@badger-grid.example>",
                "RE: Interview times",
                "Hi Greta, option 2 please. Dashiell",
            ),
            oq(
                "2043-09-28 16:40",
                "America/Chicago",
                "Greta Lindqvist <greta.lindqvist@badger-grid.example>",
                "Dashiell Moreau-Twum <dashiell.moreau@example.org>",
                "Interview times",
                f"""Dashiell, please choose one:
1) {d("2043-10-02", "us")}, 9:00 AM CT
2) {d("2043-10-05", "us")}, 3:30 PM CT
3) {d("2043-10-06", "us")}, 10:00 AM CT""",
            ),
        ),
        label=lab(
            "2043-10-05 15:30",
            "America/Chicago",
            None,
            company="Badger Grid Cooperative",
            who=["Deepak Venkataraman", "Tova Brightman"],
            notes="'option 2' points into the first quoted message; the sender only greets.",
        ),
    ),
    # 13. Reply where recruiter says invite coming, but time not yet fixed (still request).
    person(
        EILUNED,
        "re-will-confirm-once-panel-known-swansea",
        "scheduling_request",
        frm=("Geraint Pugh", "geraint.pugh@tawe-analytics.example"),
        subject="Re: Availability",
        date=dh("2043-09-16 12:12", "Europe/London"),
        body=thread(
            """Thanks Eiluned, that's really helpful. I'll check those windows against the
panel's diaries and come back to you with a confirmed time by Friday.

Geraint""",
            gq(
                "2043-09-16 11:00",
                "Europe/London",
                "Eiluned Prys-Agyei <eiluned.prys@example.com>",
                "I'm free Tue/Wed next week all day, and Thursday morning.",
            ),
        ),
        label=note(
            "Availability gathered but no time set: a scheduling request (the promised "
            "confirmation is still to come)."
        ),
    ),
    # 14. Thread with phone reply from the user's contact in Cairo, in English.
    person(
        FARIDA,
        "cairo-after-egypt-change-reply",
        "interview",
        frm=("Sherif El-Masry", "sherif.elmasry@nile-delta-foods.example"),
        subject="Re: Supply planning role",
        date=dh("2043-10-28 13:30", "Africa/Cairo"),
        body=thread(
            f"""Dear Farida,

Noted, {d("2043-11-02", "us")} at 11:00 Cairo time then. Our Supply Chain Director,
Eng. Hoda Abdelrahman, and I will be waiting for you at the Smart Village office,
building B12.

Regards,
Sherif El-Masry""",
            gq(
                "2043-10-28 12:05",
                "Africa/Cairo",
                "Farida Osman-Leclair <farida.osman@example.net>",
                "Dear Sherif, Monday at 11 would be ideal for me. Farida",
            ),
        ),
        label=lab(
            "2043-11-02 11:00",
            "Africa/Cairo",
            "Africa/Cairo",
            company="Nile Delta Foods",
            who=["Hoda Abdelrahman", "Sherif El-Masry"],
            emails=["sherif.elmasry@nile-delta-foods.example"],
            notes="After Egypt's change of 30 October (UTC+2); 'Eng.' dropped.",
        ),
    ),
    # 15. Keala: Auckland, reply "see you then" from a quoted Google Meet invite text.
    person(
        KEALA,
        "see-you-then-short-wellington",
        "interview",
        frm=("Rangi Paewai", "rangi.paewai@puriri-health.example"),
        subject="Re: Data analyst - interview",
        date=dh("2043-10-14 15:45", "Pacific/Auckland"),
        body=thread(
            "Great, see you then! Rangi (and Mere)",
            gq(
                "2043-10-14 14:58",
                "Pacific/Auckland",
                "Keala Makoa-Lindgren <keala.makoa@example.com>",
                f"""Kia ora Rangi, {d("2043-10-20", "uk")} at 10.30am is perfect. I'll come to
the Wellington office. Keala""",
            ),
            gq(
                "2043-10-14 10:10",
                "Pacific/Auckland",
                "Rangi Paewai <rangi.paewai@puriri-health.example>",
                """Kia ora Keala, Mere Tautahi and I would love to meet you for the Data Analyst
role. Any time on Tuesday 20th?
Rangi Paewai, Analytics Manager, Pūriri Health""",
            ),
        ),
        label=lab(
            "2043-10-20 10:30",
            "Pacific/Auckland",
            None,
            company="Pūriri Health",
            role="Data Analyst",
            who=["Rangi Paewai", "Mere Tautahi"],
            emails=["rangi.paewai@puriri-health.example"],
            notes="A one-line reply; the time is the user's, quoted, accepted by 'see you "
            "then'. Wellington keeps Auckland's zone.",
        ),
    ),
    # 16. Lazarus: Toronto; forwarded Exchange text from a friend referral (other: just intro).
    person(
        LAZARUS,
        "referral-friend-forwards-intro-toronto",
        "other",
        frm=("Devon Achebe-Marsh", "devon.achebe.personal@example.net"),
        subject="Fwd: intro - Lazarus / Humber Analytics",
        date=dh("2043-09-21 21:00", "America/Toronto"),
        body="Laz - forwarding the intro I sent. Ball's in their court now, no time set yet.\n\n"
        + fw(
            "2043-09-21 20:45",
            "America/Toronto",
            "Devon Achebe-Marsh <devon.achebe.personal@example.net>",
            "Maya Kowalczyk <maya.kowalczyk@humber-analytics.example>",
            "intro - Lazarus / Humber Analytics",
            """Maya, meet Lazarus - the analyst I mentioned who'd be great for your open
BI role. I'll let you two take it from here.""",
        ),
        label=note(
            "A friend's referral introduction forwarded to the user: nothing asked of the "
            "user, no time, no request to book; 'other'."
        ),
    ),
    # 17. Valentina: Santiago, English thread after Chile's change.
    person(
        VALENTINA,
        "santiago-after-chile-change-settle",
        "interview",
        frm=("Matías Irarrázaval", "matias.irarrazaval@andes-copper.example"),
        subject="Re: Interview - Geology Data Lead",
        date=dh("2043-09-08 09:40", "America/Santiago"),
        body=thread(
            f"""Hi Valentina, confirmed for {d("2043-09-10", "us")} at 16:00 Santiago time
(remember our clocks went forward on Sunday). I'll be joined by Sofía Undurraga-Price.

Matías""",
            gq(
                "2043-09-07 18:20",
                "America/Santiago",
                "Valentina Okoro-Sands <valentina.okoro@example.net>",
                "Thursday at 16:00 would suit me best.",
            ),
        ),
        label=lab(
            "2043-09-10 16:00",
            "America/Santiago",
            "America/Santiago",
            company="Andes Copper",
            role="Geology Data Lead",
            who=["Matías Irarrázaval", "Sofía Undurraga-Price"],
            emails=["matias.irarrazaval@andes-copper.example"],
            notes="Four days after Chile's change of 6 September (UTC-3).",
        ),
    ),
    # 18. Quilla: La Paz, Spanish-English mixed thread (counted English subject).
    person(
        QUILLA,
        "mixed-spanish-english-la-paz",
        "interview",
        frm=("Jennifer Achá", "jennifer.acha@altiplano-mining.example"),
        subject="Re: Video interview / Entrevista por video",
        date=dh("2043-10-05 10:30", "America/La_Paz"),
        body=thread(
            f"""Hi Quilla (and sorry for mixing languages below),

Confirmed: {d("2043-10-07", "us")} at 15:00 La Paz time, with Rolando Quispe Mamani
(Gerente de Planta).

Saludos,
Jennifer Achá, Talent Acquisition""",
            lq(
                "El lun., 5 oct. 2043 a las 9:12, Quilla Mamani-Royce "
                "(<quilla.mamani@example.org>) escribió:",
                """Hola Jennifer, el miércoles a las 15:00 me viene perfecto. Gracias!""",
            ),
        ),
        label=lab(
            "2043-10-07 15:00",
            "America/La_Paz",
            "America/La_Paz",
            company="Altiplano Mining",
            who=["Rolando Quispe Mamani"],
            notes="English top text over a Spanish quote; Bolivia has no DST.",
        ),
    ),
    # 19. Gwendolyn: LA; thread reply which cancels ("let's not go ahead").
    person(
        GWENDOLYN,
        "re-thursday-not-going-ahead-la",
        "interview_cancelled",
        frm=("Tobias Merriweather", "tobias.merriweather@sunset-reel.example"),
        subject="Re: Thursday",
        date=dh("2043-10-13 09:00", "America/Los_Angeles"),
        body=thread(
            """Hi Gwendolyn - I'm so sorry, but we've just had the post editor role frozen by
finance this morning, so we'll have to cancel Thursday. I'll reach out if it reopens.

Tobias""",
            gq(
                "2043-10-12 14:00",
                "America/Los_Angeles",
                "Tobias Merriweather <tobias.merriweather@sunset-reel.example>",
                f"""Looking forward to {d("2043-10-15", "us")} at 4pm - the edit suite at
Sunset Reel, 6th floor. Tobias""",
            ),
        ),
        label=lab(
            "2043-10-15 16:00",
            "America/Los_Angeles",
            None,
            company="Sunset Reel",
            role="post editor",
            who=["Tobias Merriweather"],
            emails=["tobias.merriweather@sunset-reel.example"],
            notes="'Re: Thursday' again, but this one cancels (role frozen) the time in the quote.",
        ),
    ),
    # 20. Niall: Dublin, "Re: Re:" where the company proposes a new time, user hasn't agreed
    person(
        NIALL,
        "counter-proposal-pending-dublin",
        "scheduling_request",
        frm=("Aoife Brennock", "aoife.brennock@docklands-games.example"),
        subject="Re: Re: Monday",
        date=dh("2043-11-06 12:45", "Europe/Dublin"),
        body=thread(
            f"""Hi Niall, Monday's gone, I'm afraid - Cathal is in Helsinki all week. Could you
do {d("2043-11-13", "uk")} at 10 or 3 instead? Let me know which and I'll lock it in.

Aoife""",
            gq(
                "2043-11-06 10:12",
                "Europe/Dublin",
                "Niall Garvey-Adjei <niall.garvey@example.com>",
                "Monday at 11 would be great if it still works.",
            ),
        ),
        label=note(
            "Two slots offered and a choice asked for: a scheduling request until the user "
            "picks one."
        ),
    ),
    # 21. Morwenna: calendar accept notification of her interviewer (other).
    person(
        MORWENNA,
        "accepted-by-interviewer-notification-plymouth",
        "other",
        frm=("Zachary Pengelly", "zachary.pengelly@tamar-maritime.example"),
        subject="Accepted: Morwenna Penrose-Adu / Tamar Maritime - intro",
        date=dh("2043-09-30 09:02", "Europe/London"),
        body="Zachary Pengelly has accepted this meeting.\n",
        label=note(
            "A bare 'Accepted:' response from the other side, with no time and no event in "
            "the message; 'other'. A careful reader might say it confirms an interview, but "
            "nothing of when is stated."
        ),
    ),
]
