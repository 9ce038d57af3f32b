import { createRule, type RuleContext } from "../utils/create-rule.js";
import { mayHaveDigest } from "../utils/image-tags.js";
import { imageUseListeners, LOCAL_IMAGES_SCHEMA } from "../utils/image-uses.js";

type Options = [{ localImages?: string[] }];

export default createRule<Options>("require-image-digest", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Require base and service images to be pinned by `@sha256:` digest",
      config: "strict",
    },
    languages: ["dockerfile", "compose", "kubernetes"],
    schema: [{ type: "object", properties: { localImages: LOCAL_IMAGES_SCHEMA }, additionalProperties: false }],
    defaultOptions: [{ localImages: [] }],
    messages: {
      missingDigest:
        "Image '{{image}}' is not pinned by digest{{origin}}, so a re-pushed tag changes what you build or run; append its '@sha256:...' digest (keep the tag for readers).",
    },
  },
  create(context: RuleContext<Options>) {
    return imageUseListeners(
      context,
      (use) => {
        if (!mayHaveDigest(use.reference)) context.report({ node: use.at("digest"), messageId: "missingDigest", data: { image: use.reference, origin: use.origin("digest") } });
      },
      context.options[0] ?? {},
    );
  },
});
