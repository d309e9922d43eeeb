/**
 * GitHub's official REST description (@octokit/openapi, api.github.com) as a response oracle for
 * the loopback server: find the operation by method + path template, validate the response body
 * against the schema the description documents for that status. A dedicated Ajv (draft-07, not
 * strict) reads the OpenAPI 3.0 schemas once `nullable` is rewritten into JSON Schema.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction, type ErrorObject } from 'ajv';
import addFormatsModule from 'ajv-formats';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const require = createRequire(import.meta.url);
const SPEC_ID = 'https://fake-github.test/openapi.json';
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head'] as const;

type Json = Record<string, unknown>;

export interface Operation {
  method: string;
  template: string;
  operationId: string;
  params: Record<string, string>;
}

interface RouteEntry {
  method: string;
  template: string;
  operationId: string;
  regex: RegExp;
  names: string[];
  responses: Record<string, Json>;
  requestSchema?: Json;
}

export interface OpenApiOracle {
  spec: Json;
  /** The operation a request addresses, or undefined when GitHub has no such endpoint. */
  match(method: string, pathname: string): Operation | undefined;
  /** Schema violations of `body` as the `status` response of the operation ([] when valid). */
  validateResponse(op: Operation, status: number, body: unknown): string[];
  /** Schema violations of a JSON request body the client sent. */
  validateRequest(op: Operation, body: unknown): string[];
  /** An example body the description ships (components/examples), deep-copied. */
  example(name: string): unknown;
  /** Validate any value against a named component schema. */
  validateComponent(name: string, value: unknown): string[];
}

let cached: OpenApiOracle | undefined;

/** Loaded once per test process: parsing the 13 MB description is the slow part. */
export function githubOpenApi(): OpenApiOracle {
  cached ??= buildOracle();
  return cached;
}

function buildOracle(): OpenApiOracle {
  const file = require.resolve('@octokit/openapi/generated/api.github.com.json');
  const spec = JSON.parse(readFileSync(file, 'utf8')) as Json;
  const components = spec.components as Json;
  const paths = spec.paths as Record<string, Json>;
  for (const schema of Object.values(components.schemas as Json)) rewriteNullable(schema);
  const routes: RouteEntry[] = [];
  for (const [template, item] of Object.entries(paths)) {
    for (const method of METHODS) {
      const op = item[method] as Json | undefined;
      if (!op) continue;
      const names: string[] = [];
      const pattern = template
        .split('/')
        .map((segment) => {
          const param = /^\{(.+)\}$/.exec(segment);
          if (!param) return escapeRegex(segment);
          names.push(param[1]!);
          // `{path}` of the contents API spans segments; every other parameter is one segment.
          return param[1] === 'path' ? '(.+)' : '([^/]+)';
        })
        .join('/');
      const responses = (op.responses ?? {}) as Record<string, Json>;
      for (const response of Object.values(responses)) rewriteNullable(response);
      const requestBody = op.requestBody as Json | undefined;
      const requestSchema = (requestBody?.content as Record<string, Json> | undefined)?.[
        'application/json'
      ]?.schema as Json | undefined;
      if (requestSchema) rewriteNullable(requestSchema);
      routes.push({
        method: method.toUpperCase(),
        template,
        operationId: String(op.operationId),
        regex: new RegExp(`^${pattern}$`),
        names,
        responses,
        requestSchema,
      });
    }
  }
  // Literal segments beat parameters (`/pulls/comments` before `/pulls/{pull_number}`).
  routes.sort((a, b) => literalWeight(b.template) - literalWeight(a.template));

  const ajv = new Ajv({ strict: false, allErrors: true, logger: false, validateSchema: false });
  addFormats(ajv);
  ajv.addSchema({ $id: SPEC_ID, components }, SPEC_ID);
  const compiled = new Map<string, ValidateFunction>();
  const compile = (key: string, schema: Json): ValidateFunction => {
    let fn = compiled.get(key);
    if (!fn) {
      fn = ajv.compile({ $id: `${SPEC_ID}/${encodeURIComponent(key)}`, allOf: [rebase(schema)] });
      compiled.set(key, fn);
    }
    return fn;
  };

  const match = (method: string, pathname: string): Operation | undefined => {
    for (const route of routes) {
      if (route.method !== method.toUpperCase()) continue;
      const m = route.regex.exec(pathname);
      if (!m) continue;
      const params: Record<string, string> = {};
      route.names.forEach((name, i) => (params[name] = decodeURIComponent(m[i + 1]!)));
      return {
        method: route.method,
        template: route.template,
        operationId: route.operationId,
        params,
      };
    }
    return undefined;
  };

  const validateResponse = (op: Operation, status: number, body: unknown): string[] => {
    const route = routes.find((r) => r.method === op.method && r.template === op.template);
    if (!route) return [`no operation ${op.method} ${op.template}`];
    const response = resolveResponse(route.responses[String(status)], components);
    if (!response) {
      // GitHub may answer any operation with an error it does not list (rate limits, 5xx): it
      // still has the basic-error shape.
      if (status >= 400)
        return validateWith(
          compile('basic-error', { $ref: '#/components/schemas/basic-error' }),
          body,
        );
      return [`${op.method} ${op.template} documents no ${status} response`];
    }
    const content = response.content as Record<string, Json> | undefined;
    const schema = content?.['application/json']?.schema as Json | undefined;
    if (!schema) {
      if (body === undefined || body === '') return [];
      // An error documented without content still arrives with GitHub's error body.
      if (status >= 400)
        return validateWith(
          compile('basic-error', { $ref: '#/components/schemas/basic-error' }),
          body,
        );
      return [`${status} of ${op.operationId} has no body`];
    }
    return validateWith(compile(`${op.method} ${op.template} ${status}`, schema), body);
  };

  const validateRequest = (op: Operation, body: unknown): string[] => {
    const route = routes.find((r) => r.method === op.method && r.template === op.template);
    if (!route?.requestSchema) return [`${op.method} ${op.template} takes no JSON body`];
    return validateWith(compile(`request ${op.method} ${op.template}`, route.requestSchema), body);
  };

  const validateComponent = (name: string, value: unknown): string[] =>
    validateWith(compile(`component ${name}`, { $ref: `#/components/schemas/${name}` }), value);

  const example = (name: string): unknown => {
    const ex = (components.examples as Record<string, Json>)[name];
    if (!ex) throw new Error(`no example ${name} in the OpenAPI description`);
    return structuredClone(ex.value);
  };

  return { spec, match, validateResponse, validateRequest, example, validateComponent };
}

function validateWith(fn: ValidateFunction, body: unknown): string[] {
  if (fn(body)) return [];
  return (fn.errors ?? []).slice(0, 10).map(describe);
}

function describe(e: ErrorObject): string {
  return `${e.instancePath || '(root)'} ${e.message ?? e.keyword} ${JSON.stringify(e.params)}`;
}

function resolveResponse(response: Json | undefined, components: Json): Json | undefined {
  if (!response) return undefined;
  const ref = response.$ref;
  if (typeof ref === 'string') {
    const name = ref.replace('#/components/responses/', '');
    return (components.responses as Record<string, Json>)[name];
  }
  return response;
}

/** `#/components/...` refs inside an operation's schema point into the registered description. */
function rebase(schema: Json): Json {
  return JSON.parse(
    JSON.stringify(schema).replaceAll('"#/components/', `"${SPEC_ID}#/components/`),
  ) as Json;
}

/**
 * OpenAPI 3.0 `nullable: true` → JSON Schema: add "null" to `type` (and to `enum`), or wrap a
 * type-less schema (a `$ref`/`allOf` holder) into `anyOf: [{type: null}, …]`.
 */
function rewriteNullable(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) rewriteNullable(item);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const obj = node as Json;
  for (const [key, value] of Object.entries(obj)) {
    if (key === 'example' || key === 'examples') continue;
    rewriteNullable(value);
  }
  if (obj.nullable !== true) {
    delete obj.nullable;
    return;
  }
  delete obj.nullable;
  if (obj.type !== undefined) {
    obj.type = Array.isArray(obj.type) ? [...new Set([...obj.type, 'null'])] : [obj.type, 'null'];
    if (Array.isArray(obj.enum) && !obj.enum.includes(null)) obj.enum = [...obj.enum, null];
    return;
  }
  const rest = { ...obj };
  for (const key of Object.keys(obj)) delete obj[key];
  obj.anyOf = [{ type: 'null' }, rest];
}

function literalWeight(template: string): number {
  return (
    template.split('/').filter((s) => s && !s.startsWith('{')).length * 100 -
    template.split('/').length
  );
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
