"""Interviews settled by people: threads, replies, agencies, prose-named interviewers (English)."""

from __future__ import annotations

from tests.eval.authoring.common import html_page, note
from tests.eval4.authoring import kit as k4
from tests.eval4.authoring.kit import d, quoted
from tests.eval14.authoring.kit import forwarded

from .kit import (
    AAPO,
    ANIRUDH,
    BRODIE,
    BRYNN,
    CHIDERA,
    CORDELIA,
    DARNELL,
    HAEUN,
    HUMAIRA,
    ISLA,
    JERICHO,
    KAIYING,
    LUANA,
    MAKENNA,
    SANJANA,
    SORA,
    TANVIR,
    TUYET,
    WANJIRU,
    dh,
    lab,
    own,
    person,
)

ADL = "Australia/Adelaide"
_saltbush_old = (
    "Hi Brodie,\n\nThanks for your time on the phone. For the technical round we could do "
    f"{d('2034-09-26', 'uk')} at 2pm or {d('2034-09-27', 'uk')} at 10am (Adelaide time). "
    "Let me know which suits.\n\nHannah"
)
_saltbush_mid = (
    "Hi Hannah,\n\nI'm travelling that week, unfortunately. Would anything early the "
    "following week work?\n\nThanks,\nBrodie"
)

MESSAGES = [
    person(
        BRODIE,
        "saltbush-thread-newest-settles",
        "interview",
        frm=("Hannah Tregenza", "hannah.tregenza@saltbush-robotics.example"),
        subject="Re: Technical interview - Saltbush Robotics",
        date=dh("2034-09-28 16:40", ADL),
        body=(
            "Hi Brodie,\n\nNo problem at all. Let's lock in "
            f"{d('2034-10-03', 'uk')} at 11:00am Adelaide time (note the clocks go forward "
            "on Sunday, so double-check your calendar).\n\n"
            "It'll be 90 minutes at our Thebarton workshop. You'll meet Oluwaseun "
            "Adeyemi-Clark, who leads our perception team, and then Bernard from the "
            "firmware side for a hands-on session. I won't be in the room, but I'll meet you "
            "at reception.\n\nCheers,\nHannah\n\nHannah Tregenza | Talent Partner\n"
            "Saltbush Robotics\n"
            + quoted(
                "2034-09-28 09:12",
                ADL,
                "Brodie Kennett-Szabo <brodie.kennett@example.com>",
                _saltbush_mid,
            )
            + quoted(
                "2034-09-27 15:03",
                ADL,
                "Hannah Tregenza <hannah.tregenza@saltbush-robotics.example>",
                _saltbush_old,
            )
        ),
        label=lab(
            "2034-10-03 11:00",
            ADL,
            "Australia/Adelaide",
            company="Saltbush Robotics",
            role=None,
            who=["Oluwaseun Adeyemi-Clark", "Bernard"],
            notes="Newest reply settles the time (after Adelaide's 1 October switch, +10:30); "
            "quoted history holds two earlier proposals.",
        ),
        agent="Microsoft Outlook 16.0",
        in_reply_to="<tech-round.31@saltbush-robotics.example>",
    ),
    person(
        AAPO,
        "kuusamo-second-option-accepted",
        "interview",
        frm=("Riikka Salmivaara", "riikka.salmivaara@kuusamofreight.example"),
        subject="Re: Interview times, Senior Backend Engineer",
        date=dh("2034-10-19 13:05", "Europe/Helsinki"),
        body=(
            "Hi Aapo,\n\nThanks for sending both options. Unfortunately "
            f"{d('2034-10-24', 'uk')} at 10:00 no longer works for our CTO, but your second "
            f"option does: {d('2034-10-30', 'uk')} at 13:00 Helsinki time. Confirmed!\n\n"
            "Heikki Laaksonen-Vire (CTO) will lead the conversation and I'll sit in for the "
            "first half hour. We'll meet at our Pasila office, 4th floor.\n\n"
            "Best,\nRiikka Salmivaara\nPeople Partner, Kuusamo Freight Systems\n"
            + quoted(
                "2034-10-18 20:47",
                "Europe/Helsinki",
                "Aapo Kettunen-Halme <aapo.kettunen@example.net>",
                f"Hi Riikka,\n\nI could do {d('2034-10-24', 'uk')} at 10:00, or "
                f"{d('2034-10-30', 'uk')} at 13:00.\n\nBest,\nAapo",
            )
        ),
        label=lab(
            "2034-10-30 13:00",
            "Europe/Helsinki",
            "Europe/Helsinki",
            company="Kuusamo Freight Systems",
            role="Senior Backend Engineer",
            who=["Heikki Laaksonen-Vire", "Riikka Salmivaara"],
            emails=["riikka.salmivaara@kuusamofreight.example"],
            notes="First option declined, second accepted; after Europe's 29 October switch.",
        ),
        html=True,
    ),
    person(
        DARNELL,
        "bridgewell-relays-corvina",
        "interview",
        frm=("Trent Vasquez-Hollis", "trent.vh@bridgewelltalent.example"),
        to="Darnell Okonkwo-Briggs <darnell.jobs@example.com>",
        subject="Corvina Logistics - interview confirmed for Thursday",
        date=dh("2034-11-02 17:22", "America/Chicago"),
        body=(
            "Darnell,\n\nGreat news - Corvina came back and want to meet you. I've confirmed "
            f"the following on your behalf:\n\n  Date: {d('2034-11-09', 'usy')}\n"
            "  Time: 10:30 a.m. Chicago time (60 min)\n"
            "  Where: Corvina Logistics, 8th floor, 200 W Lakeview Plaza\n"
            "  With: Ines Carvalho-Park, VP Engineering, and Scott Brandvold, Director of "
            "Platform\n\nRole is the Principal Data Engineer one we discussed. Heads-up that "
            "clocks fall back on Sunday, so don't trust a phone that hasn't updated. Call me "
            "after and let me know how it went.\n\nTrent Vasquez-Hollis\nSenior Consultant, "
            "Bridgewell Talent Partners\nm. (312) 555-0148\n"
        ),
        label=lab(
            "2034-11-09 10:30",
            "America/Chicago",
            "America/Chicago",
            company="Corvina Logistics",
            role="Principal Data Engineer",
            who=["Ines Carvalho-Park", "Scott Brandvold"],
            notes="Agency consultant relays the client's interview (not an interviewer); "
            "to the user's second address; after the 5 November switch (CST).",
        ),
    ),
    own(
        k4.mail(
            MAKENNA,
            "tidepool-panel-html-table",
            "interview",
            frm=("Renata Lindgren", "recruiting@tidepool-carto.example"),
            subject="Your onsite at Tidepool Cartography - schedule",
            date=dh("2034-10-31 15:10", "America/Los_Angeles"),
            rich=html_page(
                "<p>Hi Makenna,</p><p>We're excited to host you for your onsite for the "
                "<b>Senior Frontend Engineer</b> role on "
                f"<b>{d('2034-11-06', 'usy')}</b>. All times are Pacific Time. Please "
                "check in at the lobby at 9:15 AM; your escort will bring you up.</p>"
                '<table border="1" cellpadding="6" style="border-collapse:collapse">'
                "<tr><th>Time</th><th>Interviewer</th><th>Focus</th></tr>"
                "<tr><td>9:30 – 10:15 AM</td><td>Gabriela Fonseca-Reyes<br>"
                "<small>Staff Engineer</small></td><td>Frontend architecture</td></tr>"
                "<tr><td>10:15 – 11:00 AM</td><td>Desmond Achterberg<br>"
                "<small>Engineering Manager</small></td><td>Collaboration</td></tr>"
                "<tr><td>11:15 AM – 12:00 PM</td><td>Yuki Aoyama-Brandt<br>"
                "<small>Product Lead</small></td><td>Product sense</td></tr>"
                "<tr><td>12:00 – 12:45 PM</td><td colspan=2>Lunch with the team "
                "(not evaluated)</td></tr></table>"
                "<p>Address: 1450 Harbor Light Way, Oakland. Visitor parking is on level 2."
                "</p><p>Best,<br>Renata<br>Recruiting Coordinator, Tidepool Cartography</p>"
            ),
            label=lab(
                "2034-11-06 09:30",
                "America/Los_Angeles",
                "America/Los_Angeles",
                company="Tidepool Cartography",
                role="Senior Frontend Engineer",
                who=["Gabriela Fonseca-Reyes", "Desmond Achterberg", "Yuki Aoyama-Brandt"],
                notes="HTML-only panel table; the day starts at the first session, not the "
                "9:15 check-in; 'Pacific Time' names the zone; day after the US switch.",
            ),
        )
    ),
    person(
        JERICHO,
        "fennimore-uk-time-only",
        "interview",
        frm=("Imogen Castellanos-Reid", "imogen.creid@fennimore-actuarial.example"),
        subject="Re: Data Scientist role - next step",
        date=dh("2034-10-12 17:35", "Europe/London"),
        body=(
            "Hi Jericho,\n\nLovely, thanks for being flexible with the time difference. "
            f"Confirmed then: {d('2034-10-18', 'uk')}, 15:00 UK time, on Teams (I'll send the "
            "link). It'll be me and one of my senior analysts, Dominic Achebe-Ward, for about "
            "an hour: a walk through your portfolio project and some case questions.\n\n"
            "Kind regards,\nImogen\n\nImogen Castellanos-Reid\nHead of Data, Fennimore "
            "Actuarial\n"
            + quoted(
                "2034-10-12 21:02",
                "Asia/Manila",
                "Jericho Dimaculangan-Santos <jericho.dimaculangan@example.com>",
                "Hi Imogen,\n\nYes, 3pm your time on the 18th is fine for me (it's late evening "
                "here but no problem).\n\nJericho",
            )
        ),
        label=lab(
            "2034-10-18 15:00",
            "Europe/London",
            "Europe/London",
            company="Fennimore Actuarial",
            role="Data Scientist",
            who=["Imogen Castellanos-Reid", "Dominic Achebe-Ward"],
            emails=["imogen.creid@fennimore-actuarial.example"],
            notes="Time given only in the sender's zone (UK, BST) to a Manila user.",
        ),
    ),
    person(
        WANJIRU,
        "mvuli-reminder-day-before",
        "interview",
        frm=("Mvuli Agritech Careers", "careers@mvuli-agritech.example"),
        subject="Reminder: your interview tomorrow",
        date=dh("2034-09-20 16:00", "Africa/Nairobi"),
        body=(
            "Dear Wanjiru,\n\nThis is a friendly reminder of your interview for the position "
            f"of Field Operations Analyst tomorrow, {d('2034-09-21', 'uk')}, at 9:00 a.m. "
            "(EAT).\n\nVenue: Mvuli House, Ngong Road, 3rd floor boardroom.\n"
            "Panel: Baraka Otieno-Wafula (Operations Lead) and Esther Njeri Kamau (HR).\n\n"
            "Please bring a copy of your national ID and academic certificates.\n\n"
            "Regards,\nMvuli Agritech Talent Team\n"
        ),
        label=lab(
            "2034-09-21 09:00",
            "Africa/Nairobi",
            None,
            company="Mvuli Agritech",
            role="Field Operations Analyst",
            who=["Baraka Otieno-Wafula", "Esther Njeri Kamau"],
            notes="Day-before reminder; EAT abbreviation only.",
        ),
    ),
    person(
        SANJANA,
        "falaj-moved-day-same-time",
        "interview",
        frm=("Layla Haddadin", "layla.haddadin@falaj-insurtech.example"),
        subject="RE: Interview - Product Analyst",
        date=dh("2034-10-06 10:18", "Asia/Dubai"),
        body=(
            "Hi Sanjana,\n\nReza has a board meeting that moved onto Tuesday, so could we shift "
            f"your interview to {d('2034-10-11', 'uk')} instead, same time? I've updated the "
            "calendar hold; if that's a problem just reply and we'll find another slot.\n\n"
            "Regards,\nLayla\n"
            + quoted(
                "2034-10-02 14:40",
                "Asia/Dubai",
                "Layla Haddadin",
                f"Hi Sanjana,\n\nYou're confirmed for {d('2034-10-10', 'uk')} at 11:30 (Dubai "
                "time) with Reza Mahdavi-Shah, our Head of Product, at our DIFC office.\n\n"
                "Regards,\nLayla Haddadin\nTalent Acquisition, Falaj Insurtech",
                style="outlook",
            )
        ),
        label=lab(
            "2034-10-11 11:30",
            "Asia/Dubai",
            "Asia/Dubai",
            company="Falaj Insurtech",
            role="Product Analyst",
            who=["Reza Mahdavi-Shah"],
            notes="Reschedule moves only the day ('same time'); the time is in the quoted "
            "original.",
        ),
        agent="Microsoft Outlook 16.0",
    ),
    person(
        KAIYING,
        "junkbay-forwarded-by-colleague",
        "interview",
        frm=("Marcus Leung", "marcus.leung@junkbaypay.example"),
        subject="FW: Interview arrangement - Risk Engineer",
        date=dh("2034-10-16 09:02", "Asia/Hong_Kong"),
        body=(
            "Hi Kai-ying,\n\nForwarding the details from Candice below - she's on leave this "
            "week so I'm your contact until she's back. Nothing has changed, the interview "
            "stands as planned.\n\nBest regards,\nMarcus Leung\nHR Business Partner\n\n"
            + forwarded(
                "2034-10-13 18:20",
                "Asia/Hong_Kong",
                "Candice Yip <candice.yip@junkbaypay.example>",
                "kaiying.kwok@example.org",
                "Interview arrangement - Risk Engineer",
                "Dear Kai-ying,\n\nThank you for your interest in Junk Bay Payments. We would "
                f"like to invite you to a second-round interview on {d('2034-10-19', 'uky')} "
                "at 2:30 pm HKT at our Quarry Bay office (22/F).\n\nYou will meet Tsang "
                "Wing-yan, Head of Fraud Risk, and Alistair Menon, Senior Risk Engineer.\n\n"
                "Best regards,\nCandice Yip",
                style="outlook",
            )
        ),
        label=lab(
            "2034-10-19 14:30",
            "Asia/Hong_Kong",
            None,
            company="Junk Bay Payments",
            role="Risk Engineer",
            who=["Tsang Wing-yan", "Alistair Menon"],
            notes="Forwarded by a stand-in contact who only arranges; HKT abbreviation only.",
        ),
        agent="Microsoft Outlook 16.0",
    ),
    person(
        BRYNN,
        "prairielantern-phone-screen",
        "interview",
        frm=("Josie Lemaigre", "josie.lemaigre@prairielantern.example"),
        subject="Phone screen - Member Experience Analyst",
        date=dh("2034-10-25 11:44", "America/Regina"),
        body=(
            "Hi Brynn,\n\nThanks for applying to Prairie Lantern Credit Union! I'd like to "
            f"set up a quick phone screen. I'll give you a call on {d('2034-10-30', 'us')} at "
            "2 p.m. Saskatchewan time at the number on your application (306-555-0199). "
            "Plan for about 20 minutes.\n\nTalk soon,\nJosie Lemaigre\nRecruiter | Prairie "
            "Lantern Credit Union\n"
        ),
        label=lab(
            "2034-10-30 14:00",
            "America/Regina",
            "America/Regina",
            company="Prairie Lantern Credit Union",
            role="Member Experience Analyst",
            who=["Josie Lemaigre"],
            emails=["josie.lemaigre@prairielantern.example"],
            notes="Phone screen; the caller is the interviewer; Saskatchewan keeps CST all year.",
        ),
    ),
    person(
        CHIDERA,
        "lagoonside-mobile-confirm",
        "interview",
        frm=("Emeka Nwachukwu-Hart", "emeka.nh@lagoonside-mfb.example"),
        subject="Re: Credit Risk Lead - availability",
        date=dh("2034-10-17 19:51", "Africa/Lagos"),
        body=(
            "Perfect, Friday 10am WAT it is. I'll send a Teams link tomorrow. It will be me "
            "and our COO.\n\nSent from my iPhone\n"
            + quoted(
                "2034-10-17 18:30",
                "Africa/Lagos",
                "Chidera Obiakor-Lawal <chidera.obiakor@example.com>",
                f"Hello Emeka,\n\nThank you. I'm available {d('2034-10-19', 'uk')} at 4pm or "
                f"{d('2034-10-20', 'uk')} at 10am.\n\nKind regards,\nChidera",
            )
        ),
        label=lab(
            "2034-10-20 10:00",
            "Africa/Lagos",
            None,
            company=None,
            role="Credit Risk Lead",
            who=["Emeka Nwachukwu-Hart"],
            emails=["emeka.nh@lagoonside-mfb.example"],
            notes="Short mobile reply picks 'Friday 10am' from the user's quoted options; the "
            "COO is unnamed; company only in the domain.",
        ),
        agent="iPhone Mail (22B91)",
    ),
    person(
        ISLA,
        "yarrabend-rescheduled-twice",
        "interview",
        frm=("Priscilla Doukas", "priscilla@yarrabend.example"),
        subject="Re: Re: Interview with Yarrabend Software",
        date=dh("2034-10-04 12:26", "Australia/Melbourne"),
        body=(
            "Hi Isla,\n\nApologies again - Gus is now out on Friday as well. Final answer, I "
            f"promise: {d('2034-10-09', 'uk')} at 3:30pm Melbourne time, same two people "
            "(Gus Papadakis and Harriet Okonjo), same Google Meet link.\n\nThanks for bearing "
            "with us!\nPriscilla\n"
            + quoted(
                "2034-10-02 16:05",
                "Australia/Melbourne",
                "Priscilla Doukas <priscilla@yarrabend.example>",
                f"Hi Isla, could we move from {d('2034-10-05', 'uk')} at 10am to "
                f"{d('2034-10-06', 'uk')} at 2pm? Sorry for the shuffle. Priscilla",
            )
        ),
        label=lab(
            "2034-10-09 15:30",
            "Australia/Melbourne",
            "Australia/Melbourne",
            company="Yarrabend Software",
            who=["Gus Papadakis", "Harriet Okonjo"],
            notes="Second reschedule; the quoted history holds two superseded times.",
        ),
    ),
    person(
        HUMAIRA,
        "sindhu-ledgerworks-prose-panel",
        "interview",
        frm=("Sana Iftikhar", "talent@sindhu-ledgerworks.example"),
        subject="Interview confirmation | Sindhu Ledgerworks | Engineering Manager, Payments",
        date=dh("2034-11-08 12:15", "Asia/Karachi"),
        body=(
            "Dear Humaira,\n\nThank you for your time so far. Your virtual interview is booked "
            "for Tuesday, 14 November 2034 at 4:00 PM Pakistan time (Google Meet, link to "
            "follow).\n\nYou'll first speak with Farhan, who runs our payments platform, and "
            "then with our CFO, Mehwish Anjum-Tariq. I'll just be coordinating, so feel free "
            "to reach out to me with any questions beforehand.\n\nWarm regards,\nSana "
            "Iftikhar\nTalent Coordinator, Sindhu Ledgerworks\n"
        ),
        label=lab(
            "2034-11-14 16:00",
            "Asia/Karachi",
            "Asia/Karachi",
            company="Sindhu Ledgerworks",
            role="Engineering Manager, Payments",
            who=["Farhan", "Mehwish Anjum-Tariq"],
            notes="Interviewers named in running prose; the coordinator only arranges.",
        ),
    ),
    person(
        TUYET,
        "kenai-come-in-person",
        "interview",
        frm=("Marlene Ostrowski", "marlene@kenaimarine.example"),
        subject="Interview Wednesday?",
        date=dh("2034-11-03 08:50", "America/Anchorage"),
        body=(
            "Hi Tuyet,\n\nThanks for sending your resume over. Can you come in on "
            f"{d('2034-11-08', 'us')} at 9:00 am (Alaska time)? We're at 612 Tidewater Road, "
            "Suite B. Ask for me at the front desk - I'll do the interview together with Rob "
            "Tikhonov, our survey lead. Should take about an hour.\n\nLet me know if that "
            "doesn't work, otherwise see you then!\n\nMarlene Ostrowski\nOffice Manager, Kenai "
            "Marine Survey\n"
        ),
        label=lab(
            "2034-11-08 09:00",
            "America/Anchorage",
            "America/Anchorage",
            company="Kenai Marine Survey",
            who=["Marlene Ostrowski", "Rob Tikhonov"],
            emails=["marlene@kenaimarine.example"],
            notes="Writer interviews too ('I'll do the interview'); after the US switch (AKST).",
        ),
    ),
    person(
        CORDELIA,
        "bluenose-video-after-switch",
        "interview",
        frm=("Leigh-Anne Boutilier", "laboutilier@bluenosegrid.example"),
        subject="Video interview - GIS Analyst",
        date=dh("2034-11-01 14:05", "America/Halifax"),
        body=(
            "Hello Cordelia,\n\nI'm pleased to invite you to a video interview for the GIS "
            f"Analyst position on {d('2034-11-06', 'usy')} at 11 AM Halifax time. I'll be "
            "interviewing you along with Théo Comeau from our grid planning group.\n\n"
            "Join: https://bluenosegrid.example/meet/gis-analyst-2\n\nBest regards,\n"
            "Leigh-Anne Boutilier\nManager, Spatial Analytics\nBluenose Grid Analytics\n"
        ),
        label=lab(
            "2034-11-06 11:00",
            "America/Halifax",
            "America/Halifax",
            company="Bluenose Grid Analytics",
            role="GIS Analyst",
            who=["Leigh-Anne Boutilier", "Théo Comeau"],
            emails=["laboutilier@bluenosegrid.example"],
            notes="Sent in ADT, interview in AST (after 5 November).",
        ),
        html=True,
    ),
    person(
        SORA,
        "hakobune-numeric-ymd",
        "interview",
        frm=("Hakobune Mobility Recruiting", "recruit@hakobune-mobility.example"),
        subject="[Hakobune Mobility] Final interview schedule",
        date=dh("2034-10-27 10:30", "Asia/Tokyo"),
        body=(
            "Dear Fujimoto Sora,\n\nThank you for taking part in our selection process. Your "
            "final interview has been scheduled as follows.\n\n"
            "Date and time: 2034/11/02 (Thu) 15:00-16:00\n"
            "Place: Hakobune Mobility, Shibuya office, 14F reception\n"
            "Interviewers: Director Kanda Reiko, Mr. Ishiguro (Engineering)\n\n"
            "Please bring your My Number card or passport for building entry.\n\n"
            "Hakobune Mobility Co., Ltd.\nRecruiting Team\n"
        ),
        label=lab(
            "2034-11-02 15:00",
            "Asia/Tokyo",
            None,
            company="Hakobune Mobility",
            who=["Kanda Reiko", "Ishiguro"],
            notes="Numeric year-first date with a bracketed weekday; no zone named.",
        ),
    ),
    person(
        TANVIR,
        "meghna-sunday-zoom",
        "interview",
        frm=("Meghna Fintech Labs HR", "hr@meghnafintech.example"),
        subject="Interview invitation: Senior QA Engineer",
        date=dh("2034-10-30 15:20", "Asia/Dhaka"),
        body=(
            "Dear Tanvir Hossain Chowdhury,\n\nWe are pleased to invite you to an interview "
            "for the post of Senior QA Engineer.\n\nMode: Zoom\n"
            "Date: Sunday, 5 November 2034\nTime: 11:00 AM (Dhaka time)\n"
            "Meeting link: https://zoom.us/j/93021457786\n\n"
            "Panel: Nusrat Jahan Khan (Head of Risk) and Arif Mahmud (QA Lead)\n\n"
            "Please join five minutes early and keep your NID handy.\n\nRegards,\nHR "
            "Department\nMeghna Fintech Labs\n"
        ),
        label=lab(
            "2034-11-05 11:00",
            "Asia/Dhaka",
            "Asia/Dhaka",
            company="Meghna Fintech Labs",
            role="Senior QA Engineer",
            who=["Nusrat Jahan Khan", "Arif Mahmud"],
            notes="Sunday is a working day in Bangladesh.",
        ),
    ),
    person(
        HAEUN,
        "soyo-slots-ymd",
        "scheduling_request",
        frm=("Park Min-seo", "minseo.park@soyo-robotics.example"),
        subject="Scheduling your 1st round interview (Soyo Robotics)",
        date=dh("2034-10-10 09:40", "Asia/Seoul"),
        body=(
            "Hello Ha-eun,\n\nThank you for applying for the Embedded Software Engineer "
            "position. We would like to schedule a 1st round video interview. Could you tell "
            "us which of the following times work for you?\n\n"
            "1) 2034-10-17 (Tue) 10:00 KST\n2) 2034-10-18 (Wed) 14:00 KST\n"
            "3) 2034-10-19 (Thu) 16:30 KST\n\nPlease reply by Friday. If none of these work, "
            "kindly suggest two alternatives.\n\nBest regards,\nPark Min-seo\nHR, Soyo Robotics\n"
        ),
        label=note(
            "Three numbered year-first options; nothing booked yet.", company="Soyo Robotics"
        ),
    ),
    person(
        LUANA,
        "tapioca-asks-for-windows",
        "scheduling_request",
        frm=("Gideon Falk", "gideon@tapioca-design.example"),
        subject="Chat with our head of design?",
        date=dh("2034-09-14 10:05", "America/Sao_Paulo"),
        body=(
            "Hi Luana,\n\nLoved your portfolio - especially the transit wayfinding case study. "
            "Would you be up for a 45-minute chat with Marisa, our head of design, sometime "
            "next week? Could you send me a few windows that work for you (Sao Paulo time is "
            "fine, we're distributed)?\n\nThanks!\nGideon\nTalent, Tapioca Design Co.\n"
        ),
        label=note(
            "Asks for the user's availability; no time proposed.", company="Tapioca Design Co."
        ),
        agent="Mozilla Thunderbird",
    ),
    person(
        ANIRUDH,
        "kaveri-manager-calendly-link",
        "scheduling_request",
        frm=("Suresh Balakrishnan", "suresh.b@kaveri-cloud.example"),
        subject="Quick follow-up chat?",
        date=dh("2034-10-11 21:05", "Asia/Kolkata"),
        body=(
            "Hi Anirudh,\n\nThanks for Monday - I'd like a 30-minute follow-up to go deeper "
            "on the on-call redesign you mentioned. Please grab any slot that suits you on my "
            "Calendly: https://calendly.com/suresh-kaveri/30min\n\nCheers,\nSuresh\n\n"
            "Sent from Outlook for Android\n"
        ),
        label=note(
            "The interviewer sends a Calendly link; nothing booked.", company="Kaveri Cloudworks"
        ),
        agent="Outlook-Android/2.0",
    ),
]
