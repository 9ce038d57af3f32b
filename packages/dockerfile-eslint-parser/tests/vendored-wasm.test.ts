// The bash grammar is vendored (wasm/tree-sitter-bash.wasm) instead of installed from npm; this
// pins the file to the provenance recorded beside it, so a changed or truncated copy fails here
// and a refresh (scripts/refresh-tree-sitter-bash-wasm.mjs) must also update the table.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import packageJson from "../package.json" with { type: "json" };
import { parseDockerfile, shellParserReady } from "../src/index.js";

const WASM_DIR = new URL("../wasm/", import.meta.url);

describe("vendored tree-sitter-bash.wasm", () => {
  it("matches the SHA-256 recorded in tree-sitter-bash.README.md, with its licence beside it", () => {
    const wasm = readFileSync(new URL("tree-sitter-bash.wasm", WASM_DIR));
    const readme = readFileSync(new URL("tree-sitter-bash.README.md", WASM_DIR), "utf8");
    const sha256 = createHash("sha256").update(wasm).digest("hex");
    expect(readme).toContain(`| SHA-256 of the file | \`${sha256}\` |`);
    expect(readme).toMatch(/\| npm version \| `\d+\.\d+\.\d+` \|/u);
    expect(readFileSync(new URL("tree-sitter-bash.LICENSE", WASM_DIR), "utf8")).toContain("The MIT License");
  });

  it("ships in the package and replaces the tree-sitter-bash dependency", () => {
    expect(packageJson.files).toContain("wasm");
    expect(Object.keys(packageJson.dependencies)).not.toContain("tree-sitter-bash");
  });

  it("is the grammar the parser loads", async () => {
    await shellParserReady;
    const [stage] = parseDockerfile("FROM alpine\nRUN apk add curl | tee log\n").body;
    const run = stage.type === "DockerfileStage" ? stage.body[1] : undefined;
    expect(run?.type === "DockerfileRun" && run.command?.type === "DockerfileShellForm" && run.command.script?.body[0].type).toBe(
      "ShellPipeline",
    );
  });
});
