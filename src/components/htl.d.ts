// htl ships no type declarations. The components' templates each have one root element, which html returns
// (a template with several roots would return a DocumentFragment).
declare module "htl" {
  export function html(strings: TemplateStringsArray, ...values: unknown[]): HTMLElement;
}
