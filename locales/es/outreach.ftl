### Recordatorios, mensajes para saber cómo estás, diario y sueños: el bot escribe primero solo si la persona lo activó.

outreach-zone-ask = Para acertar con la hora necesito tu zona horaria 🌍 ¿En qué ciudad estás? También puedes mandarme tu diferencia con UTC, como UTC-3.
outreach-zone-placeholder = Una ciudad, o UTC-3
outreach-zone-unknown = Todavía no conozco ese lugar 🤔 ¿Me dices una ciudad grande cercana, o tu diferencia con UTC (por ejemplo UTC+1 o UTC-5)?
outreach-zone-change = ¿Dónde estás ahora? Respóndeme con tu ciudad o tu diferencia con UTC (como UTC-3).
outreach-zone-set = ¡Listo! { $zone }: allí son las { $time }.
outreach-zone-unset = sin definir
outreach-private-only = Mejor lo configuramos en nuestro chat privado 🙂

outreach-checkins-menu =
    💬 De vez en cuando te escribiré yo primero para saber cómo te va, sobre lo que me has contado.

    Frecuencia: { $cadence }
    Horas de silencio: { $quiet }
    Zona horaria: { $zone }
outreach-cadence-off = Apagado
outreach-cadence-daily = Cada día
outreach-cadence-few = Cada pocos días
outreach-cadence-weekly = Cada semana
outreach-checkins-usage = Envía /checkins para elegir con botones, o /checkins daily, /checkins few, /checkins weekly o /checkins off.
outreach-checkins-set = Frecuencia: { $cadence }
outreach-button-quiet = 🌙 Horas de silencio: { $quiet }
outreach-button-zone = 🌍 Cambiar zona horaria
outreach-quiet-none = ninguna

outreach-button-stop-reminder = 🔕 Cancelar mis recordatorios
outreach-button-stop-checkin = 🔕 No volver a preguntar
outreach-button-stop-diary = 🔕 Apagar el diario
outreach-button-stop-dream = 🔕 No más sueños
outreach-stopped-toast = Hecho 🔕
outreach-stopped-reminder = { $count ->
        [0] Vale. No tienes otros recordatorios pendientes.
        [one] Vale: cancelé tu otro recordatorio. /remind crea uno nuevo.
       *[other] Vale: cancelé tus otros { $count } recordatorios. /remind crea uno nuevo.
    }
outreach-stopped-checkin = Vale, ya no te escribiré primero 🔕 /checkins lo vuelve a activar cuando quieras.
outreach-stopped-diary = Vale, el diario está apagado. Las entradas ya escritas siguen en /diary.
outreach-stopped-dream = Vale, no más sueños por la mañana. /dreams on los trae de vuelta.

outreach-checkin-followup = ¡Hola, { $name }! Me contaste: «{ $memory }». ¿Cómo te fue?
outreach-checkin-recent = Hola, { $name }, me quedé pensando en lo que me contaste: «{ $memory }». ¿Cómo va eso?
outreach-checkin-general = ¡Hola, { $name }! Solo pasaba a saludar: ¿cómo estás hoy?

outreach-reminder = ⏰ Recordatorio: { $text }
outreach-reminder-late = ⏰ Recordatorio (un poco tarde, perdona): { $text }
outreach-remind-usage = Dime cuándo y qué, por ejemplo: /remind mañana a las 9 llamar a mamá
outreach-remind-no-time = No entendí cuándo 🤔 Prueba algo como «/remind mañana a las 9 llamar a mamá» o «/remind en 2 horas tomar un descanso».
outreach-remind-past = Esa hora ya pasó. ¿Eliges una que aún esté por llegar?
outreach-remind-too-far = Puedo recordarte algo hasta dentro de un año. ¿Eliges una fecha antes?
outreach-remind-no-text = ¿Y qué te recuerdo? Por ejemplo: /remind mañana a las 9 llamar a mamá
outreach-remind-set = ⏰ ¡Hecho! Te lo recordaré { $when }: «{ $text }»
outreach-reminders-empty = No tienes recordatorios pendientes. /remind mañana a las 9 llamar a mamá crea uno.
outreach-reminders-list = { $count ->
        [one] ⏰ Tu recordatorio (✖ lo cancela):
       *[other] ⏰ Tus { $count } recordatorios (✖ cancela uno):
    }
outreach-reminders-line = { $n }. { $when } — { $text }
outreach-reminder-cancelled = Recordatorio cancelado
outreach-reminder-gone = Ese recordatorio ya se envió o se canceló

outreach-diary-on = 📔 Diario activado: cada noche anotaré cómo se sintió tu día y de qué hablamos. /diary lo muestra.
outreach-diary-off = Diario apagado. Las entradas ya escritas se quedan; /diary las muestra.
outreach-diary-usage = /diary muestra tu diario; /diary on lo activa y /diary off lo apaga.
outreach-diary-empty = { $on ->
        [yes] 📔 Tu diario aún está vacío: la primera entrada se escribe esta noche.
       *[no] 📔 Tu diario está vacío. /diary on lo activa: cada noche anotaré cómo se sintió tu día y de qué hablamos.
    }
outreach-diary-entry =
    📔 { $date }

    { $mood }

    De qué hablamos:
    { $summary }

    ({ $page }/{ $pages })
outreach-diary-mood-low = Fue un día pesado.
outreach-diary-mood-even = Fue un día tranquilo y sereno.
outreach-diary-mood-high = Fue un día luminoso.
outreach-diary-mood-unknown = No hubo suficiente para leer el ánimo del día.

outreach-dreams-on = 🌙 Sueños activados: cada mañana te contaré un sueño corto tejido con lo que has compartido conmigo. /dreams off los apaga.
outreach-dreams-on-illustrated = 🌙 Sueños activados, con una imagen cuando haya algo que pintar (se cobra como /imagine). /dreams on los deja solo en texto, /dreams off los apaga.
outreach-dreams-off = Sueños apagados. Que sueñes bonito de todos modos 🌙
outreach-dreams-usage = { $state ->
        [on] 🌙 Los sueños de la mañana están activados.
        [illustrated] 🌙 Los sueños de la mañana están activados, con imágenes.
       *[off] 🌙 Los sueños de la mañana están apagados.
    } /dreams on, /dreams illustrated o /dreams off.
outreach-dream-message =
    🌙 Anoche soñé contigo…

    { $dream }
