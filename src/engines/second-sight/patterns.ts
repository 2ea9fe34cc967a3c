/**
 * The words of decisions, torn feelings and unclear asks in the 12 languages. Each pattern is a
 * regular expression over lower-cased text with Unicode word edges (JavaScript's \b only knows
 * ASCII letters), written by hand from how people ask: "should I", "стоит ли", "¿debería",
 * "soll ich", "almalı mıyım", "haruskah", "آیا باید", "هل يجب".
 */

/** Wraps alternatives in Unicode word edges. */
const w = (source: string): RegExp => new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, "u");

/** A decision the user is weighing. */
export const DECISION: readonly RegExp[] = [
  // en
  w(
    "should i|shall i|should we|or should i|do i (?:take|accept|stay|go|quit|leave|move|say|tell|buy|keep|sell|call)",
  ),
  w(
    "whether (?:to|i should|or not)|can'?t decide|cannot decide|can not decide|torn between|help me (?:decide|choose|pick)",
  ),
  w(
    "what would you do|is it (?:worth it|a good idea|smart|wise)|would it be (?:better|smarter|wise|a mistake)|pros and cons|dilemma|which (?:one )?should i",
  ),
  w(
    "(?:thinking|considering) (?:about |of )?(?:quitting|leaving|moving|taking|accepting|breaking up|proposing|selling|buying)",
  ),
  // ru
  w(
    "стоит ли|мне (?:стоит|лучше|надо ли|нужно ли|соглашаться|уходить|переезжать)|или нет|не могу (?:решить|выбрать|определиться)|что выбрать|как (?:мне )?поступить|дилемма|помоги (?:мне )?(?:решить|выбрать)",
  ),
  w("\\p{L}+ть ли"),
  // uk
  w(
    "чи (?:варто|слід|треба|потрібно|мені)|не можу (?:вирішити|обрати|вибрати|визначитися)|що обрати|що вибрати|як (?:мені )?вчинити|чи ні|дилема|допоможи (?:мені )?(?:вирішити|обрати)",
  ),
  // es
  w(
    "debería|debo (?:aceptar|irme|quedarme|dejar|decir|comprar|mudarme)|no sé si|no (?:puedo|logro|consigo) decidir(?:me)?|qué (?:elijo|escojo|hago)|vale la pena|o no|dilema|ayúdame a (?:decidir|elegir)|me conviene",
  ),
  // pt
  w(
    "devo (?:aceitar|ir|ficar|sair|largar|contar|comprar|mudar)|deveria|não sei se|não (?:consigo|sei) (?:decidir|escolher)|o que (?:escolho|faço)|vale a pena|ou não|dilema|me ajuda a (?:decidir|escolher)",
  ),
  // de
  w(
    "soll ich|sollte ich|sollen wir|ich weiß nicht,? ob|kann mich nicht entscheiden|was soll ich (?:tun|machen|wählen)|lohnt (?:es )?sich|oder nicht|dilemma|hilf mir(?:,)? (?:zu )?(?:entscheiden|wählen)",
  ),
  // fr
  w(
    "dois-je|devrais-je|est-ce que je (?:dois|devrais)|je ne sais pas si|j'hésite|j’hésite|je n'arrive pas à (?:choisir|décider|me décider)|ça vaut le coup|ou pas|dilemme|aide-moi à (?:choisir|décider)",
  ),
  // it
  w(
    "dovrei|devo (?:accettare|andare|restare|lasciare|dire|comprare|trasferirmi)|non so se|non riesco a (?:decidere|scegliere)|cosa (?:scelgo|faccio)|ne vale la pena|o no|dilemma|aiutami a (?:decidere|scegliere)",
  ),
  // tr
  w(
    "\\p{L}+(?:malı|meli) (?:mıyım|miyim|mıyız|miyiz)|\\p{L}+(?:malı|meli)(?:yım|yim) mi|karar veremiyorum|(?:ne|hangisini) seçeyim|yoksa|değer mi|ikilem",
  ),
  // id
  w(
    "haruskah|(?:apa|apakah) (?:aku|saya|gue) (?:harus|sebaiknya|perlu)|sebaiknya (?:aku|saya)|bingung (?:mau|antara|pilih|harus)|(?:tidak|gak|nggak) bisa (?:memutuskan|mutusin)|pilih (?:yang )?mana|ambil (?:yang )?mana|atau tidak|atau nggak",
  ),
  // fa
  w(
    "آیا باید|بهتره (?:که )?(?:برم|بمونم|قبول|بگم)|(?:نمی‌دونم|نمیدونم|نمی‌دانم|نمیدانم) (?:که )?(?:آیا|باید)|(?:نمی‌تونم|نمیتونم|نمی‌توانم) تصمیم|تصمیم (?:بگیرم|گرفتن)|یا نه|دوراهی|چیکار کنم بهتره",
  ),
  // ar
  w(
    "هل (?:يجب|ينبغي|علي|عليّ|أقبل|أترك|أنتقل|أستقيل|أبقى)|لا أعرف (?:إن|إذا|هل)|لا أدري (?:إن|إذا|هل)|محتار|محتارة|لا أستطيع (?:أن )?أقرر|أو لا|ولا لا|(?:أي|ماذا) أختار|معضلة",
  ),
];

/** Feelings pulling two ways, said in so many words. */
export const TORN: readonly RegExp[] = [
  w(
    "mixed feelings|bittersweet|on (?:the )?one hand|part of me|torn|conflicted|don'?t know how (?:i|to) feel|both (?:happy|excited|relieved) and (?:sad|scared|nervous|guilty)",
  ),
  w("смешанные чувства|с одной стороны|часть меня|и рад[аы]?,? и|и радостно,? и|двоякое чувство|разрываюсь"),
  w("змішані почуття|з одного боку|частина мене|і радий,? і|і радісно,? і|розриваюся"),
  w("sentimientos encontrados|por un lado|una parte de mí|agridulce|dividid[oa]"),
  w("sentimentos (?:mistos|contraditórios|confusos)|por um lado|uma parte de mim|agridoce|dividid[oa]"),
  w("gemischte gefühle|einerseits|ein teil von mir|bittersüß|hin- und hergerissen|zwiegespalten"),
  w(
    "sentiments (?:mitigés|partagés|contradictoires|mêlés)|d'un côté|d’un côté|une partie de moi|doux-amer|partagé(?:e)? entre|tiraillé(?:e)?",
  ),
  w("sentimenti contrastanti|emozioni contrastanti|da un lato|una parte di me|agrodolce|combattut[oa]"),
  w("karışık duygular|bir yandan|bir parçam|içim buruk|ikilemde"),
  w("perasaan campur aduk|campur aduk|di satu sisi|sebagian diriku|dilema"),
  w("احساسات (?:متناقض|متضاد)\\p{L}*|از یک طرف|یه بخشی از من|هم خوشحالم هم|دلم دوتاست"),
  w("مشاعر (?:متضاربة|مختلطة|متناقضة)|من ناحية|من جهة|جزء مني|سعيد(?:ة)? وحزين(?:ة)?"),
];

/** Asks too unclear to answer well without a question back. */
export const AMBIGUOUS: readonly RegExp[] = [
  w(
    "(?:i )?(?:don'?t|do not) know what to do|idk what to (?:do|think)|it'?s complicated|not sure (?:what|how) (?:to|i)|i don'?t know anymore|what do i do now|you know what i mean",
  ),
  w("не знаю,? что (?:мне )?делать|всё сложно|все сложно|сам[аи]? не знаю|что теперь делать"),
  w("не знаю,? що (?:мені )?робити|все складно|сам[аи]? не знаю|що тепер робити"),
  w("no sé qué hacer|es complicado|ya no sé|qué hago ahora"),
  w("não sei o que fazer|é complicado|já não sei|e agora\\??$"),
  w("ich weiß nicht,? was ich tun soll|es ist kompliziert|ich weiß nicht mehr|was jetzt"),
  w("je ne sais pas quoi faire|je sais pas quoi faire|c'est compliqué|c’est compliqué|je ne sais plus"),
  w("non so cosa fare|non so che fare|è complicato|non lo so più"),
  w("ne yapacağımı bilmiyorum|çok karışık|bilmiyorum artık|şimdi ne yapacağım"),
  w("(?:aku|saya|gue) (?:gak|tidak|nggak|ga) tahu harus (?:apa|gimana|bagaimana)|rumit banget|entahlah"),
  w("(?:نمی‌دونم|نمیدونم|نمی‌دانم) (?:چیکار|چه کار) کنم|پیچیده‌ست|پیچیده است"),
  w("لا أعرف ماذا أفعل|لا أدري ماذا أفعل|الأمر معقد|معقدة جدا"),
];

/** Words that join two options ("A or B") or two feelings ("glad but scared"). */
export const OR_WORDS = w("or|или|чи|або|ou|oder|oppure|yoksa|veya|ya da|atau|یا|أو|ام|أم");
export const BUT_WORDS = w(
  "but|yet|though|although|но|однако|хотя|але|проте|pero|aunque|mas|porém|aber|trotzdem|mais|pourtant|ma|però|eppure|ama|fakat|tapi|namun|اما|ولی|لكن|ولكن",
);

/** Pronouns that point at something the message never names ("should I do it?"). */
export const VAGUE = w(
  "it|this|that|so|это|то|этого|це|те|esto|eso|isso|isto|das|es|ça|cela|questo|quello|bunu|onu|itu|ini|این|اون|هذا|ذلك",
);
