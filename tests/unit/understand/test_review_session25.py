"""Adversarial review probes for session 25 (European families).

Written from scratch by a reviewer: precision traps for the new rules (a personnel office
writing to an outsider about a non-hiring meeting, accepting wording in non-hiring threads,
"notre entretien"'s writer, "Panel will be", Dutch "schuift ... aan", German "und ich freuen
uns.", people after a clause, "un entretien avec M. ...", the user's own copy), recall
near-misses, and extraction edge cases. Expected results are a careful human reader's.

115 probes; 28 failed at 8e7575f, 6 of them broken by that commit's rules (a school's, a
notary's and a letting agent's "un entretien avec M. ...", "unser Telefonat vom Montag",
"Panel will be held in ...", "..., com Sonae Indústria."), 5 more given a wrong name (a
past call's writer, a Dutch tour guide, "Uhr" and a company after a spaced dash, a bank's
display name). Mended in general: the French "un entretien avec" rule withdrawn, past
calls and a tour excluded, "Panel will be" kept to people, a name after a clause's comma
needs a courtesy title or words after it, a spaced dash's clause read alone unless a name
ends before it, the user's own reply reads the quoted words it answers as written to the
user, a French acceptance after a day. Left: ``KNOWN`` below (strict xfails).
"""

from __future__ import annotations

import datetime as dt

import pytest

from daemon.understand import Context, Kind, understand
from daemon.understand._lexicon import default_lexicon
from daemon.understand._sentences import reply_accepts
from tests.unit.understand.messages import alex_in_new_york, day_first_user, mail, quoted

ALEX = alex_in_new_york()
INES = day_first_user("Inés Garrido", "ines.garrido@example.es", "Europe/Madrid")
TIAGO = day_first_user("Tiago Carvalheira", "tiago.carvalheira@example.pt", "Europe/Lisbon")
KAI = day_first_user("Kai Riedmüller", "kai.riedmueller@example.de", "Europe/Berlin")
LOU = day_first_user("Lou Vandamme", "lou.vandamme@example.be", "Europe/Brussels")
FEMKE = day_first_user("Femke Aalbers", "femke.aalbers@example.nl", "Europe/Amsterdam")
NICO = day_first_user("Nicolò Ferrante", "nicolo.ferrante@example.it", "Europe/Rome")
ANIL = day_first_user("Anil Rathore", "anil.rathore@example.com", "Asia/Dubai")

EU_DATE = "Mon, 02 Mar 2026 10:00:00 +0100"
PT_DATE = "Mon, 02 Mar 2026 10:00:00 +0000"
GST_DATE = "Mon, 02 Mar 2026 10:00:00 +0400"
EN_DATE = "Mon, 02 Mar 2026 15:04:00 -0500"

HIRING = {Kind.INTERVIEW, Kind.INTERVIEW_CANCELLED, Kind.SCHEDULING_REQUEST}
NOT_HIRING = "not-hiring"  # neither interview, nor cancelled interview, nor scheduling request


# Left after the mends (strict: each must fail until mended). Reasons in plain words.
KNOWN = {
    "es-trap-gym-personal-entrevista-inicial": "a gym's personal@ 'entrevista inicial con tu"
    " entrenador personal' is read as hiring (as before this session)",
    "nl-personeel-uitnodiging-outsider-no-accents": "an invitation that never says 'gesprek'",
    "de-passt-dann-fr-dot-9-uhr-in-a-hiring-thread": "'Fr. 9 Uhr' is not read as a time",
    "fr-lors-de-notre-rencontre-then-another-interviewer": "a single time proposed, read as"
    " nothing confirmed",
    "de-unser-telefonat-vom-montag-then-another": "the interviewer named after 'unserer"
    " Bereichsleitung' is missed (as before)",
    "it-agency-il-nostro-incontro-con-another": "'nothing confirms it' under an agency's note",
    "pt-agency-a-nossa-entrevista-com-another": "an agency's note read as nothing confirmed",
    "en-interview-panel-will-include-myself-wrapped": "'Interview panel will include' over a"
    " line break",
    "de-trap-das-ganze-team-und-ich-freuen-uns": "the signer is not read when the team and"
    " the writer look forward (as before)",
    "de-trap-dash-before-a-place-und-ich-freuen-uns": "a company's name before 'und ich freuen"
    " uns.' is read as a person",
    "es-trap-tienes-la-entrevista-con-a-company": "read as nothing confirmed",
    "fr-trap-after-a-clause-avec-a-company": "read as nothing confirmed",
    "es-tendras-la-entrevista-unaccented": "'manana' without its accent gives no time",
    "fr-writer-reporte-notre-entretien-no-accents": "a bare 'entretien' with no job context",
    "it-writer-sposta-il-nostro-colloquio": "a move ending in a question",
    "pt-writer-remarca-a-nossa-entrevista": "read as nothing confirmed",
    "es-no-me-viene-bien": "an older confirmation pattern matches the refusal 'No me viene bien.'",
    "fr-trap-bank-notre-entretien-avec-m": "a bank's 'notre entretien avec M. ...' is read as"
    " an interview (as before; since this session the bank's display name is its writer)",
    "de-trap-dash-ihr-team-logistik-und-ich-freuen-uns": "the signer is not read when the team"
    " and the writer look forward",
}


def _param(values: tuple[object, ...]) -> object:
    marks = (
        pytest.mark.xfail(strict=True, reason=KNOWN[str(values[0])]) if values[0] in KNOWN else ()
    )
    return pytest.param(*values[1:], id=str(values[0]), marks=marks)


def _understand(
    ctx: Context,
    sender: str,
    subject: str,
    body: str,
    date: str,
    to: str | None,
    headers: dict[str, str] | None = None,
    html: str | None = None,
):
    raw = mail(
        sender=sender,
        subject=subject,
        body=body,
        to=to or next(iter(ctx.user_addresses)),
        date=date,
        headers=headers,
        html=html,
    )
    return understand(raw, ctx)


def _people(result) -> list[str]:
    if result.interview is None:
        return []
    return sorted(p.name or "" for p in result.interview.interviewers)


# --------------------------------------------------------------------------------------------
# 1. Kinds: precision traps and recall near-misses.
# (id, user, sender, to, subject, body, date, expected kind or NOT_HIRING)
# --------------------------------------------------------------------------------------------
KINDS = [
    # --- a personnel office writing to someone outside its domain, not about hiring ---
    (
        "en-trap-own-employer-hr-annual-review-to-private-address",
        ALEX,
        "Northwind People Team <hr@northwind-logistics.example>",
        None,
        "Your annual performance review",
        "Hi Alex,\n\nAs you are currently working remotely, we are sending this to your"
        " personal address. Your annual performance review with your line manager Sam Lee"
        " is scheduled for Thursday 5 March at 2pm in meeting room 3. Please complete the"
        " self-assessment form beforehand.\n\nThanks,\nHR",
        EN_DATE,
        NOT_HIRING,
    ),
    (
        "en-trap-former-employer-hr-exit-interview",
        ALEX,
        "HR <hr@brightline-media.example>",
        None,
        "Your exit interview",
        "Dear Alex,\n\nAs your last day with Brightline Media approaches, we would like to"
        " invite you to your exit interview with Mark Doyle on Friday 6 March at 11:00. It"
        " will take about 30 minutes.\n\nBest wishes,\nHR Team",
        EN_DATE,
        NOT_HIRING,
    ),
    (
        "en-trap-customer-hr-meeting-with-supplier",
        ALEX,
        "Harbor Foods HR <hr@harborfoods.example>",
        None,
        "Payroll software rollout – meeting Tuesday",
        "Hi Alex,\n\nThanks for sending over the implementation plan. Could we meet on"
        " Tuesday 3 March at 10am at our office to go through the payroll migration? Dana"
        " Whitfield, our payroll lead, will join us.\n\nBest,\nHarbor Foods HR",
        EN_DATE,
        NOT_HIRING,
    ),
    (
        "en-trap-university-hr-student-job-fair",
        ALEX,
        "University HR <hr@northbridge-university.example>",
        None,
        "Student job fair – Thursday",
        "Dear student,\n\nThe campus job fair takes place on Thursday 5 March from 10am to"
        " 4pm in the Great Hall. Over 40 employers will be present. Bring copies of your CV."
        "\n\nUniversity HR",
        EN_DATE,
        NOT_HIRING,
    ),
    (
        "de-trap-own-employer-personal-jahresgespraech",
        KAI,
        "Personalabteilung <personal@stadtwerke-lindau.example>",
        None,
        "Einladung zum Jahresgespräch",
        "Sehr geehrter Herr Riedmüller,\n\nda Sie derzeit in Elternzeit sind, schreiben wir"
        " Ihnen an Ihre private Adresse. Ihr Jahresgespräch mit Ihrer Vorgesetzten Frau Anke"
        " Moll findet am Donnerstag, 5. März, um 10 Uhr statt.\n\nMit freundlichen Grüßen\n"
        "Ihre Personalabteilung",
        EU_DATE,
        NOT_HIRING,
    ),
    (
        "de-trap-hr-rueckkehrgespraech-after-parental-leave",
        KAI,
        "HR Team <hr@bergland-klinik.example>",
        None,
        "Ihr Rückkehrgespräch",
        "Lieber Herr Riedmüller,\n\nwir freuen uns, dass Sie nach der Elternzeit zu uns"
        " zurückkehren. Ihr Rückkehrgespräch mit Herrn Tobias Lenz ist am Mittwoch, 4. März,"
        " um 9 Uhr in Raum 2.14.\n\nIhr HR-Team",
        EU_DATE,
        NOT_HIRING,
    ),
    (
        "fr-trap-own-employer-rh-entretien-annuel",
        LOU,
        "Service RH <rh@groupe-meuse.example>",
        None,
        "Votre entretien annuel d'évaluation",
        "Bonjour Lou,\n\nVotre entretien annuel d'évaluation avec Mme Claire Dubois, votre"
        " responsable, aura lieu le jeudi 5 mars à 14h dans son bureau. Merci de remplir la"
        " grille d'auto-évaluation avant cette date.\n\nLe service RH",
        EU_DATE,
        NOT_HIRING,
    ),
    (
        "fr-trap-rh-entretien-de-reprise-conge-parental",
        LOU,
        "Ressources humaines <ressources.humaines@hopital-namur.example>",
        None,
        "Entretien de reprise après votre congé parental",
        "Madame,\n\nÀ l'issue de votre congé parental, nous vous proposons un entretien de"
        " reprise avec M. Hugo Petit le mardi 3 mars à 9h30, au service du personnel.\n\n"
        "Cordialement,\nLes ressources humaines",
        EU_DATE,
        NOT_HIRING,
    ),
    (
        "es-trap-rrhh-university-feria-de-empleo",
        INES,
        "RRHH Universidad <rrhh@universidad-levante.example>",
        None,
        "Feria de Empleo – jueves 5 de marzo",
        "Hola Inés,\n\nTe recordamos que el jueves 5 de marzo a las 10:00 se celebra la Feria"
        " de Empleo en el Aula Magna, con más de 30 empresas. Trae tu currículum.\n\nUn"
        " saludo,\nRRHH",
        EU_DATE,
        NOT_HIRING,
    ),
    (
        "es-trap-gym-personal-entrevista-inicial",
        INES,
        "Gimnasio Olimpia <personal@gimnasio-olimpia.example>",
        None,
        "Tu entrevista inicial",
        "Hola Inés:\n\nTe confirmamos tu entrevista inicial con tu entrenador personal, Jorge"
        " Navas, el jueves 5 de marzo a las 18:00 en la sala 2, para definir tus objetivos y"
        " tu plan de entrenamiento.\n\n¡Nos vemos!\nGimnasio Olimpia",
        EU_DATE,
        NOT_HIRING,
    ),
    (
        "es-trap-former-employer-rrhh-entrevista-de-salida",
        INES,
        "Recursos Humanos <rrhh@textiles-alcoy.example>",
        None,
        "Entrevista de salida",
        "Hola Inés:\n\nAntes de tu último día con nosotros, te citamos a la entrevista de"
        " salida con Marta Gil el viernes 6 de marzo a las 12:00 en la sala de reuniones.\n\n"
        "Un saludo,\nRRHH",
        EU_DATE,
        NOT_HIRING,
    ),
    (
        "it-trap-own-employer-risorse-umane-colloquio-valutazione",
        NICO,
        "Risorse Umane <risorse.umane@laguna-software.example>",
        None,
        "Colloquio annuale di valutazione",
        "Ciao Nicolò,\n\nti scriviamo all'indirizzo personale perché sei in smart working. Il"
        " tuo colloquio annuale di valutazione con Sara Neri è fissato per giovedì 5 marzo"
        " alle 11:00 su Teams.\n\nRisorse Umane",
        EU_DATE,
        NOT_HIRING,
    ),
    (
        "nl-trap-personeel-ons-gesprek-ouderschapsverlof",
        FEMKE,
        "Personeelszaken <personeel@zuiderzee-zorg.example>",
        None,
        "Ons gesprek over je ouderschapsverlof",
        "Hoi Femke,\n\nGraag plannen we ons gesprek over je ouderschapsverlof in op woensdag"
        " 4 maart om 13.30 uur. We bespreken dan de verdeling van je uren.\n\nGroet,\n"
        "Personeelszaken",
        EU_DATE,
        NOT_HIRING,
    ),
    (
        "pt-trap-own-employer-rh-avaliacao-desempenho",
        TIAGO,
        "Recursos Humanos <rh@douro-energia.example>",
        None,
        "Avaliação de desempenho anual",
        "Olá Tiago,\n\nA sua reunião de avaliação de desempenho com a sua chefia, Eng. Rui"
        " Sampaio, está marcada para quinta-feira, 5 de março, às 10h, na sala 4.\n\n"
        "Cumprimentos,\nRecursos Humanos",
        PT_DATE,
        NOT_HIRING,
    ),
    (
        "de-trap-hr-subdomain-to-staff-address",
        day_first_user("Kai Riedmüller", "k.riedmueller@gipfelbahnen.example", "Europe/Berlin"),
        "HR <hr@mail.gipfelbahnen.example>",
        None,
        "Erinnerung: Ihr Gespräch morgen um 10 Uhr",
        "Sehr geehrter Herr Riedmüller,\n\nwir erinnern Sie an Ihr Gespräch morgen, Dienstag,"
        " 3. März, um 10 Uhr, im Büro im 2. Stock. Sie sprechen mit Frau Gerlinde Mairhofer"
        " (Leitung Technik).\n\nIhr HR-Team",
        EU_DATE,
        NOT_HIRING,
    ),
    # --- accepting wording in non-hiring threads ---
    (
        "en-trap-plumber-thats-perfect-for-me",
        ALEX,
        "Mike Duggan <mike@duggan-plumbing.example>",
        None,
        "Re: Boiler repair",
        "Hi Alex,\n\nThat's perfect for me: I'll be at yours on Tuesday at 3pm to replace the"
        " pressure valve. Please make sure someone is in.\n\nMike",
        EN_DATE,
        NOT_HIRING,
    ),
    (
        "en-trap-user-to-dentist-thats-perfect-for-me",
        ALEX,
        "Alex Morgan <alex.morgan@gmail.com>",
        "Reception <reception@smiles-dental.example>",
        "Re: Appointment",
        "Hello,\n\nThat's perfect for me: I will be at the clinic on Tuesday 3 March at 3pm"
        " for the check-up with Dr Helen Park.\n\nThanks,\nAlex"
        + quoted(
            "Smiles Dental <reception@smiles-dental.example>",
            "Fri, 27 Feb 2026 at 09:12",
            "Dear Alex,\n\nWe can offer you a check-up with Dr Helen Park on Tuesday 3 March"
            " at 3pm. Does that suit you?\n\nSmiles Dental",
        ),
        EN_DATE,
        NOT_HIRING,
    ),
    (
        "fr-trap-dentist-cest-parfait-pour-moi",
        LOU,
        "Lou Vandamme <lou.vandamme@example.be>",
        "Cabinet dentaire Sambre <accueil@dentiste-sambre.example>",
        "RE: Votre rendez-vous",
        "Bonjour,\n\nC'est parfait pour moi : je serai présente mardi 3 mars à 15h pour le"
        " détartrage avec le Dr Morel.\n\nBien à vous,\nLou Vandamme"
        + quoted(
            "Cabinet dentaire Sambre <accueil@dentiste-sambre.example>",
            "ven. 27 févr. 2026 à 09:12",
            "Bonjour,\n\nNous pouvons vous proposer mardi 3 mars à 15h avec le Dr Morel.\n\n"
            "Le cabinet",
        ),
        EU_DATE,
        NOT_HIRING,
    ),
    (
        "de-trap-landlord-viewing-fuer-mich-passt-das",
        KAI,
        "Helga Brenner <helga.brenner@web.de>",
        None,
        "AW: Wohnungsbesichtigung Gartenstraße 12",
        "Hallo Herr Riedmüller,\n\nfür mich passt das: ich bin am Dienstag um 15 Uhr an der"
        " Wohnung und zeige Ihnen alles. Bringen Sie bitte die Gehaltsnachweise mit.\n\n"
        "Viele Grüße\nHelga Brenner",
        EU_DATE,
        NOT_HIRING,
    ),
    (
        "de-trap-carpool-passt-dann-do-8-uhr",
        KAI,
        "Jonas <jonas.weber@gmx.de>",
        None,
        "Re: Fahrgemeinschaft Training",
        "Passt, dann Do 8 Uhr am Bahnhof. Ich fahre diesmal, du nächste Woche.\n\nJonas",
        EU_DATE,
        NOT_HIRING,
    ),
    (
        "de-trap-plumber-passt-dann-mi-14-uhr",
        KAI,
        "Sanitär Kuhn <info@sanitaer-kuhn.example>",
        None,
        "AW: Tropfender Wasserhahn",
        "Guten Tag Herr Riedmüller,\n\npasst, dann Mi 14 Uhr bei Ihnen. Ich bringe die"
        " Dichtungen mit.\n\nMfG\nPeter Kuhn\nSanitär Kuhn",
        EU_DATE,
        NOT_HIRING,
    ),
    (
        "es-trap-friend-dinner-me-viene-perfecto",
        INES,
        "Lucía <lucia.mendia@gmail.com>",
        None,
        "Re: Cena del viernes",
        "¡Me viene perfecto! Estaré allí el viernes a las 21:00, llevo el vino.\n\nBesos,\nLucía",
        EU_DATE,
        NOT_HIRING,
    ),
    (
        "it-trap-landlord-viewing-per-me-va-benissimo",
        NICO,
        "Franco Bellini <franco.bellini@libero.it>",
        None,
        "Re: Visita appartamento via Roma",
        "Buongiorno Nicolò,\n\nper me va benissimo: sarò all'appartamento martedì alle 15 per"
        " la visita. Porti un documento.\n\nFranco Bellini",
        EU_DATE,
        NOT_HIRING,
    ),
    (
        "nl-trap-plumber-dat-komt-mij-goed-uit",
        FEMKE,
        "Loodgieter De Vries <info@devries-loodgieter.example>",
        None,
        "Re: Lekkage badkamer",
        "Beste mevrouw Aalbers,\n\nDat komt mij goed uit: ik ben er dinsdag om 15.00 uur om"
        " de lekkage te bekijken.\n\nMet vriendelijke groet,\nHenk de Vries",
        EU_DATE,
        NOT_HIRING,
    ),
    (
        "pt-trap-friend-dinner-para-mim-esta-otimo",
        TIAGO,
        "Rita <rita.sousa@gmail.com>",
        None,
        "Re: Jantar de sexta",
        "Para mim está ótimo: estarei aí na sexta às 20h, levo a sobremesa.\n\nBeijinhos,\nRita",
        PT_DATE,
        NOT_HIRING,
    ),
    (
        "de-trap-spouse-und-ich-freuen-uns-dinner",
        KAI,
        "Sabine Körner <sabine.koerner@t-online.de>",
        None,
        "Einladung zum Abendessen",
        "Lieber Kai,\n\nkommst du am Donnerstag um 19 Uhr zu uns zum Abendessen? Wir wohnen"
        " jetzt in der Lindenstraße 4 – mein Mann Thomas und ich freuen uns.\n\nHerzlich\n"
        "Sabine",
        EU_DATE,
        NOT_HIRING,
    ),
    (
        "en-trap-thesis-defence-panel-will-be",
        ANIL,
        "Graduate Office <graduate.office@gulf-tech-university.example>",
        None,
        "Thesis defence – schedule",
        "Dear Anil,\n\nYour thesis defence is scheduled for Thursday, March 5 at 11:00 AM in"
        " Room B214. Panel will be Prof. Omar Khan and Dr. Lina Saleh. Please bring three"
        " printed copies.\n\nGraduate Office",
        GST_DATE,
        NOT_HIRING,
    ),
    # --- French "un entretien avec M. ..." that is no job interview ---
    (
        "fr-trap-school-un-entretien-avec-m-professeur",
        LOU,
        "Collège Saint-Aubain <secretariat@college-saint-aubain.example>",
        None,
        "Rencontre parents-professeurs",
        "Madame,\n\nNous vous proposons un entretien avec M. Vincent Morel, professeur"
        " principal de votre fils, le jeudi 5 mars à 17h au collège.\n\nLe secrétariat",
        EU_DATE,
        NOT_HIRING,
    ),
    (
        "fr-trap-notary-un-entretien-avec-me",
        LOU,
        "Étude Fontaine <etude@notaires-fontaine.example>",
        None,
        "Succession – rendez-vous",
        "Madame,\n\nDans le cadre de la succession de votre père, nous vous proposons un"
        " entretien avec Me Claire Fontaine, notaire, le mardi 3 mars à 14h à l'étude.\n\n"
        "Veuillez agréer nos salutations distinguées.\nÉtude Fontaine",
        EU_DATE,
        NOT_HIRING,
    ),
    (
        "fr-trap-hospital-un-entretien-avec-mme-infirmiere",
        LOU,
        "Clinique du Parc <admissions@clinique-du-parc.example>",
        None,
        "Préparation de votre intervention",
        "Madame,\n\nAvant votre opération, un entretien avec Mme Sophie Lenoir, infirmière"
        " coordinatrice, est prévu le mardi 3 mars à 9h au 2e étage.\n\nLe service des"
        " admissions",
        EU_DATE,
        NOT_HIRING,
    ),
    (
        "fr-trap-agence-immobiliere-un-entretien-avec-m",
        LOU,
        "Immo Meuse <gestion@immo-meuse.example>",
        None,
        "Renouvellement de votre bail",
        "Bonjour,\n\nPour le renouvellement de votre bail, nous vous proposons un entretien"
        " avec M. Hugo Lemaire, votre gestionnaire, le jeudi 5 mars à 11h à l'agence.\n\n"
        "Cordialement,\nImmo Meuse",
        EU_DATE,
        NOT_HIRING,
    ),
    (
        "fr-trap-notary-after-a-clause-avec-me",
        LOU,
        "Étude Fontaine <etude@notaires-fontaine.example>",
        None,
        "Signature de l'acte",
        "Madame,\n\nLa signature de l'acte aura lieu le jeudi 5 mars à 10h, à l'étude, avec"
        " Me Laurent Dufour. Merci de vous munir de votre carte d'identité.\n\nÉtude Fontaine",
        EU_DATE,
        NOT_HIRING,
    ),
    # --- recall: personnel offices hiring outsiders, accepting replies in hiring threads ---
    (
        "en-hr-invites-an-outsider",
        ALEX,
        "Castlebay Hotels HR <hr@castlebay-hotels.example>",
        None,
        "Front Office Supervisor – invitation",
        "Dear Alex,\n\nThank you for applying for the Front Office Supervisor position. We"
        " would like to see you on Thursday 5 March at 10:00 at the Castlebay Hotel, Main"
        " Street. You will meet Priya Shah, Rooms Division Manager.\n\nKind regards,\nHR",
        EN_DATE,
        Kind.INTERVIEW,
    ),
    (
        "fr-rh-convocation-outsider",
        LOU,
        "RH Vauban <rh@vauban-industrie.example>",
        None,
        "Convocation",
        "Bonjour Lou,\n\nSuite à votre candidature au poste de technicienne de maintenance,"
        " nous vous attendons le jeudi 5 mars à 14h sur notre site de Gembloux. Vous serez"
        " reçue par M. Olivier Servais.\n\nCordialement,\nService RH",
        EU_DATE,
        Kind.INTERVIEW,
    ),
    (
        "nl-personeel-uitnodiging-outsider-no-accents",
        FEMKE,
        "P&O <personeel@waddenhaven.example>",
        None,
        "Uitnodiging",
        "Beste Femke,\n\nNaar aanleiding van je sollicitatie nodigen we je graag uit op"
        " donderdag 5 maart om 10.00 uur op ons kantoor in Harlingen. Je spreekt met Joost"
        " van Dijk, hoofd havenbedrijf.\n\nGroet,\nP&O",
        EU_DATE,
        Kind.INTERVIEW,
    ),
    (
        "en-hr-html-only-invite",
        ALEX,
        "HR <hr@castlebay-hotels.example>",
        None,
        "Invitation",
        "Please view this message in HTML.",
        EN_DATE,
        Kind.INTERVIEW,
    ),
    (
        "fr-user-accepts-cest-parfait-pour-moi-in-a-hiring-thread",
        LOU,
        "Lou Vandamme <lou.vandamme@example.be>",
        "Agnès Delcourt <agnes.delcourt@brasserie-sambre.example>",
        "RE: Proposition d'entretien",
        "Bonjour Madame Delcourt,\n\nParfait pour moi ! Je serai présente mardi 3 mars à 15h."
        "\n\nBien à vous,\nLou Vandamme"
        + quoted(
            "Agnès Delcourt <agnes.delcourt@brasserie-sambre.example>",
            "ven. 27 févr. 2026 à 17:31",
            "Bonjour,\n\nSuite à votre candidature, seriez-vous disponible mardi 3 mars à 15h"
            " pour un entretien avec M. Baudouin Rasquin ?\n\nAgnès Delcourt",
        ),
        EU_DATE,
        Kind.INTERVIEW,
    ),
    (
        "de-user-accepts-fuer-mich-passt-das-gut",
        KAI,
        "Kai Riedmüller <kai.riedmueller@example.de>",
        "Henrike Ostendorf <h.ostendorf@kuestenwerft.example>",
        "AW: Einladung zum Vorstellungsgespräch",
        "Sehr geehrte Frau Ostendorf,\n\nfür mich passt das gut: ich komme am Dienstag, 3."
        " März, um 15 Uhr.\n\nMit freundlichen Grüßen\nKai Riedmüller"
        + quoted(
            "Henrike Ostendorf <h.ostendorf@kuestenwerft.example>",
            "Fr., 27. Feb. 2026 um 17:31",
            "Sehr geehrter Herr Riedmüller,\n\nhätten Sie am Dienstag, 3. März, um 15 Uhr Zeit"
            " für ein Vorstellungsgespräch?\n\nHenrike Ostendorf",
        ),
        EU_DATE,
        Kind.INTERVIEW,
    ),
    (
        "es-user-accepts-perfecto-para-mi",
        INES,
        "Inés Garrido <ines.garrido@example.es>",
        "Aitor Zubeldia <aitor.zubeldia@conservas-bermeo.example>",
        "RE: Entrevista – Técnica de calidad",
        "Hola Aitor:\n\nPerfecto para mí: allí estaré el martes 3 de marzo a las 15:00.\n\n"
        "Un saludo,\nInés"
        + quoted(
            "Aitor Zubeldia <aitor.zubeldia@conservas-bermeo.example>",
            "vie, 27 feb 2026 a las 17:31",
            "Hola Inés:\n\n¿Te vendría bien hacer la entrevista para el puesto de técnica de"
            " calidad el martes 3 de marzo a las 15:00?\n\nAitor",
        ),
        EU_DATE,
        Kind.INTERVIEW,
    ),
    (
        "pt-user-accepts-para-mim-fica-otimo",
        TIAGO,
        "Tiago Carvalheira <tiago.carvalheira@example.pt>",
        "Catarina Leal <catarina.leal@douro-energia.example>",
        "RE: Entrevista – Engenheiro de Processo",
        "Olá Catarina,\n\nPara mim fica ótimo: estarei aí na terça-feira, 3 de março, às 15h."
        "\n\nCumprimentos,\nTiago"
        + quoted(
            "Catarina Leal <catarina.leal@douro-energia.example>",
            "sex, 27/02/2026 às 17:31",
            "Caro Tiago,\n\nTeria disponibilidade para uma entrevista para a vaga de"
            " Engenheiro de Processo na terça-feira, 3 de março, às 15h?\n\nCatarina Leal",
        ),
        PT_DATE,
        Kind.INTERVIEW,
    ),
    (
        "de-passt-dann-fr-dot-9-uhr-in-a-hiring-thread",
        KAI,
        "Jörg Stein <j.stein@elektro-stein.example>",
        None,
        "Re: Bewerbung als Elektroniker",
        "Hallo Herr Riedmüller,\n\npasst, dann Fr. 9 Uhr bei uns im Werk zum"
        " Vorstellungsgespräch. Fragen Sie am Empfang nach mir.\n\nGruß\nJörg Stein",
        EU_DATE,
        Kind.INTERVIEW,
    ),
]

_HTML_ONLY_INVITE = (
    "<html><body><p>Dear Alex,</p><p>Thank you for applying for the Night Auditor"
    " position. We would like to invite you to an interview on <b>Thursday 5 March at"
    " 10:00</b> at the Castlebay Hotel. You will meet <b>Priya Shah</b>, Rooms Division"
    " Manager.</p><p>Kind regards,<br>HR</p></body></html>"
)


@pytest.mark.parametrize(
    ("ctx", "sender", "to", "subject", "body", "date", "kind"),
    [_param(k) for k in KINDS],
)
def test_kind(ctx, sender, to, subject, body, date, kind) -> None:
    html = _HTML_ONLY_INVITE if subject == "Invitation" and "HTML" in body else None
    result = _understand(ctx, sender, subject, body, date, to, html=html)
    if kind == NOT_HIRING:
        assert result.kind not in HIRING, (result.kind, _people(result))
    else:
        assert result.kind is kind, (result.kind, result.reasons)


# --------------------------------------------------------------------------------------------
# 2. People: who takes part.
# (id, user, sender, subject, body, date, names)
# --------------------------------------------------------------------------------------------
PEOPLE = [
    # --- the writer of "notre entretien" ... naming another to meet, or a past meeting ---
    (
        "fr-recruiter-notre-entretien-avec-another",
        LOU,
        "Julie Roux <julie.roux@talentis-conseil.example>",
        "Confirmation de votre entretien",
        "Bonjour Lou,\n\nJe vous confirme notre entretien du jeudi 5 mars à 10h chez notre"
        " client Atelier Vauban, avec Mme Hélène Marchal, directrice technique.\n\nBien à"
        " vous,\nJulie Roux\nCabinet Talentis",
        EU_DATE,
        ["Hélène Marchal"],
    ),
    (
        "fr-lors-de-notre-rencontre-then-another-interviewer",
        LOU,
        "Nadia Benali <nadia.benali@atelier-vauban.example>",
        "Proposition d'entretien",
        "Bonjour Lou,\n\nComme convenu lors de notre rencontre au salon de l'emploi, je vous"
        " propose un entretien le jeudi 5 mars à 10h avec notre directeur d'usine, M. Rémi"
        " Caron.\n\nCordialement,\nNadia Benali",
        EU_DATE,
        ["Rémi Caron"],
    ),
    (
        "de-unser-telefonat-vom-montag-then-another",
        KAI,
        "Sabine Körner <s.koerner@muehlbach-logistik.example>",
        "Einladung zum Vorstellungsgespräch",
        "Sehr geehrter Herr Riedmüller,\n\nwie in unserem Telefonat vom Montag besprochen,"
        " lade ich Sie zum Vorstellungsgespräch am Donnerstag, 5. März, um 14 Uhr mit Herrn"
        " Jonas Kluge, unserem Leiter Disposition, ein.\n\nMit freundlichen Grüßen\nSabine"
        " Körner\nMühlbach Logistik GmbH",
        EU_DATE,
        ["Jonas Kluge"],
    ),
    (
        "de-unser-telefonat-vom-montag-nobody-named",
        KAI,
        "Sabine Körner <s.koerner@muehlbach-logistik.example>",
        "Einladung zum Vorstellungsgespräch",
        "Sehr geehrter Herr Riedmüller,\n\nwie in unserem Telefonat vom Montag besprochen,"
        " bestätige ich Ihnen das Vorstellungsgespräch bei unserer Bereichsleitung am"
        " Donnerstag, 5. März, um 14 Uhr.\n\nMit freundlichen Grüßen\nSabine Körner\n"
        "Mühlbach Logistik GmbH",
        EU_DATE,
        [],
    ),
    (
        "es-nuestra-llamada-del-lunes-interview-with-another",
        INES,
        "Paula Ortiz <paula.ortiz@ingenieria-ebro.example>",
        "Entrevista – Ingeniera de procesos",
        "Hola Inés:\n\nSegún hablamos en nuestra llamada del lunes, te confirmo la entrevista"
        " el jueves 5 de marzo a las 10:00 con nuestro director técnico, Andrés Lasheras.\n\n"
        "Un saludo,\nPaula Ortiz\nIngeniería Ebro",
        EU_DATE,
        ["Andrés Lasheras"],
    ),
    (
        "it-agency-il-nostro-incontro-con-another",
        NICO,
        "Giulia Neri <giulia.neri@talenthub-lavoro.example>",
        "Spostamento colloquio – Ferri Meccanica",
        "Ciao Nicolò,\n\nti scrivo per conto di Ferri Meccanica: il nostro incontro di giovedì"
        " slitta a venerdì 6 marzo alle 11:00, sempre in azienda con l'ing. Marco Ferri.\n\n"
        "Un saluto,\nGiulia Neri\nTalentHub – Agenzia per il lavoro",
        EU_DATE,
        ["Marco Ferri"],
    ),
    (
        "nl-agency-ons-gesprek-then-another",
        FEMKE,
        "Sanne Bakker <sanne.bakker@flexwerk-uitzend.example>",
        "Nieuwe tijd sollicitatiegesprek Van Dijk Bouw",
        "Hoi Femke,\n\nIk moet ons gesprek bij Van Dijk Bouw verzetten naar vrijdag 6 maart om"
        " 10.00 uur. Je spreekt dan met Joost van Dijk, de directeur.\n\nGroet,\nSanne Bakker"
        "\nFlexwerk Uitzendbureau",
        EU_DATE,
        ["Joost van Dijk"],
    ),
    (
        "pt-agency-a-nossa-entrevista-com-another",
        TIAGO,
        "Joana Pires <joana.pires@talentos-norte.example>",
        "Remarcação – entrevista no cliente",
        "Olá Tiago,\n\nVenho remarcar a nossa entrevista no cliente para sexta-feira, 6 de"
        " março, às 11h. Vai ser com a Dra. Inês Lobo, diretora industrial.\n\nCumprimentos,"
        "\nJoana Pires\nTalentos Norte – Consultoria",
        PT_DATE,
        ["Inês Lobo"],
    ),
    # --- "Panel will be ..." without its article ---
    (
        "en-panel-will-be-confirmed-later",
        ANIL,
        "Khalid Al-Hashimi <khalid.hashimi@gulfport-freight.example>",
        "Interview - Fleet Systems Lead",
        "Dear Anil,\n\nYour interview is fixed for Thursday, March 5 at 11:00 AM Dubai time."
        " Panel will be confirmed closer to the date by our HR team.\n\nRegards,\nKhalid",
        GST_DATE,
        [],
    ),
    (
        "en-panel-will-be-held-in-a-room",
        ANIL,
        "Recruitment <recruitment@gulfport-freight.example>",
        "Interview - Fleet Systems Lead",
        "Dear Anil,\n\nYour interview is fixed for Thursday, March 5 at 11:00 AM. Panel will be"
        " held in Meeting Room Falcon, Tower B, Level 12.\n\nRegards,\nRecruitment Team",
        GST_DATE,
        [],
    ),
    (
        "en-panel-will-be-two-titled-names",
        ANIL,
        "Recruitment <recruitment@gulfport-freight.example>",
        "Interview - Fleet Systems Lead",
        "Dear Anil,\n\nYour interview is fixed for Thursday, March 5 at 11:00 AM. Panel will be"
        " Mr. Rajesh Nair (General Manager) and Ms. Fatima Al Zaabi (Operations Director)."
        "\n\nRegards,\nRecruitment Team",
        GST_DATE,
        ["Fatima Al Zaabi", "Rajesh Nair"],
    ),
    (
        "en-interview-panel-will-include-myself-wrapped",
        ANIL,
        "Khalid Al-Hashimi <khalid.hashimi@gulfport-freight.example>",
        "Technical round - Fleet Systems Lead",
        "Dear Anil,\n\nKindly note your technical round is fixed for Thursday, March 5 at"
        " 11:00 AM.\nInterview panel will include myself and\nDr. Sara Haddad from Data"
        " Science.\n\nRegards,\nKhalid Al-Hashimi\nHead of Fleet Technology",
        GST_DATE,
        ["Khalid Al-Hashimi", "Sara Haddad"],
    ),
    # --- Dutch "schuift ... aan" ---
    (
        "nl-trap-naast-mijzelf-schuift-notulist-aan",
        FEMKE,
        "Wilma Terpstra <w.terpstra@zuiderzee-zorg.example>",
        "Bevestiging sollicitatiegesprek",
        "Geachte mevrouw Aalbers,\n\nHierbij bevestig ik het sollicitatiegesprek op woensdag 4"
        " maart om 13.30 uur. Naast mijzelf schuift onze notulist Petra de Wit aan voor het"
        " verslag.\n\nMet vriendelijke groet,\nWilma Terpstra\nTeamleider Wijkzorg",
        EU_DATE,
        ["Wilma Terpstra"],
    ),
    (
        "nl-trap-naast-mijzelf-schuift-a-body-not-a-person",
        FEMKE,
        "Wilma Terpstra <w.terpstra@zuiderzee-zorg.example>",
        "Bevestiging sollicitatiegesprek",
        "Geachte mevrouw Aalbers,\n\nHierbij bevestig ik het sollicitatiegesprek op woensdag 4"
        " maart om 13.30 uur. Naast mijzelf schuift een vertegenwoordiger van de"
        " Ondernemingsraad aan.\n\nMet vriendelijke groet,\nWilma Terpstra\nTeamleider"
        " Wijkzorg",
        EU_DATE,
        ["Wilma Terpstra"],
    ),
    (
        "nl-trap-naast-mijzelf-schuift-a-title-aan",
        FEMKE,
        "Wilma Terpstra <w.terpstra@zuiderzee-zorg.example>",
        "Bevestiging sollicitatiegesprek",
        "Geachte mevrouw Aalbers,\n\nHierbij bevestig ik het sollicitatiegesprek op woensdag 4"
        " maart om 13.30 uur. Naast mijzelf schuift onze Directeur Zorg aan.\n\nMet"
        " vriendelijke groet,\nWilma Terpstra\nTeamleider Wijkzorg",
        EU_DATE,
        ["Wilma Terpstra"],
    ),
    (
        "nl-trap-schuift-aan-for-a-tour-only",
        FEMKE,
        "Wilma Terpstra <w.terpstra@zuiderzee-zorg.example>",
        "Bevestiging sollicitatiegesprek",
        "Geachte mevrouw Aalbers,\n\nHierbij bevestig ik ons sollicitatiegesprek op woensdag 4"
        " maart om 13.30 uur. Voor de rondleiding na afloop schuift Lotte Vermeer van het"
        " secretariaat aan.\n\nMet vriendelijke groet,\nWilma Terpstra\nTeamleider Wijkzorg",
        EU_DATE,
        ["Wilma Terpstra"],
    ),
    (
        "nl-naast-mezelf-schuiven-two-aan",
        FEMKE,
        "Wilma Terpstra <w.terpstra@zuiderzee-zorg.example>",
        "Bevestiging tweede gesprek",
        "Geachte mevrouw Aalbers,\n\nHierbij bevestig ik het tweede gesprek op woensdag 4"
        " maart om 13.30 uur. Naast mezelf schuiven Anouk Smit (teamleider) en Bram de Jong"
        " (manager zorg) aan.\n\nMet vriendelijke groet,\nWilma Terpstra\nManager P&O",
        EU_DATE,
        ["Anouk Smit", "Bram de Jong", "Wilma Terpstra"],
    ),
    (
        "nl-naast-mijzelf-schuift-wrapped",
        FEMKE,
        "Wilma Terpstra <w.terpstra@zuiderzee-zorg.example>",
        "Bevestiging tweede gesprek",
        "Geachte mevrouw Aalbers,\n\nHierbij bevestig ik het tweede gesprek op woensdag 4"
        " maart om 13.30 uur. Naast mijzelf schuift\nde heer Klaas Zijlstra aan.\n\nMet"
        " vriendelijke groet,\nWilma Terpstra\nTeamleider Wijkzorg",
        EU_DATE,
        ["Klaas Zijlstra", "Wilma Terpstra"],
    ),
    # --- German "X und ich freuen uns." after a spaced dash ---
    (
        "de-trap-das-ganze-team-und-ich-freuen-uns",
        KAI,
        "Corinne Wyss <corinne.wyss@aare-medtech.example>",
        "Einladung: Interview Qualitätsingenieur",
        "Lieber Herr Riedmüller\n\nGerne laden wir Sie zum Interview am Donnerstag, 5. März,"
        " 15.30 Uhr, in Thun ein – das ganze Team Qualität und ich freuen uns.\n\nHerzliche"
        " Grüsse\nCorinne Wyss\nLeiterin Qualität",
        EU_DATE,
        ["Corinne Wyss"],
    ),
    (
        "de-trap-dash-before-a-place-und-ich-freuen-uns",
        KAI,
        "Corinne Wyss <corinne.wyss@aare-medtech.example>",
        "Einladung: Interview Qualitätsingenieur",
        "Lieber Herr Riedmüller\n\nGerne laden wir Sie zum Interview am Donnerstag, 5. März,"
        " 15.30 Uhr, ein – Aare Medtech Thun und ich freuen uns.\n\nHerzliche Grüsse\n"
        "Corinne Wyss\nLeiterin Qualität",
        EU_DATE,
        ["Corinne Wyss"],
    ),
    (
        "de-frau-dr-und-ich-freuen-uns-after-dash-wrapped",
        KAI,
        "Corinne Wyss <corinne.wyss@aare-medtech.example>",
        "Einladung: Interview Qualitätsingenieur",
        "Lieber Herr Riedmüller\n\nGerne laden wir Sie zum Interview am Donnerstag, 5. März,"
        " 15.30 Uhr, in Thun ein –\nFrau Dr. Ute Brandt und ich freuen uns.\n\nHerzliche"
        " Grüsse\nCorinne Wyss\nLeiterin Qualität",
        EU_DATE,
        ["Corinne Wyss", "Ute Brandt"],
    ),
    # --- people after a clause: a company, a place, a product, a title ---
    (
        "es-trap-after-a-clause-con-recursos-humanos",
        INES,
        "Aitor Zubeldia <aitor.zubeldia@conservas-bermeo.example>",
        "Entrevista – Técnica de calidad",
        "Hola Inés:\n\nTu entrevista será el jueves 5 de marzo a las 10:00, en nuestras"
        " oficinas de Bermeo, con Recursos Humanos.\n\nUn saludo,\nAitor Zubeldia\nJefe de"
        " planta",
        EU_DATE,
        [],
    ),
    (
        "es-trap-after-a-clause-con-a-company",
        INES,
        "Marta Gil <marta.gil@selecta-rrhh.example>",
        "Entrevista – Técnica de calidad",
        "Hola Inés:\n\nLa entrevista es el jueves 5 de marzo a las 10:00 en Madrid, con Banco"
        " Sol.\n\nUn saludo,\nMarta Gil\nConsultora",
        EU_DATE,
        [],
    ),
    (
        "es-trap-tienes-la-entrevista-con-a-company",
        INES,
        "Marta Gil <marta.gil@selecta-rrhh.example>",
        "Recordatorio de entrevista",
        "Hola Inés:\n\nTe recuerdo que mañana a las 9:30 tienes la entrevista en Zaragoza con"
        " Grupo Norte Logística.\n\nUn saludo,\nMarta Gil\nConsultora",
        EU_DATE,
        [],
    ),
    (
        "es-trap-after-a-clause-con-a-product",
        INES,
        "Marta Gil <marta.gil@selecta-rrhh.example>",
        "Entrevista – Técnica de calidad",
        "Hola Inés:\n\nLa entrevista será el jueves 5 de marzo a las 10:00, por videollamada,"
        " con Google Meet.\n\nUn saludo,\nMarta Gil\nConsultora",
        EU_DATE,
        [],
    ),
    (
        "es-trap-after-a-clause-con-el-director-general-y-conmigo",
        INES,
        "Aitor Zubeldia <aitor.zubeldia@conservas-bermeo.example>",
        "Entrevista final – Técnica de calidad",
        "Hola Inés:\n\nTe confirmo la entrevista final el jueves 5 de marzo a las 10:00, en la"
        " planta de Bermeo, con el Director General y conmigo.\n\nUn saludo,\nAitor Zubeldia"
        "\nJefe de planta",
        EU_DATE,
        ["Aitor Zubeldia"],
    ),
    (
        "pt-trap-after-a-clause-com-a-company",
        TIAGO,
        "Joana Pires <joana.pires@talentos-norte.example>",
        "Entrevista – Engenheiro de Processo",
        "Olá Tiago,\n\nA entrevista é na quinta-feira, 5 de março, às 10h, no Porto, com Sonae"
        " Indústria.\n\nCumprimentos,\nJoana Pires\nConsultora",
        PT_DATE,
        [],
    ),
    (
        "pt-trap-after-a-clause-com-o-diretor-comercial-e-comigo",
        TIAGO,
        "Catarina Leal <catarina.leal@douro-energia.example>",
        "Entrevista final – Engenheiro de Processo",
        "Caro Tiago,\n\nConvidamo-lo para a entrevista final na quarta-feira, 4 de março, às"
        " 15h, na nossa sede, com o Diretor Comercial e comigo.\n\nCumprimentos,\nCatarina"
        " Leal\nDiretora de Operações",
        PT_DATE,
        ["Catarina Leal"],
    ),
    (
        "fr-trap-after-a-clause-avec-a-company",
        LOU,
        "Julie Roux <julie.roux@talentis-conseil.example>",
        "Entretien – technicienne de maintenance",
        "Bonjour Lou,\n\nL'entretien aura lieu le jeudi 5 mars à 10h, à Gembloux, avec Atelier"
        " Vauban.\n\nBien à vous,\nJulie Roux\nConsultante",
        EU_DATE,
        [],
    ),
    (
        "fr-after-a-clause-avec-mme-single",
        LOU,
        "Thibault Renard <thibault.renard@cabinet-meuse.example>",
        "Entretien – étape 2",
        "Bonjour Lou,\n\nLe deuxième entretien aura lieu le jeudi 5 mars à 16h, à notre bureau"
        " de Namur, avec Mme Sofie Verhelst.\n\nBien à vous,\nThibault Renard",
        EU_DATE,
        ["Sofie Verhelst"],
    ),
    (
        "es-after-a-clause-con-la-dra-y-conmigo",
        INES,
        "Aitor Zubeldia <aitor.zubeldia@conservas-bermeo.example>",
        "Entrevista final – Técnica de calidad",
        "Hola Inés:\n\nTe confirmo la entrevista final el jueves 5 de marzo a las 10:00, en la"
        " planta de Bermeo, con la Dra. Ana Ruiz y conmigo.\n\nUn saludo,\nAitor Zubeldia\n"
        "Jefe de planta",
        EU_DATE,
        ["Aitor Zubeldia", "Ana Ruiz"],
    ),
    (
        "es-tendras-la-entrevista-unaccented",
        INES,
        "Seleccion <rrhh@aceites-jaen.example>",
        "Recordatorio: entrevista manana a las 9:30",
        "Hola Ines,\n\nTe recordamos que manana a las 9:30 tendras la entrevista en nuestra"
        " almazara de Baeza con Remedios Quesada.\n\nSaludos,\nRRHH",
        EU_DATE,
        ["Remedios Quesada"],
    ),
    (
        "it-colloquio-con-me-e-la-dottssa",
        NICO,
        "Ottavia Sangiorgi <ottavia.sangiorgi@laguna-software.example>",
        "Colloquio tecnico – Sviluppatore backend",
        "Ciao Nicolò,\n\nti confermo il colloquio tecnico giovedì 5 marzo alle 11:30 in sede:"
        " sarà un colloquio con me e la dott.ssa Rosaria Conti.\n\nOttavia Sangiorgi",
        EU_DATE,
        ["Ottavia Sangiorgi", "Rosaria Conti"],
    ),
    (
        "it-trap-colloquio-con-me-e-il-team-hr",
        NICO,
        "Ottavia Sangiorgi <ottavia.sangiorgi@laguna-software.example>",
        "Colloquio tecnico – Sviluppatore backend",
        "Ciao Nicolò,\n\nti confermo il colloquio giovedì 5 marzo alle 11:30 su Teams: un"
        " colloquio con me e Laguna Software HR per conoscerci.\n\nOttavia Sangiorgi\nTech"
        " Lead",
        EU_DATE,
        ["Ottavia Sangiorgi"],
    ),
    # --- the writer of "notre entretien" ... cancelling/moving it (recall) ---
    (
        "fr-writer-reporte-notre-entretien-no-accents",
        LOU,
        "Maxime Lambot <maxime.lambot@verrerie-charleroi.example>",
        "Report de notre entretien",
        "Bonjour Madame,\n\nJe dois malheureusement reporter notre entretien de jeudi. Je vous"
        " propose le vendredi 6 mars a 10h, meme adresse.\n\nCordialement,\nMaxime Lambot\n"
        "Chef d'atelier",
        EU_DATE,
        ["Maxime Lambot"],
    ),
    (
        "it-writer-sposta-il-nostro-colloquio",
        NICO,
        "Ruggero Bellandi <ruggero.bellandi@laguna-software.example>",
        "Spostamento colloquio",
        "Ciao Nicolò,\n\npurtroppo devo spostare il nostro colloquio di giovedì: ti va bene"
        " venerdì 6 marzo alle 10:00, sempre in sede a Mestre?\n\nRuggero Bellandi\nCTO",
        EU_DATE,
        ["Ruggero Bellandi"],
    ),
    (
        "nl-writer-verzet-ons-sollicitatiegesprek",
        FEMKE,
        "Joost van Dijk <joost@vandijk-bouw.example>",
        "Nieuwe tijd",
        "Beste Femke,\n\nHelaas moet ik ons sollicitatiegesprek van donderdag verzetten naar"
        " vrijdag 6 maart om 10.00 uur, zelfde plek.\n\nGroet,\nJoost van Dijk\nDirecteur",
        EU_DATE,
        ["Joost van Dijk"],
    ),
    (
        "pt-writer-remarca-a-nossa-entrevista",
        TIAGO,
        "Duarte Pimentel <duarte.pimentel@douro-energia.example>",
        "Entrevista – nova data",
        "Caro Tiago,\n\nLamento, mas tenho de remarcar a nossa entrevista de quinta-feira para"
        " sexta-feira, 6 de março, às 11h, no mesmo local.\n\nCumprimentos,\nDuarte Pimentel\n"
        "Administrador",
        PT_DATE,
        ["Duarte Pimentel"],
    ),
]


@pytest.mark.parametrize(
    ("ctx", "sender", "subject", "body", "date", "people"),
    [_param(p) for p in PEOPLE],
)
def test_people(ctx, sender, subject, body, date, people) -> None:
    result = _understand(ctx, sender, subject, body, date, None)
    assert result.kind in (Kind.INTERVIEW, Kind.INTERVIEW_CANCELLED), (result.kind, result.reasons)
    assert _people(result) == people


# --------------------------------------------------------------------------------------------
# 3. reply_accepts: acceptance wording alone.
# --------------------------------------------------------------------------------------------
ACCEPTS = [
    ("en-thats-not-great-for-me", "That's not great for me.", False),
    ("en-fine-for-me-to-bring", "It's fine for me to bring the documents on Tuesday.", False),
    ("en-would-that-be-good-for-you", "Would that be good for you?", False),
    ("fr-ce-nest-pas-ideal-pour-moi", "Ce n'est pas idéal pour moi.", False),
    ("fr-cest-bon-pour-moi-question", "C'est bon pour moi ?", False),
    ("de-fuer-mich-passt-das-nicht", "Für mich passt das nicht.", False),
    ("es-no-me-viene-bien", "No me viene bien.", False),
    ("it-per-me-non-va-bene", "Per me non va bene: sono via martedì.", False),
    ("nl-dat-komt-mij-niet-goed-uit", "Dat komt mij niet goed uit.", False),
    ("pt-para-mim-nao-esta-otimo", "Para mim não está ótimo.", False),
    (
        "fr-mercredi-cest-parfait-pour-moi",
        "Mardi, je ne peux pas. Mercredi, c'est parfait pour moi.",
        True,
    ),
    ("en-tuesday-at-3pm-is-perfect-for-me", "Yes, Tuesday at 3pm is perfect for me.", True),
    (
        "es-me-viene-genial-no-accent",
        "Si, me viene genial: alli estare el martes a las 15:00.",
        True,
    ),
    ("pt-para-mim-esta-otimo-no-accents", "Para mim esta otimo: estarei ai na terca as 15h.", True),
]


@pytest.mark.parametrize(("text", "accepts"), [_param(a) for a in ACCEPTS])
def test_reply_accepts(text: str, accepts: bool) -> None:
    assert (reply_accepts(text, default_lexicon()) is not None) is accepts


# --------------------------------------------------------------------------------------------
# 4. Start times.
# --------------------------------------------------------------------------------------------
@pytest.mark.xfail(strict=True, reason="read as no interview sign under 'Re: Vorstellungsgespräch'")
def test_start_passt_dann_do_8_uhr_in_a_hiring_thread() -> None:
    result = _understand(
        KAI,
        "Jörg Stein <j.stein@elektro-stein.example>",
        "Re: Vorstellungsgespräch Elektroniker",
        "Hallo Herr Riedmüller,\n\npasst, dann Do 8 Uhr bei uns in der Werkstatt. Fragen Sie"
        " nach mir.\n\nGruß\nJörg Stein\nElektro Stein GmbH",
        EU_DATE,
        None,
    )
    assert result.kind is Kind.INTERVIEW
    assert result.interview is not None
    assert result.interview.start == dt.datetime(2026, 3, 5, 7, 0, tzinfo=dt.UTC)


def test_start_hr_to_outsider_fr() -> None:
    result = _understand(
        LOU,
        "RH Vauban <rh@vauban-industrie.example>",
        "Votre entretien",
        "Bonjour Lou,\n\nNous vous confirmons votre entretien pour le poste de technicienne le"
        " jeudi 5 mars à 10h30 (arrivée conseillée à 10h15), avec M. Olivier Servais.\n\n"
        "Service RH",
        EU_DATE,
        None,
    )
    assert result.kind is Kind.INTERVIEW
    assert result.interview is not None
    assert result.interview.start == dt.datetime(2026, 3, 5, 9, 30, tzinfo=dt.UTC)
    assert _people(result) == ["Olivier Servais"]


# --------------------------------------------------------------------------------------------
# 5. The user's own reply kept as a copy to themself.
# --------------------------------------------------------------------------------------------
def _self_copy(ctx: Context, user: str, subject: str, body: str, date: str):
    raw = mail(
        sender=user,
        subject=subject,
        body=body,
        to=user,
        date=date,
        headers={"In-Reply-To": "<prop.1@elsewhere.example>"},
    )
    return understand(raw, ctx)


def test_self_copy_quoting_a_no_reply_system() -> None:
    """The quoted author is a hiring system's no-reply address: not a person to thank."""
    body = "Noted: Tuesday 3 March at 3pm with Dana Roe. Prepare the case study.\n\nAlex" + quoted(
        "Greenhouse <no-reply@greenhouse.io>",
        "Fri, 27 Feb 2026 at 17:31",
        "Hi Alex,\n\nYour interview with Dana Roe (Engineering Manager) at Kestrel Rail is"
        " confirmed for Tuesday 3 March at 3:00 PM EST.\n\nGreenhouse",
    )
    result = _self_copy(
        ALEX, "Alex Morgan <alex.morgan@gmail.com>", "Re: Interview confirmed", body, EN_DATE
    )
    assert result.kind is Kind.INTERVIEW
    assert _people(result) == ["Dana Roe"]


def test_self_copy_quoting_a_recruiter_mailbox() -> None:
    """The quoted author is a careers mailbox: its display name is no interviewer."""
    body = "That is perfect for me: I will be there on Tuesday 3 March at 3pm.\n\nAlex" + quoted(
        "Kestrel Rail Careers <careers@kestrel-rail.example>",
        "Fri, 27 Feb 2026 at 17:31",
        "Dear Alex,\n\nWould Tuesday 3 March at 3pm suit you for an interview with Chidi"
        " Okonjo, operations director?\n\nKestrel Rail Careers",
    )
    result = _self_copy(
        ALEX, "Alex Morgan <alex.morgan@gmail.com>", "RE: Interview proposal", body, EN_DATE
    )
    assert result.kind is Kind.INTERVIEW
    assert _people(result) == ["Chidi Okonjo"]


def test_trap_self_copy_to_a_dentist() -> None:
    """The user's copy of an acceptance to a dentist: no interview."""
    body = (
        "That is perfect for me: I will be at the clinic on Tuesday 3 March at 3pm.\n\nAlex"
        + quoted(
            "Helen Park <helen.park@smiles-dental.example>",
            "Fri, 27 Feb 2026 at 17:31",
            "Dear Alex,\n\nWould Tuesday 3 March at 3pm suit you for your check-up?\n\n"
            "Dr Helen Park",
        )
    )
    result = _self_copy(ALEX, "Alex Morgan <alex.morgan@gmail.com>", "RE: Check-up", body, EN_DATE)
    assert result.kind not in HIRING
    assert result.interview is None


def test_trap_self_copy_quoting_the_user_then_a_friend() -> None:
    """The first quoted words are the user's own, then a friend's dinner plan: no interview."""
    inner = quoted(
        "Lucía <lucia.mendia@gmail.com>",
        "jue, 26 feb 2026 a las 20:00",
        "¿Cenamos el martes a las 21:00 en casa? Viene también Borja Landaluce.",
    )
    body = "Me viene perfecto: allí estaré el martes a las 21:00.\n\nInés" + quoted(
        "Inés Garrido <ines.garrido@example.es>",
        "vie, 27 feb 2026 a las 09:00",
        "Te confirmo mañana." + inner,
    )
    result = _self_copy(INES, "Inés Garrido <ines.garrido@example.es>", "Re: Cena", body, EU_DATE)
    assert result.kind not in HIRING
    assert result.interview is None


def test_self_copy_in_german_names_the_quoted_author() -> None:
    """A German copy to self: the quoted author and the colleague she names."""
    body = (
        "Sehr geehrte Frau Ostendorf,\n\nfür mich passt das: ich komme am Dienstag, 3. März,"
        " um 15 Uhr.\n\nMit freundlichen Grüßen\nKai Riedmüller"
        + quoted(
            "Henrike Ostendorf <h.ostendorf@kuestenwerft.example>",
            "Fr., 27. Feb. 2026 um 17:31",
            "Sehr geehrter Herr Riedmüller,\n\nhätten Sie am Dienstag, 3. März, um 15 Uhr Zeit"
            " für ein Vorstellungsgespräch mit Herrn Ole Brandt (Werftleitung) und mir?\n\n"
            "Henrike Ostendorf\nTeamleitung Schiffbau",
        )
    )
    result = _self_copy(
        KAI,
        "Kai Riedmüller <kai.riedmueller@example.de>",
        "AW: Vorstellungsgespräch",
        body,
        EU_DATE,
    )
    assert result.kind is Kind.INTERVIEW
    assert result.interview is not None
    assert result.interview.start == dt.datetime(2026, 3, 3, 14, 0, tzinfo=dt.UTC)
    assert _people(result) == ["Henrike Ostendorf", "Ole Brandt"]


# --------------------------------------------------------------------------------------------
# 6. Personnel office to a group / forwarded.
# --------------------------------------------------------------------------------------------
def test_trap_hr_group_greeting_to_outsiders_about_an_open_day() -> None:
    result = _understand(
        ALEX,
        "HR <hr@castlebay-hotels.example>",
        "Open day – Thursday",
        "Hi all,\n\nA reminder that our open day for local suppliers is on Thursday 5 March at"
        " 10am in the ballroom. Our purchasing manager Priya Shah will meet you there.\n\nHR",
        EN_DATE,
        "Undisclosed recipients:;",
    )
    assert result.kind not in HIRING


def test_trap_hr_forwarded_staff_notice_to_private_address() -> None:
    """The user's own employer's HR forwards a staff meeting notice to their private mail."""
    body = (
        "Hi Alex, forwarding this as you asked, since you are off site this week.\n\nHR\n\n"
        "---------- Forwarded message ---------\n"
        "From: HR <hr@northwind-logistics.example>\n"
        "Date: Fri, 27 Feb 2026 at 09:00\n"
        "Subject: Team meeting\n"
        "To: Warehouse Team <warehouse@northwind-logistics.example>\n\n"
        "Dear team,\n\nOur quarterly team meeting with Sam Lee is on Thursday 5 March at 2pm"
        " in the canteen.\n\nHR\n"
    )
    result = _understand(
        ALEX, "HR <hr@northwind-logistics.example>", "Fwd: Team meeting", body, EN_DATE, None
    )
    assert result.kind not in HIRING


# --------------------------------------------------------------------------------------------
# 7. Second round: probes aimed at weaknesses seen in the first run.
# --------------------------------------------------------------------------------------------
MORE_KINDS = [
    (
        "fr-trap-france-travail-un-entretien-avec-mme",
        LOU,
        "France Travail <conseiller.namur@agence-emploi.example>",
        None,
        "Votre rendez-vous de suivi",
        "Madame,\n\nVous êtes convoquée à un entretien avec Mme Nadia Saïdi, votre conseillère,"
        " le jeudi 5 mars à 9h à l'agence, pour faire le point sur votre recherche d'emploi."
        "\n\nVotre agence",
        EU_DATE,
        NOT_HIRING,
    ),
    (
        "fr-trap-bank-notre-entretien-avec-m",
        LOU,
        "Banque Meuse <agence.namur@banque-meuse.example>",
        None,
        "Confirmation de rendez-vous",
        "Bonjour Madame,\n\nJe vous confirme notre entretien avec M. Paul Gérard, conseiller en"
        " patrimoine, le jeudi 5 mars à 10h à l'agence de Namur.\n\nCordialement,\nBanque Meuse",
        EU_DATE,
        NOT_HIRING,
    ),
    (
        "es-trap-tienes-la-entrevista-de-acogida-servicios-sociales",
        INES,
        "Ayuntamiento de Alcoy <citas@alcoy-ayuntamiento.example>",
        None,
        "Cita confirmada",
        "Hola Inés:\n\nTienes la entrevista de acogida el jueves 5 de marzo a las 10:00 con"
        " Servicios Sociales Municipales, en la calle Mayor 3.\n\nAyuntamiento de Alcoy",
        EU_DATE,
        NOT_HIRING,
    ),
    (
        "it-trap-notary-per-me-va-benissimo",
        NICO,
        "Studio Notarile Rossi <segreteria@notaio-rossi.example>",
        None,
        "Re: Rogito",
        "Gentile Nicolò,\n\nper me va benissimo: ci vediamo martedì alle 15 in studio per il"
        " rogito, con il notaio Andrea Rossi.\n\nLa segreteria",
        EU_DATE,
        NOT_HIRING,
    ),
    (
        "nl-trap-friends-dinner-schuift-aan",
        FEMKE,
        "Marloes <marloes.visser@gmail.com>",
        None,
        "Etentje zaterdag",
        "Hoi Femke,\n\nZaterdag om 19.00 uur bij ons! Naast mijzelf en Daan schuift ook Ruud"
        " de Boer aan.\n\nLiefs,\nMarloes",
        EU_DATE,
        NOT_HIRING,
    ),
    (
        "en-trap-hr-uk-suffix-to-own-staff-private",
        ALEX,
        "HR UK <hr-uk@northwind-logistics.example>",
        None,
        "Return to work meeting",
        "Hi Alex,\n\nWelcome back. Your return-to-work meeting with your manager Sam Lee is on"
        " Thursday 5 March at 9am, before your first shift.\n\nHR UK",
        EN_DATE,
        NOT_HIRING,
    ),
]


@pytest.mark.parametrize(
    ("ctx", "sender", "to", "subject", "body", "date", "kind"),
    [_param(k) for k in MORE_KINDS],
)
def test_more_kinds(ctx, sender, to, subject, body, date, kind) -> None:
    result = _understand(ctx, sender, subject, body, date, to)
    if kind == NOT_HIRING:
        assert result.kind not in HIRING, (result.kind, _people(result))
    else:
        assert result.kind is kind, (result.kind, result.reasons)


MORE_PEOPLE = [
    (
        "de-trap-dash-ihr-team-logistik-und-ich-freuen-uns",
        KAI,
        "Sabine Körner <s.koerner@muehlbach-logistik.example>",
        "Einladung zum Vorstellungsgespräch",
        "Sehr geehrter Herr Riedmüller,\n\nwir laden Sie zum Vorstellungsgespräch am"
        " Donnerstag, 5. März, um 14 Uhr in unser Lager in Ulm ein – Ihr Team Logistik und"
        " ich freuen uns.\n\nMit freundlichen Grüßen\nSabine Körner\nLeiterin Logistik",
        EU_DATE,
        ["Sabine Körner"],
    ),
    (
        "de-trap-dash-mein-kollege-aus-dem-vertrieb-und-ich",
        KAI,
        "Sabine Körner <s.koerner@muehlbach-logistik.example>",
        "Einladung zum Vorstellungsgespräch",
        "Sehr geehrter Herr Riedmüller,\n\nwir laden Sie zum Vorstellungsgespräch am"
        " Donnerstag, 5. März, um 14 Uhr ein – mein Kollege aus dem Vertrieb und ich freuen"
        " uns.\n\nMit freundlichen Grüßen\nSabine Körner\nLeiterin Logistik",
        EU_DATE,
        ["Sabine Körner"],
    ),
    (
        "de-dash-herr-lars-fink-und-ich-freuen-uns",
        KAI,
        "Sabine Körner <s.koerner@muehlbach-logistik.example>",
        "Einladung zum Vorstellungsgespräch",
        "Sehr geehrter Herr Riedmüller,\n\nwir laden Sie zum Vorstellungsgespräch am"
        " Donnerstag, 5. März, um 14 Uhr in Ulm ein — Herr Lars Fink und ich freuen uns!\n\n"
        "Mit freundlichen Grüßen\nSabine Körner\nLeiterin Logistik",
        EU_DATE,
        ["Lars Fink", "Sabine Körner"],
    ),
    (
        "nl-naast-mijzelf-schuift-de-heer-drs-aan",
        FEMKE,
        "Wilma Terpstra <w.terpstra@zuiderzee-zorg.example>",
        "Bevestiging tweede gesprek",
        "Geachte mevrouw Aalbers,\n\nHierbij bevestig ik het tweede gesprek op woensdag 4 maart"
        " om 13.30 uur. Naast mijzelf schuift de heer drs. Pieter Bosman aan.\n\nMet"
        " vriendelijke groet,\nWilma Terpstra\nTeamleider Wijkzorg",
        EU_DATE,
        ["Pieter Bosman", "Wilma Terpstra"],
    ),
    (
        "pt-trap-after-a-clause-com-recursos-humanos",
        TIAGO,
        "Catarina Leal <catarina.leal@douro-energia.example>",
        "Entrevista – Engenheiro de Processo",
        "Caro Tiago,\n\nA sua entrevista para a vaga de Engenheiro de Processo fica marcada"
        " para quinta-feira, 5 de março, às 10h, na sede, com Recursos Humanos.\n\n"
        "Cumprimentos,\nCatarina Leal\nDiretora de Operações",
        PT_DATE,
        [],
    ),
    (
        "en-panel-will-be-myself-only",
        ANIL,
        "Khalid Al-Hashimi <khalid.hashimi@gulfport-freight.example>",
        "Technical round - Fleet Systems Lead",
        "Dear Anil,\n\nYour technical round is fixed for Thursday, March 5 at 11:00 AM at"
        " Jebel Ali Office, Gate 4. Panel will be myself.\n\nRegards,\nKhalid Al-Hashimi\n"
        "Head of Fleet Technology",
        GST_DATE,
        ["Khalid Al-Hashimi"],
    ),
]


@pytest.mark.parametrize(
    ("ctx", "sender", "subject", "body", "date", "people"),
    [_param(p) for p in MORE_PEOPLE],
)
def test_more_people(ctx, sender, subject, body, date, people) -> None:
    result = _understand(ctx, sender, subject, body, date, None)
    assert result.kind in (Kind.INTERVIEW, Kind.INTERVIEW_CANCELLED), (result.kind, result.reasons)
    assert _people(result) == people


def test_start_and_people_of_a_french_acceptance() -> None:
    """The user's "Parfait pour moi !" over an invitation: Tuesday 3 March 15h Brussels."""
    result = _understand(
        LOU,
        "Lou Vandamme <lou.vandamme@example.be>",
        "RE: Proposition d'entretien",
        "Bonjour Madame Delcourt,\n\nC'est parfait pour moi : je serai présente mardi à 15h."
        "\n\nBien à vous,\nLou Vandamme"
        + quoted(
            "Agnès Delcourt <agnes.delcourt@brasserie-sambre.example>",
            "ven. 27 févr. 2026 à 17:31",
            "Bonjour,\n\nSuite à votre candidature au poste de brasseuse, seriez-vous disponible"
            " mardi 3 mars à 15h pour un entretien avec M. Baudouin Rasquin, directeur de"
            " production ?\n\nAgnès Delcourt",
        ),
        EU_DATE,
        "Agnès Delcourt <agnes.delcourt@brasserie-sambre.example>",
    )
    assert result.kind is Kind.INTERVIEW, result.reasons
    assert result.interview is not None
    assert result.interview.start == dt.datetime(2026, 3, 3, 14, 0, tzinfo=dt.UTC)
    assert "Baudouin Rasquin" in _people(result)
