import { createRule, type Located, type RuleContext } from "../utils/create-rule.js";
import { imageReferenceListeners } from "../utils/image-listeners.js";
import { floatingTag, parseImageReference } from "../utils/image-tags.js";

type Options = [{ floatingTags?: string[] }];

export default createRule<Options>("no-latest-tag", {
  meta: {
    type: "problem",
    docs: {
      description: "Require base and service images to name a fixed tag or digest, not `latest` or no tag",
      config: "recommended",
    },
    languages: ["dockerfile", "compose"],
    schema: [
      {
        type: "object",
        properties: {
          floatingTags: { type: "array", items: { type: "string" }, uniqueItems: true },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ floatingTags: ["latest"] }],
    messages: {
      missing: "Image '{{image}}' has no tag, so it means ':latest' and changes under you; pin a version tag or digest.",
      floating: "Image '{{image}}' uses the moving tag ':{{tag}}'; pin a version tag or digest.",
    },
  },
  create(context: RuleContext<Options>) {
    const floatingTags = (context.options[0]?.floatingTags ?? ["latest"]).map((tag) => tag.toLowerCase());

    const check = (raw: string, node: Located) => {
      const image = parseImageReference(raw);
      const problem = floatingTag(image, floatingTags);
      if (problem) context.report({ node, messageId: problem, data: { image: raw, tag: image.tag ?? "" } });
    };

    return imageReferenceListeners(context, check);
  },
});
