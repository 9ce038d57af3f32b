import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import rule from "../../src/rules/compose-build-target-exists.js";
import { composeRuleTester } from "../helpers/compose-rule-tester.js";
import { DOCS_RULES_DIR, extractDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";
import { createTempProject, type TempProject } from "../helpers/temp-project.js";

const RULE = "containers/compose-build-target-exists";
const rules = { [RULE]: "error" } as const;

const DOCKERFILE = "FROM node:20 AS build\nRUN npm ci\n\nFROM node:20-slim AS Runtime\nCMD [\"node\", \"server.js\"]\n";

const didYouMean = (service: string, target: string, dockerfile: string, stages: string, suggestion: string) =>
  `Service "${service}" builds the stage "${target}", but ${dockerfile} has no stage of that name (its stages: ${stages}), so the build fails. Did you mean "${suggestion}"?`;
const unknown = (service: string, target: string, dockerfile: string, stages: string) =>
  `Service "${service}" builds the stage "${target}", but ${dockerfile} has no stage of that name (its stages: ${stages}), so the build fails. Name one of its stages.`;
const noNames = (service: string, target: string, dockerfile: string) =>
  `Service "${service}" builds the stage "${target}", but ${dockerfile} names no stages, so the build fails. Name the stage to build with \`FROM <image> AS ${target}\`.`;
const missing = (service: string, dockerfile: string, context: string) =>
  `Service "${service}" builds with the Dockerfile "${dockerfile}", which does not exist in its build context "${context}", so the build fails. Fix the path.`;

describe.each(ESLINT_VERSIONS)("compose-build-target-exists on ESLint $version", ({ ESLint, RuleTester }) => {
  let project: TempProject;
  beforeAll(() => {
    project = createTempProject({
      Dockerfile: DOCKERFILE,
      "app/Dockerfile.prod": "FROM golang:1.23 AS builder\nRUN go build\nFROM gcr.io/distroless/static AS final\n",
      "single/Dockerfile": "FROM nginx:1.27\n",
      "notafile/.keep": "",
      "repo/README.md": "",
    });
  });
  afterAll(() => project.remove());

  const lintCompose = (compose: string, cwd?: string, file = "compose.yaml") => {
    project.write({ [file]: compose });
    return project.lint(ESLint, file, rules, cwd);
  };
  const summary = (messages: Awaited<ReturnType<typeof lintCompose>>) =>
    messages.map(({ ruleId, message, line, column, endLine, endColumn, suggestions }) => ({
      ruleId,
      message,
      line,
      column,
      endLine,
      endColumn,
      suggestions: suggestions?.map((s) => s.fix),
    }));

  it("accepts a target that names a stage, in any case (Docker compares stage names case-insensitively)", async () => {
    expect(await lintCompose("services:\n  api:\n    build: { context: ., target: runtime }\n  b:\n    build:\n      context: .\n      target: BUILD\n")).toEqual([]);
  });

  it("reports a misspelt target at its value, with the stages, a did-you-mean and a suggestion", async () => {
    const code = "services:\n  api:\n    build:\n      context: .\n      target: 'runtme'\n";
    expect(summary(await lintCompose(code))).toEqual([
      {
        ruleId: RULE,
        message: didYouMean("api", "runtme", '"Dockerfile"', '"build", "Runtime"', "Runtime"),
        line: 5,
        column: 15,
        endLine: 5,
        endColumn: 23,
        // The quotes are kept.
        suggestions: [{ range: [code.indexOf("runtme"), code.indexOf("runtme") + 6], text: "Runtime" }],
      },
    ]);
  });

  it("reports an unknown target without a guess when no stage is close", async () => {
    const code = "services:\n  api:\n    build: { context: ./app, dockerfile: Dockerfile.prod, target: production }\n";
    expect(summary(await lintCompose(code))).toEqual([
      {
        ruleId: RULE,
        message: unknown("api", "production", '"app/Dockerfile.prod"', '"builder", "final"'),
        line: 3,
        column: 67,
        endLine: 3,
        endColumn: 77,
        suggestions: undefined,
      },
    ]);
  });

  it("reports a target when the Dockerfile names no stages", async () => {
    const messages = await lintCompose("services:\n  web:\n    build:\n      context: single\n      target: prod\n");
    expect(messages.map((m) => [m.message, m.line, m.column])).toEqual([[noNames("web", "prod", '"single/Dockerfile"'), 5, 15]]);
  });

  it("reports a build.dockerfile that does not exist at its value", async () => {
    const messages = await lintCompose("services:\n  api:\n    build:\n      context: app\n      dockerfile: Dockerfile.dev\n      target: final\n");
    expect(messages.map((m) => [m.message, m.line, m.column, m.endColumn])).toEqual([
      [missing("api", "Dockerfile.dev", "app"), 5, 19, 33],
    ]);
  });

  it("follows a build edit on disk: the per-run cache is keyed by modification time and size", async () => {
    const code = "services:\n  api:\n    build: { context: ., target: test }\n";
    expect((await lintCompose(code)).length).toBe(1);
    project.write({ Dockerfile: `${DOCKERFILE}\nFROM build AS test\nRUN npm test\n` });
    try {
      expect(await lintCompose(code)).toEqual([]);
    } finally {
      project.write({ Dockerfile: DOCKERFILE });
    }
  });

  it("reports a target shared through an anchor once, and a merged one at the merge", async () => {
    const code = "x-build: &build\n  context: .\n  target: nope\nservices:\n  a:\n    build: *build\n  b:\n    build:\n      <<: *build\n";
    const messages = await lintCompose(code);
    // `build: *build` reports at the anchored value; `<<: *build` at the merge (the helpers' convention).
    expect(messages.map((m) => [m.line, m.column])).toEqual([
      [3, 11],
      [9, 11],
    ]);
  });

  it("stays quiet when it cannot look", async () => {
    const quiet = [
      // No Dockerfile in the context (the default name): the build fails, but not for a target.
      "services:\n  api:\n    build: { context: notafile, target: x }\n",
      // ... nor when the context directory itself is not there (a partial checkout).
      "services:\n  api:\n    build: { context: nowhere, dockerfile: Dockerfile.x, target: x }\n",
      // A `dockerfile` that is a directory.
      "services:\n  api:\n    build: { context: ., dockerfile: notafile, target: x }\n",
      // Remote contexts.
      "services:\n  api:\n    build: { context: 'https://github.com/docker/buildx.git#master', target: nope }\n",
      "services:\n  api:\n    build: { context: 'git@github.com:docker/buildx.git', target: nope }\n",
      // Interpolation in the context, the Dockerfile or the target.
      "services:\n  api:\n    build: { context: '${APP_DIR}', target: nope }\n",
      "services:\n  api:\n    build: { context: ., dockerfile: 'Dockerfile.${ENV}', target: nope }\n",
      "services:\n  api:\n    build: { context: ., target: '${TARGET:-runtime}' }\n",
      // The short form has no target.
      "services:\n  api:\n    build: ./app\n",
    ];
    for (const code of quiet) expect(await lintCompose(code), code).toEqual([]);
  });

  it("never reads a Dockerfile outside the directory ESLint runs in", async () => {
    const code = "services:\n  api:\n    build: { context: .., target: nope }\n  b:\n    build: { context: ., dockerfile: ../Dockerfile, target: nope }\n";
    expect(await lintCompose(code, "repo", "repo/compose.yaml")).toEqual([]);
    // The same file linted from the parent directory does see it.
    expect((await lintCompose(code, ".", "repo/compose.yaml")).map((m) => m.line)).toEqual([3, 5]);
  });

  // `dockerfile_inline` needs no disk: plain RuleTester cases, linted as `<input>` text.
  composeRuleTester(RuleTester).run("compose-build-target-exists (inline)", rule as never, {
    valid: [
      "services:\n  api:\n    build:\n      dockerfile_inline: |\n        FROM alpine:3.20 AS base\n        FROM base AS dev\n      target: dev\n",
      // Interpolation in the inline text could define the stage.
      "services:\n  api:\n    build:\n      dockerfile_inline: \"FROM alpine:3.20 AS ${STAGE}\"\n      target: dev\n",
      // A file path cannot be resolved without the linted file's name: quiet.
      "services:\n  api:\n    build: { context: ., target: nope }\n",
      "services:\n  api:\n    image: nginx:1.27\n",
    ],
    invalid: [
      {
        code: "services:\n  api:\n    build:\n      dockerfile_inline: |\n        FROM alpine:3.20 AS base\n        FROM base AS dev\n      target: deb\n",
        errors: [
          {
            message: didYouMean("api", "deb", "`dockerfile_inline`", '"base", "dev"', "dev"),
            line: 7,
            column: 15,
            endLine: 7,
            endColumn: 18,
            suggestions: [
              {
                messageId: "useStage",
                output: "services:\n  api:\n    build:\n      dockerfile_inline: |\n        FROM alpine:3.20 AS base\n        FROM base AS dev\n      target: dev\n",
              },
            ],
          },
        ],
      },
    ],
  });

  // The doc page's examples, with the page's Dockerfile written next to them.
  describe("doc examples", () => {
    const markdown = readFileSync(`${DOCS_RULES_DIR}compose-build-target-exists.md`, "utf8");
    const examples = extractDocExamples(markdown, "yaml");
    const dockerfile = /```dockerfile\n([\s\S]*?)```/u.exec(markdown)?.[1];
    it("has a Dockerfile, incorrect and correct examples", () => {
      expect(dockerfile).toBeTruthy();
      expect(examples.incorrect.length).toBeGreaterThan(0);
      expect(examples.correct.length).toBeGreaterThan(0);
    });
    const lintExample = async (code: string) => {
      const docs = createTempProject({ Dockerfile: dockerfile ?? "", "compose.yaml": code });
      try {
        return await docs.lint(ESLint, "compose.yaml", rules);
      } finally {
        docs.remove();
      }
    };
    for (const [index, code] of examples.incorrect.entries()) {
      it(`incorrect example ${index + 1} is reported`, async () => {
        const messages = await lintExample(code);
        expect(messages.filter((m) => m.fatal)).toEqual([]);
        expect(messages.filter((m) => m.ruleId === RULE).length).toBeGreaterThan(0);
      });
    }
    for (const [index, code] of examples.correct.entries()) {
      it(`correct example ${index + 1} is not reported`, async () => {
        expect(await lintExample(code)).toEqual([]);
      });
    }
  });
});
