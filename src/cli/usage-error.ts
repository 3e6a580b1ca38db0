/** A mistake in how the command was called: exit 64, message on stderr, nothing on stdout. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
