/** The approval sources this build has. The PR-review source registers itself here as `reviews`. */
import type { ApprovalSources } from './approvals.js';
import { signatureApprovals } from './signature-approvals.js';

export const APPROVAL_SOURCES: ApprovalSources = {
  signatures: signatureApprovals,
};
