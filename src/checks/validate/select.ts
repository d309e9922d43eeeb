/**
 * Which schema a document is validated against, in this order (issue 4):
 *  1. the config's glob map (`validate.schemas`, then the built-in map),
 *  2. the document's own `$schema` (or a YAML `# yaml-language-server: $schema=…` modeline),
 *  3. the `--schema` option.
 * A reference resolves to a registered `$id`: a shipped schema by `$id`, short name or file name, a
 * user schema by `$id`, or a schema file inside the repository (loaded and registered). Anything
 * else — a remote URL above all — is unknown: reported, never fetched.
 */
import path from 'node:path';
import picomatch from 'picomatch';
import {
  formatOf,
  parseDocuments,
  type Position,
  type SourceDocument,
} from '../../schema/document.js';
import {
  knownSchemaIds,
  compilePending,
  registerSchema,
  resolveSchemaId,
} from '../../schema/registry.js';
import { InputError } from '../../util/errors.js';
import { relativeToRoot, resolveInsideRoot } from '../../util/fs.js';
import { readBounded } from './read.js';
import { DEFAULT_SCHEMA_MAP, type ValidateSection } from './settings.js';

type Matcher = (file: string) => boolean;

/** All globs of a list in one regular expression: one test per path instead of one per glob. */
function matcherOf(globs: readonly string[]): Matcher {
  const pattern = new RegExp(
    globs.map((glob) => picomatch.makeRe(glob, { dot: true }).source).join('|'),
  );
  return (file) => pattern.test(file);
}

export type Resolution = { id: string } | { problem: string };

export class SchemaSelector {
  private readonly mappings: Array<{ matches: Matcher; id: string; requireKey?: string }> = [];
  private readonly declaredFiles: Matcher | undefined;
  private readonly excluded: Matcher | undefined;
  /** validate.extra-schemas files: schemas (compiled when registered), never documents. */
  private readonly userSchemas: Set<string>;
  /** Reference (or resolved path) → resolution, so a schema file is loaded once. */
  private readonly resolved = new Map<string, Resolution>();

  constructor(
    private readonly root: string,
    section: ValidateSection,
    extra: { auditLog?: string } = {},
  ) {
    (section.schemas ?? []).forEach((mapping, i) => {
      const id = resolveSchemaId(mapping.schema);
      if (!id) {
        throw new InputError(
          `validate.schemas[${i}].schema: unknown schema \`${mapping.schema}\` (known: ${shortList()})`,
        );
      }
      this.mappings.push({ matches: matcherOf(mapping.files), id });
    });
    if (extra.auditLog) {
      const id = resolveSchemaId('audit-record.v1');
      if (id) this.mappings.push({ matches: matcherOf([extra.auditLog.replace(/^\.\//, '')]), id });
    }
    if (section['default-schemas'] !== false) {
      for (const mapping of DEFAULT_SCHEMA_MAP) {
        // The built-in map names every schema; those this build does not ship are skipped.
        const id = resolveSchemaId(mapping.schema);
        if (id)
          this.mappings.push({
            matches: matcherOf(mapping.files),
            id,
            requireKey: mapping.requireKey,
          });
      }
    }
    this.userSchemas = new Set(
      (section['extra-schemas'] ?? []).map((file) =>
        relativeToRoot(root, path.resolve(root, file)),
      ),
    );
    if (section.files?.length) this.declaredFiles = matcherOf(section.files);
    if (section.exclude?.length) this.excluded = matcherOf(section.exclude);
  }

  /** The schema the glob map assigns to a root-relative path. */
  mapped(file: string): string | undefined {
    return this.mapping(file)?.id;
  }

  /** The glob map's entry for a path, with the key a document must hold for it to apply. */
  mapping(file: string): { id: string; requireKey?: string } | undefined {
    for (const mapping of this.mappings) if (mapping.matches(file)) return mapping;
    return undefined;
  }

  /** Never validated as a document: excluded by the config, or one of its extra schemas. */
  isExcluded(file: string): boolean {
    return this.userSchemas.has(file) || (this.excluded?.(file) ?? false);
  }

  /** Whether a repository scan (no paths given) should look at this file. */
  inScope(file: string): boolean {
    return (
      !this.isExcluded(file) &&
      (this.mapped(file) !== undefined || (this.declaredFiles?.(file) ?? false))
    );
  }

  /**
   * Resolve a schema reference written in `file` (root-relative). Local paths are relative to the
   * file's directory and must stay inside the root.
   */
  resolve(reference: string, file: string): Resolution {
    const known = resolveSchemaId(reference);
    if (known) return { id: known };
    if (/^[a-z][a-z0-9+.-]*:/i.test(reference)) {
      return {
        problem: `\`$schema\` names \`${reference}\`, which pipeguard neither ships nor was given; remote schemas are never fetched (add it to validate.extra-schemas, or map the file in validate.schemas)`,
      };
    }
    let absolute: string;
    try {
      absolute = resolveInsideRoot(this.root, path.join(path.dirname(file), reference), reference);
    } catch (error) {
      return { problem: `\`$schema\` \`${reference}\`: ${(error as Error).message}` };
    }
    const key = `file:${absolute}`;
    let resolution = this.resolved.get(key);
    if (!resolution) {
      resolution = this.loadSchemaFile(absolute, reference);
      this.resolved.set(key, resolution);
    }
    return resolution;
  }

  private loadSchemaFile(absolute: string, reference: string): Resolution {
    try {
      return { id: loadSchemaFile(this.root, absolute) };
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      const missing = /no such file/.test(error.message);
      return {
        problem: missing
          ? `\`$schema\` \`${reference}\` is not a known schema id and no such file exists`
          : `\`$schema\` \`${reference}\`: ${error.toLine()}`,
      };
    }
  }
}

/** Read a schema file inside the root, register it, and return its `$id`. */
export function loadSchemaFile(
  root: string,
  absolute: string,
  options: { deferCompile?: boolean } = {},
): string {
  const relative = relativeToRoot(root, absolute);
  const read = readBounded(absolute, relative);
  if ('oversize' in read) throw new InputError('schema file is larger than the size cap', relative);
  if (read.problem) throw new InputError(read.problem, relative);
  const docs = parseDocuments(read.text, relative, formatOf(relative) === 'json' ? 'json' : 'yaml');
  if (docs.length !== 1)
    throw new InputError('a schema file must hold exactly one document', relative);
  const schema = docs[0]!.value as Record<string, unknown> | null;
  const declaredId = schema && typeof schema === 'object' ? schema.$id : undefined;
  // A repository may vendor a copy of a shipped schema: the shipped one is authoritative.
  const shipped = typeof declaredId === 'string' ? resolveSchemaId(declaredId) : undefined;
  if (shipped && shipped.startsWith('https://pipeguard.dev/')) return shipped;
  return registerSchema(schema, relative, options);
}

/** Register every `validate.extra-schemas` file; bad ones are configuration errors (exit 2). */
export function registerExtraSchemas(root: string, section: ValidateSection): string[] {
  // All are added before any compiles: extra schemas may `$ref` each other in any order.
  const ids = (section['extra-schemas'] ?? []).map((file) =>
    loadSchemaFile(root, resolveInsideRoot(root, file), { deferCompile: true }),
  );
  compilePending();
  return ids;
}

/** Where a document says which schema it follows: its `$schema` key, or a YAML modeline. */
export function declaredSchema(
  doc: SourceDocument,
  text: string,
): { reference: string; position: Position } | undefined {
  const value = doc.value;
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const declared = (value as Record<string, unknown>).$schema;
    if (typeof declared === 'string')
      return { reference: declared, position: doc.locate('', '$schema') };
  }
  if (doc.format === 'yaml') {
    const modeline = /^#\s*yaml-language-server:\s*\$schema=(\S+)/m.exec(text);
    if (modeline) {
      const line = text.slice(0, modeline.index).split('\n').length;
      return { reference: modeline[1]!, position: { line, column: 1 } };
    }
  }
  return undefined;
}

function shortList(): string {
  return knownSchemaIds()
    .map((id) => id.replace(/^https:\/\/pipeguard\.dev\/schemas\/(.*)\.schema\.json$/, '$1'))
    .join(', ');
}
