import { createRule, type Located, type RuleContext } from "../utils/create-rule.js";
import { imageReferenceListeners } from "../utils/image-listeners.js";
import { mayHaveDigest } from "../utils/image-tags.js";

export default createRule("require-image-digest", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Require base and service images to be pinned by `@sha256:` digest",
      config: "strict",
    },
    languages: ["dockerfile", "compose"],
    schema: [],
    messages: {
      missingDigest:
        "Image '{{image}}' is not pinned by digest, so a re-pushed tag changes what you build or run; append its '@sha256:...' digest (keep the tag for readers).",
    },
  },
  create(context: RuleContext) {
    const check = (raw: string, node: Located) => {
      if (!mayHaveDigest(raw)) context.report({ node, messageId: "missingDigest", data: { image: raw } });
    };

    return imageReferenceListeners(context, check, { skipBuilt: true });
  },
});
