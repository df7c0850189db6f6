"""Portuguese mail (Brazil and Portugal), recognised from the shipped lexicon files alone.

Every message here was written for these tests (invented companies and people) the way
recruiting mail in Brazil and Portugal usually reads: recruiters, applicant tracking systems,
agencies, calendar invitations, outcomes, and appointments that are not job interviews.
The Spanish probes at the end pin that Portuguese words (weekdays that are Spanish
ordinals, "marco", "às") leave Spanish mail as it was read before Portuguese was added.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from daemon.understand import Context, Kind, Understanding, load_lexicon, understand

from .messages import day_first_user, mail, names, vevent_calendar

SAO_PAULO = ZoneInfo("America/Sao_Paulo")
LISBON = ZoneInfo("Europe/Lisbon")
AZORES = ZoneInfo("Atlantic/Azores")
MADRID = ZoneInfo("Europe/Madrid")
BR_DATE = "Mon, 02 Mar 2026 09:15:00 -0300"
PT_DATE = "Mon, 02 Mar 2026 09:15:00 +0000"
MARIANA = "Mariana Costa <mariana.costa@gmail.com>"
JOAO = "João Ferreira <joao.ferreira@sapo.pt>"


def br_ctx() -> Context:
    """A job seeker in São Paulo."""
    return day_first_user("Mariana Costa", "mariana.costa@gmail.com", "America/Sao_Paulo")


def pt_ctx() -> Context:
    """A job seeker in Lisbon."""
    return day_first_user("João Ferreira", "joao.ferreira@sapo.pt", "Europe/Lisbon")


def br(sender: str, subject: str, body: str, **kw: object) -> Understanding:
    """What the classifier makes of a message to the São Paulo user."""
    raw = mail(sender=sender, to=MARIANA, subject=subject, body=body, date=BR_DATE, **kw)  # type: ignore[arg-type]
    return understand(raw, br_ctx())


def pt(sender: str, subject: str, body: str, **kw: object) -> Understanding:
    """What the classifier makes of a message to the Lisbon user."""
    date = str(kw.pop("date", PT_DATE))
    raw = mail(sender=sender, to=JOAO, subject=subject, body=body, date=date, **kw)  # type: ignore[arg-type]
    return understand(raw, pt_ctx())


def at(u: Understanding, when: dt.datetime) -> None:
    """Assert the message is an interview starting exactly at ``when`` (same instant and offset)."""
    assert u.kind is Kind.INTERVIEW, (u.kind, u.reasons)
    assert u.interview is not None
    assert u.interview.start == when, (u.interview.start, u.reasons)
    assert u.interview.start.utcoffset() == when.utcoffset()


class TestBrazilConfirmations:
    """Brazilian confirmations and invitations with an exact start."""

    def test_recruiter_confirms_with_brasilia_time(self) -> None:
        """A recruiter's "Confirmamos a sua entrevista ... às 14h30 (horário de Brasília)" is read exactly."""
        u = br(
            "Fernanda Lima <fernanda.lima@vetorial.com.br>",
            "Entrevista - Analista de Dados Pleno",
            "Olá, Mariana, tudo bem?\n\nObrigada pelo seu interesse na vaga de Analista de "
            "Dados Pleno na Vetorial. Confirmamos a sua entrevista para quarta-feira, 11 de "
            "março de 2026, às 14h30 (horário de Brasília), pelo Google Meet.\n\nVocê "
            "conversará com Ricardo Almeida, nosso gerente de dados.\n\nAbraços,\nFernanda "
            "Lima\nTalent Acquisition | Vetorial\n",
        )
        at(u, dt.datetime(2026, 3, 11, 14, 30, tzinfo=SAO_PAULO))
        assert u.interview is not None
        assert names(u) == ["Ricardo Almeida"]
        assert u.interview.role == "Analista de Dados Pleno"
        assert u.interview.company == "Vetorial"

    def test_tomorrow_is_read(self) -> None:
        """ "Sua entrevista está confirmada para amanhã às 10h" starts the next day at 10:00."""
        u = br(
            "Carlos Henrique <carlos.henrique@rhfacil.com.br>",
            "Entrevista amanhã",
            "Oi Mariana,\n\nConforme conversamos por telefone, sua entrevista para a vaga de "
            "Assistente Administrativo está confirmada para amanhã às 10h, em nosso "
            "escritório na Av. Paulista, 1000.\n\nAbs,\nCarlos Henrique\nRecrutamento e "
            "Seleção | RH Fácil\n",
        )
        at(u, dt.datetime(2026, 3, 3, 10, 0, tzinfo=SAO_PAULO))

    def test_numeric_date_day_first(self) -> None:
        """A day-first numeric date "10/03/2026 às 9:00" is the tenth of March."""
        u = br(
            "Carlos Henrique <carlos.henrique@rhfacil.com.br>",
            "Agendamento de entrevista",
            "Bom dia, Mariana!\n\nSua entrevista está marcada para o dia 10/03/2026 às 9:00, "
            "com a gestora da área, Patrícia Souza.\n\nQualquer dúvida, estou à disposição."
            "\n\nAtenciosamente,\nCarlos Henrique\n",
        )
        at(u, dt.datetime(2026, 3, 10, 9, 0, tzinfo=SAO_PAULO))

    def test_range_of_hours(self) -> None:
        """ "das 15h às 16h" on a named day starts at 15:00 and ends at 16:00."""
        u = br(
            "Juliana Prado <juliana.prado@nuvemtech.com.br>",
            "Entrevista técnica - Desenvolvedora Back-end",
            "Oi, Mariana!\n\nSua entrevista técnica fica agendada para quinta-feira, 12 de "
            "março, das 15h às 16h, pelo Microsoft Teams. O link segue no convite.\n\n"
            "Até lá!\nJuliana Prado\nTech Recruiter | NuvemTech\n",
        )
        at(u, dt.datetime(2026, 3, 12, 15, 0, tzinfo=SAO_PAULO))
        assert u.interview is not None
        assert u.interview.end == dt.datetime(2026, 3, 12, 16, 0, tzinfo=SAO_PAULO)

    def test_abbreviated_weekday_with_ordinal(self) -> None:
        """ "2ª feira, 9 de março, às 11h" is Monday the ninth at 11:00."""
        u = br(
            "Renata Alves <renata@alvesconsultoria.com.br>",
            "Convite para entrevista",
            "Prezada Mariana,\n\nTemos o prazer de convidá-la para uma entrevista presencial "
            "referente à vaga de Analista Financeiro, na 2ª feira, 9 de março, às 11h.\n\n"
            "Endereço: Rua da Consolação, 250 - 5º andar.\n\nAtenciosamente,\nRenata Alves\n"
            "Consultora de Recrutamento\n",
        )
        at(u, dt.datetime(2026, 3, 9, 11, 0, tzinfo=SAO_PAULO))

    def test_day_article_and_weekday(self) -> None:
        """ "sexta-feira, dia 13 de março, às 10h30" is read with its day article."""
        u = br(
            "Thiago Moreira <thiago.moreira@farolbank.com.br>",
            "Próxima etapa: entrevista com o gestor",
            "Olá Mariana,\n\nParabéns por avançar no processo seletivo! A entrevista com o "
            "gestor será na sexta-feira, dia 13 de março, às 10h30, por videochamada.\n\n"
            "Abraço,\nThiago Moreira\nTalent Acquisition\n",
        )
        at(u, dt.datetime(2026, 3, 13, 10, 30, tzinfo=SAO_PAULO))

    def test_noon(self) -> None:
        """An interview "ao meio-dia" of a dated day starts at 12:00."""
        u = br(
            "Larissa Campos <larissa.campos@verdeagro.com.br>",
            "Entrevista de emprego - Verde Agro",
            "Olá, Mariana.\n\nSua entrevista de emprego fica confirmada para terça-feira, 17 de "
            "março, ao meio-dia, na nossa sede em Campinas.\n\nAtt,\nLarissa Campos\nRecursos "
            "Humanos - Verde Agro\n",
        )
        at(u, dt.datetime(2026, 3, 17, 12, 0, tzinfo=SAO_PAULO))

    def test_interviewers_named_after_conducted_by(self) -> None:
        """ "A entrevista será conduzida por X e Y" names both interviewers."""
        u = br(
            "Gabriela Rocha <gabriela.rocha@solaris.com.br>",
            "Confirmação de entrevista",
            "Olá Mariana,\n\nConfirmamos sua entrevista no dia 16/03/2026 às 16h. A entrevista "
            "será conduzida por Paulo Mendes e Beatriz Nunes, do time de Produto.\n\n"
            "Atenciosamente,\nGabriela Rocha\nAnalista de Recrutamento\n",
        )
        at(u, dt.datetime(2026, 3, 16, 16, 0, tzinfo=SAO_PAULO))
        assert sorted(names(u)) == ["Beatriz Nunes", "Paulo Mendes"]

    def test_participants_and_the_writer(self) -> None:
        """ "Participarão Carla Dias e eu" names the colleague and the writer."""
        u = br(
            "Rafael Teixeira <rafael.teixeira@orbitall.com.br>",
            "Entrevista - Engenheira de Dados",
            "Oi Mariana,\n\nFicou agendada nossa entrevista para quarta-feira, 18 de março, "
            "às 9h30. Participarão Carla Dias e eu.\n\nAté breve,\nRafael Teixeira\n"
            "Head de Dados | Orbitall\n",
        )
        at(u, dt.datetime(2026, 3, 18, 9, 30, tzinfo=SAO_PAULO))
        assert "Carla Dias" in names(u)

    def test_chat_about_the_vacancy(self) -> None:
        """A "bate-papo sobre a vaga" with a time is an interview."""
        u = br(
            "Bruno Carvalho <bruno@lumenstudio.com.br>",
            "Bate-papo sobre a vaga de Product Designer",
            "Oi Mariana, tudo certo?\n\nAdorei seu portfólio! Marquei nosso bate-papo sobre a "
            "vaga de Product Designer para quinta-feira, 19 de março, às 17h, pelo Google "
            "Meet.\n\nAbs,\nBruno Carvalho\nFundador - Lumen Studio\n",
        )
        at(u, dt.datetime(2026, 3, 19, 17, 0, tzinfo=SAO_PAULO))

    def test_agency_for_its_client(self) -> None:
        """A consultancy confirming an interview with "nosso cliente" is an interview."""
        u = br(
            "Vanessa Duarte <vanessa.duarte@talentobr.com.br>",
            "Entrevista confirmada - Coordenadora de Logística",
            "Olá Mariana,\n\nBoa notícia: nosso cliente gostou muito do seu perfil e confirmou "
            "a entrevista para segunda-feira, 23 de março, às 8h30, na unidade de Barueri.\n\n"
            "Qualquer imprevisto, me avise.\n\nVanessa Duarte\nHeadhunter | TalentoBR\n",
        )
        at(u, dt.datetime(2026, 3, 23, 8, 30, tzinfo=SAO_PAULO))

    def test_ats_html_with_fields(self) -> None:
        """An ATS message in HTML with "Data:" and "Horário:" lines is an interview at that time."""
        text = (
            "Olá, Mariana!\n\nVocê foi convidada para a etapa de entrevista do processo "
            "seletivo Vendedora Interna - Casa Aurora.\n\nData: 18/03/2026\nHorário: 16h00\n"
            "Local: online (o link será enviado por e-mail)\n\nBoa sorte!\nEquipe Casa Aurora\n"
        )
        html = (
            "<html><body><p>Olá, <b>Mariana</b>!</p><p>Você foi convidada para a etapa de "
            "entrevista do processo seletivo <b>Vendedora Interna - Casa Aurora</b>.</p>"
            "<p>Data: 18/03/2026<br>Horário: 16h00<br>Local: online (o link será enviado por "
            "e-mail)</p><p>Boa sorte!<br>Equipe Casa Aurora</p></body></html>"
        )
        u = br(
            "Casa Aurora <casaaurora@mail.gupy.io>",
            "Convite para entrevista - Casa Aurora",
            text,
            html=html,
        )
        at(u, dt.datetime(2026, 3, 18, 16, 0, tzinfo=SAO_PAULO))

    def test_google_calendar_invitation(self) -> None:
        """A Google Agenda invitation in Portuguese with its calendar part is an interview."""
        ics = vevent_calendar(
            summary="Entrevista - Mariana Costa / Vetorial",
            start="20260311T143000",
            end="20260311T153000",
            tzid="America/Sao_Paulo",
            organizer="mailto:fernanda.lima@vetorial.com.br",
            organizer_cn="Fernanda Lima",
            attendees=(("Ricardo Almeida", "ricardo.almeida@vetorial.com.br"),),
            description="Entrevista para a vaga de Analista de Dados Pleno.",
        )
        u = br(
            "Fernanda Lima <fernanda.lima@vetorial.com.br>",
            "Convite: Entrevista - Mariana Costa / Vetorial @ qua., 11 de mar. de 2026 "
            "14:30 - 15:30 (BRT) (mariana.costa@gmail.com)",
            "Entrevista - Mariana Costa / Vetorial\nQuarta-feira, 11 de março de 2026 · "
            "14:30 até 15:30\nFuso horário: Horário Padrão de Brasília - São Paulo\n"
            "Participar com o Google Meet: https://meet.google.com/abc-defg-hij\n\n"
            "Participantes\nFernanda Lima - organizador\nRicardo Almeida\nMariana Costa\n\n"
            "Convite do Google Agenda\nVocê está recebendo este e-mail porque é um convidado "
            "deste evento.\n",
            ics=ics,
        )
        at(u, dt.datetime(2026, 3, 11, 14, 30, tzinfo=SAO_PAULO))

    def test_reply_in_thread(self) -> None:
        """A short "Perfeito, fica confirmado" reply above the quoted proposal is an interview."""
        u = br(
            "Fernanda Lima <fernanda.lima@vetorial.com.br>",
            "RES: Entrevista - Analista de Dados Pleno",
            "Perfeito, Mariana! Fica confirmada a entrevista na quarta-feira, 11 de março, às "
            "14h30.\n\nAbraços,\nFernanda\n\nEm sex., 27 de fev. de 2026 às 17:02, Mariana "
            "Costa <mariana.costa@gmail.com> escreveu:\n> Olá Fernanda, quarta-feira às 14h30 "
            "fica ótimo para mim.\n> Obrigada!\n",
        )
        at(u, dt.datetime(2026, 3, 11, 14, 30, tzinfo=SAO_PAULO))

    def test_title_before_name_and_role_end(self) -> None:
        """ "com a Dra. Helena Barros" names her without the title; the role stops at the verb."""
        u = br(
            "Carlos Henrique <carlos.henrique@hospitalvida.com.br>",
            "Entrevista - Enfermeira",
            "Olá Mariana,\n\nSua entrevista para a vaga de Enfermeira está marcada para "
            "quinta-feira, 12/03, às 10h, com a Dra. Helena Barros, coordenadora de "
            "enfermagem.\n\nCarlos Henrique\nRecrutamento e Seleção\n",
        )
        at(u, dt.datetime(2026, 3, 12, 10, 0, tzinfo=SAO_PAULO))
        assert names(u) == ["Helena Barros"]
        assert u.interview is not None
        assert u.interview.role == "Enfermeira"

    def test_colleague_and_i_conduct(self) -> None:
        """ "Ana Souza e eu conduziremos a conversa" names the colleague and the writer."""
        u = br(
            "Carlos Henrique <carlos.henrique@rhfacil.com.br>",
            "Entrevista - Analista de BI",
            "Olá Mariana,\n\nSua entrevista para a vaga de Analista de BI está marcada para "
            "quinta-feira, 12/03, às 10h. Ana Souza e eu conduziremos a conversa.\n\n"
            "Carlos Henrique\nRecrutamento\n",
        )
        at(u, dt.datetime(2026, 3, 12, 10, 0, tzinfo=SAO_PAULO))
        assert sorted(names(u)) == ["Ana Souza", "Carlos Henrique"]

    def test_quoted_printable_outlook_message(self) -> None:
        """A quoted-printable Outlook message with accents is decoded and read exactly."""
        raw = (
            b"From: =?utf-8?q?Jo=C3=A3o_Batista?= <joao.batista@ceuazul.com.br>\r\n"
            b"To: Mariana Costa <mariana.costa@gmail.com>\r\n"
            b"Subject: =?utf-8?q?Confirma=C3=A7=C3=A3o_de_entrevista?=\r\n"
            b"Date: Mon, 02 Mar 2026 09:15:00 -0300\r\n"
            b"Message-ID: <pt-qp-1@ceuazul.com.br>\r\n"
            b"MIME-Version: 1.0\r\n"
            b"Content-Type: text/plain; charset=utf-8\r\n"
            b"Content-Transfer-Encoding: quoted-printable\r\n\r\n"
            b"Bom dia, Mariana.\r\n\r\n"
            b"Conforme combinado, sua entrevista para a vaga de Analista de Log=C3=ADstica =\r\n"
            b"est=C3=A1 confirmada para ter=C3=A7a-feira, 10 de mar=C3=A7o, =C3=A0s 8h30, =\r\n"
            b"na unidade de Guarulhos.\r\n\r\n"
            b"Atenciosamente,\r\nJo=C3=A3o Batista\r\nAnalista de Recursos Humanos\r\n"
        )
        u = understand(raw, br_ctx())
        at(u, dt.datetime(2026, 3, 10, 8, 30, tzinfo=SAO_PAULO))

    def test_our_cto_named_after_the_title(self) -> None:
        """ "com o nosso CTO, Pedro Lima" names the CTO."""
        u = br(
            "Carlos Henrique <carlos.henrique@rhfacil.com.br>",
            "Entrevista - Analista",
            "Olá Mariana,\n\nSua entrevista para a vaga de Analista está confirmada para "
            "quinta-feira, 12/03, às 10h, com o nosso CTO, Pedro Lima.\n\nCarlos\n"
            "Recrutamento\n",
        )
        at(u, dt.datetime(2026, 3, 12, 10, 0, tzinfo=SAO_PAULO))
        assert names(u) == ["Pedro Lima"]

    def test_ats_reminder(self) -> None:
        """An ATS reminder "sua entrevista ... será amanhã, 03/03, às 14h30" is an interview."""
        u = br(
            "Vetorial <naoresponda@gupy.io>",
            "Lembrete: sua entrevista é amanhã",
            "Olá, Mariana!\n\nLembrete: sua entrevista para a vaga Analista de Dados Pleno "
            "será amanhã, 03/03, às 14h30, pelo Google Meet.\n\nEquipe Vetorial\n",
        )
        at(u, dt.datetime(2026, 3, 3, 14, 30, tzinfo=SAO_PAULO))


class TestPortugalConfirmations:
    """European Portuguese confirmations and invitations with an exact start."""

    def test_invitation_with_pelas(self) -> None:
        """ "no dia 12 de março, pelas 10h00" is 10:00 Lisbon time (winter, UTC+0)."""
        u = pt(
            "Inês Martins <ines.martins@atlantico-soft.pt>",
            "Convite para entrevista",
            "Caro João,\n\nNa sequência da sua candidatura à vaga de Engenheiro de Software, "
            "temos o prazer de o convidar para uma entrevista presencial no dia 12 de março, "
            "pelas 10h00, nos nossos escritórios em Lisboa.\n\nA entrevista será conduzida "
            "pela Eng.ª Sofia Rodrigues.\n\nCom os melhores cumprimentos,\nInês Martins\n"
            "Recursos Humanos\n",
        )
        at(u, dt.datetime(2026, 3, 12, 10, 0, tzinfo=LISBON))
        assert names(u) == ["Sofia Rodrigues"]
        assert u.interview is not None
        assert u.interview.role == "Engenheiro de Software"

    def test_summer_time_with_hora_de_lisboa(self) -> None:
        """ "às 15h00 (hora de Lisboa)" in April is UTC+1."""
        u = pt(
            "Tiago Sousa <tiago.sousa@marebyte.pt>",
            "Entrevista - Analista de Sistemas",
            "Olá João,\n\nConfirmamos a sua entrevista para quinta-feira, 16 de abril, às "
            "15h00 (hora de Lisboa), por Microsoft Teams.\n\nCumprimentos,\nTiago Sousa\n"
            "Equipa de Recrutamento da MareByte\n",
            date="Wed, 08 Apr 2026 11:00:00 +0100",
        )
        at(u, dt.datetime(2026, 4, 16, 15, 0, tzinfo=LISBON))
        assert u.interview is not None
        assert u.interview.start.utcoffset() == dt.timedelta(hours=1)

    def test_fica_marcada(self) -> None:
        """ "Fica então marcada a entrevista para terça-feira, 17 de março, às 9h30" is read."""
        u = pt(
            "Marta Gonçalves <marta.goncalves@douroenergia.pt>",
            "RE: Disponibilidade para entrevista",
            "Bom dia João,\n\nFica então marcada a sua entrevista para terça-feira, 17 de março, "
            "às 9h30, na nossa sede no Porto (Rua de Santa Catarina, 120).\n\nPeço-lhe que "
            "traga o cartão de cidadão.\n\nCumprimentos,\nMarta Gonçalves\nGestora de Recursos "
            "Humanos\n",
        )
        at(u, dt.datetime(2026, 3, 17, 9, 30, tzinfo=LISBON))

    def test_azores_time(self) -> None:
        """ "às 11h (hora dos Açores)" is read in the Azores' zone."""
        u = pt(
            "Rui Medeiros <rui.medeiros@ilhaverde.pt>",
            "Entrevista por videochamada",
            "Caro João,\n\nA sua entrevista por videochamada para a vaga de Técnico de "
            "Ambiente está confirmada para segunda-feira, 16 de março, às 11h (hora dos "
            "Açores).\n\nCom os melhores cumprimentos,\nRui Medeiros\n",
        )
        at(u, dt.datetime(2026, 3, 16, 11, 0, tzinfo=AZORES))

    def test_brasilia_time_for_lisbon_user(self) -> None:
        """A Brazilian company's "14h (horário de Brasília)" keeps its own zone for a Lisbon user."""
        u = pt(
            "Fernanda Lima <fernanda.lima@vetorial.com.br>",
            "Entrevista remota - Vetorial",
            "Olá João,\n\nConfirmamos sua entrevista remota para a vaga de Engenheiro de Dados "
            "na quarta-feira, 11 de março, às 14h (horário de Brasília).\n\nAbraços,\n"
            "Fernanda Lima\nTalent Acquisition\n",
        )
        at(u, dt.datetime(2026, 3, 11, 14, 0, tzinfo=SAO_PAULO))

    def test_public_sector_summons(self) -> None:
        """A public body's convocation for an "entrevista profissional de seleção" is an interview."""
        u = pt(
            "Câmara Municipal de Setúbal <recrutamento@cm-setubal.example.pt>",
            "Procedimento concursal - convocatória para entrevista",
            "Exmo. Senhor João Ferreira,\n\nNo âmbito do procedimento concursal para "
            "Técnico Superior (Engenharia Civil), fica V. Ex.ª convocado para a entrevista "
            "profissional de seleção, que terá lugar no dia 25 de março de 2026, pelas "
            "14h30, no Edifício dos Paços do Concelho.\n\nCom os melhores cumprimentos,\n"
            "O Júri do Procedimento\n",
        )
        at(u, dt.datetime(2026, 3, 25, 14, 30, tzinfo=LISBON))

    def test_outlook_invitation_text(self) -> None:
        """An Outlook invitation's "Quando:" line in Portuguese gives the start."""
        u = pt(
            "Sara Lopes <sara.lopes@tejoconsulting.pt>",
            "Entrevista: João Ferreira - Consultor Júnior",
            "Quando: sexta-feira, 20 de março de 2026 10:00-11:00 (UTC+00:00) Dublin, "
            "Edimburgo, Lisboa, Londres.\nOnde: Microsoft Teams\n\nOlá João,\n\nSegue o "
            "convite para a sua entrevista para a posição de Consultor Júnior.\n\n"
            "Cumprimentos,\nSara Lopes\nTalent Acquisition | Tejo Consulting\n",
        )
        at(u, dt.datetime(2026, 3, 20, 10, 0, tzinfo=LISBON))

    def test_panel_with_articles_and_titles(self) -> None:
        """ "Estarão presentes o Dr. Nuno Cardoso e a Dra. Rita Moura" names both, untitled."""
        u = pt(
            "Carla Pinto <carla.pinto@lusologistica.pt>",
            "Entrevista - Controller Financeiro",
            "Caro João,\n\nConfirmamos a sua entrevista para dia 12 de março, pelas 10h. "
            "Estarão presentes o Dr. Nuno Cardoso, Diretor Financeiro, e a Dra. Rita Moura."
            "\n\nCumprimentos,\nCarla Pinto\nRecursos Humanos\n",
        )
        at(u, dt.datetime(2026, 3, 12, 10, 0, tzinfo=LISBON))
        assert sorted(names(u)) == ["Nuno Cardoso", "Rita Moura"]


class TestChanges:
    """Cancellations and new times."""

    def test_br_cancellation(self) -> None:
        """ "Precisamos cancelar a sua entrevista" is a cancellation."""
        u = br(
            "Juliana Prado <juliana.prado@nuvemtech.com.br>",
            "Cancelamento da entrevista",
            "Oi Mariana,\n\nInfelizmente precisamos cancelar a sua entrevista de quinta-feira, "
            "12 de março, às 15h, pois o gestor da vaga teve um imprevisto. Entrarei em contato "
            "para combinarmos uma nova data.\n\nDesculpe o transtorno,\nJuliana Prado\n",
        )
        assert u.kind is Kind.INTERVIEW_CANCELLED, u.reasons

    def test_pt_desmarcada(self) -> None:
        """An interview that "foi desmarcada" is a cancellation."""
        u = pt(
            "Inês Martins <ines.martins@atlantico-soft.pt>",
            "Entrevista desmarcada",
            "Caro João,\n\nLamentamos informar que a sua entrevista de dia 12 de março, pelas "
            "10h00, foi desmarcada por motivos de agenda da equipa. Entraremos em contacto "
            "brevemente.\n\nCumprimentos,\nInês Martins\n",
        )
        assert u.kind is Kind.INTERVIEW_CANCELLED, u.reasons

    def test_br_rescheduled(self) -> None:
        """An interview "remarcada para" a new day starts at the new time."""
        u = br(
            "Gabriela Rocha <gabriela.rocha@solaris.com.br>",
            "Entrevista remarcada",
            "Olá Mariana,\n\nPrecisamos remarcar sua entrevista. Ela foi remarcada para "
            "sexta-feira, 20 de março, às 11h, no mesmo link do Google Meet.\n\n"
            "Atenciosamente,\nGabriela Rocha\nAnalista de Recrutamento\n",
        )
        at(u, dt.datetime(2026, 3, 20, 11, 0, tzinfo=SAO_PAULO))

    def test_pt_adiada(self) -> None:
        """A pt-PT interview "adiada para" a new day starts at the new time."""
        u = pt(
            "Tiago Sousa <tiago.sousa@marebyte.pt>",
            "Alteração da data da entrevista",
            "Olá João,\n\nA sua entrevista, prevista para dia 10 de março, foi adiada para "
            "quarta-feira, 18 de março, às 14h00, à mesma hora não nos era possível.\n\n"
            "Cumprimentos,\nTiago Sousa\nEquipa de Recrutamento da MareByte\n",
        )
        at(u, dt.datetime(2026, 3, 18, 14, 0, tzinfo=LISBON))

    def test_pt_cannot_hold_it(self) -> None:
        """ "não poderemos realizar a entrevista" is a cancellation."""
        u = pt(
            "Carla Pinto <carla.pinto@lusologistica.pt>",
            "Entrevista de amanhã",
            "Caro João,\n\nPor motivos imprevistos, não poderemos realizar a entrevista "
            "agendada para amanhã, pelas 10h. Voltaremos a contactá-lo para marcar nova data."
            "\n\nCumprimentos,\nCarla Pinto\nRecursos Humanos\n",
        )
        assert u.kind is Kind.INTERVIEW_CANCELLED, u.reasons

    def test_br_reagendada(self) -> None:
        """ "foi reagendada para" gives the new start and marks the move."""
        u = br(
            "Carlos Henrique <carlos.henrique@rhfacil.com.br>",
            "Nova data para sua entrevista",
            "Oi Mariana,\n\nSua entrevista para a vaga de Analista, que estava marcada para "
            "terça-feira, 10/03, às 14h, foi reagendada para quinta-feira, 12/03, às 16h.\n\n"
            "Abs,\nCarlos\nRecrutamento\n",
        )
        at(u, dt.datetime(2026, 3, 12, 16, 0, tzinfo=SAO_PAULO))
        assert u.interview is not None
        assert u.interview.rescheduled

    def test_frozen_vacancy_calls_the_interview_off(self) -> None:
        """A frozen vacancy whose interview "não acontecerá" is a cancellation."""
        u = br(
            "Carlos Henrique <carlos.henrique@rhfacil.com.br>",
            "Sua entrevista de quinta-feira",
            "Olá Mariana,\n\nInfelizmente a vaga de Analista foi congelada e o processo "
            "seletivo está suspenso. Por isso, sua entrevista de quinta-feira, 12/03, às 10h, "
            "não acontecerá.\n\nCarlos\nRecrutamento\n",
        )
        assert u.kind is Kind.INTERVIEW_CANCELLED, u.reasons

    def test_agreed_in_reply(self) -> None:
        """ "Fica combinado então: quinta-feira, 12/03, às 10h" in a reply is an interview."""
        u = br(
            "Carlos Henrique <carlos.henrique@rhfacil.com.br>",
            "RES: Entrevista - vaga de Analista",
            "Oi Mariana,\n\nFica combinado então: quinta-feira, 12/03, às 10h, aqui no "
            "escritório.\n\nAbs,\nCarlos\nRecrutamento\n",
        )
        at(u, dt.datetime(2026, 3, 12, 10, 0, tzinfo=SAO_PAULO))


class TestSchedulingRequests:
    """Asked to pick a time; nothing is booked yet."""

    def test_informe_disponibilidade(self) -> None:
        """ "Poderia me informar sua disponibilidade" for an interview is a scheduling request."""
        u = br(
            "Thiago Moreira <thiago.moreira@farolbank.com.br>",
            "Processo seletivo - próxima etapa",
            "Olá Mariana,\n\nGostaríamos de convidá-la para uma entrevista com a nossa gestora "
            "de Produto. Poderia me informar sua disponibilidade para a próxima semana?\n\n"
            "Abraço,\nThiago Moreira\nTalent Acquisition\n",
        )
        assert u.kind is Kind.SCHEDULING_REQUEST, u.reasons

    def test_escolha_um_horario(self) -> None:
        """An ATS asking to "escolha um horário" through a link is a scheduling request."""
        u = br(
            "Orbitall Carreiras <carreiras@orbitall.com.br>",
            "Agende sua entrevista - Engenheira de Dados",
            "Olá Mariana!\n\nVocê avançou para a etapa de entrevista do nosso processo "
            "seletivo. Escolha um horário na agenda do recrutador pelo link abaixo:\n"
            "https://agenda.orbitall.com.br/entrevista/xyz\n\nEquipe de Recrutamento da "
            "Orbitall\n",
        )
        assert u.kind is Kind.SCHEDULING_REQUEST, u.reasons

    def test_pt_indique_disponibilidade(self) -> None:
        """ "Indique-nos a sua disponibilidade" for an interview is a scheduling request."""
        u = pt(
            "Marta Gonçalves <marta.goncalves@douroenergia.pt>",
            "Candidatura - Técnico de Manutenção",
            "Bom dia João,\n\nAgradecemos a sua candidatura. Gostaríamos de o convidar para uma "
            "entrevista. Indique-nos, por favor, a sua disponibilidade para os próximos dias."
            "\n\nCumprimentos,\nMarta Gonçalves\nRecursos Humanos\n",
        )
        assert u.kind is Kind.SCHEDULING_REQUEST, u.reasons

    def test_choose_among_options(self) -> None:
        """Listed slots with "Qual destas opções fica melhor" is a scheduling request."""
        u = br(
            "Carlos Henrique <carlos.henrique@rhfacil.com.br>",
            "Entrevista - vaga de Analista",
            "Oi Mariana,\n\nPara a entrevista da vaga de Analista, tenho os seguintes "
            "horários:\n- terça-feira, 10/03, às 10h\n- quarta-feira, 11/03, às 15h\n\n"
            "Qual destas opções fica melhor para você?\n\nCarlos\n",
        )
        assert u.kind is Kind.SCHEDULING_REQUEST, u.reasons

    def test_best_day_question(self) -> None:
        """ "Qual o melhor dia e horário para você" is a scheduling request."""
        u = br(
            "Carlos Henrique <carlos.henrique@rhfacil.com.br>",
            "Entrevista - vaga de Analista",
            "Oi Mariana,\n\nGostaríamos de marcar uma entrevista com você para a vaga de "
            "Analista. Qual o melhor dia e horário para você na próxima semana?\n\nCarlos\n",
        )
        assert u.kind is Kind.SCHEDULING_REQUEST, u.reasons


class TestOutcomes:
    """Rejections and offers."""

    def test_br_other_candidates(self) -> None:
        """ "Optamos por seguir com outros candidatos" is a rejection."""
        u = br(
            "Vetorial Recrutamento <recrutamento@vetorial.com.br>",
            "Retorno sobre o processo seletivo",
            "Olá Mariana,\n\nAgradecemos sua participação no processo seletivo para a vaga de "
            "Analista de Dados Pleno. Após análise cuidadosa, optamos por seguir com outros "
            "candidatos cujo perfil está mais alinhado à vaga neste momento.\n\nDesejamos "
            "sucesso em sua carreira.\n\nEquipe de Recrutamento da Vetorial\n",
        )
        assert u.kind is Kind.REJECTION, u.reasons

    def test_pt_no_follow_up(self) -> None:
        """ "não iremos dar seguimento à sua candidatura" is a rejection."""
        u = pt(
            "Recrutamento Atlântico <recrutamento@atlantico-soft.pt>",
            "A sua candidatura",
            "Caro João,\n\nAgradecemos o seu interesse e o tempo dedicado às entrevistas. "
            "Lamentamos informar que, nesta fase, não iremos dar seguimento à sua candidatura."
            "\n\nDesejamos-lhe as maiores felicidades profissionais.\n\nEquipa de Recursos "
            "Humanos\n",
        )
        assert u.kind is Kind.REJECTION, u.reasons

    def test_ats_not_continuing(self) -> None:
        """An ATS's "não seguiremos com a sua candidatura" is a rejection."""
        u = br(
            "Casa Aurora <casaaurora@mail.gupy.io>",
            "Atualização sobre sua candidatura - Casa Aurora",
            "Olá, Mariana!\n\nAgradecemos muito o seu interesse em fazer parte do time Casa "
            "Aurora. Infelizmente, neste momento, não seguiremos com a sua candidatura para a "
            "vaga Vendedora Interna.\n\nSeu currículo continuará em nosso banco de talentos."
            "\n\nEquipe Casa Aurora\n",
        )
        assert u.kind is Kind.REJECTION, u.reasons

    def test_br_offer_letter(self) -> None:
        """A "carta-oferta" after the interviews is an offer."""
        u = br(
            "Thiago Moreira <thiago.moreira@farolbank.com.br>",
            "Proposta de trabalho - Farol Bank",
            "Olá Mariana,\n\nÉ com muita alegria que informamos que você foi aprovada para a "
            "vaga de Analista de Produto! Segue em anexo a carta-oferta com salário e "
            "benefícios.\n\nAbraço,\nThiago Moreira\n",
        )
        assert u.kind is Kind.OFFER, u.reasons

    def test_pt_proposal(self) -> None:
        """ "temos o prazer de lhe apresentar a nossa proposta" is an offer."""
        u = pt(
            "Tiago Sousa <tiago.sousa@marebyte.pt>",
            "Proposta - Analista de Sistemas",
            "Olá João,\n\nNa sequência das entrevistas, temos o prazer de lhe apresentar a "
            "nossa proposta para a função de Analista de Sistemas. Em anexo segue a proposta "
            "contratual com as condições.\n\nCumprimentos,\nTiago Sousa\n",
        )
        assert u.kind is Kind.OFFER, u.reasons

    def test_pt_offered_the_position(self) -> None:
        """ "Temos o prazer de lhe oferecer a posição" is an offer."""
        u = pt(
            "Carla Pinto <carla.pinto@lusologistica.pt>",
            "Proposta",
            "Caro João,\n\nTemos o prazer de lhe oferecer a posição de Analista Júnior na "
            "Luso Logística. Envio em anexo a proposta de contratação.\n\nCumprimentos,\n"
            "Carla Pinto\n",
        )
        assert u.kind is Kind.OFFER, u.reasons

    def test_pt_other_candidates(self) -> None:
        """ "optámos por prosseguir com outros candidatos" is a rejection."""
        u = pt(
            "Recursos Humanos <rh@douroenergia.pt>",
            "Candidatura - Técnico de Manutenção",
            "Caro João,\n\nApós a fase de entrevistas, optámos por prosseguir com outros "
            "candidatos cujo perfil se adequa mais às necessidades da função.\n\n"
            "Cumprimentos,\nRecursos Humanos\n",
        )
        assert u.kind is Kind.REJECTION, u.reasons

    def test_decided_not_to_go_on(self) -> None:
        """ "Decidimos não avançar com a sua candidatura" is a rejection."""
        u = br(
            "Carlos Henrique <carlos.henrique@rhfacil.com.br>",
            "Sua candidatura",
            "Olá Mariana,\n\nAgradecemos o seu tempo nas entrevistas. Decidimos não avançar "
            "com a sua candidatura para a vaga de Analista.\n\nCarlos\nRecrutamento\n",
        )
        assert u.kind is Kind.REJECTION, u.reasons


class TestAutomatic:
    """Auto-replies and bulk mail."""

    def test_br_auto_reply(self) -> None:
        """A "Resposta automática" out-of-office note is an auto-reply."""
        u = br(
            "Fernanda Lima <fernanda.lima@vetorial.com.br>",
            "Resposta automática: Entrevista - Analista de Dados Pleno",
            "Olá! Estou de férias até 16/03 com acesso limitado ao e-mail. Para assuntos de "
            "recrutamento, fale com recrutamento@vetorial.com.br.\n\nFernanda Lima\n",
            headers={"Auto-Submitted": "auto-replied"},
        )
        assert u.kind is Kind.AUTO_REPLY, u.reasons

    def test_pt_out_of_office_without_headers(self) -> None:
        """ "Ausente do escritório" with "estou fora do escritório" is an auto-reply."""
        u = pt(
            "Inês Martins <ines.martins@atlantico-soft.pt>",
            "Ausente do escritório: Convite para entrevista",
            "Obrigada pela sua mensagem. Estou fora do escritório até dia 20 de março, sem "
            "acesso ao e-mail. Responderei assim que regressar.\n\nInês Martins\n",
        )
        assert u.kind is Kind.AUTO_REPLY, u.reasons

    def test_job_alert(self) -> None:
        """A job board's "vagas para você" alert is bulk."""
        u = br(
            "Alerta de Vagas <alertas@empregosja.example.com.br>",
            "10 novas vagas para você",
            "Olá Mariana,\n\nEncontramos novas vagas que combinam com o seu perfil: Analista de "
            "Dados (São Paulo), Cientista de Dados (remoto). Veja também: como se preparar "
            "para a entrevista de emprego.\n\nPara cancelar o recebimento destes alertas, "
            "clique aqui.\n",
            headers={"List-Unsubscribe": "<https://empregosja.example.com.br/sair>"},
        )
        assert u.kind is Kind.BULK, u.reasons

    def test_interview_tips_newsletter(self) -> None:
        """A newsletter with tips for the interview is bulk, not an interview."""
        u = br(
            "Carreira em Foco <newsletter@carreiraemfoco.example.com.br>",
            "7 dicas para sua entrevista de emprego",
            "Oi Mariana!\n\nNesta edição: 7 dicas para mandar bem na entrevista, e o nosso "
            "webinário ao vivo na quinta-feira, 12 de março, às 19h.\n\nDescadastrar: "
            "https://carreiraemfoco.example.com.br/descadastrar\n",
        )
        assert u.kind is Kind.BULK, u.reasons

    def test_pt_webinar(self) -> None:
        """A careers portal's webinar invitation with "cancelar a subscrição" is bulk."""
        u = pt(
            "Portal Emprego <noticias@portalemprego.example.pt>",
            "Webinário: prepare a sua próxima entrevista",
            "Olá João,\n\nInscreva-se já no nosso webinário gratuito sobre entrevistas de "
            "emprego, na terça-feira, 17 de março, às 18h00.\n\nSe não pretende receber estas "
            "mensagens, pode cancelar a subscrição aqui.\n",
        )
        assert u.kind is Kind.BULK, u.reasons


NEGATIVES = [
    (
        "press-interview-called-off",
        "br",
        "Renata Alves <renata.alves@jornaldovale.example>",
        "Entrevista de quinta-feira",
        "Olá Mariana,\n\nInfelizmente precisamos cancelar a entrevista marcada para "
        "quinta-feira, 12/03, às 15h, para a nossa reportagem sobre mobilidade urbana.\n\n"
        "Renata Alves\nJornal do Vale\n",
    ),
    (
        "magazine-wants-to-interview",
        "pt",
        "Teresa Gil <teresa.gil@revistaviver.example>",
        "Pedido de entrevista",
        "Olá João,\n\nGostaríamos de entrevistá-lo para uma matéria da nossa revista sobre "
        "empreendedorismo, na quinta-feira, 12 de março, às 15h.\n\nTeresa Gil\n",
    ),
    (
        "user-interviews-candidates",
        "br",
        "Paulo Nery <paulo.nery@lumi.example>",
        "Entrevistas de amanhã",
        "Oi Mariana,\n\nAmanhã às 10h nós vamos entrevistar os candidatos para a vaga de "
        "estágio. Você pode ficar com as perguntas técnicas?\n\nPaulo\n",
    ),
    (
        "dentist",
        "br",
        "Clínica Sorriso <agenda@clinicasorriso.example.com.br>",
        "Confirmação de consulta",
        "Olá Mariana,\n\nSua consulta com o dentista Dr. André está confirmada para "
        "quarta-feira, 11 de março, às 14h30.\n\nClínica Sorriso\n",
    ),
    (
        "medical",
        "pt",
        "Clínica da Luz <marcacoes@clinicadaluz.example.pt>",
        "Marcação confirmada",
        "Exmo. Senhor João Ferreira,\n\nConfirmamos a sua consulta médica de rotina para "
        "dia 12 de março, pelas 9h15.\n\nClínica da Luz\n",
    ),
    (
        "bank",
        "br",
        "Banco Horizonte <atendimento@bancohorizonte.example.com.br>",
        "Seu atendimento está agendado",
        "Olá Mariana,\n\nSeu atendimento com o gerente de relacionamento está agendado para "
        "terça-feira, 10 de março, às 11h, na agência bancária Pinheiros, para tratar do seu "
        "financiamento imobiliário.\n",
    ),
    (
        "garage",
        "br",
        "Auto Center Veloz <contato@autoveloz.example.com.br>",
        "Agendamento confirmado",
        "Olá Mariana, a revisão do carro está confirmada para sábado, 14 de março, às 8h, "
        "na nossa oficina mecânica da Rua Augusta.\n",
    ),
    (
        "parents-meeting",
        "pt",
        "Escola Básica do Lumiar <secretaria@eb-lumiar.example.pt>",
        "Reunião de pais",
        "Caros encarregados de educação,\n\nInformamos que a reunião de pais do 3.º ano terá "
        "lugar na quinta-feira, 19 de março, às 18h30, na sala 4.\n\nA Direção\n",
    ),
    (
        "journalist",
        "br",
        "Paula Neves <paula.neves@jornaldacidade.example.com.br>",
        "Entrevista para a reportagem",
        "Oi Mariana,\n\nSou jornalista do Jornal da Cidade e queria confirmar nossa entrevista "
        "para a reportagem sobre mulheres na tecnologia na sexta-feira, 13 de março, às 15h."
        "\n\nObrigada,\nPaula Neves\n",
    ),
    (
        "podcast",
        "pt",
        "Podcast Conversas de Café <producao@conversasdecafe.example.pt>",
        "Entrevista no nosso podcast",
        "Olá João,\n\nConfirmamos a sua entrevista para o episódio 42 do nosso podcast, "
        "gravado ao vivo na quarta-feira, 18 de março, às 21h.\n\nA produção\n",
    ),
    (
        "notary",
        "br",
        "Cartório do 2º Ofício <agendamento@cartorio2.example.com.br>",
        "Agendamento confirmado",
        "Prezada Mariana,\n\nSeu atendimento no cartório para reconhecimento de firma está "
        "confirmado para segunda-feira, 9 de março, às 13h.\n",
    ),
    (
        "inss",
        "br",
        "Meu INSS <naoresponda@inss.example.gov.br>",
        "Agendamento de perícia",
        "Prezada segurada, sua perícia médica no INSS está agendada para quinta-feira, 26 de "
        "março, às 7h40. Compareça com documento com foto.\n",
    ),
    (
        "social-security",
        "pt",
        "Segurança Social <atendimento@seg-social.example.pt>",
        "Atendimento agendado",
        "Caro utente,\n\nO seu atendimento presencial na Segurança Social está marcado para "
        "dia 17 de março, às 10h30, no serviço de Lisboa.\n",
    ),
    (
        "employment-centre",
        "pt",
        "IEFP <centro.emprego@iefp.example.pt>",
        "Convocatória para entrevista",
        "Exmo. Senhor,\n\nFica convocado para uma entrevista de acompanhamento no Centro de "
        "Emprego de Lisboa, no dia 23 de março, pelas 9h30. A falta injustificada implica a "
        "anulação da inscrição.\n",
    ),
    (
        "friend-good-luck",
        "br",
        "Lúcia Costa <lucia.costa@gmail.com>",
        "Boa sorte!",
        "Filha, boa sorte na entrevista de amanhã às 10h! Vai dar tudo certo. Depois me "
        "liga pra contar.\n\nBeijos, mãe\n",
    ),
    (
        "sender-own-interview",
        "br",
        "Pedro Santos <pedro.santos@gmail.com>",
        "Amanhã",
        "Mari, tenho uma entrevista amanhã às 14h na Vetorial, então não consigo almoçar "
        "com você. Vamos remarcar para sexta?\n\nPedro\n",
    ),
    (
        "visa",
        "br",
        "Consulado Geral <agendamento@consulado.example.org>",
        "Confirmação de agendamento",
        "Prezada Mariana Costa,\n\nSua entrevista para o pedido de visto de estudante no "
        "consulado está confirmada para 24/03/2026 às 8h15. Leve o passaporte.\n",
    ),
    (
        "masters-admission",
        "pt",
        "Universidade do Atlântico <mestrados@uatlantico.example.pt>",
        "Entrevista de admissão ao mestrado",
        "Caro candidato,\n\nA sua entrevista no âmbito do processo de admissão ao mestrado em "
        "Gestão terá lugar no dia 19 de março, às 16h00.\n\nServiços Académicos\n",
    ),
    (
        "apartment",
        "br",
        "Imobiliária Casa Nova <visitas@casanova.example.com.br>",
        "Visita confirmada",
        "Olá Mariana, sua visita ao apartamento da Rua Harmonia, 45, está confirmada para "
        "sábado, 14 de março, às 10h, com o corretor Marcos.\n",
    ),
    (
        "condominium",
        "br",
        "Síndico Edifício Jardins <sindico@edjardins.example.com.br>",
        "Convocação - assembleia",
        "Prezados condôminos, a reunião de condomínio será realizada na terça-feira, 17 de "
        "março, às 19h30, no salão de festas.\n",
    ),
    (
        "exit-interview",
        "br",
        "RH Grupo Solar <rh@gruposolar.example.com.br>",
        "Entrevista de desligamento",
        "Olá Mariana, como parte do seu processo de saída, agendamos sua entrevista de "
        "desligamento para sexta-feira, 27 de março, às 15h.\n\nRH Grupo Solar\n",
    ),
    (
        "sales-proposal",
        "br",
        "Vendas SoftBR <vendas@softbr.example.com.br>",
        "Proposta comercial",
        "Olá Mariana,\n\nConforme nossa reunião de ontem, segue a proposta comercial do plano "
        "empresarial. Fica agendada a apresentação na quinta-feira, 12/03, às 10h.\n\nAtt,\n"
        "Vendas SoftBR\n",
    ),
    (
        "internal-meeting",
        "br",
        "Pedro Lima <pedro.lima@empresaatual.com.br>",
        "Reunião de alinhamento",
        "Oi Mari,\n\nMarquei nossa reunião de alinhamento do projeto para quinta-feira, 12/03, "
        "às 10h, na sala 3.\n\nAbs,\nPedro\n",
    ),
    (
        "hairdresser",
        "br",
        "Salão Bela <agenda@salaobela.example.com.br>",
        "Agendamento confirmado",
        "Oi Mariana! Seu horário de corte e escova está confirmado para sábado, 14/03, às 10h. "
        "Até lá!\n",
    ),
    (
        "vet",
        "pt",
        "Clínica Veterinária Patas <geral@vetpatas.example.pt>",
        "Consulta do Bolinhas",
        "Olá João,\n\nA consulta do Bolinhas está marcada para dia 12 de março, pelas 18h.\n\n"
        "Clínica Veterinária Patas\n",
    ),
]


@pytest.mark.parametrize(
    ("who", "sender", "subject", "body"),
    [n[1:] for n in NEGATIVES],
    ids=[n[0] for n in NEGATIVES],
)
def test_not_a_job_interview(who: str, sender: str, subject: str, body: str) -> None:
    """An appointment, a press or admission interview, or a friend's note is not an interview."""
    u = br(sender, subject, body) if who == "br" else pt(sender, subject, body)
    assert u.kind is not Kind.INTERVIEW, u.reasons
    assert u.kind is not Kind.INTERVIEW_CANCELLED, u.reasons
    assert u.kind is not Kind.SCHEDULING_REQUEST, u.reasons


def madrid_ctx(*, languages: list[str] | None = None) -> Context:
    """A user in Madrid, with every shipped language or only the ones given."""
    lexicon = load_lexicon(languages=languages) if languages else load_lexicon()
    return Context(
        user_addresses=frozenset({"lena.brandt@posteo.example"}),
        user_name="Lena Brandt",
        timezone="Europe/Madrid",
        date_order="dmy",
        lexicon=lexicon,
    )


SPANISH = [
    (
        "segunda-entrevista",
        Kind.INTERVIEW,
        "Lucía Herrera <lucia.herrera@olivar-digital.example>",
        "Segunda entrevista - Analista de Datos",
        "Hola Lena:\n\nTe confirmo tu segunda entrevista el jueves 12 de marzo a las 10:30 "
        "(hora de Madrid) con la directora del área.\n\nUn saludo,\nLucía Herrera\n",
    ),
    (
        "quinta-planta",
        Kind.INTERVIEW,
        "Marta Solís <marta.solis@costa-verde.example>",
        "Entrevista de trabajo",
        "Hola Lena:\n\nTe esperamos el martes 10 de marzo a las 16:00 para tu entrevista de "
        "trabajo en la quinta planta, sala de reuniones 2.\n\nMarta\n",
    ),
    (
        "en-el-marco",
        Kind.REJECTION,
        "Selección <seleccion@costa-verde.example>",
        "Tu candidatura",
        "Hola Lena:\n\nEn el marco de nuestro proceso de selección, lamentamos informarte de "
        "que hemos decidido seguir con otros candidatos.\n",
    ),
    (
        "segunda-fase",
        Kind.SCHEDULING_REQUEST,
        "Marta Solís <marta.solis@costa-verde.example>",
        "Segunda fase del proceso",
        "Hola Lena:\n\nHas pasado a la segunda fase. Nos gustaría invitarte a una entrevista "
        "con el equipo. ¿Podrías indicarme tu disponibilidad para la próxima semana?\n\nMarta\n",
    ),
    (
        "sexta-edicion",
        Kind.BULK,
        "Feria Empleo <boletin@feriaempleo.example>",
        "Sexta edición de la feria de empleo",
        "Hola Lena:\n\nLlega la sexta edición de nuestra feria de empleo, el sábado 14 de marzo "
        "a las 10:00. Consejos para tu entrevista y nuevas ofertas.\n\nDarse de baja: "
        "https://feriaempleo.example/baja\n",
    ),
    (
        "cita-dentista",
        Kind.OTHER,
        "Clínica Dental Sonrisa <citas@clinica-sonrisa.example>",
        "Confirmación de cita",
        "Hola Lena:\n\nTu cita con el dentista queda confirmada para el jueves 12 de marzo a "
        "las 17:30, segunda planta.\n\nClínica Dental Sonrisa\n",
    ),
]


@pytest.mark.parametrize(
    ("kind", "sender", "subject", "body"),
    [s[1:] for s in SPANISH],
    ids=[s[0] for s in SPANISH],
)
def test_spanish_mail_keeps_its_reading(kind: Kind, sender: str, subject: str, body: str) -> None:
    """Spanish mail is read as before Portuguese was added, and as expected."""
    raw = mail(
        sender=sender,
        to="Lena Brandt <lena.brandt@posteo.example>",
        subject=subject,
        body=body,
        date="Mon, 02 Mar 2026 09:15:00 +0100",
    )
    with_pt = understand(raw, madrid_ctx())
    without_pt = understand(raw, madrid_ctx(languages=["en", "de", "es", "fr"]))
    assert with_pt.kind is kind, with_pt.reasons
    assert with_pt.kind is without_pt.kind
    if with_pt.interview is not None:
        assert without_pt.interview is not None
        assert with_pt.interview.start == without_pt.interview.start


def test_spanish_segunda_entrevista_time() -> None:
    """A Spanish "segunda entrevista" keeps its time: "segunda" is no Monday."""
    raw = mail(
        sender="Lucía Herrera <lucia.herrera@olivar-digital.example>",
        to="Lena Brandt <lena.brandt@posteo.example>",
        subject="Segunda entrevista",
        body="Hola Lena:\n\nQueda confirmada la segunda entrevista el jueves 12 de marzo a las "
        "10:30.\n\nLucía\n",
        date="Mon, 02 Mar 2026 09:15:00 +0100",
    )
    at(understand(raw, madrid_ctx()), dt.datetime(2026, 3, 12, 10, 30, tzinfo=MADRID))


class TestWithoutPortuguese:
    """Narrowing the languages turns Portuguese off."""

    def test_portuguese_off(self) -> None:
        """With only English on, a Portuguese confirmation has no Portuguese start."""
        raw = mail(
            sender="Carlos Henrique <carlos.henrique@rhfacil.com.br>",
            to=MARIANA,
            subject="Entrevista",
            body="Oi Mariana,\n\nSua entrevista está confirmada para amanhã às 10h.\n",
            date=BR_DATE,
        )
        ctx = Context(
            timezone="America/Sao_Paulo", date_order="dmy", lexicon=load_lexicon(languages=["en"])
        )
        assert understand(raw, ctx).kind is not Kind.INTERVIEW


class TestDayOfMonthBeforeAComma:
    """A day of the month named by its article, a comma, then the hour ("dia 9, às 17h")."""

    def test_dia_comma_as(self) -> None:
        """ "no dia 9, às 17h" is the ninth at 17:00: the comma parts the day from its hour."""
        u = br(
            "Carlos Henrique <carlos.henrique@rhfacil.com.br>",
            "Entrevista - Assistente Administrativo",
            "Oi Mariana,\n\nSua entrevista para a vaga de Assistente Administrativo fica "
            "confirmada para o dia 9, às 17h, em nosso escritório.\n\nAbs,\nCarlos Henrique\n",
        )
        at(u, dt.datetime(2026, 3, 9, 17, 0, tzinfo=SAO_PAULO))

    def test_dia_comma_pelas(self) -> None:
        """ "no dia 16, pelas 9h30" (Portugal) is the sixteenth at 9:30."""
        u = pt(
            "Rita Henriques <rita.henriques@norteforte.example>",
            "Entrevista - Técnico de Apoio",
            "Olá João,\n\nConfirmo a sua entrevista para a função de Técnico de Apoio no dia "
            "16, pelas 9h30, nas nossas instalações.\n\nCumprimentos,\nRita Henriques\n",
        )
        at(u, dt.datetime(2026, 3, 16, 9, 30, tzinfo=LISBON))

    def test_spanish_el_dia_comma(self) -> None:
        """Spanish "el día 9, a las 17:00" is the ninth at 17:00 too."""
        raw = mail(
            sender="Lucía Herrera <lucia.herrera@olivar-digital.example>",
            to="Lena Brandt <lena.brandt@posteo.example>",
            subject="Entrevista - Analista de Datos",
            body="Hola Lena:\n\nTe confirmo tu entrevista el día 9, a las 17:00, en nuestra "
            "oficina.\n\nLucía\n",
            date="Mon, 02 Mar 2026 09:15:00 +0100",
        )
        at(understand(raw, madrid_ctx()), dt.datetime(2026, 3, 9, 17, 0, tzinfo=MADRID))

    def test_comma_before_a_word_is_no_day(self) -> None:
        """ "of the 3, at least" names no day: only an at-word with its hour follows the comma."""
        raw = mail(
            sender="Dana Cole <dana.cole@brightpath.example>",
            to=MARIANA,
            subject="Interview - Data Analyst",
            body="Hi Mariana,\n\nOf the 3, at least two panel members will join. Your interview "
            "is confirmed for Thursday, March 12 at 10am.\n\nDana\n",
            date=BR_DATE,
        )
        u = understand(raw, br_ctx())
        assert u.interview is not None, u.reasons
        assert u.interview.start.day == 12


class TestOrdinalSignTitles:
    """Portuguese titles written with a dot and the ordinal sign ("Eng.ª", "Dr.ª")."""

    def test_eng_a_after_e(self) -> None:
        """ "a Dra. Teresa Marques e Eng.ª Sofia Pinto" are two people, each read in full."""
        u = pt(
            "Filipa Antunes <filipa.antunes@tejo.example>",
            "Entrevista - Técnica de Qualidade",
            "Olá João,\n\nConfirmamos a sua entrevista no dia 12 de março, às 15h00. Estarão "
            "presentes a Dra. Teresa Marques e Eng.ª Sofia Pinto.\n\nCumprimentos,\nFilipa\n",
        )
        assert names(u) == ["Teresa Marques", "Sofia Pinto"]

    def test_dr_a_and_eng_o(self) -> None:
        """ "o Eng.º Rui Sá e a Dr.ª Inês Lobo" are two people, their titles dropped."""
        u = pt(
            "Filipa Antunes <filipa.antunes@tejo.example>",
            "Entrevista - Técnico de Manutenção",
            "Olá João,\n\nConfirmamos a sua entrevista no dia 12 de março, às 10h00. Estarão "
            "presentes o Eng.º Rui Sá e a Dr.ª Inês Lobo.\n\nCumprimentos,\nFilipa\n",
        )
        assert names(u) == ["Rui Sá", "Inês Lobo"]


class TestBookedInterviewCalledOff:
    """A booked interview named by its booking, then called off, is a cancellation."""

    def test_teremos_que_cancelar_a_entrevista_marcada(self) -> None:
        """ "teremos que cancelar a entrevista marcada para sexta-feira" cancels it."""
        u = br(
            "Luciana Paes <luciana.paes@horizonte.example>",
            "Entrevista de sexta-feira",
            "Olá Mariana,\n\nLamentavelmente teremos que cancelar a entrevista marcada para "
            "sexta-feira, 13/03, às 14h, pois a gestora precisou viajar. Retornaremos em breve "
            "com uma nova data.\n\nLuciana\n",
        )
        assert u.kind is Kind.INTERVIEW_CANCELLED, u.reasons

    def test_a_entrevista_de_amanha_foi_cancelada(self) -> None:
        """ "A entrevista de amanhã, às 11h, foi cancelada" (Portugal) cancels it."""
        u = pt(
            "Rita Henriques <rita.henriques@norteforte.example>",
            "Entrevista de amanhã",
            "Olá João,\n\nA entrevista de amanhã, às 11h, foi cancelada por indisponibilidade "
            "do diretor. Entraremos em contacto para a reagendar.\n\nRita\n",
        )
        assert u.kind is Kind.INTERVIEW_CANCELLED, u.reasons

    def test_a_entrevista_prevista_foi_desmarcada(self) -> None:
        """ "a entrevista prevista para o dia 18 de março ... foi desmarcada" cancels it."""
        u = pt(
            "Recursos Humanos <rh@atlantida.example>",
            "Entrevista desmarcada",
            "Exmo. Senhor,\n\nInformamos que a entrevista prevista para o dia 18 de março, "
            "pelas 10h00, foi desmarcada. Voltaremos a contactá-lo.\n\nRecursos Humanos\n",
        )
        assert u.kind is Kind.INTERVIEW_CANCELLED, u.reasons


class TestTimesToChoose:
    """Times offered for the interview, or a link to book one: a scheduling request."""

    def test_seguintes_datas_qual_lhe_da_jeito(self) -> None:
        """ "as seguintes datas para a entrevista ... Qual lhe dá mais jeito?" asks to choose."""
        u = pt(
            "Hugo Barros <hugo.barros@executiva.example>",
            "Entrevista com o diretor",
            "Caro João,\n\nTenho as seguintes datas para a entrevista com o diretor:\n"
            "- segunda-feira, 16/03, às 10h\n- terça-feira, 17/03, às 14h\n\n"
            "Qual lhe dá mais jeito?\n\nHugo\n",
        )
        assert u.kind is Kind.SCHEDULING_REQUEST, u.reasons

    def test_marque_sua_entrevista_pelo_link(self) -> None:
        """ "marque sua entrevista pelo link abaixo" leaves the time to the user."""
        u = br(
            "Recrutamento Vila Nova <recrutamento@vilanova.example>",
            "Próxima etapa: entrevista",
            "Olá, Mariana!\n\nVocê passou para a próxima etapa do processo seletivo. Marque sua "
            "entrevista pelo link abaixo, escolhendo o dia e o horário que preferir:\n\n"
            "https://vilanova.example/entrevistas/agendar/77\n\nTime Vila Nova\n",
        )
        assert u.kind is Kind.SCHEDULING_REQUEST, u.reasons

    def test_reserve_o_seu_horario(self) -> None:
        """ "Reserve o seu horário para a entrevista técnica" asks the user to book."""
        u = pt(
            "Talento Alfama <talento@alfama.example>",
            "Entrevista técnica - Backend",
            "Olá João,\n\nReserve o seu horário para a entrevista técnica na nossa página de "
            "marcações: https://alfama.example/marcar\n\nEquipa Alfama\n",
        )
        assert u.kind is Kind.SCHEDULING_REQUEST, u.reasons

    def test_join_link_under_a_confirmation_stays_an_interview(self) -> None:
        """A confirmed time with "acesse pelo link abaixo" is the interview, not a request."""
        u = br(
            "Juliana Prado <juliana.prado@nuvemtech.example>",
            "Entrevista confirmada",
            "Oi, Mariana!\n\nSua entrevista está confirmada para quinta-feira, 12/03, às 10h. "
            "Acesse a sala pelo link abaixo no horário marcado.\n\nJuliana Prado\nTech "
            "Recruiter\n",
        )
        at(u, dt.datetime(2026, 3, 12, 10, 0, tzinfo=SAO_PAULO))


class TestJobBoardAlerts:
    """A job board's alert of new offers is bulk, whatever interviews its offers mention."""

    def test_novas_ofertas_alerta(self) -> None:
        """ "Novas ofertas ... que correspondem ao seu alerta" with "Gerir os seus alertas"."""
        u = pt(
            "Alertas TrabalhoPT <alertas@trabalhopt.example>",
            "Novas ofertas de emprego: Enfermeiro - Porto",
            "3 novas ofertas de emprego que correspondem ao seu alerta\n\nEnfermeiro - "
            "Hospital Privado - Porto\nEntrevistas imediatas. Candidatar >\n\nVer todas as "
            "ofertas >\n\nGerir os seus alertas: https://trabalhopt.example/alertas\n",
            headers={"List-Unsubscribe": "<https://trabalhopt.example/alertas/sair>"},
        )
        assert u.kind is Kind.BULK, u.reasons

    def test_recebe_este_alerta_sem_cabecalho(self) -> None:
        """Without list headers, "Você recebe este alerta porque ..." still makes it bulk."""
        u = br(
            "Vagas Já <alertas@vagasja.example>",
            "Novas ofertas para Analista de Suporte",
            "Novas ofertas para o seu perfil:\n\nAnalista de Suporte - Varejo Sul - processo "
            "com entrevista online. Candidatar-se >\n\nVocê recebe este alerta porque se "
            "cadastrou no Vagas Já. Desativar alertas: https://vagasja.example/alertas\n",
        )
        assert u.kind is Kind.BULK, u.reasons

    def test_interview_confirmation_with_notification_footer(self) -> None:
        """A hiring system's confirmation over a "Gerencie suas notificações" footer stays one."""
        u = br(
            "Vagas Cajueiro <naoresponda@vagas.cajueiro.example>",
            "Sua entrevista foi agendada",
            "Olá, Mariana!\n\nSua entrevista para a vaga de Analista Fiscal foi agendada para "
            "quarta-feira, 11/03/2026, às 15h.\n\nEquipe Cajueiro\n\nGerencie suas "
            "notificações ou deixe de receber e-mails: https://cajueiro.example/preferencias\n",
        )
        at(u, dt.datetime(2026, 3, 11, 15, 0, tzinfo=SAO_PAULO))


class TestReceivedOrHeardBy:
    """Who the user meets, in the passive, with the reader left out, or after a comma."""

    def test_sera_atendido_pelo_sr(self) -> None:
        """ "Será atendido pelo Sr. Paulo Reis" names Paulo Reis."""
        u = pt(
            "Filipa Antunes <filipa.antunes@tejo.example>",
            "Entrevista - Comercial",
            "Exmo. Senhor,\n\nTemos o prazer de o convidar para uma entrevista no dia 19 de "
            "março, às 11h00. Será atendido pelo Sr. Paulo Reis, gerente comercial.\n\n"
            "Cumprimentos,\nFilipa Antunes\n",
        )
        assert names(u) == ["Paulo Reis"]

    def test_ira_conversar_com_a_dra(self) -> None:
        """ "Irá conversar com a Dra. Helena Matos" (no "você") names Helena Matos."""
        u = br(
            "Aline Monteiro <aline.monteiro@grupoipe.example>",
            "Entrevista - Controller",
            "Prezada Mariana,\n\nConfirmamos sua entrevista na quinta-feira, 12 de março, às "
            "9h30. Irá conversar com a Dra. Helena Matos, responsável jurídica.\n\n"
            "Atenciosamente,\nAline Monteiro\n",
        )
        assert names(u) == ["Helena Matos"]

    def test_com_o_nosso_diretor_virgula_eng(self) -> None:
        """ "com o nosso diretor de operações, Eng. Carlos Teixeira" names him."""
        u = pt(
            "Marta Lopes <marta.lopes@oceano.example>",
            "Entrevista - Analista de Operações",
            "Olá João,\n\nConfirmo a sua entrevista na sexta-feira, 13 de março, às 16h00, com "
            "o nosso diretor de operações, Eng. Carlos Teixeira.\n\nCumprimentos,\nMarta\n",
        )
        assert names(u) == ["Carlos Teixeira"]

    def test_vai_falar_com_a_rececao_names_nobody(self) -> None:
        """ "vai falar com a receção" names no interviewer."""
        u = pt(
            "Marta Lopes <marta.lopes@oceano.example>",
            "Entrevista - Analista de Operações",
            "Olá João,\n\nConfirmo a sua entrevista na sexta-feira, 13 de março, às 16h00. "
            "Quando chegar, vai falar com a receção, no piso 2.\n\nCumprimentos,\nMarta\n",
        )
        assert names(u) == []


class TestPanelMembers:
    """A selection panel or jury named with its members."""

    def test_comissao_formada_por(self) -> None:
        """ "A comissão de seleção será formada por A e B" names both."""
        u = br(
            "Prefeitura de Lagoa Azul <selecao@lagoaazul.example>",
            "Convocação para entrevista",
            "Prezada candidata,\n\nFica convocada para a entrevista do processo seletivo no dia "
            "18/03/2026, às 14h, na sede da Prefeitura. A comissão de seleção será formada por "
            "Ana Paula Reis e Marcos Vinícius Lopes.\n\nSecretaria de Administração\n",
        )
        assert names(u) == ["Ana Paula Reis", "Marcos Vinícius Lopes"]

    def test_juri_composto_pela_e_pelo(self) -> None:
        """ "O júri é composto pela Dra. Carla Nunes e pelo Dr. Hugo Tavares" names both."""
        u = pt(
            "Recursos Humanos <rh@cm-ribeira.example>",
            "Convocatória - Entrevista Profissional de Seleção",
            "Exmo. Senhor,\n\nFica convocado para a entrevista profissional de seleção no dia "
            "20 de março de 2026, pelas 14h30. O júri é composto pela Dra. Carla Nunes e pelo "
            "Dr. Hugo Tavares.\n\nDivisão de Recursos Humanos\n",
        )
        assert names(u) == ["Carla Nunes", "Hugo Tavares"]

    def test_jury_by_role_labels(self) -> None:
        """A jury listed as "Presidente:" and "Vogal:" lines names its members, not the roles."""
        u = pt(
            "Recursos Humanos <rh@cm-ribeira.example>",
            "Convocatória - Entrevista Profissional de Seleção",
            "Exmo. Senhor,\n\nFica convocado para a entrevista profissional de seleção no dia "
            "20 de março de 2026, pelas 9h30.\n\nJúri da entrevista:\nPresidente: Eng. Paulo "
            "Matias\nVogal: Dra. Rosa Vieira\n\nDivisão de Recursos Humanos\n",
        )
        assert names(u) == ["Paulo Matias", "Rosa Vieira"]

    def test_panel_of_unnamed_teachers_names_nobody(self) -> None:
        """ "A banca será composta por três professores" names nobody."""
        u = br(
            "Prefeitura de Lagoa Azul <selecao@lagoaazul.example>",
            "Convocação para entrevista",
            "Prezada candidata,\n\nFica convocada para a entrevista do processo seletivo no dia "
            "18/03/2026, às 14h. A banca será composta por três professores da rede municipal."
            "\n\nSecretaria de Administração\n",
        )
        assert names(u) == []


class TestNamesBeforeTheirVerb:
    """Interviewers named first, their verb after ("X e Y vão fazer a sua entrevista")."""

    def test_vao_fazer_a_sua_entrevista(self) -> None:
        """ "A Carla Menezes e o Felipe Prado vão fazer a sua entrevista" names both."""
        u = br(
            "Larissa Costa <larissa.costa@verdemar.example>",
            "Entrevista - Supply Chain",
            "Olá Mariana,\n\nA Carla Menezes e o Felipe Prado vão fazer a sua entrevista na "
            "terça-feira, 10/03, às 15h, pelo Teams.\n\nLarissa\n",
        )
        assert names(u) == ["Carla Menezes", "Felipe Prado"]

    def test_writer_and_colleague_iremos_entrevista_lo(self) -> None:
        """ "O Eng. Rui Pacheco e eu iremos entrevistá-lo" is an interview with both."""
        u = pt(
            "Sandra Pires <sandra.pires@alfama.example>",
            "Vaga de Engenheiro de Dados",
            "Olá João,\n\nGostámos muito do seu percurso. O Eng. Rui Pacheco e eu iremos "
            "entrevistá-lo na quinta-feira, 12 de março, às 10h, por Teams.\n\nSandra Pires\n"
            "Head of Data - Alfama\n",
        )
        at(u, dt.datetime(2026, 3, 12, 10, 0, tzinfo=LISBON))
        assert set(names(u)) == {"Sandra Pires", "Rui Pacheco"}

    def test_eu_e_a_colega_vamos_conduzir(self) -> None:
        """ "Eu e a Sofia Brandão vamos conduzir sua entrevista" names the writer and Sofia."""
        u = br(
            "Marina Castro <marina@lumi.example>",
            "Re: Vaga de Designer",
            "Oi Mariana,\n\nEu e a Sofia Brandão (nossa head de produto) vamos conduzir sua "
            "entrevista na quarta-feira, 11/03, às 16h.\n\nMarina Castro\nCEO - Lumi\n",
        )
        at(u, dt.datetime(2026, 3, 11, 16, 0, tzinfo=SAO_PAULO))
        assert set(names(u)) == {"Marina Castro", "Sofia Brandão"}


class TestHourMoved:
    """A move within the day, "das 10h para as 11h30": the new hour."""

    def test_remarcada_das_para_as(self) -> None:
        """ "foi remarcada das 10h para as 11h30" starts at 11:30."""
        u = br(
            "Patrícia Moura <patricia.moura@nuvemtech.example>",
            "Mudança de horário",
            "Oi Mariana,\n\nA sua entrevista de quinta-feira, 12/03, foi remarcada das 10h para "
            "as 11h30. O link continua o mesmo.\n\nPatrícia\n",
        )
        at(u, dt.datetime(2026, 3, 12, 11, 30, tzinfo=SAO_PAULO))

    def test_antecipada_das_para_as(self) -> None:
        """ "foi antecipada das 15h para as 14h" (Portugal) starts at 14:00 the next day."""
        u = pt(
            "Rita Henriques <rita.henriques@norteforte.example>",
            "Entrevista de amanhã - novo horário",
            "Olá João,\n\nA sua entrevista de amanhã foi antecipada das 15h para as 14h, a "
            "pedido do cliente.\n\nRita\n",
        )
        at(u, dt.datetime(2026, 3, 3, 14, 0, tzinfo=LISBON))

    def test_range_after_the_new_day_stays_a_range(self) -> None:
        """ "remarcada para sexta-feira, 13/03, das 15h às 16h" starts at 15:00."""
        u = br(
            "Patrícia Moura <patricia.moura@nuvemtech.example>",
            "Entrevista remarcada",
            "Oi Mariana,\n\nSua entrevista foi remarcada para sexta-feira, 13/03, das 15h às "
            "16h.\n\nPatrícia\n",
        )
        at(u, dt.datetime(2026, 3, 13, 15, 0, tzinfo=SAO_PAULO))


class TestCalendarGuestLabel:
    """Calendar invitation text with the guest label alone on its line."""

    def test_google_agenda_convidados(self) -> None:
        """ "Convidados" over the guests names the guest who is not the organiser or user."""
        u = br(
            "Luciana Paes <luciana.paes@horizonte.example>",
            "Convite: Entrevista presencial - Analista de BI @ ter 10 de mar de 2026 10:00 - "
            "11:00 (BRT)",
            "Entrevista presencial - Analista de BI\nterça-feira, 10 de março de 2026⋅10:00 – 11:00\n"
            "Horário Padrão de Brasília - São Paulo\n\nConvidados\nLuciana Paes - organizador\n"
            "Roberto Dias\nmariana.costa@gmail.com\n\nConvite do Google Agenda\n",
        )
        assert "Roberto Dias" in names(u)

    def test_participantes_label_alone(self) -> None:
        """ "Participantes" alone over a list of names reads them."""
        u = pt(
            "Marta Lopes <marta.lopes@oceano.example>",
            "Entrevista - Analista de Risco",
            "Olá João,\n\nConfirmo a sua entrevista na terça-feira, 10 de março, às 14h00.\n\n"
            "Participantes\nAna Sousa\nRui Lima\n\nCumprimentos,\nMarta\n",
        )
        assert set(names(u)) >= {"Ana Sousa", "Rui Lima"}


class TestFamiliesInOtherWords:
    """The same families in their other persons, tenses and registers."""

    def test_gostavamos_de_o_entrevistar(self) -> None:
        """ "Gostávamos de o entrevistar na terça-feira ... às 11h" (Portugal) is an interview."""
        u = pt(
            "Sandra Pires <sandra.pires@alfama.example>",
            "Vaga de Product Designer",
            "Olá João,\n\nGostámos do seu portefólio. Gostávamos de o entrevistar na "
            "terça-feira, 10 de março, às 11h, no nosso escritório.\n\nSandra Pires\n",
        )
        at(u, dt.datetime(2026, 3, 10, 11, 0, tzinfo=LISBON))

    def test_entrevista_que_estava_marcada_teve_de_ser_cancelada(self) -> None:
        """ "a entrevista que estava marcada para ... teve de ser cancelada" cancels it."""
        u = pt(
            "Hugo Barros <hugo.barros@executiva.example>",
            "Entrevista com o cliente",
            "Caro João,\n\nPeço desculpa, mas a entrevista que estava marcada para quinta-feira, "
            "dia 12, às 16h30, teve de ser cancelada pelo cliente.\n\nHugo\n",
        )
        assert u.kind is Kind.INTERVIEW_CANCELLED, u.reasons

    def test_que_dia_e_hora_lhe_convem(self) -> None:
        """ "Que dia e hora lhe convém?" after times for the interview asks to choose."""
        u = pt(
            "Rita Henriques <rita.henriques@norteforte.example>",
            "Entrevista - Customer Success",
            "Olá João,\n\nO cliente propõe estes horários para a entrevista: quarta-feira, 11/03, "
            "às 10h, ou quinta-feira, 12/03, às 15h. Que dia e hora lhe convém?\n\nRita\n",
        )
        assert u.kind is Kind.SCHEDULING_REQUEST, u.reasons

    def test_tera_uma_conversa_com(self) -> None:
        """ "Terá uma conversa com a Dra. Luísa Prata" names her."""
        u = pt(
            "Filipa Antunes <filipa.antunes@tejo.example>",
            "Entrevista - Contabilista",
            "Exmo. Senhor,\n\nConfirmamos a sua entrevista no dia 16 de março, às 10h00. Terá "
            "uma conversa com a Dra. Luísa Prata, diretora financeira.\n\nFilipa Antunes\n",
        )
        assert names(u) == ["Luísa Prata"]

    def test_farao_parte_do_juri(self) -> None:
        """ "Farão parte do júri a Dra. Luísa Prata e o Eng. Tomás Reis" names both."""
        u = pt(
            "Recursos Humanos <rh@cm-ribeira.example>",
            "Convocatória - Entrevista Profissional de Seleção",
            "Exmo. Senhor,\n\nFica convocado para a entrevista profissional de seleção no dia "
            "23 de março de 2026, pelas 11h00. Farão parte do júri a Dra. Luísa Prata e o Eng. "
            "Tomás Reis.\n\nDivisão de Recursos Humanos\n",
        )
        assert names(u) == ["Luísa Prata", "Tomás Reis"]


def test_spanish_hiring_side_interviews_candidates() -> None:
    """Spanish "queremos entrevistar a los candidatos" stays no interview of the user's."""
    raw = mail(
        sender="Marta Solís <marta.solis@costa-verde.example>",
        to="Lena Brandt <lena.brandt@posteo.example>",
        subject="Entrevistas de mañana",
        body="Hola Lena:\n\nMañana a las 10:00 queremos entrevistar a los candidatos para las "
        "prácticas. ¿Te unes a la sala 2?\n\nMarta\n",
        date="Mon, 02 Mar 2026 09:15:00 +0100",
    )
    with_pt = understand(raw, madrid_ctx())
    without_pt = understand(raw, madrid_ctx(languages=["en", "de", "es", "fr"]))
    assert with_pt.kind is not Kind.INTERVIEW, with_pt.reasons
    assert with_pt.kind is without_pt.kind
