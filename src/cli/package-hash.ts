/**
 * The two hashes Terraform knows for a provider package:
 * - `zh:` the SHA-256 of the zip archive, as in the release's SHA256SUMS;
 * - `h1:` the hash of the package's contents (Go's dirhash "Hash1", which
 *   Terraform uses for both a zip and the unpacked folder): SHA-256 over one
 *   line `<sha256 hex of the file>  <slash-separated path>\n` per file, the
 *   lines ordered by path (bytewise), the digest in standard base64.
 *   Only paths and contents count: not modes, times or the zip's encoding.
 *   Terraform checks the unpacked package against it before every command.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface HashedFile {
  /** Path inside the package, with `/` separators and no leading `./`. */
  readonly name: string;
  readonly data: Buffer;
}

export function h1Hash(files: readonly HashedFile[]): string {
  const sorted = [...files].sort((a, b) => Buffer.compare(Buffer.from(a.name, 'utf8'), Buffer.from(b.name, 'utf8')));
  const summary = createHash('sha256');
  for (const file of sorted) {
    if (file.name.includes('\n')) throw new Error(`a package path cannot contain a newline: ${JSON.stringify(file.name)}`);
    summary.update(`${createHash('sha256').update(file.data).digest('hex')}  ${file.name}\n`);
  }
  return `h1:${summary.digest('base64')}`;
}

export function sha256Hex(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

export function zhHash(archive: Buffer): string {
  return `zh:${sha256Hex(archive)}`;
}

/** The h1: of an unpacked package folder, as Terraform computes it before every command. */
export function hashPackageDir(dir: string): string {
  const files = readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .map((file) => ({ name: relative(dir, file).split(sep).join('/'), data: readFileSync(file) }));
  return h1Hash(files);
}
