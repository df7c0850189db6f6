"""Recall probes (session 4): real interviews the recogniser missed, each beside a trap.

Interviews are often written without the noun "interview": a stage named in the time's own
sentence, an informal chat or coffee, "Sam will call you", "just to confirm", directions to
reception, a bare "tomorrow at 10". Every message here was written for these tests; each fix
keeps a near neighbour (a quiz final, a vendor's intro call, a mentor's coffee, a colleague's
panel, a gym's trial) from becoming an interview.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from daemon.understand import Context, Kind, Understanding, understand

from .messages import mail

REPLY = {"In-Reply-To": "<r4.1@mail.example>"}


def read(
    ctx: Context, sender: str, subject: str, body: str, *, reply: bool = False
) -> Understanding:
    """Understand one plain-text message sent to the user."""
    to = "Sam Taylor <sam.taylor@outlook.com>" if ctx.timezone == "Europe/London" else None
    raw = mail(
        sender=sender,
        subject=subject,
        body=body,
        headers=REPLY if reply else None,
        **({"to": to} if to else {}),
    )
    return understand(raw, ctx)


def local(u: Understanding, ctx: Context) -> tuple[int, int, int, int]:
    """The interview's start as (month, day, hour, minute) in the user's zone."""
    assert u.interview is not None, (u.kind, u.reasons)
    start = u.interview.start.astimezone(ZoneInfo(ctx.timezone))
    return start.month, start.day, start.hour, start.minute


class TestStageInTheTimesSentence:
    """A hiring stage named in the time's sentence states the plan, as the noun does."""

    def test_system_design_session(self, ctx: Context) -> None:
        """ "Round 2: a system design session with Kai on Monday at 12pm PT" is an interview."""
        u = read(
            ctx,
            "Amara Obi <amara@loopwise.example>",
            "Round 2 - Loopwise",
            "Hi Alex,\n\nThe team enjoyed meeting you! We'd like to invite you to round 2: a "
            "60-minute system design session with Kai Nakamura on Monday, March 9 at 12:00pm PT."
            "\n\nAmara",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert local(u, ctx) == (3, 9, 15, 0)

    def test_quiz_final_trap(self, ctx: Context) -> None:
        """ "We made the final round! It's Thursday at 8pm" names the stage in another sentence."""
        u = read(
            ctx,
            "Jo Park <captain.jo@gmail.com>",
            "Final round Thursday",
            "Team - we made the final round! It's Thursday at 8pm at the Crown. Bring your A "
            "game.\n\nJo",
        )
        assert u.kind is not Kind.INTERVIEW, u.reasons

    def test_german_phone_interview(self) -> None:
        """ "wird Sie am Mittwoch um 11 Uhr für das Telefoninterview anrufen" is an interview."""
        de = Context(
            user_addresses=frozenset({"jonas.weber@web.de"}),
            user_name="Jonas Weber",
            timezone="Europe/Berlin",
            date_order="dmy",
        )
        raw = mail(
            sender="Petra Lang <petra.lang@hansetech.example>",
            to="Jonas Weber <jonas.weber@web.de>",
            subject="Telefoninterview",
            body="Guten Tag Herr Weber,\n\nwie besprochen wird Frau Becker Sie am Mittwoch, den "
            "4. März um 11 Uhr für das Telefoninterview anrufen.\n\nFreundliche Grüße\nPetra Lang"
            "\nRecruiting",
            date="Mon, 02 Mar 2026 14:10:00 +0100",
        )
        u = understand(raw, de)
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert local(u, de) == (3, 4, 11, 0)


class TestMeetingWordingStated:
    """Medium wording ("an informal chat") in a hiring context, with its time, is the plan."""

    def test_informal_chat_over_teams(self, uk_ctx: Context) -> None:
        """ "Sarah would like to have an informal chat with you over Teams on Friday at 2pm"."""
        u = read(
            uk_ctx,
            "Helen Marsh <helen.marsh@oakwell.example>",
            "Marketing Executive - informal chat",
            "Dear Sam,\n\nFollowing your application for the Marketing Executive position, Sarah "
            "Doyle would like to have an informal chat with you over Teams on Friday 6 March at "
            "2pm.\n\nBest wishes,\nHelen Marsh\nHR Officer",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert local(u, uk_ctx) == (3, 6, 14, 0)

    def test_informal_coffee(self, ctx: Context) -> None:
        """A design lead's "informal coffee with you on Wednesday at 9:30am" after applying."""
        u = read(
            ctx,
            "Nina Alvarez <nina@bramblehq.example>",
            "Product Designer - coffee with Leo",
            "Hi Alex,\n\nThanks for applying for the Product Designer role. Leo Park, our design "
            "lead, would like to grab an informal coffee with you on Wednesday at 9:30am at Blue "
            "Bottle (66 Mint St).\n\nBest,\nNina\nTalent, Bramble",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert local(u, ctx) == (3, 4, 9, 30)

    def test_vendor_intro_call_trap(self, ctx: Context) -> None:
        """A vendor's "quick intro call ... to show you how <product> cuts your recruiting time"."""
        u = read(
            ctx,
            "Brett Lowe <brett@hirepilot.example>",
            "Quick intro",
            "Hi Alex,\n\nI'd love to set up a quick intro call on Thursday at 2pm ET to show you "
            "how HirePilot cuts your recruiting team's time-to-hire in half.\n\nBrett Lowe\n"
            "Account Executive, HirePilot",
        )
        assert u.kind is not Kind.INTERVIEW, u.reasons

    def test_mentor_coffee_trap(self, ctx: Context) -> None:
        """A mentor's coffee chat with résumé advice is no hiring step."""
        u = read(
            ctx,
            "Lena Fox <lena.fox@gmail.com>",
            "Re: mentoring",
            "Sure! Let's do a coffee chat Thursday at 9am at Ritual - happy to give feedback on "
            "your resume.\n\nLena\n\nOn Mon, Mar 2, 2026 at 9:00 AM Alex Morgan "
            "<alex.morgan@gmail.com> wrote:\n> Hi Lena, would you have time for a coffee chat? "
            "I'm job hunting and would love advice.\n",
            reply=True,
        )
        assert u.kind is not Kind.INTERVIEW, u.reasons


class TestNewStages:
    """Stages that never say "interview": assessment centres, job talks, trial shifts."""

    def test_assessment_centre(self, uk_ctx: Context) -> None:
        """An invitation to a graduate scheme's assessment centre with its time is an interview."""
        u = read(
            uk_ctx,
            "Graduate Recruitment <graduates@northmoor.example>",
            "Invitation to Assessment Centre - 2026 Graduate Scheme",
            "Dear Sam,\n\nCongratulations! You have been invited to attend our Graduate Scheme "
            "Assessment Centre on Thursday 12 March 2026, starting at 9:00am at our Leeds office."
            "\n\nKind regards,\nGraduate Recruitment Team",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert local(u, uk_ctx) == (3, 12, 9, 0)

    def test_friend_assessment_centre_trap(self, uk_ctx: Context) -> None:
        """A friend's "I've got an assessment centre on Thursday, could you feed the cat?"."""
        u = read(
            uk_ctx,
            "Ellie Shaw <ellie.shaw@gmail.com>",
            "cat",
            "Hiya, I've got an assessment centre on Thursday at 9am in Leeds - could you feed "
            "Mochi that morning?\n\nEllie",
        )
        assert u.kind is not Kind.INTERVIEW, u.reasons


class TestPlainConfirmations:
    """How people confirm without "confirmed": named callers, directions, "just to confirm"."""

    def test_named_caller(self, ctx: Context) -> None:
        """A recruiter's "Sam will call you on Tuesday at 10am ET" after an application."""
        u = read(
            ctx,
            "Olivia Grant <olivia.grant@brightpath.example>",
            "Customer Success Manager",
            "Hi Alex,\n\nThanks for applying for the Customer Success Manager role. Sam will call "
            "you on Tuesday at 10am ET.\n\nOlivia Grant\nTalent Acquisition, Brightpath",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert local(u, ctx) == (3, 3, 10, 0)

    def test_estimator_call_trap(self, ctx: Context) -> None:
        """A builder's "our estimator Ben will call you on Tuesday" is no interview."""
        u = read(
            ctx,
            "Ella Ward <ella@wardhomes.example>",
            "Contractor walkthrough",
            "Hi Alex, our estimator Ben Ortiz will call you on Tuesday at 10am to go over the "
            "kitchen quote.\n\nElla\nWard Homes",
        )
        assert u.kind is not Kind.INTERVIEW, u.reasons

    def test_set_up_with_a_director(self, ctx: Context) -> None:
        """ "I've set up 45 minutes for you with Rachel Kim (Director, Data) on Tuesday"."""
        u = read(
            ctx,
            "Kevin Walsh <kevin.walsh@corvid.example>",
            "Internal opening - Data Platform Lead",
            "Hi Alex,\n\nThanks for your interest in the internal Data Platform Lead opening. "
            "I've set up 45 minutes for you with Rachel Kim (Director, Data) on Tuesday March 10 "
            "at 1:00 PM. Invite to follow.\n\nKevin Walsh\nHR Business Partner",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert local(u, ctx) == (3, 10, 13, 0)

    def test_team_lunch_trap(self, ctx: Context) -> None:
        """A recruiter confirming a team lunch with a colleague is no interview."""
        u = read(
            ctx,
            "Priya Nair <priya.nair@lumenhealth.example>",
            "Team lunch",
            "Hi Alex - confirming team lunch tomorrow (Tue 3/3) at 12pm with Raj Mehta and the "
            "recruiting team at Nopa.\n\nPriya Nair | Recruiter, Lumen Health",
        )
        assert u.kind is not Kind.INTERVIEW, u.reasons

    def test_just_to_confirm(self, uk_ctx: Context) -> None:
        """An agency's "Just to confirm - Thursday 5th at 14:00 with Lucy Vance"."""
        u = read(
            uk_ctx,
            "Jo Bright <jo.bright@haysmere.example>",
            "Interview - Thurs",
            "Hi Sam\n\nJust to confirm - Thursday 5th at 14:00 with Lucy Vance at Alder & Co, 3 "
            "King St, Manchester. It's a competency based interview, about an hour.\n\nJo Bright"
            "\nRecruitment Consultant",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert local(u, uk_ctx) == (3, 5, 14, 0)

    def test_account_catch_up_trap(self, uk_ctx: Context) -> None:
        """ "Just to confirm - Thursday 5th at 14:00 for our quarterly catch-up on the account"."""
        u = read(
            uk_ctx,
            "Jo Bright <jo.bright@haysmere.example>",
            "Catch-up",
            "Hi Sam\n\nJust to confirm - Thursday 5th at 14:00 for our quarterly catch-up on the "
            "account. I'll bring the invoices.\n\nJo Bright\nAccount Manager",
        )
        assert u.kind is not Kind.INTERVIEW, u.reasons

    def test_ask_for_me_at_reception(self, uk_ctx: Context) -> None:
        """A hiring manager's "come in to meet me on Wednesday at 10:00 ... ask for me"."""
        u = read(
            uk_ctx,
            "Ian Holt <ian.holt@ferrisbank.example>",
            "Credit Analyst - Wednesday",
            "Hi Sam,\n\nThanks for your application. Please come in to meet me on Wednesday 11 "
            "March at 10:00 - we're at 1 Canada Square, Floor 12. Ask for me at reception.\n\n"
            "Ian Holt\nHead of Credit, Ferris Bank",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert local(u, uk_ctx) == (3, 11, 10, 0)

    def test_viewing_reception_trap(self, uk_ctx: Context) -> None:
        """A letting agent's viewing with "ask for me at reception" stays other mail."""
        u = read(
            uk_ctx,
            "Mark Tully <mark@tullylettings.example>",
            "Viewing Saturday",
            "Hi Sam,\n\nConfirming the viewing of Flat 12B on Saturday at 11am. Ask for me at "
            "reception and I'll take you up. Please bring ID for the application.\n\nMark Tully\n"
            "Lettings Manager",
        )
        assert u.kind is not Kind.INTERVIEW, u.reasons


class TestWhoIsHiring:
    """The user's own hiring: a candidate's reply, a colleague's panel."""

    def test_candidate_accepts_users_invitation_trap(self, ctx: Context) -> None:
        """A candidate accepting the user's "thanks for applying to our role" invitation."""
        u = read(
            ctx,
            "Maya Singh <maya.singh@gmail.com>",
            "Re: Designer role",
            "Hi Alex,\n\nThanks so much for the invitation to interview for the Designer role. "
            "Thursday at 2pm works for me.\n\nMaya\n\nOn Mon, Mar 2, 2026 at 9:00 AM Alex Morgan "
            "<alex.morgan@gmail.com> wrote:\n> Hi Maya, thanks for applying to our Designer role. "
            "Could you do Thursday at 2pm for an interview with me and Leo?\n",
            reply=True,
        )
        assert u.kind is not Kind.INTERVIEW, u.reasons

    def test_colleague_panel_trap(self, ctx: Context) -> None:
        """ "You're on the system design session" for "(Staff Engineer candidate)": the user hires."""
        u = read(
            ctx,
            "Quinn Bell <quinn.bell@kestrel.example>",
            "Onsite Friday",
            "Hi Alex, the onsite for Jordan Ellis (Staff Engineer candidate) is Friday 3/13 at "
            "10am. You're on the system design session with Kai.\n\nQuinn\nRecruiting Coordinator",
        )
        assert u.kind is not Kind.INTERVIEW, u.reasons

    def test_own_onsite_itinerary(self, ctx: Context) -> None:
        """The user's own onsite itinerary (first slot 9:30) is their interview."""
        u = read(
            ctx,
            "Rosa Diaz <rosa.diaz@kestrel.example>",
            "Your onsite itinerary - Friday 3/13",
            "Hi Alex,\n\nHere is your onsite itinerary for Friday, March 13 (all times Eastern):"
            "\n\n9:30 - 10:15  Sarah Lee, Engineering Manager\n10:15 - 11:00  Tom Wu, Staff "
            "Engineer\n\nPlease check in at the front desk at 9:15.\n\nRosa Diaz\nRecruiting "
            "Coordinator, Kestrel",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert local(u, ctx) == (3, 13, 9, 30)


class TestBareHour:
    """After a named day, a bare number is the hour ("see you tomorrow at 10")."""

    def test_tomorrow_at_ten(self, ctx: Context) -> None:
        """A recruiter's "See you tomorrow at 10 for your final round!" starts at 10:00."""
        u = read(
            ctx,
            "Omar Said <omar.said@kinetica.example>",
            "Tomorrow",
            "Hi Alex,\n\nSee you tomorrow at 10 for your final round! Ask for me at the lobby "
            "desk and I'll bring you up.\n\nOmar Said\nSenior Recruiter, Kinetica",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert local(u, ctx) == (3, 3, 10, 0)

    def test_gym_trial_trap(self, ctx: Context) -> None:
        """A gym's "see you tomorrow at 10 for your free trial session" is no interview."""
        u = read(
            ctx,
            "Front Desk <desk@ironworks-gym.example>",
            "Your trial",
            "Hi Alex, see you tomorrow at 10 for your free trial session! Ask for Marco at "
            "reception.\n\nIronworks",
        )
        assert u.kind is not Kind.INTERVIEW, u.reasons


def _local_ctx(name: str, address: str, zone: str) -> Context:
    """A European user who writes dates day first."""
    return Context(
        user_addresses=frozenset({address}),
        user_name=name,
        timezone=zone,
        date_order="dmy",
    )


def _read_eu(ctx: Context, sender: str, subject: str, body: str) -> Understanding:
    """Understand one plain-text message sent to a European user on Monday 2 March."""
    to = f"{ctx.user_name} <{next(iter(ctx.user_addresses))}>"
    raw = mail(
        sender=sender, to=to, subject=subject, body=body, date="Mon, 02 Mar 2026 14:10:00 +0100"
    )
    return understand(raw, ctx)


DE = _local_ctx("Jonas Weber", "jonas.weber@web.de", "Europe/Berlin")
FR = _local_ctx("Camille Martin", "camille.martin@orange.fr", "Europe/Paris")
ES = _local_ctx("Lucía García", "lucia.garcia@gmail.com", "Europe/Madrid")


class TestAgencyConsultantsAbroad:
    """An agency consultant's booking with the client, in German, French and Spanish."""

    def test_german_consultant(self) -> None:
        """A "Personalberaterin" confirming the client's Kennenlernen with its time."""
        u = _read_eu(
            DE,
            "Marie Vogt <m.vogt@personal-plus.example>",
            "Ihr Termin bei der Fischer GmbH",
            "Hallo Herr Weber,\n\ngute Nachrichten: die Fischer GmbH möchte Sie kennenlernen! Ich "
            "habe den Termin für Montag, 9. März um 10 Uhr mit Herrn Dr. Klein (Bereichsleiter "
            "Finanzen) bestätigt.\n\nMarie Vogt\nPersonalberaterin, Personal Plus",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert local(u, DE) == (3, 9, 10, 0)

    def test_german_sales_trap(self) -> None:
        """A salesman confirming a software presentation is no interview."""
        u = _read_eu(
            DE,
            "Max Braun <max.braun@softhaus.example>",
            "Produktdemo",
            "Hallo Herr Weber,\n\nich bestätige unseren Termin am Mittwoch um 10 Uhr mit Herrn "
            "Fuchs, der Ihnen unsere Software vorstellt.\n\nMax Braun\nVertrieb, Softhaus",
        )
        assert u.kind is not Kind.INTERVIEW, u.reasons

    def test_french_consultant(self) -> None:
        """A "consultante en recrutement" fixing the client's rendez-vous is an interview."""
        u = _read_eu(
            FR,
            "Sophie Garnier <sophie.garnier@talentis.example>",
            "Rendez-vous chez Valmont",
            "Bonjour Camille,\n\nBonne nouvelle : le client Valmont souhaite vous rencontrer. "
            "Votre rendez-vous est fixé au lundi 9 mars à 15h avec M. Lefèvre, directeur "
            "financier.\n\nSophie Garnier\nConsultante en recrutement, Talentis",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert local(u, FR) == (3, 9, 15, 0)

    def test_french_flat_visit_trap(self) -> None:
        """An estate agent's flat visit with its time is no interview."""
        u = _read_eu(
            FR,
            "Agence Lemoine <contact@lemoine-immo.example>",
            "Visite appartement",
            "Bonjour Camille,\n\nJe vous confirme la visite de l'appartement samedi 7 mars à 11h. "
            "Demandez Paul à l'accueil.\n\nAgence Lemoine",
        )
        assert u.kind is not Kind.INTERVIEW, u.reasons

    def test_spanish_consultant_booked(self) -> None:
        """ "Te he agendado una reunión el lunes ... con Javier Rey" from a selection consultant."""
        u = _read_eu(
            ES,
            "Carmen Soto <carmen.soto@talentia.example>",
            "Entrevista con cliente",
            "Hola Lucía,\n\nEl cliente quiere conocerte. Te he agendado una reunión el lunes 9 de "
            "marzo a las 17:00 con Javier Rey, director de operaciones, en su sede de Barcelona."
            "\n\nCarmen Soto\nConsultora de selección",
        )
        assert u.kind is Kind.INTERVIEW, u.reasons
        assert local(u, ES) == (3, 9, 17, 0)

    def test_spanish_clinic_trap(self) -> None:
        """A dental clinic's booked appointment is no interview."""
        u = _read_eu(
            ES,
            "Clínica Dental Sol <citas@clinicasol.example>",
            "Cita",
            "Hola Lucía,\n\nTe hemos agendado una cita con la Dra. Ruiz el martes 10 de marzo a "
            "las 10:00.\n\nClínica Dental Sol",
        )
        assert u.kind is not Kind.INTERVIEW, u.reasons
