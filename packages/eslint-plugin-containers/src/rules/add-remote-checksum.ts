import type { DockerfileAdd } from "dockerfile-eslint-parser";
import { createRule, type RuleContext } from "../utils/create-rule.js";

export default createRule("add-remote-checksum", {
  meta: {
    type: "problem",
    docs: {
      description: "Require `--checksum` on `ADD <url>` so a changed download fails the build",
      config: "strict",
    },
    languages: ["dockerfile"],
    schema: [],
    messages: {
      missing:
        "ADD downloads '{{url}}' without `--checksum`, so whatever the server returns today goes into the image; add `--checksum=sha256:<digest>`.",
    },
  },
  create(context: RuleContext) {
    return {
      DockerfileAdd(node: DockerfileAdd) {
        if (node.flags.some((flag) => flag.name === "checksum")) return;
        for (const source of node.sources) {
          // A Git URL (`repo.git#ref`) is pinned by its ref, not by a file digest.
          if (/^https?:\/\//iu.test(source.value) && !/\.git(?:#|$)/iu.test(source.value)) context.report({ node: source, messageId: "missing", data: { url: source.value } });
        }
      },
    };
  },
});
