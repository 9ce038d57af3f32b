import { describe } from "vitest";
import rule from "../../src/rules/valid-expose.js";
import { dockerfileRuleTester } from "../helpers/dockerfile-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

const mapping = (value: string, port: string) =>
  `EXPOSE '${value}' maps a host address or port, which an image cannot do (Docker ignores it); expose the container port '${port}' and publish it with \`docker run -p\` or Compose \`ports:\`.`;
const range = (value: string) => `EXPOSE '${value}' is not a port: ports are 0 to 65535.`;
const protocol = (value: string, proto: string) => `EXPOSE '${value}' has the protocol '${proto}'; use tcp, udp or sctp.`;
const casing = (value: string, lower: string) => `EXPOSE '${value}' writes the protocol in uppercase; write '${lower}'.`;

describe.each(ESLINT_VERSIONS)("valid-expose on ESLint $version", ({ RuleTester, Linter }) => {
  dockerfileRuleTester(RuleTester).run("valid-expose", rule as never, {
    valid: [
      "FROM nginx:1.27\nEXPOSE 80 443/tcp 53/udp 9000-9010 3868/sctp\n",
      "FROM nginx:1.27\nEXPOSE $PORT ${METRICS_PORT}/tcp\n",
      // The fixed output.
      "FROM nginx:1.27\nEXPOSE 80/tcp 53/udp\nONBUILD EXPOSE 8080/tcp\n",
    ],
    invalid: [
      {
        code: "FROM nginx:1.27\nEXPOSE 8080:80 127.0.0.1:9090:90/tcp\n",
        errors: [
          { message: mapping("8080:80", "80"), line: 2, column: 8, endLine: 2, endColumn: 15 },
          { message: mapping("127.0.0.1:9090:90/tcp", "90/tcp"), line: 2, column: 16 },
        ],
      },
      {
        code: "FROM nginx:1.27\nEXPOSE 80000 http 80/http\n",
        errors: [
          { message: range("80000"), line: 2, column: 8 },
          { message: range("http"), line: 2, column: 14 },
          { message: protocol("80/http", "http"), line: 2, column: 19 },
        ],
      },
      {
        // The fix lowercases the protocol only; ONBUILD EXPOSE is checked too.
        code: "FROM nginx:1.27\nEXPOSE 80/TCP 53/Udp\nONBUILD EXPOSE 8080/TCP\n",
        output: "FROM nginx:1.27\nEXPOSE 80/tcp 53/udp\nONBUILD EXPOSE 8080/tcp\n",
        errors: [
          { message: casing("80/TCP", "tcp"), line: 2, column: 11, endLine: 2, endColumn: 14 },
          { message: casing("53/Udp", "udp"), line: 2, column: 18, endLine: 2, endColumn: 21 },
          { message: casing("8080/TCP", "tcp"), line: 3, column: 21 },
        ],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "valid-expose", fence: "dockerfile", language: "containers/dockerfile", filename: "Dockerfile" });
  });
});
