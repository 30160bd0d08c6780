/**
 * Small runtime checks for values that cross a boundary (a page's answer, a
 * stored item, a worker's reply): TypeScript's types end where the data
 * comes from somewhere else.
 */
export type Json = Record<string, unknown>;

export const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
export const isString = (v: unknown): v is string => typeof v === 'string';
export const isNullableString = (v: unknown): v is string | null => v === null || typeof v === 'string';
export const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
export const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';
export const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);

/** Every named field of `v` passes its check. */
export function hasFields(v: unknown, fields: Record<string, (x: unknown) => boolean>): v is Json {
  if (!isRecord(v)) return false;
  for (const [k, check] of Object.entries(fields)) if (!check(v[k])) return false;
  return true;
}

/** `v` as a T when `ok` (the checks that decide it held), else null: where a checked value takes its type. */
export function accept<T>(v: unknown, ok: boolean): T | null {
  return ok ? (v as T) : null;
}
