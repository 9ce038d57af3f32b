import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFileReader, listDirectory } from "../../src/utils/file-from-disk.js";
import { createTempProject, type TempProject } from "../helpers/temp-project.js";

describe("createFileReader", () => {
  let project: TempProject;
  let parsed = 0;
  const read = createFileReader((text) => {
    parsed += 1;
    if (text.startsWith("THROW")) throw new Error("cannot parse");
    return text.trim();
  });
  const at = (name: string) => path.join(project.dir, name);

  beforeAll(() => {
    project = createTempProject({ ok: " hello \n", bad: "THROW\n", binary: "a\0b" });
    mkdirSync(at("folder"));
    writeFileSync(at("huge"), "x".repeat(2 * 1024 * 1024 + 1));
  });
  afterAll(() => project.remove());

  it("reads and parses a file once while it is unchanged, and again after an edit", () => {
    expect(read(at("ok"))).toEqual({ status: "ok", path: at("ok"), value: "hello" });
    expect(read(at("ok"))).toEqual({ status: "ok", path: at("ok"), value: "hello" });
    expect(parsed).toBe(1);
    project.write({ ok: "changed, and longer\n" });
    expect(read(at("ok"))).toMatchObject({ status: "ok", value: "changed, and longer" });
    expect(parsed).toBe(2);
  });

  it("never throws: missing, a folder, binary, huge or unparsable files come back with a status", () => {
    expect(read(at("missing"))).toEqual({ status: "missing", path: at("missing") });
    expect(read(at("folder"))).toEqual({ status: "unreadable", path: at("folder") });
    expect(read(at("binary"))).toEqual({ status: "unreadable", path: at("binary") });
    expect(read(at("huge"))).toEqual({ status: "unreadable", path: at("huge") });
    expect(read(at("bad"))).toEqual({ status: "unreadable", path: at("bad") });
  });

  it("lists a directory, and gives nothing for one that is not there", () => {
    expect(listDirectory(project.dir).sort()).toEqual(["bad", "binary", "folder", "huge", "ok"]);
    expect(listDirectory(at("missing"))).toEqual([]);
  });
});
