import type { DockerfileCmd, DockerfileEntrypoint, DockerfileHealthcheck, DockerfileShellForm, Program } from "dockerfile-eslint-parser";
import { createRule, type RuleContext } from "../utils/create-rule.js";
import { stageOf } from "../utils/dockerfile/stages.js";
import { execFormPreservingLines, execFormText, plainCommandWords } from "../utils/shell/plain-command.js";

type Instruction = DockerfileCmd | DockerfileEntrypoint | DockerfileHealthcheck;
type Options = [{ healthcheck?: boolean }];

export default createRule<Options>("prefer-exec-form", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Prefer the exec form (JSON array) for CMD and ENTRYPOINT so the process gets signals",
      config: "recommended",
    },
    languages: ["dockerfile"],
    fixable: "code",
    hasSuggestions: true,
    schema: [
      {
        type: "object",
        properties: { healthcheck: { type: "boolean" } },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ healthcheck: false }],
    messages: {
      shellForm:
        "{{keyword}} in shell form runs under '/bin/sh -c', which does not pass signals to your process; use the exec form.",
      healthcheckShellForm:
        "HEALTHCHECK CMD in shell form runs '/bin/sh -c' for every probe, so the image needs a shell and each probe starts one; use the exec form.",
      wrapInShell: "Use the exec form with an explicit shell: {{replacement}}",
    },
  },
  create(context: RuleContext<Options>) {
    const checkHealthcheck = context.options[0]?.healthcheck ?? false;
    const check = (node: Instruction, keyword: string) => {
      const form = node.command;
      if (form?.type !== "DockerfileShellForm") return;
      // After a SHELL instruction the shell form is the author's explicit choice.
      const stage = stageOf(node);
      if (stage?.body.some((other) => other.type === "DockerfileShell" && other.range[0] < node.range[0])) return;
      const program = context.sourceCode.ast as Program;
      const words = plainCommandWords(form.script);
      const hasComments = containsComment(program, form);
      if (words) {
        const replacement = execFormPreservingLines(words, context.sourceCode.text, program.escapeCharacter);
        context.report({
          node: form,
          messageId: node.type === "DockerfileHealthcheck" ? "healthcheckShellForm" : "shellForm",
          data: { keyword },
          // A comment line inside a continued instruction would be lost by the rewrite.
          fix: hasComments ? null : (fixer) => fixer.replaceTextRange(form.range, replacement),
        });
        return;
      }
      // A healthcheck like `curl -f ... || exit 1` needs the shell: that is its intended form.
      if (node.type === "DockerfileHealthcheck" || !form.script) return;
      const replacement = execFormText(["/bin/sh", "-c", form.value]);
      context.report({
        node: form,
        messageId: "shellForm",
        data: { keyword },
        suggest: hasComments
          ? []
          : [{ messageId: "wrapInShell", data: { replacement }, fix: (fixer) => fixer.replaceTextRange(form.range, replacement) }],
      });
    };
    return {
      DockerfileCmd: (node: DockerfileCmd) => check(node, "CMD"),
      DockerfileEntrypoint: (node: DockerfileEntrypoint) => check(node, "ENTRYPOINT"),
      // Probes are short-lived: signal handling does not apply (nor do hadolint's or Docker's
      // checks). The shell costs a process per probe and needs /bin/sh: an option.
      DockerfileHealthcheck: (node: DockerfileHealthcheck) => {
        if (checkHealthcheck) check(node, "HEALTHCHECK CMD");
      },
    };
  },
});

function containsComment(program: Program, form: DockerfileShellForm): boolean {
  return program.comments.some((comment) => comment.range[0] >= form.range[0] && comment.range[1] <= form.range[1]);
}
