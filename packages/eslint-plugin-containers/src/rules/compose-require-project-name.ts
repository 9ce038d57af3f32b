import { createRule } from "../utils/create-rule.js";
import { findEntry, getComposeRoot, getScalarString } from "../utils/compose/index.js";

/** Files merged into a main file (`compose.override.yaml`, `docker-compose.prod.override.yml`). */
const OVERRIDE_FILE = /(?:^|[\\/.])override\.ya?ml$/iu;

export default createRule("compose-require-project-name", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Require a top-level `name` (the project name) in Compose files",
      config: "strict",
    },
    languages: ["compose"],
    schema: [],
    messages: {
      missing:
        "Set a top-level `name`: without it the project is named after the directory, so the same file run from two checkouts or renamed folders gives different container, network and volume names.",
      empty: "The top-level `name` is empty: give the project a name.",
    },
  },
  create(context) {
    return {
      Program() {
        const root = getComposeRoot(context);
        if (!root || OVERRIDE_FILE.test(context.filename)) return;
        const entry = findEntry(root, "name");
        if (!entry) {
          const first = root.pairs[0];
          if (!first) return;
          context.report({ node: first.key ?? first, messageId: "missing" });
          return;
        }
        const name = getScalarString(entry.value);
        if (entry.value === null || name === "") {
          context.report({ node: entry.pair.key ?? entry.pair, messageId: "empty" });
        }
      },
    };
  },
});
