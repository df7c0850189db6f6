"""Probe mail for recall round 8: interview confirmations in shapes rounds 5 and 7 missed.

Written from scratch for these tests (invented people and companies under reserved
names), none copied from an evaluation set: the interview or the time only in the
subject over a one-line body, thread replies picking one of the quoted options, meetings
with no job word whose hiring context sits in the signature, the thread subject or the
quoted message, Outlook/Teams/Zoom/Webex/Meet text blocks without a calendar part,
scheduling tools and applicant tracking systems each in its own template shape,
reminders, moves giving only the new time, multi-day itineraries, assessment centres,
trial days and panels by phone, in English, German, French and Spanish.

Every message is dated Monday 2 March 2026 (15:04 New York), so "Tuesday" is 3 March
and a date without a year is in 2026. US clocks change on 8 March, Europe's on 29 March.

Policy carried over from the lexicon and earlier rounds: a trial shift, a
"Probearbeiten", a "journée d'immersion" or a "jornada de prueba" for a job is an
interview (the employer meets and judges the candidate at a time); a gym's "Probetraining"
or a dance school's trial class is not. A live session is an interview; a recorded one
with a deadline is not.
"""

from __future__ import annotations

from .recall_round7_probes import BER, CHI, LA, LON, MAD, NY, PAR, Ics, Probe

__all__ = ["INTERVIEWS", "NEAR_MISSES", "Ics", "Probe"]

DEN = "America/Denver"

# --- A. The interview or the time only in the subject, the body a line ---------------------
SUBJECT_ONLY: tuple[Probe, ...] = (
    Probe(
        "subj_confirmed_see_you_then",
        "Priya Nair <priya.nair@copperline.example>",
        "Re: Interview - Thursday 3/12 at 10:00 AM ET",
        "Confirmed — see you then!\n\nPriya",
        start=(2026, 3, 12, 10, 0, NY),
    ),
    Probe(
        "subj_final_round_time",
        "Greg Allard <greg.allard@bluefir.example>",
        "Final round interview: Wed 3/11, 1pm-3pm PT",
        "All set on our side. Talk Wednesday.\n\nGreg\nRecruiter | Bluefir",
        start=(2026, 3, 11, 13, 0, LA),
    ),
    Probe(
        "subj_phone_interview_booked",
        "Nora Quinlan <nora@thistlepay.example>",
        "Phone interview booked for Friday 9:30am",
        "Great - I'll ring you then.\n\nNora",
        start=(2026, 3, 6, 9, 30, NY),
    ),
    Probe(
        "subj_uk_interview_tomorrow",
        "Imogen Shaw <imogen.shaw@larkfield.example>",
        "Re: Interview tomorrow at 11",
        "Lovely, see you at 11 then. Just ask for me at reception.\n\nImogen",
        start=(2026, 3, 3, 11, 0, LON),
        user="uk",
    ),
    Probe(
        "de_subj_bis_donnerstag",
        "Katrin Lorenz <k.lorenz@eisenhut-logistik.example>",
        "AW: Vorstellungsgespräch am Donnerstag, 12.03., 14 Uhr",
        "Bis Donnerstag!\n\nKatrin Lorenz",
        start=(2026, 3, 12, 14, 0, BER),
        user="de",
    ),
    Probe(
        "de_subj_bewerbungsgespraech_bestaetigt",
        "Uwe Hartmann <uwe.hartmann@moorlicht.example>",
        "Bewerbungsgespräch bestätigt: Di., 10.03.2026, 09:30 Uhr",
        "Hallo Herr Weber, alles klar, wir freuen uns auf Sie.\n\nUwe Hartmann",
        start=(2026, 3, 10, 9, 30, BER),
        user="de",
    ),
    Probe(
        "fr_subj_a_jeudi",
        "Aurélie Vasseur <aurelie.vasseur@brume-conseil.example>",
        "RE: Entretien d'embauche jeudi 12 mars à 10h",
        "Parfait, à jeudi.\n\nAurélie",
        start=(2026, 3, 12, 10, 0, PAR),
        user="fr",
    ),
    Probe(
        "fr_subj_entretien_poste",
        "Damien Roche <damien.roche@alizee-tech.example>",
        "Entretien pour le poste de chargé de communication - mardi 10/03 14h30",
        "Bonjour Camille, c'est confirmé de notre côté. À mardi !\n\nDamien",
        start=(2026, 3, 10, 14, 30, PAR),
        user="fr",
    ),
    Probe(
        "es_subj_nos_vemos",
        "Sergio Blanco <sergio.blanco@ondaverde.example>",
        "RE: Entrevista de trabajo - martes 10 de marzo, 10:00",
        "¡Nos vemos el martes!\n\nSergio",
        start=(2026, 3, 10, 10, 0, MAD),
        user="es",
    ),
    Probe(
        "es_subj_entrevista_puesto",
        "Clara Méndez <clara.mendez@faro-digital.example>",
        "Entrevista para el puesto de Analista de Datos: jueves 12/03 a las 16:30",
        "Hola Pablo, confirmado. Un saludo,\nClara",
        start=(2026, 3, 12, 16, 30, MAD),
        user="es",
    ),
)

# --- B. Replies confirming one of the options in the quoted message ------------------------
OPTIONS: tuple[Probe, ...] = (
    Probe(
        "opt_two_works",
        "Helen Frey <helen.frey@pinecrest-analytics.example>",
        "Re: Interview availability - Data Scientist",
        "Option 2 works, Thursday 14:00 it is. Calendar invite to follow.\n\nHelen\n\n"
        "On Mon, Mar 2, 2026 at 9:12 AM Alex Morgan <alex.morgan@gmail.com> wrote:\n"
        "> Hi Helen, thanks! Of the times you sent I could do option 2 or 3.\n>\n"
        "> On Fri, Feb 27, 2026 Helen Frey wrote:\n>> Could you let me know which of these "
        "works for your interview with our team?\n>> 1) Wednesday 3/4, 10:00 ET\n"
        ">> 2) Thursday 3/5, 14:00 ET\n>> 3) Friday 3/6, 11:00 ET",
        start=(2026, 3, 5, 14, 0, NY),
    ),
    Probe(
        "opt_second_one",
        "Owen Marsh <owen.marsh@keelhaul.example>",
        "Re: Next steps - Product Manager",
        "Let's go with the second one. Locked in, and Marta will send the Zoom link.\n\n"
        "Owen\n\n> Thanks Owen, I'm free for either slot for the interview:\n"
        "> - Tuesday 3/10 at 11:00 AM ET\n> - Wednesday 3/11 at 3:30 PM ET",
        start=(2026, 3, 11, 15, 30, NY),
    ),
    Probe(
        "opt_b_booked_uk",
        "Fiona Grant <fiona.grant@marlowe-bank.example>",
        "RE: Interview slots",
        "Hi Sam, slot B is booked for you. See you then.\n\nFiona\n\n"
        "From: Fiona Grant\nSent: 27 February 2026 16:02\nSubject: Interview slots\n\n"
        "Hi Sam, please choose one of these slots for your interview:\n"
        "A - Monday 9 March, 10:00\nB - Tuesday 10 March, 14:00\nC - Wednesday 11 March, 09:30",
        start=(2026, 3, 10, 14, 0, LON),
        user="uk",
    ),
    Probe(
        "opt_the_thursday_one",
        "Jake Romero <jake.romero@saltbox.example>",
        "Re: Scheduling your interview",
        "The Thursday one works best on our end - you're confirmed for Thursday at 1pm ET "
        "with Priyanka.\n\nJake\n\n> Either Wednesday at 10am or Thursday at 1pm would work "
        "for me.",
        start=(2026, 3, 5, 13, 0, NY),
    ),
    Probe(
        "de_opt_zweiter_termin",
        "Petra Sievers <p.sievers@hafenkontor.example>",
        "AW: Terminvorschläge Vorstellungsgespräch",
        "Hallo Herr Weber,\n\nder zweite Termin passt uns gut, also Mittwoch, 11.03., um "
        "15:00 Uhr. Bis dann!\n\nPetra Sievers\n\n> Ich könnte Dienstag, 10.03., um 10 Uhr "
        "oder Mittwoch, 11.03., um 15 Uhr.",
        start=(2026, 3, 11, 15, 0, BER),
        user="de",
    ),
    Probe(
        "fr_opt_deuxieme_creneau",
        "Sandrine Colin <sandrine.colin@azur-habitat.example>",
        "RE: Créneaux pour votre entretien",
        "Bonjour Camille,\n\nVa pour le deuxième créneau : jeudi 12 mars à 11h. À jeudi !\n\n"
        "Sandrine\n\n> Bonjour, je suis disponible mercredi 11 mars à 9h ou jeudi 12 mars "
        "à 11h pour l'entretien.",
        start=(2026, 3, 12, 11, 0, PAR),
        user="fr",
    ),
    Probe(
        "es_opt_la_segunda",
        "Rocío Ibáñez <rocio.ibanez@cierzo-energia.example>",
        "RE: Horarios para la entrevista",
        "Hola Pablo, nos quedamos con la segunda opción: el viernes 13 a las 12:00. ¡Nos "
        "vemos!\n\nRocío\n\n> Me vendría bien el jueves 12 a las 9:00 o el viernes 13 a las "
        "12:00 para la entrevista.",
        start=(2026, 3, 13, 12, 0, MAD),
        user="es",
    ),
)

# --- C. Meetings with no job word in the body: the hiring context is elsewhere --------------
CONTEXT_ELSEWHERE: tuple[Probe, ...] = (
    Probe(
        "quick_chat_signature_ta",
        "Molly Tran <molly.tran@riverbend-health.example>",
        "Quick chat Thursday",
        "Hi Alex,\n\nGreat to connect. Thursday at 2pm ET works - I'll give you a call on "
        "the number you shared.\n\nMolly Tran\nTalent Acquisition Partner | Riverbend Health",
        start=(2026, 3, 5, 14, 0, NY),
    ),
    Probe(
        "intro_call_thread_application",
        "Derek Olsen <derek.olsen@gridloft.example>",
        "Re: Your application - Data Engineer",
        "Hi Alex, thanks for getting back to me. Let's do a 30-minute intro call on Tuesday, "
        "March 10 at 11:00 AM ET. Here's my Zoom: https://gridloft.zoom.us/j/4455667788\n\n"
        "Derek",
        start=(2026, 3, 10, 11, 0, NY),
    ),
    Probe(
        "catch_up_about_role",
        "Ana Lima <ana.lima@brightpath-ed.example>",
        "Catch-up Wednesday",
        "Hi Alex,\n\nThanks for your interest in the Instructional Designer role. Confirming "
        "our catch-up about the role on Wednesday 3/4 at 4pm ET over Google Meet.\n\nAna Lima"
        "\nHiring Manager, Brightpath Learning",
        start=(2026, 3, 4, 16, 0, NY),
    ),
    Probe(
        "quoted_recruiter_context",
        "Simon Adler <simon.adler@vantage-rail.example>",
        "Re: Hello from Vantage Rail",
        "Tomorrow at 10 works. Speak then!\n\nSimon\n\nOn Mon, Mar 2, 2026 at 8:30 AM Alex "
        "Morgan wrote:\n> Thanks Simon, happy to chat about the Operations Analyst opening. "
        "Would tomorrow (Tuesday) at 10am Eastern work?",
        start=(2026, 3, 3, 10, 0, NY),
    ),
    Probe(
        "hm_intro_signature_engineering",
        "Laura Pike <laura.pike@nimbusforge.example>",
        "Intro call",
        "Hey Alex,\n\nMaya passed along your details. Friday 3/6 at 12:30 PT works for a "
        "quick intro - I'll send an invite.\n\nLaura Pike\nEngineering Manager, Platform\n"
        "Nimbusforge | We're hiring: nimbusforge.example/careers",
        start=(2026, 3, 6, 12, 30, LA),
    ),
    Probe(
        "uk_chat_signature_recruiter",
        "Tom Feld <tom.feld@harrow-search.example>",
        "Chat with Oakhurst on Monday",
        "Hi Sam,\n\nOakhurst would like a chat on Monday 9th at 3pm at their offices. I've "
        "said yes on your behalf as agreed.\n\nTom Feld\nRecruitment Consultant, Harrow Search",
        start=(2026, 3, 9, 15, 0, LON),
        user="uk",
    ),
    Probe(
        "de_kurzes_gespraech_signatur",
        "Lena Vogel <lena.vogel@kiefernwerk.example>",
        "Kurzes Telefonat am Mittwoch",
        "Hallo Herr Weber,\n\ngerne bestätige ich unser kurzes Telefonat am Mittwoch, 04.03., "
        "um 11 Uhr. Ich rufe Sie an.\n\nViele Grüße\nLena Vogel\nTalent Acquisition | "
        "Kiefernwerk GmbH",
        start=(2026, 3, 4, 11, 0, BER),
        user="de",
    ),
    Probe(
        "fr_point_rapide_signature",
        "Julien Faure <julien.faure@cedre-rh.example>",
        "Point téléphonique jeudi",
        "Bonjour Camille,\n\nJe vous confirme notre point téléphonique jeudi 5 mars à 17h. "
        "Je vous appelle sur votre portable.\n\nJulien Faure\nChargé de recrutement, Cèdre RH",
        start=(2026, 3, 5, 17, 0, PAR),
        user="fr",
    ),
    Probe(
        "es_charla_hilo_candidatura",
        "Irene Calvo <irene.calvo@mistral-soft.example>",
        "RE: Tu candidatura - Desarrollador Backend",
        "Hola Pablo, genial. Hablamos el miércoles 11 a las 10:30 por Meet: "
        "meet.google.com/mst-qwer-tyu\n\nIrene",
        start=(2026, 3, 11, 10, 30, MAD),
        user="es",
    ),
)

# --- D. Outlook, Teams, Zoom, Webex and Meet text blocks without a calendar part -----------
TEAMS = (
    "________________________________________________________________________________\n"
    "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
    "Click here to join the meeting\nMeeting ID: 243 118 905 512\nPasscode: q7Xk2p\n"
    "Download Teams | Join on the web\nLearn More | Meeting options\n"
    "________________________________________________________________________________"
)

MEETING_TEXT: tuple[Probe, ...] = (
    Probe(
        "outlook_when_where_teams",
        "Rachel Kim <rachel.kim@harbor-mutual.example>",
        "Interview: Alex Morgan - Senior Financial Analyst",
        "When: Thursday, March 12, 2026 2:00 PM-3:00 PM (UTC-05:00) Eastern Time (US & "
        "Canada).\nWhere: Microsoft Teams Meeting\n\n" + TEAMS,
        start=(2026, 3, 12, 14, 0, NY),
    ),
    Probe(
        "teams_block_second_round",
        "Victor Osei <victor.osei@cloverleaf-ins.example>",
        "Second round - Claims Manager",
        "Hi Alex,\n\nLooking forward to continuing the conversation on Tuesday, March 10 at "
        "9:00 AM ET with me and Dana Pruitt.\n\n" + TEAMS,
        start=(2026, 3, 10, 9, 0, NY),
        names=("Dana Pruitt",),
    ),
    Probe(
        "zoom_topic_time",
        "Kevin Tsai <kevin.tsai@sablewave.example>",
        "Zoom details for your interview",
        "Kevin Tsai is inviting you to a scheduled Zoom meeting.\n\nTopic: Alex Morgan - "
        "Final Round (Sablewave)\nTime: Mar 18, 2026 10:00 AM Pacific Time (US and Canada)\n\n"
        "Join Zoom Meeting\nhttps://sablewave.zoom.us/j/81234567890?pwd=abc123\n\n"
        "Meeting ID: 812 3456 7890\nPasscode: 442211",
        start=(2026, 3, 18, 10, 0, LA),
    ),
    Probe(
        "zoom_topic_no_interview_word",
        "Erin Walsh <erin.walsh@foxglove-media.example>",
        "Foxglove Media - Senior Editor",
        "Hi Alex, here are the details for Friday.\n\nErin Walsh is inviting you to a "
        "scheduled Zoom meeting.\n\nTopic: Alex / Erin - Senior Editor conversation\n"
        "Time: Mar 6, 2026 01:30 PM Eastern Time (US and Canada)\n\nJoin Zoom Meeting\n"
        "https://foxglove.zoom.us/j/93322110044\n\nErin Walsh\nManaging Editor",
        start=(2026, 3, 6, 13, 30, NY),
    ),
    Probe(
        "webex_panel",
        "Hiring Team <hiring@stonebridge-gov.example>",
        "Panel interview - Policy Analyst (Req 4471)",
        "Dear Alex Morgan,\n\nYour panel interview is scheduled as follows.\n\n"
        "Meeting number (access code): 2630 118 4471\nMeeting password: Pq4rT\n"
        "Thursday, March 19, 2026\n10:30 AM | (UTC-04:00) Eastern Time (US & Canada) | 1 hr"
        "\n\nJoin meeting: https://stonebridge.webex.com/stonebridge/j.php?MTID=m12ab\n\n"
        "Stonebridge Human Resources",
        start=(2026, 3, 19, 10, 30, NY),
    ),
    Probe(
        "meet_block_technical",
        "Arjun Mehta <arjun.mehta@tallgrass-ai.example>",
        "Technical interview details",
        "Hi Alex,\n\nTechnical interview with Arjun Mehta\nWednesday, March 11 · 3:00 – "
        "4:00pm\nTime zone: America/New_York\nGoogle Meet joining info\nVideo call link: "
        "https://meet.google.com/tgr-hjkl-mnb\nOr dial: (US) +1 646-555-0188 PIN: 220 118 "
        "553#",
        start=(2026, 3, 11, 15, 0, NY),
    ),
    Probe(
        "outlook_forwarded_meeting",
        "Paula Greer <paula.greer@lindqvist.example>",
        "FW: Alex Morgan | Hiring Manager Interview",
        "Hi Alex - forwarding the invite so you have it.\n\n-----Original Appointment-----\n"
        "From: Paula Greer\nSent: Monday, March 2, 2026 11:20 AM\nTo: Paula Greer; Bryce "
        "Holm\nSubject: Alex Morgan | Hiring Manager Interview\nWhen: Monday, March 16, 2026 "
        "11:00 AM-11:45 AM (UTC-05:00) Eastern Time (US & Canada).\nWhere: Microsoft Teams "
        "Meeting",
        start=(2026, 3, 16, 11, 0, NY),
    ),
    Probe(
        "de_outlook_wann_wo",
        "Anja Pohl <anja.pohl@elbwerft.example>",
        "Vorstellungsgespräch Jonas Weber - Projektingenieur",
        "Wann: Donnerstag, 12. März 2026 14:00-15:00 (UTC+01:00) Amsterdam, Berlin, Bern, "
        "Rom, Stockholm, Wien.\nWo: Microsoft Teams-Besprechung\n\n"
        "____________________________________\nMicrosoft Teams-Besprechung\nTreten Sie über "
        "Ihren Computer, die mobile App oder das Raumgerät bei\nHier klicken, um an der "
        "Besprechung teilzunehmen\nBesprechungs-ID: 351 118 204 77\nKennung: Zx8wQ2",
        start=(2026, 3, 12, 14, 0, BER),
        user="de",
    ),
    Probe(
        "fr_outlook_quand_ou",
        "Nadia Brun <nadia.brun@ligerienne.example>",
        "Entretien Camille Martin - Contrôleuse de gestion",
        "Quand : mardi 17 mars 2026 10:00-11:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, "
        "Paris.\nOù : Réunion Microsoft Teams\n\n___________________________\nRéunion "
        "Microsoft Teams\nRejoindre sur votre ordinateur, application mobile ou appareil de "
        "salle\nCliquez ici pour participer à la réunion\nID de la réunion : 318 442 901 55",
        start=(2026, 3, 17, 10, 0, PAR),
        user="fr",
    ),
    Probe(
        "es_outlook_cuando_donde",
        "Lucía Herrero <lucia.herrero@tajo-seguros.example>",
        "Entrevista Pablo García - Analista de Riesgos",
        "Cuándo: miércoles, 18 de marzo de 2026 12:00-13:00 (UTC+01:00) Bruselas, "
        "Copenhague, Madrid, París.\nDónde: Reunión de Microsoft Teams\n\n"
        "______________________\nReunión de Microsoft Teams\nUnirse desde el equipo, la "
        "aplicación móvil o un dispositivo de sala\nHaga clic aquí para unirse a la reunión",
        start=(2026, 3, 18, 12, 0, MAD),
        user="es",
    ),
    Probe(
        "zoom_personal_room_screen",
        "Bianca Reyes <bianca.reyes@quarry-labs.example>",
        "Screening call - Quarry Labs",
        "Hi Alex,\n\nYou're confirmed for Monday, March 9 at 1:00 PM Central.\n\nJoin Zoom "
        "Meeting: https://quarrylabs.zoom.us/my/bianca.reyes\n\nBianca Reyes\nTechnical "
        "Recruiter",
        start=(2026, 3, 9, 13, 0, CHI),
    ),
)

# --- E. Scheduling tools and applicant tracking systems ------------------------------------
TOOLS: tuple[Probe, ...] = (
    Probe(
        "calendly_new_event_interview",
        "Calendly <notifications@calendly.com>",
        "New Event: Alex Morgan - 10:00am Tue, Mar 10, 2026 - 30 Minute Interview",
        "Hi Alex Morgan,\n\nYour event has been scheduled.\n\nEvent Type:\n30 Minute "
        "Interview with Corinne Hale (Lakeshore Credit Union)\n\nDate & Time:\n10:00am - "
        "10:30am (Eastern Time - US & Canada), Tuesday, March 10, 2026\n\nLocation:\n"
        "Zoom (details in the calendar invite)\n\nCancel or Reschedule",
        start=(2026, 3, 10, 10, 0, NY),
        names=("Corinne Hale",),
    ),
    Probe(
        "savvycal_booked",
        "SavvyCal <notifications@savvycal.com>",
        "Booked: Recruiter screen with Piper Labs",
        "You're booked!\n\nRecruiter screen with Piper Labs\nWednesday, March 11, 2026\n"
        "2:30 PM - 3:00 PM (America/Chicago)\n\nWith Hollis Grant\nLocation: Google Meet\n\n"
        "Need to make a change? Reschedule or cancel.",
        start=(2026, 3, 11, 14, 30, CHI),
        names=("Hollis Grant",),
    ),
    Probe(
        "ms_bookings_interview",
        "Meridian County Careers <careers@meridiancounty.example>",
        "Your booking is confirmed: Candidate interview",
        "Hi Alex Morgan,\n\nThank you for booking with Meridian County Careers.\n\n"
        "Candidate interview - Parks Supervisor\nThursday, March 19, 2026\n9:00 AM - 9:45 AM "
        "(UTC-05:00) Eastern Time (US & Canada)\nStaff: Gloria Ames\n\nAdd to calendar\n"
        "Manage booking",
        start=(2026, 3, 19, 9, 0, NY),
        names=("Gloria Ames",),
    ),
    Probe(
        "goodtime_itinerary_confirmed",
        "Talent at Loomis <talent@goodtime.io>",
        "Interview Confirmation - Loomis: Senior Designer",
        "Hi Alex,\n\nYour interviews with Loomis are confirmed.\n\nMonday, March 16, 2026 "
        "(PDT)\n10:00 AM - 10:45 AM  Portfolio review - Reese Donovan\n11:00 AM - 11:45 AM  "
        "Collaboration - Mika Ito\n\nVideo links are in your calendar invitations.\n\n"
        "Powered by GoodTime",
        start=(2026, 3, 16, 10, 0, LA),
        names=("Reese Donovan", "Mika Ito"),
    ),
    Probe(
        "modernloop_confirmed_onsite",
        "Ferrous Recruiting <ferrous@modernloop.io>",
        "Your Ferrous onsite is confirmed",
        "Hi Alex,\n\nYour onsite with Ferrous is confirmed for Thursday, March 19.\n\n"
        "9:30 AM - 10:15 AM CT  System design (Owen Barr)\n10:30 AM - 11:15 AM CT  Coding "
        "(Ife Adeyemi)\n11:30 AM - 12:00 PM CT  Hiring manager (Carla Jung)\n\nAddress: "
        "400 N Wells St, Chicago",
        start=(2026, 3, 19, 9, 30, CHI),
        names=("Owen Barr", "Ife Adeyemi", "Carla Jung"),
    ),
    Probe(
        "paradox_olivia_confirmed",
        "Olivia at Harvest Foods <olivia@paradox.ai>",
        "Interview Confirmed",
        "Hi Alex! This is Olivia, the assistant at Harvest Foods. Your interview for Shift "
        "Lead is confirmed.\n\nWhen: Thursday, March 5 at 3:00 PM\nWhere: Harvest Foods "
        "#2210, 18 Mill Rd, Albany NY\nInterviewer: Derrick Mayes\n\nReply RESCHEDULE if "
        "you need a different time.",
        start=(2026, 3, 5, 15, 0, NY),
        names=("Derrick Mayes",),
    ),
    Probe(
        "workable_scheduled",
        "Sunmill Hiring Team <noreply@workablemail.com>",
        "Your interview with Sunmill has been scheduled",
        "Hi Alex,\n\nYour interview for the Customer Support Specialist position at Sunmill "
        "has been scheduled.\n\nDate: Wednesday, March 11, 2026\nTime: 11:00 AM - 11:30 AM "
        "EDT\nType: Video call\nInterviewers: Beth Carrow\n\nPowered by Workable",
        start=(2026, 3, 11, 11, 0, NY),
        names=("Beth Carrow",),
    ),
    Probe(
        "jazzhr_confirm",
        "Kilnworth Careers <no-reply@applytojob.com>",
        "Kilnworth - Interview Scheduled",
        "Dear Alex,\n\nThank you for scheduling your interview for Production Planner.\n\n"
        "Interview Date: 03/12/2026\nInterview Time: 1:00 PM Eastern\nLocation: Kilnworth "
        "Plant, 77 Furnace Rd, Erie PA\nContact: Sheila Dorn\n\nSincerely,\nKilnworth HR",
        start=(2026, 3, 12, 13, 0, NY),
        names=("Sheila Dorn",),
    ),
    Probe(
        "jobvite_event",
        "Talent Acquisition <talent@jobvite.com>",
        "Interview Scheduled: Registered Nurse - ICU",
        "Hello Alex,\n\nThe following interview has been scheduled for you with St. Brigid "
        "Medical Center.\n\nRequisition: Registered Nurse - ICU (R-20913)\nStart: 3/17/2026 "
        "8:30 AM EDT\nEnd: 3/17/2026 9:30 AM EDT\nLocation: Phone - we will call you at the "
        "number on file\nInterviewer(s): Laverne Oakes, RN\n\nSt. Brigid Talent Acquisition",
        start=(2026, 3, 17, 8, 30, NY),
        names=("Laverne Oakes",),
    ),
    Probe(
        "taleo_confirmation",
        "Careers Portal <careers@taleo.net>",
        "Interview Confirmation - Req. 26-0412 Senior Accountant",
        "Dear Alex Morgan,\n\nThis message confirms your interview for requisition "
        "26-0412, Senior Accountant.\n\nDate: Tuesday, March 24, 2026\nTime: 10:00 AM (GMT-"
        "04:00) Eastern Time\nPlace: 1 Commerce Plaza, 12th floor, Hartford\n\nPlease do "
        "not reply to this message.",
        start=(2026, 3, 24, 10, 0, NY),
    ),
    Probe(
        "successfactors_slot",
        "Recruiting <no-reply@successfactors.com>",
        "Interview Slot Confirmed",
        "Dear Alex,\n\nThank you for selecting an interview slot for the position Supply "
        "Chain Analyst (Job Req 80125).\n\nYour selected slot: Friday, 03/13/2026, 02:00 PM "
        "- 02:45 PM (America/New_York)\nInterviewer: Lars Eklund\n\nBest regards,\nYour "
        "Recruiting Team",
        start=(2026, 3, 13, 14, 0, NY),
        names=("Lars Eklund",),
    ),
    Probe(
        "zoho_recruit",
        "Brisa Staffing <notifications@zohorecruit.com>",
        "Interview scheduled for Warehouse Supervisor",
        "Hi Alex,\n\nAn interview has been scheduled for you.\n\nInterview Name: Warehouse "
        "Supervisor - In-person\nFrom: 03/10/2026 09:00 AM\nTo: 03/10/2026 10:00 AM\n"
        "Time Zone: America/Chicago\nVenue: 2100 Dock St, Joliet IL\nInterviewer: Ray "
        "Munoz\n\nBrisa Staffing",
        start=(2026, 3, 10, 9, 0, CHI),
        names=("Ray Munoz",),
    ),
    Probe(
        "pinpoint_booked",
        "Ashlock Careers <no-reply@pinpointhq.com>",
        "You're booked in: video interview with Ashlock",
        "Hi Sam,\n\nThanks for booking. Here are the details:\n\nVideo interview - Marketing "
        "Executive\nMonday 16 March 2026, 11:30 - 12:15 (London)\nYou'll meet: Hattie "
        "Brooke and Callum Reid\n\nJoin link: https://ashlock.pinpointhq.com/v/abc\n\n"
        "Ashlock Talent Team",
        start=(2026, 3, 16, 11, 30, LON),
        names=("Hattie Brooke", "Callum Reid"),
        user="uk",
    ),
    Probe(
        "recruitee_event",
        "Tulpen Software <no-reply@recruitee.com>",
        "Invitation: 2nd round with Tulpen Software",
        "Hi Sam,\n\nYou have been invited to the following event:\n\n2nd round - Backend "
        "Developer\nWhen: Thu 19 Mar 2026, 15:00 - 16:00 (Europe/Amsterdam)\nWhere: Google "
        "Meet\nAttendees: Daan Visser, Sanne de Boer\n\nTulpen Software",
        start=(2026, 3, 19, 15, 0, "Europe/Amsterdam"),
        names=("Daan Visser", "Sanne de Boer"),
        user="uk",
    ),
    Probe(
        "teamtailor_booked",
        "Nordkap Careers <no-reply@teamtailor-mail.com>",
        "Your meeting with Nordkap has been booked",
        "Hi Sam!\n\nYou have booked a meeting with Nordkap for the role Account Executive.\n"
        "\nTuesday 17 March 2026 at 10:00 (Europe/Stockholm)\nWith: Elin Strand\nLocation: "
        "Microsoft Teams\n\nBest regards,\nNordkap",
        start=(2026, 3, 17, 10, 0, "Europe/Stockholm"),
        names=("Elin Strand",),
        user="uk",
    ),
    Probe(
        "de_personio_einladung",
        "Wellenreiter GmbH <noreply@personio.de>",
        "Einladung zum Gespräch: Werkstudent Marketing (m/w/d)",
        "Hallo Jonas,\n\nwir freuen uns, dich zu einem Gespräch einzuladen.\n\nTermin: "
        "Mittwoch, 18.03.2026, 10:30 - 11:15 Uhr\nOrt: Online (Google Meet)\n"
        "Gesprächspartner: Sina Kraus\n\nBei Fragen antworte einfach auf diese E-Mail.\n\n"
        "Dein Wellenreiter Team",
        start=(2026, 3, 18, 10, 30, BER),
        names=("Sina Kraus",),
        user="de",
    ),
    Probe(
        "rippling_scheduled",
        "Quayside Hiring <hiring@rippling.com>",
        "Interview scheduled: Quayside - Payroll Specialist",
        "Hi Alex,\n\nYour interview with Quayside is scheduled.\n\nWhen: Mon, Mar 23, 2026, "
        "12:00 PM - 12:45 PM MDT\nWhere: Zoom\nWho: Tess Lindqvist (Controller)\n\n"
        "Sent via Rippling Recruiting",
        start=(2026, 3, 23, 12, 0, DEN),
        names=("Tess Lindqvist",),
    ),
    Probe(
        "gem_booked",
        "Casey Wong <casey.wong@gem.com>",
        "Confirmed: chat with Halcyon Robotics, Wed Mar 11 @ 1:00 PM PT",
        "Hi Alex - you're all set to speak with Halcyon Robotics about the Controls Engineer "
        "role.\n\nWednesday, March 11, 1:00 PM - 1:30 PM PT\nWith Casey Wong, Technical "
        "Recruiter at Halcyon\n\nSent with Gem",
        start=(2026, 3, 11, 13, 0, LA),
    ),
    Probe(
        "calcom_technical_interview",
        "Cal.com <no-reply@cal.com>",
        "Confirmed: Technical Interview between Zeno Park and Alex Morgan",
        "Your event has been scheduled\n\nWhat: Technical Interview between Zeno Park and "
        "Alex Morgan\nWhen: Friday, March 13, 2026 | 9:00am - 10:00am (America/Los_Angeles)"
        "\nWho: Zeno Park - Organizer, Alex Morgan\nWhere: Cal Video",
        start=(2026, 3, 13, 9, 0, LA),
    ),
)

# --- F. Reminders, moves, itineraries, assessment and trial days, panels by phone ------------
LATER_STAGES: tuple[Probe, ...] = (
    Probe(
        "reminder_tomorrow_at_10",
        "Fenwick Recruiting <recruiting@fenwick-grp.example>",
        "Reminder: your interview tomorrow at 10",
        "Hi Alex, a quick reminder of your interview with Jasper Cole tomorrow (Tuesday, "
        "March 3) at 10:00 AM ET at 55 Water St, 4th floor.\n\nFenwick Recruiting",
        start=(2026, 3, 3, 10, 0, NY),
        names=("Jasper Cole",),
    ),
    Probe(
        "reminder_today_short",
        "Hollis Tran <hollis.tran@greenvale-energy.example>",
        "Reminder - today 4:30pm",
        "Hi Alex, just a reminder that we're speaking today at 4:30pm ET for the Project "
        "Coordinator role. Talk soon!\n\nHollis\nRecruiter, Greenvale Energy",
        start=(2026, 3, 2, 16, 30, NY),
    ),
    Probe(
        "de_erinnerung_termin",
        "Bewerbermanagement Feldhaus <bewerbung@feldhaus-gruppe.example>",
        "Erinnerung: Ihr Vorstellungsgespräch am 05.03.2026",
        "Sehr geehrter Herr Weber,\n\nwir möchten Sie an Ihren Termin am Donnerstag, "
        "05.03.2026, um 09:00 Uhr erinnern. Bitte melden Sie sich am Empfang in Gebäude B."
        "\n\nMit freundlichen Grüßen\nFeldhaus Gruppe",
        start=(2026, 3, 5, 9, 0, BER),
        user="de",
    ),
    Probe(
        "fr_rappel_visio",
        "Recrutement Sillage <recrutement@sillage-groupe.example>",
        "Rappel : votre entretien du jeudi 5 mars",
        "Bonjour Camille,\n\nNous vous rappelons votre entretien en visio jeudi 5 mars à "
        "14h avec Mathilde Rey. Le lien Teams figure dans l'invitation.\n\nL'équipe "
        "Recrutement",
        start=(2026, 3, 5, 14, 0, PAR),
        names=("Mathilde Rey",),
        user="fr",
    ),
    Probe(
        "es_recordatorio_cita",
        "Talento Robledal <talento@robledal.example>",
        "Recordatorio: entrevista el jueves 5 de marzo",
        "Hola Pablo,\n\nTe recordamos tu entrevista presencial el jueves 5 de marzo a las "
        "10:00 en Paseo de la Castellana 120, planta 6. Pregunta por Óscar Luna.\n\nUn "
        "saludo,\nTalento Robledal",
        start=(2026, 3, 5, 10, 0, MAD),
        names=("Óscar Luna",),
        user="es",
    ),
    Probe(
        "moved_new_time_only",
        "Nina Castro <nina.castro@pellwood.example>",
        "New time: Thursday 3/12, 11:30 AM ET",
        "Hi Alex,\n\nSorry for the shuffle - Leo is now free Thursday 3/12 at 11:30 AM ET "
        "instead, so I've updated your interview to that time. Same Zoom link.\n\nNina\n"
        "Recruiting Coordinator, Pellwood",
        start=(2026, 3, 12, 11, 30, NY),
    ),
    Probe(
        "rescheduled_subject_only_new",
        "Quinn Harper <quinn.harper@oriel-labs.example>",
        "Rescheduled: Interview with Oriel Labs",
        "Hi Alex - updated to Friday, March 13 at 3:00 PM ET. Everything else stays the "
        "same.\n\nQuinn",
        start=(2026, 3, 13, 15, 0, NY),
    ),
    Probe(
        "de_verschoben_neu",
        "Heike Adam <heike.adam@sonnenhof-kliniken.example>",
        "Neuer Termin",
        "Hallo Herr Weber,\n\nunser Vorstellungsgespräch muss leider verschoben werden. Neu: "
        "Montag, 16.03., 11:00 Uhr. Alles andere bleibt gleich.\n\nHeike Adam\nPersonal",
        start=(2026, 3, 16, 11, 0, BER),
        user="de",
    ),
    Probe(
        "es_nueva_hora",
        "Marta Gil <marta.gil@alcor-logistica.example>",
        "Cambio de hora",
        "Hola Pablo,\n\nTe escribo para mover la entrevista: nueva hora, jueves 12 a las "
        "17:00. El resto sigue igual.\n\nMarta Gil\nSelección, Alcor Logística",
        start=(2026, 3, 12, 17, 0, MAD),
        user="es",
    ),
    Probe(
        "two_day_onsite",
        "Cascade Recruiting <recruiting@cascade-aero.example>",
        "Your onsite itinerary - March 17-18",
        "Hi Alex,\n\nHere is your two-day onsite itinerary for the Flight Test Engineer "
        "interview.\n\nDay 1 - Tuesday, March 17 (Pacific)\n8:30 AM  Arrive, badge pickup\n"
        "9:00 AM  Technical panel (Nora Field, Ben Ashby)\n12:00 PM  Lunch with the team\n\n"
        "Day 2 - Wednesday, March 18\n9:00 AM  Hangar tour\n10:00 AM  Hiring manager (Gil "
        "Ortega)\n\nHotel: Seaside Inn, confirmation 88120.",
        # The first session, not the badge pickup before it.
        start=(2026, 3, 17, 9, 0, LA),
        names=("Nora Field", "Gil Ortega"),
    ),
    Probe(
        "superday",
        "Graduate Recruiting <gradrecruiting@kestrel-capital.example>",
        "Superday confirmation - Kestrel Capital",
        "Dear Alex,\n\nWe are pleased to confirm your Superday on Friday, March 20, 2026, "
        "8:00 AM - 4:00 PM ET at 200 Park Ave, New York. You will have four back-to-back "
        "interviews with members of the Investment Banking division.\n\nKestrel Capital "
        "Graduate Recruiting",
        start=(2026, 3, 20, 8, 0, NY),
    ),
    Probe(
        "uk_assessment_day",
        "Early Careers <earlycareers@thamesgate.example>",
        "Assessment Day - Thursday 19 March",
        "Hi Sam,\n\nThanks for booking your Assessment Day. It runs from 9.30am to 3pm on "
        "Thursday 19 March at our Reading office and includes a group task and a competency "
        "interview. Please bring photo ID.\n\nEarly Careers Team, Thamesgate",
        start=(2026, 3, 19, 9, 30, LON),
        user="uk",
    ),
    Probe(
        "trial_shift_saturday",
        "Marco Bellini <marco@trattoria-bellini.example>",
        "Trial shift",
        "Hi Alex, thanks for coming by. Confirming your trial shift this Saturday (3/7) "
        "from 5pm. Ask for Gina at the pass. If it goes well we'll talk about the line cook job "
        "after.\n\nMarco",
        start=(2026, 3, 7, 17, 0, NY),
    ),
    Probe(
        "de_probetag",
        "Kita Sonnenblume <leitung@kita-sonnenblume.example>",
        "Ihr Probetag bei uns",
        "Liebe Frau Weber,\n\nwie besprochen bestätigen wir Ihren Probetag als Erzieherin "
        "am Dienstag, 10.03., von 8 bis 13 Uhr. Bitte bringen Sie Hausschuhe mit.\n\n"
        "Herzliche Grüße\nIhre Kita-Leitung",
        start=(2026, 3, 10, 8, 0, BER),
        user="de",
    ),
    Probe(
        "fr_journee_immersion",
        "Boulangerie Marchal <contact@boulangerie-marchal.example>",
        "Journée d'immersion samedi",
        "Bonjour Camille,\n\nSuite à votre candidature au poste de vendeuse, nous vous "
        "proposons une journée d'immersion le samedi 7 mars de 7h à 13h à la boutique. "
        "C'est confirmé de notre côté.\n\nMme Marchal",
        start=(2026, 3, 7, 7, 0, PAR),
        user="fr",
    ),
    Probe(
        "es_jornada_prueba",
        "Restaurante La Alacena <rrhh@laalacena.example>",
        "Jornada de prueba el sábado",
        "Hola Pablo,\n\nComo hablamos, te esperamos el sábado 7 de marzo a las 12:00 para la "
        "jornada de prueba como camarero. Pregunta por Javier en barra.\n\nLa Alacena",
        start=(2026, 3, 7, 12, 0, MAD),
        user="es",
    ),
    Probe(
        "phone_panel_dialin",
        "Pamela Ruiz <pamela.ruiz@ridgeview-schools.example>",
        "Phone panel interview - Assistant Principal",
        "Dear Alex,\n\nYour phone panel interview is confirmed for Wednesday, March 18 at "
        "4:00 PM ET. Please dial in at that time:\n\nDial-in: +1 888-555-0147\n"
        "Participant code: 4471 2290#\n\nPanel: Dr. Helen Marsh, Curtis Yee and me.\n\n"
        "Pamela Ruiz\nHuman Resources, Ridgeview Schools",
        start=(2026, 3, 18, 16, 0, NY),
        names=("Helen Marsh", "Curtis Yee"),
    ),
    Probe(
        "uk_conference_call_panel",
        "Interviews <interviews@ashby-council.example>",
        "Telephone interview arrangements",
        "Dear Sam,\n\nYour telephone interview for the post of Housing Officer will take "
        "place on Monday 16 March at 14:00. Please join the conference call on 0800 555 "
        "0199, PIN 66182. The panel will be Cllr Joan Pryce and Martin Hale.\n\nHR Services",
        start=(2026, 3, 16, 14, 0, LON),
        names=("Martin Hale",),
        user="uk",
    ),
    Probe(
        "de_telefonkonferenz",
        "Personalreferat Landesamt <personal@landesamt-umwelt.example>",
        "Auswahlgespräch per Telefonkonferenz",
        "Sehr geehrter Herr Weber,\n\nIhr Auswahlgespräch findet am Freitag, 13.03.2026, "
        "um 10:00 Uhr als Telefonkonferenz statt. Einwahl: +49 30 5550 1234, "
        "Konferenz-PIN 882 771.\n\nMit freundlichen Grüßen\nPersonalreferat",
        start=(2026, 3, 13, 10, 0, BER),
        user="de",
    ),
    Probe(
        "fr_centre_evaluation",
        "Recrutement Banque Rhodanienne <recrutement@rhodanienne.example>",
        "Convocation au centre d'évaluation",
        "Madame Martin,\n\nNous avons le plaisir de vous convoquer à notre centre "
        "d'évaluation le mercredi 25 mars 2026 de 8h30 à 16h30, 4 quai Saint-Antoine, Lyon. "
        "La journée comprend une mise en situation et un entretien avec un jury.\n\n"
        "Recrutement",
        start=(2026, 3, 25, 8, 30, PAR),
        user="fr",
    ),
)

# --- G. More of the same families, one each in another shape -------------------------------
MORE: tuple[Probe, ...] = (
    Probe(
        "subj_time_only_interview_body",
        "Kim Bauer <kim.bauer@brookvale.example>",
        "Re: Tue 3/10 11am ET",
        "Confirmed for the interview - talk then.\n\nKim\nTalent Partner, Brookvale",
        start=(2026, 3, 10, 11, 0, NY),
    ),
    Probe(
        "de_erinnerung_bis_morgen",
        "Katja Brandt <katja.brandt@lichtwerk.example>",
        "Erinnerung: Vorstellungsgespräch morgen um 10 Uhr",
        "Hallo Jonas, bis morgen! Der Teams-Link steht in der Einladung.\n\nKatja",
        start=(2026, 3, 3, 10, 0, BER),
        user="de",
    ),
    Probe(
        "fr_rappel_a_demain",
        "Inès Carpentier <ines.carpentier@opaline-rh.example>",
        "Rappel : entretien d'embauche demain à 9h30",
        "Bonjour Camille, à demain ! Nous vous attendons au 5 rue des Lilas, 2e étage.\n\nInès",
        start=(2026, 3, 3, 9, 30, PAR),
        user="fr",
    ),
    Probe(
        "es_recordatorio_hasta_manana",
        "Ana Prieto <ana.prieto@velero-tech.example>",
        "Recordatorio: tu entrevista mañana a las 11:00",
        "¡Hasta mañana, Pablo!\n\nAna",
        start=(2026, 3, 3, 11, 0, MAD),
        user="es",
    ),
    Probe(
        "outlook_in_person_room",
        "Martin Greaves <martin.greaves@bellhaven.example>",
        "Interview - Alex Morgan (Operations Lead)",
        "When: Tuesday, March 10, 2026 3:00 PM-4:00 PM (UTC-05:00) Eastern Time (US & "
        "Canada).\nWhere: Conference Room 4B, 100 Main St, Stamford\n\n*~*~*~*~*~*~*~*~*~*"
        "\n\nPlease check in with reception on the ground floor.",
        start=(2026, 3, 10, 15, 0, NY),
    ),
    Probe(
        "webex_reminder_personal_room",
        "Donna Pryce <donna.pryce@halden-ins.example>",
        "Reminder: interview today at 3:30 PM",
        "Hi Alex,\n\nLooking forward to speaking at 3:30 PM ET today.\n\nJoin my Webex "
        "personal room: https://halden.webex.com/meet/dpryce\nMeeting number: 2554 118 "
        "0934\n\nDonna Pryce\nHR Business Partner",
        start=(2026, 3, 2, 15, 30, NY),
    ),
)

# --- H. A second batch: the noun in a reply's subject, tools and systems in other languages
SECOND: tuple[Probe, ...] = (
    Probe(
        "reply_subject_phone_screen",
        "Jenna Wu <jenna.wu@brightline-energy.example>",
        "Re: Phone screen",
        "Sounds good - 2pm ET tomorrow. Talk then!\n\nJenna\n\n> Tomorrow afternoon works "
        "for me, any time after 1pm.",
        start=(2026, 3, 3, 14, 0, NY),
    ),
    Probe(
        "reply_subject_interview_bare",
        "Leo Brandt <leo.brandt@coralbay.example>",
        "Re: Interview",
        "Thursday 10am works - see you then!\n\nLeo\n\n> Would Thursday at 10am or Friday "
        "at 2pm suit you for the interview?",
        start=(2026, 3, 5, 10, 0, NY),
    ),
    Probe(
        "de_bestaetigung_wir_sehen_uns",
        "Gisela Marx <g.marx@rotbuche.example>",
        "Bestätigung Ihres Vorstellungsgesprächs",
        "Hallo Herr Weber,\n\nwir sehen uns am Freitag, 13.03., um 10 Uhr.\n\nGruß\nGisela Marx",
        start=(2026, 3, 13, 10, 0, BER),
        user="de",
    ),
    Probe(
        "fr_re_entretien_ca_marche",
        "Yann Le Goff <yann.legoff@kerlann.example>",
        "RE: Entretien - Technicien de maintenance",
        "Parfait, jeudi 11h ça marche. À jeudi !\n\nYann\n\n> Je serais disponible jeudi "
        "à 11h ou vendredi à 9h pour l'entretien.",
        start=(2026, 3, 5, 11, 0, PAR),
        user="fr",
    ),
    Probe(
        "es_re_entrevista_perfecto",
        "Nuria Vela <nuria.vela@solana-retail.example>",
        "RE: Entrevista - Dependiente/a",
        "Perfecto, el jueves a las 11. ¡Nos vemos!\n\nNuria\n\n> Podría el jueves a las "
        "11 o el viernes a las 9.",
        start=(2026, 3, 5, 11, 0, MAD),
        user="es",
    ),
    Probe(
        "zoom_topic_interview_uk",
        "Harriet Cole <harriet.cole@larchmont.example>",
        "Zoom invitation",
        "Harriet Cole is inviting you to a scheduled Zoom meeting.\n\nTopic: Interview - "
        "Sam Taylor (Finance Business Partner)\nTime: Mar 12, 2026 02:00 PM London\n\n"
        "Join Zoom Meeting\nhttps://larchmont.zoom.us/j/81112223334",
        start=(2026, 3, 12, 14, 0, LON),
        user="uk",
    ),
    Probe(
        "meet_block_central",
        "Rosa Vance <rosa.vance@prairie-grain.example>",
        "Interview: Alex Morgan (Data Analyst)",
        "Interview: Alex Morgan (Data Analyst)\nThursday, March 12 · 10:00 – 10:45am\n"
        "Time zone: America/Chicago\nGoogle Meet joining info\nVideo call link: "
        "https://meet.google.com/prg-abcd-xyz",
        start=(2026, 3, 12, 10, 0, CHI),
    ),
    Probe(
        "calendly_invitee_confirmed",
        "Calendly <notifications@calendly.com>",
        "Confirmed: Recruiter Screen with Jenna Wu on Wednesday, March 4, 2026",
        "Hi Alex Morgan,\n\nYour Recruiter Screen with Jenna Wu at 11:30am (Eastern Time - "
        "US & Canada) on Wednesday, March 4, 2026 is scheduled.\n\nLocation: Jenna will "
        "call you.\n\nCancel | Reschedule",
        start=(2026, 3, 4, 11, 30, NY),
    ),
    Probe(
        "calcom_rescheduled",
        "Cal.com <no-reply@cal.com>",
        "Rescheduled: Technical Interview between Zeno Park and Alex Morgan",
        "Your event has been rescheduled\n\nWhat: Technical Interview between Zeno Park and "
        "Alex Morgan\nWhen: Monday, March 16, 2026 | 11:00am - 12:00pm "
        "(America/Los_Angeles)\nWhere: Cal Video",
        start=(2026, 3, 16, 11, 0, LA),
    ),
    Probe(
        "bookings_reminder",
        "Meridian County Careers <careers@meridiancounty.example>",
        "Reminder: Candidate interview - Parks Supervisor",
        "Hi Alex Morgan,\n\nThis is a reminder of your booking.\n\nCandidate interview - "
        "Parks Supervisor\nThursday, March 19, 2026\n9:00 AM - 9:45 AM (UTC-05:00) Eastern "
        "Time (US & Canada)\nStaff: Gloria Ames",
        start=(2026, 3, 19, 9, 0, NY),
        names=("Gloria Ames",),
    ),
    Probe(
        "es_paradox_agendado",
        "Olivia de SuperAhorro <olivia@paradox.ai>",
        "¡Entrevista agendada!",
        "¡Hola Pablo! Tu entrevista para Cajero/a está confirmada.\n\nCuándo: jueves 5 de "
        "marzo, 15:00\nDónde: SuperAhorro, Calle Mayor 12, Zaragoza\n\nResponde CAMBIAR si "
        "necesitas otra hora.",
        start=(2026, 3, 5, 15, 0, MAD),
        user="es",
    ),
    Probe(
        "fr_workable_planifie",
        "Équipe Sunmill <noreply@workablemail.com>",
        "Votre entretien avec Sunmill est planifié",
        "Bonjour Camille,\n\nVotre entretien pour le poste de Chargée de clientèle est "
        "planifié.\n\nDate : mercredi 11 mars 2026\nHeure : 11h00 - 11h30 (Europe/Paris)\n"
        "Type : appel vidéo\n\nPowered by Workable",
        start=(2026, 3, 11, 11, 0, PAR),
        user="fr",
    ),
    Probe(
        "personio_en_invitation",
        "Wellenreiter GmbH <noreply@personio.de>",
        "Interview invitation: Working Student Marketing",
        "Hi Sam,\n\nWe'd love to get to know you.\n\nDate: Wed, 18 March 2026, 10:30 - "
        "11:15 (CET)\nLocation: Google Meet\nInterviewer: Sina Kraus\n\nYour Wellenreiter "
        "team",
        start=(2026, 3, 18, 10, 30, BER),
        names=("Sina Kraus",),
        user="uk",
    ),
    Probe(
        "de_teamtailor_gebucht",
        "Nordkap Karriere <no-reply@teamtailor-mail.com>",
        "Dein Termin mit Nordkap wurde gebucht",
        "Hallo Jonas!\n\nDu hast einen Termin mit Nordkap für die Stelle als Account "
        "Executive gebucht.\n\nDienstag, 17. März 2026 um 10:00 (Europe/Berlin)\nMit: Elin "
        "Strand\nOrt: Microsoft Teams",
        start=(2026, 3, 17, 10, 0, BER),
        user="de",
    ),
    Probe(
        "es_recruitee_segunda",
        "Tulpen Software <no-reply@recruitee.com>",
        "Invitación: segunda entrevista con Tulpen Software",
        "Hola Pablo,\n\nTe invitamos a la segunda entrevista para Backend Developer.\n"
        "Cuándo: jue 19 mar 2026, 15:00 - 16:00 (Europe/Madrid)\nDónde: Google Meet",
        start=(2026, 3, 19, 15, 0, MAD),
        user="es",
    ),
    Probe(
        "updated_subject_new_time",
        "Priyanka Rao <priyanka.rao@saltbox.example>",
        "Updated: Thu 3/12 at 11:30 AM ET",
        "Hi Alex, the new time for your interview works on our side. Same link as before.\n"
        "\nPriyanka",
        start=(2026, 3, 12, 11, 30, NY),
    ),
    Probe(
        "de_telefon_panel_einwahl",
        "Bewerbermanagement Stadtwerke Auenfeld <bewerbung@sw-auenfeld.example>",
        "Telefoninterview mit der Auswahlkommission",
        "Sehr geehrter Herr Weber,\n\nIhr Telefoninterview mit der Auswahlkommission "
        "findet am Dienstag, 17.03.2026, um 14:00 Uhr statt. Bitte wählen Sie sich ein: "
        "+49 40 5550 7788, PIN 4471#.\n\nMit freundlichen Grüßen",
        start=(2026, 3, 17, 14, 0, BER),
        user="de",
    ),
    Probe(
        "fr_programme_sur_site",
        "Recrutement Azurel <recrutement@azurel.example>",
        "Programme de vos entretiens sur site - 17 et 18 mars",
        "Bonjour Camille,\n\nVoici votre programme.\n\nMardi 17 mars\n9h00 Entretien "
        "technique avec Luc Bernard\n11h00 Visite du site\n\nMercredi 18 mars\n10h00 "
        "Entretien RH avec Agnès Petit\n\nRecrutement Azurel",
        start=(2026, 3, 17, 9, 0, PAR),
        names=("Luc Bernard", "Agnès Petit"),
        user="fr",
    ),
    Probe(
        "es_assessment_center",
        "Selección Banco Meridiano <seleccion@bancomeridiano.example>",
        "Convocatoria al assessment center",
        "Estimado Pablo:\n\nLe convocamos al assessment center del programa de jóvenes talentos el "
        "jueves 26 de marzo de 9:00 a 14:00 en nuestra sede de Madrid.\n\nSelección Banco "
        "Meridiano",
        start=(2026, 3, 26, 9, 0, MAD),
        user="es",
    ),
)

# --- I. A third batch, written after the fixes above and measured before any change -------
THIRD: tuple[Probe, ...] = (
    Probe(
        "subj_onsite_confirmed_body_thanks",
        "Mara Quint <mara.quint@fieldstone-bio.example>",
        "Onsite confirmed: Wed 3/18, 9:00 AM - 1:00 PM PT",
        "Thanks Alex - all booked. Parking details to follow.\n\nMara\nRecruiting "
        "Coordinator, Fieldstone Bio",
        start=(2026, 3, 18, 9, 0, LA),
    ),
    Probe(
        "teams_block_hm_uk",
        "Oliver Pratt <oliver.pratt@kestrelgate.example>",
        "Interview - Sam Taylor - Payroll Manager",
        "Hi Sam, details below for Tuesday 17 March at 11:00.\n\n" + TEAMS,
        start=(2026, 3, 17, 11, 0, LON),
        user="uk",
    ),
    Probe(
        "de_zoom_thema_zeit",
        "Franziska Ebert <f.ebert@tannenhof-it.example>",
        "Zoom-Einladung: Vorstellungsgespräch",
        "Franziska Ebert lädt Sie zu einem geplanten Zoom-Meeting ein.\n\nThema: "
        "Vorstellungsgespräch Jonas Weber\nUhrzeit: 19.März.2026 10:00 AM Amsterdam, "
        "Berlin, Rom, Stockholm, Wien\n\nZoom-Meeting beitreten\nhttps://tannenhof.zoom.us/"
        "j/8123",
        start=(2026, 3, 19, 10, 0, BER),
        user="de",
    ),
    Probe(
        "fr_calendly_confirme",
        "Calendly <notifications@calendly.com>",
        "Confirmé : Entretien téléphonique avec Léa Roux le jeudi 12 mars 2026",
        "Bonjour Camille,\n\nVotre entretien téléphonique avec Léa Roux à 10:30 (heure "
        "d'Europe centrale) le jeudi 12 mars 2026 est programmé.\n\nAnnuler | Replanifier",
        start=(2026, 3, 12, 10, 30, PAR),
    ),
    Probe(
        "es_reprogramada_solo_hora",
        "Eva Soler <eva.soler@brezo-energia.example>",
        "Nueva hora para tu entrevista",
        "Hola Pablo, tu entrevista pasa al viernes 13 a las 9:30. El resto igual.\n\nEva",
        start=(2026, 3, 13, 9, 30, MAD),
        user="es",
    ),
    Probe(
        "reply_option_three_ics_less",
        "Gwen Harlow <gwen.harlow@mossgate.example>",
        "Re: Times for your final round",
        "#3 it is - you're confirmed. Talk soon!\n\nGwen\n\n> Hi Gwen, option 3 is best for "
        "me.\n>\n>> 1) Mon 3/9 10:00 AM ET\n>> 2) Tue 3/10 1:00 PM ET\n>> 3) Wed 3/11 4:00 PM "
        "ET",
        start=(2026, 3, 11, 16, 0, NY),
    ),
)

INTERVIEWS: tuple[Probe, ...] = (
    SUBJECT_ONLY
    + OPTIONS
    + CONTEXT_ELSEWHERE
    + MEETING_TEXT
    + TOOLS
    + LATER_STAGES
    + MORE
    + SECOND
    + THIRD
)

# --- Near misses: the same shapes with nobody's job interview ------------------------------
NEAR_MISSES: tuple[Probe, ...] = (
    # A. subject-only shapes
    Probe(
        "nm_subj_dinner_see_you_then",
        "Priya Nair <priya.nair88@gmail.com>",
        "Re: Dinner - Thursday 3/12 at 7:30 PM",
        "Confirmed — see you then!\n\nPriya",
        kind="not_interview",
    ),
    Probe(
        "nm_subj_podcast_interview_time",
        "Greg Allard <greg@signalnoise-podcast.example>",
        "Podcast interview: Wed 3/11, 1pm PT",
        "All set on our side. We'll record on Riverside; link to follow.\n\nGreg\nHost, "
        "Signal & Noise",
        kind="not_interview",
    ),
    Probe(
        "nm_subj_press_interview",
        "Nora Quinlan <nora.quinlan@dailyledger.example>",
        "Interview for our piece on remote work - Friday 9:30am",
        "Great - I'll ring you then. The piece runs next week.\n\nNora Quinlan\nReporter, The "
        "Daily Ledger",
        kind="not_interview",
    ),
    Probe(
        "nm_de_bis_donnerstag_grillen",
        "Katrin Lorenz <katrin.lorenz@gmx.example>",
        "AW: Grillen am Donnerstag, 12.03., 18 Uhr",
        "Bis Donnerstag!\n\nKatrin",
        kind="not_interview",
        user="de",
    ),
    Probe(
        "nm_de_mitarbeitergespraech",
        "Uwe Hartmann <uwe.hartmann@moorlicht.example>",
        "Mitarbeitergespräch bestätigt: Di., 10.03.2026, 09:30 Uhr",
        "Hallo Jonas, alles klar, bis Dienstag.\n\nUwe",
        kind="not_interview",
        user="de",
    ),
    Probe(
        "nm_fr_diner_a_jeudi",
        "Aurélie Vasseur <aurelie.v@free.example>",
        "RE: Dîner jeudi 12 mars à 20h",
        "Parfait, à jeudi.\n\nAurélie",
        kind="not_interview",
        user="fr",
    ),
    Probe(
        "nm_fr_entretien_presse",
        "Damien Roche <damien.roche@lechodesalpes.example>",
        "Entretien pour notre dossier sur le télétravail - mardi 10/03 14h30",
        "Bonjour Camille, c'est confirmé de notre côté, je vous appelle mardi pour "
        "l'article.\n\nDamien Roche\nJournaliste, L'Écho des Alpes",
        kind="not_interview",
        user="fr",
    ),
    Probe(
        "nm_es_cena_nos_vemos",
        "Sergio Blanco <sergioblanco77@gmail.com>",
        "RE: Cena martes 10 de marzo, 21:00",
        "¡Nos vemos el martes!\n\nSergio",
        kind="not_interview",
        user="es",
    ),
    Probe(
        "nm_es_entrevista_radio",
        "Clara Méndez <clara.mendez@radiocierzo.example>",
        "Entrevista en el programa de la mañana: jueves 12/03 a las 9:30",
        "Hola Pablo, confirmado. Te llamamos al móvil cinco minutos antes de salir en "
        "antena.\n\nClara\nProductora, Radio Cierzo",
        kind="not_interview",
        user="es",
    ),
    # B. option replies
    Probe(
        "nm_opt_plumber",
        "Dave Hollis <dave@hollis-plumbing.example>",
        "Re: Boiler service",
        "Option 2 works, Thursday 14:00 it is. I'll text when I'm on the way.\n\nDave\n\n> "
        "Either of your slots is fine: 1) Wednesday 10:00 2) Thursday 14:00",
        kind="not_interview",
    ),
    Probe(
        "nm_opt_user_interviews_candidate",
        "Helen Frey <helen.frey@pinecrest-analytics.example>",
        "Re: Interview panel for Priya Raman",
        "Option 2 works, Thursday 14:00 it is. I'll add you to the panel invite for the "
        "candidate; please send your feedback in Greenhouse after.\n\nHelen\n\n> Hi Helen, I "
        "can interview Priya on Wednesday 10:00 or Thursday 14:00.",
        kind="not_interview",
    ),
    Probe(
        "nm_de_opt_handwerker",
        "Malerbetrieb Sievers <info@maler-sievers.example>",
        "AW: Terminvorschläge Besichtigung",
        "Hallo Herr Weber,\n\nder zweite Termin passt uns gut, also Mittwoch, 11.03., um "
        "15:00 Uhr. Wir schauen uns die Wände an und machen dann ein Angebot.\n\nMalerbetrieb "
        "Sievers",
        kind="not_interview",
        user="de",
    ),
    Probe(
        "nm_fr_opt_notaire",
        "Étude Colin <accueil@notaire-colin.example>",
        "RE: Créneaux pour la signature",
        "Bonjour Madame,\n\nVa pour le deuxième créneau : jeudi 12 mars à 11h pour la "
        "signature du compromis.\n\nL'étude",
        kind="not_interview",
        user="fr",
    ),
    # C. meetings with no job word
    Probe(
        "nm_quick_chat_vendor_signature",
        "Molly Tran <molly.tran@ledgerly.example>",
        "Quick chat Thursday",
        "Hi Alex,\n\nGreat to connect. Thursday at 2pm ET works - I'll walk you through how "
        "Ledgerly can cut your close time in half.\n\nMolly Tran\nAccount Executive | Ledgerly",
        kind="not_interview",
    ),
    Probe(
        "nm_intro_call_investor",
        "Derek Olsen <derek@northbeam-ventures.example>",
        "Re: Intro via Sarah",
        "Hi Alex, thanks for the deck. Let's do a 30-minute intro call on Tuesday, March 10 at "
        "11:00 AM ET to talk about your seed round.\n\nDerek\nPartner, Northbeam Ventures",
        kind="not_interview",
    ),
    Probe(
        "nm_catch_up_old_colleague",
        "Ana Lima <ana.lima@gmail.com>",
        "Catch-up Wednesday",
        "Hi Alex,\n\nSo good to hear from you! Confirming our catch-up on Wednesday 3/4 at "
        "4pm at Blue Bottle. Can't wait to hear about the new place.\n\nAna",
        kind="not_interview",
    ),
    Probe(
        "nm_coffee_chat_friend_recruiter",
        "Jess Parker <jess.parker@gmail.com>",
        "coffee thursday?",
        "Thursday at 8:30 works! Same spot as last time. (No recruiter talk, I promise, I get "
        "enough of that at work.)\n\nJess",
        kind="not_interview",
    ),
    Probe(
        "nm_hm_user_is_hiring",
        "Laura Pike <laura.pike@nimbusforge.example>",
        "Intro call with a candidate",
        "Hey Alex,\n\nCould you do a quick intro call with Dev Patel, a candidate for your "
        "team, on Friday 3/6 at 12:30 PT? I'll send the invite; please leave feedback in "
        "Lever.\n\nLaura Pike\nRecruiter, Nimbusforge",
        kind="not_interview",
    ),
    Probe(
        "nm_de_telefonat_versicherung",
        "Lena Vogel <lena.vogel@allsicher-versicherung.example>",
        "Kurzes Telefonat am Mittwoch",
        "Hallo Herr Weber,\n\ngerne bestätige ich unser kurzes Telefonat am Mittwoch, "
        "04.03., um 11 Uhr zu Ihrer Hausratversicherung.\n\nViele Grüße\nLena Vogel\n"
        "Kundenberaterin",
        kind="not_interview",
        user="de",
    ),
    Probe(
        "nm_fr_point_comptable",
        "Julien Faure <julien.faure@cabinet-faure-compta.example>",
        "Point téléphonique jeudi",
        "Bonjour Camille,\n\nJe vous confirme notre point téléphonique jeudi 5 mars à 17h "
        "sur votre déclaration de revenus.\n\nJulien Faure\nExpert-comptable",
        kind="not_interview",
        user="fr",
    ),
    # D. meeting text blocks
    Probe(
        "nm_outlook_when_user_interviews",
        "Rachel Kim <rachel.kim@harbor-mutual.example>",
        "Interview: Jordan Blake - Senior Financial Analyst",
        "You are an interviewer for this candidate. Resume attached; scorecard in Workday.\n\n"
        "When: Thursday, March 12, 2026 2:00 PM-3:00 PM (UTC-05:00) Eastern Time (US & "
        "Canada).\nWhere: Microsoft Teams Meeting\n\n" + TEAMS,
        kind="not_interview",
    ),
    Probe(
        "nm_teams_block_quarterly",
        "Victor Osei <victor.osei@cloverleaf-ins.example>",
        "Q1 claims review",
        "Hi all,\n\nLet's go through the Q1 claims numbers on Tuesday, March 10 at 9:00 AM ET."
        "\n\n" + TEAMS,
        kind="not_interview",
    ),
    Probe(
        "nm_zoom_webinar_topic",
        "Zoom <no-reply@zoom.us>",
        "Webinar Registration Approved: Ace Your Next Job Interview",
        'Hi Alex Morgan,\n\nThank you for registering for "Ace Your Next Job Interview".\n\n'
        "Topic: Ace Your Next Job Interview - live Q&A with recruiters\nTime: Mar 18, 2026 "
        "10:00 AM Pacific Time (US and Canada)\n\nJoin from a PC, Mac, iPad or Android: "
        "https://zoom.us/w/9876543210\n\nYou can cancel your registration at any time.",
        kind="not_interview",
    ),
    Probe(
        "nm_zoom_topic_book_club",
        "Erin Walsh <erin.walsh@gmail.com>",
        "Book club on Zoom",
        "Erin Walsh is inviting you to a scheduled Zoom meeting.\n\nTopic: Book club - "
        "Tomorrow and Tomorrow\nTime: Mar 6, 2026 07:30 PM Eastern Time (US and Canada)\n\n"
        "Join Zoom Meeting\nhttps://us02web.zoom.us/j/93322110044",
        kind="not_interview",
    ),
    Probe(
        "nm_webex_vendor_demo",
        "Sales Team <sales@stonebridge-software.example>",
        "Product demo - Stonebridge Case Manager",
        "Dear Alex Morgan,\n\nThank you for your interest. Your product demo is scheduled.\n\n"
        "Meeting number (access code): 2630 118 4471\nThursday, March 19, 2026\n10:30 AM | "
        "(UTC-04:00) Eastern Time (US & Canada) | 1 hr\n\nStonebridge Sales",
        kind="not_interview",
    ),
    Probe(
        "nm_meet_block_mock_interview",
        "Career Center <careers@statecollege.example>",
        "Mock interview with a career coach",
        "Hi Alex,\n\nMock interview practice session with Arjun Mehta (Career Coach)\n"
        "Wednesday, March 11 · 3:00 – 4:00pm\nTime zone: America/New_York\nGoogle Meet "
        "joining info\nVideo call link: https://meet.google.com/tgr-hjkl-mnb\n\n"
        "State College Career Center",
        kind="not_interview",
    ),
    Probe(
        "nm_de_outlook_teammeeting",
        "Anja Pohl <anja.pohl@elbwerft.example>",
        "Jour fixe Projekt Nordkai",
        "Wann: Donnerstag, 12. März 2026 14:00-15:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, "
        "Stockholm, Wien.\nWo: Microsoft Teams-Besprechung\n\nAgenda: Terminplan, Budget.",
        kind="not_interview",
        user="de",
    ),
    Probe(
        "nm_fr_outlook_formation",
        "Nadia Brun <nadia.brun@ligerienne.example>",
        "Formation Excel avancé",
        "Quand : mardi 17 mars 2026 10:00-11:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, "
        "Paris.\nOù : Réunion Microsoft Teams\n\nSession de formation interne pour l'équipe "
        "contrôle de gestion.",
        kind="not_interview",
        user="fr",
    ),
    Probe(
        "nm_es_outlook_comite",
        "Lucía Herrero <lucia.herrero@tajo-seguros.example>",
        "Comité de riesgos marzo",
        "Cuándo: miércoles, 18 de marzo de 2026 12:00-13:00 (UTC+01:00) Bruselas, Copenhague, "
        "Madrid, París.\nDónde: Reunión de Microsoft Teams\n\nOrden del día adjunto.",
        kind="not_interview",
        user="es",
    ),
    # E. tools and ATS
    Probe(
        "nm_calendly_demo",
        "Calendly <notifications@calendly.com>",
        "New Event: Alex Morgan - 10:00am Tue, Mar 10, 2026 - 30 Minute Demo",
        "Hi Alex Morgan,\n\nYour event has been scheduled.\n\nEvent Type:\n30 Minute Demo "
        "with Corinne Hale (Ledgerly)\n\nDate & Time:\n10:00am - 10:30am (Eastern Time - US "
        "& Canada), Tuesday, March 10, 2026\n\nCancel or Reschedule",
        kind="not_interview",
    ),
    Probe(
        "nm_savvycal_advisor",
        "SavvyCal <notifications@savvycal.com>",
        "Booked: Portfolio review with Piper Wealth",
        "You're booked!\n\nAnnual portfolio review with Piper Wealth\nWednesday, March 11, "
        "2026\n2:30 PM - 3:00 PM (America/Chicago)\n\nWith Hollis Grant, CFP\n\nNeed to make "
        "a change? Reschedule or cancel.",
        kind="not_interview",
    ),
    Probe(
        "nm_ms_bookings_haircut",
        "Studio Nine <bookings@studionine-salon.example>",
        "Your booking is confirmed: Cut and colour",
        "Hi Alex Morgan,\n\nThank you for booking with Studio Nine.\n\nCut and colour\n"
        "Thursday, March 19, 2026\n9:00 AM - 10:30 AM (UTC-05:00) Eastern Time (US & Canada)"
        "\nStaff: Gloria Ames\n\nManage booking",
        kind="not_interview",
    ),
    Probe(
        "nm_goodtime_user_interviewer",
        "Talent at Loomis <talent@goodtime.io>",
        "You're scheduled to interview Priya Raman",
        "Hi Alex,\n\nYou have been scheduled as an interviewer.\n\nCandidate: Priya Raman "
        "(Senior Designer)\nMonday, March 16, 2026 (PDT)\n10:00 AM - 10:45 AM  Portfolio "
        "review\n\nPlease submit your scorecard within 24 hours.\n\nPowered by GoodTime",
        kind="not_interview",
    ),
    Probe(
        "nm_goodtime_pick_times",
        "Talent at Loomis <talent@goodtime.io>",
        "Loomis: share your availability",
        "Hi Alex,\n\nLoomis would like to schedule your interviews for the Senior Designer "
        "role. Please share your availability for the week of March 16 using the link below."
        "\n\nShare availability\n\nPowered by GoodTime",
        kind="scheduling_request",
    ),
    Probe(
        "nm_paradox_pick_time",
        "Olivia at Harvest Foods <olivia@paradox.ai>",
        "Let's schedule your interview",
        "Hi Alex! This is Olivia from Harvest Foods. Great news - the hiring manager would "
        "like to meet you for the Shift Lead position. Which day works best this week? Reply "
        "with a day and I'll show you the open times.",
        kind="scheduling_request",
    ),
    Probe(
        "nm_workable_received",
        "Sunmill Hiring Team <noreply@workablemail.com>",
        "Thanks for applying to Sunmill",
        "Hi Alex,\n\nThanks for applying for the Customer Support Specialist position at "
        "Sunmill. We've received your application and will be in touch if your experience "
        "matches what we're looking for.\n\nPowered by Workable",
        kind="not_interview",
    ),
    Probe(
        "nm_jobvite_job_alert",
        "St. Brigid Careers <jobalerts@jobvite.com>",
        "New jobs matching your alert: Registered Nurse",
        'Hello Alex,\n\n5 new jobs match your alert "Registered Nurse".\n\nRegistered '
        "Nurse - ICU (Nights)\nRegistered Nurse - Oncology\nInterview days every Tuesday - "
        "walk-ins welcome!\n\nManage your alerts | Unsubscribe",
        kind="not_interview",
    ),
    Probe(
        "nm_taleo_interview_event",
        "Careers Portal <careers@taleo.net>",
        "Hiring event: on-the-spot interviews Tuesday, March 24",
        "Dear Alex Morgan,\n\nJoin our open hiring event on Tuesday, March 24, 10:00 AM - "
        "4:00 PM at 1 Commerce Plaza. On-the-spot interviews for many roles - no appointment "
        "needed! Bring your resume.\n\nTo stop receiving these emails, update your "
        "preferences.",
        kind="not_interview",
    ),
    Probe(
        "nm_successfactors_pick_slot",
        "Recruiting <no-reply@successfactors.com>",
        "Please select an interview slot",
        "Dear Alex,\n\nYou are invited to select an interview slot for the position Supply "
        "Chain Analyst (Job Req 80125). Please log in and choose one of the available slots "
        "before March 6.\n\nYour Recruiting Team",
        kind="scheduling_request",
    ),
    Probe(
        "nm_teamtailor_newsletter",
        "Nordkap Careers <no-reply@teamtailor-mail.com>",
        "Life at Nordkap: how we interview",
        "Hi Sam!\n\nIn this month's newsletter: a peek behind the scenes of how we run "
        "interviews, meet our new Account Executives, and our open roles in Stockholm.\n\n"
        "Read more on our career site.\n\nUnsubscribe from Nordkap updates",
        kind="not_interview",
        user="uk",
    ),
    Probe(
        "nm_de_personio_eingang",
        "Wellenreiter GmbH <noreply@personio.de>",
        "Deine Bewerbung als Werkstudent Marketing (m/w/d)",
        "Hallo Jonas,\n\nvielen Dank für deine Bewerbung! Wir haben deine Unterlagen erhalten "
        "und melden uns innerhalb von zwei Wochen bei dir, ob wir dich zu einem Gespräch "
        "einladen.\n\nDein Wellenreiter Team",
        kind="not_interview",
        user="de",
    ),
    Probe(
        "nm_rippling_onboarding",
        "Quayside HR <hr@rippling.com>",
        "Welcome to Quayside! Your first day",
        "Hi Alex,\n\nWelcome aboard! Your first day is Monday, March 23, 2026 at 9:00 AM MDT. "
        "Please complete your onboarding tasks in Rippling before then. Your manager Tess "
        "Lindqvist will meet you at reception.\n\nQuayside People Team",
        kind="not_interview",
    ),
    Probe(
        "nm_gem_outreach",
        "Casey Wong <casey.wong@gem.com>",
        "Controls Engineer at Halcyon Robotics?",
        "Hi Alex - I came across your profile and think you'd be a great fit for our "
        "Controls Engineer role. Would you be open to a quick chat sometime next week?\n\n"
        "Casey Wong, Technical Recruiter at Halcyon\n\nSent with Gem",
        kind="not_interview",
    ),
    Probe(
        "nm_calcom_consult",
        "Cal.com <no-reply@cal.com>",
        "Confirmed: Tax consultation between Zeno Park and Alex Morgan",
        "Your event has been scheduled\n\nWhat: Tax consultation between Zeno Park and Alex "
        "Morgan\nWhen: Friday, March 13, 2026 | 9:00am - 10:00am (America/Los_Angeles)\n"
        "Who: Zeno Park - Organizer, Alex Morgan\nWhere: Cal Video",
        kind="not_interview",
    ),
    # F. reminders, moves, itineraries, trials, dial-ins
    Probe(
        "nm_reminder_vet",
        "Maple Vet Clinic <reminders@maplevet.example>",
        "Reminder: your appointment tomorrow at 10",
        "Hi Alex, a quick reminder of Biscuit's appointment with Dr. Jasper Cole tomorrow "
        "(Tuesday, March 3) at 10:00 AM.\n\nMaple Vet Clinic",
        kind="not_interview",
    ),
    Probe(
        "nm_de_erinnerung_zahnarzt",
        "Zahnarztpraxis Feldhaus <praxis@zahnarzt-feldhaus.example>",
        "Erinnerung: Ihr Termin am 05.03.2026",
        "Sehr geehrter Herr Weber,\n\nwir möchten Sie an Ihren Termin am Donnerstag, "
        "05.03.2026, um 09:00 Uhr erinnern. Bitte bringen Sie Ihre Versichertenkarte mit.\n\n"
        "Ihr Praxisteam",
        kind="not_interview",
        user="de",
    ),
    Probe(
        "nm_fr_rappel_rdv_medecin",
        "Doctolib <no-reply@doctolib.fr>",
        "Rappel : votre rendez-vous du jeudi 5 mars",
        "Bonjour Camille,\n\nNous vous rappelons votre rendez-vous jeudi 5 mars à 14h avec "
        "le Dr Mathilde Rey, médecin généraliste.\n\nDoctolib",
        kind="not_interview",
        user="fr",
    ),
    Probe(
        "nm_es_recordatorio_itv",
        "ITV Robledal <citas@itv-robledal.example>",
        "Recordatorio: cita el jueves 5 de marzo",
        "Hola Pablo,\n\nTe recordamos tu cita para la inspección técnica del vehículo el "
        "jueves 5 de marzo a las 10:00.\n\nUn saludo,\nITV Robledal",
        kind="not_interview",
        user="es",
    ),
    Probe(
        "nm_moved_own_standup",
        "Nina Castro <nina.castro@pellwood.example>",
        "New time: Thursday 3/12, 11:30 AM ET",
        "Hi team,\n\nThe sprint planning moves to Thursday 3/12 at 11:30 AM ET. Same Zoom "
        "link.\n\nNina",
        kind="not_interview",
    ),
    Probe(
        "nm_conference_itinerary",
        "DevSummit Team <team@devsummit.example>",
        "Your DevSummit itinerary - March 17-18",
        "Hi Alex,\n\nDay 1 - Tuesday, March 17\n8:30 AM  Registration\n9:00 AM  Keynote\n"
        "2:00 PM  Panel: hiring engineers in 2026\n\nDay 2 - Wednesday, March 18\n9:00 AM  "
        "Workshops\n\nSee you there!",
        kind="not_interview",
    ),
    Probe(
        "nm_de_probetraining",
        "FitWerk Studio <info@fitwerk.example>",
        "Dein Probetraining am Dienstag",
        "Hallo Jonas,\n\nwir bestätigen dein Probetraining am Dienstag, 10.03., um 18 Uhr. "
        "Bitte Handtuch mitbringen.\n\nDein FitWerk Team",
        kind="not_interview",
        user="de",
    ),
    Probe(
        "nm_fr_cours_essai",
        "École de danse Étoile <contact@danse-etoile.example>",
        "Cours d'essai samedi",
        "Bonjour Camille,\n\nVotre cours d'essai de salsa est confirmé le samedi 7 mars à "
        "11h.\n\nÀ samedi !",
        kind="not_interview",
        user="fr",
    ),
    Probe(
        "nm_es_clase_prueba",
        "Academia Compás <info@academiacompas.example>",
        "Clase de prueba el sábado",
        "Hola Pablo,\n\nTe esperamos el sábado 7 de marzo a las 12:00 para tu clase de "
        "prueba de guitarra.\n\nAcademia Compás",
        kind="not_interview",
        user="es",
    ),
    Probe(
        "nm_earnings_call_dialin",
        "Investor Relations <ir@ridgeview-holdings.example>",
        "Q4 earnings conference call - March 18, 4:00 PM ET",
        "Ridgeview Holdings will host its fourth-quarter earnings call on Wednesday, March 18 "
        "at 4:00 PM ET.\n\nDial-in: +1 888-555-0147\nParticipant code: 4471 2290#\n\n"
        "A replay will be available on our investor site.",
        kind="not_interview",
    ),
    Probe(
        "nm_panel_discussion_speaker",
        "Events <events@ashby-council.example>",
        "Panel discussion arrangements",
        "Dear Sam,\n\nThank you for agreeing to speak on our housing panel discussion on "
        "Monday 16 March at 14:00. Please join the conference call on 0800 555 0199, PIN "
        "66182, ten minutes early. The other panellists are Cllr Joan Pryce and Martin "
        "Hale.\n\nCommunity Events",
        kind="not_interview",
        user="uk",
    ),
    Probe(
        "nm_assessment_day_school",
        "St Anne's Primary <office@stannes-primary.example>",
        "Assessment Day - Thursday 19 March",
        "Dear Parents,\n\nYear 6 Assessment Day runs from 9.30am to 3pm on Thursday 19 March. "
        "Please make sure children bring a pencil case and a packed lunch.\n\nSchool Office",
        kind="not_interview",
        user="uk",
    ),
    Probe(
        "nm_interview_newsletter",
        "The Job Hunt Weekly <newsletter@jobhuntweekly.example>",
        "Your interview is tomorrow at 10: here's how to prepare",
        "This week: what to do the night before your interview, how to answer 'tell me about "
        "yourself', and five questions to ask at the end.\n\nRead online | Unsubscribe",
        kind="not_interview",
    ),
    Probe(
        "nm_mock_interview_booked",
        "Career Services <careerservices@statecollege.example>",
        "Mock interview confirmed - Tuesday 3/10 at 11:00 AM",
        "Hi Alex,\n\nYour mock interview with a career advisor is confirmed for Tuesday, March "
        "10 at 11:00 AM in Career Services, Room 204. Bring a job posting you'd like to "
        "practise for.\n\nCareer Services",
        kind="not_interview",
    ),
    Probe(
        "nm_user_interviewing_for_thesis",
        "Marcus Hill <marcus.hill@gmail.com>",
        "Re: interview for my thesis",
        "Thursday at 10 works, thanks so much for agreeing to be interviewed for my thesis on "
        "remote teams! I'll bring the consent form.\n\nMarcus",
        kind="not_interview",
    ),
    Probe(
        "nm_scheduling_no_time",
        "Derek Olsen <derek.olsen@gridloft.example>",
        "Re: Your application - Data Engineer",
        "Hi Alex, thanks for getting back to me. I'd love to set up a 30-minute intro call. "
        "What does your availability look like next week?\n\nDerek\nTalent Partner, Gridloft",
        kind="scheduling_request",
    ),
    Probe(
        "nm_de_terminanfrage",
        "Lena Vogel <lena.vogel@kiefernwerk.example>",
        "Terminfindung Vorstellungsgespräch",
        "Hallo Herr Weber,\n\nwir würden Sie gern zu einem Vorstellungsgespräch einladen. "
        "Bitte nennen Sie mir zwei, drei Termine in der nächsten Woche, die Ihnen passen.\n\n"
        "Viele Grüße\nLena Vogel\nTalent Acquisition",
        kind="scheduling_request",
        user="de",
    ),
    # H. the second batch's shapes with nobody's interview
    Probe(
        "nm_reply_subject_interview_reporter",
        "Leo Brandt <leo.brandt@dailyledger.example>",
        "Re: Interview",
        "Thursday 10am works - see you then! I'll record the call for the article.\n\nLeo\n"
        "Reporter, The Daily Ledger\n\n> Would Thursday at 10am or Friday at 2pm suit you "
        "for the interview about your startup?",
        kind="not_interview",
    ),
    Probe(
        "nm_fr_re_entretien_garage",
        "Garage Kerlann <atelier@garage-kerlann.example>",
        "RE: Entretien - Clio IV",
        "Parfait, jeudi 11h ça marche. À jeudi !\n\nL'atelier\n\n> Je peux déposer la "
        "voiture jeudi à 11h pour l'entretien des 60 000 km.",
        kind="not_interview",
        user="fr",
    ),
    Probe(
        "nm_es_re_entrevista_radio",
        "Nuria Vela <nuria.vela@ondacero-local.example>",
        "RE: Entrevista en el programa",
        "Perfecto, el jueves a las 11. ¡Nos vemos en el estudio!\n\nNuria\nProductora\n\n> "
        "Podría el jueves a las 11 para la entrevista en la radio.",
        kind="not_interview",
        user="es",
    ),
    Probe(
        "nm_zoom_topic_podcast",
        "Harriet Cole <harriet@ledgerlines-podcast.example>",
        "Zoom invitation",
        "Harriet Cole is inviting you to a scheduled Zoom meeting.\n\nTopic: Interview - "
        "Ledger Lines podcast, episode 42\nTime: Mar 12, 2026 02:00 PM London\n\n"
        "Join Zoom Meeting\nhttps://zoom.us/j/81112223334",
        kind="not_interview",
        user="uk",
    ),
    Probe(
        "nm_calcom_rescheduled_consult",
        "Cal.com <no-reply@cal.com>",
        "Rescheduled: Tax consultation between Zeno Park and Alex Morgan",
        "Your event has been rescheduled\n\nWhat: Tax consultation between Zeno Park and "
        "Alex Morgan\nWhen: Monday, March 16, 2026 | 11:00am - 12:00pm "
        "(America/Los_Angeles)\nWhere: Cal Video",
        kind="not_interview",
    ),
    Probe(
        "nm_bookings_reminder_haircut",
        "Studio Nine <bookings@studionine-salon.example>",
        "Reminder: Cut and colour",
        "Hi Alex Morgan,\n\nThis is a reminder of your booking.\n\nCut and colour\n"
        "Thursday, March 19, 2026\n9:00 AM - 10:30 AM (UTC-05:00) Eastern Time (US & Canada)"
        "\nStaff: Gloria Ames",
        kind="not_interview",
    ),
    Probe(
        "nm_es_cita_banco",
        "Banco Meridiano <citas@bancomeridiano.example>",
        "¡Cita agendada!",
        "¡Hola Pablo! Tu cita con tu gestor está confirmada.\n\nCuándo: jueves 5 de marzo, "
        "15:00\nDónde: Oficina Calle Mayor 12, Zaragoza\n\nResponde CAMBIAR si necesitas "
        "otra hora.",
        kind="not_interview",
        user="es",
    ),
    Probe(
        "nm_fr_workable_accuse",
        "Équipe Sunmill <noreply@workablemail.com>",
        "Merci pour votre candidature",
        "Bonjour Camille,\n\nMerci pour votre candidature au poste de Chargée de clientèle. "
        "Nous l'étudions et reviendrons vers vous si votre profil correspond.\n\nPowered by "
        "Workable",
        kind="not_interview",
        user="fr",
    ),
    Probe(
        "nm_de_teamtailor_jobs",
        "Nordkap Karriere <no-reply@teamtailor-mail.com>",
        "Neue Jobs bei Nordkap",
        "Hallo Jonas!\n\nEs gibt neue Stellen bei Nordkap, die zu deinem Profil passen: "
        "Account Executive, Sales Development Representative.\n\nAbmelden",
        kind="not_interview",
        user="de",
    ),
    Probe(
        "nm_updated_standup",
        "Priyanka Rao <priyanka.rao@saltbox.example>",
        "Updated: Thu 3/12 at 11:30 AM ET",
        "Hi all, the new time for the sprint review works on our side. Same link as before.\n"
        "\nPriyanka",
        kind="not_interview",
    ),
    Probe(
        "nm_de_betriebsversammlung_einwahl",
        "Betriebsrat Stadtwerke Auenfeld <betriebsrat@sw-auenfeld.example>",
        "Betriebsversammlung per Telefonkonferenz",
        "Liebe Kolleginnen und Kollegen,\n\ndie Betriebsversammlung findet am Dienstag, "
        "17.03.2026, um 14:00 Uhr als Telefonkonferenz statt. Einwahl: +49 40 5550 7788, "
        "PIN 4471#.\n\nEuer Betriebsrat",
        kind="not_interview",
        user="de",
    ),
    Probe(
        "nm_fr_programme_seminaire",
        "Direction Azurel <direction@azurel.example>",
        "Programme du séminaire - 17 et 18 mars",
        "Bonjour à tous,\n\nMardi 17 mars\n9h00 Plénière avec Luc Bernard\n11h00 Visite "
        "du site\n\nMercredi 18 mars\n10h00 Ateliers avec Agnès Petit\n\nLa Direction",
        kind="not_interview",
        user="fr",
    ),
    Probe(
        "nm_es_jornada_puertas_abiertas",
        "Universidad del Ebro <info@unebro.example>",
        "Jornada de puertas abiertas",
        "Hola Pablo,\n\nTe esperamos en la jornada de puertas abiertas del grado en "
        "Ingeniería el jueves 26 de marzo de 9:00 a 14:00.\n\nUniversidad del Ebro",
        kind="not_interview",
        user="es",
    ),
    # I. the third batch's shapes with nobody's interview
    Probe(
        "nm_subj_onsite_install",
        "Mara Quint <mara.quint@fieldstone-solar.example>",
        "Onsite confirmed: Wed 3/18, 9:00 AM - 1:00 PM",
        "Thanks Alex - all booked. Our installers will need access to the roof.\n\nMara\n"
        "Scheduling, Fieldstone Solar",
        kind="not_interview",
    ),
    Probe(
        "nm_de_zoom_elternabend",
        "Grundschule Tannenhof <sekretariat@gs-tannenhof.example>",
        "Zoom-Einladung: Elternabend",
        "Die Schule lädt Sie zu einem geplanten Zoom-Meeting ein.\n\nThema: Elternabend "
        "Klasse 3b\nUhrzeit: 19.März.2026 07:00 PM Amsterdam, Berlin, Rom, Stockholm, Wien",
        kind="not_interview",
        user="de",
    ),
    Probe(
        "nm_fr_calendly_osteo",
        "Calendly <notifications@calendly.com>",
        "Confirmé : Consultation ostéopathie avec Léa Roux le jeudi 12 mars 2026",
        "Bonjour Camille,\n\nVotre consultation avec Léa Roux à 10:30 le jeudi 12 mars 2026 "
        "est programmée.\n\nAnnuler | Replanifier",
        kind="not_interview",
        user="fr",
    ),
    Probe(
        "nm_option_three_caterer",
        "Gwen Harlow <gwen@harlow-catering.example>",
        "Re: Tasting dates",
        "#3 it is - you're confirmed. See you at the kitchen!\n\nGwen\n\n> Option 3 is best"
        " for us.\n>\n>> 1) Mon 3/9 10:00 AM\n>> 2) Tue 3/10 1:00 PM\n>> 3) Wed 3/11 4:00 PM",
        kind="not_interview",
    ),
)
