import { describe, expect, it } from 'vitest';
import { CsvRecordReader, CsvSyntaxError, formatCsvLine } from '../../src/cli/csvLine.js';

/** Pushes physical lines and collects each complete record. */
function read(lines: string[], maxLength = 1000): (string[] | undefined)[] {
  const reader = new CsvRecordReader(maxLength);
  return lines.map((line) => reader.push(line));
}

describe('CsvRecordReader (RFC 4180, one physical line at a time)', () => {
  it('splits plain fields at commas, keeping empty fields', () => {
    expect(read(['a,b,c'])).toEqual([['a', 'b', 'c']]);
    expect(read([',a,,'])).toEqual([['', 'a', '', '']]);
    expect(read([''])).toEqual([['']]);
  });

  it('reads quoted fields holding commas and doubled quotes', () => {
    expect(read(['"a,b",c'])).toEqual([['a,b', 'c']]);
    expect(read(['"say ""hello""",x'])).toEqual([['say "hello"', 'x']]);
    expect(read(['""'])).toEqual([['']]);
    expect(read(['"",""'])).toEqual([['', '']]);
    expect(read(['x,""""'])).toEqual([['x', '"']]);
    expect(read(['"a",'])).toEqual([['a', '']]);
  });

  it('continues a quoted field over line breaks: one record from three physical lines', () => {
    const reader = new CsvRecordReader(1000);
    expect(reader.push('1,"first line')).toBeUndefined();
    expect(reader.pending).toBe(true);
    expect(reader.push('second, line')).toBeUndefined();
    expect(reader.push('third"" line",last')).toEqual(['1', 'first line\nsecond, line\nthird" line', 'last']);
    expect(reader.pending).toBe(false);
    expect(reader.push('next,record')).toEqual(['next', 'record']);
  });

  it('reads an empty line inside a quoted field as part of it', () => {
    expect(read(['"a', '', 'b"'])).toEqual([undefined, undefined, ['a\n\nb']]);
  });

  it('rejects a quote inside an unquoted field, naming the field, and is ready for the next record', () => {
    const reader = new CsvRecordReader(1000);
    expect(() => reader.push('a,b"c,d')).toThrow(new CsvSyntaxError(1, 'a quote inside unquoted field 2 (quote the field and double the quote)'));
    expect(reader.push('e,f')).toEqual(['e', 'f']);
  });

  it('rejects text after a closing quote', () => {
    const reader = new CsvRecordReader(1000);
    let error: unknown;
    try {
      reader.push('x,"a"b,c');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CsvSyntaxError);
    expect((error as CsvSyntaxError).field).toBe(1);
    expect((error as CsvSyntaxError).message).toBe('text after the closing quote of field 2');
    expect(reader.pending).toBe(false);
  });

  it('stops a record that grows past the length limit (a quote left open) and starts afresh', () => {
    const reader = new CsvRecordReader(20);
    expect(reader.push('a,"0123456789')).toBeUndefined();
    expect(() => reader.push('0123456789')).toThrow('the record is longer than 20 characters (a quote left open?)');
    expect(reader.pending).toBe(false);
    expect(reader.push('b,c')).toEqual(['b', 'c']);
  });
});

describe('formatCsvLine', () => {
  it('quotes only the fields that need it, doubling quotes', () => {
    expect(formatCsvLine(['a', 'b c', ''])).toBe('a,b c,');
    expect(formatCsvLine(['a,b', 'say "hi"', 'two\nlines', 'cr\r'])).toBe('"a,b","say ""hi""","two\nlines","cr\r"');
  });

  it("neutralises a cell a spreadsheet would run as a formula with a leading ', as OWASP advises", () => {
    expect(formatCsvLine(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', 'a=b', "'=x", ''])).toBe("'=1+1,'+1,'-1,'@SUM(A1),'\tx,\"'\rx\",a=b,'=x,");
    expect(formatCsvLine(['=HYPERLINK("http://x","click")'])).toBe('"\'=HYPERLINK(""http://x"",""click"")"');
  });

  it('writes what the reader reads back', () => {
    const fields = ['SH-1', 'a "quoted", multi\nline field', '', ';', '"'];
    const reader = new CsvRecordReader(1000);
    const lines = formatCsvLine(fields).split('\n');
    const records = lines.map((line) => reader.push(line));
    expect(records.at(-1)).toEqual(fields);
  });
});
