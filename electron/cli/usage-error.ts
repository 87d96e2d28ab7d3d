/** A mistake in how the command line was called, or input that cannot be used: exit code 2, one line. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
