"""Portuguese mail from Brazil and Portugal: an ATS invitation, a convocatória, a move to a
new time, a cancellation, a rejection, an offer and an out-of-office reply."""

from __future__ import annotations

from tests.eval27.authoring.kit import (
    AUTO,
    GUSTAVO,
    IARA,
    RAYANE,
    TIAGO,
    hand,
    lab,
    note,
    pt,
    ptd,
    t24,
    tool,
    wk,
)

P1 = "2046-08-15 10:00"
P2 = "2046-07-23 14:30"
P3 = "2046-09-10 15:00"
P4 = "2046-08-02 09:00"
P5 = "2046-09-21 11:00"

MESSAGES = [
    tool(
        IARA,
        "gupy-convite-entrevista-paulista",
        "interview",
        sent="2046-08-08 17:32",
        zone="America/Sao_Paulo",
        frm=("Cafezal Pagamentos via Gupy", "naoresponda@gupy.io"),
        subject="Convite para entrevista – Analista de Dados Pleno",
        body=f"""Olá, Iara!

Temos uma ótima notícia: você avançou no processo seletivo para a vaga de Analista de Dados
Pleno na Cafezal Pagamentos.

Sua entrevista com a gestora da área está agendada:

Data: {ptd(P1)}
Horário: {t24(P1)} (horário de Brasília)
Formato: presencial – Av. Paulista, 1842, 15º andar, Bela Vista, São Paulo
Entrevistadora: Renata Albuquerque, Gerente de Analytics

Leve um documento com foto para o cadastro na portaria.

Boa sorte!
Equipe Cafezal Pagamentos

Acompanhe sua candidatura: https://cafezal.gupy.io/candidates/applications
""",
        label=lab(
            P1,
            "America/Sao_Paulo",
            "America/Sao_Paulo",
            company="Cafezal Pagamentos",
            role="Analista de Dados Pleno",
            who=["Renata Albuquerque"],
            notes="Gupy invitation; 'horário de Brasília' mapped to America/Sao_Paulo.",
        ),
    ),
    hand(
        TIAGO,
        "convocatoria-entrevista-lisboa-parque-nacoes",
        "interview",
        sent="2046-07-16 11:45",
        zone="Europe/Lisbon",
        frm=("Inês Carvalhal", "ines.carvalhal@tejo-digital.example"),
        subject="Convocatória para entrevista – Engenheiro de Dados",
        body=f"""Exmo. Senhor Tiago Esteves Carrilho,

Na sequência da sua candidatura, vimos por este meio convocá-lo para uma entrevista no dia
{P2[8:10]}/{P2[5:7]}/{P2[:4]} ({wk(P2, "pt")}), pelas {t24(P2, "h")}, nas nossas instalações
na Av. D. João II, n.º 44, Parque das Nações, Lisboa (piso 3).

Estarão presentes o Eng. Rui Patrício, Diretor de Engenharia, e a Dra. Marta Sequeira,
Responsável de Recursos Humanos.

Agradecemos a confirmação da sua presença.

Com os melhores cumprimentos,
Inês Carvalhal
Recursos Humanos – Tejo Digital, S.A.
""",
        label=lab(
            P2,
            "Europe/Lisbon",
            company="Tejo Digital",
            role="Engenheiro de Dados",
            who=["Rui Patrício", "Marta Sequeira"],
            notes="European Portuguese, numeric date with weekday in brackets.",
        ),
    ),
    hand(
        GUSTAVO,
        "entrevista-manaus-horario-local",
        "interview",
        sent="2046-09-03 10:20",
        zone="America/Manaus",
        frm=("Débora Tavares", "debora.tavares@rio-negro-eletronicos.example"),
        subject="Confirmação de entrevista – Supervisor de Produção",
        body=f"""Bom dia, Gustavo! Tudo bem?

Confirmando sua entrevista para a vaga de Supervisor de Produção: {pt(P3)}, às 15h (horário
de Manaus), no Distrito Industrial – Av. Buriti, 1500, portaria 2. Você vai conversar com o
Sr. Cláudio Menezes, gerente de produção.

Qualquer dúvida é só chamar no WhatsApp.

Abraço,
Débora Tavares
RH – Rio Negro Eletrônicos
""",
        label=lab(
            P3,
            "America/Manaus",
            "America/Manaus",
            company="Rio Negro Eletrônicos",
            role="Supervisor de Produção",
            who=["Cláudio Menezes"],
            notes="Manaus (UTC-4), one hour behind Brasília.",
        ),
    ),
    hand(
        RAYANE,
        "reagendamento-entrevista-fortaleza",
        "interview",
        sent="2046-07-30 16:05",
        zone="America/Fortaleza",
        frm=("Luana Pinheiro", "luana.pinheiro@jangada-energia.example"),
        subject="Reagendamento da sua entrevista",
        body=f"""Oi, Rayane!

Precisamos remarcar sua entrevista de terça. O novo horário é {pt(P4)}, às 9h, online pelo
Google Meet (https://meet.google.com/fjr-zkqa-tnb). A conversa será com o Felipe Arrais,
coordenador de projetos eólicos.

Se não puder nesse horário, me avisa que a gente encontra outro.

Beijos e até lá!
Luana
""",
        label=lab(
            P4,
            "America/Fortaleza",
            company="Jangada Energia",
            who=["Felipe Arrais"],
            notes="Brazilian informal register; moved to the new time (2 August).",
        ),
    ),
    hand(
        TIAGO,
        "cancelamento-entrevista-douro-seguros",
        "interview_cancelled",
        sent="2046-09-17 18:30",
        zone="Europe/Lisbon",
        frm=("Joana Magalhães", "joana.magalhaes@douro-seguros.example"),
        subject="Cancelamento da entrevista de dia 21/09",
        body=f"""Caro Tiago,

Lamentamos informar que a entrevista agendada para {pt(P5)}, às {t24(P5, "h")}, fica sem
efeito, uma vez que o processo de recrutamento para a função de Analista Atuarial foi
suspenso.

Pedimos desculpa pelo incómodo e agradecemos a sua disponibilidade.

Cumprimentos,
Joana Magalhães
Recursos Humanos – Douro Seguros
""",
        label=lab(
            P5,
            "Europe/Lisbon",
            company="Douro Seguros",
            role="Analista Atuarial",
            notes="Cancelled: process suspended.",
        ),
    ),
    tool(
        IARA,
        "retorno-processo-seletivo-negativo",
        "rejection",
        sent="2046-07-25 19:10",
        zone="America/Sao_Paulo",
        frm=("Talentos Ipiranga Seguros", "talentos@ipiranga-seguros.example"),
        subject="Retorno sobre o processo seletivo – Analista de BI",
        html_only=True,
        body="""Olá, Iara!

Agradecemos muito o seu interesse em fazer parte do nosso time e o tempo dedicado ao processo
seletivo para a vaga de Analista de BI.

Neste momento, optamos por seguir com outros perfis mais aderentes aos requisitos da vaga.
Seu currículo continuará em nosso banco de talentos.

Desejamos sucesso na sua jornada!
Time de Talentos – Ipiranga Seguros
""",
        label=note("HTML-only rejection."),
    ),
    hand(
        IARA,
        "proposta-contratacao-clt",
        "offer",
        sent="2046-08-29 15:40",
        zone="America/Sao_Paulo",
        frm=("Renata Albuquerque", "renata.albuquerque@cafezal-pagamentos.example"),
        subject="Proposta – Analista de Dados Pleno",
        body="""Oi, Iara, tudo bem?

Foi ótimo conversar com você! Temos o prazer de te fazer uma proposta para a posição de
Analista de Dados Pleno:

- Salário: R$ 11.500,00 (CLT)
- Vale-refeição R$ 1.200,00/mês, plano de saúde e odontológico
- Modelo híbrido (3x por semana no escritório)
- Início: 1º de outubro

Fico no aguardo do seu retorno até sexta-feira.

Abraços,
Renata
""",
        label=note("Offer."),
    ),
    tool(
        TIAGO,
        "resposta-automatica-ferias",
        "auto_reply",
        sent="2046-08-07 09:20",
        zone="Europe/Lisbon",
        frm=("Sofia Brandão", "sofia.brandao@alfama-tech.example"),
        subject="Resposta automática: Candidatura – Engenheiro de Dados",
        extra=AUTO,
        body="""Obrigada pelo seu e-mail.

Encontro-me de férias até 17 de agosto, sem acesso regular ao correio eletrónico. Responderei
à sua mensagem a partir de 20 de agosto.

Em caso de urgência, contacte recrutamento@alfama-tech.example.

Cumprimentos,
Sofia Brandão
""",
        label=note("Out-of-office reply.", return_date="2046-08-20"),
    ),
    hand(
        GUSTAVO,
        "disponibilidade-entrevista-gestora",
        "scheduling_request",
        sent="2046-08-13 14:15",
        zone="America/Manaus",
        frm=("Priscila Andrade", "priscila.andrade@encontro-das-aguas.example"),
        subject="Disponibilidade para entrevista – Analista de Logística",
        body="""Olá, Gustavo, tudo bem?

Gostamos muito do seu perfil para a vaga de Analista de Logística! Você poderia me passar sua
disponibilidade para uma entrevista online com a gestora na próxima semana? Temos horários
de manhã e à tarde.

Aguardo seu retorno.

Att.,
Priscila Andrade
Analista de R&S – Encontro das Águas Transportes
""",
        label=note("Asks for availability."),
    ),
]
