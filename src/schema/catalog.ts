/**
 * Every schema pipeguard ships, imported statically so the bundles carry them and nothing is ever
 * fetched. Add one line per schema file in `schemas/`.
 */
import pipeguardConfigV1 from '../../schemas/pipeguard-config.v1.schema.json' with { type: 'json' };
import auditRecordV1 from '../../schemas/audit-record.v1.schema.json' with { type: 'json' };
import modelRequestEnvelopeV1 from '../../schemas/model-request-envelope.v1.schema.json' with { type: 'json' };
import automationPolicyV1 from '../../schemas/automation-policy.v1.schema.json' with { type: 'json' };
import runMetaV1 from '../../schemas/run-meta.v1.schema.json' with { type: 'json' };
import evalPolicyV1 from '../../schemas/eval-policy.v1.schema.json' with { type: 'json' };
import evalExceptionV1 from '../../schemas/eval-exception.v1.schema.json' with { type: 'json' };
import modelExceptionV1 from '../../schemas/model-exception.v1.schema.json' with { type: 'json' };
import depsExceptionV1 from '../../schemas/deps-exception.v1.schema.json' with { type: 'json' };

export const SCHEMAS: ReadonlyArray<{ $id: string } & Record<string, unknown>> = [
  pipeguardConfigV1,
  auditRecordV1,
  modelRequestEnvelopeV1,
  automationPolicyV1,
  runMetaV1,
  evalPolicyV1,
  evalExceptionV1,
  modelExceptionV1,
  depsExceptionV1,
];

export const SCHEMA_IDS = {
  config: pipeguardConfigV1.$id,
  auditRecord: auditRecordV1.$id,
  modelRequestEnvelope: modelRequestEnvelopeV1.$id,
  automationPolicy: automationPolicyV1.$id,
} as const;
