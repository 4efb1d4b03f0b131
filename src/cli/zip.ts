/**
 * A minimal, deterministic zip writer for provider release archives
 * (PKWARE APPNOTE 6.3: local headers, central directory, end record).
 *
 * - Deflate where it makes the entry smaller, stored otherwise.
 * - "Made by Unix", with the file mode in the external attributes, so that
 *   Terraform (Go's archive/zip) extracts the launcher as executable.
 * - No directory entries: Terraform hashes a zip by its entries and the
 *   unpacked folder by its files, and both must give the same `h1:`.
 * - A fixed timestamp and the caller's order: the same files give the same
 *   bytes, so a release can be rebuilt and compared (and `zh:` is stable).
 * - No zip64: every entry and the archive stay below 4 GiB.
 */
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntry {
  /** Path inside the archive, `/`-separated, no leading slash. */
  readonly name: string;
  readonly data: Buffer;
  /** Unix permission bits, e.g. 0o755. */
  readonly mode: number;
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
/** 2.0: deflate. */
const VERSION_NEEDED = 20;
/** High byte 3 = Unix (the external attributes hold st_mode); low byte 30 = spec 3.0. */
const VERSION_MADE_BY = (3 << 8) | 30;
/** Bit 11: names are UTF-8. */
const FLAG_UTF8 = 0x0800;
const STORED = 0;
const DEFLATED = 8;
/** MS-DOS date 1980-01-01, time 00:00:00: the earliest a zip can say. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const DOS_TIME = 0;
const S_IFREG = 0o100000;
const LIMIT = 0xffffffff;

function checkName(name: string): void {
  if (name === '' || name.startsWith('/') || name.endsWith('/') || name.includes('\\') || name.split('/').some((p) => p === '..' || p === '.' || p === '')) {
    throw new Error(`bad zip entry name ${JSON.stringify(name)}`);
  }
}

export interface ZipOptions {
  /** zlib level, 1 (fast) to 9 (small). Default 6. */
  readonly level?: number;
}

export function createZip(entries: readonly ZipEntry[], options: ZipOptions = {}): Buffer {
  if (entries.length > 0xffff) throw new Error('too many zip entries (zip64 is not supported)');
  const seen = new Set<string>();
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    checkName(entry.name);
    if (seen.has(entry.name)) throw new Error(`duplicate zip entry ${JSON.stringify(entry.name)}`);
    seen.add(entry.name);
    const name = Buffer.from(entry.name, 'utf8');
    const crc = crc32(entry.data);
    const deflated = deflateRawSync(entry.data, { level: options.level ?? 6 });
    const [method, body] = deflated.length < entry.data.length ? [DEFLATED, deflated] : [STORED, entry.data];
    if (entry.data.length >= LIMIT || offset >= LIMIT) throw new Error(`zip entry ${entry.name} is too large (zip64 is not supported)`);

    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL_HEADER, 0);
    local.writeUInt16LE(VERSION_NEEDED, 4);
    local.writeUInt16LE(FLAG_UTF8, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(entry.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28); // extra field length
    chunks.push(local, name, body);

    const head = Buffer.alloc(46);
    head.writeUInt32LE(CENTRAL_HEADER, 0);
    head.writeUInt16LE(VERSION_MADE_BY, 4);
    head.writeUInt16LE(VERSION_NEEDED, 6);
    head.writeUInt16LE(FLAG_UTF8, 8);
    head.writeUInt16LE(method, 10);
    head.writeUInt16LE(DOS_TIME, 12);
    head.writeUInt16LE(DOS_DATE, 14);
    head.writeUInt32LE(crc, 16);
    head.writeUInt32LE(body.length, 20);
    head.writeUInt32LE(entry.data.length, 24);
    head.writeUInt16LE(name.length, 28);
    head.writeUInt16LE(0, 30); // extra field length
    head.writeUInt16LE(0, 32); // comment length
    head.writeUInt16LE(0, 34); // disk number start
    head.writeUInt16LE(0, 36); // internal attributes
    head.writeUInt32LE(((S_IFREG | (entry.mode & 0o7777)) << 16) >>> 0, 38);
    head.writeUInt32LE(offset, 42);
    central.push(head, name);

    offset += local.length + name.length + body.length;
  }
  const centralDir = Buffer.concat(central);
  if (offset + centralDir.length >= LIMIT) throw new Error('zip archive is too large (zip64 is not supported)');
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_OF_CENTRAL_DIRECTORY, 0);
  end.writeUInt16LE(0, 4); // this disk
  end.writeUInt16LE(0, 6); // disk with the central directory
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralDir.length, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(0, 20); // comment length
  return Buffer.concat([...chunks, centralDir, end]);
}
