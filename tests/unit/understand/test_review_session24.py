"""Adversarial review of session 24's families, written from scratch.

Traps the new rules may now misread (a dealer's test drive beside an application, a
student's oral exam beside "concorso", a bank's "as discussed, please come", a friend's
"I'd be delighted to come along", a rejection phrase turned into a part-time offer, the
user's own invitation for their own interview) and near misses of the same families
(other tenses, word orders and languages).

A helper wrote 83 probes against 139709d; 29 failed. 16 were mended in general the same
session (12 of them traps the new rules had broken: a part-time post still offered, a
colleague chosen to sit on the panel, a physician's board exam, a volunteer intake, an
interview elsewhere beside another candidate chosen, a school's admission competition and
orals, a Spanish "Si comunica" condition, the user's own phone screen, a nun's one name);
the 13 left are strict xfails, each saying what the classifier gives.
"""

from __future__ import annotations

import datetime as dt

import pytest

from daemon.understand import Context, Kind, understand
from tests.unit.understand.messages import (
    alex_in_new_york,
    day_first_user,
    mail,
    quoted,
    vevent_calendar,
)
from tests.unit.understand.messages import kind_and_people as _read

ALEX = alex_in_new_york()
NIAMH = day_first_user("Niamh Corrigan", "niamh.corrigan@example.ie", "Europe/Dublin")
LENA = day_first_user("Lena Hartmann", "lena.hartmann@example.de", "Europe/Berlin")
RITA = day_first_user("Rita Magalhães", "rita.magalhaes@example.pt", "Europe/Lisbon")
GIULIA = day_first_user("Giulia Ferraresi", "giulia.ferraresi@example.it", "Europe/Rome")
MAXIME = day_first_user("Maxime Leclercq", "maxime.leclercq@example.fr", "Europe/Paris")
SANNE = day_first_user("Sanne de Vries", "sanne.devries@example.nl", "Europe/Amsterdam")

US = "Tue, 03 Mar 2026 09:20:00 -0500"
IE = "Tue, 03 Mar 2026 09:20:00 +0000"
CET = "Tue, 03 Mar 2026 09:20:00 +0100"
PT = "Tue, 03 Mar 2026 09:20:00 +0000"


def _xf(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


# (id, user, sender, subject, body, date, kind)
KINDS = [
    # --- German: the post not offered, a colleague chosen ---------------------------------
    (
        "de-leider-first-the-post-not-offered-is-a-no",
        LENA,
        "Personalabteilung <bewerbung@stadtwerke-lindau.example>",
        "Ihre Bewerbung als Sachbearbeiterin Abrechnung",
        "Sehr geehrte Frau Hartmann,\n\nvielen Dank für das angenehme Gespräch. Leider können"
        " wir Ihnen die Stelle als Sachbearbeiterin nicht anbieten, da wir uns intern"
        " besetzen.\n\nMit freundlichen Grüßen\nPersonalabteilung",
        CET,
        Kind.REJECTION,
    ),
    (
        "de-du-form-the-post-not-offered-is-a-no",
        LENA,
        "Jule vom Café Rösterei <jule@cafe-roesterei.example>",
        "Deine Bewerbung als Barista",
        "Hi Lena,\n\ndanke, dass du beim Probearbeiten warst. Wir können dir die Stelle leider"
        " nicht anbieten, wir suchen jemanden mit mehr Erfahrung an der Siebträgermaschine.\n\n"
        "Liebe Grüße\nJule",
        CET,
        Kind.REJECTION,
    ),
    (
        "de-a-female-colleague-from-the-house-chosen-is-a-no",
        LENA,
        "Kita Sonnenblume <leitung@kita-sonnenblume.example>",
        "Ihre Bewerbung als Erzieherin",
        "Liebe Frau Hartmann,\n\nnach den Gesprächen haben wir uns für eine Kollegin aus"
        " unserem Träger entschieden. Wir danken Ihnen herzlich für Ihr Interesse.\n\nMit"
        " freundlichen Grüßen\nDie Kita-Leitung",
        CET,
        Kind.REJECTION,
    ),
    (
        "de-trap-full-time-not-offered-but-part-time-is-an-offer",
        LENA,
        "Personalabteilung <bewerbung@stadtwerke-lindau.example>",
        "Ihre Bewerbung als Sachbearbeiterin Abrechnung",
        "Sehr geehrte Frau Hartmann,\n\nwir können Ihnen die Stelle in Vollzeit leider nicht"
        " anbieten, gerne aber eine Teilzeitstelle mit 30 Wochenstunden ab dem 1. April. Den"
        " Arbeitsvertrag schicken wir Ihnen diese Woche zu.\n\nMit freundlichen Grüßen\n"
        "Personalabteilung",
        CET,
        Kind.OFFER,
    ),
    (
        "de-trap-a-colleague-chosen-to-sit-on-the-interview",
        LENA,
        "Markus Feld <m.feld@feld-haustechnik.example>",
        "Einladung zum Vorstellungsgespräch - Technische Zeichnerin (m/w/d)",
        "Sehr geehrte Frau Hartmann,\n\nwir laden Sie herzlich zum Vorstellungsgespräch am"
        " Donnerstag, 12. März 2026 um 10:00 Uhr ein. Als zweiten Gesprächspartner haben wir"
        " uns für einen Kollegen aus der Planung entschieden, Herrn Jan Vogt.\n\nMit"
        " freundlichen Grüßen\nMarkus Feld",
        CET,
        Kind.INTERVIEW,
    ),
    (
        "de-trap-an-old-no-quoted-below-a-new-invitation",
        LENA,
        "Markus Feld <m.feld@feld-haustechnik.example>",
        "AW: Ihre Bewerbung als Technische Zeichnerin",
        "Sehr geehrte Frau Hartmann,\n\ngute Nachrichten: die Stelle ist wieder frei. Wir"
        " würden Sie gern zum Vorstellungsgespräch am Donnerstag, 12. März 2026 um 10:00 Uhr"
        " einladen.\n\nMit freundlichen Grüßen\nMarkus Feld"
        + quoted(
            "Markus Feld <m.feld@feld-haustechnik.example>",
            "Mon, 9 Feb 2026 at 11:02",
            "Sehr geehrte Frau Hartmann,\n\nwir haben uns für einen Kollegen mit mehr"
            " Berufserfahrung entschieden.\n\nMarkus Feld",
        ),
        CET,
        Kind.INTERVIEW,
    ),
    # --- German: trial drive, "wie telefonisch besprochen" --------------------------------
    (
        "de-trap-a-dealers-test-drive-wishing-luck-with-an-application",
        LENA,
        "Autohaus Brenner <verkauf@autohaus-brenner.example>",
        "Ihre Probefahrt am Samstag",
        "Hallo Frau Hartmann,\n\nIhre Probefahrt mit dem Kombi ist für Samstag, 7. März um 10"
        " Uhr reserviert, und viel Erfolg bei Ihrer Bewerbung in Stuttgart!\n\nIhr Autohaus"
        " Brenner",
        CET,
        Kind.OTHER,
    ),
    (
        "de-bus-drivers-trial-drive-on-one-line",
        LENA,
        "Verkehrsbetriebe Ammertal <personal@vb-ammertal.example>",
        "Bewerbung Busfahrerin",
        "Hallo Frau Hartmann,\n\nzu Ihrer Bewerbung als Busfahrerin: Probefahrt am Montag, 9."
        " März 2026 um 7:00 Uhr am Betriebshof Nord.\n\nPersonalabteilung",
        CET,
        Kind.INTERVIEW,
    ),
    (
        "de-trial-drive-invited-with-the-application-only-in-the-subject",
        LENA,
        "Spedition Kaltenbach <dispo@spedition-kaltenbach.example>",
        "Ihre Bewerbung als Berufskraftfahrerin CE",
        "Hallo Frau Hartmann,\n\nwir möchten Sie gerne zu einer Probefahrt einladen.\nTermin:"
        " Montag, 9. März 2026 um 7:00 Uhr, Hof Kaltenbach.\n\nGruß\nDisposition",
        CET,
        Kind.INTERVIEW,
    ),
    (
        "de-trap-a-bank-as-agreed-by-phone-come-to-the-branch",
        LENA,
        "Sparkasse Ammertal <beratung@sparkasse-ammertal.example>",
        "Ihr Termin in der Filiale",
        "Sehr geehrte Frau Hartmann,\n\nwie telefonisch besprochen: kommen Sie am Mittwoch, 11."
        " März um 10 Uhr in unsere Filiale, um den Kreditvertrag zu unterschreiben.\n\nMit"
        " freundlichen Grüßen\nIhre Sparkasse",
        CET,
        Kind.OTHER,
    ),
    (
        "de-as-agreed-on-the-phone-we-expect-you-for-a-trial-day",
        LENA,
        "Bäckerei Korn <chef@baeckerei-korn.example>",
        "Probearbeiten Verkauf",
        "Hallo Frau Hartmann,\n\nwie am Telefon vereinbart erwarten wir Sie am Freitag, 13. März"
        " um 6 Uhr zum Probearbeiten in der Filiale Marktplatz.\n\nBis dann\nEva Korn",
        CET,
        Kind.INTERVIEW,
    ),
    # --- English: oral boards ---------------------------------------------------------------
    (
        "en-trap-a-physicians-oral-board-exam",
        ALEX,
        "American Board of Emergency Medicine <exams@abem-example.org>",
        "Your Oral Board Examination",
        "Dear Dr. Morgan,\n\nYour Oral Board Examination for certification is scheduled for"
        " Thursday, March 12 at 1:30 PM Eastern. Please log in 30 minutes early to complete"
        " proctoring checks.\n\nExamination Services",
        US,
        Kind.OTHER,
    ),
    (
        "en-oral-interview-board-for-a-dispatcher",
        ALEX,
        "Sgt. Dana Whitcomb <dwhitcomb@cedar-falls-pd.example>",
        "Emergency Dispatcher - Oral Interview Board",
        "Mr. Morgan,\n\nCongratulations on passing the written test. You are scheduled to appear"
        " before the oral interview board on Wednesday, March 11 at 9:00 AM at Police"
        " Headquarters, 200 Main St.\n\nSgt. Dana Whitcomb",
        US,
        Kind.INTERVIEW,
    ),
    (
        "en-did-not-pass-the-oral-board-is-a-no",
        ALEX,
        "Civil Service Commission <exams@cityofharlan.example>",
        "Oral Board Results - Firefighter",
        "Dear Alex Morgan,\n\nThank you for participating in the oral board for Firefighter on"
        " February 26. We regret to inform you that you did not achieve a passing score and"
        " will not be placed on the eligibility list.\n\nCivil Service Commission",
        US,
        Kind.REJECTION,
    ),
    # --- English: "as discussed ..." --------------------------------------------------------
    (
        "en-trap-a-banks-as-discussed-come-to-the-branch",
        ALEX,
        "Harbor Savings Bank <appointments@harborsavings.example>",
        "Your appointment",
        "Hi Alex,\n\nAs discussed on the phone, please come to the branch on Thursday, March 12"
        " at 10 AM with two forms of ID so we can sign the mortgage documents.\n\nKaren Li\n"
        "Mortgage Advisor",
        US,
        Kind.OTHER,
    ),
    (
        "en-trap-a-landlords-as-agreed-see-you",
        ALEX,
        "Pete Kowalski <pete.kowalski@gmail.com>",
        "Apartment 3B",
        "Hi Alex,\n\nAs agreed, see you Saturday at 11 at the building for the viewing. Buzz"
        " 3B.\n\nPete",
        US,
        Kind.OTHER,
    ),
    (
        "en-as-we-discussed-please-come-in-for-an-interview",
        NIAMH,
        "Declan Rafferty <declan@rafferty-motors.example>",
        "Mechanic position",
        "Hi Niamh,\n\nAs we discussed on the phone, please come in on Thursday 12 March at 8am"
        " for an interview and a look around the workshop.\n\nDeclan",
        IE,
        Kind.INTERVIEW,
    ),
    (
        "en-as-agreed-by-phone-your-interview-will-be",
        NIAMH,
        "HR <hr@st-brigids-nursing-home.example>",
        "Healthcare Assistant",
        "Dear Niamh,\n\nAs agreed by phone, your interview will be on Thursday 12 March at 11:00"
        " with our Director of Nursing, Ms. Orla Keane.\n\nKind regards,\nHR",
        IE,
        Kind.INTERVIEW,
    ),
    # --- English: cancellations with a.m./p.m. ---------------------------------------------
    (
        "en-am-dotted-interview-has-been-canceled",
        ALEX,
        "Staffing <staffing@lakeview-schools.example>",
        "Interview update",
        "Dear Alex,\n\nYour interview on Friday, March 13 at 10:30 a.m. with Principal Ruiz has"
        " been canceled. We will reach out if another opening arises.\n\nStaffing Services",
        US,
        Kind.INTERVIEW_CANCELLED,
    ),
    (
        "en-trap-pm-ends-a-sentence-before-another-session-cancelled",
        ALEX,
        "Staffing <staffing@lakeview-schools.example>",
        "Interview Thursday",
        "Dear Alex,\n\nYour interview is Thursday, March 12 at 2 p.m. The campus tour planned"
        " for afterwards has been cancelled because of building work.\n\nStaffing Services",
        US,
        Kind.INTERVIEW,
    ),
    # --- English: volunteers -----------------------------------------------------------------
    (
        "en-trap-the-users-own-volunteer-onboarding",
        ALEX,
        "Volunteer Services <volunteers@mercy-hospital.example>",
        "Volunteer onboarding",
        "Hi Alex,\n\nThanks for applying! Your volunteer onboarding interview is Saturday,"
        " March 7 at 10 AM in the main lobby.\n\nVolunteer Services Team",
        US,
        Kind.OTHER,
    ),
    (
        "en-head-of-volunteering-interview",
        ALEX,
        "Grace Mbeki <grace@eastside-foodbank.example>",
        "Interview - Head of Volunteering",
        "Hi Alex,\n\nThank you for applying for our Head of Volunteering role. We'd like to"
        " invite you to an interview on Tuesday, March 10 at 11 AM at our warehouse.\n\nGrace"
        " Mbeki\nHR Manager",
        US,
        Kind.INTERVIEW,
    ),
    (
        "en-volunteer-coordinator-interview",
        ALEX,
        "Grace Mbeki <grace@eastside-foodbank.example>",
        "Interview - Volunteer Coordinator",
        "Hi Alex,\n\nThank you for applying for the Volunteer Coordinator position. Could you"
        " come in for an interview on Tuesday, March 10 at 11 AM?\n\nGrace Mbeki\nHR Manager",
        US,
        Kind.INTERVIEW,
    ),
    # --- Portuguese -----------------------------------------------------------------------
    (
        "pt-br-we-chose-another-professional-is-a-no",
        RITA,
        "RH Clínica Vida <rh@clinicavida.example>",
        "Processo seletivo - Recepcionista",
        "Olá Rita,\n\nAgradecemos sua participação. Optamos por outro profissional para a vaga"
        " de recepcionista.\n\nAtenciosamente,\nRH Clínica Vida",
        PT,
        Kind.REJECTION,
    ),
    (
        "pt-we-decided-on-another-candidate-is-a-no",
        RITA,
        "Recursos Humanos <rh@farmacia-central.example>",
        "Candidatura - Técnica de Farmácia",
        "Cara Rita,\n\nDecidimos por outra candidata para a função. Desejamos-lhe as maiores"
        " felicidades.\n\nRecursos Humanos",
        PT,
        Kind.REJECTION,
    ),
    (
        "pt-trap-another-candidate-here-but-an-interview-there",
        RITA,
        "Recursos Humanos <rh@farmacia-central.example>",
        "Candidatura - Técnica de Farmácia",
        "Cara Rita,\n\nPara a loja de Lisboa optámos por outra candidata, mas gostaríamos de a"
        " convidar para uma entrevista para a loja do Porto na quinta-feira, 12 de março, às"
        " 10h.\n\nRecursos Humanos",
        PT,
        Kind.INTERVIEW,
    ),
    (
        "pt-the-choice-fell-on-another-candidate-is-a-no",
        RITA,
        "Recursos Humanos <rh@lar-santa-clara.example>",
        "Candidatura - Auxiliar de Ação Direta",
        "Cara Rita,\n\nInformamos que a escolha recaiu sobre outra candidata, cujo perfil se"
        " adequa melhor às necessidades da instituição.\n\nCom os melhores cumprimentos",
        PT,
        Kind.REJECTION,
    ),
    # --- Italian: prova orale, idoneità ------------------------------------------------------
    (
        "it-trap-a-university-oral-exam-beside-concorsi",
        GIULIA,
        "Segreteria Didattica <didattica@giurisprudenza.uni-example.it>",
        "Appello di Diritto Amministrativo",
        "Gentile studentessa,\n\nla prova orale dell'esame di Diritto Amministrativo (corso di"
        " preparazione ai concorsi pubblici) si terrà giovedì 12 marzo 2026 alle ore 10:00 in"
        " aula 3.\n\nSegreteria Didattica",
        CET,
        Kind.OTHER,
    ),
    (
        "it-trap-a-specialty-schools-admission-competition",
        GIULIA,
        "Scuola di Specializzazione <scuolaspec@uni-example.it>",
        "Concorso di ammissione - prova orale",
        "Gentile candidata,\n\nla prova orale del concorso di ammissione alla Scuola di"
        " Specializzazione in Pediatria si svolgerà giovedì 12 marzo 2026 alle ore 9:00.\n\n"
        "La Segreteria",
        CET,
        Kind.OTHER,
    ),
    (
        "it-oral-of-a-comparative-procedure",
        GIULIA,
        "Ufficio Personale <personale@comune-roccabruna.example>",
        "Convocazione prova orale - procedura comparativa istruttore amministrativo",
        "Gentile candidata,\n\nla S.V. è convocata a sostenere la prova orale della procedura"
        " comparativa per istruttore amministrativo giovedì 12 marzo 2026 alle ore 9:30 presso"
        " la sala consiliare.\n\nUfficio Personale",
        CET,
        Kind.INTERVIEW,
    ),
    (
        "it-oral-called-with-the-competition-only-in-the-subject",
        GIULIA,
        "Ufficio Concorsi <concorsi@asl-valdarno.example>",
        "Concorso pubblico per 3 posti di assistente amministrativo",
        "Gentile candidata,\n\nLa informiamo che è ammessa e convocata per la prova orale,"
        " giovedì 12 marzo 2026 alle ore 9:30, presso la sede di via Roma 4.\n\nUfficio"
        " Concorsi",
        CET,
        Kind.INTERVIEW,
    ),
    (
        "it-found-not-suitable-at-the-oral-is-a-no",
        GIULIA,
        "Ufficio Concorsi <concorsi@asl-valdarno.example>",
        "Esito prova orale",
        "Gentile candidata,\n\nsi comunica che all'esito della prova orale Lei è risultata non"
        " idonea e pertanto non sarà inserita in graduatoria.\n\nUfficio Concorsi",
        CET,
        Kind.REJECTION,
    ),
    (
        "it-was-not-deemed-suitable-is-a-no",
        GIULIA,
        "Ufficio Concorsi <concorsi@asl-valdarno.example>",
        "Esito selezione",
        "Gentile candidata,\n\nLa informiamo che la commissione, al termine del colloquio, non"
        " L'ha ritenuta idonea al profilo richiesto.\n\nUfficio Concorsi",
        CET,
        Kind.REJECTION,
    ),
    (
        "it-passive-was-not-judged-suitable-is-a-no",
        GIULIA,
        "Ufficio Concorsi <concorsi@asl-valdarno.example>",
        "Esito selezione",
        "Gentile candidata,\n\nsi comunica che Lei non è stata ritenuta idonea al termine della"
        " prova orale.\n\nUfficio Concorsi",
        CET,
        Kind.REJECTION,
    ),
    (
        "it-trap-declared-suitable-and-ranked-is-no-rejection",
        GIULIA,
        "Ufficio Concorsi <concorsi@asl-valdarno.example>",
        "Esito prova orale",
        "Gentile candidata,\n\nsi comunica che la commissione L'ha dichiarata idonea: Lei è"
        " collocata al secondo posto della graduatoria finale.\n\nUfficio Concorsi",
        CET,
        Kind.OTHER,
    ),
    (
        "it-trap-unsuitability-rule-in-a-convocation",
        GIULIA,
        "Ufficio Concorsi <concorsi@asl-valdarno.example>",
        "Concorso pubblico - convocazione prova orale",
        "Gentile candidata,\n\nla prova orale del concorso si terrà giovedì 12 marzo 2026 alle"
        " ore 9:30. Il candidato che non si presenta o che risulta non idoneo alla prova"
        " pratica non è ammesso.\n\nUfficio Concorsi",
        CET,
        Kind.INTERVIEW,
    ),
    # --- French: épreuve orale, jury, (m/f/x) -----------------------------------------------
    (
        "fr-trap-orals-of-a-vocational-diploma",
        MAXIME,
        "Lycée Jean-Moulin <ce@lycee-jmoulin.example>",
        "Convocation",
        "Madame, Monsieur,\n\nVotre fille est convoquée aux épreuves orales du CAP"
        " Accompagnant éducatif petite enfance le mardi 10 mars 2026 à 9h30.\n\nLe chef"
        " d'établissement",
        CET,
        Kind.OTHER,
    ),
    (
        "fr-trap-an-english-oral-at-school",
        MAXIME,
        "Collège Victor-Hugo <vie.scolaire@college-vhugo.example>",
        "Épreuve orale d'anglais",
        "Bonjour,\n\nL'épreuve orale d'anglais de votre fils aura lieu le mardi 10 mars 2026 à"
        " 14h en salle B12.\n\nLa vie scolaire",
        CET,
        Kind.OTHER,
    ),
    (
        "fr-trap-a-trophys-jury-will-be-made-of",
        MAXIME,
        "Trophées de l'Entrepreneuriat <contact@trophees-entrepreneurs.example>",
        "Finale régionale",
        "Bonjour Maxime,\n\nVotre présentation en finale est prévue le mardi 10 mars 2026 à 14h."
        " Le jury sera composé de Mme Claire Dubois et de M. Paul Martin.\n\nL'équipe des"
        " Trophées",
        CET,
        Kind.OTHER,
    ),
    (
        "fr-interview-before-the-members-of-the-jury",
        MAXIME,
        "Direction des ressources humaines <drh@mairie-villebois.example>",
        "Recrutement - Agent d'accueil (h/f)",
        "Monsieur,\n\nVous êtes convoqué à un entretien avec les membres du jury le jeudi 12"
        " mars 2026 à 10h00, en mairie, salle du conseil.\n\nLa DRH",
        CET,
        Kind.INTERVIEW,
    ),
    (
        "fr-audition-by-the-recruitment-jury",
        MAXIME,
        "Centre de gestion <concours@cdg-example.fr>",
        "Audition - Rédacteur territorial",
        "Monsieur,\n\nVous serez auditionné par le jury de recrutement le jeudi 12 mars 2026 à"
        " 10h00 au Centre de gestion.\n\nLe service recrutement",
        CET,
        Kind.INTERVIEW,
    ),
    (
        "fr-trap-a-job-alert-with-gender-notes",
        MAXIME,
        "Offres d'emploi <alertes@emploi-public.example>",
        "3 nouvelles offres pour vous",
        "Bonjour,\n\nDe nouvelles offres correspondent à votre recherche :\n- Comptable (m/f/x)"
        " - Namur\n- Infirmier (h/f) - Liège\n- Éducateur (m/f/x) - Mons\n\nSe désinscrire de"
        " ces alertes",
        CET,
        Kind.BULK,
    ),
    (
        "nl-teacher-invitation-with-a-gender-note",
        SANNE,
        "Basisschool De Linde <directie@bs-delinde.example>",
        "Uitnodiging gesprek leerkracht groep 5 (m/v/x)",
        "Beste Sanne,\n\nWe nodigen je graag uit voor een gesprek op dinsdag 10 maart 2026 om"
        " 15.30 uur op school.\n\nMet vriendelijke groet,\nIris Bakker\nDirecteur",
        CET,
        Kind.INTERVIEW,
    ),
    (
        "de-no-post-can-be-offered-is-a-no",
        LENA,
        "Personalabteilung <bewerbung@stadtwerke-lindau.example>",
        "Ihre Bewerbung als Sachbearbeiterin Abrechnung",
        "Sehr geehrte Frau Hartmann,\n\nleider müssen wir Ihnen mitteilen, dass wir Ihnen derzeit"
        " keine Stelle anbieten können.\n\nMit freundlichen Grüßen\nPersonalabteilung",
        CET,
        Kind.REJECTION,
    ),
    (
        "de-the-choice-fell-on-a-colleague-is-a-no",
        LENA,
        "Kita Sonnenblume <leitung@kita-sonnenblume.example>",
        "Ihre Bewerbung als Erzieherin",
        "Liebe Frau Hartmann,\n\ndie Wahl ist diesmal auf eine Kollegin aus dem eigenen Haus"
        " gefallen. Wir danken Ihnen herzlich für Ihr Interesse.\n\nDie Kita-Leitung",
        CET,
        Kind.REJECTION,
    ),
    (
        "de-as-discussed-see-you-for-the-interview",
        LENA,
        "Markus Feld <m.feld@feld-haustechnik.example>",
        "Vorstellungsgespräch",
        "Hallo Frau Hartmann,\n\nwie besprochen sehen wir uns am Donnerstag, 12. März um 14 Uhr"
        " zum Vorstellungsgespräch in unserem Büro.\n\nMarkus Feld",
        CET,
        Kind.INTERVIEW,
    ),
    (
        "fr-selection-oral-without-a-jury",
        MAXIME,
        "Service RH <rh@mairie-villebois.example>",
        "Recrutement - Animateur périscolaire (h/f)",
        "Monsieur,\n\nVous êtes convoqué à l'épreuve orale de sélection le jeudi 12 mars 2026 à"
        " 10h00 en mairie.\n\nLe service RH",
        CET,
        Kind.INTERVIEW,
    ),
    (
        "fr-civil-service-oral-of-admission",
        MAXIME,
        "Centre de gestion <concours@cdg-example.fr>",
        "Concours externe de rédacteur territorial - convocation",
        "Monsieur,\n\nVous êtes convoqué à l'épreuve orale d'admission du concours externe de"
        " rédacteur territorial le jeudi 12 mars 2026 à 10h00, entretien avec le jury.\n\nLe"
        " service concours",
        CET,
        Kind.INTERVIEW,
    ),
    (
        "fr-trap-a-vae-jurys-interview",
        MAXIME,
        "DAVA <vae@ac-example.fr>",
        "Convocation jury VAE - DEAES",
        "Monsieur,\n\nVotre entretien avec le jury de validation des acquis de l'expérience"
        " (DEAES) aura lieu le mardi 10 mars 2026 à 14h00 au lycée Condorcet.\n\nLe DAVA",
        CET,
        Kind.OTHER,
    ),
    (
        "fr-trap-a-nursing-schools-selection-jury",
        MAXIME,
        "IFSI Sainte-Anne <selection@ifsi-steanne.example>",
        "Sélection IFSI - entretien",
        "Monsieur,\n\nDans le cadre de votre inscription en formation infirmière, vous êtes"
        " convoqué à un entretien avec le jury de sélection le mardi 10 mars 2026 à 14h00.\n\n"
        "Le secrétariat pédagogique",
        CET,
        Kind.OTHER,
    ),
    (
        "fr-trap-a-tennis-tournaments-category-note",
        MAXIME,
        "Tennis Club Villebois <tournoi@tcvillebois.example>",
        "Tournoi open - Senior (H/F)",
        "Bonjour Maxime,\n\nVotre premier match du tournoi Senior (H/F) est programmé le samedi"
        " 7 mars 2026 à 10h00, court 3.\n\nLe juge-arbitre",
        CET,
        Kind.OTHER,
    ),
    (
        "en-trap-a-boiler-service-as-discussed",
        NIAMH,
        "Flanagan Heating <bookings@flanaganheating.example>",
        "Boiler service",
        "Hi Niamh,\n\nAs discussed on the phone, we'll see you on Thursday 12 March at 10am for"
        " the annual boiler service.\n\nFlanagan Heating",
        IE,
        Kind.OTHER,
    ),
    (
        "es-trap-a-condition-si-comunica",
        MAXIME,
        "Selección <seleccion@hotel-mirador.example>",
        "Su candidatura - Recepcionista",
        "Estimado Maxime:\n\nLe recordamos que el puesto exige permiso de trabajo. Si comunica"
        " antes del viernes que no dispone de él, lamentablemente no podremos continuar con su"
        " candidatura.\n\nDepartamento de Selección",
        CET,
        Kind.OTHER,
    ),
]


# Probes the code reads otherwise today: id -> "<what it gives>: <why>".
XFAIL: dict[str, str] = {
    "de-trial-drive-invited-with-the-application-only-in-the-subject": (
        "OTHER: new Bewerbung+Probefahrt rule wants both on one body line; the subject's 'Bewerbung' does not count"
    ),
    "en-trap-pm-ends-a-sentence-before-another-session-cancelled": (
        "INTERVIEW_CANCELLED: a sentence ending in 'p.m.' lets a later sentence's 'has been cancelled' (a campus tour) cancel the interview; older rules already did, the new [ap].m. gap allows it too"
    ),
    "pt-the-choice-fell-on-another-candidate-is-a-no": (
        "OTHER: 'a escolha recaiu sobre outra candidata' is not read as a no; older gap beside the new pt family"
    ),
    "it-oral-called-with-the-competition-only-in-the-subject": (
        "OTHER: new it rule needs 'concorso' in the same body sentence; the subject's 'Concorso pubblico' does not count"
    ),
    "nl-teacher-invitation-with-a-gender-note": (
        "OTHER: the new nl '(m/v/x)' job word does not make 'Uitnodiging gesprek' with a time an interview; older gap the new note does not close"
    ),
    "de-the-choice-fell-on-a-colleague-is-a-no": (
        "OTHER: 'die Wahl ist auf eine Kollegin gefallen' not read as a no; near miss of the new colleague family (older gap)"
    ),
    "fr-civil-service-oral-of-admission": (
        "OTHER: the older school word 'admission' blocks a civil-service contest's 'épreuve orale d'admission' despite the new 'épreuve orale'/'entretien avec le jury'"
    ),
}


def _params() -> list:
    return [
        pytest.param(*k[1:], id=k[0], marks=[_xf(XFAIL[k[0]])] if k[0] in XFAIL else [])
        for k in KINDS
    ]


@pytest.mark.parametrize(("ctx", "sender", "subject", "body", "date", "kind"), _params())
def test_the_kind_is_read(
    ctx: Context, sender: str, subject: str, body: str, date: str, kind: Kind
) -> None:
    """Each probe's id says the kind a careful reader gives it."""
    assert _read(ctx, sender, subject, body, date)[0] is kind


# --- Replies from the user under a quoted invitation -----------------------------------------

_INVITE = (
    "Dear Niamh,\n\nThank you for applying for the Care Assistant post. We would like to"
    " invite you to an interview on Thursday 12 March at 10am with our Director of Care.\n\n"
    "Aoife Brennan\nHR Officer"
)
_DINNER = "Hi Niamh,\n\nWould you like to come to ours for dinner on Saturday at 8?\n\nAoife"


def _reply(body: str, under: str, subject: str = "Re: Care Assistant interview") -> Kind:
    raw = mail(
        sender="Niamh Corrigan <niamh.corrigan@example.ie>",
        subject=subject,
        body=body
        + quoted("Aoife Brennan <aoife@rosehill-care.example>", "Mon, 2 Mar 2026 at 09:12", under),
        to="Aoife Brennan <aoife@rosehill-care.example>",
        date=IE,
    )
    return understand(raw, NIAMH).kind


# (id, reply body, quoted mail, subject, kind)
REPLIES = [
    (
        "delighted-to-attend-the-interview-on-thursday",
        "Dear Aoife,\n\nThank you, I'd be delighted to attend the interview on Thursday at"
        " 10am.\n\nKind regards,\nNiamh",
        _INVITE,
        "Re: Care Assistant interview",
        Kind.INTERVIEW,
    ),
    (
        "glad-to-come-along-then",
        "Hi Aoife,\n\nThanks so much - I'll be glad to come along then.\n\nNiamh",
        _INVITE,
        "Re: Care Assistant interview",
        Kind.INTERVIEW,
    ),
    (
        "delighted-with-an-or-about-id-documents",
        "Dear Aoife,\n\nI'd be delighted to come in on Thursday at 10am, and I'll bring my"
        " passport or driving licence.\n\nKind regards,\nNiamh",
        _INVITE,
        "Re: Care Assistant interview",
        Kind.INTERVIEW,
    ),
    (
        "very-happy-to-attend",
        "Dear Aoife,\n\nThank you for the invitation. I would be very happy to attend on"
        " Thursday at 10am.\n\nKind regards,\nNiamh",
        _INVITE,
        "Re: Care Assistant interview",
        Kind.INTERVIEW,
    ),
    (
        "trap-delighted-to-come-along-to-a-friends-dinner",
        "Hi Aoife,\n\nI'd be delighted to come along on Saturday at 8! Can't wait.\n\nNiamh",
        _DINNER,
        "Re: dinner",
        Kind.OTHER,
    ),
    (
        "trap-would-be-delighted-to-attend-but-withdrawing",
        "Dear Aoife,\n\nWhile I would be delighted to attend, I have accepted another position"
        " and must withdraw my application.\n\nKind regards,\nNiamh",
        _INVITE,
        "Re: Care Assistant interview",
        Kind.OTHER,
    ),
    (
        "trap-happy-to-attend-but-thursday-is-impossible",
        "Dear Aoife,\n\nI'd be happy to attend, but unfortunately Thursday is impossible for me"
        " because of a hospital appointment. Could we find another day?\n\nNiamh",
        _INVITE,
        "Re: Care Assistant interview",
        Kind.OTHER,
    ),
    (
        "trap-happy-to-come-in-to-a-parents-meeting",
        "Dear Ms Brennan,\n\nI'd be happy to come in on Thursday at 4pm. Thank you for letting"
        " me know.\n\nNiamh",
        "Dear Niamh,\n\nCould you come in on Thursday at 4pm to discuss Liam's progress in"
        " maths?\n\nAoife Brennan\nClass Teacher",
        "Re: Liam - maths",
        Kind.OTHER,
    ),
]

XFAIL_REPLIES: dict[str, str] = {
    "glad-to-come-along-then": (
        "OTHER: new 'I'll be glad to come along' yes without a restated time does not take the quoted invitation's one time"
    ),
}


@pytest.mark.parametrize(
    ("body", "under", "subject", "kind"),
    [
        pytest.param(
            *r[1:],
            id=r[0],
            marks=[_xf(XFAIL_REPLIES[r[0]])] if r[0] in XFAIL_REPLIES else [],
        )
        for r in REPLIES
    ],
)
def test_the_users_reply_is_read(body: str, under: str, subject: str, kind: Kind) -> None:
    """The user's yes (or not) under an invitation or a friend's dinner."""
    assert _reply(body, under, subject) is kind


def test_the_delighted_yes_takes_the_invited_time() -> None:
    """ "I'd be delighted to attend the interview on Thursday at 10am": Thursday 12 March,
    10:00 Dublin time."""
    raw = mail(
        sender="Niamh Corrigan <niamh.corrigan@example.ie>",
        subject="Re: Care Assistant interview",
        body="Dear Aoife,\n\nI'd be delighted to attend on Thursday at 10am.\n\nNiamh"
        + quoted(
            "Aoife Brennan <aoife@rosehill-care.example>", "Mon, 2 Mar 2026 at 09:12", _INVITE
        ),
        to="Aoife Brennan <aoife@rosehill-care.example>",
        date=IE,
    )
    result = understand(raw, NIAMH)
    assert result.interview is not None
    assert result.interview.start == dt.datetime(2026, 3, 12, 10, 0, tzinfo=dt.UTC)


# --- Calendar invitations organised from the user's address ----------------------------------


def _own_invite(summary: str, guest: tuple[str, str], body: str) -> Kind:
    ics = vevent_calendar(
        summary=summary,
        start="20260312T100000",
        end="20260312T103000",
        tzid="America/New_York",
        organizer="mailto:alex.morgan@gmail.com",
        organizer_cn="Alex Morgan",
        attendees=(("Alex Morgan", "alex.morgan@gmail.com"), guest),
    )
    raw = mail(
        sender="Alex Morgan <alex.morgan@gmail.com>",
        subject=summary,
        body=body,
        to=f"{guest[0]} <{guest[1]}>",
        date=US,
        ics=ics,
    )
    return understand(raw, ALEX).kind


def test_trap_users_own_invite_for_their_phone_screen_naming_the_recruiter() -> None:
    """The user put their own phone screen in the calendar and invited the recruiter
    ("Phone screen - Dana Ruiz (Harbor Foods)"): the user's interview."""
    kind = _own_invite(
        "Phone screen - Dana Ruiz (Harbor Foods)",
        ("Dana Ruiz", "dana.ruiz@harbor-foods.example"),
        "Hi Dana, sending an invite for our call as agreed. I'll call you at 10. - Alex",
    )
    assert kind is Kind.INTERVIEW


def test_trap_users_own_invite_naming_the_hiring_manager_with_a_colon() -> None:
    """ "Interview: Priya Shah / Alex Morgan" sent by the user to the hiring manager on a
    company address: the user's interview."""
    kind = _own_invite(
        "Interview: Priya Shah / Alex Morgan",
        ("Priya Shah", "priya.shah@northwind-logistics.example"),
        "Hi Priya, as requested here is the invite for Thursday. Looking forward to it. Alex",
    )
    assert kind is Kind.INTERVIEW


def test_users_own_invite_to_a_candidate_on_a_company_address() -> None:
    """The user (a store manager) invites a candidate who writes from a work address: the
    user runs it, not the user's interview."""
    kind = _own_invite(
        "Assistant manager interview - Tomás Rivera",
        ("Tomás Rivera", "trivera@cornerstone-bakery.example"),
        "Tomás - looking forward to meeting you. Ask for Alex at the counter.",
    )
    assert kind is Kind.OTHER


# --- "Your interview was: / is now:" ---------------------------------------------------------


def _start(ctx: Context, sender: str, subject: str, body: str, date: str) -> dt.datetime | None:
    raw = mail(
        sender=sender, subject=subject, body=body, to=next(iter(ctx.user_addresses)), date=date
    )
    result = understand(raw, ctx)
    return result.interview.start if result.interview else None


def test_was_and_now_with_scheduled_for() -> None:
    """ "Your interview was scheduled for: ..." / "is now scheduled for: ...": the new time."""
    body = (
        "Dear Niamh,\n\nYour interview for Staff Nurse has been moved.\n\nYour interview was"
        " scheduled for: Tuesday 10 March 2026 at 09:00\nYour interview is now scheduled for:"
        " Wednesday 11 March 2026 at 14:15\n\nRecruitment Team"
    )
    got = _start(NIAMH, "Recruitment <noreply@hse-jobs.example>", "Interview update", body, IE)
    assert got == dt.datetime(2026, 3, 11, 14, 15, tzinfo=dt.UTC)


def test_was_and_will_now_be() -> None:
    """ "Your interview was: ..." / "Your interview will now be: ...": the new time."""
    body = (
        "Dear Niamh,\n\nYour interview for Staff Nurse has been moved.\n\nYour interview was:"
        " Tuesday 10 March 2026 at 09:00\nYour interview will now be: Wednesday 11 March 2026"
        " at 14:15\n\nRecruitment Team"
    )
    got = _start(NIAMH, "Recruitment <noreply@hse-jobs.example>", "Interview update", body, IE)
    assert got == dt.datetime(2026, 3, 11, 14, 15, tzinfo=dt.UTC)


def test_trap_room_was_and_is_now_keep_the_one_time() -> None:
    """Only the room changes ("Room was: 2.14" / "Room is now: 3.02"): the interview keeps
    Tuesday 10 March at 09:00."""
    body = (
        "Dear Niamh,\n\nYour interview for Staff Nurse on Tuesday 10 March 2026 at 09:00 has a"
        " new room.\n\nRoom was: 2.14\nRoom is now: 3.02\n\nRecruitment Team"
    )
    got = _start(NIAMH, "Recruitment <noreply@hse-jobs.example>", "Interview room", body, IE)
    assert got == dt.datetime(2026, 3, 10, 9, 0, tzinfo=dt.UTC)


def test_trap_a_previous_employer_line_is_no_old_time() -> None:
    """ "Your last interview with us was: 3 February 2026" is history, not the old slot of
    this invitation for Thursday 12 March at 11:00."""
    body = (
        "Dear Niamh,\n\nThank you for applying again. Your last interview with us was: 3"
        " February 2026.\n\nWe would like to invite you to an interview on Thursday 12 March"
        " 2026 at 11:00.\n\nRecruitment Team"
    )
    got = _start(NIAMH, "Recruitment <jobs@st-ita-hospital.example>", "Interview", body, IE)
    assert got == dt.datetime(2026, 3, 12, 11, 0, tzinfo=dt.UTC)


# --- Panels in apposition and titles ---------------------------------------------------------

# (id, user, sender, body, date, interviewers)
NAMES = [
    (
        "panel-apposition-with-doctor-and-mr",
        NIAMH,
        "Recruitment <jobs@st-ita-hospital.example>",
        "Dear Niamh,\n\nYour interview is confirmed for Thursday 12 March 2026 at 11:00. The"
        " interview panel, Dr Amara Osei and Mr Liam Byrne, will meet you at reception.\n\n"
        "Recruitment",
        IE,
        ["Amara Osei", "Liam Byrne"],
    ),
    (
        "panel-apposition-of-three",
        NIAMH,
        "Recruitment <jobs@st-ita-hospital.example>",
        "Dear Niamh,\n\nYour interview is confirmed for Thursday 12 March 2026 at 11:00. Your"
        " panel, Jane Roche, Raj Patel and Tom Nolan, look forward to meeting you.\n\n"
        "Recruitment",
        IE,
        ["Jane Roche", "Raj Patel", "Tom Nolan"],
    ),
    (
        "trap-panel-apposition-without-names",
        NIAMH,
        "Recruitment <jobs@st-ita-hospital.example>",
        "Dear Niamh,\n\nYour interview is confirmed for Thursday 12 March 2026 at 11:00. The"
        " panel, Nursing Practice Development staff, will ask about medication safety.\n\n"
        "Recruitment",
        IE,
        [],
    ),
    (
        "trap-panel-apposition-with-a-weekday",
        NIAMH,
        "Recruitment <jobs@st-ita-hospital.example>",
        "Dear Niamh,\n\nYour interview is confirmed for Thursday 12 March 2026 at 11:00. The"
        " panel, Thursday's as before, will meet in Room 4.\n\nRecruitment",
        IE,
        [],
    ),
    (
        "matron-dropped",
        NIAMH,
        "Recruitment <jobs@st-ita-hospital.example>",
        "Dear Niamh,\n\nYour interview is confirmed for Thursday 12 March 2026 at 11:00 with"
        " Matron Ruth Adeyemi.\n\nRecruitment",
        IE,
        ["Ruth Adeyemi"],
    ),
    (
        "sister-of-a-religious-school-dropped",
        NIAMH,
        "Office <office@st-louis-convent.example>",
        "Dear Niamh,\n\nThank you for applying for the SNA post. You are invited to interview on"
        " Thursday 12 March 2026 at 11:00 with our principal, Sister Bernadette Moran.\n\n"
        "School Office",
        IE,
        ["Bernadette Moran"],
    ),
    (
        "suor-dropped",
        GIULIA,
        "Segreteria <segreteria@istituto-sacrocuore.example>",
        "Gentile Giulia,\n\nLa invitiamo a un colloquio per il posto di insegnante giovedì 12"
        " marzo 2026 alle ore 11:00 con Suor Maria Grazia Conti.\n\nLa"
        " Segreteria",
        CET,
        ["Maria Grazia Conti"],
    ),
    (
        "fr-soeur-dropped",
        MAXIME,
        "Secrétariat <secretariat@institution-ste-marie.example>",
        "Monsieur,\n\nSuite à votre candidature au poste de surveillant, nous vous proposons un"
        " entretien le jeudi 12 mars 2026 à 11h00 avec la directrice, Sœur Anne Lefebvre.\n\n"
        "Le secrétariat",
        CET,
        ["Anne Lefebvre"],
    ),
    (
        "es-sor-dropped",
        MAXIME,
        "Secretaría <secretaria@colegio-sanjose.example>",
        "Hola Maxime,\n\nTe citamos a una entrevista para el puesto de profesor de francés el"
        " jueves 12 de marzo de 2026 a las 11:00 con Sor Lucía Gómez, la directora.\n\nLa"
        " Secretaría",
        CET,
        ["Lucía Gómez"],
    ),
    (
        "trap-panel-as-discussed-without-names",
        NIAMH,
        "Recruitment <jobs@st-ita-hospital.example>",
        "Dear Niamh,\n\nYour interview is confirmed for Thursday 12 March 2026 at 11:00. The"
        " panel, as discussed, will include two senior nurses.\n\nRecruitment",
        IE,
        [],
    ),
    (
        "a-nun-with-one-religious-name",
        NIAMH,
        "Office <office@st-louis-convent.example>",
        "Dear Niamh,\n\nYou are invited to interview for the SNA post on Thursday 12 March 2026"
        " at 11:00 with Sister Perpetua and Mr Kevin Daly.\n\nSchool Office",
        IE,
        ["Kevin Daly", "Sister Perpetua"],
    ),
    (
        "ward-sister-title-before-the-name",
        NIAMH,
        "Recruitment <jobs@st-ita-hospital.example>",
        "Dear Niamh,\n\nYour interview is confirmed for Thursday 12 March 2026 at 11:00 with"
        " Ward Sister Grace Abara.\n\nRecruitment",
        IE,
        ["Grace Abara"],
    ),
    (
        "it-commission-named-in-apposition",
        GIULIA,
        "Segreteria <segreteria@istituto-sacrocuore.example>",
        "Gentile Giulia,\n\nLa invitiamo a un colloquio giovedì 12 marzo 2026 alle ore 11:00. La"
        " commissione, Suor Agnese Rinaldi e Marco Bianchi, La attende in segreteria.\n\nLa"
        " Segreteria",
        CET,
        ["Agnese Rinaldi", "Marco Bianchi"],
    ),
    (
        "it-name-then-role-in-apposition",
        GIULIA,
        "Segreteria <segreteria@istituto-sacrocuore.example>",
        "Gentile Giulia,\n\nLa invitiamo a un colloquio per il posto di insegnante giovedì 12"
        " marzo 2026 alle ore 11:00 con Suor Maria Grazia Conti, la coordinatrice.\n\nLa"
        " Segreteria",
        CET,
        ["Maria Grazia Conti"],
    ),
]

XFAIL_NAMES: dict[str, str] = {
    "fr-soeur-dropped": (
        "['Sœur Anne Lefebvre']: 'Sœur' is not a fr honorific; the new religious titles exist only in en/it (older gap)"
    ),
    "es-sor-dropped": (
        "['Sor Lucía Gómez']: 'Sor' is not an es honorific; the new religious titles exist only in en/it (older gap)"
    ),
    "ward-sister-title-before-the-name": (
        "['Ward Sister Grace Abara']: the new 'sister' honorific is not dropped after 'Ward'"
    ),
    "it-commission-named-in-apposition": (
        "[]: the new panel-in-apposition rule is English only; 'La commissione, X e Y,' names nobody (older gap)"
    ),
    "it-name-then-role-in-apposition": (
        "[]: 'con Suor X, la coordinatrice' names nobody (also without Suor); older it extraction gap"
    ),
}


@pytest.mark.parametrize(
    ("ctx", "sender", "body", "date", "people"),
    [
        pytest.param(*n[1:], id=n[0], marks=[_xf(XFAIL_NAMES[n[0]])] if n[0] in XFAIL_NAMES else [])
        for n in NAMES
    ],
)
def test_the_interviewers_are_named(
    ctx: Context, sender: str, body: str, date: str, people: list[str]
) -> None:
    """An interview; its interviewers, sorted, without titles (none when none is named)."""
    kind, got = _read(ctx, sender, "Interview", body, date)
    assert (kind, got) == (Kind.INTERVIEW, people)
