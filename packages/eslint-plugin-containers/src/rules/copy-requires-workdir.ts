import type { DockerfileAdd, DockerfileCopy } from "dockerfile-eslint-parser";
import { createRule, type RuleContext } from "../utils/create-rule.js";
import { findAncestor } from "../utils/dockerfile/ancestors.js";
import { BASE_IMAGES_WITH_WORKDIR_SCHEMA, baseImageWorkdirMatcher, isAbsoluteArgument, startsFromScratch, stateFor } from "../utils/dockerfile/paths.js";

type Options = [{ baseImagesWithWorkdir?: string[] }];

export default createRule<Options>("copy-requires-workdir", {
  meta: {
    type: "problem",
    docs: {
      description: "Require a `WORKDIR` before a `COPY` or `ADD` to a relative destination",
      config: "recommended",
    },
    languages: ["dockerfile"],
    schema: [BASE_IMAGES_WITH_WORKDIR_SCHEMA],
    defaultOptions: [{ baseImagesWithWorkdir: [] }],
    messages: {
      relative:
        "`{{keyword}}` to the relative destination `{{path}}` with no WORKDIR set in this stage: it lands in the base image's working directory, which can change with the image; set `WORKDIR` first or use an absolute destination.",
    },
  },
  create(context: RuleContext<Options>) {
    const baseImageSetsWorkdir = baseImageWorkdirMatcher(context.options[0]?.baseImagesWithWorkdir ?? []);
    const check = (copy: DockerfileCopy | DockerfileAdd) => {
      const destination = copy.destination;
      if (!destination) return;
      const escape = findAncestor(copy, "Program")?.escapeCharacter ?? "\\";
      const state = stateFor(copy);
      // Any WORKDIR will do here: a relative one is workdir-absolute's business.
      if (state.workdirs.length > 0 || startsFromScratch(state) || baseImageSetsWorkdir(state) || isAbsoluteArgument(destination, state, escape) !== false) return;
      context.report({ node: destination, messageId: "relative", data: { keyword: copy.keyword.value, path: destination.value } });
    };
    return { DockerfileCopy: check, DockerfileAdd: check };
  },
});
