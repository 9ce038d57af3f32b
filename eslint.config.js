// The repo's own lint: its TypeScript and JavaScript with typescript-eslint, and the container
// files of examples/ with our own plugin (the built one, so run `pnpm build` first).
// `pnpm lint` passes `--config eslint.config.js` because ESLint 10 otherwise uses the nearest
// config for each file, and examples/eslint.config.js (the user-style config the demo runs) would
// then lint the deliberate problems in examples/bad/.
import js from "@eslint/js";
import { defineConfig, globalIgnores } from "eslint/config";
import globals from "globals";
import regexp from "eslint-plugin-regexp";
import tseslint from "typescript-eslint";
import containers from "./packages/eslint-plugin-containers/dist/index.js";

export default defineConfig([
  globalIgnores(["**/dist/", "**/node_modules/", "**/.tmp/", "coverage/", "examples/bad/", "**/schemas/*.validate.cjs"]),
  {
    name: "repo/javascript-and-typescript",
    files: ["**/*.{js,mjs,cjs,ts,mts,cts}"],
    extends: [js.configs.recommended],
    languageOptions: { globals: globals.node },
  },
  {
    name: "repo/typescript",
    files: ["**/*.{ts,mts,cts}"],
    extends: [tseslint.configs.recommended],
    rules: {
      // `_name` marks a parameter a signature requires but the body does not use.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Regular expressions in the packages' sources run on user input: no super-linear
    // backtracking (regexp/no-super-linear-backtracking, no-super-linear-move) or other mistakes.
    // Style rules of the plugin are left out: this is about what user input can do to us.
    name: "repo/regexp",
    files: ["packages/*/src/**/*.ts"],
    plugins: { regexp },
    rules: {
      "regexp/no-super-linear-backtracking": "error",
      "regexp/no-super-linear-move": "error",
    },
  },
  {
    // The example app must pass our own recommended config; examples/bad/ is ignored above.
    name: "repo/examples",
    files: ["examples/**"],
    extends: [containers.configs.recommended],
  },
]);
