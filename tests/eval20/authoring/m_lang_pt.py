"""Portuguese mail by local senders: São Paulo, Recife, Manaus, Porto Alegre, Salvador,
Lisbon, Porto, Funchal and Praia."""

from __future__ import annotations

from tests.eval20.authoring.kit import (
    BEATRIZ,
    EDMILSON,
    GUSTAVO,
    IARA,
    INES_PT,
    JAQUELINE,
    RAIMUNDO,
    SARA,
    TIAGO,
    bulk,
    dh,
    dmy,
    hm,
    lab,
    note,
    outlook,
    pdf,
    person,
    pt,
    ptd,
    vendor,
)

S1 = "2039-03-24 10:00"
S2 = "2039-03-21 09:30"
S3 = "2039-03-30 15:00"
S4 = "2039-04-06 14:00"
S5 = "2039-03-28 16:00"
S6 = "2039-03-29 11:00"
S7 = "2039-04-04 10:00"

MESSAGES = [
    vendor(
        BEATRIZ,
        "gupy-entrevista-agendada-sao-paulo",
        "interview",
        frm=("Paulista Pagamentos", "naoresponda@gupy.io"),
        subject="Sua entrevista foi agendada! – Analista de Prevenção a Fraudes Pleno",
        date=dh("2039-03-17 14:26", "America/Sao_Paulo"),
        body=f"""Olá, Beatriz!

Que bom ter você no nosso processo seletivo para a vaga de Analista de Prevenção a Fraudes
Pleno. Sua entrevista com a área está agendada:

Data: {pt(S1)} ({dmy(S1)})
Horário: {hm(S1, "h")} (horário de Brasília)
Local: Google Meet – https://meet.google.com/pgt-wnva-kcd
Entrevistadores: Rafael Okamoto (Coordenador de Fraudes) e Letícia Brandão (Especialista)

Se não puder comparecer, avise pela plataforma com antecedência.

Boa sorte!
Time de Atração de Talentos – Paulista Pagamentos
""",
        html_only=True,
        cte="base64",
        label=lab(
            S1,
            "America/Sao_Paulo",
            "America/Sao_Paulo",
            company="Paulista Pagamentos",
            role="Analista de Prevenção a Fraudes Pleno",
            who=["Rafael Okamoto", "Letícia Brandão"],
            notes="Gupy notification, HTML only; 'horário de Brasília' resolves to São "
            "Paulo's zone (-03, no DST since 2019).",
        ),
    ),
    person(
        RAIMUNDO,
        "convite-entrevista-recife",
        "interview",
        frm=("Cláudia Wanderley", "claudia.wanderley@capibaribe-saude.example"),
        subject="Convite para entrevista – Enfermeiro Supervisor",
        date=dh("2039-03-16 11:15", "America/Recife"),
        body=f"""Prezado Raimundo, bom dia!

Gostaríamos de convidá-lo para uma entrevista presencial para a vaga de Enfermeiro
Supervisor, na {pt(S2)}, às {hm(S2, "h")}, no Hospital Capibaribe (Rua da Aurora, 1200,
Boa Vista – Recife). Procure a recepção do RH no 2º andar.

A entrevista será conduzida pela Dra. Márcia Albuquerque, gerente de enfermagem, e por mim.

Por favor, confirme sua presença respondendo este e-mail.

Atenciosamente,
Cláudia Wanderley
Analista de RH – Capibaribe Saúde
""",
        label=lab(
            S2,
            "America/Recife",
            None,
            company="Capibaribe Saúde",
            role="Enfermeiro Supervisor",
            who=["Márcia Albuquerque", "Cláudia Wanderley"],
            emails=["claudia.wanderley@capibaribe-saude.example"],
            notes="'conduzida pela Dra. ... e por mim': the HR analyst takes part; no zone "
            "named (Recife -03). Base64 body.",
        ),
        cte="base64",
    ),
    person(
        IARA,
        "entrevista-horario-brasilia-manaus",
        "interview",
        frm=("Thiago Bezerra", "thiago.bezerra@tiete-bioinsumos.example"),
        subject="Entrevista online – Bióloga de Campo (Amazonas)",
        subject_method="B",
        name_method="B",
        date=dh("2039-03-23 10:05", "America/Manaus"),
        body=f"""Oi Iara, tudo bem?

Confirmando nossa conversa por telefone: sua entrevista será na {pt(S3)}, às 15h
(horário de Brasília) – 14h aí em Manaus. Vai ser pelo Teams, com a Dra. Helena Kato
(gerente de P&D) e comigo.

Qualquer dúvida, é só me chamar.

Abraço,
Thiago Bezerra
Tech Recruiter, Tietê Bioinsumos
""",
        label=lab(
            S3,
            "America/Sao_Paulo",
            "America/Sao_Paulo",
            company="Tietê Bioinsumos",
            role="Bióloga de Campo",
            who=["Helena Kato", "Thiago Bezerra"],
            emails=["thiago.bezerra@tiete-bioinsumos.example"],
            notes="Manaus user (-04); 'horário de Brasília' and '14h aí em Manaus' agree; "
            "the recruiter takes part ('e comigo').",
        ),
    ),
    outlook(
        GUSTAVO,
        "exchange-porto-alegre-quando",
        "interview",
        start=S4,
        zone="E. South America Standard Time",
        minutes=60,
        subject="Entrevista técnica – Gustavo Lemos Scherer – Engenheiro de Dados",
        organizer=("Fernanda Kuhn", "fernanda.kuhn@guaiba-tech.example"),
        attendees=[
            ("Bruno Schmitt", "bruno.schmitt@guaiba-tech.example"),
            ("Fernanda Kuhn", "fernanda.kuhn@guaiba-tech.example"),
        ],
        date=dh("2039-03-31 09:48", "America/Sao_Paulo"),
        lang="pt",
        tag="pt-BR",
        location="Reunião do Microsoft Teams",
        text="""Olá, Gustavo!

Segue o convite para a entrevista técnica com o Bruno Schmitt (Tech Lead de Dados) e
comigo. Vamos conversar sobre o case que você enviou.

Abraços,
Fernanda Kuhn
Engineering Manager, Guaíba Tech""",
        label=lab(
            S4,
            "E. South America Standard Time",
            "America/Sao_Paulo",
            company="Guaíba Tech",
            role="Engenheiro de Dados",
            who=["Bruno Schmitt", "Fernanda Kuhn"],
            emails=["bruno.schmitt@guaiba-tech.example", "fernanda.kuhn@guaiba-tech.example"],
            notes="Exchange in Brazilian Portuguese ('Quando:' with the Portuguese "
            "caption), E. South America Standard Time.",
        ),
    ),
    person(
        JAQUELINE,
        "cancelamento-entrevista-salvador",
        "interview_cancelled",
        frm=("Recrutamento – Baía de Todos Turismo", "rh@baiadetodos-turismo.example"),
        subject="Cancelamento da entrevista de segunda-feira (28/03)",
        date=dh("2039-03-25 17:50", "America/Bahia"),
        body="""Olá, Jaqueline.

Precisamos cancelar a sua entrevista marcada para segunda-feira, 28/03, às 16h, para a vaga
de Coordenadora de Eventos. O processo seletivo foi congelado até segunda ordem por decisão
da diretoria.

Assim que houver novidades, entraremos em contato. Pedimos desculpas pelo transtorno.

Atenciosamente,
Equipe de Recrutamento
Baía de Todos Turismo
""",
        label=lab(
            S5,
            "America/Bahia",
            None,
            company="Baía de Todos Turismo",
            role="Coordenadora de Eventos",
            notes="Cancelled because the process is frozen: interview_cancelled at the old "
            "time (numeric date 28/03, no year).",
        ),
    ),
    person(
        INES_PT,
        "convocatoria-entrevista-lisboa",
        "interview",
        frm=("Rita Figueira", "rita.figueira@tejo-seguros.example"),
        subject="Convocatória para entrevista - Técnica de Sinistros",
        charset="ISO-8859-1",
        date=dh("2039-03-22 15:30", "Europe/Lisbon"),
        body=f"""Exma. Senhora Dra. Inês Valadares Cordeiro,

Na sequência da sua candidatura, vimos por este meio convocá-la para uma entrevista no dia
{ptd(S6)}, às {hm(S6, "h")}, nas nossas instalações da Avenida da Liberdade, 190, 5.º
andar, em Lisboa.

A entrevista será conduzida pelo Dr. Nuno Sequeira, Diretor de Sinistros, e pela Eng.ª
Patrícia Gaspar, Coordenadora de Peritagem.

Agradecemos que confirme a sua presença.

Com os melhores cumprimentos,
Rita Figueira
Recursos Humanos - Tejo Seguros
""",
        label=lab(
            S6,
            "Europe/Lisbon",
            None,
            company="Tejo Seguros",
            role="Técnica de Sinistros",
            who=["Nuno Sequeira", "Patrícia Gaspar"],
            notes="European Portuguese ('Exma.', 'convocá-la', '5.º andar'); titles "
            "dropped; Lisbon on +01 after 27 March, no zone named.",
        ),
    ),
    person(
        TIAGO,
        "processo-recrutamento-porto-nao-selecionado",
        "rejection",
        frm=("Recrutamento Douro Vinhos", "recrutamento@douro-vinhos.example"),
        subject="Processo de recrutamento – Enólogo Assistente",
        date=dh("2039-03-30 11:10", "Europe/Lisbon"),
        body="""Caro Tiago,

Agradecemos o interesse demonstrado na Douro Vinhos e a candidatura à função de Enólogo
Assistente.

Após análise cuidada de todos os currículos, lamentamos informar que a sua candidatura não
foi selecionada para a fase de entrevistas. Guardaremos os seus dados para futuras
oportunidades, nos termos do RGPD.

Com os melhores cumprimentos,
Equipa de Recrutamento
Douro Vinhos, S.A.
""",
        label=note(
            "European Portuguese rejection before any interview.",
            company="Douro Vinhos",
            role="Enólogo Assistente",
        ),
    ),
    vendor(
        SARA,
        "confirmacao-consulta-funchal",
        "other",
        frm=("Clínica Monte Funchal", "marcacoes@clinica-montefunchal.example"),
        subject="Confirmação de consulta – Medicina Dentária",
        date=dh("2039-03-24 09:00", "Atlantic/Madeira"),
        body=f"""Olá Sara Gouveia Freitas,

Confirmamos a sua consulta:

Especialidade: Medicina Dentária
Médico: Dr. Rui Nóbrega
Data: {ptd("2039-04-05")}
Hora: 17h30
Local: Rua da Carreira, 45, Funchal

Para desmarcar, responda a esta mensagem ou ligue 291 000 000.
""",
        label=note("Trap: a dental appointment with date and time, not an interview."),
    ),
    person(
        EDMILSON,
        "entrevista-lisboa-hora-praia",
        "interview",
        frm=("Joana Mendes", "joana.mendes@atlantico-telecom.example"),
        subject="Entrevista por videoconferência – Técnico de Redes",
        date=dh("2039-03-28 10:40", "Atlantic/Cape_Verde"),
        body=f"""Caro Edmilson,

Confirmamos a sua entrevista para a função de Técnico de Redes na {pt(S7)}, às 10h de
Lisboa (8h na Praia, já com a hora de verão em Portugal).

A entrevista será feita por Zoom pelo Eng. Paulo Ramos, responsável de infraestrutura. O
link segue na véspera.

Cumprimentos,
Joana Mendes
Recursos Humanos, Atlântico Telecom
""",
        label=lab(
            S7,
            "Europe/Lisbon",
            "Europe/Lisbon",
            company="Atlântico Telecom",
            role="Técnico de Redes",
            who=["Paulo Ramos"],
            notes="Cape Verde user (-01); Lisbon on +01 after 27 March, so 10h Lisbon is 8h "
            "in Praia; 'Eng.' dropped.",
        ),
    ),
    person(
        GUSTAVO,
        "carta-proposta-porto-alegre",
        "offer",
        frm=("Fernanda Kuhn", "fernanda.kuhn@guaiba-tech.example"),
        subject="Carta proposta – Engenheiro de Dados",
        date=dh("2039-04-12 16:20", "America/Sao_Paulo"),
        body="""Oi, Gustavo!

Foi um prazer conversar com você nas entrevistas. Temos o prazer de te fazer uma proposta
para a posição de Engenheiro de Dados Sênior na Guaíba Tech:

- Regime CLT, salário de R$ 18.500,00
- Vale-refeição, plano de saúde e odontológico
- Modelo híbrido (2 dias no escritório do 4º Distrito)

A carta proposta completa está em anexo. Conseguimos sua resposta até sexta-feira, dia 15?

Abraços,
Fernanda Kuhn
""",
        attachments=[pdf("Carta_Proposta_Gustavo_Lemos_Scherer.pdf")],
        label=note(
            "Brazilian job offer ('carta proposta') after the interviews.",
            company="Guaíba Tech",
            role="Engenheiro de Dados Sênior",
        ),
    ),
    vendor(
        TIAGO,
        "alerta-ofertas-entrevistas-imediatas",
        "bulk",
        frm=("Net-Empregos", "alertas@net-empregos.com"),
        subject="Novas ofertas de emprego: Enologia – entrevistas imediatas no Porto",
        date=dh("2039-04-02 08:30", "Europe/Lisbon"),
        extra=bulk(
            "<alertas.net-empregos.com>", "https://www.net-empregos.com/alertas/cancelar?c=3b9"
        ),
        body="""Olá Tiago,

Há 5 novas ofertas que correspondem ao seu alerta "Enologia – Porto":

Técnico de Adega (m/f) – Quinta da Ribeira Velha – Vila Nova de Gaia
Entrevistas imediatas

Enólogo Júnior – Cooperativa do Alto Tâmega – Chaves
Início imediato

Ver todas as ofertas: https://www.net-empregos.com/pesquisa-empregos.asp?categoria=enologia

Recebe este e-mail porque criou um alerta de emprego. Cancelar alerta
""",
        label=note("European Portuguese job alert mentioning immediate interviews; mass mail."),
    ),
]
