/**
 * Dependency manifests `deps` audits, each parsed into exact (ecosystem, name, version) pins with
 * the line of the pin: pip requirements files (`==` / `===` pins), poetry.lock, uv.lock,
 * Pipfile.lock and package-lock.json (v2/v3 `packages`, v1 `dependencies`). TOML through
 * smol-toml, JSON through the positioned reader of src/schema; a malformed file is an InputError.
 * What cannot be audited exactly (unpinned requirements, git / path / URL sources) is returned
 * beside the pins, never silently dropped.
 */
import { parse as parseToml } from 'smol-toml';
import { indexJson, JsonSourceError, type JsonNode } from '../../schema/json-source.js';
import { LineIndex } from '../../util/text.js';
import { InputError } from '../../util/errors.js';
import { unpinnedRequirements, type RequirementProblem } from '../checklist/requirements.js';

export type Ecosystem = 'PyPI' | 'npm';

export interface Dependency {
  ecosystem: Ecosystem;
  /** As written in the manifest (PyPI names are compared PEP 503-normalised). */
  name: string;
  version: string;
  /** Root-relative manifest path. */
  file: string;
  /** 1-based line of the pin. */
  line: number;
}

export interface Unaudited {
  file: string;
  line: number;
  /** What the manifest says (names and specifiers only: manifests hold no secrets). */
  what: string;
  reason: RequirementProblem['reason'] | 'source';
}

export interface ManifestScan {
  file: string;
  kind: ManifestKind;
  dependencies: Dependency[];
  unaudited: Unaudited[];
}

export type ManifestKind = 'requirements' | 'poetry' | 'uv' | 'pipfile' | 'npm';

/** The manifest kind a file name stands for, or undefined for any other file. */
export function manifestKind(fileName: string): ManifestKind | undefined {
  if (/^requirements[^/]*\.txt$/.test(fileName)) return 'requirements';
  switch (fileName) {
    case 'poetry.lock':
      return 'poetry';
    case 'uv.lock':
      return 'uv';
    case 'Pipfile.lock':
      return 'pipfile';
    case 'package-lock.json':
      return 'npm';
    default:
      return undefined;
  }
}

/** PEP 503: lowercase, runs of `-`, `_` and `.` become one `-`. */
export function normalizePypiName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

export function parseManifest(kind: ManifestKind, text: string, file: string): ManifestScan {
  switch (kind) {
    case 'requirements':
      return { file, kind, ...parseRequirements(text, file) };
    case 'poetry':
    case 'uv':
      return { file, kind, ...parseTomlLock(kind, text, file) };
    case 'pipfile':
      return { file, kind, ...parsePipfileLock(text, file) };
    case 'npm':
      return { file, kind, ...parsePackageLock(text, file) };
  }
}

type Parsed = Pick<ManifestScan, 'dependencies' | 'unaudited'>;

const PIN =
  /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(?:\[[^\]]*\])?\s*===?\s*([^\s,;*]+)\s*$/;

/**
 * Pinned requirements (`name[extras]==version`, markers and `--hash` options allowed). Lines the
 * checklist's requirements rule reports (unpinned, ranges, URLs, editables) come back as unaudited.
 */
export function parseRequirements(text: string, file: string): Parsed {
  const unaudited: Unaudited[] = unpinnedRequirements(text).map((p) => ({
    file,
    line: p.line,
    what: p.requirement,
    reason: p.reason,
  }));
  const skip = new Set(unaudited.map((u) => u.line));
  const dependencies: Dependency[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = i + 1;
    let logical = lines[i]!;
    while (/\\\s*$/.test(logical) && i + 1 < lines.length)
      logical = logical.replace(/\\\s*$/, ' ') + lines[++i]!;
    if (skip.has(line)) continue;
    const hash = logical.search(/(^|\s)#/);
    const content = (hash === -1 ? logical : logical.slice(0, hash))
      .replace(/\s--hash[=\s]\S+/g, '')
      .trim();
    if (content === '' || content.startsWith('-')) continue;
    const match = PIN.exec(content.split(';')[0]!.trim());
    if (match) {
      dependencies.push({ ecosystem: 'PyPI', name: match[1]!, version: match[2]!, file, line });
    }
  }
  return { dependencies, unaudited };
}

interface TomlPackage {
  name?: unknown;
  version?: unknown;
  source?: unknown;
}

/**
 * poetry.lock and uv.lock: `[[package]]` tables with `name` and `version`. Packages from a git
 * repository, a path or a URL have no registry version to look up: unaudited. The line is the
 * `version =` line of the i-th `[[package]]` header (TOML keeps array-of-tables order).
 */
export function parseTomlLock(kind: 'poetry' | 'uv', text: string, file: string): Parsed {
  let doc: Record<string, unknown>;
  try {
    doc = parseToml(text) as Record<string, unknown>;
  } catch (error) {
    const e = error as { message?: string; line?: number; column?: number };
    throw new InputError(
      `not valid TOML: ${(e.message ?? 'parse error').split('\n')[0]}`,
      file,
      e.line,
      e.column,
    );
  }
  const packages = doc.package ?? [];
  if (!Array.isArray(packages)) throw new InputError('`package` must be an array of tables', file);
  const headers = packageHeaderLines(text);
  const dependencies: Dependency[] = [];
  const unaudited: Unaudited[] = [];
  packages.forEach((raw: unknown, index) => {
    const pkg = (raw ?? {}) as TomlPackage;
    const header = headers[index] ?? { header: 1, version: undefined };
    const line = header.version ?? header.header;
    if (typeof pkg.name !== 'string' || typeof pkg.version !== 'string') {
      throw new InputError('a [[package]] table has no name or version', file, header.header, 1);
    }
    const source = sourceKind(kind, pkg.source);
    if (source === 'local') return;
    if (source !== 'index') {
      unaudited.push({
        file,
        line,
        what: `${pkg.name} ${pkg.version} (${source})`,
        reason: 'source',
      });
      return;
    }
    dependencies.push({ ecosystem: 'PyPI', name: pkg.name, version: pkg.version, file, line });
  });
  return { dependencies, unaudited };
}

/**
 * How a lock entry's source is treated: a package index (audited by version), the project's own
 * code (a local path, the project itself: nothing to look up), or a remote non-registry source (a
 * git repository, a URL: it has no registry version to audit).
 */
function sourceKind(kind: 'poetry' | 'uv', source: unknown): 'index' | 'local' | string {
  if (source === undefined || source === null || typeof source !== 'object') return 'index';
  const s = source as Record<string, unknown>;
  if (kind === 'poetry') {
    // `legacy` / `supplemental` / `explicit` are package indexes: audited by version.
    const type = typeof s.type === 'string' ? s.type : '';
    if (type === 'directory' || type === 'file') return 'local';
    return type === 'git' || type === 'url' ? `${type} source` : 'index';
  }
  if (['path', 'directory', 'editable', 'virtual'].some((k) => k in s)) return 'local';
  const remote = ['git', 'url'].find((k) => k in s);
  return remote ? `${remote} source` : 'index';
}

/** For each `[[package]]` header in order: its line and the line of its `version =` key. */
function packageHeaderLines(text: string): Array<{ header: number; version?: number }> {
  const out: Array<{ header: number; version?: number }> = [];
  const lines = text.split(/\r?\n/);
  let current: { header: number; version?: number } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (/^\[\[\s*package\s*\]\]\s*(#.*)?$/.test(line)) {
      current = { header: i + 1 };
      out.push(current);
    } else if (/^\[/.test(line)) {
      // A sub-table ([package.source], [package.dependencies]) or another table: keys below are not the package's own.
      current = undefined;
    } else if (current && current.version === undefined && /^version\s*=/.test(line)) {
      current.version = i + 1;
    }
  }
  return out;
}

/** JSON with positions; a malformed file names where. */
function positionedJson(text: string, file: string): { root: JsonNode; lines: LineIndex } {
  try {
    return { root: indexJson(text), lines: new LineIndex(text) };
  } catch (error) {
    if (error instanceof JsonSourceError) {
      const at = new LineIndex(text).location(error.offset);
      throw new InputError(`not valid JSON: ${error.message}`, file, at.line, at.column);
    }
    throw error;
  }
}

function stringAt(node: JsonNode | undefined, text: string): string | undefined {
  if (!node || node.kind !== 'scalar' || text[node.start] !== '"') return undefined;
  return JSON.parse(text.slice(node.start, node.end)) as string;
}

function entryOf(node: JsonNode | undefined, key: string): JsonNode | undefined {
  return node?.kind === 'object' ? node.entries.get(key)?.value : undefined;
}

/** Pipfile.lock: `default` and `develop` map names to `{ "version": "==x" }`; others are VCS / path. */
export function parsePipfileLock(text: string, file: string): Parsed {
  const { root, lines } = positionedJson(text, file);
  if (root.kind !== 'object') throw new InputError('Pipfile.lock must be a JSON object', file);
  const dependencies: Dependency[] = [];
  const unaudited: Unaudited[] = [];
  for (const group of ['default', 'develop']) {
    const section = entryOf(root, group);
    if (!section) continue;
    if (section.kind !== 'object')
      throw new InputError(
        `\`${group}\` must be an object`,
        file,
        lines.location(section.start).line,
      );
    for (const [name, entry] of section.entries) {
      const line = lines.location(entry.keyStart).line;
      const version = stringAt(entryOf(entry.value, 'version'), text);
      const exact = version ? /^===?\s*([^\s,;*]+)$/.exec(version.trim()) : null;
      if (exact) dependencies.push({ ecosystem: 'PyPI', name, version: exact[1]!, file, line });
      else
        unaudited.push({
          file,
          line,
          what: `${name} ${version ?? '(no version)'}`,
          reason: 'source',
        });
    }
  }
  return { dependencies, unaudited };
}

/**
 * package-lock.json: lockfileVersion 2 and 3 list `packages` keyed by install path
 * (`node_modules/a/node_modules/@s/b`), the name being the `name` field (aliases) or the path's
 * last segment; the root (`""`), links and workspace folders are the project's own code. Version 1
 * nests `dependencies`; an alias is written `npm:real@version`.
 */
export function parsePackageLock(text: string, file: string): Parsed {
  const { root, lines } = positionedJson(text, file);
  if (root.kind !== 'object') throw new InputError('package-lock.json must be a JSON object', file);
  const dependencies: Dependency[] = [];
  const unaudited: Unaudited[] = [];
  const lineOf = (offset: number): number => lines.location(offset).line;
  const packages = entryOf(root, 'packages');
  if (packages) {
    if (packages.kind !== 'object')
      throw new InputError('`packages` must be an object', file, lineOf(packages.start));
    for (const [key, entry] of packages.entries) {
      const at = key.lastIndexOf('node_modules/');
      if (key === '' || at === -1) continue;
      if (entry.value.kind !== 'object') continue;
      const link = entryOf(entry.value, 'link');
      if (link && text.slice(link.start, link.end) === 'true') continue;
      const name =
        stringAt(entryOf(entry.value, 'name'), text) ?? key.slice(at + 'node_modules/'.length);
      const version = stringAt(entryOf(entry.value, 'version'), text);
      const resolved = stringAt(entryOf(entry.value, 'resolved'), text);
      if (resolved?.startsWith('file:')) continue;
      if (resolved && !/^https?:\/\//.test(resolved)) {
        unaudited.push({
          file,
          line: lineOf(entry.keyStart),
          what: `${name} (${resolved.split(':')[0]} source)`,
          reason: 'source',
        });
        continue;
      }
      add(name, version, lineOf(entry.keyStart));
    }
    return { dependencies, unaudited };
  }
  const walk = (node: JsonNode | undefined, depth: number): void => {
    if (!node || node.kind !== 'object' || depth > 64) return;
    for (const [name, entry] of node.entries) {
      if (entry.value.kind !== 'object') continue;
      const version = stringAt(entryOf(entry.value, 'version'), text);
      add(name, version, lineOf(entry.keyStart));
      walk(entryOf(entry.value, 'dependencies'), depth + 1);
    }
  };
  walk(entryOf(root, 'dependencies'), 0);
  return { dependencies, unaudited };

  function add(name: string, version: string | undefined, line: number): void {
    const alias = version ? /^npm:((?:@[^/@]+\/)?[^@]+)@(.+)$/.exec(version) : null;
    const realName = alias ? alias[1]! : name;
    const realVersion = alias ? alias[2]! : version;
    if (realVersion && /^v?\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.+-]*)?$/.test(realVersion))
      dependencies.push({
        ecosystem: 'npm',
        name: realName,
        version: realVersion.replace(/^v/, ''),
        file,
        line,
      });
    else
      unaudited.push({
        file,
        line,
        what: `${name} ${realVersion ?? '(no version)'}`,
        reason: 'source',
      });
  }
}
