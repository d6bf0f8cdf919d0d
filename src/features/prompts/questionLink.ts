import { unzlibSync, zlibSync } from 'fflate';
import { isLocalDay } from '../../lib/days';
import type { QuestionPayload } from './questions.repo';

/*
 * The therapist's question travels in the URL fragment (never sent to a server):
 *   <origin>/q#v1.<data>    data = base64url(zlib(JSON {q, f?, d?, n?}))
 * zlib carries an Adler-32 checksum, which we verify, so a truncated or edited
 * link is caught. Decoding never throws: it returns a typed result.
 */

export const LINK_VERSION = 1;
export const limits = {
  text: 1000,
  followUps: 5,
  followUp: 300,
  from: 80,
  /** Largest decoded JSON we accept, in bytes. */
  decodedBytes: 8192,
  /** Longest input we even look at (a pasted message, a QR payload). */
  inputChars: 20_000,
} as const;

export type LinkProblem =
  | 'empty' // nothing to read
  | 'notBetween' // a link or code from somewhere else
  | 'wrongVersion' // from a newer (or unknown) version of Between
  | 'damaged' // truncated, edited or garbled on the way
  | 'tooLarge' // bigger than any real question
  | 'content'; // readable, but the fields are not a question we can keep

export type DecodeResult = { ok: true; payload: QuestionPayload } | { ok: false; reason: LinkProblem };

interface Wire {
  q: string;
  f?: string[];
  d?: string;
  n?: string;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
}

function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (const byte of bytes) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

/** The fields a question may carry, trimmed; undefined when something breaks the rules. */
export function checkPayload(value: unknown): QuestionPayload | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const { q, f, d, n } = value as Record<string, unknown>;
  if (typeof q !== 'string' || q.trim() === '' || q.trim().length > limits.text) return undefined;
  const payload: QuestionPayload = { text: q.trim() };
  if (f !== undefined) {
    if (!Array.isArray(f) || f.length > limits.followUps) return undefined;
    const followUps: string[] = [];
    for (const item of f as unknown[]) {
      if (typeof item !== 'string' || item.trim().length > limits.followUp) return undefined;
      if (item.trim() !== '') followUps.push(item.trim());
    }
    if (followUps.length > 0) payload.followUps = followUps;
  }
  if (d !== undefined) {
    if (typeof d !== 'string' || !isLocalDay(d)) return undefined;
    payload.dueDay = d;
  }
  if (n !== undefined) {
    if (typeof n !== 'string' || n.trim().length > limits.from) return undefined;
    if (n.trim() !== '') payload.from = n.trim();
  }
  return payload;
}

/** The fragment, without '#': 'v1.<data>'. Assumes a payload that passes checkPayload. */
export function encodeQuestion(payload: QuestionPayload): string {
  const wire: Wire = { q: payload.text.trim() };
  const followUps = (payload.followUps ?? []).map((f) => f.trim()).filter((f) => f !== '');
  if (followUps.length > 0) wire.f = followUps;
  if (payload.dueDay) wire.d = payload.dueDay;
  if (payload.from?.trim()) wire.n = payload.from.trim();
  const json = new TextEncoder().encode(JSON.stringify(wire));
  return `v${LINK_VERSION}.${toBase64Url(zlibSync(json, { level: 9 }))}`;
}

export function questionLink(payload: QuestionPayload, origin: string): string {
  return `${origin}/q#${encodeQuestion(payload)}`;
}

function decodeData(data: string): DecodeResult {
  const bytes = fromBase64Url(data);
  if (!bytes || bytes.length < 6) return { ok: false, reason: 'damaged' };
  let json: Uint8Array;
  try {
    // One byte more than allowed: if it fills up, the payload is too large (and we stop early).
    json = unzlibSync(bytes, { out: new Uint8Array(limits.decodedBytes + 1) });
  } catch {
    return { ok: false, reason: 'damaged' };
  }
  if (json.length > limits.decodedBytes) return { ok: false, reason: 'tooLarge' };
  const tail = bytes.subarray(bytes.length - 4);
  const expected = (((tail[0] ?? 0) << 24) | ((tail[1] ?? 0) << 16) | ((tail[2] ?? 0) << 8) | (tail[3] ?? 0)) >>> 0;
  if (json.length === 0 || adler32(json) !== expected) return { ok: false, reason: 'damaged' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
  } catch {
    return { ok: false, reason: 'damaged' };
  }
  const payload = checkPayload(parsed);
  return payload ? { ok: true, payload } : { ok: false, reason: 'content' };
}

/**
 * Reads a full link, a bare fragment ('#v1.…' or 'v1.…'), or a message that
 * contains a link. Anything else is reported, never thrown.
 */
export function decodeQuestionLink(input: unknown): DecodeResult {
  try {
    if (typeof input !== 'string' || input.trim() === '') return { ok: false, reason: 'empty' };
    if (input.length > limits.inputChars) return { ok: false, reason: 'tooLarge' };
    const match = /(?:^|#)v(\d+)\.([^\s]*)/.exec(input.trim());
    if (!match) return { ok: false, reason: 'notBetween' };
    if (Number(match[1]) !== LINK_VERSION) return { ok: false, reason: 'wrongVersion' };
    // A link pasted inside a sentence may carry trailing punctuation; base64url never ends in it.
    return decodeData((match[2] ?? '').replace(/[.,;:!?)\]>'"”’]+$/, ''));
  } catch {
    // Belt and braces: nothing above should throw, but a decoder must not.
    return { ok: false, reason: 'damaged' };
  }
}

export type ImportResult = { ok: true; payload: QuestionPayload; source: 'link' | 'text' } | { ok: false; reason: LinkProblem | 'textTooLong' };

/**
 * What the client pasted: a link (decoded as above) or the question itself as
 * plain words (from an email, say), which becomes a question with no sender.
 */
export function readImportInput(input: string): ImportResult {
  if (input.trim() === '') return { ok: false, reason: 'empty' };
  if (looksLikeLink(input)) {
    const result = decodeQuestionLink(input);
    return result.ok ? { ...result, source: 'link' } : result;
  }
  if (input.trim().length > limits.text) return { ok: false, reason: 'textTooLong' };
  return { ok: true, payload: { text: input.trim() }, source: 'text' };
}

/** Whether the text looks like a link or code (as opposed to a question typed or pasted as words). */
export function looksLikeLink(input: string): boolean {
  const text = input.trim();
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(text) || /^#?v\d+\./.test(text) || /#v\d+\./.test(text) || /^www\./i.test(text);
}
