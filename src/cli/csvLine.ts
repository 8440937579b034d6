/** A CSV record that breaks RFC 4180; `field` is the 0-based position of the field at fault. */
export class CsvSyntaxError extends Error {
  override readonly name = 'CsvSyntaxError';
  constructor(readonly field: number, message: string) {
    super(message);
  }
}

/**
 * Reads RFC 4180 records one physical line at a time: fields separated by commas, a field in
 * double quotes may hold commas, line breaks and doubled quotes (`""` for `"`). A quoted field
 * that runs past the end of a line continues on the next one, so one record may span several
 * lines; the line break inside it is read as `\n`.
 */
export class CsvRecordReader {
  #fields: string[] = [];
  #field = '';
  #inQuotes = false;
  #length = 0;

  /** @param maxLength the most characters one record may hold, so an unclosed quote cannot swallow the input */
  constructor(private readonly maxLength: number) {}

  /** Whether a quoted field is still open: the record continues on the next line. */
  get pending(): boolean {
    return this.#inQuotes;
  }

  /**
   * Adds one physical line, without its line break. Returns the record's fields once it is
   * complete, or undefined while a quoted field is still open.
   * @throws CsvSyntaxError for a stray quote, text after a closing quote, or a record over the
   *   length limit; the reader is then reset, ready for the next record.
   */
  push(line: string): string[] | undefined {
    this.#length += line.length + 1;
    if (this.#length > this.maxLength) {
      const field = this.#fields.length;
      this.reset();
      throw new CsvSyntaxError(field, `the record is longer than ${this.maxLength} characters (a quote left open?)`);
    }
    let i = 0;
    let afterQuote = this.#inQuotes;
    if (this.#inQuotes) {
      i = this.#quoted(line, 0);
      if (this.#inQuotes) return undefined;
    }
    for (;;) {
      if (afterQuote) {
        if (i < line.length && line[i] !== ',') this.#fail(`text after the closing quote of field ${this.#fields.length + 1}`);
      } else if (line[i] === '"') {
        i = this.#quoted(line, i + 1);
        if (this.#inQuotes) return undefined;
        afterQuote = true;
        continue;
      } else {
        const comma = line.indexOf(',', i);
        const end = comma === -1 ? line.length : comma;
        const text = line.slice(i, end);
        if (text.includes('"')) this.#fail(`a quote inside unquoted field ${this.#fields.length + 1} (quote the field and double the quote)`);
        this.#field = text;
        i = end;
      }
      // i is now at the comma that ends the field, or at the end of the line, which ends the record.
      afterQuote = false;
      this.#fields.push(this.#field);
      this.#field = '';
      if (i === line.length) break;
      i += 1;
    }
    const fields = this.#fields;
    this.reset();
    return fields;
  }

  /** Forgets any record in progress. */
  reset(): void {
    this.#fields = [];
    this.#field = '';
    this.#inQuotes = false;
    this.#length = 0;
  }

  /** Reads quoted text from `start` up to the closing quote; returns the position after it. */
  #quoted(line: string, start: number): number {
    this.#inQuotes = true;
    let i = start;
    for (;;) {
      const quote = line.indexOf('"', i);
      if (quote === -1) {
        this.#field += `${line.slice(i)}\n`;
        return line.length;
      }
      this.#field += line.slice(i, quote);
      if (line[quote + 1] === '"') {
        this.#field += '"';
        i = quote + 2;
        continue;
      }
      this.#inQuotes = false;
      return quote + 1;
    }
  }

  #fail(message: string): never {
    const field = this.#fields.length;
    this.reset();
    throw new CsvSyntaxError(field, message);
  }
}

/**
 * One field as RFC 4180 writes it: quoted, with quotes doubled, when it holds a comma, quote or
 * line break. A field that starts with `=`, `+`, `-`, `@`, tab or carriage return gets a
 * leading `'`, as OWASP advises against CSV injection: a spreadsheet would run it as a formula.
 * @example csvField('=HYPERLINK("http://x")') // `"'=HYPERLINK(""http://x"")"`
 */
function csvField(value: string): string {
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A record as one CSV line (without the line break), each field neutralised and quoted as {@link csvField} says. */
export function formatCsvLine(fields: readonly string[]): string {
  return fields.map(csvField).join(',');
}
