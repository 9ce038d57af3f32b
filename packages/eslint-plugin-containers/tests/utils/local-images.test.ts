import { parseYAML, type AST } from "yaml-eslint-parser";
import { describe, expect, it } from "vitest";
import { interpolateDefaults } from "../../src/utils/compose/interpolation.js";
import { composeLocalImages, isLocalImage, localImageMatchers, readBakeText, repositoryKey } from "../../src/utils/local-images.js";

function root(text: string): AST.YAMLMapping {
  return parseYAML(text).body[0].content as AST.YAMLMapping;
}

describe("local images", () => {
  it("keys repositories without tag, digest, Docker Hub's library/ and case", () => {
    expect(repositoryKey("nginx:1.27")).toBe("docker.io/nginx");
    expect(repositoryKey("docker.io/library/nginx@sha256:abc")).toBe("docker.io/nginx");
    expect(repositoryKey("GHCR.io/Org/App:1")).toBe("ghcr.io/org/app");
    expect(repositoryKey("localhost:5000/app")).toBe("localhost:5000/app");
  });

  it("reads what Compose services build: image, build.tags, additional_contexts (map and list)", () => {
    const found = composeLocalImages(
      root(
        "x: &b\n  build:\n    context: .\n    additional_contexts: [deps=../deps]\nservices:\n" +
          "  a:\n    <<: *b\n    image: mycorp/a:${TAG:-dev}\n" +
          "  b:\n    build:\n      context: b\n      tags: [ghcr.io/org/b:1]\n      additional_contexts:\n        tools: docker-image://alpine\n" +
          "  c:\n    image: redis:7\n  d:\n    build: .\n    image: ${UNSET}\n",
      ),
    );
    expect([...found.repositories].sort()).toEqual(["docker.io/mycorp/a", "ghcr.io/org/b"]);
    expect([...found.contexts].sort()).toEqual(["deps", "tools"]);
  });

  it("reads Bake tags and contexts, HCL and JSON", () => {
    const hcl = readBakeText('target "app" {\n  tags = ["mycorp/app:1", "mycorp/app:${V}"]\n  contexts = {\n    base = "target:base"\n    "src" = "."\n  }\n}\n');
    expect([...hcl.repositories]).toEqual(["docker.io/mycorp/app"]);
    expect([...hcl.contexts].sort()).toEqual(["base", "src"]);
    const json = readBakeText(JSON.stringify({ target: { app: { tags: ["ghcr.io/o/app"], contexts: { deps: "../deps" } } } }));
    expect([...json.repositories]).toEqual(["ghcr.io/o/app"]);
    expect([...json.contexts]).toEqual(["deps"]);
  });

  it("treats one-word names that are not official images, contexts and pattern matches as local", () => {
    const local = { repositories: new Set(["docker.io/mycorp/base"]), contexts: new Set(["deps"]) };
    const patterns = localImageMatchers(["internal.example.com/*"]);
    expect(isLocalImage("web", local, patterns)).toBe(true);
    expect(isLocalImage("nginx", local, patterns)).toBe(false);
    expect(isLocalImage("mycorp/base:2", local, patterns)).toBe(true);
    expect(isLocalImage("deps", local, patterns)).toBe(true);
    expect(isLocalImage("internal.example.com/team/app:1", local, patterns)).toBe(true);
    expect(isLocalImage("ghcr.io/org/app", local, patterns)).toBe(false);
  });

  it("applies Compose interpolation defaults and leaves variables without one unresolved", () => {
    expect(interpolateDefaults("app:${TAG:-1.0}")).toEqual({ value: "app:1.0", unresolved: false, fromVariables: [] });
    expect(interpolateDefaults("app:${TAG-latest}")).toEqual({ value: "app:latest", unresolved: false, fromVariables: [] });
    expect(interpolateDefaults("app:${TAG}")).toEqual({ value: "app:", unresolved: true, fromVariables: [] });
    expect(interpolateDefaults("$$HOME/app")).toEqual({ value: "$HOME/app", unresolved: false, fromVariables: [] });
    // Values from the project's .env file come first, then defaults; the names used are listed.
    const dotenv = new Map([["TAG", "2.0"], ["EMPTY", ""]]);
    expect(interpolateDefaults("app:${TAG:-1.0}", dotenv)).toEqual({ value: "app:2.0", unresolved: false, fromVariables: ["TAG"] });
    expect(interpolateDefaults("app:${TAG}", dotenv)).toEqual({ value: "app:2.0", unresolved: false, fromVariables: ["TAG"] });
    expect(interpolateDefaults("app:${EMPTY:-1.0}", dotenv)).toEqual({ value: "app:1.0", unresolved: false, fromVariables: ["EMPTY"] });
    expect(interpolateDefaults("${REG}/app:${TAG}", dotenv)).toEqual({ value: "/app:2.0", unresolved: true, fromVariables: ["TAG"] });
  });
});
