import type { EmotionLabel } from "./labels.ts";

/*
 * Small hand-written emotion word lists for the languages the GoEmotions model cannot read, used
 * when no LLM is configured. A few dozen common words per emotion, so they catch the obvious
 * cases and stay silent otherwise. Entries ending in "*" match any word that starts with them
 * (one stem covers "грустно", "грустный", "грустная"); the others must match a whole word. Stems
 * are kept clear of everyday words that share their start: Russian "ради" (for the sake of) is why
 * "рад" is listed whole, Indonesian "kesalahan" (mistake) why "kesal" is.
 */

type EmotionWords = Readonly<Record<Exclude<EmotionLabel, "neutral">, string>>;

/** Words that negate an emotion word one or two words after them, and ones that follow it. */
export interface Negation {
  before: string;
  after?: string;
}

/** One language's lexicon: space-separated entries per emotion, plus its negators. */
export interface LanguageLexicon {
  words: EmotionWords;
  negation: Negation;
  /** Letters glued to the front of words that should be tried without them (Arabic و، ف، ال…). */
  prefixes?: string;
}

export const FOREIGN_LEXICONS: Readonly<Record<string, LanguageLexicon>> = {
  ru: {
    words: {
      joy: "рад рада рады радост* радуюсь радует обрадов* счастл* счастье весел* ура люблю обожаю восторг* классно классн* отличн* супер прекрасн* замечательн* кайф* доволен довольн* смешн* ахах* хаха* чудесн* здорово круто спасибо благодар*",
      sadness:
        "грустн* грущу грусть печал* тоск* плачу плачет плакать плакал* слез* одинок* жаль депресс* разочаров* горе несчаст* больно уныл* сожале* скорб* умер умерла умерли",
      anger:
        "зол злой зла злая злюсь злит* злост* разозл* бесит бесят бешен* взбеш* ярост* ненавиж* ненавист* раздраж* возмущ* достал* задолбал* гнев* сердит* сержусь",
      fear: "страх* страшн* боюсь боится боишься бояться испуг* пугает напуган* тревог* тревож* паник* ужас* волнуюсь беспоко* опасаюсь нервничаю",
      surprise: "удивл* удивит* неожидан* вау ого офиге* шок* шокир* поразит* потряс* невероятн* внезапн*",
      disgust:
        "отвратит* мерзк* мерзост* противн* гадост* гадко гадкий тошнит тошнот* фу фуу омерзит* брезг*",
    },
    negation: { before: "не ни нет без" },
  },
  uk: {
    words: {
      joy: "радий радію радість радісн* щасли* щастя весел* ура люблю кохаю обожнюю чудов* класно класн* супер прекрасн* чудес* задоволен* смішн* дякую вдячн* круто",
      sadness:
        "сумно сумний сумна сумую сум печал* туга плачу плаче плакати плакав* сльоз* самотн* шкода жаль важко депрес* розчаров* горе нещасн* боляче помер померла",
      anger:
        "злий зла злюся злить злість розлюч* бісить бісять ненавиджу ненавист* дратує роздрат* обур* сердит* гнів* набридл* скажен*",
      fear: "страх* страшн* боюся боїться боятися лякає налякан* тривог* тривож* панік* жах* хвилююся непоко*",
      surprise: "здивов* дивно несподіван* вау ого шок* неймовірн* раптов* вражен*",
      disgust: "огид* гидк* гидот* мерзен* мерзот* нудить бридк* фу",
    },
    negation: { before: "не ні немає без" },
  },
  es: {
    words: {
      joy: "feliz felices felicidad alegr* contento contenta encant* genial maravillos* fantástic* gracias agradecid* amo amor jaja* jeje* divertid* emocionad* orgullos* estupend* guay",
      sadness:
        "triste tristes tristeza llor* deprimid* depresi* soledad decepcion* duele pena lamento infeliz murió desanimad* desgraci* extraño",
      anger:
        "enojad* enojo enfadad* enfado furios* ira rabia odio odia odiar molest* harto harta cabread* irritad* indignad* maldit* mierda",
      fear: "miedo asustad* asusta temo aterr* ansiedad ansios* preocupad* preocupa nervios* pánico panico pavor terror",
      surprise: "sorprend* sorpresa increíble increible asombr* wow guau inesperad* impactad*",
      disgust: "asco asquer* repugn* vomit* náusea* nausea* repulsi* grotesc*",
    },
    negation: { before: "no nunca ni tampoco sin" },
  },
  pt: {
    words: {
      joy: "feliz felizes felicidade alegr* contente ador* amo amei maravilh* ótimo ótima otimo obrigad* gratidão grato grata kkk* haha* rsrs divertid* animad* orgulh* legal",
      sadness:
        "triste tristes tristeza chor* deprimid* depress* sozinh* saudade* decepcion* magoad* dor pena infeliz morreu",
      anger: "raiva irritad* irrita ódio odio odeio furios* puto puta chatead* revoltad* zangad* ira",
      fear: "medo assustad* assusta apavorad* pavor ansios* ansiedade preocupad* preocupa nervos* pânico panico terror",
      surprise: "surpres* incrível incrivel uau nossa caramba inesperad* chocad* choque",
      disgust: "nojo nojent* repugn* vomit* asqueros* enjoad* eca",
    },
    negation: { before: "não nao nunca nem sem" },
  },
  de: {
    words: {
      joy: "glücklich* gluecklich* froh fröhlich* freue freut freude* toll tolle toller super wunderbar* großartig* grossartig* liebe lieben danke dankbar* genial klasse geil haha* begeistert* stolz* schön*",
      sadness:
        "traurig* trauer* weine weinen weint geweint einsam* deprimiert* depression* enttäusch* unglücklich* vermisse* vermiss* schmerz* leid gestorben kummer* elend*",
      anger: "wütend* wut* ärger* sauer hasse hass* zorn* genervt* nervt empört* scheiße* scheiss* verdammt*",
      fear: "angst* ängstlich* fürchte* befürcht* sorge sorgen besorgt* panik* erschrocken* erschreck* nervös* beängstig*",
      surprise:
        "überrascht* überrasch* wow krass unglaublich* unerwartet* erstaunt* erstaunlich* schockiert*",
      disgust: "eklig* ekel* widerlich* abstoßend* ekelhaft* igitt pfui kotz*",
    },
    negation: { before: "nicht kein keine keinen nie niemals ohne" },
  },
  fr: {
    words: {
      joy: "heureux heureuse* content contente* joie joyeu* ravi ravie génial* genial* super formidable* merveilleu* adore* aime merci reconnaissant* mdr haha* excellent* fier fière",
      sadness:
        "triste* tristesse pleur* déprim* deprim* malheureu* déçu* decu* déception* chagrin* peine décédé* désolé* desole*",
      anger:
        "colère* colere* énervé* enerve* furieu* fâché* fache* rage* déteste* deteste* haine* hais marre agacé* agace* irrité* putain merde",
      fear: "peur* effray* terrifi* angoiss* anxieu* anxiété inquiet* inquiète* panique* crains crainte* stress* flippe* trouille",
      surprise: "surpris* étonn* etonn* incroyable* waouh wow choqué* inattendu* stupéf*",
      disgust: "dégoût* degout* dégueu* degueu* beurk berk répugn* repugn* écœur* ecoeur* immonde*",
    },
    negation: { before: "pas ne n jamais sans plus" },
  },
  it: {
    words: {
      joy: "felice felici felicità content* gioia gioios* allegr* fantastic* meraviglios* bellissim* adoro amo grazie grat* evviva haha* ahah* entusiast* orgoglios* stupend*",
      sadness:
        "triste tristi tristezza piang* pianto depress* delus* infelice* dolore* addolorat* sconfortat* scoraggiat* dispiace",
      anger: "arrabbiat* arrabbi* furios* rabbia* odio odiare irritat* incazzat* cazzo stufo stufa ira",
      fear: "paura* spaventat* spavent* terrorizzat* ansia* ansios* preoccupat* preoccup* panico* terrore* timore* temo",
      surprise:
        "sorpres* sorprend* incredibil* wow stupit* stupefatt* inaspettat* scioccat* caspita accidenti",
      disgust: "schifo* schifos* disgust* ripugnan* nausea* vomit*",
    },
    negation: { before: "non mai senza né" },
  },
  tr: {
    words: {
      joy: "mutlu* sevin* neşe* harika* süper mükemmel* muhteşem* seviyorum sevdim bayıldım teşekkür* tesekkur* sağol* sagol* haha* güzel* eğlen* gurur*",
      sadness:
        "üzgün* üzül* üzücü* mutsuz* ağla* agla* hüzün* yalnız* keder* depresyon* depresif* kırgın* özledim özlüyorum kırıklığı",
      anger: "kızgın* kızdım kızıyorum sinir* öfke* ofke* nefret* bıktım bıktı* lanet* kahrol* çıldır*",
      fear: "kork* endişe* endise* kaygı* kaygi* panik* ürk* tedirgin* dehşet*",
      surprise: "şaşır* sasir* şaşkın* vay inanılmaz* inanilmaz* beklenmedik* şok* hayret*",
      disgust: "iğrenç* igrenc* iğren* tiksin* bulandırıcı",
    },
    negation: { before: "hiç", after: "değil* degil*" },
  },
  id: {
    words: {
      joy: "senang* bahagia* gembira* suka cinta* sayang* hebat* keren* mantap* asyik* asik* seru makasih bangga* lega wkwk* haha* bersyukur syukur*",
      sadness:
        "sedih* kesedihan menangis* nangis* tangis* kecewa* kesepian* sepi galau* murung* duka* berduka* rindu* meninggal menyesal*",
      anger: "marah* kesal kesel benci* jengkel* sebal* sebel* geram* murka* emosi sialan* brengsek* bete",
      fear: "takut* ketakutan* cemas* khawatir* kuatir* panik* ngeri* gugup* waswas seram* serem*",
      surprise: "kaget* terkejut* heran* wow wah astaga* mengejutkan takjub*",
      disgust: "jijik* menjijikkan muak* mual* jorok* ilfeel najis*",
    },
    negation: { before: "tidak tak bukan belum gak nggak ga enggak" },
  },
  fa: {
    words: {
      joy: "خوشحال* شاد* خوشبخت* عالی دوستت عاشق* ممنون* مرسی متشکر* سپاس* خنده* لذت* هیجان*",
      sadness: "غمگین* ناراحت* غم غصه* گریه* افسرده* دلتنگ* ناامید* متاسف* متأسف* فوت اندوه*",
      anger: "عصبانی* عصبی* خشم* خشمگین* متنفر* نفرت* حرص* لعنت* اعصاب* کلافه*",
      fear: "ترس* نگران* وحشت* استرس* اضطراب* هراس* دلهره*",
      surprise: "تعجب* متعجب* شگفت* غافلگیر* وای عجب عجیب* شوکه* شوک",
      disgust: "چندش* منزجر* انزجار* کثیف* مشمئز*",
    },
    negation: { before: "نه نمی", after: "نیست* نیستم" },
  },
  ar: {
    words: {
      joy: "سعيد* سعاده فرح* فرحان* مبسوط* رائع* جميل* ممتاز* احب* احبك شكرا ههه* مسرور*",
      sadness: "حزين* حزن* زعلان* ابكي* بكي* بكاء وحيد* مكتئب* اكتئاب* خيبه محبط* مؤلم* توفي* مات اسف*",
      anger: "غاضب* غضب* عصبي* معصب* اكره* كره* كراهيه مستفز* زهقت غيظ* حانق* منزعج* ازعاج*",
      fear: "خائف* خايف* خوف* اخاف قلق* مرعوب* رعب* ذعر* هلع* متوتر* توتر*",
      surprise: "مندهش* دهشه* متفاجئ* مفاجاه* مفاجئ* صدمه* مصدوم* واو",
      disgust: "مقرف* قرف* مقزز* اشمئزاز* يقرف* تقزز* قرفان*",
    },
    negation: { before: "لا لم لن ليس لست ما مش مو غير بدون" },
    prefixes: "وال بال فال لل ال و ف ب ل",
  },
};
