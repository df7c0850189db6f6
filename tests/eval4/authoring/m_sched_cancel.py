"""Cancellations (calendar CANCEL, tools, people) and scheduling requests (nothing booked)."""

from __future__ import annotations

from .kit import (
    BRONWYN,
    CALLUM,
    COLTON,
    EVAN,
    HARUTO,
    HINEMOA,
    KIERAN,
    NALEDI,
    PARVEEN,
    PRABIN,
    RUI,
    SIDDHARTH,
    SIOBHAN,
    TAMIKA,
    THIAGO,
    ZHANG,
    ZOOM,
    Msg,
    d,
    dh,
    event,
    iso,
    iv,
    mail,
    note,
    plus,
    t12,
    uid,
)
from .shapes import google, outlook

MESSAGES: list[Msg] = []
add = MESSAGES.append

# === Cancellations =============================================================================

# --- Google cancellation, São Paulo -----------------------------------------------------------
S = "2027-03-04 15:00"
add(
    google(
        THIAGO,
        "google-cancel-ipe-mobilidade",
        "interview_cancelled",
        start=S,
        zone="America/Sao_Paulo",
        minutes=60,
        summary="Entrevista Thiago Albuquerque - Staff Engineer (Ipê Mobilidade)",
        organizer=("Larissa Montenegro", "larissa.montenegro@ipemobilidade.example"),
        guests=[("Caio Drummond", "caio.drummond@ipemobilidade.example")],
        date=dh("2027-03-02 17:33:00", "America/Sao_Paulo"),
        cancelled=True,
        meet="ipe-mbld-xko",
        wr_timezone="America/Sao_Paulo",
        label=iv(
            iso(S, "America/Sao_Paulo"),
            "America/Sao_Paulo",
            company="Ipê Mobilidade",
            role="Staff Engineer",
            interviewers=["Caio Drummond"],
            emails=["caio.drummond@ipemobilidade.example"],
            notes="Google 'Cancelled event' with METHOD:CANCEL; Portuguese summary inside English scaffolding.",
        ),
    )
)

# --- Outlook 'Canceled:' with Windows TZID, Tokyo ------------------------------------------
S = "2027-03-24 16:00"
add(
    outlook(
        HARUTO,
        "outlook-canceled-tokyo-minatomirai-robotics",
        "interview_cancelled",
        start=S,
        zone="Tokyo Standard Time",
        when_zone="(UTC+09:00) Osaka, Sapporo, Tokyo",
        minutes=60,
        subject="Final interview - Sasaki Haruto - Robotics Software Engineer",
        prefix="Canceled: ",
        organizer=("Ogawa Mei", "mei.ogawa@minatomirai-robotics.example"),
        attendees=[("Daniel Kruger-Abe", "daniel.kruegerabe@minatomirai-robotics.example")],
        date=dh("2027-03-22 10:02:00", "Asia/Tokyo"),
        cancelled=True,
        text="""Sasaki-san,

We need to cancel this final interview because Daniel has to travel to our Munich site this week. I will send new options shortly. Sorry for the inconvenience.

Ogawa""",
        label=iv(
            iso(S, "Asia/Tokyo"),
            "Asia/Tokyo",
            company="Minatomirai Robotics",
            role="Robotics Software Engineer",
            interviewers=["Daniel Kruger-Abe"],
            emails=["daniel.kruegerabe@minatomirai-robotics.example"],
            notes="Exchange CANCEL with 'Canceled:' prefix; new options promised, nothing booked.",
        ),
    )
)

# --- Zoom cancellation, Perth -------------------------------------------------------------
S = "2027-03-17 15:00"
add(
    mail(
        KIERAN,
        "zoom-cancel-jarrah-analytics",
        "interview_cancelled",
        frm=("Zoom", "no-reply@zoom.us"),
        reply_to=("Sophie Nguyen-Hart", "sophie.nh@jarrahanalytics.example"),
        subject="Meeting Canceled: Kieran Walsh - Geospatial Data Lead interview",
        date=dh("2027-03-15 08:41:00", "Australia/Perth"),
        body=f"""Hi Kieran Walsh,

Sophie Nguyen-Hart has canceled the following meeting:

Topic: Kieran Walsh - Geospatial Data Lead interview
Time: {d(S, "short")}, 2027 03:00 PM Perth

Meeting ID: 812 4406 3391
""",
        ics=event(
            uid=uid("zoom-jarrah", "zoom.us"),
            start=S,
            zone=None,
            utc_zone="Australia/Perth",
            minutes=45,
            summary="Kieran Walsh - Geospatial Data Lead interview",
            organizer=("Sophie Nguyen-Hart", "sophie.nh@jarrahanalytics.example"),
            status="CANCELLED",
            method="CANCEL",
            prodid=ZOOM,
        ),
        ics_mode="attach",
        ics_method="CANCEL",
        ics_name="cancel.ics",
        label=iv(
            iso(S, "Australia/Perth"),
            "Australia/Perth",
            company="Jarrah Analytics",
            role="Geospatial Data Lead",
            interviewers=[],
            notes="Zoom cancellation with a CANCEL .ics in UTC; organiser (recruiter) is not an interviewer.",
        ),
    )
)

# --- Calendly cancellation by the host, Pune --------------------------------------------------
S = "2027-03-12 17:30"
add(
    mail(
        SIDDHARTH,
        "calendly-canceled-by-host-ghatroad-labs",
        "interview_cancelled",
        frm=("Calendly", "notifications@calendly.com"),
        reply_to=("Aparna Joglekar", "aparna@ghatroadlabs.example"),
        subject=f"Canceled: Intro call (30 min) with Aparna Joglekar on {d(S, 'us')}, 2027",
        date=dh("2027-03-11 09:12:00", "Asia/Kolkata"),
        body=f"""Hi Siddharth Kulkarni,

Aparna Joglekar canceled the event below.

Event Type: Intro call (30 min)
Event Date/Time: {t12(S, compact=True)} - {t12(plus(S, 30), compact=True)} (India Standard Time) - {d(S, "us")}, 2027

Cancellation reason:
"Hi Siddharth - we've decided to pause hiring for the Data Engineering Manager role. So sorry for the late notice."

Powered by Calendly.com
""",
        label=iv(
            iso(S, "Asia/Kolkata"),
            "Asia/Kolkata",
            company="Ghat Road Labs",
            role="Data Engineering Manager",
            interviewers=["Aparna Joglekar"],
            notes="Calendly cancellation by the host; the host was the interviewer of the cancelled call.",
        ),
    )
)

# --- Plain cancellation, Newfoundland after the switch ----------------------------------------------
S = "2027-03-26 11:00"
add(
    mail(
        SIOBHAN,
        "plain-cancel-harbourlight-ngo",
        "interview_cancelled",
        frm=("Fiona Drover", "fdrover@harbourlightcommunity.example"),
        subject="Friday's interview - need to cancel",
        date=dh("2027-03-23 16:50:00", "America/St_Johns"),
        body=f"""Hi Siobhan,

I'm so sorry, but we have to cancel your interview for the Program Evaluation Officer position on Friday ({d(S, "us")}) at 11. Our board has put the role on hold until the provincial funding is confirmed.

I'll reach out as soon as I know more, and I really hope we get to pick this up again.

Fiona Drover
Executive Director, Harbourlight Community Services
""",
        label=iv(
            iso(S, "America/St_Johns"),
            None,
            company="Harbourlight Community Services",
            role="Program Evaluation Officer",
            interviewers=[],
            notes="Plain cancellation, 'Friday ... at 11'; NDT (-02:30) after the 14 March switch.",
        ),
    )
)

# === Scheduling requests =======================================================================

add(
    mail(
        EVAN,
        "greenhouse-availability-request-orcaline",
        "scheduling_request",
        frm=("Orcaline", "no-reply@us.greenhouse-mail.io"),
        reply_to=("Brynn Castellano", "brynn.castellano@orcaline.example"),
        subject="Orcaline - please share your availability",
        date=dh("2027-03-08 11:17:00", "America/Los_Angeles"),
        body="""Hi Evan,

Thanks for chatting with us! We'd love to move you forward to the technical screen for Senior Platform Engineer.

Please let us know your availability over the next week using the link below. We'll need a 60-minute window.

https://app.greenhouse.io/scheduling/availability/3b8f6c1d-orcaline

Once you submit, we'll confirm a time with the interviewer.

Best,
Brynn Castellano
Recruiting Coordinator
""",
        label=note("Greenhouse availability request; nothing booked."),
    )
)

S1, S2 = "2027-03-18 10:00", "2027-03-19 14:00"
add(
    mail(
        COLTON,
        "two-slots-offered-sonoran-solar",
        "scheduling_request",
        frm=("Alicia Begay", "alicia.begay@sonoransolar.example"),
        subject="Second interview - two options",
        date=dh("2027-03-12 13:30:00", "America/Phoenix"),
        body=f"""Hi Colton,

The team would like to bring you back for a second interview for the Installation Project Manager role. Could you do either of these?

- {d(S1, "us")} at {t12(S1, compact=True)}
- {d(S2, "us")} at {t12(S2, compact=True)}

Both would be at our Mesa office, about 90 minutes. Let me know which works and I'll send the invite.

Thanks,
Alicia Begay
HR Manager, Sonoran Solar
""",
        label=note("Two offered slots, none chosen yet."),
    )
)

add(
    mail(
        TAMIKA,
        "goodtime-slot-picker-hudsonline",
        "scheduling_request",
        frm=("Hudsonline Insurance Recruiting", "scheduling@goodtime.io"),
        subject="Select your interview time with Hudsonline Insurance",
        date=dh("2027-03-15 09:02:00", "America/New_York"),
        body="""Hi Tamika,

We're excited to move forward with your candidacy for Compliance Testing Lead! Please choose a time for your panel interview (2 hours) from the available options:

Choose a time: https://app.goodtime.io/select/hudsonline/9c2d7a

Times are shown in your local time zone. If none of the options work, reply and we'll find an alternative.

Hudsonline Insurance Talent Acquisition
""",
        html_auto=True,
        label=note("GoodTime slot picker; nothing booked."),
    )
)

add(
    mail(
        CALLUM,
        "agency-send-availability-brindle-search",
        "scheduling_request",
        frm=("Amelia Hargreaves", "amelia.hargreaves@brindlesearch.example"),
        subject="Kittiwake Energy - 2nd stage",
        date=dh("2027-03-15 12:20:00", "Europe/London"),
        body="""Hi Callum,

Good news - Kittiwake Energy want to see you for a second stage with their CFO. They're flexible next week apart from Thursday.

Can you send me 3-4 slots that work for you (ideally mornings) and I'll get it booked in?

Kind regards,
Amelia
Amelia Hargreaves | Associate Director | Brindle Search
""",
        label=note("Agency asks for availability; nothing booked."),
    )
)

add(
    mail(
        BRONWYN,
        "calendly-link-pick-time-gumtree-co",
        "scheduling_request",
        frm=("Sasha Prendergast", "sasha@gumtreeco.example"),
        subject="Next step: chat with our COO",
        date=dh("2027-03-29 10:05:00", "Australia/Sydney"),
        body="""Hi Bronwyn,

Thanks for your time last week! Our COO Daniel would love to chat. Please grab a 45-minute slot that suits you here:

https://calendly.com/gumtreeco-daniel/45min

Heads up that the calendar shows your local time, and daylight saving ends this Sunday, so double check!

Cheers,
Sasha
""",
        label=note("Calendly booking link; nothing booked."),
    )
)

add(
    mail(
        ZHANG,
        "workday-self-schedule-task-yangtze-chem",
        "scheduling_request",
        frm=("Yangtze Specialty Chemicals", "yangtzechem@myworkday.com"),
        subject="Action Required: Schedule Your Interview - Procurement Manager",
        date=dh("2027-03-09 14:00:00", "Asia/Shanghai"),
        rich="""<html><body><p>Dear Zhang Yiming,</p>
<p>You have a new task in your candidate home: <b>Schedule Interview</b> for Procurement Manager (JR-5520).</p>
<p>Please sign in and select one of the available interview times within 3 days.</p>
<p><a href="https://wd5.myworkday.com/yangtzechem/d/task/2997$44.htmld">Go to task</a></p>
<p>This is an automatically generated message.</p></body></html>
""",
        label=note("Workday self-scheduling task; nothing booked."),
    )
)

add(
    mail(
        NALEDI,
        "ms-bookings-page-link-highveld-water",
        "scheduling_request",
        frm=("Thandeka Mabuza", "thandeka.mabuza@highveldwater.example"),
        subject="Interview scheduling - Water Quality Scientist",
        date=dh("2027-03-16 08:14:00", "Africa/Johannesburg"),
        body="""Good morning Naledi

You have been shortlisted for the Water Quality Scientist position. Please book your interview slot using our Microsoft Bookings page:

https://outlook.office365.com/owa/calendar/HighveldWaterInterviews@highveldwater.example/bookings/

Slots are available from 22 to 26 March. Kindly book by Friday.

Regards
Thandeka Mabuza
Talent Acquisition
""",
        label=note("Microsoft Bookings page link; nothing booked."),
    )
)

add(
    mail(
        PRABIN,
        "lever-availability-request-tundra-dev",
        "scheduling_request",
        frm=("Tundra Dev", "no-reply@hire.lever.co"),
        reply_to=("Mira Koskinen", "mira.koskinen@tundradev.example"),
        subject="Tundra Dev: Share your availability for the next interview",
        date=dh("2027-03-10 13:45:00", "Asia/Kathmandu"),
        body="""Hi Prabin,

Thanks for completing the coding exercise! We'd like to schedule a 60-minute technical interview with two of our engineers.

Please share times that work for you over the next two weeks: https://hire.lever.co/candidate/availability/tundradev/8a1f

Note that our team is in Helsinki (EET), so afternoons in Nepal are usually easiest.

Mira Koskinen
Talent Partner, Tundra Dev
""",
        label=note("Lever availability request; nothing booked."),
    )
)

add(
    mail(
        HINEMOA,
        "youcanbookme-link-tauranga-port",
        "scheduling_request",
        frm=("Port of Bay Harbour Recruitment", "careers@bayharbourport.example"),
        subject="Book your interview time - Logistics Systems Analyst",
        date=dh("2027-03-22 11:30:00", "Pacific/Auckland"),
        body="""Kia ora Hinemoa,

Thank you for your application for the Logistics Systems Analyst role. We'd like to invite you to an interview.

Please choose a time that suits you: https://bayharbour-interviews.youcanbook.me

Interviews run 30 March - 9 April.

Ngā mihi,
Recruitment Team
""",
        label=note("YouCanBook.me link; nothing booked."),
    )
)

add(
    mail(
        RUI,
        "reschedule-request-no-time-porto-telecom",
        "scheduling_request",
        frm=("Catarina Amaral", "catarina.amaral@douroteleco.example"),
        subject="Need to move our interview - new times?",
        date=dh("2027-03-19 10:40:00", "Europe/Lisbon"),
        body="""Hi Rui,

Unfortunately our CTO can't make Tuesday any more. Could you send me a few alternative times next week (after the clock change, so Lisbon summer time)? Mornings would be ideal.

Apologies for the back and forth.

Catarina Amaral
People Partner, Douro Telecom
""",
        label=note(
            "Reschedule request without a new time (the old slot is not restated): a scheduling request."
        ),
    )
)

add(
    mail(
        PARVEEN,
        "hiring-manager-when-free-prairie-wind",
        "scheduling_request",
        frm=("Wes Kowalchuk", "wes.kowalchuk@prairiewindpower.example"),
        subject="Coffee next week?",
        date=dh("2027-03-16 07:58:00", "America/Edmonton"),
        body="""Hi Parveen,

Thanks for sending over your resume for the Protection & Controls Engineer opening. I'd like to meet in person for an interview. When are you free next week? I'm around Tuesday through Thursday, anytime after 10.

Wes Kowalchuk
Engineering Manager, Prairie Wind Power
""",
        label=note("Hiring manager asks when the user is free; nothing booked."),
    )
)

add(
    mail(
        COLTON,
        "paradox-pick-a-time-cactus-grocers",
        "scheduling_request",
        frm=("Sol at Cactus Grocers", "sol@paradox.ai"),
        subject="Pick your interview time - Cactus Grocers",
        date=dh("2027-03-27 17:02:00", "America/Phoenix"),
        body="""Hi Colton! It's Sol from Cactus Grocers. 👋

Great news - you've been selected for an interview for Assistant Store Manager! Which of these times works best?

1) Mon 3/29 at 9:00 AM
2) Mon 3/29 at 2:00 PM
3) Tue 3/30 at 11:00 AM

Reply with 1, 2 or 3 and I'll lock it in.
""",
        label=note("Assistant offers three numbered slots; none chosen."),
    )
)
