// htl ships no type declarations. A template with one root element returns that element (the default type);
// one with several returns a DocumentFragment, which the caller names: html<DocumentFragment>`…`.
declare module "htl" {
  export function html<T extends Node = HTMLElement>(strings: TemplateStringsArray, ...values: unknown[]): T;
}
