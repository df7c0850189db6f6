"""Kind and start-time families: one-line rejections, "option 2" slot choices, booking pages,
and times stated in a North American zone named without "Time".

Every message was written for these tests (invented people and companies under .example
names), in the shapes phones, Outlook, Microsoft Bookings and Google Calendar produce. Each
positive shape sits beside traps of the same shape that are not the user's interview,
rejection or scheduling request.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from daemon.understand import Context, Kind, understand

from .messages import mail, start

NY = ZoneInfo("America/New_York")
LON = ZoneInfo("Europe/London")
BER = ZoneInfo("Europe/Berlin")
EU_TO = "Lena Brandt <lena.brandt@posteo.example>"
MONDAY = "Mon, 02 Mar 2026 15:04:00 -0500"
EU_MONDAY = "Mon, 02 Mar 2026 11:20:00 +0100"


@pytest.fixture
def eu_ctx() -> Context:
    """A user in Berlin who gets mail in several languages."""
    return Context(
        user_addresses=frozenset({"lena.brandt@posteo.example"}),
        user_name="Lena Brandt",
        timezone="Europe/Berlin",
        date_order="dmy",
    )


def eu(sender: str, subject: str, body: str) -> bytes:
    """A message to the Berlin user."""
    return mail(sender=sender, to=EU_TO, subject=subject, body=body, date=EU_MONDAY)


USER_APPLIED = (
    "\n\nOn Fri, Feb 20, 2026 at 8:41 AM Alex Morgan <alex.morgan@gmail.com> wrote:\n"
    "> Hi Priya,\n>\n> I've applied for the Data Platform Engineer role and would love to\n"
    "> chat about it.\n>\n> Alex\n"
)


class TestOneLineRejection:
    """A manager's one-line "no" under the thread the user began about a role."""

    def test_phone_reply_under_role_subject(self, ctx: Context) -> None:
        """ "We've decided not to proceed this time" under "Re: <job title>" is a rejection."""
        raw = mail(
            sender="Priya Raman <priya@cobaltwharf.example>",
            subject="Re: Data Platform Engineer",
            body="Hi Alex, we've decided not to proceed this time. Thanks for your time and "
            "best of luck.\n\nPriya\n\nSent from Outlook for iOS" + USER_APPLIED,
        )
        assert understand(raw, ctx).kind is Kind.REJECTION

    def test_move_ahead_wording_without_quote(self, ctx: Context) -> None:
        """ "We've decided not to move ahead" answering the user's application is a rejection."""
        raw = mail(
            sender="Tomasz Wilk <tomasz@gravelpine.example>",
            subject="Re: Senior Product Designer",
            body="Alex - thanks again for last week. We've decided not to move ahead. "
            "Wishing you the best.\n\nTomasz\n\n"
            "On Mon, Mar 2, 2026 at 9:00 AM Alex Morgan <alex.morgan@gmail.com> wrote:\n"
            "> Hi Tomasz, I have applied for the Senior Product Designer role.\n",
        )
        assert understand(raw, ctx).kind is Kind.REJECTION

    def test_german_one_liner(self, eu_ctx: Context) -> None:
        """ "Wir haben uns für jemand anderen entschieden" under the user's application is a rejection."""
        raw = eu(
            "Markus Feld <m.feld@lindenhof-it.example>",
            "AW: Meine Bewerbung",
            "Hallo Lena, wir haben uns für jemand anderen entschieden. Alles Gute!\n\nMarkus\n\n"
            "Am 20.02.2026 um 09:10 schrieb Lena Brandt <lena.brandt@posteo.example>:\n"
            "> Hallo Herr Feld, anbei meine Bewerbung als Projektleiterin.\n",
        )
        assert understand(raw, eu_ctx).kind is Kind.REJECTION

    def test_french_one_liner(self, eu_ctx: Context) -> None:
        """ "Nous avons décidé de ne pas donner suite" answering the user's candidature is a rejection."""
        raw = eu(
            "Julien Morel <julien.morel@atelier-brume.example>",
            "RE: Chef de projet digital",
            "Bonjour Lena, nous avons décidé de ne pas donner suite cette fois-ci. "
            "Bonne continuation.\n\nJulien\n\n"
            "Le lun. 2 mars 2026 à 09:00, Lena Brandt <lena.brandt@posteo.example> a écrit :\n"
            "> Bonjour Julien, je vous adresse ma candidature pour le poste.\n",
        )
        assert understand(raw, eu_ctx).kind is Kind.REJECTION

    def test_spanish_one_liner(self, eu_ctx: Context) -> None:
        """ "Hemos decidido no seguir adelante" answering the user's candidatura is a rejection."""
        raw = eu(
            "Carmen Ibarra <carmen@olivar-datos.example>",
            "RE: Analista de datos",
            "Hola Lena, hemos decidido no seguir adelante esta vez. Mucha suerte.\n\nCarmen\n\n"
            "El lun, 2 mar 2026 a las 9:00, Lena Brandt <lena.brandt@posteo.example> escribió:\n"
            "> Hola Carmen, le envío mi candidatura para el puesto.\n",
        )
        assert understand(raw, eu_ctx).kind is Kind.REJECTION

    def test_trap_contractor_quote(self, ctx: Context) -> None:
        """The same words about a renovation quote are no rejection."""
        raw = mail(
            sender="Dale Hewitt <dale@hewittbuild.example>",
            subject="Re: Kitchen renovation quote",
            body="Hi Alex, we've decided not to proceed this time. Thanks for your time.\n\nDale",
        )
        assert understand(raw, ctx).kind is Kind.OTHER

    def test_trap_user_hiring_candidate_withdraws(self, ctx: Context) -> None:
        """A candidate withdrawing from the user's own opening is not the user's rejection."""
        raw = mail(
            sender="Noor Haddad <noor.haddad@gmail.example>",
            subject="Re: Senior Product Designer",
            body="Hi Alex, we've decided not to proceed - my family is relocating. "
            "Thanks for your time.\n\nNoor\n\n"
            "On Thu, Feb 26, 2026 at 4:02 PM Alex Morgan <alex.morgan@gmail.com> wrote:\n"
            "> Hi Noor, I'm interviewing candidates for our Senior Product Designer opening\n"
            "> and would like to set up a call.\n",
        )
        assert understand(raw, ctx).kind is not Kind.REJECTION

    def test_trap_vendor_under_neutral_subject(self, ctx: Context) -> None:
        """A supplier declining a proposal under a plain subject is no rejection."""
        raw = mail(
            sender="Ruth Okafor <ruth@tallowprint.example>",
            subject="Re: Brochure printing proposal",
            body="Hi Alex, we've decided not to proceed with the print run. Thanks for your "
            "time.\n\nRuth",
        )
        assert understand(raw, ctx).kind is Kind.OTHER

    def test_trap_spanish_quote(self, eu_ctx: Context) -> None:
        """ "Hemos decidido no seguir adelante" with a reform budget is no rejection."""
        raw = eu(
            "Reformas Duero <presupuestos@reformasduero.example>",
            "RE: Presupuesto reforma cocina",
            "Hola Lena, hemos decidido no seguir adelante esta vez. Un saludo.",
        )
        assert understand(raw, eu_ctx).kind is Kind.OTHER

    def test_trap_french_quote(self, eu_ctx: Context) -> None:
        """ "Décidé de ne pas donner suite" to a website quote is no rejection."""
        raw = eu(
            "Claire Vasseur <claire@vasseur-conseil.example>",
            "RE: Devis refonte du site",
            "Bonjour Lena, nous avons décidé de ne pas donner suite au devis. Cordialement.",
        )
        assert understand(raw, eu_ctx).kind is Kind.OTHER


OPTIONS_EN = (
    "\n\nOn Mon, Mar 2, 2026 at 11:58 AM Alex Morgan <alex.morgan@gmail.com> wrote:\n"
    "> Hi Maya, the second option suits me best.\n>\n> Alex\n"
    "> On Fri, Feb 27, 2026 at 3:00 PM Maya Lindqvist <maya@kestrel-analytics.example> wrote:\n"
    ">\n> > Hi Alex, two options for the interview with our Head of Data Dario Lentini:\n"
    "> > 1) Wed Mar 4, 11am ET\n> > 2) Thu Mar 5, 3pm ET\n> >\n> > Maya Lindqvist, Talent\n"
)


class TestOptionChosen:
    """A reply settling one of several listed times by its place in the list."""

    def test_option_two_it_is(self, ctx: Context) -> None:
        """ "Option 2 it is" answering a numbered list books the second time, with the named interviewer."""
        raw = mail(
            sender="Maya Lindqvist <maya@kestrel-analytics.example>",
            subject="Re: Interview with Kestrel Analytics",
            body="Perfect - option 2 it is, invite coming from Dario shortly.\n\nMaya" + OPTIONS_EN,
        )
        u = understand(raw, ctx)
        assert u.kind is Kind.INTERVIEW
        assert start(u) == dt.datetime(2026, 3, 5, 15, 0, tzinfo=NY)
        assert u.interview is not None
        assert {p.name for p in u.interview.interviewers} == {"Dario Lentini"}

    def test_second_one_works_bullets(self, uk_ctx: Context) -> None:
        """ "The 2nd one works" answering a bulleted list of two slots books the second."""
        raw = mail(
            sender="Owen Pryce <owen.pryce@saltmarsh-energy.example>",
            to="Sam Taylor <sam.taylor@outlook.com>",
            subject="RE: Interview - Grid Analyst",
            date="Mon, 02 Mar 2026 10:15:00 +0000",
            body="Perfect, the 2nd one works. I'll send the Teams invite.\n\nOwen\n\n"
            "From: Owen Pryce <owen.pryce@saltmarsh-energy.example>\n"
            "Sent: 27 February 2026 16:40\nTo: Sam Taylor <sam.taylor@outlook.com>\n"
            "Subject: Interview - Grid Analyst\n\nHi Sam, could you do one of these?\n"
            "- Tuesday 10 March at 10:00\n- Wednesday 11 March at 14:30\n\nOwen",
        )
        u = understand(raw, uk_ctx)
        assert u.kind is Kind.INTERVIEW
        assert start(u) == dt.datetime(2026, 3, 11, 14, 30, tzinfo=LON)

    def test_german_option(self, eu_ctx: Context) -> None:
        """ "Dann nehmen wir Option 2" answering two listed dates books the second."""
        raw = eu(
            "Jana Krüger <j.krueger@nordlicht-logistik.example>",
            "AW: Ihr Vorstellungsgespräch bei Nordlicht Logistik",
            "Hallo Frau Brandt,\n\ndann nehmen wir Option 2. Die Einladung kommt gleich.\n\n"
            "Viele Grüße\nJana Krüger\n\n"
            "Am 27.02.2026 um 14:05 schrieb Jana Krüger <j.krueger@nordlicht-logistik.example>:\n"
            "> Für das Vorstellungsgespräch kann ich Ihnen anbieten:\n"
            "> 1) Dienstag, 10. März, 10:00 Uhr\n> 2) Mittwoch, 11. März, 14:00 Uhr\n",
        )
        u = understand(raw, eu_ctx)
        assert u.kind is Kind.INTERVIEW
        assert start(u) == dt.datetime(2026, 3, 11, 14, 0, tzinfo=BER)

    def test_french_option(self, eu_ctx: Context) -> None:
        """ "Va pour l'option 2" answering two listed slots books the second."""
        raw = eu(
            "Hélène Roussel <h.roussel@cabinet-ardoise.example>",
            "RE: Entretien - Chef de projet logistique",
            "Bonjour Lena,\n\nVa pour l'option 2, je vous envoie l'invitation.\n\nHélène\n\n"
            "Le ven. 27 févr. 2026 à 14:05, Hélène Roussel <h.roussel@cabinet-ardoise.example> "
            "a écrit :\n> Pour l'entretien, je vous propose :\n"
            "> 1) mardi 10 mars à 10h\n> 2) jeudi 12 mars à 15h\n",
        )
        u = understand(raw, eu_ctx)
        assert u.kind is Kind.INTERVIEW
        assert start(u) == dt.datetime(2026, 3, 12, 15, 0, tzinfo=BER)

    def test_spanish_option(self, eu_ctx: Context) -> None:
        """ "Nos quedamos con la opción 2" answering two listed slots books the second."""
        raw = eu(
            "Lucía Ferrer <lucia.ferrer@mareaverde.example>",
            "RE: Entrevista - Analista de datos",
            "Hola Lena,\n\nPerfecto, nos quedamos con la opción 2. Te envío la invitación.\n\n"
            "Lucía\n\n"
            "El vie, 27 feb 2026 a las 14:05, Lucía Ferrer <lucia.ferrer@mareaverde.example> "
            "escribió:\n> Para la entrevista te propongo:\n"
            "> 1) martes 10 de marzo a las 10:00\n> 2) jueves 12 de marzo a las 16:00\n",
        )
        u = understand(raw, eu_ctx)
        assert u.kind is Kind.INTERVIEW
        assert start(u) == dt.datetime(2026, 3, 12, 16, 0, tzinfo=BER)

    def test_trap_dentist_options(self, ctx: Context) -> None:
        """ "Option 2 it is" to a dental practice's two slots is no interview."""
        raw = mail(
            sender="Harbor Dental <frontdesk@harbordental.example>",
            subject="Re: Your cleaning appointment",
            body="Option 2 it is, see you then!\n\n"
            "On Fri, Feb 27, 2026 at 3:00 PM Harbor Dental <frontdesk@harbordental.example> "
            "wrote:\n> We have two openings: 1) Wed Mar 4, 11am 2) Thu Mar 5, 3pm\n",
        )
        assert understand(raw, ctx).kind is not Kind.INTERVIEW

    def test_trap_option_taken(self, ctx: Context) -> None:
        """ "Option 2 has just been taken, would option 1 work?" books nothing."""
        raw = mail(
            sender="Maya Lindqvist <maya@kestrel-analytics.example>",
            subject="Re: Interview with Kestrel Analytics",
            body="Sorry Alex, option 2 has just been taken - would option 1 work instead?\n\nMaya"
            + OPTIONS_EN,
        )
        assert understand(raw, ctx).kind is not Kind.INTERVIEW

    def test_trap_option_beyond_list(self, ctx: Context) -> None:
        """ "Option 3 it is" when only two times were listed books nothing."""
        raw = mail(
            sender="Maya Lindqvist <maya@kestrel-analytics.example>",
            subject="Re: Interview with Kestrel Analytics",
            body="Perfect - option 3 it is.\n\nMaya" + OPTIONS_EN,
        )
        assert understand(raw, ctx).kind is not Kind.INTERVIEW

    def test_trap_option_not_a_time(self, ctx: Context) -> None:
        """ "Option 2 it is" choosing a take-home over a live exercise books no time."""
        raw = mail(
            sender="Maya Lindqvist <maya@kestrel-analytics.example>",
            subject="Re: Interview with Kestrel Analytics - exercise format",
            body="Option 2 it is - I'll send the take-home brief tomorrow.\n\nMaya\n\n"
            "On Fri, Feb 27, 2026 at 3:00 PM Maya Lindqvist <maya@kestrel-analytics.example> "
            "wrote:\n> Option 1: a live pairing session. Option 2: a take-home, due Friday "
            "March 13 at 5pm.\n",
        )
        assert understand(raw, ctx).kind is not Kind.INTERVIEW

    def test_trap_vendor_demo(self, ctx: Context) -> None:
        """ "Option 2 it is" for a software demo is no interview."""
        raw = mail(
            sender="Brett Cole <brett@ledgerly.example>",
            subject="Re: Ledgerly demo",
            body="Great - option 2 it is, invite on its way.\n\nBrett\n\n"
            "On Fri, Feb 27, 2026 at 3:00 PM Brett Cole <brett@ledgerly.example> wrote:\n"
            "> Two times for the product demo:\n> 1) Wed Mar 4, 11am ET\n> 2) Thu Mar 5, 3pm ET\n",
        )
        assert understand(raw, ctx).kind is not Kind.INTERVIEW


class TestBookingPages:
    """Links to Microsoft Bookings and Google appointment pages ask the reader to pick a time."""

    def test_bookwithme_link(self, ctx: Context) -> None:
        """A manager's Bookings "book with me" link for the first interview is a request."""
        raw = mail(
            sender="Gareth Sloane <gareth.sloane@harbourline.example>",
            subject="Data Analyst - first interview",
            body="Hi Alex,\n\nThanks for applying for the Data Analyst role. For the first "
            "interview, here is my calendar:\n"
            "https://outlook.office.com/bookwithme/user/4f2a9c@harbourline.example?anonymous"
            "&ep=plink\n\nGareth",
        )
        assert understand(raw, ctx).kind is Kind.SCHEDULING_REQUEST

    def test_owa_bookings_page(self, ctx: Context) -> None:
        """A team's OWA Bookings page for a phone screen is a request."""
        raw = mail(
            sender="Talent Team <talent@harbourline.example>",
            subject="Your application - phone screen",
            body="Hi Alex,\n\nWe'd like to invite you to a phone screen. Slots are here:\n"
            "https://outlook.office365.com/owa/calendar/Recruiting@harbourline.example/"
            "bookings/\n\nHarbourline Talent",
        )
        assert understand(raw, ctx).kind is Kind.SCHEDULING_REQUEST

    def test_google_appointment_page(self, uk_ctx: Context) -> None:
        """A Google Calendar appointment page for an interview is a request."""
        raw = mail(
            sender="Imogen Hale <imogen@fernbrook.example>",
            to="Sam Taylor <sam.taylor@outlook.com>",
            subject="Interview - Content Designer",
            date="Mon, 02 Mar 2026 10:15:00 +0000",
            body="Hi Sam,\n\nWe'd love to interview you for the Content Designer role. My "
            "calendar: https://calendar.app.google/Qx7pLm2Rt9\n\nImogen",
        )
        assert understand(raw, uk_ctx).kind is Kind.SCHEDULING_REQUEST

    def test_german_booking_page(self, eu_ctx: Context) -> None:
        """ "Buchen Sie sich direkt einen passenden Termin über meine Buchungsseite" is a request."""
        raw = eu(
            "Sven Ahlers <s.ahlers@elbwerft.example>",
            "Ihre Bewerbung - Vorstellungsgespräch",
            "Hallo Frau Brandt,\n\nfür das Vorstellungsgespräch buchen Sie sich direkt einen "
            "passenden Termin über meine Buchungsseite:\n"
            "https://outlook.office.com/book/Recruiting@elbwerft.example/\n\nSven Ahlers",
        )
        assert understand(raw, eu_ctx).kind is Kind.SCHEDULING_REQUEST

    def test_french_booking_page(self, eu_ctx: Context) -> None:
        """ "Réservez directement le créneau qui vous convient" for an interview is a request."""
        raw = eu(
            "Paul Girard <paul.girard@lanterne-rh.example>",
            "Entretien - Chargée de communication",
            "Bonjour Lena,\n\nPour l'entretien, réservez directement le créneau qui vous "
            "convient :\nhttps://outlook.office.com/bookwithme/user/8d1e@lanterne-rh.example\n\n"
            "Paul",
        )
        assert understand(raw, eu_ctx).kind is Kind.SCHEDULING_REQUEST

    def test_spanish_booking_page(self, eu_ctx: Context) -> None:
        """ "Elige el hueco que mejor te venga" for an interview is a request."""
        raw = eu(
            "Nuria Celaya <nuria@brisamar.example>",
            "Entrevista - Técnica de proyectos",
            "Hola Lena:\n\nGracias por tu candidatura. Para la entrevista, elige el hueco que "
            "mejor te venga: https://calendar.app.google/Hb4kZ2wQ\n\nNuria",
        )
        assert understand(raw, eu_ctx).kind is Kind.SCHEDULING_REQUEST

    def test_trap_dental_bookings(self, ctx: Context) -> None:
        """A dental practice's Bookings page is no scheduling request."""
        raw = mail(
            sender="Bright Smile Dental <hello@brightsmile.example>",
            subject="Time for your check-up",
            body="Hi Alex,\n\nIt's been six months! Book your next check-up here:\n"
            "https://outlook.office.com/book/BrightSmileDental@brightsmile.example/\n\n"
            "Bright Smile Dental",
        )
        assert understand(raw, ctx).kind is not Kind.SCHEDULING_REQUEST

    def test_trap_sales_meeting_link(self, ctx: Context) -> None:
        """A sales rep's "grab a time" meeting link is no scheduling request."""
        raw = mail(
            sender="Kyle Benson <kyle@quotaspark.example>",
            subject="Quick question about your pipeline",
            body="Hi Alex,\n\nWorth a 15-minute demo? Grab a time on my calendar: "
            "https://meetings.hubspot.com/kyle-benson\n\nKyle",
        )
        assert understand(raw, ctx).kind is not Kind.SCHEDULING_REQUEST

    def test_trap_careers_service_mock_interview(self, ctx: Context) -> None:
        """A careers service's Bookings page for a mock interview is no scheduling request."""
        raw = mail(
            sender="Careers Service <careers@northvale-uni.example>",
            subject="Practise before your graduate interviews",
            body="Hi Alex,\n\nBook a mock interview with a careers adviser:\n"
            "https://outlook.office.com/book/CareersService@northvale-uni.example/\n\n"
            "Northvale Careers",
        )
        assert understand(raw, ctx).kind is not Kind.SCHEDULING_REQUEST

    def test_trap_spanish_hair_salon(self, eu_ctx: Context) -> None:
        """A salon's "reserva el hueco que mejor te venga" is no scheduling request."""
        raw = eu(
            "Peluquería Azahar <citas@azahar.example>",
            "Tu próxima cita",
            "Hola Lena, reserva el hueco que mejor te venga: https://calendar.app.google/Zz81\n",
        )
        assert understand(raw, eu_ctx).kind is not Kind.SCHEDULING_REQUEST

    def test_trap_outlook_calendar_link_keeps_interview(self, ctx: Context) -> None:
        """An Outlook calendar item link beside a confirmed time stays an interview."""
        raw = mail(
            sender="Gareth Sloane <gareth.sloane@harbourline.example>",
            subject="Interview confirmed - Data Analyst",
            body="Hi Alex,\n\nYour interview is confirmed for Wednesday, March 4 at 2pm ET "
            "with me.\nhttps://outlook.office.com/calendar/item/AAMkADk2\n\nGareth",
        )
        u = understand(raw, ctx)
        assert u.kind is Kind.INTERVIEW
        assert start(u) == dt.datetime(2026, 3, 4, 14, 0, tzinfo=NY)


class TestBareRegionZones:
    """ "2pm Mountain": a North American zone named right after the time, without "Time"."""

    def test_terse_reply_mountain(self, ctx: Context) -> None:
        """ "Tuesday it is" picking "Tuesday 3/10 at 2pm Mountain" is 2pm in Denver."""
        raw = mail(
            sender="Wade Kessler <wade@highplains-wind.example>",
            subject="Re: Field Technician - next step",
            date="Tue, 03 Mar 2026 17:41:00 -0700",
            body="Tuesday it is. I'll call your cell.\n\nW.\n\nSent from my iPhone\n\n"
            "On Tue, Mar 3, 2026 at 1:30 PM Wade Kessler <wade@highplains-wind.example> wrote:\n"
            "> Hi Alex, could you do Tuesday 3/10 at 2pm Mountain, or Wednesday 3/11 at 10am\n"
            "> Mountain? It'd be a 45-minute conversation with me about the role.\n",
        )
        u = understand(raw, ctx)
        assert u.kind is Kind.INTERVIEW
        assert start(u) == dt.datetime(2026, 3, 10, 14, 0, tzinfo=ZoneInfo("America/Denver"))

    def test_confirmation_central(self, ctx: Context) -> None:
        """ "Thursday March 5 at 11am Central" is 11am in Chicago."""
        raw = mail(
            sender="Dana Whitfield <dana@prairiegrain.example>",
            subject="Interview confirmed - Operations Analyst",
            body="Hi Alex,\n\nConfirmed for Thursday, March 5 at 11am Central. I'll call you.\n\n"
            "Dana",
        )
        assert start(understand(raw, ctx)) == dt.datetime(
            2026, 3, 5, 11, 0, tzinfo=ZoneInfo("America/Chicago")
        )

    def test_confirmation_atlantic(self, ctx: Context) -> None:
        """ "3pm Atlantic" is 3pm in Halifax."""
        raw = mail(
            sender="Colin MacNeil <colin@fundybay.example>",
            subject="Interview - Marine Coordinator",
            body="Hi Alex,\n\nYour interview is confirmed for Friday, March 6 at 3pm Atlantic.\n\n"
            "Colin",
        )
        assert start(understand(raw, ctx)) == dt.datetime(
            2026, 3, 6, 15, 0, tzinfo=ZoneInfo("America/Halifax")
        )

    def test_canadian_french_rockies(self, eu_ctx: Context) -> None:
        """ "14 h, heure des Rocheuses" is 2pm in Alberta."""
        raw = eu(
            "Mélanie Gagnon <m.gagnon@boreal-energie.example>",
            "Entretien - Analyste de données",
            "Bonjour Lena,\n\nSuite à votre candidature, votre entretien est confirmé le jeudi 5 mars à 14 h, heure des "
            "Rocheuses.\n\nMélanie",
        )
        assert start(understand(raw, eu_ctx)) == dt.datetime(
            2026, 3, 5, 14, 0, tzinfo=ZoneInfo("America/Edmonton")
        )

    def test_trap_central_london_office(self, uk_ctx: Context) -> None:
        """ "2pm, Central London office" is London time, not Chicago."""
        raw = mail(
            sender="Rhiannon Bell <rhiannon@quayside-legal.example>",
            to="Sam Taylor <sam.taylor@outlook.com>",
            subject="Interview confirmed - Paralegal",
            date="Mon, 02 Mar 2026 10:15:00 +0000",
            body="Hi Sam,\n\nYour interview is confirmed for Thursday 5 March at 2pm, Central "
            "London office (12 Fenwick Street).\n\nRhiannon",
        )
        assert start(understand(raw, uk_ctx)) == dt.datetime(2026, 3, 5, 14, 0, tzinfo=LON)

    def test_trap_mountain_view_campus(self, ctx: Context) -> None:
        """ "10am Mountain View campus" names a place, not Denver's clock."""
        raw = mail(
            sender="Kenji Ito <kenji@orchardcompute.example>",
            subject="Onsite interview confirmed - SRE",
            body="Hi Alex,\n\nYour onsite interview is confirmed for Thursday, March 5 at 10am "
            "Mountain View campus, Building 4.\n\nKenji",
        )
        got = start(understand(raw, ctx))
        assert (
            got.utcoffset()
            != dt.datetime(2026, 3, 5, 10, tzinfo=ZoneInfo("America/Denver")).utcoffset()
        )

    def test_trap_outlook_central_america_label(self, ctx: Context) -> None:
        """Outlook's "(UTC-06:00) Central America" label keeps its fixed offset, not Chicago's."""
        raw = mail(
            sender="Marisol Pineda <marisol@cafetalera.example>",
            subject="Interview confirmed - Supply Planner",
            body="Hi Alex,\n\nYour interview is confirmed for Tuesday, March 10 at 10:00 AM "
            "(UTC-06:00) Central America.\n\nMarisol",
        )
        assert start(understand(raw, ctx)).utcoffset() == dt.timedelta(hours=-6)
