// A one-line progress bar on a terminal; plain lines when output is piped (CI, logs).
export function progressBar(label: string, stream: NodeJS.WriteStream = process.stderr) {
  const width = 24;
  return {
    update(step: string, done: number, total: number) {
      if (!stream.isTTY) {
        stream.write(`${label}: [${done}/${total}] ${step}\n`);
        return;
      }
      const filled = Math.round((done / total) * width);
      stream.write(
        `\r${label} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total} ${step}`.padEnd(
          80,
        ),
      );
    },
    done() {
      if (stream.isTTY) stream.write("\n");
    },
  };
}
