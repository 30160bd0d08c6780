/** What a caught value says, for a message to the reader: thrown values are not always Errors. */
export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
