import { describe } from "vitest";
import rule from "../../src/rules/apt-clean-lists.js";
import { dockerfileRuleTester } from "../helpers/dockerfile-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

const message = (command = "apt-get update") =>
  `\`${command}\` leaves the package lists in \`/var/lib/apt/lists\` in this layer; end the RUN's apt-get commands with \`&& rm -rf /var/lib/apt/lists/*\`.`;

describe.each(ESLINT_VERSIONS)("apt-clean-lists on ESLint $version", ({ RuleTester, Linter }) => {
  dockerfileRuleTester(RuleTester).run("apt-clean-lists", rule as never, {
    valid: [
      "FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n",
      "FROM debian:12\nRUN apt-get update; apt-get install -y curl; rm -fr /var/lib/apt/lists\n",
      "FROM debian:12\nRUN apt-get update && apt-get install -y curl && apt-get distclean\n",
      // Lists in a mount.
      "FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt/lists apt-get update && apt-get install -y curl\n",
      "FROM debian:12\nRUN --mount=type=cache,target=/var/cache/apt --mount=type=cache,target=/var/lib/apt apt-get update && apt-get install -y curl\n",
      // No update, no new lists in this layer.
      "FROM debian:12\nRUN apt-get install -y ./local.deb\n",
      // Clean-up inside a `bash -c "..."` script the parser cannot read (escaped quotes).
      'FROM debian:12\nRUN apt-get update && bash -c "echo \\"go\\" && apt-get install -y x && rm -rf /var/lib/apt/lists/*"\n',
      // A builder stage copied from file by file.
      "FROM debian:12 AS build\nRUN apt-get update && apt-get install -y gcc\nFROM debian:12-slim\nCOPY --from=build /out /out\n",
      "FROM debian:12\nRUN echo apt-get update\n",
      // Fixed outputs stay fixed.
      "FROM debian:12\nRUN apt-get update \\\n    # tools\n    && apt-get install -y \\\n        curl && rm -rf /var/lib/apt/lists/* \\\n    && curl -fsSL https://x -o /x\n",
      "FROM debian:12\nRUN <<EOF\nset -e\napt-get update\napt-get install -y curl && rm -rf /var/lib/apt/lists/*\nEOF\n",
      "FROM debian:12\nRUN sh -c 'apt update && apt install -y curl && rm -rf /var/lib/apt/lists/*'\n",
    ],
    invalid: [
      {
        code: "FROM debian:12\nRUN apt-get update && apt-get install -y curl\n",
        output: "FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n",
        errors: [{ message: message(), line: 2, column: 5, endLine: 2, endColumn: 19 }],
      },
      {
        // After the last apt-get of the chain; continuation lines and the comment stay.
        code: "FROM debian:12\nRUN apt-get update \\\n    # tools\n    && apt-get install -y \\\n        curl \\\n    && curl -fsSL https://x -o /x\n",
        output: "FROM debian:12\nRUN apt-get update \\\n    # tools\n    && apt-get install -y \\\n        curl && rm -rf /var/lib/apt/lists/* \\\n    && curl -fsSL https://x -o /x\n",
        errors: [{ message: message(), line: 2, column: 5, endLine: 2, endColumn: 19 }],
      },
      {
        code: "FROM debian:12\nRUN <<EOF\nset -e\napt-get update\napt-get install -y curl\nEOF\n",
        output: "FROM debian:12\nRUN <<EOF\nset -e\napt-get update\napt-get install -y curl && rm -rf /var/lib/apt/lists/*\nEOF\n",
        errors: [{ message: message(), line: 4, column: 1 }],
      },
      {
        code: "FROM debian:12\nRUN sh -c 'apt update && apt install -y curl'\n",
        output: "FROM debian:12\nRUN sh -c 'apt update && apt install -y curl && rm -rf /var/lib/apt/lists/*'\n",
        errors: [{ message: message("apt update"), line: 2, column: 12, endColumn: 22 }],
      },
      {
        // No place to add `&& ...` without changing the pipe: report only.
        code: "FROM debian:12\nRUN apt-get update && apt-get install -y curl | tee /log\n",
        output: null,
        errors: [{ message: message(), line: 2 }],
      },
      {
        // A mount on /var/cache/apt keeps the .debs out, not the lists; ONBUILD RUN is checked.
        code: "FROM debian:12\nRUN --mount=type=cache,target=/var/cache/apt apt-get update && apt-get install -y curl\nONBUILD RUN apt-get update\n",
        output: "FROM debian:12\nRUN --mount=type=cache,target=/var/cache/apt apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\nONBUILD RUN apt-get update && rm -rf /var/lib/apt/lists/*\n",
        errors: [{ message: message(), line: 2, column: 46 }, { message: message(), line: 3, column: 13 }],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "apt-clean-lists", fence: "dockerfile", language: "containers/dockerfile", filename: "Dockerfile" });
  });
});
