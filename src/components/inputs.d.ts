// @observablehq/inputs ships no type declarations; the components use a small part of it.
declare module "@observablehq/inputs" {
  type Input<T> = HTMLElement & { value: T };
  interface Options<T> {
    label?: string;
    value?: T;
    format?: (value: T) => string;
    multiple?: boolean;
  }
  export function select<T>(data: readonly T[], options?: Options<T>): Input<T>;
  export function radio<T>(data: readonly T[], options?: Options<T>): Input<T>;
  export function checkbox<T>(data: readonly T[], options?: Omit<Options<T>, "value"> & { value?: T[] }): Input<T[]>;
  export function toggle(options?: { label?: string; value?: boolean }): Input<boolean>;
  /** Several inputs as one, whose value holds theirs by the same keys. */
  export function form<T extends Record<string, Input<unknown>>>(inputs: T): Input<{ [K in keyof T]: T[K]["value"] }>;
}
