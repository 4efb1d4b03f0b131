/**
 * The release's zip writer and package hashes, checked against other tools:
 * Info-ZIP's unzip reads the archives (CRCs, modes, methods), and the h1:
 * hash equals the dirhash recipe computed with coreutils
 * (`find . -type f | sort | xargs sha256sum | sha256sum`, base64).
 */
import { execFileSync, execSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { h1Hash, hashPackageDir, zhHash } from '../../src/cli/package-hash';
import { createZip, type ZipEntry } from '../../src/cli/zip';

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cloudbridge-zip-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const ENTRIES: ZipEntry[] = [
  { name: 'terraform-provider-x_v1.0.0', data: Buffer.from('#!/bin/sh\necho hi\n'), mode: 0o755 },
  { name: 'provider/a-b.js', data: Buffer.from('x'.repeat(5000)), mode: 0o644 },
  { name: 'provider/a/b.js', data: randomBytes(2000), mode: 0o644 },
  { name: 'provider/B.js', data: Buffer.alloc(0), mode: 0o600 },
  { name: 'provider/ünïcode.txt', data: Buffer.from('é\n'), mode: 0o644 },
];

function writeZip(name: string, entries: readonly ZipEntry[]): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, createZip(entries));
  return file;
}

describe('createZip', () => {
  it('writes an archive unzip tests clean, with each mode and the smaller of deflate and store', () => {
    const file = writeZip('a.zip', ENTRIES);
    expect(execFileSync('unzip', ['-tq', file], { encoding: 'utf8' })).toContain('No errors detected');
    const rows = execFileSync('unzip', ['-Z', file], { encoding: 'utf8' })
      .split('\n')
      .filter((l) => /^-/.test(l))
      .map((l) => l.split(/\s+/))
      .map((f) => ({ mode: f[0], os: f[2], method: f[5], name: f.slice(8).join(' ') }));
    expect(rows).toEqual([
      { mode: '-rwxr-xr-x', os: 'unx', method: 'stor', name: 'terraform-provider-x_v1.0.0' },
      { mode: '-rw-r--r--', os: 'unx', method: 'defN', name: 'provider/a-b.js' },
      { mode: '-rw-r--r--', os: 'unx', method: 'stor', name: 'provider/a/b.js' },
      { mode: '-rw-------', os: 'unx', method: 'stor', name: 'provider/B.js' },
      { mode: '-rw-r--r--', os: 'unx', method: 'stor', name: 'provider/ünïcode.txt' },
    ]);
    const out = path.join(tmp, 'a');
    execFileSync('unzip', ['-q', '-d', out, file]);
    for (const e of ENTRIES) expect(fs.readFileSync(path.join(out, e.name)).equals(e.data)).toBe(true);
    expect(fs.statSync(path.join(out, ENTRIES[0]!.name)).mode & 0o777).toBe(0o755);
  });

  it('holds no directory entries and gives the same bytes for the same files', () => {
    const a = createZip(ENTRIES);
    expect(createZip(ENTRIES).equals(a)).toBe(true);
    expect(zhHash(a)).toBe(`zh:${createHash('sha256').update(a).digest('hex')}`);
    const names = execFileSync('unzip', ['-Z1', writeZip('b.zip', ENTRIES)], { encoding: 'utf8' }).trim().split('\n');
    expect(names.filter((n) => n.endsWith('/'))).toEqual([]);
  });

  it.each(['', '/abs', 'dir/', 'a/../b', './a', 'a\\b', 'a//b'])('refuses the entry name %j', (name) => {
    expect(() => createZip([{ name, data: Buffer.from('x'), mode: 0o644 }])).toThrow(`bad zip entry name ${JSON.stringify(name)}`);
  });

  it('refuses a name given twice', () => {
    expect(() => createZip([ENTRIES[0]!, ENTRIES[0]!])).toThrow('duplicate zip entry "terraform-provider-x_v1.0.0"');
  });
});

describe('h1Hash', () => {
  it('equals the dirhash recipe computed with coreutils over the unzipped files (bytewise name order)', () => {
    const out = path.join(tmp, 'c');
    execFileSync('unzip', ['-q', '-d', out, writeZip('c.zip', ENTRIES)]);
    const hex = execSync("find . -type f | sed 's|^\\./||' | LC_ALL=C sort | xargs -d '\\n' sha256sum | sha256sum", { cwd: out, encoding: 'utf8' }).split(' ')[0]!;
    const expected = `h1:${Buffer.from(hex, 'hex').toString('base64')}`;
    expect(h1Hash(ENTRIES)).toBe(expected);
    expect(hashPackageDir(out)).toBe(expected);
  });

  it('does not depend on modes or order, only on names and contents', () => {
    const reordered = [...ENTRIES].reverse().map((e) => ({ ...e, mode: 0o600 }));
    expect(h1Hash(reordered)).toBe(h1Hash(ENTRIES));
    expect(h1Hash([{ ...ENTRIES[0]!, name: 'renamed' }, ...ENTRIES.slice(1)])).not.toBe(h1Hash(ENTRIES));
    expect(h1Hash([{ ...ENTRIES[0]!, data: Buffer.from('#!/bin/sh\necho ho\n') }, ...ENTRIES.slice(1)])).not.toBe(h1Hash(ENTRIES));
  });

  it('refuses a name with a newline, as dirhash does', () => {
    expect(() => h1Hash([{ name: 'a\nb', data: Buffer.alloc(0) }])).toThrow('a package path cannot contain a newline: "a\\nb"');
  });
});
