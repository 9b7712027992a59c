// ESLint for the whole tree: the recommended JavaScript and TypeScript rules (without type information,
// so the check stays fast), and a line-length limit for what Prettier cannot wrap (long strings, comments).
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", "dist-*/", ".qi/", "data/", "bench/out/", "src/.observablehq/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      "max-len": ["error", { code: 120, ignoreUrls: true, ignoreRegExpLiterals: true }],
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }
      ]
    }
  },
  {
    // Published coefficients and reference values are quoted with every digit their source gives,
    // more than a double holds: the literal is the citation.
    files: ["loaders/stats/**", "tests/loaders/stats/**"],
    rules: { "no-loss-of-precision": "off" }
  }
);
