import { findPhoneNumbersInText, type CountryCode } from "libphonenumber-js";
import { countryCodeOf, countryCodeOfCity, standardiseLocation, type StandardLocation } from "@/lib/etl/normalize";
import { headingOf } from "./sections";

// Name, e-mail, phone, location and headline from a resume's first lines.
// Bounded parts keep the search linear on a long run of letters with no "@" in it.
const emailPattern = /(?<![\p{L}\d._%+-])[\p{L}\d._%+-]{1,64}@[\p{L}\d-]{1,63}(?:\.[\p{L}\d-]{1,63}){0,8}\.\p{L}{2,24}/u;
const urlPattern = /\b(?:https?:\/\/|www\.)\S+|\b(?:linkedin\.com|github\.com|gitlab\.com|t\.me)\/\S*/i;
const segmentSeparators = /\s*(?:\||•|·|●|▪|◦|⋅|✉|☎|📞|📧|📍|\t|\s{3,}|\s[–—]\s)\s*/u;
const labelPattern = /^(?:e-?mail|phone|tel|telephone|mobile|cell|location|address|city|based in|телефон|тел|моб|почта|город|адрес|местонахождение|проживание|проживает)\.?\s*[:：]?\s*/iu;

const nameWord = /^(?:\p{Lu}[\p{Ll}'’]*\p{Lu}?[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?|\p{Lu}{2,}(?:-\p{Lu}{2,})?|\p{Lu}\.|van|von|de|da|del|della|der|di|du|la|le|bin|ibn|al)$/u;
const russianSurname = /^\p{Script=Cyrillic}+(?:ова|ева|ёва|ина|ына|ов|ев|ёв|ин|ын|ский|ская|цкий|цкая|енко|ук|юк|ко)$/u;
const patronymic = /(?:ович|евич|ьич|овна|евна|ична|инична)$/u;
// Words that start a job title, so a headline is not mistaken for a name ("Senior Developer").
const titleWords =
  /\b(?:engineer|developer|designer|manager|analyst|scientist|consultant|architect|lead|director|specialist|administrator|intern|student|graduate|head|officer|programmer|tester|qa|devops|sre|recruiter|accountant|marketer|writer|editor|researcher|teacher|nurse|assistant|coordinator|owner|founder|cto|ceo|vp|разработчик|инженер|менеджер|аналитик|дизайнер|программист|тестировщик|руководитель|специалист|директор|архитектор|стажер|стажёр|бухгалтер|студент\p{L}*)\b/iu;

export type Contact = {
  firstName: string | null;
  lastName: string | null;
  email: string | null;
  phone: string | null;
  location: StandardLocation | null;
  headline: string | null;
  /** The lines the details came from: the name line and contact lines. */
  lines: string[];
};

const titleCase = (word: string) => word.replace(/\p{L}+/gu, (w) => (w === w.toUpperCase() && w.length > 1 ? w[0] + w.slice(1).toLowerCase() : w));

/** "Jane Doe", "MARCO ROSSI", "Иванова Анна Сергеевна" as first and last name, or null when the text is not a name. */
export function nameFrom(text: string): { firstName: string; lastName: string } | null {
  const cleaned = text.replace(labelPattern, "").replace(/^(?:name|имя|фио)\s*[:：]\s*/iu, "").trim();
  const words = cleaned.split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > 5 || !words.every((w) => nameWord.test(w)) || !/^\p{Lu}/u.test(words[0])) return null;
  if (headingOf(cleaned) || titleWords.test(cleaned) || /^(?:curriculum vitae|resume|résumé|cv|резюме)$/iu.test(cleaned)) return null;
  const proper = words.map(titleCase);
  // Russian resumes write "Surname Name Patronymic", and often "Surname Name".
  if (proper.length === 3 && patronymic.test(proper[2])) return { firstName: proper[1], lastName: proper[0] };
  if (proper.length === 2 && russianSurname.test(proper[0]) && !russianSurname.test(proper[1])) return { firstName: proper[1], lastName: proper[0] };
  return { firstName: proper.slice(0, -1).join(" "), lastName: proper[proper.length - 1] };
}

function isContactish(segment: string): boolean {
  return emailPattern.test(segment) || urlPattern.test(segment) || /\d{3}[\s\d()+-]{4,}/.test(segment);
}

/** A segment that names a known place: a country, a known city, or "City, ST". */
export function locationFrom(segment: string): StandardLocation | null {
  const text = segment
    .replace(labelPattern, "")
    .replace(/^(?:based in|located in)\s+/i, "")
    // Dates or a postcode after the place: "Milan, Italy 03/2019 - 05/2023", "San Francisco, CA 94105".
    .replace(/\s+\(?\d{2,}.*$/, "")
    .trim();
  if (!text || text.length > 60 || isContactish(text)) return null;
  const place = standardiseLocation({ text });
  const knownCity = place.city ? countryCodeOfCity(place.city) !== null : false;
  const knownCountry = countryCodeOf(text.split(",").pop()) !== null || countryCodeOf(text) !== null;
  if (!knownCity && !knownCountry && !(place.region && place.countryCode)) return null;
  return place;
}

function phoneFrom(lines: string[], country: string | null): string | null {
  for (const line of lines) {
    // A date range is not a phone number; nor is a year.
    const cleaned = line.replace(/\b\d{1,2}[./]\d{4}\b|\b(?:19|20)\d{2}\s*[-–—]\s*(?:(?:19|20)\d{2})\b/g, " ");
    const found = findPhoneNumbersInText(cleaned, (country ?? undefined) as CountryCode | undefined);
    if (found.length > 0) return found[0].number.number;
  }
  return null;
}

function splitNameAndTitle(line: string): [string, string | null] {
  const parts = line.split(/\s+[–—|-]\s+|\s*[|]\s*|,\s+/);
  return parts.length > 1 ? [parts[0], parts.slice(1).join(", ")] : [line, null];
}

function isHeadline(line: string): boolean {
  return line.length <= 80 && line.split(/\s+/).length <= 10 && !isContactish(line) && !headingOf(line) && !/(?:19|20)\d{2}/.test(line) && (locationFrom(line) === null || headlineAndPlace(line) !== null);
}

/**
 * Contact details from the header lines (before the first heading, plus any contact section):
 * the name is the first line that reads as one, possibly "Name Surname — Title"; the headline
 * is the short line right after it; e-mail, phone and place come from any segment of the lines.
 */
export function parseContact(header: string[], allLines: string[]): Contact {
  const top = header.length > 0 ? header.slice(0, 12) : allLines.slice(0, 8);
  let name: { firstName: string; lastName: string } | null = null;
  let headline: string | null = null;
  const used: string[] = [];
  for (let i = 0; i < top.length && !name; i++) {
    const [namePart, titlePart] = splitNameAndTitle(top[i]);
    name = nameFrom(namePart) ?? nameFrom(top[i]);
    if (!name) continue;
    used.push(top[i]);
    if (titlePart && nameFrom(namePart) && !isContactish(titlePart) && !locationFrom(titlePart)) headline = titlePart;
    else if (top[i + 1] && isHeadline(top[i + 1])) headline = top[i + 1];
  }
  // A name further down in a "Name: ..." label, as forms and some templates write it.
  // HeadHunter and similar forms: "Желаемая должность и зарплата" then the title on its own line.
  const desired = allLines.findIndex((l) => /^(?:желаемая должность|desired (?:position|role)|target (?:position|role)|position sought)/iu.test(l));
  if (!headline && desired >= 0 && allLines[desired + 1] && isHeadline(allLines[desired + 1])) headline = allLines[desired + 1];
  // A resume with no name may open with the title alone, often in capitals ("ACCOUNTANT").
  if (!headline && !name && top[0] && isHeadline(top[0]) && looksLikeJobTitle(top[0])) headline = titleCase(top[0]);
  if (!name) {
    const labelled = allLines.find((l) => /^(?:name|имя|фио)\s*[:：]/iu.test(l));
    name = labelled ? nameFrom(labelled) : null;
    if (name) used.push(labelled!);
  }
  // "Senior Python Developer, London" or "Data Scientist | Berlin": the place is not part of the title.
  const placed = headline ? headlineAndPlace(headline) : null;
  if (placed) headline = placed.title;
  // Two-column layouts push contact lines below the first heading, so the first lines count too.
  const searchLines = [...new Set([...top, ...allLines.slice(0, 8), ...allLines.filter((l) => labelPattern.test(l))])];
  // The candidate's own address is near the top; one further down may be a referee's.
  const email = (searchLines.join("\n").match(emailPattern) ?? allLines.join("\n").match(emailPattern))?.[0].toLowerCase() ?? null;
  let location: StandardLocation | null = null;
  for (const line of searchLines) {
    if (used.includes(line)) continue;
    for (const segment of line.split(segmentSeparators)) {
      location = headlineAndPlace(segment)?.place ?? locationFrom(segment);
      if (location) break;
    }
    if (location) {
      used.push(line);
      break;
    }
  }
  location ??= placed?.place ?? null;
  const phone = phoneFrom(searchLines.slice(0, 20), location?.countryCode ?? null);
  used.push(...searchLines.filter((l) => emailPattern.test(l) || urlPattern.test(l) || (phone && l.replace(/\D/g, "").includes(phone.replace(/\D/g, "").slice(-7)))));
  return { firstName: name?.firstName ?? null, lastName: name?.lastName ?? null, email, phone, location, headline: headline ? titleWithoutEmployer(headline) : null, lines: used };
}

/** A headline ending in a place ("Data Engineer, London, UK"): the title before it and the place. */
function headlineAndPlace(headline: string): { title: string; place: StandardLocation } | null {
  if (headline.length > 120) return null;
  const parts = headline.split(/\s*[|•·]\s*|\s+[–—-]\s+|,\s+/u);
  // A place is at most its last three parts ("Austin, TX, USA").
  for (let k = Math.max(1, parts.length - 3); k < parts.length; k++) {
    const place = locationFrom(parts.slice(k).join(", "));
    const title = parts.slice(0, k).join(", ").trim();
    if (place && title && looksLikeJobTitle(title)) return { title, place };
  }
  return null;
}

/** "Software Engineer - Dell Technologies" is the title "Software Engineer"; a title alone is kept whole. */
function titleWithoutEmployer(headline: string): string | null {
  const trimmed = headline.replace(/^[-–—|,\s]+|[-–—|,\s]+$/g, "");
  const [first, ...rest] = trimmed.split(/\s+(?:-|–|—|at|@|\|)\s+/);
  return (rest.length > 0 && titleWords.test(first) ? first : trimmed) || null;
}

/** Whether a line reads as a job title (for taking the most recent position as the title). */
export function looksLikeJobTitle(text: string): boolean {
  return titleWords.test(text);
}
