/**
 * `pipeguard validate [PATH…]`: documents against their schemas (errors at file:line:col), then
 * the semantic policy rules across documents. A pure core: reads files under ctx.root, returns a
 * CheckResult, throws InputError for usage and configuration mistakes.
 */
import { failOnFor } from '../../config/types.js';
import { resultFromFindings, type CheckResult } from '../../report/model.js';
import { resolveSchemaId, knownSchemaIds } from '../../schema/registry.js';
import { InputError } from '../../util/errors.js';
import type { CheckContext, CheckDefinition, CommandArgs } from '../types.js';
import { nameOf, validateFiles } from './engine.js';
import { discoverFiles, expandPaths } from './files.js';
import { CHECK, ruleInfos } from './findings.js';
import { applySemanticRules } from './rules/index.js';
import { registerExtraSchemas, SchemaSelector } from './select.js';
import { validateSectionOf } from './settings.js';

export interface ValidateRequest {
  /** Files or directories; empty means every file the schema map covers in the repository. */
  paths: string[];
  /** `--schema`: used for documents no glob maps and that declare no `$schema`. */
  schema?: string;
  /** Skip the semantic policy rules. */
  schemaOnly?: boolean;
}

export async function runValidate(
  ctx: CheckContext,
  request: ValidateRequest,
): Promise<CheckResult> {
  const section = validateSectionOf(ctx.config);
  registerExtraSchemas(ctx.root, section);
  let fallbackSchema: string | undefined;
  if (request.schema !== undefined) {
    fallbackSchema = resolveSchemaId(request.schema);
    if (!fallbackSchema) {
      const known = knownSchemaIds().map(nameOf).join(', ');
      throw new InputError(`--schema: unknown schema \`${request.schema}\` (known: ${known})`);
    }
  }
  const selector = new SchemaSelector(ctx.root, section, { auditLog: ctx.config.audit?.log });
  const candidates =
    request.paths.length > 0
      ? expandPaths(ctx.root, request.paths)
      : await discoverFiles(ctx.root, (file) => selector.inScope(file));
  const files = candidates.filter((file) => !selector.isExcluded(file.relative));

  const outcome = validateFiles(files, { selector, fallbackSchema });
  const findings = [...outcome.findings];
  if (!request.schemaOnly) {
    findings.push(
      ...(await applySemanticRules(outcome.documents, {
        root: ctx.root,
        config: ctx.config,
        section,
        selector,
        now: ctx.now,
      })),
    );
  }

  const perSchema: Record<string, number> = {};
  for (const doc of outcome.documents)
    perSchema[nameOf(doc.schemaId)] = (perSchema[nameOf(doc.schemaId)] ?? 0) + 1;
  const documents = outcome.documents.length;
  const result = resultFromFindings(
    CHECK,
    findings,
    failOnFor(ctx.config, 'validate'),
    (failing, total) => {
      const scope = `${documents} document${documents === 1 ? '' : 's'} in ${outcome.filesValidated} file${outcome.filesValidated === 1 ? '' : 's'}`;
      if (outcome.filesValidated === 0)
        return `no documents to validate (${outcome.filesSkipped.length} files had no schema)`;
      if (total === 0) return `${scope}: all valid`;
      return `${scope}: ${total} problem${total === 1 ? '' : 's'}${failing < total ? ` (${failing} at or above fail-on)` : ''}`;
    },
    {
      filesValidated: outcome.filesValidated,
      filesSkipped: outcome.filesSkipped.length,
      documents: perSchema,
    },
  );
  return {
    ...result,
    rules: ruleInfos(),
    inputs: outcome.inputs,
    outputs: { documents: String(documents), 'files-validated': String(outcome.filesValidated) },
  };
}

export const validateCheck: CheckDefinition = {
  name: 'validate',
  title:
    'Schema validation of envelopes, policies and pipeguard documents, with semantic policy rules',
  runConfigured: (ctx) => runValidate(ctx, { paths: [] }),
  commands: [
    {
      name: ['validate'],
      summary:
        'Validate JSON / YAML / JSONL documents against their schemas (errors at file:line:col), then the policy rules',
      positionals: '[PATH…]',
      options: {
        schema: {
          type: 'string',
          valueName: 'SCHEMA',
          description:
            'Schema for documents no glob maps and that declare no $schema ($id or short name, e.g. model-request-envelope.v1)',
        },
        'schema-only': {
          type: 'boolean',
          description: 'Check documents against their schemas only; skip the semantic policy rules',
        },
      },
      run: async (ctx: CheckContext, args: CommandArgs) => [
        await runValidate(ctx, {
          paths: args.positionals,
          schema:
            typeof args.values.schema === 'string' && args.values.schema !== ''
              ? args.values.schema
              : undefined,
          schemaOnly: args.values['schema-only'] === true,
        }),
      ],
    },
  ],
};
