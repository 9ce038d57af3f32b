import { createRule } from "../utils/create-rule.js";
import { canBePlainScalar, getComposeRoot, writtenServiceValues } from "../utils/compose/index.js";

export default createRule("compose-no-quotes-in-volumes", {
  meta: {
    type: "layout",
    docs: {
      description: "Disallow quotes around Compose `volumes` entries that do not need them",
      config: "stylistic",
    },
    languages: ["compose"],
    fixable: "code",
    schema: [],
    messages: {
      quoted: "Remove the quotes around the volume {{volume}}: the value reads the same without them.",
    },
  },
  create(context) {
    return {
      Program() {
        // A list shared through an anchor is checked once, where it is written.
        for (const { value: list } of writtenServiceValues(getComposeRoot(context), "volumes")) {
          if (list.type !== "YAMLSequence") continue;
          for (const item of list.entries) {
            // `- &name "..."` is fine to unquote; a tag (`!!str "..."`) or an alias is left alone.
            const scalar = item?.type === "YAMLWithMeta" && !item.tag ? item.value : item;
            if (scalar?.type !== "YAMLScalar" || typeof scalar.value !== "string") continue;
            if (scalar.style !== "double-quoted" && scalar.style !== "single-quoted") continue;
            if (scalar.loc.start.line !== scalar.loc.end.line) continue;
            if (!canBePlainScalar(scalar.value, list.style)) continue;
            const plain = scalar.value;
            context.report({
              node: scalar,
              messageId: "quoted",
              data: { volume: context.sourceCode.getText(scalar) },
              fix: (fixer) => fixer.replaceTextRange(scalar.range, plain),
            });
          }
        }
      },
    };
  },
});
