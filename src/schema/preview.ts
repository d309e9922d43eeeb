/**
 * How a document value appears inside a message. Documents can hold credentials pasted into the
 * wrong field, and messages reach logs, annotations and SARIF: short plain values are shown,
 * anything long or token-like is masked to its first characters and its length.
 */
const MAX_SHOWN = 40;
/** A long unbroken run of letters and digits: the body of API keys, hashes and JWT parts. */
const TOKEN_RUN = /[A-Za-z0-9+/=]{16,}/g;

export function previewValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  if (typeof value === 'string' && looksLikeToken(value)) return mask(value);
  if (text.length > MAX_SHOWN)
    return typeof value === 'string' ? mask(value) : `${text.slice(0, MAX_SHOWN - 3)}...`;
  return text.replace(/[\u0000-\u001f\u007f`]/g, (c) =>
    c === '`' ? "'" : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Identifiers (`gpt-5.2-codex-2026-01-15`) have short segments; credentials have a long mixed run. */
function looksLikeToken(value: string): boolean {
  for (const [run] of value.matchAll(TOKEN_RUN))
    if (/[0-9]/.test(run) && /[A-Za-z]/.test(run)) return true;
  return false;
}

function mask(value: string): string {
  return `${value.slice(0, 4)}… (${value.length} characters, masked)`;
}
