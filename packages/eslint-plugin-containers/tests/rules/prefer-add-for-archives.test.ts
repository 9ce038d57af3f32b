import { describe } from "vitest";
import rule from "../../src/rules/prefer-add-for-archives.js";
import { dockerfileRuleTester } from "../helpers/dockerfile-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

const message = (archive: string, source: string, line: number) =>
  `\`${archive}\` is copied here and unpacked by \`tar\` on line ${line}, so the archive stays in a layer; \`ADD ${source} <dir>/\` unpacks it in one step.`;

describe.each(ESLINT_VERSIONS)("prefer-add-for-archives on ESLint $version", ({ RuleTester, Linter }) => {
  dockerfileRuleTester(RuleTester).run("prefer-add-for-archives", rule as never, {
    valid: [
      "FROM debian:12\nADD app.tar.gz /opt/\n",
      // Copied but not unpacked, or unpacked in an earlier RUN, or another file unpacked.
      "FROM debian:12\nCOPY app.tar.gz /opt/\n",
      "FROM debian:12\nRUN tar xzf /opt/app.tar.gz\nCOPY app.tar.gz /opt/\n",
      "FROM debian:12\nCOPY app.tar.gz /opt/\nRUN tar xzf /opt/other.tar.gz\n",
      // ADD does not unpack zip files.
      "FROM debian:12\nCOPY app.zip /opt/\nRUN unzip /opt/app.zip -d /opt\n",
      // tar does what ADD cannot: strip directories, pick members, list.
      "FROM debian:12\nCOPY app.tgz /tmp/\nRUN tar xzf /tmp/app.tgz --strip-components=1 -C /opt\n",
      "FROM debian:12\nCOPY app.tgz /tmp/\nRUN tar -xzf /tmp/app.tgz app/bin\n",
      "FROM debian:12\nCOPY app.tgz /tmp/\nRUN tar -tzf /tmp/app.tgz\n",
      // The RUN checks the archive first.
      'FROM debian:12\nCOPY app.tgz /tmp/\nRUN echo "$SHA  /tmp/app.tgz" | sha256sum -c - && tar xzf /tmp/app.tgz -C /opt\n',
      // From another stage (ADD has no --from), from a variable, in another stage.
      "FROM debian:12\nCOPY --from=build /out/app.tgz /tmp/\nRUN tar xzf /tmp/app.tgz\n",
      "FROM debian:12\nCOPY ${ARCHIVE} /tmp/app.tgz\nRUN tar xzf /tmp/app.tgz\n",
      "FROM debian:12 AS a\nCOPY app.tgz /tmp/\nFROM debian:12\nRUN tar xzf /tmp/app.tgz\n",
      // ONBUILD COPY and this build's RUN, or this build's COPY and an ONBUILD RUN: two builds.
      "FROM debian:12\nONBUILD COPY app.tgz /tmp/\nRUN tar xzf /tmp/app.tgz\n",
      "FROM debian:12\nCOPY app.tgz /tmp/\nONBUILD RUN tar xzf /tmp/app.tgz\n",
      "FROM debian:12\nONBUILD ADD app.tgz /opt/\n",
      "FROM debian:12\nONBUILD COPY app.tgz /tmp/\nONBUILD RUN tar xzf /tmp/app.tgz --strip-components=1\n",
    ],
    invalid: [
      {
        code: "FROM debian:12\nCOPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz -C /opt && rm /tmp/app.tar.gz\n",
        errors: [{ message: message("app.tar.gz", "app.tar.gz", 3), line: 2, column: 6, endLine: 2, endColumn: 16 }],
      },
      {
        // Renamed by the destination, old-style `tar xf`, --file=, long --extract, across lines and instructions.
        code: "FROM debian:12\nCOPY dist/build-1.2.tgz /tmp/app.tgz\nWORKDIR /opt\nRUN set -e \\\n && tar xf /tmp/app.tgz\nCOPY a.tar b.tar.xz /src/\nRUN <<EOF\ntar --extract --file=/src/b.tar.xz\nEOF\n",
        errors: [
          { message: message("app.tgz", "dist/build-1.2.tgz", 5), line: 2, column: 6 },
          { message: message("b.tar.xz", "b.tar.xz", 8), line: 6, column: 12 },
        ],
      },
      {
        // The triggers run in order in the child build: reported at the source inside ONBUILD.
        code: "FROM debian:12\nONBUILD COPY app.tar.gz /tmp/\nONBUILD WORKDIR /opt\nONBUILD RUN tar -xzf /tmp/app.tar.gz && rm /tmp/app.tar.gz\n",
        errors: [{ message: message("app.tar.gz", "app.tar.gz", 4), line: 2, column: 14, endLine: 2, endColumn: 24 }],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "prefer-add-for-archives", fence: "dockerfile", language: "containers/dockerfile", filename: "Dockerfile" });
  });
});
