import { describe } from "vitest";
import rule from "../../src/rules/package-manager-yes.js";
import { dockerfileRuleTester } from "../helpers/dockerfile-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

const message = (command: string) => `\`${command}\` asks for confirmation, and a build cannot answer; add \`-y\`.`;

describe.each(ESLINT_VERSIONS)("package-manager-yes on ESLint $version", ({ RuleTester, Linter }) => {
  dockerfileRuleTester(RuleTester).run("package-manager-yes", rule as never, {
    valid: [
      "FROM debian:12\nRUN apt-get install -y curl\n",
      "FROM debian:12\nRUN apt-get install -qy curl\n",
      "FROM debian:12\nRUN apt-get -qq install curl\n",
      "FROM debian:12\nRUN apt-get install -q -q curl\n",
      "FROM debian:12\nRUN apt-get install --yes curl && apt-get --assume-yes autoremove\n",
      "FROM debian:12\nRUN apt-get -o APT::Get::Assume-Yes=true install curl\n",
      "FROM debian:12\nRUN echo 'APT::Get::Assume-Yes \"true\";' > /etc/apt/apt.conf.d/90yes\nRUN apt-get install curl\n",
      // Subcommands that never ask; a simulation.
      "FROM debian:12\nRUN apt-get update && apt-get clean && apt-get install -s curl\n",
      "FROM rockylinux:9\nRUN yum -y install httpd && yum install --assumeyes git && yum clean all && yum makecache\n",
      "FROM fedora:40\nRUN dnf install -y httpd && dnf --setopt=assumeyes=True remove git && dnf group list\n",
      "FROM opensuse/leap:15\nRUN zypper -n install curl && zypper install -y git && zypper --non-interactive up && zypper refresh\n",
      // The pipe answers.
      "FROM debian:12\nRUN yes | apt-get install curl && echo y | zypper in git\n",
      // microdnf and apk do not ask.
      "FROM ubi9/ubi-minimal\nRUN microdnf install tar\n",
      "FROM alpine:3.20\nRUN apk add curl\n",
      // Fixed outputs stay fixed.
      "FROM debian:12\nRUN apt-get -q -t bookworm-backports install -y curl \\\n    # tools\n    git\n",
      "FROM rockylinux:9\nRUN <<EOF\nyum install -y httpd\ndnf group -y install 'Development Tools'\nEOF\n",
      "FROM opensuse/leap:15\nRUN sh -c 'zypper in -y curl' && sudo apt-get autoremove -y\nRUN [\"zypper\", \"install\", \"-y\", \"git\"]\n",
    ],
    invalid: [
      {
        code: "FROM debian:12\nRUN apt-get install curl\n",
        output: "FROM debian:12\nRUN apt-get install -y curl\n",
        errors: [{ message: message("apt-get install"), line: 2, column: 5, endLine: 2, endColumn: 20 }],
      },
      {
        // One -q is not enough; options before the subcommand are skipped with their values.
        code: "FROM debian:12\nRUN apt-get -q -t bookworm-backports install curl \\\n    # tools\n    git\n",
        output: "FROM debian:12\nRUN apt-get -q -t bookworm-backports install -y curl \\\n    # tools\n    git\n",
        errors: [{ message: message("apt-get install"), line: 2, column: 5, endColumn: 45 }],
      },
      {
        code: "FROM rockylinux:9\nRUN <<EOF\nyum install httpd\ndnf group install 'Development Tools'\nEOF\n",
        output: "FROM rockylinux:9\nRUN <<EOF\nyum install -y httpd\ndnf group -y install 'Development Tools'\nEOF\n",
        errors: [
          { message: message("yum install"), line: 3, column: 1, endColumn: 12 },
          { message: message("dnf group"), line: 4, column: 1, endColumn: 10 },
        ],
      },
      {
        code: "FROM opensuse/leap:15\nRUN sh -c 'zypper in curl' && sudo apt-get autoremove\nRUN [\"zypper\", \"install\", \"git\"]\nONBUILD RUN apt-get upgrade\n",
        output: "FROM opensuse/leap:15\nRUN sh -c 'zypper in -y curl' && sudo apt-get autoremove -y\nRUN [\"zypper\", \"install\", \"-y\", \"git\"]\nONBUILD RUN apt-get upgrade -y\n",
        errors: [
          { message: message("zypper in"), line: 2, column: 12 },
          { message: message("apt-get autoremove"), line: 2, column: 36 },
          { message: message("zypper install"), line: 3, column: 6 },
          { message: message("apt-get upgrade"), line: 4, column: 13 },
        ],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "package-manager-yes", fence: "dockerfile", language: "containers/dockerfile", filename: "Dockerfile" });
  });
});
