export interface CliIo {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  readonly stdin: NodeJS.ReadableStream;
}

export interface CliCommand {
  readonly name: string;
  /** One line for `--help`. */
  readonly summary: string;
  /** The argument synopsis, e.g. `<path>... [--out FILE]`. */
  readonly usage: string;
  /** Returns the exit code. Throws UsageError for bad arguments or unusable input. */
  run(args: readonly string[], io: CliIo): Promise<number>;
}
