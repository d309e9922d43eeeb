/** Reading a command's parsed option values: the last of a repeated string, a list, or absent. */
import type { OptionValue } from './types.js';

/** A string option (the last one when repeated); empty counts as absent. */
export function textOption(values: Record<string, OptionValue>, name: string): string | undefined {
  const value = values[name];
  if (Array.isArray(value)) return value[value.length - 1];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** A repeatable option as a list; none (or empty) counts as absent. */
export function listOption(
  values: Record<string, OptionValue>,
  name: string,
): string[] | undefined {
  const value = values[name];
  if (Array.isArray(value)) return value.length ? value : undefined;
  return typeof value === 'string' && value !== '' ? [value] : undefined;
}
