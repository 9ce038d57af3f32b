import { describe } from "vitest";
import rule from "../../src/rules/no-sudo.js";
import { dockerfileRuleTester } from "../helpers/dockerfile-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

const message =
  "`sudo` in RUN is unpredictable (TTY, PAM, env_reset) and ships a setuid tool in the image; run the step under `USER root` and switch back with `USER`, or use `gosu`/`su-exec`.";

describe.each(ESLINT_VERSIONS)("no-sudo on ESLint $version", ({ RuleTester, Linter }) => {
  dockerfileRuleTester(RuleTester).run("no-sudo", rule as never, {
    valid: [
      "FROM debian:12\nRUN apt-get update\n",
      "FROM debian:12\nRUN apt-get install -y sudo\n",
      "FROM debian:12\nRUN echo 'sudo make me a sandwich'\n",
      "FROM debian:12\nRUN echo 'app ALL=(ALL) NOPASSWD: ALL' > /etc/sudoers.d/app\n",
      'FROM debian:12\nCMD sudo -u app ./start.sh\n',
    ],
    invalid: [
      {
        code: 'FROM debian:12\nRUN ["sudo", "make"]\n',
        errors: [{ message, line: 2, column: 6, endLine: 2, endColumn: 12 }],
      },
      {
        // Inside `sh -c '…'`, and `sudo -u app` (the model reads `app` as sudo's option value).
        code: "FROM debian:12\nRUN sh -c 'sudo make install' && sudo -u app npm ci\n",
        errors: [
          { message, line: 2, column: 12 },
          { message, line: 2, column: 34 },
        ],
      },
      {
        code: "FROM debian:12\nRUN sudo apt-get update\n",
        errors: [{ message, line: 2, column: 5, endLine: 2, endColumn: 9 }],
      },
      {
        // Behind another wrapper, after &&, in a pipe, in $(...), in a heredoc, in ONBUILD, computed program.
        code: "FROM debian:12\nRUN env DEBIAN_FRONTEND=noninteractive sudo -E apt-get install -y curl \\\n && curl -fsSL https://example.com/k | /usr/bin/sudo tee /k\nRUN <<EOF\nsudo make install\nEOF\nONBUILD RUN echo $(sudo id -u)\nRUN sudo $CMD\n",
        errors: [
          { message, line: 2, column: 40 },
          { message, line: 3, column: 40, endColumn: 53 },
          { message, line: 5, column: 1 },
          { message, line: 7, column: 20 },
          { message, line: 8, column: 5 },
        ],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "no-sudo", fence: "dockerfile", language: "containers/dockerfile", filename: "Dockerfile" });
  });
});
