import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { after, describe, it } from 'node:test';
import { sharedStringsBomb } from '../../../test/zip-bombs.ts';
import { AppError } from '../../http/app-error.ts';
import { readRows, type StoredFile } from './import-files.ts';

const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'quorum-xlsx-bombs-test-'));
after(() => fs.rmSync(directory, { recursive: true, force: true }));

function stored(name: string, buffer: Buffer): StoredFile {
  const filePath = path.join(directory, name);
  fs.writeFileSync(filePath, buffer);
  return { path: filePath, format: 'xlsx', bytes: buffer.length, delimiter: ',' };
}

/** Reads the file whole, and how long it took and how far the process's memory grew meanwhile. */
async function read(file: StoredFile) {
  const before = process.memoryUsage.rss();
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 5);
  const started = performance.now();
  let error: unknown;
  let rows = 0;
  try {
    for await (const _ of readRows(file)) rows += 1;
  } catch (caught) {
    error = caught;
  } finally {
    clearInterval(sampler);
  }
  peak = Math.max(peak, process.memoryUsage.rss());
  return {
    error,
    rows,
    milliseconds: performance.now() - started,
    growthMegabytes: (peak - before) / 2 ** 20,
  };
}

function refusalOf(error: unknown) {
  assert.ok(error instanceof AppError, `refused with a problem, not ${String(error)}`);
  return { reason: error.errors?.[0]?.message, en: error.detailIn('en'), fr: error.detailIn('fr') };
}

// Issue 13, finding 4: a 3.9 MB workbook whose shared strings inflate to 1.16 GB ran the server out of heap.
describe('an XLSX zip bomb', () => {
  const gigabyte = 1.16e9;
  const piece = '<si><t>DUPONT Jean-Marie</t></si>';

  it('is refused at once, with the part and the limit named, when its shared strings declare 1.16 GB', async () => {
    const bomb = sharedStringsBomb({ inflatedBytes: gigabyte, piece });
    assert.ok(bomb.length < 4 * 2 ** 20, `a few megabytes (${bomb.length} bytes)`);
    const { error, milliseconds, growthMegabytes } = await read(stored('honest-bomb.xlsx', bomb));
    const refusal = refusalOf(error);
    assert.equal(refusal.reason, 'xlsx_too_large');
    assert.match(refusal.en, /xl\/sharedStrings\.xml is over 25 MB/);
    assert.match(refusal.fr, /xl\/sharedStrings\.xml dépasse 25 Mo/);
    assert.ok(milliseconds < 1000, `refused in ${Math.round(milliseconds)} ms`);
    assert.ok(growthMegabytes < 50, `memory grew by ${Math.round(growthMegabytes)} MB`);
  });

  it('is refused once past the size it lies about, without holding the gigabyte', async () => {
    for (const declaredBytes of [1e6, 24e6]) {
      const bomb = sharedStringsBomb({ inflatedBytes: gigabyte, piece, declaredBytes });
      const { error, milliseconds, growthMegabytes } = await read(
        stored(`lying-${declaredBytes}.xlsx`, bomb),
      );
      const refusal = refusalOf(error);
      assert.equal(refusal.reason, 'not_xlsx');
      assert.match(refusal.en, /not a readable XLSX workbook/);
      assert.ok(milliseconds < 10_000, `refused in ${Math.round(milliseconds)} ms`);
      assert.ok(growthMegabytes < 200, `memory grew by ${Math.round(growthMegabytes)} MB`);
    }
  });

  it('with shared strings just under the limit, made of millions of tiny strings, is read in bounded memory', async () => {
    const bomb = sharedStringsBomb({ inflatedBytes: 24e6, piece: '<si><t>a</t></si>' });
    const { error, rows, growthMegabytes } = await read(stored('tiny-strings.xlsx', bomb));
    assert.equal(error, undefined);
    assert.equal(rows, 2);
    assert.ok(growthMegabytes < 150, `memory grew by ${Math.round(growthMegabytes)} MB`);
  });

  it('with 50 MB of tiny strings is refused before they are read', async () => {
    const bomb = sharedStringsBomb({ inflatedBytes: 50e6, piece: '<si><t>a</t></si>' });
    const { error, milliseconds } = await read(stored('tiny-strings-50.xlsx', bomb));
    assert.equal(refusalOf(error).reason, 'xlsx_too_large');
    assert.ok(milliseconds < 1000, `refused in ${Math.round(milliseconds)} ms`);
  });
});
