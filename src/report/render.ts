/** Pick a renderer by --format. */
import { renderJson } from './json.js';
import type { Report } from './model.js';
import { renderSarif } from './sarif.js';
import { renderText } from './text.js';

export const FORMATS = ['text', 'json', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

export function isFormat(value: string): value is Format {
  return (FORMATS as readonly string[]).includes(value);
}

/** The report in `format`: text and SARIF as strings, JSON as its UTF-8 bytes. */
export function render(report: Report, format: Format, color: boolean): string | Uint8Array {
  if (format === 'json') return renderJson(report);
  if (format === 'sarif') return renderSarif(report);
  return renderText(report, { color });
}
