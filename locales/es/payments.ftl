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

paysupport = Ayuda con pagos: describe el problema e indica la fecha de la compra. Las creaciones fallidas se reembolsan en créditos automáticamente; para que te devuelvan en estrellas los créditos que no hayas usado, un administrador revisará tu solicitud. Responde aquí y te contestaremos.

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
