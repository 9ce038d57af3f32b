import { describe, expect, it } from "vitest";
import { contextOfLeadingComment, contextOfPath, words } from "../../src/utils/file-context.js";

describe("file context", () => {
  it("reads folders below the working directory", () => {
    expect(contextOfPath("/p/tests/db/compose.yaml", "/p")).toBe("test");
    expect(contextOfPath("/p/pkg/e2e/testdata/x/Dockerfile", "/p")).toBe("test");
    expect(contextOfPath("/p/.ci/Dockerfile", "/p")).toBe("ci");
    expect(contextOfPath("/p/hack/dockerfiles/lint.Dockerfile", "/p")).toBe("ci");
    expect(contextOfPath("/p/.devcontainer/Dockerfile", "/p")).toBe("development");
    expect(contextOfPath("/p/services/api/compose.yaml", "/p")).toBeNull();
    // Test words inside a compound folder name.
    expect(contextOfPath("/p/felix/k8sfv/monitoring.yaml", "/p")).toBe("test");
    expect(contextOfPath("/p/nginx-proxy/test_ssl/compose.yml", "/p")).toBe("test");
    expect(contextOfPath("/p/deploy/kubernetes-1.34-test/x.yaml", "/p")).toBe("test");
    expect(contextOfPath("/p/TestAppArtifacts/Dockerfile", "/p")).toBe("test");
    expect(contextOfPath("/p/latest/contest/Dockerfile", "/p")).toBeNull();
    expect(contextOfPath("/p/alpine3.23/Dockerfile", "/p")).toBeNull();
    // Above the working directory nothing counts: a checkout in ~/dev is not all development.
    expect(contextOfPath("/home/me/dev/app/compose.yaml", "/home/me/dev/app")).toBeNull();
    // Outside it, the whole path does.
    expect(contextOfPath("/repo/.devcontainer/compose.yaml", "/elsewhere")).toBe("development");
  });

  it("reads words of the file name", () => {
    expect(contextOfPath("docker-compose.test.yml", "/p")).toBe("test");
    expect(contextOfPath("docker-compose.ci.yml", "/p")).toBe("ci");
    expect(contextOfPath("compose.override.yaml", "/p")).toBe("development");
    expect(contextOfPath("docker-compose-local.yml", "/p")).toBe("development");
    expect(contextOfPath("Dockerfile.dev", "/p")).toBe("development");
    // Whole words only.
    expect(contextOfPath("docker-compose.latest.yml", "/p")).toBeNull();
    expect(contextOfPath("Dockerfile.devtools", "/p")).toBeNull();
    expect(contextOfPath("compose.yaml", "/p")).toBeNull();
  });

  it("splits names into words", () => {
    expect(words("k8sfv")).toEqual(["k8s", "fv"]);
    expect(words("e2e-tests")).toEqual(["e2e", "tests"]);
    expect(words("TestAppArtifacts")).toEqual(["Test", "App", "Artifacts"]);
    expect(words("alpine3.23")).toEqual(["alpine", "3", "23"]);
    expect(words("HTTPServer")).toEqual(["HTTP", "Server"]);
  });

  it("reads the leading comment block", () => {
    expect(contextOfLeadingComment("# For local development only\nservices: {}\n")).toBe("development");
    expect(contextOfLeadingComment("---\n# Do not use this in production!\nservices: {}\n")).toBe("development");
    expect(contextOfLeadingComment("# syntax=docker/dockerfile:1\n# Not meant for production.\nFROM alpine\n")).toBe("development");
    expect(contextOfLeadingComment("# Production stack\nservices: {}\n")).toBeNull();
    // Only the comment at the top counts.
    expect(contextOfLeadingComment("services: {}\n# for development only\n")).toBeNull();
  });
});
