"""Brazilian and Portuguese mail: hospital, escola, supermercado, câmara municipal."""

from __future__ import annotations

from tests.eval28.authoring.kit import (
    AUTO,
    IRACEMA,
    TEODORO,
    iv,
    mail,
    pt,
)

SP = "America/Sao_Paulo"
LX = "Europe/Lisbon"

MESSAGES = [
    iv(
        IRACEMA,
        "convocacao-entrevista-tecnica-enfermagem-sp",
        frm=("Recrutamento Hospital Santa Cecília do Ipiranga", "rh@hsc-ipiranga.example"),
        subject="Convocação para entrevista – Técnico(a) de Enfermagem UTI Adulto",
        sent="2047-11-08 10:00",
        start="2047-11-13 14:00",
        zone=SP,
        tool=True,
        company="Hospital Santa Cecília do Ipiranga",
        role="Técnico(a) de Enfermagem UTI Adulto",
        who=("Rosângela Pimenta", "Márcio Tavares"),
        tz="America/Sao_Paulo",
        body=f"""Olá, Iracema!

Você foi aprovada na triagem curricular e está convocada para entrevista na
{pt("2047-11-13")}, às 14h (horário de Brasília), no RH do hospital (Rua Silva Bueno, 1200,
térreo).

A entrevista será com a coordenadora de enfermagem da UTI, Rosângela Pimenta, e o supervisor
Márcio Tavares. Traga RG, CPF, carteira do COREN e carteira de vacinação.

Atenciosamente,
Equipe de Recrutamento""",
    ),
    iv(
        IRACEMA,
        "dinamica-de-grupo-supermercado-encarregada",
        frm=("Talentos Rede Bom Preço Paulista", "talentos@bompreco-paulista.example"),
        subject="Convite: dinâmica de grupo e entrevista – Encarregada de Loja",
        sent="2047-11-19 16:45",
        start="2047-11-26 09:00",
        zone=SP,
        tool=True,
        company="Rede Bom Preço Paulista",
        role="Encarregada de Loja",
        who=("Juliano Bezerra",),
        body=f"""Oi Iracema, tudo bem?

Que bom que você se interessou pela vaga de Encarregada de Loja! Convidamos você para a
dinâmica de grupo seguida de entrevista individual na {pt("2047-11-26")}, às 9h, na loja
Vila Mariana (Rua Domingos de Morais, 2400 – sala de treinamento, 1º andar).

Quem conduz é o gerente regional Juliano Bezerra. Duração prevista: 3 horas. Venha de calça
jeans e sapato fechado.

Abraços,
Time de Talentos""",
    ),
    iv(
        TEODORO,
        "camara-municipal-entrevista-profissional-cancelada",
        frm=(
            "Divisão de Recursos Humanos - Câmara Municipal de Vale do Sorraia",
            "drh@cm-valesorraia.example",
        ),
        subject="Cancelamento de entrevista profissional – procedimento concursal 14/2047",
        sent="2047-11-25 11:30",
        start="2047-12-02 10:00",
        zone=LX,
        tool=True,
        kind="interview_cancelled",
        company="Câmara Municipal de Vale do Sorraia",
        role="Técnico Superior (Engenharia Civil)",
        body=f"""Exmo. Senhor,

Informamos que a entrevista profissional de seleção agendada para {pt("2047-12-02")}, pelas
10h00, no âmbito do procedimento concursal n.º 14/2047 (Técnico Superior – Engenharia Civil),
foi cancelada por impedimento do júri. Será oportunamente notificado da nova data, nos termos
da Portaria aplicável.

Com os melhores cumprimentos,
Divisão de Recursos Humanos""",
        notes="Cancelada sem nova data; júri não nomeado.",
    ),
    mail(
        TEODORO,
        "reprovacao-escola-auxiliar-educativo",
        "rejection",
        frm=("Direção Colégio Nossa Senhora da Graça", "direcao@colegio-nsgraca.example"),
        subject="Candidatura – Auxiliar de Ação Educativa",
        sent="2047-11-12 17:00",
        zone=LX,
        notes="Recusa simples.",
        body="""Caro Teodoro,

Agradecemos o interesse e a disponibilidade demonstrada. Informamos que, nesta fase, optámos
por outro candidato para a função de Auxiliar de Ação Educativa.

Desejamos-lhe as maiores felicidades profissionais.

A Direção""",
    ),
    mail(
        IRACEMA,
        "proposta-admissao-hospital",
        "offer",
        frm=("Recrutamento Hospital Santa Cecília do Ipiranga", "rh@hsc-ipiranga.example"),
        subject="Proposta de admissão – Técnico(a) de Enfermagem UTI Adulto",
        sent="2047-11-21 15:00",
        zone=SP,
        tool=True,
        notes="Proposta condicionada ao exame admissional.",
        body="""Olá, Iracema!

Temos o prazer de apresentar a proposta: salário de R$ 4.850,00, escala 12x36 noturna,
adicional noturno e de insalubridade, vale-refeição e plano de saúde. A admissão depende do
exame admissional (ASO) e da entrega dos documentos.

Responda a este e-mail até sexta-feira para confirmar o aceite.

Equipe de Recrutamento""",
    ),
    mail(
        TEODORO,
        "resposta-automatica-ferias-recrutamento",
        "auto_reply",
        frm=("Graça Mourão", "graca.mourao@hospital-tejo-norte.example"),
        subject="Resposta automática: Entrevista – Enfermeiro(a) Serviço de Urgência",
        sent="2047-10-24 09:00",
        zone=LX,
        extra=AUTO,
        more={"return_date": "2047-10-28"},
        notes="Regressa a 28 de outubro.",
        body="""Encontro-me ausente do serviço, com regresso previsto a 28 de outubro. Para assuntos
urgentes, contacte o secretariado do Serviço de Urgência.

Graça Mourão""",
    ),
]
