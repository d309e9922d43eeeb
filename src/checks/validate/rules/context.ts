/**
 * Documents the semantic rules consult beyond the ones being validated: the policy governing an
 * envelope, approval records for its run. Loaded from the repository on demand (a pre-commit run
 * passes only the changed envelope), validated against their schema, cached per file. A file that
 * cannot be read or parsed contributes nothing here: it is reported when it is validated itself.
 */
import { lstatSync } from 'node:fs';
import path from 'node:path';
import { formatOf, parseDocuments } from '../../../schema/document.js';
import { validatorFor } from '../../../schema/registry.js';
import { isInside } from '../../../util/fs.js';
import type { CheckedDocument } from '../engine.js';
import { readBounded } from '../read.js';

export class DocumentContext {
  private readonly byFile = new Map<string, CheckedDocument[]>();

  constructor(
    private readonly root: string,
    checked: readonly CheckedDocument[],
  ) {
    for (const doc of checked)
      this.byFile.set(doc.file, [...(this.byFile.get(doc.file) ?? []), doc]);
  }

  /** Valid documents of a root-relative file as `schemaId` (validated now if not already). */
  validDocuments(relative: string, schemaId: string): CheckedDocument[] {
    let docs = this.byFile.get(relative);
    if (!docs) {
      docs = this.load(relative, schemaId);
      this.byFile.set(relative, docs);
    }
    return docs.filter((d) => d.valid && d.schemaId === schemaId);
  }

  /** Every document already loaded, checked or consulted. */
  all(): CheckedDocument[] {
    return [...this.byFile.values()].flat();
  }

  isFile(relative: string): boolean {
    const absolute = path.join(this.root, relative);
    if (!isInside(this.root, absolute)) return false;
    try {
      return lstatSync(absolute).isFile();
    } catch {
      return false;
    }
  }

  /** The first document of a root-relative JSON/YAML file, unvalidated; undefined if unreadable. */
  rawValue(relative: string): unknown {
    if (!this.isFile(relative)) return undefined;
    try {
      const read = readBounded(path.join(this.root, relative), relative);
      if ('oversize' in read || read.problem) return undefined;
      return parseDocuments(read.text, relative, formatOf(relative) ?? 'yaml')[0]?.value;
    } catch {
      return undefined;
    }
  }

  private load(relative: string, schemaId: string): CheckedDocument[] {
    if (!this.isFile(relative)) return [];
    const validate = validatorFor(schemaId);
    if (!validate) return [];
    try {
      const read = readBounded(path.join(this.root, relative), relative);
      if ('oversize' in read || read.problem) return [];
      return parseDocuments(read.text, relative, formatOf(relative) ?? 'yaml').map((doc) => ({
        file: relative,
        doc,
        schemaId,
        valid: validate(doc.value) as boolean,
      }));
    } catch {
      return [];
    }
  }
}
