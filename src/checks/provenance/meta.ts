/** meta.json: pipeguard's run metadata (schemas/run-meta.v1.schema.json). */
export const RUN_META_SCHEMA_ID = 'https://pipeguard.dev/schemas/run-meta.v1.schema.json';
