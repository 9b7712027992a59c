/**
 * A deck of slides filling the browser window, for a projector: one slide at a time, drawn at the
 * window's size; → ← PageDown PageUp Space Home End step through it (what presenter clickers send), `f`
 * toggles full screen. Each slide has its own URL (#slide-3), so a link opens at that slide and the
 * browser's back button steps back.
 */
import { words, type Lang } from "./i18n.js";
import type { Slide } from "./deckSlides.js";

/** 1 at 1280×720, the projector size every slide is laid out for; text and lines scale with it. */
export function screenScale(width: number, height: number): number {
  return Math.min(width / 1280, height / 720);
}

/** The slide number a URL's hash names (1-based), clamped to the deck; 1 when it names none. */
export function slideFromHash(hash: string, count: number): number {
  const match = /^#slide-(\d+)$/.exec(hash);
  const n = match ? Number(match[1]) : 1;
  return Math.min(Math.max(1, n), count);
}

const forward = new Set(["ArrowRight", "ArrowDown", "PageDown", " "]);
const backward = new Set(["ArrowLeft", "ArrowUp", "PageUp"]);

export function deck(slides: Slide[], { lang, unit, back }: { lang: Lang; unit: string; back: string }): HTMLElement {
  const w = words[lang];
  const root = document.createElement("div");
  root.className = "qi-deck";
  const stage = document.createElement("section");
  stage.className = "qi-slide";
  stage.setAttribute("aria-roledescription", "slide");
  stage.setAttribute("aria-live", "polite");
  const bar = document.createElement("div");
  bar.className = "qi-deck-bar";
  const backLink = Object.assign(document.createElement("a"), { href: back, textContent: unit });
  backLink.title = w.deck.back;
  const button = (label: string, text: string, step: () => void) => {
    const b = Object.assign(document.createElement("button"), { type: "button", textContent: text });
    b.setAttribute("aria-label", label);
    b.addEventListener("click", step);
    return b;
  };
  const counter = document.createElement("span");
  counter.className = "qi-deck-counter";
  const status = document.createElement("span");
  status.className = "qi-deck-status";
  status.setAttribute("role", "status");
  let current = 0;
  const show = (n: number) => {
    current = n;
    const scale = screenScale(window.innerWidth, window.innerHeight);
    root.style.setProperty("--qi-scale", String(scale));
    stage.dataset.slide = String(n);
    stage.setAttribute("aria-label", w.deck.slideLabel(n, slides.length));
    counter.textContent = w.deck.slideOf(n, slides.length);
    slides[n - 1].draw(stage, scale);
  };
  const go = (n: number) => {
    const target = Math.min(Math.max(1, n), slides.length);
    if (target === current) return;
    // A new history entry per slide: the back button steps back.
    location.hash = `slide-${target}`;
  };
  const previous = button(w.deck.previous, "←", () => go(current - 1));
  const next = button(w.deck.next, "→", () => go(current + 1));
  bar.append(backLink, status, previous, counter, next);
  root.append(stage, bar);

  const fromHash = () => show(slideFromHash(location.hash, slides.length));
  window.addEventListener("hashchange", fromHash);
  const onKey = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.target instanceof HTMLElement && event.target.closest("input, select, textarea")) return;
    if (forward.has(event.key) && !(event.key === " " && event.shiftKey)) go(current + 1);
    else if (backward.has(event.key) || (event.key === " " && event.shiftKey)) go(current - 1);
    else if (event.key === "Home") go(1);
    else if (event.key === "End") go(slides.length);
    else if (event.key === "f" || event.key === "F") toggleFullscreen();
    else return;
    event.preventDefault();
  };
  document.addEventListener("keydown", onKey);
  const toggleFullscreen = () => {
    if (document.fullscreenElement) {
      void document.exitFullscreen();
      return;
    }
    // Refused (an iframe without allowfullscreen, a kiosk browser): the deck already fills the window.
    const refused = () => {
      status.textContent = w.deck.fullscreenRefused;
    };
    if (!document.documentElement.requestFullscreen) refused();
    else document.documentElement.requestFullscreen().catch(refused);
  };
  let pending = 0;
  const onResize = () => {
    cancelAnimationFrame(pending);
    pending = requestAnimationFrame(() => show(current));
  };
  window.addEventListener("resize", onResize);
  // Framework re-runs the cell when its inputs change: the old deck stops listening.
  const observer = new MutationObserver(() => {
    if (root.isConnected) return;
    window.removeEventListener("hashchange", fromHash);
    window.removeEventListener("resize", onResize);
    document.removeEventListener("keydown", onKey);
    observer.disconnect();
  });
  requestAnimationFrame(() => {
    if (root.parentNode) observer.observe(root.parentNode, { childList: true });
  });
  // Slides draw at their laid-out size, so the first one is drawn once the deck is on the page.
  const first = () => (root.isConnected ? fromHash() : requestAnimationFrame(first));
  first();
  return root;
}
