import { describe } from "vitest";
import rule from "../../src/rules/no-container-unfriendly-commands.js";
import { dockerfileRuleTester } from "../helpers/dockerfile-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

const message = (program: string) =>
  `\`${program}\` in RUN acts on the build container, which is thrown away (no init system, no terminal, no other processes); do the work in the image's entrypoint or leave it out.`;

describe.each(ESLINT_VERSIONS)("no-container-unfriendly-commands on ESLint $version", ({ RuleTester, Linter }) => {
  dockerfileRuleTester(RuleTester).run("no-container-unfriendly-commands", rule as never, {
    valid: [
      "FROM debian:12\nRUN apt-get install -y vim openssh-client procps\n",
      "FROM debian:12\nRUN ssh-keyscan github.com >> /etc/ssh/ssh_known_hosts\n",
      "FROM debian:12\nRUN echo 'service nginx start'\n",
      // A daemon run only during the RUN, to seed data.
      "FROM debian:12\nRUN service postgresql start && psql -f /seed.sql && service postgresql stop\n",
      "FROM debian:12\nRUN mysqld --user=mysql & sleep 10 && mysql < /seed.sql && kill $!\n",
      "FROM debian:12\nCMD service nginx start && tail -f /dev/null\n",
      { code: "FROM debian:12\nRUN vim +PlugInstall +qall\n", options: [{ allow: ["vim"] }] },
    ],
    invalid: [
      {
        // No background job here: `2>&1` and `&&` are not one; a service started and never stopped.
        code: "FROM debian:12\nRUN make 2>&1 && kill -HUP 1\nRUN service postgresql start && psql -f /seed.sql\n",
        errors: [
          { message: message("kill"), line: 2, column: 18 },
          { message: message("service"), line: 3, column: 5 },
        ],
      },
      {
        code: 'FROM debian:12\nRUN ["service", "nginx", "start"]\nRUN sh -c \'top -b -n 1\'\n',
        errors: [
          { message: message("service"), line: 2, column: 6, endColumn: 15 },
          { message: message("top"), line: 3, column: 12 },
        ],
      },
      {
        code: "FROM debian:12\nRUN service nginx start\n",
        errors: [{ message: message("service"), line: 2, column: 5, endLine: 2, endColumn: 12 }],
      },
      {
        code: "FROM debian:12\nRUN apt-get update && sudo /usr/bin/vim -c ':q' \\\n && ps aux | grep x\nRUN <<EOF\nmount -t tmpfs none /mnt\nEOF\nONBUILD RUN shutdown -h now\n",
        errors: [
          { message: message("vim"), line: 2, column: 28, endColumn: 40 },
          { message: message("ps"), line: 3, column: 5 },
          { message: message("mount"), line: 5, column: 1 },
          { message: message("shutdown"), line: 7, column: 13 },
        ],
      },
      {
        code: "FROM debian:12\nRUN ssh git@example.com && vim x\n",
        options: [{ allow: ["vim"] }],
        errors: [{ message: message("ssh"), line: 2, column: 5 }],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "no-container-unfriendly-commands", fence: "dockerfile", language: "containers/dockerfile", filename: "Dockerfile" });
  });
});
