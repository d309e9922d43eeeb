/**
 * Official webhook payload examples (@octokit/webhooks-examples), checked against GitHub's webhook
 * OpenAPI description (@octokit/openapi-webhooks) so the tests feed the Action what GitHub sends.
 * (@octokit/openapi-webhooks itself ships examples for only a few events, none for pull requests.)
 */
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { interopDefault } from '../../src/util/interop.js';

const require = createRequire(import.meta.url);
const addFormats = interopDefault<(a: Ajv) => Ajv>(addFormatsModule);

interface ExampleGroup {
  name: string;
  examples: Array<Record<string, unknown> & { action?: string }>;
}

let spec:
  | {
      webhooks: Record<
        string,
        { post: { requestBody: { content: Record<string, { schema: { $ref: string } }> } } }
      >;
      components: { schemas: Record<string, unknown> };
    }
  | undefined;
let ajv: Ajv | undefined;

function validatorFor(event: string, action: string) {
  spec ??= require('@octokit/openapi-webhooks/generated/api.github.com.json');
  if (!ajv) {
    ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
    addFormats(ajv);
    // OpenAPI 3.1 keeps schemas under components; expose them at their $ref path.
    ajv.addSchema({ components: spec!.components }, 'webhooks.json');
  }
  const key = `${event.replace(/_/g, '-')}-${action.replace(/_/g, '-')}`;
  const ref = spec!.webhooks[key]?.post.requestBody.content['application/json']?.schema.$ref;
  if (!ref) throw new Error(`no webhook schema for ${key}`);
  return ajv.getSchema(`webhooks.json${ref}`)!;
}

/**
 * The first official example of `event` with `action`, deep-cloned, with `patch` applied to the
 * pull_request (if any) and the payload, then validated against the webhook schema.
 */
export function webhookPayload(
  event: string,
  action: string,
  patch: (payload: Record<string, any>) => void = () => undefined, // eslint-disable-line @typescript-eslint/no-explicit-any
): Record<string, unknown> {
  const groups = require('@octokit/webhooks-examples') as ExampleGroup[];
  const example = groups.find((g) => g.name === event)?.examples.find((e) => e.action === action);
  if (!example) throw new Error(`no official example for ${event}.${action}`);
  const payload = structuredClone(example);
  patch(payload);
  const validate = validatorFor(event, action);
  // The examples predate some properties the schema now requires; what is present must still have
  // GitHub's shape (types, enums, formats), which is what the Action reads.
  const wrong = validate(payload)
    ? []
    : (validate.errors ?? []).filter((e) => e.keyword !== 'required');
  if (wrong.length) {
    throw new Error(
      `payload for ${event}.${action} does not match GitHub's schema: ${JSON.stringify(wrong.slice(0, 3))}`,
    );
  }
  return payload;
}
