/**
 * A problem with an input file, located as precisely as the file allows (`file:line:column`). In
 * CSV files the column is the field's number (1 for the first field); in JSON files it is the
 * character's position on the line.
 */
export class InputError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly column: number | undefined;

  constructor(file: string, message: string, position: { line?: number; column?: number } = {}) {
    const where = [file, position.line, position.column].filter((part) => part !== undefined).join(':');
    super(`${where}: ${message}`);
    this.name = 'InputError';
    this.file = file;
    this.line = position.line;
    this.column = position.column;
  }
}
