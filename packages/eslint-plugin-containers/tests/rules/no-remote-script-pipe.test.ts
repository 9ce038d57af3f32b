import { describe } from "vitest";
import rule from "../../src/rules/no-remote-script-pipe.js";
import { dockerfileRuleTester } from "../helpers/dockerfile-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

const message = (program: string, downloader: string) =>
  `\`${program}\` runs a script straight from \`${downloader}\`, unverified: whatever the server sends runs in the build; download it to a file, check its checksum or signature, then run it.`;

describe.each(ESLINT_VERSIONS)("no-remote-script-pipe on ESLint $version", ({ RuleTester, Linter }) => {
  dockerfileRuleTester(RuleTester).run("no-remote-script-pipe", rule as never, {
    valid: [
      "FROM debian:12\nRUN curl -fsSLo install.sh https://example.com/install.sh && echo \"$SUM  install.sh\" | sha256sum -c - && sh install.sh\n",
      // Data, not scripts.
      "FROM debian:12\nRUN curl -fsSL https://example.com/x.tgz | tar xz\n",
      "FROM debian:12\nRUN curl -fsSL https://example.com/key | gpg --dearmor -o /k.gpg\n",
      // curl writes to a file; wget without -O - writes to a file.
      "FROM debian:12\nRUN curl -fsSLo /tmp/x https://example.com/x | sh\n",
      "FROM debian:12\nRUN wget https://example.com/x | sh\n",
      // The shell runs its own script or a command string, not stdin.
      "FROM debian:12\nRUN curl -fsSL https://example.com/v | bash -c 'read v; echo $v'\n",
      "FROM debian:12\nRUN curl -fsSL https://example.com/v | sh ./local.sh\n",
      'FROM debian:12\nRUN bash -c "echo $(curl -fsSL https://example.com/v)"\n',
    ],
    invalid: [
      {
        code: 'FROM debian:12\nRUN ["/bin/sh", "-c", "curl -fsSL https://example.com/i.sh | sh"]\n',
        errors: [{ message: message("sh", "curl"), line: 2, column: 62, endColumn: 64 }],
      },
      {
        // Inside a `sh -c '…'` script.
        code: "FROM debian:12\nRUN su app -c 'curl -fsSL https://example.com/i.sh | bash'\n",
        errors: [{ message: message("bash", "curl"), line: 2, column: 54 }],
      },
      {
        code: "FROM debian:12\nRUN curl -fsSL https://example.com/install.sh | sh\n",
        errors: [{ message: message("sh", "curl"), line: 2, column: 49, endLine: 2, endColumn: 51 }],
      },
      {
        // bash -s with args, sudo, wget -qO-, python, across lines, heredoc, ONBUILD.
        code: "FROM debian:12\nRUN apt-get update \\\n && curl -sL https://deb.nodesource.com/setup_20.x \\\n    | sudo -E bash -s -- --lts\nRUN <<EOF\nwget -qO- https://bootstrap.pypa.io/get-pip.py | python3 -\nEOF\nONBUILD RUN wget -O - https://example.com/i.sh | /bin/bash\n",
        errors: [
          { message: message("bash", "curl"), line: 4, column: 7, endColumn: 31 },
          { message: message("python3", "wget"), line: 6, column: 50 },
          { message: message("bash", "wget"), line: 8, column: 50 },
        ],
      },
      {
        // The script as a substitution: sh -c "$(curl …)", bash <(curl …), bash /dev/stdin.
        code: 'FROM debian:12\nRUN sh -c "$(curl -fsSL https://example.com/i.sh)"\nRUN bash <(curl -fsSL https://example.com/i.sh)\nRUN curl -sSL https://aka.ms/getvsdbgsh | bash /dev/stdin -v latest\n',
        errors: [
          { message: message("sh", "curl"), line: 2, column: 5 },
          { message: message("bash", "curl"), line: 3, column: 5 },
          { message: message("bash", "curl"), line: 4, column: 43 },
        ],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "no-remote-script-pipe", fence: "dockerfile", language: "containers/dockerfile", filename: "Dockerfile" });
  });
});
