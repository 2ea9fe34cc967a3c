# Spanish (es): credits and Telegram Stars ("Estrellas de Telegram", then "estrellas").

## /buy and the invoice

buy-choose =
    Tienes { $balance ->
        [one] { $balance } crédito
       *[other] { $balance } créditos
    }. Elige un paquete (se paga con Estrellas de Telegram):

pack-title =
    { $credits ->
        [one] { $credits } crédito
       *[other] { $credits } créditos
    }

buy-pack-button = { $title } — { $stars } ⭐

invoice-description =
    { $credits ->
        [one] { $credits } crédito de Velro
       *[other] { $credits } créditos de Velro
    } para imágenes y videos. Las creaciones fallidas se reembolsan en créditos.

checkout-offer-expired = Esta oferta ya no está disponible. Vuelve a usar /buy, por favor.
checkout-not-yours = Esta factura se creó para otra persona.
checkout-price-changed = El precio cambió. Vuelve a usar /buy, por favor.

## After paying

pay-thanks =
    ⭐ ¡Gracias! Sumé { $credits ->
        [one] { $credits } crédito
       *[other] { $credits } créditos
    } a tu saldo: ahora tienes { $balance }.

pay-unmatched = ¡Gracias! No pude asociar este pago a ningún paquete; escribe /paysupport, por favor.

pay-refunded =
    Se te reembolsaron las estrellas y { $credits ->
        [one] se retiró { $credits } crédito
       *[other] se retiraron { $credits } créditos
    } de tu saldo.

## /paysupport and /terms

terms =
    Condiciones en resumen:
    • Los créditos se compran con Estrellas de Telegram y se gastan en crear imágenes y videos a los precios que muestra /models.
    • Una creación que falla, se cancela o es rechazada por el filtro de seguridad de un modelo no cuesta nada: sus créditos se devuelven automáticamente.
    • Los créditos no caducan y no se pueden canjear por dinero. Las compras sin usar se pueden reembolsar a través de /paysupport.
    • No pidas contenido ilegal ni que infrinja las políticas de Telegram o de los modelos.

## Admins only: /grant, /refund, /stats

grant-usage = Uso: /grant <id de usuario> <créditos> (negativo para descontar)

grant-done = Listo: { $amount } créditos para { $user }; saldo: { $balance }.

refund-usage = Uso: /refund <id del cargo de pago de Telegram> (no se encontró ese pago)

refund-done =
    Se reembolsaron { $stars } ⭐ a { $user }; se revirtieron { $reversed } de { $credits } créditos{ $already ->
        [yes] {" "}(ya se habían revertido antes)
       *[no] {""}
    }.

stats-jobs = Tareas: { $jobs }
stats-jobs-none = Tareas: ninguna
stats-payments = Pagos: { $payments } ({ $stars } ⭐), reembolsados: { $refunded }
stats-accounts = Cuentas de créditos: { $accounts }; créditos en circulación: { $outstanding }
stats-ledger-ok = Conciliación del libro contable: OK
stats-ledger-mismatch =
    Conciliación del libro contable: { $count ->
        [one] ¡{ $count } discrepancia!
       *[other] ¡{ $count } discrepancias!
    }
stats-dead-letters =
    Actualizaciones fallidas: { $count }{ $count ->
        [0] {""}
       *[other] {" "}(ver /deadletters)
    }

## Payment support

support-ask =
    🛟 Ayuda con pagos: cuéntame en tu próximo mensaje qué salió mal — qué compraste, cuándo y qué pasó. Una captura de pantalla también ayuda (añádele un texto).
    Le llega directamente a una persona de nuestro equipo, no a la IA. Las creaciones fallidas se reembolsan en créditos automáticamente, así que no hace falta que preguntes por ellas.
support-in-private = Los temas de pagos son privados: escríbeme /paysupport en nuestro chat privado, por favor.
support-unavailable = Lo siento, todavía no hay nadie atendiendo los pagos de este bot, así que no puedo hacer llegar tu mensaje. Vuelve a intentarlo más tarde, por favor.
support-cancel-button = ✖ Cancelar
support-cancelled = Vale, cancelado: no se envió nada.
support-unsupported = Puedo hacer llegar textos, fotos y documentos. Descríbelo en un mensaje, por favor; una captura con texto también sirve.
support-received = ✅ Gracias: la solicitud #{ $ticket } ya está con nuestro equipo. Una persona te responderá aquí mismo, en este chat.
support-added = ✅ Añadido a tu solicitud #{ $ticket }. Te responderemos aquí.

## What the admins see

support-ticket-card =
    🛟 Solicitud de ayuda con pagos #{ $ticket }
    De: { $name } · id <code>{ $id }</code> · idioma: { $language }
    Pagos recientes con estrellas:
support-ticket-payment =
    • <code>{ $charge }</code> — { $stars } ⭐ · créditos: { $credits } · { DATETIME($date, year: "numeric", month: "2-digit", day: "2-digit") }{ $refunded ->
        [yes] {" "}· reembolsado
       *[no] {""}
    }
support-ticket-no-payments = • ninguno todavía
support-ticket-hint = Pulsa Responder, o responde a este mensaje, para contestar. /refund usa el id del pago.
support-ticket-followup = 💬 Solicitud #{ $ticket } — { $name } (id <code>{ $id }</code>) escribe:
support-reply-button = ✍️ Responder
support-close-button = ✅ Cerrar
support-reply-ask = ✍️ Escribe tu respuesta a la solicitud #{ $ticket } en tu próximo mensaje. Le llegará al usuario tal como la escribas (también vale una foto o un documento).
support-reply-sent = ✅ Entregado al usuario (solicitud #{ $ticket }).
support-reply-blocked = ⚠️ No entregado: el usuario ha bloqueado el bot (solicitud #{ $ticket }).
support-closed-toast = La solicitud #{ $ticket } está cerrada.

## What the user sees of the answers

support-answer-head = 💬 Nuestro equipo de soporte te respondió (solicitud #{ $ticket }):
support-answer-button = ✍️ Contestar
support-answer-ask = ✍️ Escribe tu respuesta en tu próximo mensaje; le llegará a nuestro equipo con la solicitud #{ $ticket }.
support-closed-user = ✅ Tu solicitud de pago #{ $ticket } está cerrada. Si surge cualquier otra cosa, envía /paysupport: aquí estamos.
support-receipt-charge = Id del pago (para reembolsos y /paysupport): <code>{ $charge }</code>
