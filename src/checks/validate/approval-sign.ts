/**
 * `pipeguard approval sign FILE[:LINE] --key KEY`: signs one approval record (an audit-record.v1
 * line with `check: approval`) the way `pipeguard exception sign` signs an exception — by running
 * `ssh-keygen -Y sign`, here in namespace `pipeguard-approval` over the record's signed bytes
 * (rules/approval-proof.ts) — checks the signature verifies, and stores it in the record's
 * `ssh_signature`, replacing an earlier signature by the same key and keeping everyone else's.
 * The other lines of the file are kept byte for byte; the file is replaced atomically. Its result
 * is check `approval-sign`, so an audit record of the signing never reads as an approval itself.
 */
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import type { CheckResult } from '../../report/model.js';
import { SCHEMA_IDS } from '../../schema/catalog.js';
import { validatorFor } from '../../schema/registry.js';
import { InputError } from '../../util/errors.js';
import { writeFileAtomic } from '../../util/fs.js';
import { readInput, utf8 } from '../eval-gate/inputs.js';
import {
  mergeSignatureBlocks,
  signerCounts,
  sshKeygenSign,
  type SignOptions,
} from '../eval-gate/sign.js';
import type { CheckContext } from '../types.js';
import { APPROVAL_NAMESPACE, SIGNATURE_FIELD, signedBytesOf } from './rules/approval-proof.js';

/** `FILE` or `FILE:LINE` (an existing file named with a colon wins). */
export function parseRecordTarget(
  root: string,
  target: string,
): { file: string; line: number | undefined } {
  const match = /^(.+):([1-9][0-9]{0,8})$/.exec(target);
  if (!match || existsSync(path.resolve(root, target))) return { file: target, line: undefined };
  return { file: match[1]!, line: Number(match[2]) };
}

/** Lines with their endings: joined back they are the text, byte for byte. */
export function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/** The text with line `index` replaced by `content`, keeping its ending and every other line. */
export function replaceLine(lines: readonly string[], index: number, content: string): string {
  const ending = /\r?\n$/.exec(lines[index]!)?.[0] ?? '';
  return lines.map((line, i) => (i === index ? `${content}${ending}` : line)).join('');
}

export async function signApproval(
  ctx: CheckContext,
  target: string,
  options: SignOptions,
): Promise<CheckResult> {
  const { file, line: wanted } = parseRecordTarget(ctx.root, target);
  const jsonl = /\.jsonl$/i.test(file);
  if (!jsonl && !/\.json$/i.test(file)) {
    throw new InputError(
      'approval sign writes JSON records: keep approvals in approvals.jsonl, approvals/*.json or the audit log',
      file,
    );
  }
  const input = await readInput(ctx.root, file, 'approval file');
  const text = utf8(input);
  // Lines with their endings, so every other line is written back unchanged.
  const lines = splitLines(text);
  let index: number;
  if (!jsonl) {
    index = -1;
  } else if (wanted !== undefined) {
    index = wanted - 1;
    if (index >= lines.length || lines[index]!.trim() === '')
      throw new InputError(`line ${wanted} holds no record`, input.name, wanted);
  } else {
    const records = lines.flatMap((l, i) => (l.trim() === '' ? [] : [i]));
    if (records.length !== 1)
      throw new InputError(
        `holds ${records.length} records: name the one to sign as ${input.name}:LINE`,
        input.name,
      );
    index = records[0]!;
  }
  const lineNumber = index < 0 ? 1 : index + 1;
  const label = `${input.name}:${lineNumber}`;
  const source = index < 0 ? text : lines[index]!;
  let record: Record<string, unknown>;
  try {
    const parsed: unknown = JSON.parse(source);
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
      throw new Error('not a JSON object');
    record = parsed as Record<string, unknown>;
  } catch (error) {
    throw new InputError(
      `is not a JSON record (${(error as Error).message})`,
      input.name,
      lineNumber,
    );
  }
  const validate = validatorFor(SCHEMA_IDS.auditRecord);
  if (!validate?.(record))
    throw new InputError(
      'is not a valid audit record (pipeguard validate names what is wrong)',
      input.name,
      lineNumber,
    );
  if (record.check !== 'approval' || record.decision !== 'allowed')
    throw new InputError(
      `is not an approval (check: approval, decision: allowed); got check ${String(record.check)}, decision ${String(record.decision)}`,
      input.name,
      lineNumber,
    );
  const message = signedBytesOf(record);
  if (!Buffer.isBuffer(message)) throw new InputError(message.problem, input.name, lineNumber);

  const keyPath = path.resolve(options.key.replace(/^~(?=$|\/)/, homedir()));
  if (!existsSync(keyPath)) throw new InputError('key file not found', options.key);
  const { blob, signature } = await sshKeygenSign(
    options,
    keyPath,
    message,
    label,
    APPROVAL_NAMESPACE,
  );
  const existing = record[SIGNATURE_FIELD];
  if (existing !== undefined && typeof existing !== 'string')
    throw new InputError(`${SIGNATURE_FIELD} is not a string`, input.name, lineNumber);
  const merged = mergeSignatureBlocks(
    existing ?? '',
    blob,
    signature.publicKey.fingerprint,
    (problem) => new InputError(`${SIGNATURE_FIELD}: ${problem}`, input.name, lineNumber),
  );
  record[SIGNATURE_FIELD] = merged.text;
  let written: string;
  if (index < 0) {
    written = `${JSON.stringify(record, null, 2)}\n`;
  } else {
    written = replaceLine(lines, index, JSON.stringify(record));
  }
  await writeFileAtomic(input.absolute, written);

  const { roles, findings } = await signerCounts(ctx, {
    check: 'approval-sign',
    namespace: APPROVAL_NAMESPACE,
    key: signature.publicKey,
    file: input.name,
    line: lineNumber,
    subject: label,
    what: 'sign approvals',
    remedy: (signersFile) =>
      `allow namespace ${APPROVAL_NAMESPACE} for the key in ${signersFile} (namespaces="pipeguard-exception,${APPROVAL_NAMESPACE}") and list the principal in eval-gate.roles`,
  });
  const total = merged.kept + 1;
  return {
    check: 'approval-sign',
    status: 'pass',
    summary: `signed the approval of stage ${String(record.stage)} of run ${String(record.run_id)} (${label}) with ${signature.publicKey.label} key ${signature.publicKey.fingerprint}${
      roles.length ? ` — counts for ${roles.join(', ')}` : ''
    }; the record holds ${total} signature(s)${merged.replaced ? " (replaced this key's earlier one)" : ''}`,
    findings,
    details: {
      file: input.name,
      line: lineNumber,
      run_id: record.run_id,
      stage: record.stage,
      fingerprint: signature.publicKey.fingerprint,
      allowedFor: roles,
      signatures: total,
    },
  };
}
