/**
 * Stop words of the twelve locales the bot speaks. Our own compact lists rather than a kept set
 * such as stopwords-iso: those run to hundreds of words a language and drop words that questions
 * hinge on ("never", "first", "favourite", numbers, "home"), which the English list below has
 * always kept on purpose. Each list holds articles, pronouns, prepositions, conjunctions, common
 * auxiliaries, interrogatives and chat fillers. The same lists score language detection, so they
 * favour frequent words. Arabic and Persian entries are written as typed and normalised when the
 * sets are built, so they match normalised text.
 */

/** The English list predates the others and is tuned on LoCoMo; it is kept word for word. */
export const EN_STOP_WORDS =
  "a an the and or but if then else so than that this these those there here of to in on at by for " +
  "with about as into onto from up down out off over under again further once is am are was were be been " +
  "being have has had having do does did doing i me my mine myself we us our ours ourselves you your yours " +
  "yourself yourselves he him his himself she her hers herself it its itself they them their theirs " +
  "themselves what which who whom whose when where why how all any both each few more most other some such " +
  "no nor not only own same too very s t can will just don should now d ll m o re ve y ain aren couldn " +
  "didn doesn hadn hasn haven isn ma mightn mustn needn shan shouldn wasn weren won wouldn would could " +
  "might must shall may also yeah yes oh hey hi hello wow ok okay really lot lots thing things something " +
  "anything everything get got gonna wanna gotta let lets like just well much many even still though " +
  "too quite pretty kind sort totally definitely absolutely sure thanks thank glad great awesome cool " +
  "amazing good nice";

/** Lists of the other eleven locales, space-separated. */
export const STOP_WORD_TEXT: Readonly<Record<string, string>> = {
  ru:
    "и в во не что он на я с со как а то все всё она так его но да ты к у же вы за бы по только ее её мне " +
    "было вот от меня еще ещё нет о об из ему теперь когда даже ну ли если уже или ни быть был была были " +
    "будет него до вас вам ведь там потом себя ей может они тут где есть надо ней для мы тебя тебе их чем " +
    "сам без чего тоже себе под ж тогда кто этот того потому этого какой какая какое какие каком какую " +
    "каких ним здесь этом почти мой моя мою мое моё мои моего моей моих моим нее сейчас куда зачем всех " +
    "при хоть после над про них эту эти эта это этой тот том им всю чтобы почему сколько твой твоя ваш " +
    "наш наша привет спасибо пожалуйста очень ладно окей просто вообще кстати",
  uk:
    "і й та в у на не що він вона воно вони я ти ми ви з із зі як а але то все усе так його її їх але до " +
    "від за по для про при над під через після це ця цей ці цього цієї цим цю того той тим тому бо чи " +
    "коли де хто що чого чому який яка яке які якого якій яку скільки мій моя моє мої мого моєї мою моїх моїм " +
    "мені мене тебе тобі вам нам нас вас їм ним нею ній був була було були буде є бути вже ще теж також " +
    "тут там тепер дуже просто привіт дякую будь ласка ну ось от лише тільки навіть може можна треба " +
    "твій твоя ваш наш себе собі",
  es:
    "el la los las lo un una unos unas y e o u de del al a en con por para sin sobre entre hasta desde que " +
    "qué quien quién quienes cuál cual cuáles cuando cuándo donde dónde como cómo cuánto cuánta por qué " +
    "porque pero si sí no ni ya muy más menos también tan tanto yo tú tu tus te ti me mi mis mí nos os se " +
    "le les él ella ellos ellas usted ustedes nosotros vosotros su sus nuestro nuestra este esta esto estos " +
    "estas ese esa eso esos esas aquel es son era eran fue fueron ser soy eres somos está están estoy " +
    "estaba estar he has ha han hemos había hay tengo tiene tienes hola gracias vale bueno bien pues " +
    "entonces algo mucho muchos muchas",
  pt:
    "o a os as um uma uns umas e ou de do da dos das em no na nos nas ao aos à às por pelo pela pelos " +
    "pelas para com sem sobre entre até desde que quê quem qual quais quando onde como quanto quanta porque " +
    "por que mas se sim não nem já muito muita mais menos também tão eu tu você vocês ele ela eles elas " +
    "nós me mim te ti lhe lhes se nos meu minha meus minhas teu tua seu sua seus suas nosso nossa este " +
    "esta isto estes estas esse essa isso esses essas aquele aquela é são era eram foi foram ser sou " +
    "somos está estão estou estava estar tenho tem têm tinha há olá obrigado obrigada bom bem então " +
    "algo coisa muitos muitas pra",
  de:
    "der die das den dem des ein eine einen einem einer eines und oder aber denn sondern doch dass daß " +
    "wenn weil ob als wie was wer wen wem wessen wo wann warum wieso welche welcher welches welchen " +
    "woher wohin ich du er sie es wir ihr mich dich sich uns euch mir dir ihm ihn ihnen mein meine meinen " +
    "meinem meiner meines dein deine sein seine ihre ihren unser unsere euer ist sind bin bist war waren " +
    "sein gewesen hat habe hast haben hatte hatten wird werden wurde würde kann können muss müssen soll " +
    "will nicht kein keine keinen auch noch schon nur sehr so zu zum zur im in am an auf aus bei mit nach " +
    "von vom vor über unter um durch für gegen ohne bis hallo danke ja nein ok also mal halt eben",
  fr:
    "le la les l un une des du de d et ou mais donc or ni car que qu qui quoi quel quelle quels quelles " +
    "quand où comment combien pourquoi je j tu il elle on nous vous ils elles me m te t se s lui leur " +
    "leurs moi toi soi mon ma mes ton ta tes son sa ses notre nos votre vos ce c cet cette ces ça cela " +
    "est sont suis es sommes êtes était étaient été être ai as a avons avez ont avait avoir fait faire " +
    "ne n pas plus très aussi bien trop peu en y à au aux dans par pour sur sous avec sans chez vers " +
    "entre depuis pendant si oui non bonjour salut merci alors voilà bon",
  it:
    "il lo la i gli le l un uno una un' e ed o oppure ma però che chi cosa quale quali quando dove come " +
    "quanto quanta perché se sì no non né già molto molta più meno anche così io tu lui lei noi voi loro " +
    "mi ti ci vi si me te gli ne mio mia miei mie tuo tua suo sua nostro nostra questo questa questi " +
    "queste quello quella è sono sei siamo era erano stato stata essere ho hai ha abbiamo hanno avere " +
    "aveva di del dello della dei degli delle a al allo alla ai agli alle da dal dalla dai in nel nello " +
    "nella nei negli nelle con su sul sulla per tra fra ciao grazie bene allora poi dell all nell dall sull",
  tr:
    "ve ile bir bu şu o da de ki mi mı mu mü ne ama fakat çünkü için gibi kadar daha en çok az ben sen " +
    "biz siz onlar beni seni bana sana benim senin onun bizim sizin onların ben de şey var yok evet " +
    "hayır değil olan oldu olarak ise hem ya veya hangi nasıl neden niye nerede nereye kim kime kimin " +
    "ne zaman kaç merhaba selam teşekkürler teşekkür ederim tamam iyi her hep bile sadece artık şimdi",
  id:
    "yang dan di ke dari ini itu saya aku kamu anda dia ia kami kita mereka dengan untuk tidak bukan ada " +
    "adalah akan juga sudah telah bisa dapat mau apa siapa kapan mana dimana bagaimana mengapa kenapa " +
    "berapa karena tapi tetapi atau pada dalam oleh ya yah sih dong kok nya ku mu pun lah kah saja hanya " +
    "sangat lebih paling sekali masih lagi halo hai terima kasih oke baik sama se",
  fa:
    "و در به از که این آن را با برای تا یا اما ولی هم نیز چون اگر پس من تو او ما شما آنها ایشان مرا " +
    "ترا است هست هستم هستی هستند بود بودم بودند شد شده می نمی باشد باشم کرد کردم کند کنم " +
    "چه چی چرا کجا کی کدام کدوم چطور چگونه چند آیا خیلی بسیار فقط همه هر یک دیگر خود خودم " +
    "سلام ممنون مرسی لطفا بله نه خب آره",
  ar:
    "و في من إلى الى على عن مع هذا هذه ذلك تلك هو هي هم هن أنا انا أنت انت نحن أنتم هل ما ماذا لماذا " +
    "متى أين اين كيف كم أي التي الذي الذين كان كانت يكون قد لقد لا لم لن ليس إن ان أن أو او ثم بل لكن " +
    "كل بعض عند لدي لي له لها لهم بها به فيه فيها منذ حتى إذا اذا يا جدا فقط أيضا ايضا مرحبا شكرا " +
    "نعم كلا",
};
