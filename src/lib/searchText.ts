/**
 * Text folding and tokenising shared by the journal search index and the
 * highlighter, so what is indexed and what is highlighted always agree.
 */

/** Lower case without accents: "Café" and "cafe" are the same word to a searcher. */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

// Marks are part of a word so decomposed input ("e" + combining accent) stays one word.
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;
const MAX_TOKEN = 40;

/** Distinct folded words of a text, in first-seen order. */
export function tokenize(text: string): string[] {
  const seen = new Set<string>();
  for (const match of fold(text).matchAll(WORD)) {
    const word = match[0].replace(/\p{M}+/gu, '').slice(0, MAX_TOKEN);
    if (word) seen.add(word);
  }
  return [...seen];
}

/** The words of a search box, without words that only repeat the start of a longer one. */
export function queryTokens(query: string): string[] {
  const tokens = tokenize(query);
  return tokens.filter((t) => !tokens.some((other) => other !== t && other.startsWith(t)));
}

export interface Segment {
  text: string;
  match: boolean;
}

/**
 * Split text into plain and matching segments: the start of every word that
 * begins with a query token is a match. Callers render segments as React text.
 */
export function highlight(text: string, tokens: readonly string[]): Segment[] {
  if (tokens.length === 0 || text === '') return text ? [{ text, match: false }] : [];
  const out: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const length = matchedLength(m[0], tokens);
    if (length === 0) continue;
    if (start > last) out.push({ text: text.slice(last, start), match: false });
    out.push({ text: text.slice(start, start + length), match: true });
    last = start + length;
  }
  if (last < text.length) out.push({ text: text.slice(last), match: false });
  return out;
}

/** How many characters of the original word cover the longest matching token (0 if none). */
function matchedLength(word: string, tokens: readonly string[]): number {
  const folded = fold(word);
  let best = '';
  for (const t of tokens) if (t.length > best.length && folded.startsWith(t)) best = t;
  if (!best) return 0;
  // Walk the original characters until their folded form covers the token.
  let covered = 0;
  let index = 0;
  for (const ch of word) {
    if (covered >= best.length) break;
    covered += fold(ch).length;
    index += ch.length;
  }
  // Keep combining marks that belong to the last matched letter.
  while (index < word.length && /\p{M}/u.test(word[index] ?? '')) index += 1;
  return index;
}

/** The first match's neighbourhood, for showing why a long entry was found. */
export function snippetAround(text: string, tokens: readonly string[], radius = 50): string | undefined {
  const first = highlight(text, tokens).findIndex((s) => s.match);
  if (first < 0) return undefined;
  const offset = highlight(text, tokens)
    .slice(0, first)
    .reduce((n, s) => n + s.text.length, 0);
  const from = Math.max(0, offset - radius);
  const to = Math.min(text.length, offset + radius * 2);
  return `${from > 0 ? '…' : ''}${text.slice(from, to).replace(/\s+/g, ' ').trim()}${to < text.length ? '…' : ''}`;
}
