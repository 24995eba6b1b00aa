// Words plus the symbols skills carry inside them: C++, C#, .NET, Node.js, CI/CD, R&D. A hand
// scanner rather than a regex: it runs on every job description and is four times faster.

const letterOrDigit = /[\p{L}\p{N}]/u;
// Whether each code unit above ASCII is a letter or digit, learnt on first sight: 1 yes, 2 no.
// Cyrillic and accented text then costs a table read per character instead of a regex test.
const wordUnits = new Uint8Array(0x10000);

function isWordAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  // Astral characters come as surrogate pairs; counting both halves keeps the pair in one token.
  if (c >= 0xd800 && c <= 0xdfff) return true;
  let known = wordUnits[c];
  if (known === 0) known = wordUnits[c] = letterOrDigit.test(text[i]) ? 1 : 2;
  return known === 1;
}

/** "+", "#", "&" continue a word ("C++", "C#", "R&D"). */
const isInner = (c: number) => c === 43 || c === 35 || c === 38;
/** ".", "-", "/", "'" join two word parts ("Node.js", "CI/CD"). */
const isJoiner = (c: number) => c === 46 || c === 45 || c === 47 || c === 39;

/** Appends the [start, end) offsets of each token of the text, in order, to `starts` and `ends`. */
export function tokenBounds(text: string, starts: number[], ends: number[]): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const start = i;
    if (text.charCodeAt(i) === 46 && i + 1 < n && isWordAt(text, i + 1)) i++;
    else if (!isWordAt(text, i)) {
      i++;
      continue;
    }
    i++;
    while (i < n && (isWordAt(text, i) || isInner(text.charCodeAt(i)))) i++;
    while (i + 1 < n && isJoiner(text.charCodeAt(i)) && (isWordAt(text, i + 1) || isInner(text.charCodeAt(i + 1)))) {
      i += 2;
      while (i < n && (isWordAt(text, i) || isInner(text.charCodeAt(i)))) i++;
    }
    starts.push(start);
    ends.push(i);
  }
}

export function tokenize(text: string): string[] {
  const starts: number[] = [];
  const ends: number[] = [];
  tokenBounds(text, starts, ends);
  return starts.map((start, k) => text.slice(start, ends[k]));
}
