/**
 * Which memories a dream leaves alone: health and grief. A memory is sensitive when it sits in the
 * health room, when the emotion engine tagged it as strongly sad or afraid, or when it names
 * illness, death or self-harm in one of the 12 languages. Dreams remix freely, and a remix of a
 * diagnosis or a funeral is not a gift, so these are left out unless the user asks for them.
 */
import type { Memory } from "../../domain/memory.ts";

// Word starts ("diagnos" matches "diagnosed") end in "*"; anything else must be a whole word,
// because short stems collide ("mort" starts "mortgage", "tod" starts "today").
const WORDS = [
  // en
  "died dies death* dead funeral* grave graves griev* grief cancer* tumor* tumour* chemo* hospital* diagnos* surgery* depress* suicid* miscarri* illness* sick disease* therapy therapist* overdos* rehab abuse* abused rape* assault* passed-away",
  // ru
  "умер* умир* смерт* похорон* могил* рак онколог* больниц* диагноз* операци* депресс* суицид* выкидыш* болезн* болею болеет терапи* насили*",
  // uk
  "помер* помира* смерт* похорон* могил* рак онколог* лікарн* діагноз* операці* депрес* суїцид* викид* хвороб* хворію терапі* насильств*",
  // es
  "murió murio muerte* muerto* muerta* funeral* entierro* duelo cáncer* cancer* hospital* diagnóstic* diagnostic* cirugía* operación* depresi* suicid* aborto* enfermedad* terapia*",
  // pt
  "morreu morte* morto morta funeral* enterro* luto câncer* cancro* hospital* diagnóstic* diagnostic* cirurgia* operação* depress* suicíd* suicid* aborto* doença* terapia*",
  // de
  "gestorben starb stirbt tod tot tote beerdigung* trauer* krebs* krankenhaus* klinik* diagnose* operation* depress* suizid* selbstmord* fehlgeburt* krankheit* therapie*",
  // fr
  "mort morte morts décéd* décès deuil funéraill* enterrement* cancer* hôpital* hopital* diagnost* chirurgi* opération* dépress* suicid* fausse-couche maladie* thérapi*",
  // it
  "morto morta morti morte funeral* lutto cancro* tumore* ospedal* diagnos* chirurg* operazion* depress* suicid* aborto* malattia* terapia*",
  // tr
  "öldü* ölüm* cenaze* yas kanser* hastane* teşhis* ameliyat* depresyon* intihar* düşük hastalı* terapi*",
  // id
  "meninggal* wafat kematian* pemakaman* duka kanker* rumah-sakit diagnos* operasi* depresi* bunuh-diri keguguran* penyakit* terapi*",
  // fa
  "فوت* مرگ* درگذشت* تشییع* سوگ* سرطان* بیمارستان* تشخیص* جراحی* افسردگی* خودکشی* سقط* بیماری*",
  // ar
  "توفي* توفى* وفاة* موت* مات جنازة* عزاء* سرطان* مستشفى* تشخيص* جراحة* اكتئاب* انتحار* إجهاض* اجهاض* مرض*",
]
  .join(" ")
  .split(" ");

const WHOLE = new Set(WORDS.filter((w) => !w.endsWith("*")));
const STARTS = WORDS.filter((w) => w.endsWith("*")).map((w) => w.slice(0, -1));

// Arabic and Persian attach "and", "the", "with", "to" to the word itself.
const ARABIC_PREFIX = /^(?:وال|بال|لل|ال|و|ب|ل|ف)(?=\p{L}{3})/u;

/** The text's words, lower-cased, with two-word phrases joined by "-" ("passed-away"). */
function tokens(text: string): string[] {
  const words =
    text
      .toLowerCase()
      .normalize("NFC")
      .match(/[\p{L}\p{M}]+/gu) ?? [];
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    out.push(w);
    const bare = w.replace(ARABIC_PREFIX, "");
    if (bare !== w) out.push(bare);
    if (i + 1 < words.length) out.push(`${w}-${words[i + 1]}`);
  }
  return out;
}

/** True when a text speaks of illness, death, grief or self-harm in one of the 12 languages. */
export function mentionsSensitive(text: string): boolean {
  for (const t of tokens(text)) {
    if (WHOLE.has(t)) return true;
    for (const s of STARTS) if (t.startsWith(s)) return true;
  }
  return false;
}

/** Valence at or below which a sad or fearful memory counts as grief or fear, not a passing low. */
export const SENSITIVE_VALENCE = -0.5;

/**
 * True when a dream should leave the memory out: the health room, a strongly sad or fearful
 * emotion tag, or words of illness and loss.
 */
export function isSensitiveMemory(m: Pick<Memory, "room" | "text" | "emotion">): boolean {
  if (m.room === "health") return true;
  const e = m.emotion;
  if (e && (e.label === "sadness" || e.label === "fear") && e.valence <= SENSITIVE_VALENCE) return true;
  return mentionsSensitive(m.text);
}
