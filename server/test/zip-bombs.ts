import zlib from 'node:zlib';

/**
 * XLSX files built by hand to attack the reader: a workbook whose shared strings inflate to far more
 * than the file's size. The bomb part is deflated once per repeated piece (a full flush resets the
 * compressor, so the same piece always deflates to the same bytes): a gigabyte costs a second to build.
 */

interface Part {
  name: string;
  deflated: Buffer;
  crc: number;
  /** The uncompressed size the archive declares (a lying bomb declares less than it inflates to). */
  declaredBytes: number;
}

function part(name: string, text: string): Part {
  const data = Buffer.from(text);
  return { name, deflated: zlib.deflateRawSync(data), crc: zlib.crc32(data), declaredBytes: data.length };
}

function zipOf(parts: Part[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of parts) {
    const name = Buffer.from(entry.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(entry.crc >>> 0, 14);
    local.writeUInt32LE(entry.deflated.length, 18);
    local.writeUInt32LE(entry.declaredBytes, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(entry.crc >>> 0, 16);
    central.writeUInt32LE(entry.deflated.length, 20);
    central.writeUInt32LE(entry.declaredBytes, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, entry.deflated);
    centrals.push(central, name);
    offset += local.length + name.length + entry.deflated.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const spreadsheet = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const relations = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/**
 * A workbook of one small sheet whose shared strings are `piece` repeated until they reach
 * `inflatedBytes`. `declaredBytes` is what the archive says they inflate to: the truth by default.
 */
export function sharedStringsBomb(options: {
  inflatedBytes: number;
  piece: string;
  declaredBytes?: number;
}): Buffer {
  const head = Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${spreadsheet}">`);
  const tail = Buffer.from('</sst>');
  // A block of whole pieces of about 1 MiB, deflated once and repeated.
  const piece = Buffer.from(options.piece);
  const block = Buffer.alloc(Math.max(1, Math.floor(2 ** 20 / piece.length)) * piece.length, piece);
  const repeats = Math.max(1, Math.floor((options.inflatedBytes - head.length - tail.length) / block.length));
  const flush = { finishFlush: zlib.constants.Z_FULL_FLUSH };
  const deflatedBlock = zlib.deflateRawSync(block, flush);
  const deflated = Buffer.concat([
    zlib.deflateRawSync(head, flush),
    ...Array.from({ length: repeats }, () => deflatedBlock),
    zlib.deflateRawSync(tail),
  ]);
  const inflatedBytes = head.length + repeats * block.length + tail.length;
  let crc = zlib.crc32(head);
  for (let index = 0; index < repeats; index += 1) crc = zlib.crc32(block, crc);
  crc = zlib.crc32(tail, crc);
  const strings: Part = {
    name: 'xl/sharedStrings.xml',
    deflated,
    crc,
    declaredBytes: options.declaredBytes ?? inflatedBytes,
  };
  return zipOf([
    part(
      '[Content_Types].xml',
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    ),
    part(
      '_rels/.rels',
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${relations}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    part(
      'xl/workbook.xml',
      `<workbook xmlns="${spreadsheet}" xmlns:r="${relations}"><sheets><sheet name="Membres" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    part(
      'xl/_rels/workbook.xml.rels',
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${relations}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${relations}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ),
    part(
      'xl/worksheets/sheet1.xml',
      `<worksheet xmlns="${spreadsheet}"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row><row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="s"><v>3</v></c></row></sheetData></worksheet>`,
    ),
    strings,
  ]);
}
