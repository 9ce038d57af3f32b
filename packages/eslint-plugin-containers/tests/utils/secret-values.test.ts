import { describe, expect, it } from "vitest";
import { interpolationDefaults, isHarmlessValue, isKeyFingerprint, urlPassword } from "../../src/utils/secret-values.js";

describe("secret values", () => {
  it("knows values that cannot be secrets", () => {
    for (const value of ["", "true", "/run/secrets/db", "C:\\secrets\\db", "vault:8200", "OAUTHBEARER", "SCRAM-SHA-512", "org.apache.kafka.Plain"]) {
      expect(isHarmlessValue(value, "secret"), value).toBe(true);
    }
    expect(isHarmlessValue("3600", "token")).toBe(true);
    // A number under a password word is a weak password; key IDs and words are secrets.
    expect(isHarmlessValue("1234", "password")).toBe(false);
    for (const value of ["AKIAIOSFODNN7EXAMPLE", "hunter2", "changeme", "P@ssw0rd"]) expect(isHarmlessValue(value, "secret"), value).toBe(false);
  });

  it("knows public key fingerprints", () => {
    expect(isKeyFingerprint("NODE_SIGNING_KEY", "4ED778F539E3634C779C87C6D7062848A1AB005C", "")).toBe(true);
    expect(isKeyFingerprint("RELEASE_TOKEN", "7C4E7E0A8E1F0B2D", 'RUN gpg --recv-keys "$RELEASE_TOKEN"')).toBe(true);
    expect(isKeyFingerprint("API_TOKEN", "4ED778F539E3634C779C87C6D7062848A1AB005C", "")).toBe(false);
    expect(isKeyFingerprint("NODE_SIGNING_KEY", "not-hex", "")).toBe(false);
  });

  it("finds passwords in URLs and literal interpolation defaults", () => {
    expect(urlPassword("mysql://root:pass@db/x")).toEqual({ password: "pass", offset: 13 });
    expect(urlPassword("postgres://app:${DB_PASSWORD}@db/app")).toBeNull();
    expect(urlPassword("redis://redis:6379/0")).toBeNull();
    expect(urlPassword("https://example.com/a:b@c")).toBeNull();
    expect(interpolationDefaults("${POSTGRES_PASSWORD:-password}")).toEqual([{ name: "POSTGRES_PASSWORD", fallback: "password", offset: 21 }]);
    expect(interpolationDefaults("${A-x} and $${B:-y}")).toEqual([{ name: "A", fallback: "x", offset: 4 }]);
  });
});
