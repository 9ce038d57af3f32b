/** A one-line progress bar on stderr, for a terminal only (never in logs or pipes). */
export interface Progress {
  update(done: number): void;
  finish(): void;
}

const WIDTH = 30;

export function createProgress(total: number, stream: NodeJS.WriteStream): Progress {
  const draw = (done: number) => {
    const filled = Math.round((done / total) * WIDTH);
    stream.write(`\r[${"#".repeat(filled)}${"-".repeat(WIDTH - filled)}] ${done}/${total} files`);
  };
  draw(0);
  return {
    update: draw,
    finish() {
      stream.write(`\r${" ".repeat(WIDTH + 24)}\r`);
    },
  };
}
