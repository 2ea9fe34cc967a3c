### Команди (учасники з ролями та спільним запасом кредитів) і проєкти (добірки робіт).

## Ролі

team-role-owner = власник
team-role-admin = адмін
team-role-editor = редактор
team-role-viewer = глядач

## /team

team-help =
    👥 <b>Команди</b> ділять спільний запас кредитів і проєкти — для родини, друзів і невеликих студій.

    /team new &lt;назва&gt; — створити команду (ти станеш власником)
    /team invite [editor|viewer|admin] [скільки людей] — посилання-запрошення
    /team — твоя команда, учасники й кредити
    /team topup &lt;кредити&gt; — перевести власні кредити до спільного запасу
    /team cap &lt;учасник&gt; &lt;кредити|off&gt; — місячний ліміт учасника
    /team role &lt;учасник&gt; &lt;роль&gt;, /team remove &lt;учасник&gt;, /team leave
    /team transfer &lt;учасник&gt;, /team rename &lt;назва&gt;, /team delete
    /team use &lt;назва&gt; — обрати, з якою з твоїх команд працюють ці команди
    /team link — у групі: роботи учасників тут оплачує команда
    /team revoke [номер|all], /team log
team-created = 🎉 Команда <b>{ $team }</b> готова, ти її власник. Запрошуй людей через /team invite, а запас поповнюй через /team topup або /buy.
team-overview-title = 👥 <b>{ $team }</b> · твоя роль: { $role }
team-overview-pool = 💰 Спільний запас: { $credits ->
        [one] { $credits } кредит
        [few] { $credits } кредити
        [many] { $credits } кредитів
       *[other] { $credits } кредиту
    }
team-overview-no-cap = 🎚 У тебе немає місячного ліміту · витрачено цього місяця: { $spent }
team-overview-cap = 🎚 Твій місячний ліміт: { $cap } · витрачено цього місяця: { $spent }
team-overview-members = { $count ->
        [one] { $count } учасник:
        [few] { $count } учасники:
        [many] { $count } учасників:
       *[other] { $count } учасника:
    }
team-member-line = • { $name } — { $role }
team-member-line-cap = • { $name } — { $role } · ліміт { $cap } на місяць
team-balance-line = 👥 { $team } (твоя роль: { $role }): у спільному запасі { $credits ->
        [one] { $credits } кредит
        [few] { $credits } кредити
        [many] { $credits } кредитів
       *[other] { $credits } кредиту
    }

## Запрошення

team-invite-usage = Запросити можна редактором, глядачем або адміном: /team invite editor (додай число, щоб за одним посиланням могли приєднатися кілька людей: /team invite viewer 5).
team-invite-created =
    🔗 Запрошення до <b>{ $team }</b> з роллю «{ $role }»:
    { $link }

    { $uses ->
        [one] За посиланням може приєднатися { $uses } людина
        [few] За посиланням можуть приєднатися до { $uses } людей
       *[other] За посиланням можуть приєднатися до { $uses } людей
    } до { DATETIME($expires, month: "short", day: "numeric", hour: "2-digit", minute: "2-digit") } (UTC). Діли ним лише з тими, кому довіряєш — /team revoke { $id } скасує його.
team-invites-none = У <b>{ $team }</b> немає відкритих запрошень.
team-invites-title = 🔗 Відкриті запрошення <b>{ $team }</b> (/team revoke &lt;номер&gt; або /team revoke all):
team-invite-line = #{ $id } · { $role } · використано { $uses }/{ $max } · до { DATETIME($expires, month: "short", day: "numeric") }
team-revoke-usage = Надішли /team revoke з номером запрошення (список — у /team revoke) або /team revoke all.
team-revoked = { $count ->
        [0] Відкритих запрошень для скасування не було.
        [one] Готово: це посилання-запрошення більше не працює.
        [few] Готово: { $count } посилання-запрошення більше не працюють.
       *[other] Готово: { $count } посилань-запрошень більше не працюють.
    }
team-joined = 🎉 Ласкаво просимо до <b>{ $team }</b>! Твоя роль: { $role }. /team покаже команду; у її групі твої роботи оплачуються зі спільного запасу.

## Учасники

team-role-usage = Вкажи учасника й роль: /team role @ім'я editor (або відповідай на його повідомлення командою /team role viewer). Ролі: admin, editor, viewer.
team-role-changed = ✅ { $name } тепер { $role }.
team-removed = ✅ { $name } більше не в <b>{ $team }</b>.
team-left = 👋 Ти вийшов(-ла) з <b>{ $team }</b>.
team-owner-changed = 🔑 Тепер <b>{ $team }</b> володіє { $name }; ти залишаєшся адміном.
team-renamed = ✏️ <b>{ $from }</b> тепер називається <b>{ $team }</b>.
team-in-use = 👥 Команди /team і /project тепер працюють з <b>{ $team }</b>.

## Кредити

team-topped-up = 💰 До спільного запасу <b>{ $team }</b> переведено { $credits } — тепер там { $pool }. Твій власний баланс: { $balance }.
team-cap-usage = Вкажи учасника й місячний ліміт у кредитах: /team cap @ім'я 300 — або /team cap @ім'я off, щоб зняти ліміт.
team-cap-set = 🎚 Тепер { $name } може витрачати зі спільного запасу до { $cap } кредитів на місяць.
team-cap-off = 🎚 У { $name } більше немає місячного ліміту.

## Групи

team-link-group-admins = Прив'язати групу до команди можуть лише адміни групи: від цього залежить, хто платить за роботи всіх учасників.
team-linked = 🔗 Групу прив'язано до <b>{ $team }</b>. /imagine, /video і /edit учасників тут оплачуються зі спільного запасу (у межах їхніх місячних лімітів) і потрапляють до проєкту <b>{ $project }</b>. /team link off — скасувати.
team-unlinked = Група більше не прив'язана до <b>{ $team }</b>: тут знову кожен платить власними кредитами.

## Видалення

team-delete-confirm = ⚠️ Видалити <b>{ $team }</b>? Учасники, запрошення й прив'язки груп зникнуть, а кредити зі спільного запасу повернуться до тебе. Скасувати це неможливо.
team-delete-confirm-button = 🗑 Видалити команду
team-delete-cancel-button = Залишити
team-deleted = 🗑 <b>{ $team }</b> видалено. { $credits ->
        [0] Спільний запас був порожній.
        [one] На твій баланс повернувся { $credits } кредит.
        [few] На твій баланс повернулися { $credits } кредити.
       *[other] На твій баланс повернулося { $credits } кредитів.
    }
team-delete-kept = Нічого не видалено.
team-delete-stale = Ця кнопка стосується іншої команди. Надішли /team delete ще раз.

## Журнал (/team log)

team-log-empty = У цій команді поки нічого не відбувалося.
team-log-title = 📜 <b>{ $team }</b> — спершу нове:
team-log-line = { DATETIME($date, month: "short", day: "numeric", hour: "2-digit", minute: "2-digit") } · { $event }
team-log-team-created = { $actor } створив(-ла) команду
team-log-invite-created = { $actor } створив(-ла) запрошення { $invite } ({ $role }, { $uses ->
        [one] { $uses } вхід
        [few] { $uses } входи
       *[other] { $uses } входів
    })
team-log-invite-revoked = { $actor } скасував(-ла) запрошення { $invite }
team-log-invites-revoked-all = { $actor } скасував(-ла) всі відкриті запрошення
team-log-joined = { $actor } приєднався(-лася) з роллю «{ $role }» (запрошення { $invite })
team-log-role-changed = { $actor } призначив(-ла) { $target } роль «{ $to }» (була «{ $from }»)
team-log-member-removed = { $actor } виключив(-ла) { $target }
team-log-member-left = { $actor } вийшов(-ла) з команди
team-log-ownership-transferred = { $actor } передав(-ла) володіння { $target }
team-log-renamed = { $actor } перейменував(-ла) команду: { $from } → { $to }
team-log-deleted = { $actor } видалив(-ла) команду (повернуто { $returned })
team-log-topup = { $actor } додав(-ла) { $credits } власних кредитів
team-log-purchase = { $actor } купив(-ла) { $credits } кредитів за зірки
team-log-spent = { $actor } витратив(-ла) { $credits } на роботу
team-log-cap-set = { $cap ->
        [none] { $actor } зняв(-ла) місячний ліміт для { $target }
       *[other] { $actor } встановив(-ла) { $target } місячний ліміт { $cap }
    }
team-log-group-linked = { $actor } прив'язав(-ла) групу (роботи йдуть до { $project })
team-log-group-unlinked = { $actor } відв'язав(-ла) групу
team-log-creation-transferred = { $actor } передав(-ла) роботу { $target }
team-log-project-created = { $actor } створив(-ла) проєкт { $project }
team-log-privacy-changed = { $actor } зробив(-ла) { $project }: { $privacy }

## Купівля для команди

team-buy-button = 👥 Для команди: { $team }
team-buy-choose = Який пакет покласти до спільного запасу <b>{ $team }</b>?
team-buy-not-allowed = Поповнювати спільний запас можуть лише власник і адміни команди.
team-invoice-title = { $credits } кредитів команді
team-invoice-description = { $credits } кредитів до спільного запасу команди { $team } — на роботи її учасників.
team-pay-thanks = ⭐ Дякуємо! { $credits } кредитів пішли до спільного запасу <b>{ $team }</b> — тепер там { $pool }.
stats-team-pools = Запаси команд: { $pools }, у них { $credits } кредитів

## Роботи у прив'язаній групі

gen-refused-team-not-member = Роботи в цій групі оплачує команда { $team }, а ти до неї не входиш. Попроси в її адмінів запрошення.
gen-refused-team-viewer = У { $team } ти глядач: глядачі не можуть витрачати кредити команди. Адмін може зробити тебе редактором.
gen-refused-team-cap = Це коштує { $cost } кредитів, а від твого місячного ліміту в { $team } ({ $cap }) залишилося { $left }. Власник може підняти його через /team cap.
gen-refused-team-pool-empty = { $model } коштує { $cost } кредитів, а в спільному запасі { $team } — { $balance }. Власник або адмін може поповнити його через /buy або /team topup.

## Відмови

team-error-no-team = Ти поки не в команді. Створи свою через /team new &lt;назва&gt; або відкрий посилання-запрошення.
team-error-forbidden = Твоя роль у <b>{ $team }</b> цього не дозволяє. У /team видно, хто що може.
team-error-name-invalid = Потрібна назва завдовжки від 1 до 64 символів.
team-error-name-taken = У тебе вже є <b>{ $name }</b>. Обери іншу назву.
team-error-member-unknown = Не знайшов такого учасника. Вкажи його @username або відповідай на його повідомлення.
team-error-role-invalid = Ролі: admin, editor і viewer.
team-error-self = Із самим собою так не можна.
team-error-owner-cannot-leave = Ти власник <b>{ $team }</b>: спершу передай команду через /team transfer &lt;учасник&gt; або видали її через /team delete.
team-error-jobs-running = { $count ->
        [one] Одна робота, оплачена зі спільного запасу, ще створюється.
        [few] { $count } роботи, оплачені зі спільного запасу, ще створюються.
       *[other] { $count } робіт, оплачених зі спільного запасу, ще створюються.
    } Спробуй, коли вони завершаться.
team-error-insufficient = Власних кредитів у тебе: { $balance } — на це не вистачить.
team-error-amount-invalid = Потрібне ціле число (кредити, а для запрошення — кількість людей від 1 до 100).
team-error-invite-invalid = Це посилання-запрошення більше не працює — можливо, минув термін, закінчилися місця або його скасували. Попроси нове.
team-error-already-member = Ти вже в <b>{ $team }</b>.
team-error-group-only = Це працює в групі: додай мене до групи й надішли там /team link.
team-error-team-unknown = Ти не входиш до команди <b>{ $name }</b>.
team-error-project-unknown = Не бачу проєкту <b>{ $name }</b>. Твої проєкти — у /projects.
team-error-team-privacy-personal = Особисті проєкти бувають закритими або публічними; режим «команда» — для командних проєктів.
team-error-creation-unknown = Не можу знайти цю роботу.
team-error-creation-not-yours = Ця робота не твоя — її не можна додати чи передати.

## Проєкти

project-privacy-private = закритий
project-privacy-team = для команди
project-privacy-public = публічний
project-button-add = 📁 До проєкту
project-button-details = ℹ️ Докладніше
project-button-remix = 🔁 Ремікс
project-help =
    📁 <b>Проєкти</b> збирають роботи разом.

    /project new &lt;назва&gt; — особистий проєкт (/project new team &lt;назва&gt; — для команди)
    /project add [назва] — відповідай на роботу, щоб додати її (або натисни кнопку 📁)
    /project privacy &lt;назва&gt; private|team|public — public дає сторінку лише для перегляду
    /projects [назва] — твої проєкти або що в одному з них
    /transfer @ім'я — відповідай на роботу, щоб віддати її учасникові команди
project-created = 📁 Проєкт <b>{ $project }</b> створено (закритий). Додавай роботи кнопкою 📁 під ними.
project-created-team = 📁 Командний проєкт <b>{ $project }</b> створено в <b>{ $team }</b>; його бачать усі учасники.
project-add-usage = Відповідай на одну з моїх робіт командою /project add (або /project add <проєкт>) чи натисни під нею кнопку 📁.
project-choose = До якого проєкту?
project-none-to-add = Поки немає проєкту, куди це додати — створи його через /project new <назва>.
project-added = ✅ Додано до <b>{ $project }</b>.
project-already-there = Це вже є в <b>{ $project }</b>.
project-added-toast = Додано!
project-already-there-toast = Уже там
project-privacy-usage = Надішли /project privacy <назва> private, team або public.
project-privacy-set = 🔒 Проєкт <b>{ $project }</b> тепер { $privacy }. Публічне посилання, якщо було, більше не працює.
project-public = 🌐 Проєкт <b>{ $project }</b> тепер публічний. За цим посиланням видно його зображення й відео (і нічого більше):
    { $link }
    Якщо знову змінити доступ, з'явиться нове посилання, а це перестане працювати.
projects-none = Проєктів поки немає. Почни з /project new &lt;назва&gt;.
projects-title = 📁 <b>Твої проєкти</b>
projects-line = #{ $id } <b>{ $project }</b> · { $count ->
        [one] { $count } робота
        [few] { $count } роботи
       *[other] { $count } робіт
    } · { $privacy }
projects-line-team = #{ $id } <b>{ $project }</b> · { $count ->
        [one] { $count } робота
        [few] { $count } роботи
       *[other] { $count } робіт
    } · { $privacy } · 👥 { $team }
projects-footer = /projects &lt;назва&gt; покаже, що всередині.
project-show-title = 📁 <b>{ $project }</b> · { $count ->
        [one] { $count } робота
        [few] { $count } роботи
       *[other] { $count } робіт
    }
project-item-line = • { $model }, автор { $maker }: «{ $prompt }»
project-empty = Тут поки порожньо.

## Передача й походження робіт

transfer-usage = Відповідай на свою роботу командою /transfer @ім'я, щоб віддати її комусь із команди.
transfer-done = 🎁 Тепер це робота { $name } — вона переїхала до їхньої /history.
creation-not-visible = Ця робота тобі не видна.
creation-made-by = ℹ️ { $model } · автор { $maker }, { DATETIME($date, month: "short", day: "numeric", year: "numeric") }
creation-from = ↳ зроблено з роботи { $model }, автор { $maker }
creation-original = ↳ оригінал, зроблений за описом
creation-owner = 🎁 тепер належить { $owner }
creation-paid-by-team = 👥 оплачено командою { $team }

## Публічна сторінка проєкту

project-page-title = Спільні роботи
project-page-count = { $count ->
        [0] Тут поки порожньо.
        [one] { $count } робота
        [few] { $count } роботи
       *[other] { $count } робіт
    }
project-page-image = Робота
project-page-video = Відеоробота
project-page-missing-title = Не знайдено
project-page-missing = Такої сторінки немає, або її посилання більше не діє.
