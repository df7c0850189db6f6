"""Precision round 5: everyday non-interview mail with interview-like signs, and neighbours.

Every probe was written from scratch as a job seeker's inbox holds it: press and podcast
interviews of the user, research sessions, admissions, visas, viewings, appointments, the
user's own job's meetings, friends and family writing about the user's interview, travel
bookings for an interview trip, and more. None may be an interview (or its cancellation):
a false interview means a thank-you mailed to a stranger in the user's name. The positive
neighbours are real job interviews in the same shapes, which must stay interviews at the
stated time.
"""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

import pytest

from daemon.understand import Context, Kind, understand

from .messages import mail, vevent_calendar

NY = ZoneInfo("America/New_York")
P: list[tuple[str, dict[str, Any]]] = []
Q: list[tuple[str, str, dict[str, Any]]] = []


def p(id: str, sender: str, subject: str, body: str, **kw: Any) -> None:
    P.append((id, dict(sender=sender, subject=subject, body=body, **kw)))


def q(id: str, sender: str, subject: str, body: str, want_start: str, **kw: Any) -> None:
    Q.append((id, want_start, dict(sender=sender, subject=subject, body=body, **kw)))


# --- journalism / podcast
p(
    "press1",
    "Hana Duarte <hana@cityledger.example>",
    "Interview for our Sunday profile",
    "Hi Alex,\n\nThanks for agreeing to speak with me for the Sunday profile on career changers. "
    "Our interview is confirmed for Thursday 3/5 at 11am by phone - I'll call you on the number you gave.\n\n"
    "It should take about 30 minutes.\n\nBest,\nHana Duarte\nReporter, The City Ledger",
)
p(
    "pod1",
    "Marco Ruiz <marco@thebuildcast.example>",
    "You're booked on The Buildcast!",
    "Hey Alex,\n\nYou're confirmed as a guest on The Buildcast. Recording: Wednesday March 11 at 2:00 PM ET "
    "over Riverside (link below). We'll chat for 45 minutes about your move from teaching into data.\n\n"
    "https://riverside.fm/studio/buildcast\n\nCheers,\nMarco",
)
p(
    "pod2",
    "Lena Fisch <lena@careercast.example>",
    "Re: guest spot",
    "Great - so Tuesday at 4pm it is for the interview. It's an episode on job hunting in 2026, "
    "so expect questions about your interviews and applications.\n\nLena\nHost, CareerCast",
    headers={"In-Reply-To": "<x1@careercast.example>"},
)
p(
    "student_news",
    "Ola Berg <oberg@campusnews.example>",
    "Quick interview for the alumni newsletter",
    "Hi Alex, I'm writing a short piece for the alumni newsletter about graduates working in analytics. "
    "Could we do the interview on Friday 3/6 at 10:00? Confirmed on my side if that works.\nOla",
)
# --- user research
p(
    "ux1",
    "Research at Finlo <research@finlo.example>",
    "Your research session is confirmed",
    "Hi Alex,\n\nThanks for signing up! Your 60-minute user interview with our product team is confirmed "
    "for Tuesday, March 10 at 1:00 PM EST on Zoom. You'll receive a $75 gift card as a thank you.\n\n"
    "Join: https://zoom.us/j/99887766\n\nThe Finlo Research Team",
)
p(
    "ux2",
    "Priya Nair <priya@dovetail-labs.example>",
    "Usability study - Thursday 2pm",
    "Hi Alex, confirming your usability session this Thursday at 2pm. Our researcher Tom Bell will walk "
    "you through a prototype of our checkout. Incentive: $50.\nPriya, UX Research Ops",
)
p(
    "ux3",
    "User Interviews <noreply@userinterviews.example>",
    "Session confirmed: Study on remote work tools",
    "You're confirmed!\n\nStudy: Remote work tools interview\nWhen: Wed, Mar 4, 2026 3:00 PM - 3:45 PM EST\n"
    "Researcher: Jamie Cole\nIncentive: $60\n",
)
# --- academic
p(
    "phd1",
    "Prof. Irene Walsh <i.walsh@uni-example.edu>",
    "PhD interview - Computational Biology",
    "Dear Alex,\n\nThank you for your application to the PhD programme in Computational Biology. "
    "We are pleased to invite you to an interview on Monday 9 March at 14:00 GMT via Teams. "
    "The panel will consist of myself and Dr. Ken Abe.\n\nBest wishes,\nIrene Walsh\nDirector of Graduate Studies",
)
p(
    "mba1",
    "Admissions Office <admissions@stoneridge-business.example>",
    "Your MBA admissions interview is confirmed",
    "Dear Alex,\n\nYour admissions interview for the Full-Time MBA is confirmed for Thursday, March 12 at 9:30 AM. "
    "Your interviewer will be an alumnus, Daniel Price.\n\nAdmissions Committee",
)
p(
    "school1",
    "Riverside Prep <office@riversideprep.example>",
    "Student interview - Maya Morgan",
    "Dear Mr. Morgan,\n\nWe are pleased to confirm Maya's entrance interview on Friday 3/13 at 10:00 am. "
    "Please arrive 15 minutes early with Maya at the main office.\n\nAdmissions",
)
p(
    "schol1",
    "Fulbrite Foundation <scholarships@fulbrite.example>",
    "Scholarship interview invitation",
    "Congratulations! You have been shortlisted for the 2026 Leaders Scholarship. Your interview with the "
    "selection panel is scheduled for March 16 at 3 PM. Please confirm your attendance.",
)
p(
    "postdoc_seminar",
    "Dr. Ana Lima <ana.lima@uni-example.edu>",
    "Your talk at our lab seminar",
    "Hi Alex, just confirming your talk at our lab seminar on Thursday at 4pm, room 2.14. "
    "Afterwards a few students would love to chat with you about your research.",
)
# --- visa / immigration
p(
    "visa1",
    "US Embassy Appointments <noreply@ais.usvisa-info.example>",
    "Appointment confirmation",
    "Your visa interview appointment is confirmed.\n\nConsular Section: London\nDate: 12 March 2026\nTime: 08:15\n"
    "Please bring your passport and DS-160 confirmation page.",
)
p(
    "visa2",
    "Immigration Services <notices@uscis-example.gov>",
    "Interview Notice - Form I-485",
    "You are hereby scheduled for an interview for your application for adjustment of status. "
    "Date: 03/18/2026 Time: 10:20 AM. Location: Field Office, 26 Federal Plaza.",
)
p(
    "citizen1",
    "Bureau des étrangers <rdv@prefecture-example.fr>",
    "Confirmation de votre rendez-vous",
    "Bonjour,\n\nVotre entretien d'assimilation pour la naturalisation est confirmé le mardi 10 mars 2026 à 09h30. "
    "Merci de vous présenter avec votre convocation.\n\nLa Préfecture",
)
p(
    "visa_de",
    "Deutsche Botschaft <termin@botschaft-example.de>",
    "Terminbestätigung Visumantrag",
    "Sehr geehrte Frau Morgan,\n\nIhr Termin zur Vorsprache (Visumsinterview) ist am Dienstag, 10.03.2026 um 09:00 Uhr bestätigt. "
    "Bitte bringen Sie alle Unterlagen mit.",
)
# --- tenancy
p(
    "flat1",
    "Jonas Weber <jonas.weber@gmail.com>",
    "Re: Room in Kreuzberg flat share",
    "Hi Alex, great to hear from you! We'd love to meet you - could you come for a flat interview "
    "(WG-Casting, haha) on Wednesday at 7pm? Confirmed with the others.\nJonas",
    headers={"In-Reply-To": "<r1@gmail.com>"},
)
p(
    "viewing1",
    "Oakwood Lettings <viewings@oakwoodlettings.example>",
    "Viewing confirmed: 14 Elm Road",
    "Dear Alex,\n\nYour viewing of 14 Elm Road is confirmed for Saturday 7 March at 11:30am. "
    "Our negotiator Sarah Kent will meet you at the property.\n\nOakwood Lettings",
)
p(
    "landlord",
    "Peter Hall <peter.hall@outlook.com>",
    "Tenant interview",
    "Hi Alex, thanks for your application for the flat. I like to meet potential tenants in person - "
    "shall we say Thursday 6pm at the flat? See you then.\nPeter",
)
# --- medical/car
p(
    "dentist",
    "Bright Smile Dental <appointments@brightsmile.example>",
    "Appointment reminder",
    "Hi Alex, this is a reminder of your appointment with Dr. Patel on Tuesday, March 10 at 9:00 AM. "
    "Reply C to confirm.",
)
p(
    "vet",
    "Paws Vet Clinic <hello@pawsvet.example>",
    "Booking confirmed for Biscuit",
    "Your booking for Biscuit's vaccination is confirmed: Wednesday 3/11 at 5:15pm with Dr. Ellen Ma.",
)
p(
    "car",
    "QuickFit Garage <bookings@quickfit.example>",
    "MOT booking confirmation",
    "Your MOT is booked for Friday 6 March at 08:00. Please drop the car off 10 minutes early.",
)
p(
    "gp_de",
    "Praxis Dr. Keller <praxis@keller-example.de>",
    "Terminbestätigung",
    "Guten Tag, Ihr Termin für das Erstgespräch ist am Montag, 9. März um 10:30 Uhr bestätigt. Praxis Dr. Keller",
)
# --- own job
p(
    "oneonone",
    "Dana Cho <dana.cho@currentjob.example>",
    "1:1 this week",
    "Hi Alex, moving our 1:1 to Thursday at 3pm this week - I have a conflict. Let's talk about your goals for Q2.\nDana",
)
p(
    "perfreview",
    "HR Team <hr@currentjob.example>",
    "Your annual performance review is scheduled",
    "Hi Alex,\n\nYour annual performance review with Dana Cho is scheduled for Tuesday, March 10 at 2:00 PM in Room 4B. "
    "Please complete your self-assessment beforehand.\n\nPeople Team",
)
p(
    "exit",
    "HR Team <hr@currentjob.example>",
    "Exit interview",
    "Hi Alex, as part of your offboarding we'd like to schedule an exit interview. "
    "It is confirmed for Friday 3/13 at 11am with Maria from HR.",
)
p(
    "interviewer1",
    "Recruiting <recruiting@currentjob.example>",
    "Interview schedule: candidate Sam Roe",
    "Hi Alex,\n\nThanks for helping with interviews! You're on the panel for Sam Roe (Senior Backend Engineer) on "
    "Wednesday 3/4 at 1:00 PM. Please submit your scorecard in Greenhouse within 24 hours.\n\nRecruiting team",
)
p(
    "interviewer2",
    "Kim Lo <kim.lo@currentjob.example>",
    "Can you interview a candidate Thursday?",
    "Hey Alex, could you do the technical interview for our Data Analyst candidate on Thursday at 10am? "
    "I've sent the invite. Thanks!\nKim",
)
p(
    "hiringcmte",
    "Talent Team <talent@currentjob.example>",
    "Hiring committee - Thursday 4pm",
    "Hi Alex, you're invited to the hiring committee for the Product Manager role on Thursday at 4pm. "
    "We'll review the interview feedback for three finalists.",
)
p(
    "allhands",
    "Office of the CEO <ceo-office@currentjob.example>",
    "All hands: Friday 10am",
    "Team, our quarterly all-hands is on Friday at 10am in the atrium. We'll cover hiring plans and the new offices.",
)
# --- training / webinars
p(
    "webinar1",
    "Career Boost <events@careerboost.example>",
    "You're registered: Ace Your Interview webinar",
    'Hi Alex,\n\nYou\'re registered for "Ace Your Next Interview" on Thursday, March 5 at 12:00 PM ET. '
    "Join from this link: https://zoom.us/w/123\n\nSee you there!",
)
p(
    "course1",
    "Data Academy <courses@dataacademy.example>",
    "Your SQL course starts Monday",
    "Welcome Alex! Your first live session is Monday 3/9 at 6pm with instructor Raj Mehta. "
    "The course will prepare you for technical interviews.",
)
p(
    "fair1",
    "City Career Fair <info@citycareerfair.example>",
    "Your ticket for the Spring Career Fair",
    "You're confirmed for the Spring Career Fair on Tuesday 3/17 from 10am to 3pm. 40+ employers will hold "
    "on-the-spot interviews.",
)
# --- mock interviews / coaches
p(
    "mock1",
    "Coach Beth <beth@careercoach.example>",
    "Mock interview Thursday",
    "Hi Alex, confirming our mock interview on Thursday at 6pm on Zoom. I'll play the hiring manager for the "
    "product role you're going for. Bring your STAR stories!\nBeth",
)
p(
    "mock2",
    "Sam Lee <sam.lee@gmail.com>",
    "practice interview",
    "hey! happy to do a practice interview with you before the real one. tomorrow at 8pm works, I'll call you.",
)
p(
    "prep_news",
    "Interview Kickstart <newsletter@ikick.example>",
    "This week: 5 questions every interviewer asks",
    "Your interview is on Thursday at 2pm? Here's how to prepare in 48 hours.\n\nRead more...\n\n"
    "Unsubscribe | Manage preferences",
)
# --- friends / family
p(
    "friend1",
    "Mum <jane.morgan@gmail.com>",
    "good luck!",
    "Good luck at your interview Thursday 2pm darling! Call me after. Love, Mum",
)
p(
    "friend2",
    "Tom Reid <tom.reid@gmail.com>",
    "lift",
    "I'll drive you to the interview at 9 tomorrow, pick you up at 8:15. Don't be late lol",
)
p(
    "friend3",
    "Tom Reid <tom.reid@gmail.com>",
    "Re: big day",
    "Booked a table at Luigi's for 7:30pm Friday to celebrate your interview - win or lose!",
    headers={"In-Reply-To": "<q2@gmail.com>"},
)
p(
    "parent_reception",
    "Dad <rob.morgan@gmail.com>",
    "Friday",
    "Hi love, I'm at the clinic on Friday for my scan. Ask for me at reception, Friday at 1pm, and we can get lunch after. Dad",
)
p(
    "sister",
    "Jess Morgan <jess.morgan@gmail.com>",
    "Re: interview!!",
    "OMG so exciting that they confirmed your interview for Wednesday at 10! I'll keep my phone on. x",
    headers={"In-Reply-To": "<q3@gmail.com>"},
)
p(
    "friend_own",
    "Priya Shah <priya.shah@gmail.com>",
    "my interview",
    "Guess what, I got an interview at Stripe! It's confirmed for Monday at 11am. Any tips?? Priya",
)
# --- travel / hotel / restaurant
p(
    "flight1",
    "Delta <noreply@delta-example.com>",
    "Your trip confirmation - NYC to CHI",
    "Alex Morgan, your flight is confirmed.\n\nFlight DL 1234\nDepart: Wed, Mar 11, 2026 7:05 AM New York (LGA)\n"
    "Arrive: 8:40 AM Chicago (ORD)\nConfirmation: ABC123\n\nTrip purpose: Interview at Northwind",
)
p(
    "flight2",
    "Travel Desk <travel@northwind-talent.example>",
    "Travel itinerary for your onsite interview",
    "Hi Alex,\n\nHere is your itinerary for your visit to Northwind.\n\nFlight: UA 455, departs Tuesday 3/10 at 6:00 PM from EWR, "
    "arrives 7:45 PM ORD.\nHotel: Hilton Garden Inn, check-in 3/10.\nReturn: UA 460, Wednesday 3/11 at 8:15 PM.\n\n"
    "Your interview details will follow from your recruiter.\n\nNorthwind Travel Desk",
)
p(
    "hotel1",
    "Booking.com <noreply@booking-example.com>",
    "Booking confirmed: Hotel Aria",
    "Your booking is confirmed! Check-in: Tuesday, March 10 from 3:00 PM. Check-out: Wednesday, March 11 until 11:00 AM.",
)
p(
    "restaurant1",
    "OpenTable <reservations@opentable-example.com>",
    "Reservation confirmed at The Grill",
    "Your reservation at The Grill for 2 people on Friday, March 6 at 7:30 PM is confirmed.",
)
p(
    "uber",
    "Lyft <no-reply@lyft-example.com>",
    "Your scheduled ride",
    "Your ride is scheduled for Wed, Mar 11 at 8:00 AM from 221 W 4th St to 500 Market St (interview?). Driver will be assigned 10 min before.",
)
# --- misc appointments
p(
    "volunteer1",
    "Green City Volunteers <volunteer@greencity.example>",
    "Volunteer induction confirmed",
    "Hi Alex, thanks for applying to volunteer with us! Your induction and a short chat with our coordinator "
    "is confirmed for Saturday 3/7 at 10am.",
)
p(
    "tryout",
    "Hawks FC <coach@hawksfc.example>",
    "Trials this Saturday",
    "Hi Alex, you're confirmed for the first-team trial on Saturday at 9am. Bring boots and shin pads.",
)
p(
    "audition",
    "Northlight Theatre <casting@northlight.example>",
    "Audition confirmation",
    "Dear Alex, your audition for 'The Seagull' is confirmed for Monday 3/9 at 2:30pm. Please prepare a 2-minute monologue.",
)
p(
    "jury",
    "Jury Services <jury@courts-example.gov>",
    "Jury summons - reporting instructions",
    "You are summoned to report for jury service on Monday, March 16, 2026 at 8:30 AM.",
)
p(
    "police",
    "DC Harper <k.harper@police-example.gov.uk>",
    "Witness statement",
    "Dear Alex, thank you for reporting the incident. I'd like to interview you as a witness - "
    "confirmed for Tuesday 10 March at 2pm at the station. Ask for me at reception.",
)
p(
    "bank",
    "First Bank <appointments@firstbank.example>",
    "Your mortgage appointment",
    "Your mortgage appointment with advisor Lucy Grant is confirmed for Thursday, March 12 at 4:00 PM at our High St branch.",
)
p(
    "bank_interview",
    "Northshire Building Society <mortgages@northshire.example>",
    "Mortgage interview booked",
    "Dear Alex, your mortgage interview is booked for Monday 9 March at 17:00 by video call. "
    "Your adviser will go through your income and employment details.",
)
# --- recruiter marketing / assessments / onboarding
p(
    "recruiter_webinar",
    "Ana from TalentBridge <ana@talentbridge.example>",
    "We're hiring: join our info session",
    "Hi Alex,\n\nWe're hiring 20 engineers! Join our virtual info session on Thursday March 5 at 5pm ET to meet the team "
    "and learn about our interview process. Register here: https://talentbridge.example/rsvp",
)
p(
    "assess1",
    "HireVue <noreply@hirevue-example.com>",
    "Complete your assessment",
    "Hi Alex, please complete your online assessment for the Graduate Analyst role by Friday, March 6 at 11:59 PM.",
)
p(
    "bgcheck",
    "Checkr <noreply@checkr-example.com>",
    "Background check started",
    "Hi Alex, Northwind has started your background check following your offer. Please submit your information "
    "by Thursday 3/5 at 5pm.",
)
p(
    "onboard1",
    "Northwind People <people@northwind.example>",
    "Welcome aboard! Your first day",
    "Hi Alex,\n\nCongratulations again on your offer! Your first day is Monday March 16 at 9:00 AM. "
    "Please ask for Jo Park at reception. Your orientation meeting is at 10am.",
)
p(
    "cc_colleague",
    "Rae Kim <rae.kim@acme-hr.example>",
    "Interview confirmation - Jordan Blake",
    "Hi Jordan,\n\nYour interview for the Marketing Manager role is confirmed for Wednesday, March 4 at 3:00 PM "
    "with Ben Ortiz.\n\nBest,\nRae",
    to="Jordan Blake <jordan.blake@gmail.com>",
    headers={"Cc": "Alex Morgan <alex.morgan@gmail.com>"},
)
# --- calendar invites
ICS_FRIEND = vevent_calendar(
    summary="Interview prep with Sam",
    start="20260305T230000Z",
    end="20260306T000000Z",
    organizer="mailto:sam.lee@gmail.com",
    organizer_cn="Sam Lee",
    attendees=(("Alex Morgan", "alex.morgan@gmail.com"),),
)
p(
    "ics_prep",
    "Sam Lee <sam.lee@gmail.com>",
    "Invitation: Interview prep with Sam @ Thu Mar 5, 6pm",
    "Sam Lee has invited you to an event.\nInterview prep with Sam\nThu Mar 5, 2026 6pm - 7pm",
    ics=ICS_FRIEND,
)
ICS_PERF = vevent_calendar(
    summary="Alex / Dana - performance review",
    start="20260310T190000Z",
    end="20260310T200000Z",
    organizer="mailto:dana.cho@currentjob.example",
    organizer_cn="Dana Cho",
    attendees=(("Alex Morgan", "alex.morgan@gmail.com"),),
)
p(
    "ics_perf",
    "Dana Cho <dana.cho@currentjob.example>",
    "Invitation: Alex / Dana - performance review",
    "Performance review",
    ics=ICS_PERF,
)
ICS_PANEL = vevent_calendar(
    summary="Interview: Sam Roe - Backend Engineer (Panel)",
    start="20260304T180000Z",
    end="20260304T190000Z",
    organizer="mailto:recruiting@currentjob.example",
    organizer_cn="Recruiting",
    attendees=(("Alex Morgan", "alex.morgan@gmail.com"), ("Sam Roe", "sam.roe@gmail.com")),
    description="You have been added as an interviewer. Please review the candidate's resume and submit feedback.",
)
p(
    "ics_panel",
    "Recruiting <recruiting@currentjob.example>",
    "Invitation: Interview: Sam Roe - Backend Engineer (Panel)",
    "You have been invited to the following event.",
    ics=ICS_PANEL,
)
ICS_POD = vevent_calendar(
    summary="Podcast interview - The Buildcast",
    start="20260311T190000Z",
    end="20260311T194500Z",
    organizer="mailto:marco@thebuildcast.example",
    organizer_cn="Marco Ruiz",
    attendees=(("Alex Morgan", "alex.morgan@gmail.com"),),
)
p(
    "ics_pod",
    "Marco Ruiz <marco@thebuildcast.example>",
    "Invitation: Podcast interview - The Buildcast",
    "Looking forward to recording!",
    ics=ICS_POD,
)
ICS_UX = vevent_calendar(
    summary="Customer interview: Finlo x Alex",
    start="20260310T180000Z",
    end="20260310T190000Z",
    organizer="mailto:research@finlo.example",
    organizer_cn="Finlo Research",
    attendees=(("Alex Morgan", "alex.morgan@gmail.com"),),
    description="Thanks for helping us improve Finlo! We'll ask about how you budget. $75 gift card.",
)
p(
    "ics_ux",
    "Finlo Research <research@finlo.example>",
    "Invitation: Customer interview: Finlo x Alex",
    "Invitation from Google Calendar",
    ics=ICS_UX,
)
ICS_VISA = vevent_calendar(
    summary="Visa interview - US Consulate",
    start="20260312T081500Z",
    end="20260312T091500Z",
    organizer="mailto:alex.morgan@gmail.com",
    organizer_cn="Alex Morgan",
)
p(
    "ics_self_visa",
    "Alex Morgan <alex.morgan@gmail.com>",
    "Invitation: Visa interview - US Consulate",
    "",
    ics=ICS_VISA,
    to="Alex Morgan <alex.morgan@gmail.com>",
)
ICS_FLIGHT = vevent_calendar(
    summary="Flight to Chicago (UA 455) - interview trip",
    start="20260310T230000Z",
    end="20260311T004500Z",
    organizer="mailto:travel@northwind-talent.example",
    organizer_cn="Northwind Travel",
    method="PUBLISH",
)
p(
    "ics_flight",
    "Northwind Travel <travel@northwind-talent.example>",
    "Your flight for the onsite interview",
    "Attached is your flight. Your interview schedule will follow.",
    ics=ICS_FLIGHT,
)
# --- replies with quotes
p(
    "reply_friend_q",
    "Tom Reid <tom.reid@gmail.com>",
    "Re: Thursday",
    "Sounds good, see you at 6pm Thursday for drinks after your interview!\n\n"
    "On Mon, Mar 2, 2026 at 9:00 AM Alex Morgan <alex.morgan@gmail.com> wrote:\n"
    "> My interview at Acme is at 2pm Thursday, want to grab a drink after?\n",
    headers={"In-Reply-To": "<q4@gmail.com>"},
)
p(
    "reply_coach",
    "Beth <beth@careercoach.example>",
    "Re: prep session",
    "Perfect, Wednesday at 7pm works for our prep session before your final interview.\n\n"
    "On Mon, Mar 2, 2026 at 9:00 AM Alex Morgan <alex.morgan@gmail.com> wrote:\n"
    "> Hi Beth, I got the final interview with Acme on Friday! Can we do a prep session Wednesday 7pm?\n",
    headers={"In-Reply-To": "<q5@careercoach.example>"},
)
p(
    "ref_call",
    "Mark Olsen <mark.olsen@oldjob.example>",
    "Re: reference",
    "Happy to be your reference! Acme's recruiter is calling me Thursday at 3pm about your interview.\nMark",
    headers={"In-Reply-To": "<q6@oldjob.example>"},
)
p(
    "reference_check",
    "Referee Team <refs@acme-hr.example>",
    "Reference call scheduled",
    "Hi Alex, we've scheduled the reference call with your referee Mark Olsen for Thursday 3/5 at 3pm. No action needed from you.",
)
# --- de/fr/es
p(
    "de_friend",
    "Lena Vogel <lena.vogel@gmx.de>",
    "Viel Glück!",
    "Hallo Alex, viel Glück für dein Vorstellungsgespräch am Donnerstag um 14 Uhr! Ruf mich danach an. Lena",
)
p(
    "de_podcast",
    "Jan Richter <jan@techpodcast-example.de>",
    "Podcast-Interview",
    "Hallo Alex, danke für die Zusage! Unser Interview für den Podcast ist am Mittwoch, 11.03. um 15 Uhr bestätigt.",
)
p(
    "de_mitarbeiter",
    "Personalabteilung <personal@currentjob-example.de>",
    "Mitarbeitergespräch",
    "Hallo Alex, dein jährliches Mitarbeitergespräch mit Frau Schulz ist am Dienstag, 10.03. um 10 Uhr bestätigt.",
)
p(
    "fr_journal",
    "Claire Martin <claire.martin@lejournal-example.fr>",
    "Interview pour notre article",
    "Bonjour Alex,\n\nMerci d'avoir accepté cette interview pour notre article sur la reconversion. "
    "Je vous confirme notre rendez-vous jeudi 5 mars à 11h par téléphone.\n\nClaire Martin, journaliste",
)
p(
    "fr_amie",
    "Julie <julie.b@gmail.com>",
    "Bonne chance !",
    "Coucou ! Bonne chance pour ton entretien jeudi à 14h, tu vas assurer ! Bisous",
)
p(
    "fr_banque",
    "Banque du Centre <rdv@banquecentre-example.fr>",
    "Confirmation de rendez-vous",
    "Bonjour, votre entretien avec votre conseiller pour votre prêt immobilier est confirmé le lundi 9 mars à 17h00.",
)
p(
    "es_amigo",
    "Carlos <carlos.r@gmail.com>",
    "suerte!!",
    "¡Mucha suerte en tu entrevista del jueves a las 10! Luego me cuentas. Abrazo",
)
p(
    "es_master",
    "Admisiones <admisiones@universidad-example.es>",
    "Entrevista de admisión - Máster",
    "Estimado Alex, le confirmamos su entrevista de admisión al Máster en Ciencia de Datos el martes 10 de marzo a las 16:00.",
)
p(
    "es_medico",
    "Clínica Sol <citas@clinicasol.example>",
    "Confirmación de cita",
    "Su cita con la Dra. López está confirmada para el miércoles 11 de marzo a las 9:30.",
)
p(
    "es_radio",
    "Radio Norte <produccion@radionorte.example>",
    "Entrevista en el programa",
    "Hola Alex, te confirmamos la entrevista en directo en nuestro programa el jueves a las 18:00. Te llamaremos al móvil.",
)
# --- more tricky ones
p(
    "coffee_chat_network",
    "Nina Park <nina.park@bigco.example>",
    "Re: coffee chat",
    "Hi Alex, happy to share my experience at BigCo! Coffee chat confirmed for Friday at 9am at Blue Bottle. "
    "Just an informal chat, I'm not involved in hiring.\nNina",
    headers={"In-Reply-To": "<q7@bigco.example>"},
)
p(
    "informational",
    "Greg Holt <greg.holt@consultco.example>",
    "Informational interview",
    "Hi Alex, glad to do an informational interview to tell you about consulting careers. "
    "Tuesday at 12:30 works - I'll call you.\nGreg",
)
p(
    "candidate_side_user_hiring",
    "Sam Roe <sam.roe@gmail.com>",
    "Re: Backend Engineer interview",
    "Hi Alex, thanks for the invite, confirming Wednesday at 1pm for the interview. Looking forward to meeting the team.\nSam",
    headers={"In-Reply-To": "<q8@gmail.com>"},
)
p(
    "nanny",
    "Claire Dunn <claire.dunn@gmail.com>",
    "Nanny interview",
    "Hi Alex, thanks for getting back to me about the nanny position for your kids. I can come for the interview "
    "on Saturday at 10am. See you then! Claire",
)
p(
    "cleaner",
    "Sparkle Cleaners <bookings@sparkle.example>",
    "Cleaning booked",
    "Your home cleaning is booked for Thursday 3/5 at 8am. Our cleaner Ana will arrive between 8 and 8:30.",
)
p(
    "wedding",
    "Kate & Ben <kateandben@gmail.com>",
    "Rehearsal dinner",
    "Hi all! The rehearsal dinner is Friday at 6:30pm at The Oak Room. Dress code: smart casual.",
)
p(
    "gym",
    "FitHub <noreply@fithub.example>",
    "Personal training session confirmed",
    "Your intro session with trainer Mike is confirmed for Tuesday, March 3 at 7:00 AM.",
)
p(
    "therapy",
    "Dr. Ruth Kay <ruth.kay@therapy.example>",
    "Our session",
    "Hi Alex, confirming our initial consultation on Thursday at 5pm. The intake interview takes about an hour.",
)
p(
    "census",
    "Household Survey <survey@stats-example.gov>",
    "Your survey interview appointment",
    "Thank you for taking part in the Labour Force Survey. Your telephone interview is scheduled for Wednesday 3/4 at 6:00 PM. "
    "The interviewer will ask about your employment status.",
)
p(
    "research_study",
    "Sleep Lab <sleeplab@uni-example.edu>",
    "Study visit confirmed",
    "Dear Alex, thank you for volunteering for our sleep study. Your screening interview is confirmed for Monday 9 March at 10am in the Psychology building.",
)
p(
    "alumni_interview",
    "Alumni Office <alumni@college-example.edu>",
    "You're confirmed as an alumni interviewer",
    "Hi Alex, thank you for volunteering to interview applicants! Your first applicant interview is Saturday 3/7 at 11am with "
    "a student named Lily Chen.",
)
p(
    "journalist_about_hiring",
    "Eva Stone <eva@hrweekly.example>",
    "Interview about your hiring experience",
    "Hi Alex, I'm writing a feature for HR Weekly about candidate experience and job interviews. "
    "Our interview is confirmed for Tuesday at 11am. I'll ask about your recent job applications.\nEva Stone, Staff Writer",
)
p(
    "recruiter_newsletter",
    "Hays Digest <digest@hays-example.com>",
    "Your weekly jobs digest",
    "New roles matching 'data analyst'.\nFeatured event: Interview masterclass, Thursday 3/5 at 6pm.\n\nUnsubscribe",
)
p(
    "rejection_with_time",
    "Acme Careers <careers@acme.example>",
    "Your application",
    "Hi Alex, thank you for interviewing with us on Monday at 2pm. Unfortunately we have decided to move forward with other candidates.",
)
p(
    "job_offer_call",
    "Rae Kim <rae.kim@acme.example>",
    "Offer call",
    "Hi Alex, great news - we'd like to make you an offer! Can we set up a call Thursday at 2pm to go through the details?",
)
p(
    "moving_day",
    "Move Co <bookings@moveco.example>",
    "Your move is confirmed",
    "Your move is confirmed for Saturday 3/14 at 8am. Our team lead Rob will call 30 minutes before arriving.",
)
p(
    "parent_teacher",
    "Ms. Green <m.green@school-example.org>",
    "Parent-teacher meeting",
    "Dear Mr. Morgan, your parent-teacher meeting about Maya is confirmed for Thursday at 4:15pm in room 12.",
)
p(
    "council",
    "City Housing <housing@city-example.gov>",
    "Housing assessment interview",
    "Dear Alex, your housing needs assessment interview is booked for Wednesday 11 March at 10:00 at the Civic Centre.",
)
p(
    "benefits",
    "Jobcentre <noreply@jobcentre-example.gov.uk>",
    "Your work search review",
    "Your appointment with your work coach is on Tuesday 10 March at 11:20am. This is to review your job search. "
    "If you do not attend your payments may be affected.",
)
p(
    "recruiter_user_hires",
    "Alex Morgan <alex.morgan@gmail.com>",
    "Interview confirmed",
    "Hi Sam, confirming your interview with me on Wednesday at 1pm.\nAlex",
    to="Sam Roe <sam.roe@gmail.com>",
)
p(
    "dinner_with_recruiter_friend",
    "Jo Park <jo.park@gmail.com>",
    "dinner thurs?",
    "Hey! Dinner Thursday at 8pm? I want to hear all about the interviews you've been doing. Jo",
)
p(
    "charity_interview",
    "Hope Trust <trustees@hopetrust.example>",
    "Trustee role - meeting",
    "Dear Alex, thank you for your interest in joining our board as a volunteer trustee. We'd like to invite you to an "
    "informal interview on Tuesday 10 March at 6pm. This is an unpaid role.",
)


# --- after an offer, forwards, events, other languages
p(
    "premed",
    "Occupational Health <oh@northwind.example>",
    "Pre-employment medical appointment",
    "Dear Alex,\n\nFollowing your offer for the Data Engineer role, your pre-employment medical assessment is booked for Tuesday 3/10 at 9:00 AM "
    "with nurse Joan Lee at our Leeds office.\n\nOccupational Health",
)
p(
    "drugtest",
    "Acme Onboarding <onboarding@acme.example>",
    "Drug screening appointment",
    "Hi Alex,\n\nCongratulations on your offer! Your drug screening is scheduled for Thursday 3/5 at 8:00 AM at the Quest lab on Main St. "
    "Bring photo ID.\n\nAcme People Team",
)
p(
    "rtw",
    "Lisa Grant <lisa.grant@northwind.example>",
    "Right to work check",
    "Hi Alex,\n\nAs you start with us on March 16, please join a short right-to-work check video call on Monday 3/9 at 10am with me. "
    "Please have your passport ready.\n\nLisa Grant\nHR Coordinator",
)
p(
    "meet_manager",
    "Lisa Grant <lisa.grant@northwind.example>",
    "Welcome - intro call with your manager",
    "Hi Alex,\n\nWe're thrilled you accepted our offer! Your new manager, Ben Ode, would like an informal intro call on Friday 3/6 at 2pm "
    "before your start date.\n\nLisa Grant\nPeople Team",
)
p(
    "contract_sign",
    "Lisa Grant <lisa.grant@northwind.example>",
    "Contract signing",
    "Hi Alex, as agreed after your final interview, please come in on Thursday 3/5 at 4pm to sign your employment contract. Ask for me at reception.\nLisa",
)
p(
    "orientation_ics",
    "Northwind People <people@northwind.example>",
    "Invitation: New hire orientation",
    "Welcome to Northwind!",
    ics=vevent_calendar(
        summary="New hire orientation - Alex Morgan",
        start="20260316T130000Z",
        end="20260316T160000Z",
        organizer="mailto:people@northwind.example",
        organizer_cn="Northwind People",
        attendees=(("Alex Morgan", "alex.morgan@gmail.com"),),
    ),
)
p(
    "careers_appt",
    "University Careers <careers@uni-example.edu>",
    "Your careers appointment",
    "Dear Alex,\n\nYour careers appointment with adviser Jo Banks is confirmed for Tuesday 10 March at 11:00. We'll review your CV and talk about "
    "your job search.\n\nCareers Service",
)
p(
    "mentor",
    "Nina Park <nina.park@bigco.example>",
    "Mentoring session",
    "Hi Alex, looking forward to our mentoring session on Thursday at 5pm. Bring your questions about job applications and interviews!\nNina",
)
p(
    "fwd_friend_invite",
    "Priya Shah <priya.shah@gmail.com>",
    "Fwd: Interview invitation",
    "Can you look at this? What should I wear?? x\n\n---------- Forwarded message ---------\nFrom: Acme Talent <talent@acme.example>\n"
    "Date: Mon, Mar 2, 2026 at 10:00 AM\nSubject: Interview invitation\nTo: Priya Shah <priya.shah@gmail.com>\n\n"
    "Dear Priya,\n\nWe'd like to invite you to an interview for the Analyst role on Thursday 3/5 at 2pm with Jane Roe.\n\nAcme Talent\n",
)
p(
    "cover_interview",
    "Kim Lo <kim.lo@currentjob.example>",
    "can you cover?",
    "Hey Alex, can you cover my interview with a candidate at 3pm Thursday? It's for the Data Analyst role, resume attached. Thanks!\nKim",
)
p(
    "open_day",
    "Acme Careers <events@acme.example>",
    "Join our hiring open day",
    "Hi Alex,\n\nWe're hiring! Join our open day on Saturday 3/14 at 10am - meet the team and take part in on-the-spot interviews for our "
    "Graduate roles.\n\nAcme Careers",
)
p(
    "interview_ama",
    "LinkedIn Events <events@linkedin-example.com>",
    "You're attending: Hiring Manager AMA",
    "You're attending Hiring Manager AMA: how to ace your next interview.\nThursday, March 5, 5:00 PM EST\nHosted by Jobs Club",
)
p(
    "registration_received",
    "Acme Careers <careers@acme.example>",
    "Application received",
    "Hi Alex,\n\nWe received your application for the Analyst role on Monday 3/2 at 3:01 PM. If shortlisted, interviews will be held on Thursday 3/12 at our office.\n\nAcme Careers",
)
p(
    "kitchen_survey",
    "KitchenCo <surveys@kitchenco.example>",
    "Survey appointment confirmed",
    "Dear Alex,\n\nYour home survey is confirmed for Tuesday 3/10 at 8:00 AM. Our surveyor Mark will call you 30 minutes before.\n\nKitchenCo",
)
p(
    "tenant_ref",
    "Lettings Ref <refs@letref.example>",
    "Tenant reference - employment check",
    "Dear Alex,\n\nAs part of your tenancy application we'll call your employer on Thursday 3/5 at 2pm to verify your employment and salary.\n\nLetRef",
)
p(
    "partner_ics",
    "Chris Morgan <chris.morgan@gmail.com>",
    "Invitation: Dinner with the Lees",
    "Dinner!",
    ics=vevent_calendar(
        summary="Dinner with the Lees",
        start="20260306T233000Z",
        end="20260307T013000Z",
        organizer="mailto:chris.morgan@gmail.com",
        organizer_cn="Chris Morgan",
        attendees=(("Alex Morgan", "alex.morgan@gmail.com"),),
    ),
)
p(
    "colleague_candidate_lunch",
    "Kim Lo <kim.lo@currentjob.example>",
    "Lunch with the candidate",
    "Hi Alex, could you take the candidate, Sam Roe, to lunch after her interview on Wednesday at 12:30? Thanks!\nKim",
)
p(
    "reschedule_dentist",
    "Bright Smile Dental <appointments@brightsmile.example>",
    "Your appointment has been rescheduled",
    "Hi Alex, your appointment with Dr. Patel has been moved to Thursday, March 12 at 10:00 AM. Reply C to confirm.",
)
p(
    "cancel_podcast",
    "Marco Ruiz <marco@thebuildcast.example>",
    "Recording cancelled",
    "Hi Alex, sorry - we need to cancel Wednesday's podcast interview, our host is ill. I'll send new times soon.\nMarco",
)
p(
    "cancel_friend",
    "Tom Reid <tom.reid@gmail.com>",
    "dinner off",
    "Hey, need to cancel dinner Friday at 7:30, sorry! Hope the interview goes well though.",
)
p(
    "html_news",
    "The Muse <newsletter@themuse-example.com>",
    "Your interview is Thursday. Now what?",
    "View in browser",
    html="<html><body><h1>Your interview is Thursday at 2pm. Now what?</h1><p>Our 10-step guide to the 48 hours before a job interview.</p>"
    "<p><a href='https://themuse.example/unsub'>Unsubscribe</a></p></body></html>",
    headers={
        "List-Unsubscribe": "<https://themuse.example/unsub>",
        "List-Id": "Muse Weekly <weekly.themuse-example.com>",
    },
)
p(
    "bootcamp_demo",
    "Code Academy <admissions@codeacademy.example>",
    "Your admissions call is booked",
    "Hi Alex, your call with our admissions advisor Jake about the Data Bootcamp is booked for Wednesday 3/4 at 6pm. Financing options available!",
)
p(
    "gov_job_fair",
    "City Jobs <jobs@city-example.gov>",
    "Hiring event: interviews on the spot",
    "Hi Alex,\n\nThe City is hiring bus drivers! Come to our hiring event on Saturday 3/7 at 9am. Interviews will be conducted on the spot. "
    "No appointment needed.\n\nCity Jobs",
)
p(
    "headhunter_refer",
    "Kate Moss <kate@brightrecruit.example>",
    "Know anyone?",
    "Hi Alex, I'm interviewing candidates for a Senior Analyst role on Thursday at 2pm and still have a slot - do you know anyone who'd be a fit?\nKate\nSenior Recruiter",
)
p(
    "de_wg",
    "Lukas Brandt <lukas.brandt@web.de>",
    "WG-Zimmer",
    "Hey Alex, danke für deine Nachricht zum Zimmer! Komm doch zum WG-Casting am Mittwoch um 19 Uhr vorbei. Bis dann, Lukas",
)
p(
    "fr_stage_fac",
    "Scolarité <scolarite@univ-example.fr>",
    "Entretien d'admission en master",
    "Bonjour, votre entretien d'admission en Master 2 est fixé au jeudi 5 mars à 10h00 en salle B204. Cordialement, la scolarité",
)
p(
    "es_piso",
    "Lucía Romero <lucia.romero@gmail.com>",
    "Habitación",
    "¡Hola Alex! Gracias por escribir por la habitación. ¿Te viene bien pasar a conocernos el jueves a las 20:00? Te confirmo la visita. Lucía",
)
p(
    "de_arzt_friend",
    "Mama <mama.morgan@gmx.de>",
    "Donnerstag",
    "Hallo Schatz, ich fahre dich am Donnerstag um 9 Uhr zum Vorstellungsgespräch. Danach gehen wir feiern! Mama",
)
p(
    "fr_parent",
    "Papa <papa.morgan@orange.fr>",
    "Jeudi",
    "Coucou, je t'emmène à ton entretien jeudi à 9h, je passe te prendre à 8h15. Bisous, Papa",
)
p(
    "es_familia",
    "Mamá <mama.r@hotmail.com>",
    "jueves",
    "Hola cariño, te llevo a la entrevista el jueves a las 9. ¡Qué emoción! Besos",
)


# --- calendar invitations, quoted replies, HTML events
U = "On Mon, Mar 2, 2026 at 9:00 AM Alex Morgan <alex.morgan@gmail.com> wrote:\n"


def ics(
    summary: str,
    org: str,
    cn: str,
    desc: str = "",
    start: str = "20260305T190000Z",
    end: str = "20260305T200000Z",
    method: str = "REQUEST",
    att: tuple[tuple[str, str], ...] = (("Alex Morgan", "alex.morgan@gmail.com"),),
) -> str:
    return vevent_calendar(
        summary=summary,
        start=start,
        end=end,
        organizer=f"mailto:{org}",
        organizer_cn=cn,
        attendees=att,
        description=desc,
        method=method,
    )


p(
    "ics_outlook_user_panel",
    "Kim Lo <kim.lo@currentjob.example>",
    "Interview - Jordan Ellis (Staff Engineer)",
    "Hi Alex, adding you to Jordan's onsite loop, system design slot.",
    ics=ics(
        "Interview - Jordan Ellis (Staff Engineer)",
        "kim.lo@currentjob.example",
        "Kim Lo",
        "Jordan Ellis (Staff Engineer candidate). Please review the resume before the session.",
        att=(("Alex Morgan", "alex.morgan@gmail.com"), ("Jordan Ellis", "jordan.ellis@gmail.com")),
    ),
)
p(
    "ics_research",
    "Dovetail Labs <research@dovetail-labs.example>",
    "Invitation: Research interview with Dovetail",
    "You're invited.",
    ics=ics(
        "Research interview with Dovetail",
        "research@dovetail-labs.example",
        "Dovetail Labs",
        "Thanks for taking part in our study! You'll receive a $50 gift card after the session.",
    ),
)
p(
    "ics_exit",
    "HR Team <hr@currentjob.example>",
    "Invitation: Exit interview - Alex Morgan",
    "",
    ics=ics(
        "Exit interview - Alex Morgan",
        "hr@currentjob.example",
        "HR Team",
        "Offboarding conversation",
    ),
)
p(
    "ics_mock",
    "Beth Cole <beth@careercoach.example>",
    "Invitation: Mock interview (Product Manager)",
    "",
    ics=ics(
        "Mock interview (Product Manager)",
        "beth@careercoach.example",
        "Beth Cole",
        "Practice round before your real one.",
    ),
)
p(
    "ics_admissions",
    "MBA Admissions <admissions@stoneridge-business.example>",
    "Invitation: Admissions interview - Alex Morgan",
    "",
    ics=ics(
        "Admissions interview - Alex Morgan",
        "admissions@stoneridge-business.example",
        "MBA Admissions",
        "Full-Time MBA admissions interview with alumnus Daniel Price.",
    ),
)
p(
    "ics_podcast_zoom",
    "Lena Fisch <lena@careercast.example>",
    "Invitation: CareerCast recording w/ Alex",
    "",
    ics=ics(
        "CareerCast recording w/ Alex",
        "lena@careercast.example",
        "Lena Fisch",
        "Episode 42 interview. We'll record on Zoom. https://zoom.us/j/1234",
    ),
)
p(
    "ics_coffee",
    "Nina Park <nina.park@bigco.example>",
    "Invitation: Coffee chat - Nina / Alex",
    "",
    ics=ics(
        "Coffee chat - Nina / Alex",
        "nina.park@bigco.example",
        "Nina Park",
        "Happy to share what it's like working at BigCo!",
    ),
)
p(
    "ics_friend_interview_day",
    "Chris Morgan <chris.morgan@gmail.com>",
    "Invitation: Alex interview - lunch after?",
    "",
    ics=ics("Lunch after Alex's interview", "chris.morgan@gmail.com", "Chris Morgan", "Celebrate!"),
)
p(
    "reply_journalist",
    "Hana Duarte <hana@cityledger.example>",
    "Re: Interview request",
    "Wonderful, Thursday at 11am works. I'll call you then.\n\nHana\nReporter, The City Ledger\n\n"
    + U
    + "> Hi Hana, happy to be interviewed for your piece on career changers. Would Thursday at 11am work?\n",
    headers={"In-Reply-To": "<j1@cityledger.example>"},
)
p(
    "reply_ux_recruit",
    "Priya Nair <priya@dovetail-labs.example>",
    "Re: Study participation",
    "Great, you're confirmed for Wednesday at 3pm! The session is a 45-minute interview about how you use budgeting apps.\n\nPriya\n\n"
    + U
    + "> Hi Priya, I'd be glad to join the study. Wednesday at 3pm works.\n",
    headers={"In-Reply-To": "<u1@dovetail-labs.example>"},
)
p(
    "reply_candidate_user_hires2",
    "Ivo Brandt <ivo.brandt@gmail.com>",
    "Re: Interview for Sound designer",
    "Hi Alex, Thursday at 2pm for the interview is perfect, see you then!\nIvo\n\n"
    + U
    + "> Hi Ivo, thanks for applying to our Sound designer role. Could you do Thursday at 2pm for an interview with me and Leo?\n",
    headers={"In-Reply-To": "<i1@gmail.com>"},
)
p(
    "reply_friend_quote_invite",
    "Tom Reid <tom.reid@gmail.com>",
    "Re: Fwd: Interview invitation",
    "Nice one!! Thursday at 2pm, I'll keep my fingers crossed. Drinks after?\n\n"
    + U
    + "> Got the interview!!\n> ---------- Forwarded message ---------\n> From: Acme Talent <talent@acme.example>\n> "
    "Your interview for the Analyst role is confirmed for Thursday 3/5 at 2pm with Jane Roe.\n",
    headers={"In-Reply-To": "<t1@gmail.com>"},
)
p(
    "html_event",
    "Meetup <info@meetup-example.com>",
    "Reminder: Data Careers Night is tomorrow",
    "",
    html="<html><body><p>Hi Alex,</p><p>Reminder: <b>Data Careers Night</b> is tomorrow, Tuesday March 3 at 6:30 PM. "
    "Hear how three hiring managers run interviews, then network with recruiters.</p><p>You RSVP'd yes.</p></body></html>",
)
p(
    "html_webinar_invite",
    "Careers at Acme <careers@acme.example>",
    "Invitation: Inside Acme - live Q&A Thursday",
    "",
    html="<html><body><p>Hi Alex,</p><p>Thanks for your interest in Acme. Join our live Q&amp;A on Thursday 3/5 at 12pm ET, where our "
    "recruiters explain our interview process step by step.</p><p><a href='https://acme.example/rsvp'>Save your seat</a></p></body></html>",
)
p(
    "restaurant_celebrate",
    "OpenTable <reservations@opentable-example.com>",
    "Reservation confirmed",
    "Your reservation at Luigi's for 4 people on Friday, March 6 at 7:30 PM is confirmed. Special request: celebrating a new job offer after an interview!",
)
p(
    "volunteer_interview",
    "Food Bank <volunteers@foodbank.example>",
    "Volunteer interview",
    "Hi Alex, thanks for your interest in volunteering! Your volunteer interview is confirmed for Saturday 3/7 at 10am at our warehouse.",
)
p(
    "tutor_user_hires",
    "Maya Lin <maya.lin@gmail.com>",
    "Tutor for your son",
    "Hi Alex, I saw your ad for a maths tutor to look after your son's GCSE prep. I'm available for an interview on Thursday at 5pm, confirmed on my side.\nMaya",
)
p(
    "sport_final",
    "Hawks FC <coach@hawksfc.example>",
    "Final round confirmed",
    "The final round of the league is confirmed for Saturday at 10am. Be there at 9:15 for warm-up.",
)
p(
    "research_de",
    "UX Team <ux@app-example.de>",
    "Ihr Nutzerinterview",
    "Hallo Alex, vielen Dank für Ihre Teilnahme! Ihr Nutzerinterview ist am Mittwoch, 4. März um 15 Uhr bestätigt. Als Dankeschön erhalten Sie einen Gutschein über 50 €.",
)
p(
    "press_fr",
    "Léa Petit <lea.petit@magazine-example.fr>",
    "Entretien pour le magazine",
    "Bonjour Alex, je vous confirme notre entretien pour le portrait dans notre magazine, jeudi 5 mars à 15h, par téléphone. Léa Petit, journaliste",
)
p(
    "press_es",
    "Diego Ruiz <diego.ruiz@diario-example.es>",
    "Entrevista para el reportaje",
    "Hola Alex, te confirmo la entrevista para nuestro reportaje sobre emprendedores el jueves 5 de marzo a las 12:00. Diego, periodista",
)
p(
    "school_es",
    "Colegio San José <secretaria@colegio-example.es>",
    "Entrevista de admisión de su hija",
    "Estimada familia, les confirmamos la entrevista de admisión de su hija el martes 10 de marzo a las 17:00.",
)
p(
    "bank_fr",
    "Banque du Centre <rdv@banquecentre-example.fr>",
    "Rendez-vous confirmé",
    "Bonjour Alex, votre rendez-vous avec votre conseillère Mme Durand est confirmé le jeudi 5 mars à 14h00 en agence pour votre prêt immobilier.",
)


# --- a manager's check-in, practice panels, a partner's help, a clinic's questions
p(
    "teams_checkin",
    "Dana Cho <dana.cho@currentjob.example>",
    "Alex Morgan - Senior Data Analyst: Q1 check-in",
    "Microsoft Teams meeting\nJoin on your computer or mobile app\nClick here to join the meeting",
    ics=vevent_calendar(
        summary="Alex Morgan - Senior Data Analyst: Q1 check-in",
        start="20260310T150000Z",
        end="20260310T153000Z",
        organizer="mailto:dana.cho@currentjob.example",
        organizer_cn="Dana Cho",
        attendees=(("Alex Morgan", "alex.morgan@gmail.com"),),
        description="Quarterly check-in on your goals and promotion path.",
    ),
)
p(
    "mentor_mock_panel",
    "Nina Park <nina.park@bigco.example>",
    "Thursday",
    "Hi Alex, let's do a mock panel on Thursday at 2pm to prepare you for your interview at Acme. I'll bring two colleagues.\nNina",
)
p(
    "babysitter",
    "Chris Morgan <chris.morgan@gmail.com>",
    "Thursday",
    "Booked the babysitter for Thursday 1-4pm so you can do your interview in peace. Love you x",
)
p(
    "partner_ics_shared",
    "Chris Morgan <chris.morgan@gmail.com>",
    "Invitation: Drive Alex to interview",
    "",
    ics=vevent_calendar(
        summary="Drive Alex to interview",
        start="20260305T170000Z",
        end="20260305T180000Z",
        organizer="mailto:chris.morgan@gmail.com",
        organizer_cn="Chris Morgan",
        attendees=(("Alex Morgan", "alex.morgan@gmail.com"),),
    ),
)
p(
    "recruiter_tips_nl",
    "Kate Moss <kate@brightrecruit.example>",
    "Interview tips for Thursday's hiring event",
    "Hi all,\n\nA reminder that our hiring event is on Thursday at 6pm. Interview tips: research the company, prepare STAR stories.\n\nKate",
    to="Undisclosed recipients:;",
)
p(
    "recorded_interview_due",
    "HireVue <noreply@hirevue-example.com>",
    "Your video interview is due",
    "Hi Alex, your on-demand video interview for Acme is due by Friday, March 6 at 11:59 PM. It takes about 20 minutes.",
)
p(
    "doctor_interview_word",
    "City Clinic <appointments@cityclinic.example>",
    "Pre-consultation interview",
    "Dear Alex, your telephone pre-consultation with our nurse is confirmed for Wednesday 3/4 at 9:15am. The nurse will interview you about your medical history.",
)
p(
    "grad_school_visit",
    "Graduate Admissions <gradadmit@uni-example.edu>",
    "Visit day schedule",
    "Dear Alex,\n\nWelcome to our PhD visit day! Your faculty interviews: Prof. Walsh at 10:00 AM and Dr. Abe at 11:00 AM on Friday 3/13.\n\nGraduate Admissions",
)
p(
    "fr_friend_drive",
    "Julie <julie.b@gmail.com>",
    "jeudi",
    "Coucou ! Je passe te prendre jeudi à 13h pour ton entretien, on fêtera ça après. Bisous",
)
p(
    "de_podcast_reply",
    "Jan Richter <jan@techpodcast-example.de>",
    "AW: Podcast",
    "Hallo Alex, super, dann nehmen wir die neue Folge am Mittwoch um 15 Uhr auf. Das Interview dauert etwa 40 Minuten.\nJan",
    headers={"In-Reply-To": "<p1@techpodcast-example.de>"},
)

p(
    "fr_mock",
    "Coach Sophie <sophie@coaching-example.fr>",
    "Entretien blanc jeudi",
    "Bonjour Alex, je vous confirme notre entretien blanc jeudi 5 mars à 18h en visio, pour préparer votre entretien chez Acme. Sophie",
)
p(
    "de_mock",
    "Coach Tim <tim@coaching-example.de>",
    "Probegespräch",
    "Hallo Alex, unser Probegespräch ist am Donnerstag, 5. März um 18 Uhr bestätigt - zur Vorbereitung auf dein Vorstellungsgespräch. Tim",
)
p(
    "es_mock",
    "Coach Ana <ana@coaching-example.es>",
    "Entrevista simulada",
    "Hola Alex, te confirmo la entrevista simulada el jueves 5 de marzo a las 18:00 para preparar tu entrevista en Acme. Ana",
)


# --- events, panel prep, school entry, adoption, memberships, consulates
p(
    "lit_event",
    "Eventbrite <orders@eventbrite-example.com>",
    "Your tickets for An Evening with Margaret Atwood",
    "Order confirmed!\n\nAn evening of conversation: Margaret Atwood in interview with Kirsty Lang\nThursday, March 5, 2026 7:00 PM\nBarbican Hall\n2 x General admission",
)
p(
    "panel_prep_ics",
    "Kim Lo <kim.lo@currentjob.example>",
    "Invitation: Interview panel prep - PM hiring",
    "",
    ics=vevent_calendar(
        summary="Interview panel prep - PM hiring",
        start="20260304T170000Z",
        end="20260304T173000Z",
        organizer="mailto:kim.lo@currentjob.example",
        organizer_cn="Kim Lo",
        attendees=(("Alex Morgan", "alex.morgan@gmail.com"),),
        description="Align on questions before we meet the three finalists.",
    ),
)
p(
    "substack",
    "Jo Writes <jo@substack-example.com>",
    "New episode: my interview with the CEO of Finlo",
    "Hi friends, my interview with the CEO of Finlo is out Thursday at 8am. Listen on any podcast app!",
)
p(
    "year7",
    "St Mary's School <admissions@stmarys-example.org.uk>",
    "Year 7 entry - interview",
    "Dear Mr Morgan,\n\nWe are pleased to invite Maya for an interview for Year 7 entry on Saturday 7 March at 10:30am. Parents are welcome to wait in the library.",
)
p(
    "golf_club",
    "Club Secretary <secretary@oakgolf-example.com>",
    "Membership interview",
    "Dear Alex, thank you for your membership application. The committee would like to meet you for a membership interview on Thursday 3/5 at 6pm in the clubhouse.",
)
p(
    "consular_ics",
    "Appointments <appointments@consulate-example.gov>",
    "Appointment confirmation",
    "Your appointment is confirmed. Please bring your passport.",
    ics=vevent_calendar(
        summary="Appointment - Consular Section",
        start="20260312T131500Z",
        end="20260312T134500Z",
        organizer="mailto:appointments@consulate-example.gov",
        organizer_cn="Consulate",
        attendees=(("Alex Morgan", "alex.morgan@gmail.com"),),
    ),
)
p(
    "adoption",
    "Family Services <adopt@familyservices-example.gov>",
    "Home study interview",
    "Dear Alex and Chris, your home study interview with our social worker is confirmed for Tuesday 3/10 at 10am at your home.",
)
p(
    "jury_de",
    "Amtsgericht <schoeffen@gericht-example.de>",
    "Ladung",
    "Sehr geehrte Frau Morgan, Sie werden als Zeugin geladen. Termin: Dienstag, 10. März 2026, 09:30 Uhr, Saal 12.",
)
p(
    "reply_informational_es",
    "Laura Gómez <laura.gomez@bigco.example>",
    "Re: café",
    "¡Hola Alex! Encantada de contarte cómo es trabajar aquí. Nos vemos el jueves a las 9 para un café, charla informal, no participo en la selección.\nLaura",
    headers={"In-Reply-To": "<c1@bigco.example>"},
)
p(
    "alumni_feature",
    "Alumni Magazine <editor@alumni-example.edu>",
    "Your alumni profile interview",
    "Hi Alex, thank you for agreeing to be featured! Our writer will interview you by phone on Wednesday 3/4 at 4pm for the spring issue.",
)


# --- positive neighbours
q(
    "trip_iv",
    "Nora Blake <nora.blake@northwind.example>",
    "Your onsite interview - travel and schedule",
    "Hi Alex,\n\nYour onsite interview for the Data Engineer role is confirmed for Wednesday 3/11 at 9:00 AM with Jane Roe and Ben Ode.\n\n"
    "Flight: UA 455, departs Tuesday 3/10 at 6:00 PM from EWR, arrives 7:45 PM ORD.\nHotel: Hilton Garden Inn, check-in 3/10.\n"
    "Return: UA 460, Wednesday 3/11 at 8:15 PM.\n\nBest,\nNora Blake\nRecruiting Coordinator",
    "2026-03-11 09:00",
)
q(
    "trip_iv2",
    "Nora Blake <nora.blake@northwind.example>",
    "Interview travel",
    "Hi Alex,\n\nYour travel is booked. Flight DL 1234 departs Mon 3/9 at 7:05 AM. A car will pick you up at the airport.\n\n"
    "Your interview is on Monday 3/9 at 1:00 PM with our hiring manager, Sam Ito, for the Analyst position.\n\nNora\nTalent Team",
    "2026-03-09 13:00",
)
q(
    "taxi_iv",
    "Lee Park <lee.park@acme.example>",
    "Interview Thursday",
    "Hi Alex, confirming your interview for the Product Designer role on Thursday 3/5 at 2pm with Mia Chen. "
    "We've booked a taxi to collect you from the station at 1:30pm.\nLee, Talent Partner",
    "2026-03-05 14:00",
)
q(
    "carpark_iv",
    "Lee Park <lee.park@acme.example>",
    "Interview details",
    "Hi Alex, please park in the visitor car park; your interview is at 10am on Thursday 3/5 with Mia Chen for the Designer role. "
    "See you then!\nLee, Talent Partner",
    "2026-03-05 10:00",
)
q(
    "train_de",
    "Anna Roth <anna.roth@firma-example.de>",
    "Ihr Vorstellungsgespräch",
    "Sehr geehrte Frau Morgan,\n\nwir bestätigen Ihr Vorstellungsgespräch am Donnerstag, 5. März um 11:00 Uhr. Die Anreise mit dem Zug "
    "erstatten wir Ihnen.\n\nMit freundlichen Grüßen\nAnna Roth\nPersonalabteilung",
    "2026-03-05 11:00",
)
q(
    "ics_iv",
    "Nora Blake <nora.blake@northwind.example>",
    "Invitation: Interview - Alex Morgan (Data Engineer)",
    "You have been invited.",
    "2026-03-11 10:00",
    ics=vevent_calendar(
        summary="Interview - Alex Morgan (Data Engineer)",
        start="20260311T140000Z",
        end="20260311T150000Z",
        organizer="mailto:nora.blake@northwind.example",
        organizer_cn="Nora Blake",
        attendees=(("Alex Morgan", "alex.morgan@gmail.com"),),
    ),
)

q(
    "anchor_arrive",
    "Lee Park <lee.park@acme.example>",
    "Interview Thursday",
    "Hi Alex,\n\nThanks for your application for the Designer role. Your interview with Mia Chen is on Thursday 3/5 at 2pm, please arrive 10 minutes before your interview.\n\nLee, Talent Partner",
    "2026-03-05 14:00",
)
q(
    "anchor_ahead",
    "Lee Park <lee.park@acme.example>",
    "Agenda",
    "Hi Alex,\n\nAhead of your interview on Tuesday 3/10 at 10am with Jane Roe for the Analyst role, here is the agenda.\n\nLee, Talent Partner",
    "2026-03-10 10:00",
)
q(
    "anchor_tour",
    "Lee Park <lee.park@acme.example>",
    "Next step",
    "Hi Alex,\n\nWe'd love to see you on Thursday 3/5 at 2pm for your interview for the Analyst role, and after the interview Ben will give you a tour.\n\nLee, Talent Partner",
    "2026-03-05 14:00",
)
q(
    "anchor_de",
    "Anna Roth <anna.roth@firma-example.de>",
    "Einladung",
    "Sehr geehrte Frau Morgan,\n\nwir laden Sie zum Vorstellungsgespräch am Donnerstag, 5. März um 11:00 Uhr ein; vor dem Gespräch zeigen wir Ihnen das Büro.\n\nAnna Roth\nPersonalabteilung",
    "2026-03-05 11:00",
)

q(
    "owner_lift",
    "Sarah Quinn <sarah.quinn.cafe@gmail.com>",
    "Barista job",
    "Hi Alex, thanks for applying for the barista job at our cafe! Your interview is on Thursday 3/5 at 10am - I'll pick you up from the station if you like.\nSarah",
    "2026-03-05 10:00",
)
q(
    "owner_celebrate",
    "Sarah Quinn <sarah.quinn.cafe@gmail.com>",
    "Re: Barista job",
    "Hi Alex, thanks for your application! We're celebrating our 5th birthday this week, so come by on Friday 3/6 at 3pm for your interview with me and Joe.\nSarah",
    "2026-03-06 15:00",
    headers={"In-Reply-To": "<z1@gmail.com>"},
)

q(
    "police_job",
    "Recruitment Team <recruitment@metro-police.example>",
    "Police Constable interview",
    "Dear Alex,\n\nThank you for your application. Your interview for the Police Constable position is confirmed for Tuesday 3/10 at 2pm at the police station on King St.\n\nRecruitment Team",
    "2026-03-10 14:00",
)
q(
    "radio_job_es",
    "Marta Gil <marta.gil@radionorte.example>",
    "Entrevista - productor",
    "Hola Alex,\n\nTe confirmamos la entrevista para el puesto de productor de nuestro programa de radio el jueves 5 de marzo a las 18:00 con Luis Vera.\n\nMarta Gil\nRecursos Humanos",
    "2026-03-05 18:00",
)
q(
    "podcast_job",
    "Ana Diaz <ana@thebuildcast.example>",
    "Producer role - interview",
    "Hi Alex,\n\nThanks for applying for the Podcast Producer role. Your interview is confirmed for Thursday 3/5 at 2pm with our host, Marco Ruiz, who runs every episode.\n\nAna",
    "2026-03-05 14:00",
)
q(
    "clinic_job",
    "Dr. Ruth Kay <ruth.kay@therapy.example>",
    "Your application",
    "Hi Alex, thanks for applying for the Therapist position. Your interview is confirmed for Thursday 3/5 at 10am; afterwards we'll show you the rooms we use for therapy sessions.\nRuth",
    "2026-03-05 10:00",
)
q(
    "agency_prep",
    "Kate Moss <kate@brightrecruit.example>",
    "Interview confirmed - Acme",
    "Hi Alex,\n\nGreat news - the client has come back and your interview with Acme for the Data Analyst role is confirmed for Thursday 3/5 at 2pm with Jane Roe. I'll call you tomorrow for an interview prep session.\n\nKate\nSenior Recruiter",
    "2026-03-05 14:00",
)
q(
    "housing_job",
    "Talent Team <talent@cityhomes.example>",
    "Housing Officer interview",
    "Dear Alex,\n\nWe are pleased to invite you to an interview for the Housing Officer role on Wednesday 3/11 at 10:00 AM with Tom Bell and Sue Park.\n\nTalent Team",
    "2026-03-11 10:00",
)

q(
    "cc_names_user",
    "Rae Kim <rae.kim@acme.example>",
    "Interview confirmation - Alex Morgan",
    "Hi Ben,\n\nAlex's interview for the Marketing Manager role is confirmed for Wednesday 3/4 at 3:00 PM with you and Sue Park.\n\nBest,\nRae\nTalent Partner",
    "2026-03-04 15:00",
    to="Ben Ortiz <ben.ortiz@acme.example>",
    headers={"Cc": "Alex Morgan <alex.morgan@gmail.com>"},
)
q(
    "cc_hi_both",
    "Rae Kim <rae.kim@acme.example>",
    "Interview confirmation",
    "Hi both,\n\nConfirming the interview for the Marketing Manager role on Wednesday 3/4 at 3:00 PM. Ben, Alex will meet you at reception.\n\nRae\nTalent Partner",
    "2026-03-04 15:00",
    to="Ben Ortiz <ben.ortiz@acme.example>",
    headers={"Cc": "Alex Morgan <alex.morgan@gmail.com>"},
)
q(
    "nanny_user_applies",
    "Claire Dunn <claire.dunn@gmail.com>",
    "Nanny position",
    "Hi Alex, thanks for applying for the nanny position with our family. Your interview is on Saturday 3/7 at 10am at our house - see you then!\nClaire",
    "2026-03-07 10:00",
)
q(
    "self_note",
    "Alex Morgan <alex.morgan@gmail.com>",
    "Interview confirmed - Acme",
    "Interview at Acme for the Analyst role confirmed for Thursday 3/5 at 2pm with Jane Roe.",
    "2026-03-05 14:00",
    to="Alex Morgan <alex.morgan@gmail.com>",
)
q(
    "team_looks_forward",
    "Lee Park <lee.park@acme.example>",
    "Your interview",
    "Hi Alex,\n\nYour interview for the Designer role is confirmed for Thursday 3/5 at 2pm with Mia Chen. The team is looking forward to meeting you!\n\nLee, Talent Partner",
    "2026-03-05 14:00",
)

q(
    "before_iv_label",
    "Lee Park <lee.park@acme.example>",
    "Next steps - Analyst",
    "Hi Alex,\n\nThanks for applying for the Analyst role. Before your interview, please read the attached guide.\n\nDate: Thursday 3/5\nTime: 2pm\nWith: Jane Roe\n\nLee, Talent Partner",
    "2026-03-05 14:00",
)
q(
    "ahead_weekday",
    "Lee Park <lee.park@acme.example>",
    "Agenda for Tuesday",
    "Hi Alex,\n\nAhead of your interview on Tuesday, here is the agenda for the Analyst role: Tuesday 3/10 at 10am with Jane Roe, then Ben Ode at 11am.\n\nLee, Talent Partner",
    "2026-03-10 10:00",
)
q(
    "after_iv_tour",
    "Lee Park <lee.park@acme.example>",
    "Your visit",
    "Hi Alex,\n\nThanks for applying for the Analyst role. We'll see you Thursday 3/5 at 2pm; after your interview Ben will show you around.\n\nLee, Talent Partner",
    "2026-03-05 14:00",
)

q(
    "hiring_day_slot",
    "Acme Careers <careers@acme.example>",
    "Your slot at our hiring day",
    "Hi Alex,\n\nThanks for your application for the Graduate Analyst role. Your interview slot at our hiring day is confirmed for Saturday 3/7 at 10:30am with Ben Ode. Save your spot in the calendar!\n\nAcme Careers",
    "2026-03-07 10:30",
)
q(
    "ux_job",
    "Priya Nair <priya@dovetail-labs.example>",
    "UX Researcher interview",
    "Hi Alex,\n\nThanks for applying for the UX Researcher role. Your interview is confirmed for Wednesday 3/4 at 3pm with Tom Bell; we'd like to hear about how you run a research study.\n\nPriya, Talent Partner",
    "2026-03-04 15:00",
)
q(
    "ics_iv_after_lunch",
    "Nora Blake <nora.blake@northwind.example>",
    "Invitation: Onsite interview - Alex Morgan",
    "Lunch with the team follows your interview.",
    "2026-03-11 10:00",
    ics=vevent_calendar(
        summary="Onsite interview - Alex Morgan",
        start="20260311T140000Z",
        end="20260311T170000Z",
        organizer="mailto:nora.blake@northwind.example",
        organizer_cn="Nora Blake",
        attendees=(("Alex Morgan", "alex.morgan@gmail.com"),),
        description="Lunch after the interview with the team.",
    ),
)

q(
    "quarterly_topic",
    "Lee Park <lee.park@acme.example>",
    "Operations Manager interview",
    "Hi Alex,\n\nThanks for applying for the Operations Manager role. Your interview is confirmed for Thursday 3/5 at 2pm with Jane Roe; we'll ask how you run quarterly reviews.\n\nLee, Talent Partner",
    "2026-03-05 14:00",
)
q(
    "nurse_job",
    "City Clinic HR <hr@cityclinic.example>",
    "Practice Nurse interview",
    "Dear Alex,\n\nThanks for applying for the Practice Nurse position. Your interview is on Wednesday 3/4 at 9:15am with Dr. Ellen Ma; we'll ask about your experience taking a medical history.\n\nCity Clinic HR",
    "2026-03-04 09:15",
)
q(
    "mock_then_real",
    "Lee Park <lee.park@acme.example>",
    "Your interview",
    "Hi Alex,\n\nYour interview for the Analyst role is confirmed for Thursday 3/5 at 2pm with Jane Roe. No need for a practice round - just be yourself.\n\nLee, Talent Partner",
    "2026-03-05 14:00",
)

q(
    "social_worker_job",
    "Talent Team <talent@familyservices-example.gov>",
    "Social Worker interview",
    "Dear Alex,\n\nThank you for applying for the Social Worker position in our adoption team. Your interview is confirmed for Tuesday 3/10 at 10am with Ruth Kay.\n\nTalent Team",
    "2026-03-10 10:00",
)
q(
    "school_job",
    "St Mary's School <hr@stmarys-example.org.uk>",
    "Teacher interview",
    "Dear Alex,\n\nThank you for your application for the post of Maths Teacher. We are pleased to invite you to an interview on Saturday 7 March at 10:30am; you will teach a Year 7 lesson.\n\nHR",
    "2026-03-07 10:30",
)


# Probes still read as interviews (strict: a fix must take its name off this list).
OPEN: set[str] = set()


@pytest.mark.parametrize(
    ("name", "kw"),
    [
        pytest.param(n, kw, marks=pytest.mark.xfail(strict=True)) if n in OPEN else (n, kw)
        for n, kw in P
    ],
    ids=[name for name, _ in P],
)
def test_not_an_interview(ctx: Context, name: str, kw: dict[str, Any]) -> None:
    """Mail with interview-like signs that is nobody's job interview with the user."""
    u = understand(mail(**kw), ctx)
    assert u.kind not in (Kind.INTERVIEW, Kind.INTERVIEW_CANCELLED), (name, u.reasons)


@pytest.mark.parametrize(("name", "want", "kw"), Q, ids=[name for name, _, _ in Q])
def test_neighbour_stays_interview(ctx: Context, name: str, want: str, kw: dict[str, Any]) -> None:
    """A real job interview in the shape of a probe keeps its kind and start."""
    u = understand(mail(**kw), ctx)
    assert u.kind is Kind.INTERVIEW, (name, u.reasons)
    assert u.interview is not None
    assert u.interview.start.astimezone(NY).strftime("%Y-%m-%d %H:%M") == want
