"""Adversarial review of the readings commit 1d3212d added or changed (on 9d1ff26).

Every message is written for these tests as ordinary mail in English, German, French and
Spanish. Most probes aim at the new visit reading (a company's mail with desk directions
that names someone to meet): banks, notaries, landlords, schools, clinics, city offices,
the user's own employer. The rest aim at "I've asked X to sit in", the German and French
bare hours after a named day, the application subjects and the session's fixes. The review
found 36 probes failing only since this session; the next commit withdrew the visit reading
and the French bare hours and narrowed the rest, so those are plain tests now, or strict
xfails marked "withdrawn" where a genuine interview is lost again with the reading. Every
other strict xfail failed the same way on 30ed960 ("already so before").
"""

from __future__ import annotations

import datetime as dt

import pytest

from daemon.understand import Kind, Understanding, understand
from daemon.understand._dates import find_moments
from daemon.understand._lexicon import load_lexicon
from tests.unit.understand.messages import alex_in_new_york, mail, names, start

LEX = load_lexicon()
USER = "Alex Morgan <alex.morgan@gmail.com>"


def xf(reason: str) -> pytest.MarkDecorator:
    """A strict xfail with its reason."""
    return pytest.mark.xfail(strict=True, reason=reason)


def read(sender: str, subject: str, body: str) -> Understanding:
    """The verdict on one message to Alex."""
    return understand(mail(sender=sender, subject=subject, body=body, to=USER), alex_in_new_york())


# ------------------------------------------------------ A. a visit to meet named people

A_FALSE = [
    pytest.param(
        "Gregory Hale <ghale@halenotary.example>",
        "Tomorrow afternoon",
        "Hi Alex,\n\nJust a reminder that you're meeting with Linda Voss, our notary, tomorrow at 2:00 PM to sign the deed for the house.\n\nPlease bring a photo ID for each signer.\n\nGregory\n",
        id="en-notary-deed",
    ),
    pytest.param(
        "Jess Morton <jess@peakfitnessclub.example>",
        "Tomorrow morning",
        "Hi Alex,\n\nJust a reminder that you're meeting with Tom Becker, our head personal trainer, tomorrow at 7:00 AM for your fitness assessment.\n\nJust give your name at the front desk.\n\nJess\n",
        id="en-gym-trainer",
    ),
    pytest.param(
        "Carla Reyes <creyes@cityhall.example>",
        "Your fence permit",
        "Dear Mr. Morgan,\n\nJust a reminder that you're meeting with Robert Finch, our zoning officer, tomorrow at 11:00 AM in room 310 about your fence permit.\n\nPlease sign in at the security desk in the main lobby.\n\nCarla Reyes\nPlanning Department\n",
        id="en-city-zoning-officer",
    ),
    pytest.param(
        "Karen Holt <karen.holt@northwind.example>",
        "Monday morning",
        "Hi Alex,\n\nJust a reminder that you're meeting with Michael Grant, our new VP of Sales Operations, on Monday at 9:00 AM on the 5th floor, to walk him through your territory plan.\n\nYou'll need to sign in at security since your badge is still being reissued.\n\nKaren\n",
        id="en-own-job-new-vp",
    ),
    pytest.param(
        "Marco Bellini <marco@bellinipropertymgmt.example>",
        "Tomorrow at 5",
        "Hi Alex,\n\nJust a reminder that you're meeting with Steve Dunn, our building manager, tomorrow at 5:00 PM to hand over the keys to the flat.\n\nPlease check in with the concierge.\n\nMarco\n",
        id="en-landlord-key-handover",
    ),
    pytest.param(
        "Alice Grant <agrant@securelife.example>",
        "Tomorrow",
        "Hi Alex,\n\nJust a reminder that you're meeting with Peter Lang, our financial adviser, tomorrow at 10:30 AM for your annual policy review.\n\nPlease give your name at reception.\n\nAlice\n",
        id="en-insurer-policy-review",
    ),
    pytest.param(
        "Lucy Hart <lucy@pawsvetclinic.example>",
        "Bella tomorrow",
        "Hi Alex,\n\nJust a reminder that you're meeting with Aaron Wells, our senior vet, tomorrow at 4:15 PM for Bella's vaccinations.\n\nPlease check in at reception.\n\nLucy\n",
        id="en-vet-vaccinations",
    ),
    pytest.param(
        "Ines Ford <ines@fordarchitects.example>",
        "Tomorrow",
        "Hi Alex,\n\nJust a reminder that you're meeting with Leo Marsh, our senior architect, tomorrow at 11:00 AM to go through the kitchen extension drawings.\n\nPlease give your name at the concierge.\n\nInes\n",
        id="en-architect-drawings",
    ),
    pytest.param(
        "Julia Park <julia.park@grayfinch.example>",
        "Tomorrow",
        "Hi Alex,\n\nJust a reminder that you're meeting with Raj Mehta, our head of analytics, tomorrow at 8:30 AM - he made the same career change and is happy to share advice over breakfast.\n\nSign in at the lobby security desk.\n\nJulia\n",
        id="en-mentoring-breakfast",
    ),
    pytest.param(
        "Tessa Grimm <tgrimm@grimmcpa.example>",
        "Tomorrow",
        "Hi Alex,\n\nJust a reminder that you're meeting with Paul Ritter, our tax manager, tomorrow at 1:00 PM to go over your 2025 return.\n\nPlease bring a photo ID.\n\nTessa\n",
        id="en-tax-return",
    ),
    pytest.param(
        "Hannah Cole <h.cole@stmaryshigh.example>",
        "Tomorrow evening",
        "Dear Mr Morgan,\n\nJust a reminder that you're meeting with David Ashworth, our Head of Year 9, tomorrow at 6:15 PM about Jamie's report.\n\nPlease sign in at reception.\n\nHannah Cole\nSchool Office\n",
        id="en-school-head-of-year",
    ),
    pytest.param(
        "Nadia Vance <nvance@thedailyledger.example>",
        "Tomorrow afternoon",
        "Hi Alex,\n\nJust a reminder that you're meeting with Ben Stiles, our features editor, tomorrow at 3:00 PM about the story on your bakery.\n\nPlease sign in at reception.\n\nNadia\n",
        id="en-newspaper-editor",
    ),
    pytest.param(
        "Grace Liu <grace.liu@citymuseum.example>",
        "Docent orientation",
        "Hi Alex,\n\nJust a reminder that you're meeting with Oliver Shaw, our docent coordinator, tomorrow at 9:00 AM for your gallery guide orientation.\n\nPlease pick up a visitor badge at the front desk.\n\nGrace\n",
        id="en-museum-docent",
    ),
    pytest.param(
        "Mike Durant <mdurant@lakeshoremotors.example>",
        "Tomorrow",
        "Hi Alex,\n\nJust a reminder that you're meeting with Kevin Shaw, our finance manager, tomorrow at 5:30 PM to sign the paperwork for the Civic. Bring your driver's license.\n\nMike\n",
        id="en-car-dealer-paperwork",
    ),
    pytest.param(
        "Kanzlei Roth <sekretariat@notar-roth.example>",
        "Termin morgen",
        "Sehr geehrter Herr Morgan,\n\nhiermit bestätige ich Ihren Termin morgen um 14:00 Uhr mit Frau Dr. Katrin Roth, unserer Notarin, zur Beurkundung des Kaufvertrags.\n\nBitte bringen Sie Ihren Personalausweis mit.\n\nMit freundlichen Grüßen\nKanzlei Roth\n",
        id="de-notar-beurkundung",
    ),
    pytest.param(
        "Praxis Dr. Weber <praxis@dr-weber-kardiologie.example>",
        "Ihr Termin morgen",
        "Sehr geehrter Herr Morgan,\n\nhiermit bestätigen wir Ihren Termin morgen um 9:30 Uhr mit Frau Dr. Julia Weber, unserer Kardiologin.\n\nBitte melden Sie sich am Empfang und bringen Sie Ihre Versichertenkarte mit.\n\nIhr Praxisteam\n",
        id="de-arztpraxis",
    ),
    pytest.param(
        "Kanzlei Hahn <info@steuerkanzlei-hahn.example>",
        "Termin morgen",
        "Sehr geehrter Herr Morgan,\n\nhiermit bestätige ich Ihren Termin morgen um 11:00 Uhr mit Herrn Markus Hahn, unserem Steuerberater, zur Einkommensteuererklärung.\n\nBitte melden Sie sich am Empfang.\n\nKanzlei Hahn\n",
        id="de-steuerberater",
    ),
    pytest.param(
        "Petra Lange <p.lange@gymnasium-nord.example>",
        "Elternsprechtag",
        "Sehr geehrter Herr Morgan,\n\nhiermit bestätige ich Ihren Termin morgen um 17:15 Uhr mit Frau Anna Schulte, unserer Klassenlehrerin der 7b.\n\nBitte melden Sie sich am Empfang.\n\nPetra Lange\nSekretariat\n",
        id="de-klassenlehrerin",
    ),
    pytest.param(
        "Bürgeramt Mitte <buergeramt@bezirksamt-mitte.example>",
        "Termin morgen",
        "Sehr geehrter Herr Morgan,\n\nhiermit bestätigen wir Ihren Termin morgen um 8:40 Uhr mit Herrn Jan Vogel, unserem Sachbearbeiter, zur Ummeldung.\n\nBitte bringen Sie Ihren Personalausweis mit.\n\nBürgeramt Mitte\n",
        id="de-buergeramt",
    ),
    pytest.param(
        "Claire Roux <claire.roux@banque-lyonnaise.example>",
        "Votre rendez-vous demain",
        "Bonjour Alex,\n\nJe vous confirme votre rendez-vous demain à 10h avec M. Julien Mercier, notre conseiller patrimonial, à l'agence Bellecour.\n\nMunissez-vous d'une pièce d'identité.\n\nBien cordialement,\nClaire Roux\n",
        id="fr-banque-conseiller",
    ),
    pytest.param(
        "Étude Martin <accueil@notaires-martin.example>",
        "Signature de l'acte",
        "Bonjour Monsieur Morgan,\n\nJe vous confirme votre rendez-vous demain à 15h avec Maître Hélène Martin, notre notaire, pour la signature de l'acte de vente.\n\nPrésentez-vous à l'accueil.\n\nÉtude Martin\n",
        id="fr-notaire-acte",
    ),
    pytest.param(
        "Isabelle Petit <i.petit@college-jaures.example>",
        "Rencontre parents-professeurs",
        "Bonjour Monsieur Morgan,\n\nJe vous confirme votre rendez-vous demain à 18h avec Mme Nathalie Girard, notre professeure principale de 5e B.\n\nPrésentez-vous à l'accueil.\n\nIsabelle Petit\n",
        id="fr-professeure-principale",
    ),
    pytest.param(
        "Agence Lemoine <contact@agence-lemoine.example>",
        "État des lieux",
        "Bonjour Monsieur Morgan,\n\nJe vous confirme votre rendez-vous demain à 17h avec M. Thomas Lemoine, notre gestionnaire locatif, pour l'état des lieux d'entrée.\n\nMunissez-vous d'une pièce d'identité.\n\nAgence Lemoine\n",
        id="fr-etat-des-lieux",
    ),
    pytest.param(
        "Mairie du 11e <etat-civil@mairie11.example>",
        "Votre rendez-vous",
        "Monsieur,\n\nJe vous confirme votre rendez-vous demain à 9h avec Mme Sandrine Morel, notre officière d'état civil, pour le dossier de PACS.\n\nPrésentez-vous à l'accueil muni de votre pièce d'identité.\n\nMairie du 11e\n",
        id="fr-mairie-etat-civil",
    ),
    pytest.param(
        "Lucía Navarro <lucia.navarro@bancoiberico.example>",
        "Tu cita de mañana",
        "Hola Alex:\n\nTe confirmo que mañana a las 10:00 te reúnes con Javier Ortega, nuestro gestor de hipotecas, en la oficina de Castellana 45.\n\nPreséntate en recepción.\n\nUn saludo,\nLucía Navarro\n",
        id="es-banco-gestor",
    ),
    pytest.param(
        "Notaría Gil <oficina@notariagil.example>",
        "Firma de la escritura",
        "Hola Alex:\n\nTe confirmo que mañana a las 12:00 te reúnes con Ana Gil, nuestra notaria, para la firma de la escritura del piso.\n\nPreséntate en recepción.\n\nNotaría Gil\n",
        id="es-notaria-escritura",
    ),
    pytest.param(
        "Pablo Díaz <pablo@gestoriadiaz.example>",
        "Mañana",
        "Hola Alex:\n\nTe confirmo que mañana a las 11:00 te reúnes con Rosa Molina, nuestra asesora fiscal, para la declaración de la renta.\n\nPreséntate en recepción.\n\nPablo\n",
        id="es-gestoria-renta",
    ),
    pytest.param(
        "Citas <citas@hospitalsur.example>",
        "Tu cita de mañana",
        "Hola Alex:\n\nTe confirmo que mañana a las 9:30 te reúnes con Luis Herrera, nuestro cardiólogo, en la planta 2.\n\nPreséntate en recepción.\n\nCitas\n",
        id="es-hospital-cardiologo",
    ),
    pytest.param(
        "Marta Ruiz <secretaria@colegiosanjose.example>",
        "Reunión con la tutora",
        "Hola Alex:\n\nTe confirmo que mañana a las 17:30 te reúnes con Elena Campos, nuestra tutora de 3.º B.\n\nPreséntate en conserjería.\n\nMarta Ruiz\nSecretaría\n",
        id="es-colegio-tutora",
    ),
    pytest.param(
        "Registro <registro@ayto-getafe.example>",
        "Tu cita de mañana",
        "Hola Alex:\n\nTe confirmo que mañana a las 9:00 te reúnes con Jorge Blanco, nuestro técnico de urbanismo, por la licencia de obra.\n\nPreséntate en recepción.\n\nRegistro\n",
        id="es-ayuntamiento-urbanismo",
    ),
    pytest.param(
        "Priya Nandakumar <priya.nandakumar@harbourbank.example>",
        "Tomorrow morning",
        "Hi Alex,\n\nJust a reminder that you're meeting with Owen Fitzgerald, our senior mortgage adviser, tomorrow at 10:00 AM at the Main Street branch.\n\nPlease bring a photo ID and your last three payslips.\n\nKind regards,\nPriya\n",
        id="en-bank-mortgage",
    ),
    pytest.param(
        "Rachel Kim <rkim@kimharperlaw.example>",
        "Tomorrow at 10",
        "Mr. Morgan,\n\nJust a reminder that you're meeting with Michael Harper, our senior partner, tomorrow at 10:00 AM to go through your witness statement.\n\nPlease sign in at the lobby security desk.\n\nRachel Kim\nParalegal\n",
        id="en-law-firm-witness",
    ),
    pytest.param(
        "Paul Nguyen <paul@stmarkscathedral.example>",
        "Tomorrow",
        "Hi Alex,\n\nJust a reminder that you're meeting with Father Thomas Reilly, our parish priest, tomorrow at 7:00 PM to plan the christening.\n\nPlease sign in at the parish office reception.\n\nPaul\n",
        id="en-parish-christening",
    ),
    pytest.param(
        "Inmobiliaria Sol <info@inmosol.example>",
        "Entrega de llaves",
        "Hola Alex:\n\nTe confirmo que mañana a las 18:00 te reúnes con Raúl Pardo, nuestro agente, para la entrega de llaves del piso.\n\nPreséntate en recepción con tu DNI.\n\nInmobiliaria Sol\n",
        id="es-entrega-de-llaves",
    ),
]


@pytest.mark.parametrize(("sender", "subject", "body"), A_FALSE)
def test_a_visit_for_anything_but_a_job_is_no_interview(
    sender: str, subject: str, body: str
) -> None:
    """A bank, notary, landlord, clinic, school, office or employer visit is no interview."""
    u = read(sender, subject, body)
    assert u.kind is not Kind.INTERVIEW, (u.kind, u.reasons)


A_TRUE = [
    pytest.param(
        "Lindy Paech <lindy.paech@marriridge.example>",
        "Tomorrow morning",
        "Hi Alex,\n\nJust a reminder that you're meeting with Fiona Castellano, our Chief Operating Officer, and Mark Ostrowski, our CFO, tomorrow at 8.15am.\n\nPlease sign in at the ground floor security desk.\n\nLindy\n",
        id="en-coo-and-cfo",
        marks=xf(
            "withdrawn after review: the visit reading also took 30 non-job visits (a notary, a bank, a school)"
        ),
    ),
    pytest.param(
        "Lindy Paech <lindy.paech@marriridge.example>",
        "Thursday",
        "Hi Alex,\n\nJust a reminder that you're meeting with Fiona Castellano, our Chief Operating Officer, on Thursday, March 5 at 8:15 AM.\n\nPlease bring a photo ID for the front desk.\n\nLindy\n",
        id="en-photo-id-thursday",
        marks=xf(
            "withdrawn after review: the visit reading also took 30 non-job visits (a notary, a bank, a school)"
        ),
    ),
    pytest.param(
        "Lindy Paech <lindy.paech@marriridge.example>",
        "Tomorrow morning",
        "Hi Alex,\n\nJust a reminder that you're meeting with Fiona Castellano, our Chief Operating Officer, tomorrow at 8.15am.\n\nA visitor badge will be waiting for you at the front desk.\n\nLindy\n",
        id="en-visitor-badge",
        marks=xf(
            "withdrawn after review: the visit reading also took 30 non-job visits (a notary, a bank, a school)"
        ),
    ),
    pytest.param(
        "Sabine Vogt <sabine.vogt@kraemer-logistik.example>",
        "Morgen",
        "Hallo Herr Morgan,\n\nhiermit bestätige ich Ihren Termin morgen um 9:30 Uhr mit Herrn Jonas Keller, unserem Geschäftsführer, in der Hafenstraße 12.\n\nBitte melden Sie sich am Empfang.\n\nViele Grüße\nSabine Vogt\n",
        id="de-geschaeftsfuehrer",
        marks=xf(
            "withdrawn after review: the visit reading also took 30 non-job visits (a notary, a bank, a school)"
        ),
    ),
    pytest.param(
        "Claire Roux <claire.roux@atelier-vernet.example>",
        "Demain",
        "Bonjour Alex,\n\nJe vous confirme votre rendez-vous demain à 10h avec Mme Sophie Garnier, notre directrice financière, dans nos locaux rue de Rivoli.\n\nPrésentez-vous à l'accueil.\n\nBien cordialement,\nClaire Roux\n",
        id="fr-directrice-financiere",
        marks=xf(
            "withdrawn after review: the visit reading also took 30 non-job visits (a notary, a bank, a school)"
        ),
    ),
    pytest.param(
        "Lucía Navarro <lucia.navarro@grupoalba.example>",
        "Mañana",
        "Hola Alex:\n\nTe confirmo que mañana a las 10:00 te reúnes con Javier Ortega, nuestro director de operaciones, en la oficina de Castellana 45.\n\nPreséntate en recepción.\n\nUn saludo,\nLucía Navarro\n",
        id="es-director-operaciones",
        marks=xf(
            "withdrawn after review: the visit reading also took 30 non-job visits (a notary, a bank, a school)"
        ),
    ),
    pytest.param(
        "Lindy Paech <lindy.paech@marriridge.example>",
        "Tomorrow morning",
        "Hi Alex,\n\nJust a reminder that you're meeting with Fiona Castellano, our Chief Operating Officer, tomorrow at 8.15am in the Hay St boardroom.\n\nPlease sign in at the ground floor security desk. Of course, call me if anything changes.\n\nLindy\n",
        id="en-of-course",
        marks=xf(
            "already so before: a lost interview ('Of course, call me' is business_visit's 'course')"
        ),
    ),
    pytest.param(
        "Lindy Paech <lindy.paech@marriridge.example>",
        "Tomorrow morning",
        "Hi Alex,\n\nJust a reminder that you're meeting with Fiona Castellano, who heads our clients and markets team, tomorrow at 8.15am in the Hay St boardroom.\n\nPlease sign in at the ground floor security desk.\n\nLindy\n",
        id="en-clients-and-markets",
        marks=xf(
            "already so before: a lost interview (the COO's 'clients and markets team' is business_visit's 'clients')"
        ),
    ),
    pytest.param(
        "Lindy Paech <lindy.paech@marriridge.example>",
        "Tomorrow morning",
        "Hi Alex,\n\nJust a reminder that you're meeting with Fiona Castellano, our Chief Operating Officer, tomorrow at 8.15am. She built our world-class logistics network and is keen to hear about your background.\n\nPlease sign in at the ground floor security desk.\n\nLindy\n",
        id="en-world-class",
        marks=xf("already so before: a lost interview ('world-class' is business_visit's 'class')"),
    ),
    pytest.param(
        "Lindy Paech <lindy.paech@marriridge.example>",
        "Tomorrow morning",
        "Hi Alex,\n\nJust a reminder that you're meeting with Fiona Castellano, our head of third-party risk, tomorrow at 8.15am.\n\nPlease sign in at the ground floor security desk.\n\nLindy\n",
        id="en-third-party-risk",
        marks=xf(
            "already so before: a lost interview ('head of third-party risk' is business_visit's 'party')"
        ),
    ),
    pytest.param(
        "Lindy Paech <lindy.paech@marriridge.example>",
        "Tomorrow morning",
        "Hi Alex,\n\nJust a reminder that you're meeting with Fiona Castellano, our Chief Operating Officer, tomorrow at 8.15am. She'll walk you through what the first day in the role would look like.\n\nPlease sign in at the ground floor security desk.\n\nLindy\n",
        id="en-first-day-in-the-role",
        marks=xf(
            "already so before: a lost interview ('what the first day in the role would look like' is business_visit's 'first day')"
        ),
    ),
    pytest.param(
        "Tom Reid <tom.reid@apexsearch.example>",
        "Tomorrow",
        "Hi Alex,\n\nJust a reminder that you're meeting with Fiona Castellano, the COO at Marriridge, tomorrow at 8.15am at their Hay St office.\n\nPlease sign in at the ground floor security desk.\n\nTom\n",
        id="en-agency-reminder",
        marks=xf(
            "already so before: a lost interview (an agency's 'meeting with Fiona Castellano, the COO at Marriridge': no person read)"
        ),
    ),
]


@pytest.mark.parametrize(("sender", "subject", "body"), A_TRUE)
def test_a_visit_to_meet_the_hirers_people_is_an_interview(
    sender: str, subject: str, body: str
) -> None:
    """A hirer's reminder to meet its named people, with desk directions, is an interview."""
    u = read(sender, subject, body)
    assert u.kind is Kind.INTERVIEW, (u.kind, u.reasons)
    assert names(u), u.reasons


# ------------------------------------------------------ B. "I've asked X to sit in"

B_NOT = [
    pytest.param(
        "Dana Whitcomb <dwhitcomb@lakeshore.example>",
        "Interview on the 5th",
        "Alex,\n\nThanks for confirming. Your interview with me is set for Thursday, March 5 at 9:00 AM at our Wacker Drive office (suite 2100).\n\nI've asked our office manager, Carol Jennings, to join us at the end to sort out your parking validation.\n\nRegards,\n\nDana Whitcomb\nDirector of Finance\n",
        "Carol Jennings",
        id="en-office-manager-parking",
    ),
    pytest.param(
        "Dana Whitcomb <dwhitcomb@lakeshore.example>",
        "Interview on the 5th",
        "Alex,\n\nThanks for confirming. Your interview with me is set for Thursday, March 5 at 9:00 AM at our Wacker Drive office (suite 2100).\n\nI've asked our interpreter, Ana Ruiz, to join us, since part of the conversation will be in Spanish.\n\nRegards,\n\nDana Whitcomb\nDirector of Finance\n",
        "Ana Ruiz",
        id="en-interpreter",
    ),
    pytest.param(
        "Dana Whitcomb <dwhitcomb@lakeshore.example>",
        "Interview on the 5th",
        "Alex,\n\nThanks for confirming. Your interview with me is set for Thursday, March 5 at 9:00 AM at our Wacker Drive office (suite 2100).\n\nI've asked Tom Baker to join us afterwards to walk you over to the lab.\n\nRegards,\n\nDana Whitcomb\nDirector of Finance\n",
        "Tom Baker",
        id="en-walk-you-over-to-the-lab",
        marks=xf(
            "already so before: 'I've asked Tom Baker to join us afterwards to walk you over to the lab' makes the guide an interviewer"
        ),
    ),
]


@pytest.mark.parametrize(("sender", "subject", "body", "who"), B_NOT)
def test_a_colleague_asked_along_for_an_errand_is_no_interviewer(
    sender: str, subject: str, body: str, who: str
) -> None:
    """A colleague asked to join for parking, interpreting or a walk is no interviewer."""
    u = read(sender, subject, body)
    assert who not in names(u), names(u)


B_IN = [
    pytest.param(
        "Dana Whitcomb <dwhitcomb@lakeshore.example>",
        "Interview on the 5th",
        "Alex,\n\nThanks for confirming. Your interview with me is set for Thursday, March 5 at 9:00 AM at our Wacker Drive office (suite 2100).\n\nI've asked our Controller, Luis Abernethy, to sit in for the second half hour.\n\nRegards,\n\nDana Whitcomb\nDirector of Finance\n",
        "Luis Abernethy",
        id="en-controller-sits-in",
    ),
    pytest.param(
        "Claire Roux <claire.roux@atelier-vernet.example>",
        "Votre entretien",
        "Bonjour Alex,\n\nJe vous confirme votre entretien le jeudi 5 mars à 10h. Vous serez reçu par M. Jean-Paul Essomba, directeur technique, accompagné de Mme Christelle Ngo, DRH.\n\nBien cordialement,\nClaire Roux\n",
        "Christelle Ngo",
        id="fr-recu-par-accompagne-de",
    ),
    pytest.param(
        "Tom Hart <hart@hartleyreed.example>",
        "Your interview on Thursday",
        "Hi Alex,\n\nI'm pleased to confirm your interview with Hartley Reed on Thursday, March 5 at 10:00 AM at our Fleet Street office. You'll meet Priya Raman, our head of design.\n\nBest,\nTom Hart\nRecruiter\n",
        "Priya Raman",
        id="en-surname-local-part-company",
    ),
]


@pytest.mark.parametrize(("sender", "subject", "body", "who"), B_IN)
def test_a_colleague_asked_to_sit_in_is_an_interviewer(
    sender: str, subject: str, body: str, who: str
) -> None:
    """A colleague asked to sit in, a second interviewer "accompagné de", a named head stay."""
    u = read(sender, subject, body)
    assert who in names(u), (names(u), u.reasons)


# ------------------------------------------------------ C. bare hours after a named day

C_WHEN = [
    pytest.param(
        "Claire Dubois <claire.dubois@atelier-vernet.example>",
        "Votre entretien",
        "Bonjour Alex,\n\nJe vous confirme votre entretien avec Paul Martin le lundi 9 mars à 10h dans nos locaux.\n\nPS : notre équipe de foot d'entreprise a encore gagné samedi à 3 à 1, Paul vous en parlera sûrement !\n\nBien cordialement,\nClaire Dubois\nResponsable RH\n",
        [3, 9, 10, 0],
        id="fr-score-samedi-a-3-a-1",
    ),
    pytest.param(
        "Sabine Vogt <sabine.vogt@kraemer-logistik.example>",
        "Ihr Vorstellungsgespräch",
        "Hallo Herr Morgan,\n\nhiermit bestätige ich Ihr Vorstellungsgespräch mit Herrn Jonas Keller am Mittwoch, 4. März, um 10:30 Uhr.\n\nZur Info: Das Team wächst ab Montag um 2 und Sie wären die dritte Verstärkung.\n\nViele Grüße\nSabine Vogt\n",
        [3, 4, 10, 30],
        id="de-team-waechst-um-2",
    ),
    pytest.param(
        "Sabine Vogt <sabine.vogt@kraemer-logistik.example>",
        "Ihr Vorstellungsgespräch",
        "Hallo Herr Morgan,\n\nhiermit bestätige ich Ihr Vorstellungsgespräch mit Herrn Jonas Keller am Donnerstag, 5. März, um 14:00 Uhr. Bitte kommen Sie am Donnerstag um 10 Minuten früher.\n\nViele Grüße\nSabine Vogt\n",
        [3, 5, 14, 0],
        id="de-um-10-minuten-frueher",
    ),
    pytest.param(
        "Sabine Vogt <sabine.vogt@kraemer-logistik.example>",
        "AW: Bewerbung als Projektleiter",
        "Hallo Herr Morgan,\n\ndann machen wir das so: Donnerstag um 11 bei uns im Büro, mit Herrn Jonas Keller. Ich freue mich.\n\nSabine Vogt\n",
        [3, 5, 11, 0],
        id="de-donnerstag-um-11-bei-uns",
    ),
    pytest.param(
        "Claire Dubois <claire.dubois@atelier-vernet.example>",
        "Re: Candidature - Chef de projet",
        "Bonjour Alex,\n\nParfait, c'est noté : jeudi à 10 au bureau pour l'entretien avec Paul Martin.\n\nClaire\n",
        [3, 5, 10, 0],
        id="fr-jeudi-a-10-au-bureau",
        marks=xf(
            "withdrawn after review: French bare hours after a day ('samedi à 3 à 1' is a score)"
        ),
    ),
]


@pytest.mark.parametrize(("sender", "subject", "body", "when"), C_WHEN)
def test_the_interview_time_is_the_stated_one(
    sender: str, subject: str, body: str, when: list[int]
) -> None:
    """A count or a score after a named day never moves the interview's stated time."""
    at = start(read(sender, subject, body))
    assert [at.month, at.day, at.hour, at.minute] == when, at


FR_PEOPLE = (
    "Claire Dubois <claire.dubois@atelier-vernet.example>",
    "Re: Candidature - Chef de projet",
    "Bonjour Alex,\n\nParfait, c'est noté pour jeudi. Nous serons jeudi à 3 pour l'entretien.\n\nClaire\n",
)


def test_a_count_of_interviewers_is_no_hour() -> None:
    """ "Nous serons jeudi à 3 pour l'entretien" counts the panel; it sets no 15:00 interview."""
    u = read(*FR_PEOPLE)
    assert u.interview is None or u.interview.start.hour != 15, u.interview


@pytest.mark.parametrize(
    "line",
    [
        "Bitte kommen Sie Donnerstag um 10 Minuten früher.",
        "Das klingt morgen um 3 Ecken gedacht.",
        "Le déjeuner de jeudi à 10 euros est offert.",
        "Le prix baisse mardi à 15 % pour les salariés.",
    ],
)
def test_minutes_prices_and_shares_after_a_day_are_no_hour(line: str) -> None:
    """Minutes, euros, a percentage after "Donnerstag um" or "jeudi à" are no clock time."""
    ref = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
    assert find_moments(line, LEX, ref, "dmy", "Europe/Berlin") == []


# ------------------------------------------------------ D. application subjects

D_NOJOB = [
    pytest.param(
        "Ruth Kessler <ruth.kessler@royalsocietyarts.example>",
        "Re: Application for Associate Membership",
        "Hi Alex,\n\nThursday at 2pm works. See you then.\n\nBest,\nRuth Kessler\n\n\nOn Sat, Feb 28, 2026 at 9:15 AM, Alex Morgan <alex.morgan@gmail.com> wrote:\n\n> Hi Ruth,\n>\n> Thanks for getting back to me. I could come by on Thursday at 2pm or Friday at 11am.\n>\n> Best,\n> Alex\n",
        id="en-associate-membership",
        marks=xf(
            "already so before: 'Re: Application for Associate Membership' is a job thread ('associate'), the reply an interview"
        ),
    ),
    pytest.param(
        "Ruth Kessler <ruth.kessler@riversidera.example>",
        "Re: Application for Director of the Riverside Residents' Association",
        "Hi Alex,\n\nThursday at 2pm works. See you then.\n\nBest,\nRuth Kessler\n\n\nOn Sat, Feb 28, 2026 at 9:15 AM, Alex Morgan <alex.morgan@gmail.com> wrote:\n\n> Hi Ruth,\n>\n> Thanks for getting back to me. I could come by on Thursday at 2pm or Friday at 11am.\n>\n> Best,\n> Alex\n",
        id="en-residents-association-director",
        marks=xf(
            "already so before: 'Re: Application for Director of the Riverside Residents' Association' is a job thread"
        ),
    ),
    pytest.param(
        "Ruth Kessler <ruth.kessler@amtsgericht-nord.example>",
        "AW: Bewerbung als Schöffe",
        "Hallo Herr Morgan,\n\nDonnerstag um 14 Uhr passt. Bis dann!\n\nRuth Kessler\n\n\nOn Sat, Feb 28, 2026 at 9:15 AM, Alex Morgan <alex.morgan@gmail.com> wrote:\n\n> Hallo Frau Kessler,\n>\n> vielen Dank für Ihre Rückmeldung. Ich könnte Donnerstag um 14 Uhr oder Freitag um 11 Uhr vorbeikommen.\n>\n> Viele Grüße\n> Alex Morgan\n",
        id="de-schoeffe",
        marks=xf("already so before: 'AW: Bewerbung als Schöffe' (a lay judge) is a job thread"),
    ),
    pytest.param(
        "Ruth Kessler <ruth.kessler@liste-agir-ensemble.example>",
        "RE: Candidature - Conseillère municipale",
        "Bonjour Alex,\n\nJeudi à 14h me convient. À jeudi !\n\nRuth Kessler\n\n\nOn Sat, Feb 28, 2026 at 9:15 AM, Alex Morgan <alex.morgan@gmail.com> wrote:\n\n> Bonjour Madame Kessler,\n>\n> Merci pour votre retour. Je pourrais passer jeudi à 14h ou vendredi à 11h.\n>\n> Bien cordialement,\n> Alex Morgan\n",
        id="fr-conseillere-municipale",
        marks=xf(
            "already so before: 'RE: Candidature - Conseillère municipale' (an election list) is a job thread ('conseillère')"
        ),
    ),
    pytest.param(
        "Ruth Kessler <ruth.kessler@uni-sur.example>",
        "RE: Candidatura a delegado de clase",
        "Hola Alex:\n\nEl jueves a las 14:00 me va bien. ¡Nos vemos entonces!\n\nRuth Kessler\n\n\nOn Sat, Feb 28, 2026 at 9:15 AM, Alex Morgan <alex.morgan@gmail.com> wrote:\n\n> Hola Ruth:\n>\n> Gracias por responder. Podría pasarme el jueves a las 14:00 o el viernes a las 11:00.\n>\n> Un saludo,\n> Alex Morgan\n",
        id="es-delegado-de-clase",
        marks=xf("already so before: 'RE: Candidatura a delegado de clase' is a job thread"),
    ),
]


@pytest.mark.parametrize(("sender", "subject", "body"), D_NOJOB)
def test_a_reply_under_a_non_job_application_is_no_interview(
    sender: str, subject: str, body: str
) -> None:
    """A reply settling a time for a membership, an election or a lay office is no interview."""
    u = read(sender, subject, body)
    assert u.kind is not Kind.INTERVIEW, (u.kind, u.reasons)


D_JOB = [
    pytest.param(
        "Ruth Kessler <ruth.kessler@stlukes-care.example>",
        "Re: Application - Staff Nurse (Band 5)",
        "Hi Alex,\n\nThursday at 2pm works. See you then.\n\nBest,\nRuth Kessler\n\n\nOn Sat, Feb 28, 2026 at 9:15 AM, Alex Morgan <alex.morgan@gmail.com> wrote:\n\n> Hi Ruth,\n>\n> Thanks for getting back to me. I could come by on Thursday at 2pm or Friday at 11am.\n>\n> Best,\n> Alex\n",
        id="en-staff-nurse",
    ),
    pytest.param(
        "Ruth Kessler <ruth.kessler@klinikum-nord.example>",
        "AW: Bewerbung als Pflegefachkraft",
        "Hallo Herr Morgan,\n\nDonnerstag um 14 Uhr passt. Bis dann!\n\nRuth Kessler\n\n\nOn Sat, Feb 28, 2026 at 9:15 AM, Alex Morgan <alex.morgan@gmail.com> wrote:\n\n> Hallo Frau Kessler,\n>\n> vielen Dank für Ihre Rückmeldung. Ich könnte Donnerstag um 14 Uhr oder Freitag um 11 Uhr vorbeikommen.\n>\n> Viele Grüße\n> Alex Morgan\n",
        id="de-pflegefachkraft",
    ),
    pytest.param(
        "Ruth Kessler <ruth.kessler@maison-vernet.example>",
        "RE: Candidature boulanger",
        "Bonjour Alex,\n\nJeudi à 14h me convient. À jeudi !\n\nRuth Kessler\n\n\nOn Sat, Feb 28, 2026 at 9:15 AM, Alex Morgan <alex.morgan@gmail.com> wrote:\n\n> Bonjour Madame Kessler,\n>\n> Merci pour votre retour. Je pourrais passer jeudi à 14h ou vendredi à 11h.\n>\n> Bien cordialement,\n> Alex Morgan\n",
        id="fr-boulanger",
    ),
    pytest.param(
        "Ruth Kessler <ruth.kessler@clinicasur.example>",
        "RE: Candidatura: Auxiliar de enfermería",
        "Hola Alex:\n\nEl jueves a las 14:00 me va bien. ¡Nos vemos entonces!\n\nRuth Kessler\n\n\nOn Sat, Feb 28, 2026 at 9:15 AM, Alex Morgan <alex.morgan@gmail.com> wrote:\n\n> Hola Ruth:\n>\n> Gracias por responder. Podría pasarme el jueves a las 14:00 o el viernes a las 11:00.\n>\n> Un saludo,\n> Alex Morgan\n",
        id="es-auxiliar-enfermeria",
    ),
]


@pytest.mark.parametrize(("sender", "subject", "body"), D_JOB)
def test_a_reply_under_a_job_application_is_an_interview(
    sender: str, subject: str, body: str
) -> None:
    """A reply settling a time under a nurse's, a baker's or a care job's application is one."""
    u = read(sender, subject, body)
    assert u.kind is Kind.INTERVIEW, (u.kind, u.reasons)


# ------------------------------------------------------ E. the session's fixes

E_REJ = [
    pytest.param(
        "Jake Morris <jake.morris@brightpathrecruit.example>",
        "Re: Senior Analyst at Calder",
        "Hi Alex,\n\nI've just heard back on the Senior Analyst role. Unfortunately, the client has decided to pass.\n\nJake\n",
        id="en-the-client-passes",
    ),
    pytest.param(
        "Jake Morris <jake.morris@calderfinance.example>",
        "Your application for Senior Analyst",
        "Dear Alex,\n\nThank you for applying for the Senior Analyst role. After careful review, we are unable to invite you to the next stage on this occasion.\n\nKind regards,\nJake Morris\nTalent Acquisition\n",
        id="en-unable-next-stage",
    ),
    pytest.param(
        "Jake Morris <jake.morris@calderfinance.example>",
        "Your application for Senior Analyst",
        "Dear Alex,\n\nThank you for your interest in the Senior Analyst role. We will not be progressing your application, but please feel free to apply again before the end of the year when new roles open.\n\nKind regards,\nJake Morris\nTalent Acquisition\n",
        id="en-not-progressing-apply-again-before",
        marks=xf(
            "already so before: 'We will not be progressing your application, but please feel free to apply again before the end of the year' is no rejection ('before' within 60 characters)"
        ),
    ),
    pytest.param(
        "Jake Morris <jake.morris@calderfinance.example>",
        "Your application for Senior Analyst",
        "Dear Alex,\n\nThank you for applying for the Senior Analyst role. After careful review, we are unable to invite you to interview on this occasion.\n\nKind regards,\nJake Morris\nTalent Acquisition\n",
        id="en-unable-to-invite-you-to-interview",
    ),
    pytest.param(
        "Jake Morris <jake.morris@brightpathrecruit.example>",
        "Re: Senior Analyst at Calder",
        "Hi Alex,\n\nI've just heard back from Calder on the Senior Analyst role. Unfortunately, Calder have decided to pass. They went with someone with more treasury experience.\n\nJake\n",
        id="en-agency-calder-passes",
        marks=xf(
            "already so before: 'Unfortunately, Calder have decided to pass.' is no rejection (a company's name is not among the passing subjects)"
        ),
    ),
]


@pytest.mark.parametrize(("sender", "subject", "body"), E_REJ)
def test_a_plain_no_is_a_rejection(sender: str, subject: str, body: str) -> None:
    """A client's pass, "unable to invite you to ...", "not progressing" are rejections."""
    u = read(sender, subject, body)
    assert u.kind is Kind.REJECTION, (u.kind, u.reasons)


E_IV = [
    pytest.param(
        "Nora Feld <nora@northwindventures.example>",
        "Interview - Investment Associate",
        "Hi Alex,\n\nThanks for applying for the Investment Associate role. I'm pleased to confirm your interview with Ravi Menon, one of our partners, on Thursday, March 5 at 10:00 AM at our office.\n\nThe role supports our accelerator programme and the spring cohort of founders.\n\nBest,\nNora Feld\nTalent Partner\n",
        id="en-vc-associate-accelerator",
    ),
    pytest.param(
        "Nora Feld <nora@quillstack.example>",
        "Interview on Thursday",
        "Hi Alex,\n\nThanks for applying for the Backend Engineer role. I'm pleased to confirm your interview with Ravi Menon, our CTO, on Thursday, March 5 at 10:00 AM over Zoom.\n\nA bit of context: we came out of the Y Combinator W24 cohort and just closed our seed round.\n\nBest,\nNora Feld\nTalent Partner\n",
        id="en-startup-yc-cohort",
    ),
]


@pytest.mark.parametrize(("sender", "subject", "body"), E_IV)
def test_a_job_at_a_vc_firm_or_a_startup_with_a_cohort_is_an_interview(
    sender: str, subject: str, body: str
) -> None:
    """ "accelerator programme", "the W24 cohort" in a job interview leave it an interview."""
    u = read(sender, subject, body)
    assert u.kind is Kind.INTERVIEW, (u.kind, u.reasons)
    assert names(u) == ["Ravi Menon"], names(u)


E_NOT = [
    pytest.param(
        "Claire Roux <claire.roux@atelier-vernet.example>",
        "Votre entretien",
        "Bonjour Alex,\n\nJe vous confirme votre entretien avec Mme Sophie Garnier le jeudi 5 mars à 10h. Vous pouvez, si vous le souhaitez, venir avec votre job coach : vous serez alors accompagné de M. Paul Girard, qui attendra à l'accueil.\n\nBien cordialement,\nClaire Roux\n",
        "Paul Girard",
        id="fr-job-coach-accompagne-de",
    ),
]


@pytest.mark.parametrize(("sender", "subject", "body", "who"), E_NOT)
def test_a_companion_accompanying_the_user_is_no_interviewer(
    sender: str, subject: str, body: str, who: str
) -> None:
    """The user's job coach who comes along ("accompagné de") is no interviewer."""
    u = read(sender, subject, body)
    assert who not in names(u), names(u)
