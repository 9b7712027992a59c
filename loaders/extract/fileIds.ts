/**
 * The rule for ids that become file and page names (unit ids, indicator ids, registry ids): lower-case words
 * of letters a–z and digits joined by single '-', at most 64 characters, and not a name the build or an
 * operating system reserves. Such an id is the same on every file system (no case to fold, nothing to
 * escape in a URL) and cannot name a parent folder (`..`), replace an index page or open a Windows device.
 * Being lower case, two valid ids never collide on a case-insensitive file system (`UNN` and `unn`).
 */

export const maxFileIdLength = 64;

const fileIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Names an id may not take: Windows device names (CON, PRN, AUX, NUL, COM0–9, LPT0–9: a file of that name
 * cannot be created there), `index` (the folder's own page) and `nation` (the national row of the results).
 */
export const reservedFileIds: ReadonlySet<string> = new Set([
  "con",
  "prn",
  "aux",
  "nul",
  ...Array.from({ length: 10 }, (_, i) => `com${i}`),
  ...Array.from({ length: 10 }, (_, i) => `lpt${i}`),
  "index",
  "nation"
]);

const windowsDevices = "CON, PRN, AUX, NUL, COM0–COM9, LPT0–LPT9";

/** The rule in words, for messages and the format document. */
export const fileIdRule =
  `lower-case letters a–z and digits, in words joined by single '-' (\`unn-tromso\`), at most ${maxFileIdLength} ` +
  `characters, and not a reserved name: the Windows device names ${windowsDevices} (in any case), ` +
  `\`index\` or \`nation\``;

/** Why `id` cannot name a file or page, as words to follow the quoted id in a message; null when it can. */
export function fileIdProblem(id: string): string | null {
  const lower = id.toLowerCase();
  if (reservedFileIds.has(lower))
    return lower === "index" || lower === "nation"
      ? "is a name the site reserves (index, nation); an id names pages and files, so choose another"
      : `is a device name Windows reserves (${windowsDevices}, in any case); an id names pages and files, so ` +
          "choose another";
  if (id.length > maxFileIdLength) return `is longer than ${maxFileIdLength} characters`;
  if (fileIdPattern.test(id)) return null;
  if (fileIdPattern.test(lower))
    return `has upper-case letters; ids that name pages and files are lower case: write ${lower}`;
  return (
    "is not lower-case letters a–z and digits in words joined by single '-', such as unn-tromso " +
    `(an id names pages and files)${/[æøå]/i.test(id) ? "; write æ, ø, å as ae, o, a" : ""}`
  );
}
