import type { FieldErrors } from "./zod";

/**
 * What no action accepts, whatever its schema (issue 11 §6): NUL bytes (PostgreSQL refuses them in
 * text), lone UTF-16 surrogates (not valid Unicode), absurdly long strings, huge arrays and deep
 * nesting. Checked before the schema so the answer is a Norwegian validation message, never a 500.
 */
export const INPUT_LIMITS = { maxStringLength: 200_000, maxTotalLength: 1_000_000, maxArrayLength: 2_000, maxDepth: 8 } as const;

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function inputProblems(raw: unknown): FieldErrors | null {
  const errors: FieldErrors = {};
  let total = 0;
  const add = (path: string, message: string) => {
    const key = path || "_";
    if (!(errors[key] ??= []).includes(message)) errors[key]!.push(message);
  };
  const walk = (value: unknown, path: string, depth: number): void => {
    if (depth > INPUT_LIMITS.maxDepth) return add(path, "Skjemaet har en form vi ikke kan lese.");
    if (typeof value === "string") {
      total += value.length;
      if (value.includes("\u0000")) add(path, "Teksten inneholder et ugyldig tegn.");
      else if (LONE_SURROGATE.test(value)) add(path, "Teksten inneholder ugyldige tegn.");
      if (value.length > INPUT_LIMITS.maxStringLength) add(path, "Teksten er for lang.");
      return;
    }
    if (Array.isArray(value)) {
      if (value.length > INPUT_LIMITS.maxArrayLength) return add(path, "Skjemaet har for mange verdier.");
      value.forEach((item, i) => walk(item, path ? `${path}.${i}` : String(i), depth + 1));
      return;
    }
    if (value && typeof value === "object") {
      // Only plain objects: a Date, Map, Blob … (React's reply can encode them) would pass a schema as {}.
      const prototype = Object.getPrototypeOf(value);
      if (prototype !== Object.prototype && prototype !== null) return add(path, "Skjemaet har en form vi ikke kan lese.");
      const entries = Object.entries(value);
      if (entries.length > INPUT_LIMITS.maxArrayLength) return add(path, "Skjemaet har for mange felter.");
      for (const [key, item] of entries) {
        total += key.length;
        if (key.includes("\u0000") || LONE_SURROGATE.test(key)) return add(path, "Skjemaet inneholder ugyldige tegn.");
        walk(item, path ? `${path}.${key}` : key, depth + 1);
      }
    }
  };
  walk(raw, "", 0);
  if (total > INPUT_LIMITS.maxTotalLength) add("", "Skjemaet er for stort.");
  return Object.keys(errors).length ? errors : null;
}
