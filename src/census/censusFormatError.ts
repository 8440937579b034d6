/** A census return that is not well-formed XML, or not a census return: where, and what is wrong. */
export class CensusFormatError extends Error {
  constructor(readonly line: number, readonly column: number, readonly problem: string) {
    super(`line ${line}, column ${column}: ${problem}`);
    this.name = 'CensusFormatError';
  }
}
