import { describe } from "vitest";
import rule from "../../src/rules/prefer-shell-instruction.js";
import { dockerfileRuleTester } from "../helpers/dockerfile-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

const message = (path: string) =>
  `Linking over \`${path}\` changes the shell of every script in the image, not just of the build; set the build shell with \`SHELL ["/bin/bash", "-c"]\` instead.`;

describe.each(ESLINT_VERSIONS)("prefer-shell-instruction on ESLint $version", ({ RuleTester, Linter }) => {
  dockerfileRuleTester(RuleTester).run("prefer-shell-instruction", rule as never, {
    valid: [
      'FROM debian:12\nSHELL ["/bin/bash", "-c"]\nRUN echo $BASH_VERSION\n',
      // /bin/sh is the target, not the link being replaced.
      "FROM debian:12\nRUN ln -s /bin/sh /usr/local/bin/sh\n",
      "FROM debian:12\nRUN ln -sf /usr/bin/python3 /usr/bin/python\n",
      // `-t DIR`: the link goes into DIR.
      "FROM debian:12\nRUN ln -s -t /bin/sh /opt/x\n",
      "FROM debian:12\nRUN echo 'ln -sf /bin/bash /bin/sh'\n",
    ],
    invalid: [
      {
        code: 'FROM debian:12\nRUN ["ln", "-sf", "/bin/bash", "/bin/sh"]\n',
        errors: [{ message: message("/bin/sh"), line: 2, column: 32, endColumn: 41 }],
      },
      {
        code: "FROM debian:12\nRUN ln -sf /bin/bash /bin/sh\n",
        errors: [{ message: message("/bin/sh"), line: 2, column: 22, endLine: 2, endColumn: 29 }],
      },
      {
        code: "FROM ubuntu:24.04\nRUN rm /bin/sh && \\\n    ln --symbolic --force bash /usr/bin/sh\nRUN <<EOF\nln -s /bin/bash /bin/sh\nEOF\nONBUILD RUN sudo ln -sf /bin/zsh /bin/sh\n",
        errors: [
          { message: message("/usr/bin/sh"), line: 3, column: 32 },
          { message: message("/bin/sh"), line: 5, column: 17 },
          { message: message("/bin/sh"), line: 7, column: 34 },
        ],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "prefer-shell-instruction", fence: "dockerfile", language: "containers/dockerfile", filename: "Dockerfile" });
  });
});
