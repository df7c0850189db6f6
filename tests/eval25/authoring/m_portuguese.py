"""Portuguese mail from Brazil, Portugal and Angola."""

from __future__ import annotations

from tests.eval25.authoring.kit import (
    AURELIANO,
    AUTO,
    BENEDITA,
    CLEMENTINO,
    DULCINEIA,
    EVARISTO,
    FILIPA,
    GUPY,
    booking,
    dh,
    html_mail,
    lab,
    note,
    person,
    pt,
    raw_mail,
    wk,
)

MESSAGES = [
    booking(
        AURELIANO,
        "gupy-convite-entrevista-sao-paulo-pinheiros",
        "interview",
        prodid=GUPY,
        start="2044-02-17 15:00",
        zone="America/Sao_Paulo",
        minutes=60,
        summary="Entrevista – Analista de Produto Pleno – Ipiranga Pagamentos",
        organizer=("Larissa Figueiredo", "larissa.figueiredo@ipiranga-pagamentos.example"),
        attendees=[("Rafael Nogueira Prado", "rafael.prado@ipiranga-pagamentos.example")],
        date=dh("2044-02-11 14:20", "America/Sao_Paulo"),
        frm=("Ipiranga Pagamentos via Gupy", "naoresponda@gupy.io"),
        subject="Convite para entrevista: Analista de Produto Pleno",
        location="https://meet.google.com/ibz-tqwa-nre",
        body=f"""Olá, Aureliano!

Que bom ter você no nosso processo seletivo! 🎉

Sua entrevista foi agendada:
Data: {pt("2044-02-17")}
Horário: às 15h (horário de Brasília)
Local: https://meet.google.com/ibz-tqwa-nre
Com: Rafael Nogueira Prado, Head de Produto

Se precisar remarcar, use o link da sua área de candidato.

Boa sorte!
Time de Talentos – Ipiranga Pagamentos
""",
        label=lab(
            "2044-02-17 15:00",
            "America/Sao_Paulo",
            "America/Sao_Paulo",
            company="Ipiranga Pagamentos",
            role="Analista de Produto Pleno",
            who=["Rafael Nogueira Prado"],
            emails=["rafael.prado@ipiranga-pagamentos.example"],
            notes="Gupy booking with .ics; 'às 15h (horário de Brasília)'. The organising "
            "recruiter is left out: the text names who the user meets.",
        ),
    ),
    person(
        BENEDITA,
        "entrevista-confirmada-lisboa-parque-nacoes",
        "interview",
        frm=("Inês Carvalhal Vaz", "ines.vaz@olivais-seguros.example"),
        subject="Confirmação de entrevista – Gestora de Sinistros",
        date=dh("2044-03-23 09:40", "Europe/Lisbon"),
        body=f"""Exma. Senhora Dra. Benedita Sottomayor,

Na sequência do nosso contacto telefónico, confirmamos a sua entrevista no dia
{wk("2044-03-30", "pt")}, 30/03, às 15h00, nas nossas instalações da Avenida D. João II,
n.º 44, Lisboa.

Será recebida pelo Dr. Henrique Lencastre Sousa, Diretor de Sinistros, e pela
Eng.ª Marta Quintela Reis.

Com os melhores cumprimentos,
Inês Carvalhal Vaz
Recursos Humanos – Olivais Seguros, S.A.
""",
        label=lab(
            "2044-03-30 15:00",
            "Europe/Lisbon",
            None,
            company="Olivais Seguros",
            role="Gestora de Sinistros",
            who=["Henrique Lencastre Sousa", "Marta Quintela Reis"],
            notes="European Portuguese ('Exma. Senhora', 'contacto', 'às 15h00'); sent in "
            "WET, start after the EU change (WEST, UTC+1). 'Dr.' and 'Eng.ª' dropped.",
        ),
    ),
    person(
        CLEMENTINO,
        "entrevista-luanda-talatona",
        "interview",
        frm=("Edvânia Cassoma", "edvania.cassoma@kwanza-petroservicos.example"),
        subject="Convocatória para entrevista – Técnico de Instrumentação",
        date=dh("2044-01-11 10:00", "Africa/Luanda"),
        body=f"""Caro Sr. Clementino Van-Dúnem,

Vimos por este meio convocá-lo para uma entrevista no dia {pt("2044-01-14")}, pelas
9h30, nas instalações da Kwanza Petroserviços, Via S8, Talatona, Luanda.

A entrevista será conduzida pelo Eng. Adérito Chipenda, Chefe de Manutenção.
Deverá fazer-se acompanhar do Bilhete de Identidade e dos certificados.

Atenciosamente,
Edvânia Cassoma
Recursos Humanos
""",
        label=lab(
            "2044-01-14 09:30",
            "Africa/Luanda",
            None,
            company="Kwanza Petroserviços",
            role="Técnico de Instrumentação",
            who=["Adérito Chipenda"],
            notes="Angolan Portuguese ('Vimos por este meio', 'pelas 9h30').",
        ),
    ),
    person(
        DULCINEIA,
        "reagendamento-entrevista-recife-boa-viagem",
        "interview",
        frm=("Tâmara Wanderley", "tamara.wanderley@jaqueira-saude.example"),
        subject="Reagendamento da sua entrevista",
        date=dh("2044-03-07 16:10", "America/Recife"),
        body=f"""Oi, Dulcinéia, tudo bem?

Precisamos remarcar sua entrevista de quarta. A nova data ficou para
{pt("2044-03-11")}, às 10h, aqui na clínica da Av. Conselheiro Aguiar, 2200.

Quem vai conversar com você é a Dra. Jussara Albuquerque Lins, coordenadora de
enfermagem.

Desculpa o transtorno! Me confirma, por favor?

Abraço,
Tâmara
RH Jaqueira Saúde
""",
        label=lab(
            "2044-03-11 10:00",
            "America/Recife",
            None,
            company="Jaqueira Saúde",
            who=["Jussara Albuquerque Lins"],
            notes="Brazilian informal reschedule ('A nova data ficou para ... às 10h'): "
            "interview at the new time.",
        ),
    ),
    person(
        EVARISTO,
        "cancelamento-entrevista-porto-boavista",
        "interview_cancelled",
        frm=("Rui Pacheco Meireles", "rui.meireles@douro-tech.example"),
        subject="Cancelamento da entrevista de dia 8",
        date=dh("2044-03-04 18:00", "Europe/Lisbon"),
        body=f"""Caro Evaristo,

Lamentamos informar que a entrevista agendada para {pt("2044-03-08")}, às 14h30, foi
cancelada. A posição de Engenheiro de Software Backend foi congelada por decisão da
administração.

Voltaremos a contactá-lo caso o processo seja reaberto.

Cumprimentos,
Rui Pacheco Meireles
Douro Tech
""",
        label=lab(
            "2044-03-08 14:30",
            "Europe/Lisbon",
            None,
            company="Douro Tech",
            role="Engenheiro de Software Backend",
            notes="Portuguese cancellation, role frozen.",
        ),
    ),
    html_mail(
        FILIPA,
        "retorno-processo-seletivo-curitiba",
        "rejection",
        frm=("Araucária Agritech via Gupy", "naoresponda@gupy.io"),
        subject="Retorno sobre sua candidatura – Engenheira Agrônoma",
        date=dh("2044-02-24 19:30", "America/Sao_Paulo"),
        lang="pt-BR",
        markup="""<p>Olá, Filipa!</p>
<p>Agradecemos muito sua participação no processo seletivo para a vaga de
<b>Engenheira Agrônoma</b> na Araucária Agritech.</p>
<p>Após análise cuidadosa, optamos por seguir com outras pessoas candidatas nesta etapa.
Sabemos que esse não é o retorno que você esperava.</p>
<p>Seu currículo continuará em nosso banco de talentos. Sucesso na sua jornada!</p>
<p>Time de Gente & Gestão</p>""",
        label=note(
            "HTML-only Brazilian rejection via Gupy ('optamos por seguir com outras "
            "pessoas candidatas').",
            company="Araucária Agritech",
        ),
    ),
    person(
        AURELIANO,
        "proposta-emprego-belo-horizonte-savassi",
        "offer",
        frm=("Priscila Diniz", "priscila.diniz@serra-do-curral-software.example"),
        subject="Proposta de trabalho – Desenvolvedor Sênior",
        date=dh("2044-03-15 17:20", "America/Sao_Paulo"),
        body="""Oi, Aureliano!

Temos o prazer de te enviar a proposta para a vaga de Desenvolvedor Sênior: CLT,
salário de R$ 19.500,00, vale-refeição, plano de saúde e 3 dias remotos por semana.
Início previsto: 4 de abril.

Se estiver de acordo, é só responder com o seu aceite até sexta (18/03).

Abraços,
Priscila Diniz
Gente & Cultura – Serra do Curral Software
""",
        label=note(
            "Brazilian offer ('proposta', CLT, salary).", company="Serra do Curral Software"
        ),
    ),
    raw_mail(
        BENEDITA,
        "resposta-automatica-ausencia-braga",
        "auto_reply",
        frm=("Joana Brito Azevedo", "joana.azevedo@minho-textil.example"),
        subject="Resposta automática: Candidatura espontânea",
        date=dh("2044-01-07 12:00", "Europe/Lisbon"),
        charset="ISO-8859-1",
        name_charset="ISO-8859-1",
        extra=AUTO,
        body="""Obrigada pela sua mensagem.

Encontro-me ausente até dia 15 de janeiro, sem acesso ao correio eletrónico. Regresso
na segunda-feira, 18 de janeiro.

Para assuntos urgentes, contacte rh@minho-textil.example.

Joana Brito Azevedo
""",
        label=note(
            "European Portuguese out-of-office, ISO-8859-1; back Monday 18 January.",
            return_date="2044-01-18",
        ),
    ),
    person(
        EVARISTO,
        "iefp-convocatoria-centro-emprego-coimbra",
        "other",
        frm=(
            "IEFP – Serviço de Emprego de Coimbra",
            "nao-responder@servico-emprego-coimbra.example",
        ),
        subject="Convocatória – Sessão de acompanhamento",
        date=dh("2044-02-01 09:00", "Europe/Lisbon"),
        body=f"""Exmo.(a) Senhor(a),

Fica convocado(a) para comparecer no Serviço de Emprego de Coimbra no dia
{pt("2044-02-08")}, às 10h00, para uma entrevista de acompanhamento do seu Plano Pessoal
de Emprego.

A falta injustificada pode implicar a anulação da inscrição.

Serviço de Emprego de Coimbra
""",
        label=note(
            "Public employment service summons ('entrevista de acompanhamento'): other, not "
            "a job interview; a careful reader might weigh the word 'entrevista'."
        ),
    ),
    person(
        DULCINEIA,
        "disponibilidade-entrevista-painel-porto-alegre",
        "scheduling_request",
        frm=("Guilherme Scherer", "guilherme.scherer@guaiba-logistica.example"),
        subject="Agendamento de entrevista – quais horários você tem?",
        date=dh("2044-01-25 11:30", "America/Sao_Paulo"),
        body="""Olá, Dulcinéia!

Gostaríamos de agendar uma entrevista online com o gestor da área. Você poderia me passar
dois ou três horários disponíveis entre terça e quinta da semana que vem?

Fico no aguardo.
Guilherme Scherer
Guaíba Logística
""",
        label=note("Asks for available times; no time set.", company="Guaíba Logística"),
    ),
]
