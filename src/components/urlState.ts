/**
 * Every selection lives in the URL's query string, so a view can be shared as a link and restored by
 * opening it. The parameters are declared once in urlParams.ts; pages bind their inputs to them here.
 */

export interface ParamSpec<T extends string = string> {
  name: string;
  /** Former names, read when the URL lacks `name` (old links keep working) and dropped when it is written. */
  aliases?: readonly string[];
  /** Allowed values; anything else in the URL falls back to the default. */
  values: readonly T[];
  fallback: T;
}

/** The parameter's current value from the URL (or its default). */
export function readParam<T extends string>({ name, aliases = [], values, fallback }: ParamSpec<T>): T {
  const search = new URLSearchParams(location.search);
  const value = [name, ...aliases].map((n) => search.get(n)).find((v) => v !== null) ?? null;
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : fallback;
}

/** Writes one parameter to the URL without reloading or adding a history entry; the default is left out. */
export function writeParam(spec: Pick<ParamSpec, "name" | "fallback" | "aliases">, value: string): void {
  const url = new URL(location.href);
  for (const alias of spec.aliases ?? []) url.searchParams.delete(alias);
  if (value === spec.fallback) url.searchParams.delete(spec.name);
  else url.searchParams.set(spec.name, value);
  url.searchParams.sort();
  history.replaceState(history.state, "", url.search ? url.pathname + url.search + url.hash : url.pathname + url.hash);
  syncLanguageLink();
}

/** The language switch in the header keeps the reader's selections. */
export function syncLanguageLink(): void {
  const link = document.querySelector<HTMLAnchorElement>("a.qi-lang");
  if (!link) return;
  const target = new URL(link.href, location.href);
  target.search = location.search;
  link.href = target.pathname + target.search;
}

/** A multiple choice in the URL as a comma-separated list; unknown values are dropped, none means all. */
export function readListParam({ name, values }: { name: string; values: readonly string[] }): string[] {
  const raw = new URLSearchParams(location.search).get(name);
  return raw === null ? [] : raw.split(",").filter((v) => values.includes(v));
}

/** Keeps the URL in step with a multiple-choice input (Inputs.checkbox). */
export function bindListParam<E extends HTMLElement & { value: unknown }>(input: E, name: string): E {
  input.addEventListener("input", () => writeParam({ name, fallback: "" }, (input.value as string[]).join(",")));
  return input;
}

/** Keeps the URL in step with an input (Inputs.select/radio): returns the input for use with view(). */
export function bindParam<E extends HTMLElement & { value: unknown }>(
  input: E,
  spec: ParamSpec,
  toValue: (v: unknown) => string = String
): E {
  input.addEventListener("input", () => writeParam(spec, toValue(input.value)));
  // A value the URL asked for but this view cannot show (hospital level under residence) fell back to the
  // default: the URL says so too, so a shared link shows what the reader sees.
  if (input.value !== null && input.value !== undefined) writeParam(spec, toValue(input.value));
  return input;
}

if (typeof document !== "undefined") syncLanguageLink();
