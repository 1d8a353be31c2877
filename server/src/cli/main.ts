// `npm run hub -- <command> [options]`: operator commands. `--help` works everywhere.
import "reflect-metadata";
import { parseArgs } from "node:util";
import { COMMANDS, UsageError } from "./commands";

function overview(): string {
  const rows = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`);
  return `Sophie Hub operator commands

Usage: npm run hub -- <command> [options]

Commands:
${rows.join("\n")}

Run \`npm run hub -- <command> --help\` for a command's options.
Environment: DATABASE_URL (PostgreSQL; unset = embedded database in HUB_DATA_DIR, default .hub-data), HUB_SECRET.`;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    console.log(overview());
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`Unknown command "${name}".\n\n${overview()}`);
    return 2;
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: { ...command.options, help: { type: "boolean", short: "h" } },
    });
  } catch (err) {
    console.error(`${(err as Error).message}\n\nUsage: ${command.usage}`);
    return 2;
  }
  if (parsed.values.help) {
    console.log(`Usage: ${command.usage}`);
    return 0;
  }
  try {
    await command.run(
      parsed.positionals,
      parsed.values as Record<string, string | boolean | undefined>,
    );
    return 0;
  } catch (err) {
    console.error(`hub ${name}: ${(err as Error).message}`);
    return err instanceof UsageError ? 2 : 1;
  }
}

// Piping into `head` closes stdout early; that is not an error.
process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code === "EPIPE") process.exit(0);
});

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
