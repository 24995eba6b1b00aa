// Date ranges of positions ("Jan 2018 – Present", "03/2016 - 05/2020", "Март 2019 — по н.в.") and years of experience from them.
export type MonthRange = { start: number; end: number };

const monthStems: [RegExp, number][] = [
  [/^(jan|янв|jän)/, 1],
  [/^(feb|фев)/, 2],
  [/^(mar|мар|mär)/, 3],
  [/^(apr|апр)/, 4],
  [/^(may|мая|май|mai)/, 5],
  [/^(jun|июн)/, 6],
  [/^(jul|июл)/, 7],
  [/^(aug|авг)/, 8],
  [/^(sep|сен)/, 9],
  [/^(oct|окт|okt)/, 10],
  [/^(nov|ноя)/, 11],
  [/^(dec|дек|dez)/, 12],
];

const monthWord =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|январ[ья]|феврал[ья]|марта?|апрел[ья]|ма[йя]|июн[ья]|июл[ья]|августа?|сентябр[ья]|октябр[ья]|ноябр[ья]|декабр[ья]|янв|фев|мар|апр|июн|июл|авг|сен|окт|ноя|дек)\\.?";
const datePart = `(?:${monthWord}\\s*,?\\s*(?:19|20)\\d{2}|(?:0?[1-9]|1[0-2])\\s*[./-]\\s*(?:19|20)\\d{2}|(?:19|20)\\d{2}\\s*[./-]\\s*(?:0[1-9]|1[0-2])(?!\\d)|(?:19|20)\\d{2})`;
const presentWord =
  "(?:present|current(?:ly)?|now|today|ongoing|to date|till now|date|(?:по\\s+)?(?:настоящее\\s+время|наст\\.?\\s*вр(?:емя|\\.)?|н\\.\\s*в\\.?|сейчас|текущий\\s+момент)|heute|aktuell)";
const separator = "\\s*(?:-|–|—|−|→|to|until|till|through|по|bis)\\s*";
const rangePattern = new RegExp(`(?<![\\p{L}\\d])(${datePart})${separator}(${datePart}|${presentWord})(?![\\p{L}\\d])`, "giu");

// "Since 2019", "с марта 2020 г.": a start with no end is a position held until now.
const sincePattern = new RegExp(`(?<![\\p{L}\\d])(?:since|seit|с)\\s+(${datePart})(?:\\s*(?:г\\.|года?))?(?![\\p{L}\\d])(?!\\s*(?:-|–|—|to|по|until))`, "giu");

/** Months since year 0 for one side of a range; a bare year starts in July and ends in June, so "2015-2019" is four years. */
function monthIndex(token: string, isEnd: boolean, now: Date): number | null {
  const t = token.toLowerCase().replace(/\s+/g, " ").trim();
  if (new RegExp(`^${presentWord}$`, "iu").test(t)) return now.getUTCFullYear() * 12 + now.getUTCMonth();
  const year = /(19|20)\d{2}/.exec(t);
  if (!year) return null;
  const y = Number(year[0]);
  const rest = t.replace(year[0], "").replace(/[\s./,-]/g, "");
  let month: number | null = null;
  if (/^\d{1,2}$/.test(rest)) month = Number(rest);
  else if (rest) month = monthStems.find(([stem]) => stem.test(rest))?.[1] ?? null;
  if (month === null || month < 1 || month > 12) month = isEnd ? 6 : 7;
  return y * 12 + (month - 1);
}

/** Every date range in a line, as month indexes [start, end] with end capped at now. */
export function dateRangesIn(line: string, now = new Date()): MonthRange[] {
  const ranges: MonthRange[] = [];
  const nowIndex = now.getUTCFullYear() * 12 + now.getUTCMonth();
  for (const match of line.matchAll(rangePattern)) {
    const start = monthIndex(match[1], false, now);
    const end = monthIndex(match[2], true, now);
    if (start === null || end === null || start > nowIndex || end < start - 12) continue;
    ranges.push({ start, end: Math.max(start, Math.min(end, nowIndex)) });
  }
  if (ranges.length > 0) return ranges;
  for (const match of line.matchAll(sincePattern)) {
    const start = monthIndex(match[1], false, now);
    if (start !== null && start <= nowIndex) ranges.push({ start, end: nowIndex });
  }
  return ranges;
}

/** The line with its date ranges taken out: "2021 - now  Frontend Developer" is "Frontend Developer". */
export function withoutDateRanges(line: string): string {
  return line.replace(rangePattern, " ").replace(/\s{2,}/g, " ").replace(/^[\s,–—-]+|[\s,–—-]+$/g, "");
}

/** Months covered by the ranges with overlaps counted once (two jobs at once are not double experience). */
export function mergedMonths(ranges: MonthRange[]): number {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  let total = 0;
  let current: MonthRange | null = null;
  for (const r of sorted) {
    if (current && r.start <= current.end + 1) current.end = Math.max(current.end, r.end);
    else {
      if (current) total += current.end - current.start + 1;
      current = { ...r };
    }
  }
  if (current) total += current.end - current.start + 1;
  return total;
}

const numberWords: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20 };
const statedPatterns = [
  /(\d{1,2}(?:[.,]\d)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s*\+?\s*(?:years?|yrs?)['’]?\s+(?:of\s+)?(?:[a-z-]+\s+){0,3}?(?:experience|expertise|in the industry|in software)/i,
  /experience\s*(?:of|:)?\s*(?:over|more than)?\s*(\d{1,2}(?:[.,]\d)?)\s*\+?\s*(?:years?|yrs?)/i,
  /опыт(?:ом)?\s+(?:\p{L}+\s+){0,3}?(?:более|свыше|больше)?\s*(\d{1,2})\s*\+?\s*(?:лет|года?)/iu,
  /(\d{1,2})\s*\+?\s*(?:лет|года?)\s+(?:\p{L}+\s+){0,2}?опыта/iu,
];

/** "7 years of experience", "over ten years' experience in fintech", "опыт работы более 5 лет". */
export function statedExperienceYears(text: string): number | null {
  for (const pattern of statedPatterns) {
    const match = pattern.exec(text);
    if (!match) continue;
    const value = numberWords[match[1].toLowerCase()] ?? Number(match[1].replace(",", "."));
    if (Number.isFinite(value) && value > 0 && value < 60) return value;
  }
  return null;
}
