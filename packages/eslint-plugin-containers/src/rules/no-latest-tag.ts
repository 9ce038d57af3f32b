import { createRule, type RuleContext } from "../utils/create-rule.js";
import { floatingTag } from "../utils/image-tags.js";
import { imageUseListeners, LOCAL_IMAGES_SCHEMA } from "../utils/image-uses.js";

type Options = [{ floatingTags?: string[]; localImages?: string[] }];

/** Tags that publishers move to a new build as a matter of course. */
export const DEFAULT_FLOATING_TAGS = ["latest", "stable", "edge", "nightly", "dev", "beta", "canary", "main", "master"];

export default createRule<Options>("no-latest-tag", {
  meta: {
    type: "problem",
    docs: {
      description: "Require base and service images to name a fixed tag or digest, not `latest` or no tag",
      config: "recommended",
    },
    languages: ["dockerfile", "compose", "kubernetes"],
    schema: [
      {
        type: "object",
        properties: {
          floatingTags: { type: "array", items: { type: "string" }, uniqueItems: true },
          localImages: LOCAL_IMAGES_SCHEMA,
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ floatingTags: DEFAULT_FLOATING_TAGS, localImages: [] }],
    messages: {
      missing: "Image '{{image}}' has no tag{{origin}}, so it means ':latest' and changes under you; pin a version tag or digest.",
      floating: "Image '{{image}}' uses the moving tag ':{{tag}}'{{origin}}; pin a version tag or digest.",
    },
  },
  create(context: RuleContext<Options>) {
    const options = context.options[0] ?? {};
    const floatingTags = (options.floatingTags ?? DEFAULT_FLOATING_TAGS).map((tag) => tag.toLowerCase());

    return imageUseListeners(
      context,
      (use) => {
        const problem = floatingTag(use.parts, floatingTags);
        if (!problem) return;
        const part = problem === "missing" ? "name" : "tag";
        context.report({
          node: use.at(part),
          messageId: problem,
          // A missing tag is judged by the tag part, though reported at the name.
          data: { image: use.reference, tag: use.parts.tag ?? "", origin: use.origin("tag") },
        });
      },
      options,
    );
  },
});
