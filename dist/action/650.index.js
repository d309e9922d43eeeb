export const id = 650;
export const ids = [650];
export const modules = {

/***/ 3634:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  H: () => (/* binding */ SCHEMAS),
  r: () => (/* binding */ SCHEMA_IDS)
});

;// CONCATENATED MODULE: ./schemas/pipeguard-config.v1.schema.json
const pipeguard_config_v1_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://pipeguard.dev/schemas/pipeguard-config.v1.schema.json","title":"pipeguard configuration (.pipeguard.yml), version 1","description":"Which checks pipeguard runs and how. Every key is optional; a missing file means the embedded defaults.","type":"object","additionalProperties":false,"properties":{"$schema":{"type":"string"},"version":{"description":"Configuration format version.","const":1},"fail-on":{"description":"Lowest severity that fails a check (a check\'s own fail-on overrides it).","$ref":"#/$defs/severity"},"audit":{"type":"object","additionalProperties":false,"properties":{"log":{"description":"JSONL file every decision is appended to (relative to the root). --audit-log overrides it.","type":"string","minLength":1},"stage":{"description":"Pipeline stage recorded in audit records (default: the command name).","type":"string","minLength":1}}},"checklist":{"description":"Repository hygiene checklist (seed 004) and per-mode controls.","type":"object","additionalProperties":false,"properties":{"enabled":{"type":"boolean","default":true},"fail-on":{"$ref":"#/$defs/severity"},"disable":{"description":"Checklist item ids to skip.","type":"array","items":{"type":"string","minLength":1},"uniqueItems":true},"data-globs":{"description":"Globs of data files that must be git-ignored and untracked.","type":"array","items":{"type":"string","minLength":1}},"execution-mode":{"description":"Execution mode whose controls apply (SPEC-260): local, hybrid or cloud.","enum":["local","hybrid","cloud"]}}},"secrets":{"description":"Secret scanning: secretlint\'s recommended rules plus pipeguard\'s own, over the tree (or, in CI, the PR\'s added lines / the pushed commits).","type":"object","additionalProperties":false,"properties":{"enabled":{"type":"boolean","default":true},"fail-on":{"$ref":"#/$defs/severity"},"paths":{"description":"Paths (relative to the root) to scan instead of the whole tree; CLI positionals override them.","type":"array","items":{"type":"string","minLength":1},"uniqueItems":true},"exclude":{"description":"Globs (picomatch, matched against root-relative paths) whose findings are dropped, e.g. vendored test fixtures. Prefer the ignore file for single findings.","type":"array","items":{"type":"string","minLength":1},"uniqueItems":true},"max-file-size":{"description":"Files larger than this are not read and are reported as skipped: bytes, or a size such as 10MB or 512k.","anyOf":[{"type":"integer","minimum":1},{"type":"string","pattern":"^\\\\s*\\\\d+(\\\\.\\\\d+)?\\\\s*([bB]|[kKmMgG]([bB]|i[bB])?)?\\\\s*$"}],"default":"10MB"},"ignore-file":{"description":"Fingerprint ignore file (YAML: fingerprint, reason, optional expires), relative to the root.","type":"string","minLength":1,"default":".pipeguard/secrets-ignore"},"baseline":{"description":"Baseline file (JSON written by `pipeguard secrets --write-baseline`); findings it lists are reported as suppressed.","type":"string","minLength":1},"decode":{"description":"Also scan base64 and URL-encoded values (Kubernetes Secret data, .dockerconfigjson), decoded once.","type":"boolean","default":true}}},"validate":{"description":"Schema validation of documents and semantic policy rules (docs/validate.md).","type":"object","additionalProperties":false,"properties":{"enabled":{"type":"boolean","default":true},"fail-on":{"$ref":"#/$defs/severity"},"schemas":{"description":"Glob → schema map, consulted before the built-in map; the first matching entry wins. A mapped file is validated against its schema whatever its own $schema says.","type":"array","maxItems":200,"items":{"type":"object","additionalProperties":false,"required":["files","schema"],"properties":{"files":{"description":"Globs relative to the repository root (picomatch syntax, dotfiles matched), e.g. `runs/*/envelopes/*.json`.","type":"array","minItems":1,"maxItems":200,"items":{"type":"string","minLength":1,"maxLength":500}},"schema":{"description":"A shipped schema\'s short name (e.g. `model-request-envelope.v1`) or $id, or the $id of a schema listed in extra-schemas.","type":"string","minLength":1,"maxLength":500}}}},"default-schemas":{"description":"Apply the built-in glob map (envelopes, automation and eval policies, exceptions, runs/*/meta.json, audit logs, .pipeguard.yml) after `schemas`.","type":"boolean","default":true},"files":{"description":"More globs whose documents are validated against the schema their own `$schema` (or YAML modeline) names, when pipeguard validate runs without paths.","type":"array","maxItems":200,"items":{"type":"string","minLength":1,"maxLength":500}},"exclude":{"description":"Globs never validated, even when passed explicitly (e.g. test fixtures that are invalid on purpose).","type":"array","maxItems":200,"items":{"type":"string","minLength":1,"maxLength":500}},"extra-schemas":{"description":"Your own JSON Schema 2020-12 files (each with an $id), relative to the root: usable in `schemas`, in documents\' $schema and as envelopes\' response_schema. Never fetched from the network.","type":"array","maxItems":200,"uniqueItems":true,"items":{"type":"string","minLength":1,"maxLength":500}},"redaction-profiles":{"description":"Redaction profile ids an envelope\'s redaction_profile (and a policy\'s default_redaction_profile) may name.","type":"array","maxItems":200,"uniqueItems":true,"items":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*$","maxLength":128}},"gateways":{"description":"Gateway ids cloud and hybrid automation policies may route through; any id when unset.","type":"array","maxItems":200,"uniqueItems":true,"items":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*$","maxLength":128}},"disable-rules":{"description":"Semantic rules to skip.","type":"array","uniqueItems":true,"items":{"enum":["policy-not-found","model-not-allowed","run-window","outside-run-window","gateway","approval-missing","redaction-profile","response-schema","run-id-mismatch"]}}}},"checksums":{"description":"Artifact checksum verification (checksum.sha256 in GNU sha256sum format).","type":"object","additionalProperties":false,"properties":{"enabled":{"type":"boolean","default":true},"fail-on":{"$ref":"#/$defs/severity"},"manifests":{"description":"Globs (relative to the root, no \'..\') of the checksum files to verify. Each is verified strictly against its own directory.","type":"array","items":{"type":"string","minLength":1},"default":["runs/**/checksum.sha256","deployments/**/checksum.sha256"]},"require":{"description":"Globs of directories that must each hold a checksum.sha256; a matching directory without one is a finding. [] turns this off.","type":"array","items":{"type":"string","minLength":1},"default":["runs/*/artifact","deployments/*"]},"allow-unlisted":{"description":"Accept files present in a checksummed directory but not listed in its checksum file (sha256sum -c behaviour). Symlinks leaving the directory are reported regardless.","type":"boolean","default":false},"compare-deployments":{"description":"Check that each checksum file under deployments/ lists exactly the files and digests of its run\'s runs/<run_id>/artifact/checksum.sha256 (matched by a \'# run_id:\' comment, a listed meta.json run_id, or identical file names).","type":"boolean","default":true}}},"eval-gate":{"description":"Eval gate: metrics against thresholds, exceptions signed or approved by every required role. Runs when this section is present.","type":"object","additionalProperties":false,"properties":{"enabled":{"type":"boolean","default":true},"fail-on":{"$ref":"#/$defs/severity"},"policy":{"description":"Eval policy file (schemas/eval-policy.v1), relative to the root. --policy overrides it.","type":"string","minLength":1,"default":"eval-policy.yml"},"metrics":{"description":"Metrics file of the candidate run (JSON or YAML, flat or nested, lm-eval-harness keys such as acc,none). --metrics overrides it.","type":"string","minLength":1},"baseline":{"description":"Metrics file of the baseline run, for max_drop_abs / max_drop_rel rules. --baseline overrides it.","type":"string","minLength":1},"junit":{"description":"JUnit XML report(s) whose pass/fail counts are a second metrics source (counts are summed). --junit overrides it.","type":"array","items":{"type":"string","minLength":1},"maxItems":100},"model":{"description":"Model name the gate decides for (exceptions must name it). --model overrides it; default: the policy\'s model.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._/@:+-]{0,199}$"},"manifest":{"description":"The candidate run\'s checksum.sha256: its sha256 is the artifact digest exceptions are bound to. --manifest / --digest override it.","type":"string","minLength":1},"exceptions-dir":{"description":"Folder holding exception files (*.yml / *.yaml, signatures in <file>.sig). --exceptions-dir overrides it.","type":"string","minLength":1,"default":"exceptions"},"allowed-signers":{"description":"allowed_signers file in git\'s / ssh-keygen\'s format mapping principals to SSH public keys. Keep it CODEOWNERS-protected.","type":"string","minLength":1,"default":".github/allowed_signers"},"approval":{"description":"How each required role approves an exception: SSH signatures over the file, PR reviews, or both.","enum":["signatures","reviews","both"],"default":"signatures"},"roles":{"description":"Who holds each role: SSH principals (as in allowed_signers) for signatures, GitHub logins or org/team slugs for reviews.","type":"object","maxProperties":20,"propertyNames":{"type":"string","pattern":"^[a-z][a-z0-9_-]{0,63}$"},"additionalProperties":{"type":"object","additionalProperties":false,"properties":{"principals":{"description":"SSH principals (e.g. emails) whose allowed_signers keys may sign for this role. No wildcards.","type":"array","uniqueItems":true,"maxItems":100,"items":{"type":"string","minLength":1,"maxLength":200,"pattern":"^[^*?!,\\\\s\\"]+$"}},"github":{"description":"GitHub logins or org/team slugs whose PR approval satisfies this role (approval: reviews or both).","type":"array","uniqueItems":true,"maxItems":100,"items":{"type":"string","pattern":"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9_.-]{1,100})?$"}}}}},"github":{"description":"How the gate shows up on a pull request (approval: reviews or both). See docs/github-gate.md.","type":"object","additionalProperties":false,"properties":{"status":{"description":"Write a commit status on the PR head: pending first, then success only when the gate passes, else failure (never neutral). Default: on when approval uses reviews.","type":"boolean"},"status-context":{"description":"Name of that commit status: make it the required status check of the branch.","type":"string","pattern":"^\\\\S(?:.{0,98}\\\\S)?$","default":"pipeguard/eval-gate"},"comment":{"description":"Keep one sticky PR comment with the unblock instructions, edited in place (needs pull-requests: write). Default: on when approval uses reviews.","type":"boolean"},"branch-rules":{"description":"Read the base branch\'s rulesets and protection and warn when the status is not required or stale approvals are not dismissed. Default: on when approval uses reviews.","type":"boolean"},"rerun-failed":{"description":"When a pull_request_review run passes, re-run the failed jobs of this workflow\'s earlier pull_request runs on the same head (needs actions: write), for branches that require the job instead of the status. Default: off.","type":"boolean"}}}}},"provenance":{"description":"Provenance stamping and verification of run metadata. Runs when this section is present: `pipeguard check` then verifies every stamped run and every deployment.","type":"object","additionalProperties":false,"properties":{"enabled":{"type":"boolean","default":true},"fail-on":{"$ref":"#/$defs/severity"},"artifact-dir":{"description":"Artifact subdirectory of a run directory, holding checksum.sha256 (default: artifact).","type":"string","minLength":1,"default":"artifact"},"runs":{"description":"Globs of run directories (relative to the root): verified by `pipeguard check` when stamped, and searched for the run a deployment came from.","type":"array","items":{"type":"string","minLength":1},"default":["runs/*"]},"deployments":{"description":"Globs of deploy directories whose artifacts `pipeguard check` traces back to a stamped run.","type":"array","items":{"type":"string","minLength":1},"default":["deployments/*"]},"dataset":{"description":"Dataset name stamped when --dataset is not given and meta.json has none.","type":"string","minLength":1},"data-path":{"description":"Data path or URI stamped when --data-path is not given and meta.json has none.","type":"string","minLength":1},"data-digest":{"description":"Hash the local data path (file, or directory tree) into data_digest when stamping.","type":"boolean","default":false},"policies":{"description":"Policy documents in force (relative to the root), recorded with their settings; *policy.{json,yaml,yml} files in the run directory are added.","type":"array","items":{"type":"string","minLength":1}},"sign-key":{"description":"PEM or OpenSSH private key file that signs the statement into provenance.intoto.dsse.json (inside the root; prefer sign-key-env in CI).","type":"string","minLength":1},"sign-key-env":{"description":"Name of the environment variable holding the signing key\'s text (e.g. from a CI secret).","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"key-passphrase-env":{"description":"Name of the environment variable holding the passphrase of an encrypted PEM signing key.","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"public-keys":{"description":"PEM or OpenSSH public keys (relative to the root); each must have signed a run\'s provenance for verify to pass.","type":"array","items":{"type":"string","minLength":1}},"require-signature":{"description":"Fail verification of runs whose provenance is not signed.","type":"boolean","default":false}}}},"$defs":{"severity":{"description":"Finding severity (risk level).","enum":["low","medium","high","critical"]}}}');
;// CONCATENATED MODULE: ./schemas/audit-record.v1.schema.json
const audit_record_v1_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://pipeguard.dev/schemas/audit-record.v1.schema.json","title":"pipeguard audit record, version 1 (one JSONL line)","description":"Who decided what, when, on which inputs and why. Inputs appear only as digests, never as values.","type":"object","additionalProperties":false,"required":["schema_version","time","run_id","stage","actor","check","decision","reason","risk_level","inputs"],"properties":{"schema_version":{"const":"1"},"time":{"type":"string","format":"date-time"},"run_id":{"type":"string","minLength":1,"maxLength":200},"stage":{"type":"string","minLength":1,"maxLength":100},"actor":{"type":"string","minLength":1,"maxLength":200},"check":{"type":"string","minLength":1,"maxLength":100},"decision":{"description":"allowed: the check passed; blocked: it failed or blocked promotion; error: bad input, nothing decided (fail closed).","enum":["allowed","blocked","error"]},"reason":{"type":"string","maxLength":2000},"risk_level":{"enum":["low","medium","high","critical"]},"tool_version":{"type":"string"},"findings":{"description":"Fingerprints of the failing findings.","type":"array","maxItems":10000,"items":{"type":"string","pattern":"^[0-9a-f]{8,64}$"}},"inputs":{"type":"array","maxItems":10000,"items":{"type":"object","additionalProperties":false,"required":["name","sha256"],"properties":{"name":{"type":"string","minLength":1,"maxLength":1000},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"}}}},"details":{"description":"Check-specific facts needed to re-derive the decision (thresholds, observed values, exception id, signers).","type":"object"}}}');
;// CONCATENATED MODULE: ./schemas/model-request-envelope.v1.schema.json
const model_request_envelope_v1_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://pipeguard.dev/schemas/model-request-envelope.v1.schema.json","title":"Model request envelope, version 1 (SPEC-260)","description":"What a pipeline stage asks a model to do: which run and stage it belongs to, which model at which effort, which artifacts it reads (by digest, so the request can be replayed), which redaction profile applied and which schema the response must satisfy before any action runs.","type":"object","additionalProperties":false,"required":["schema_version","run_id","stage","model","reasoning_effort","input_artifacts","redaction_profile","response_schema"],"properties":{"$schema":{"description":"The schema this document declares (a pipeguard schema $id, its short name, or a path inside the repository). Never fetched.","type":"string","maxLength":500},"schema_version":{"description":"Envelope format version.","const":"1"},"run_id":{"description":"The run this request belongs to; audit records and approvals correlate on it. It names a directory (runs/<run_id>/), so no slashes or spaces.","$ref":"#/$defs/run_id"},"stage":{"description":"Pipeline stage issuing the request (e.g. plan, codegen, review); audit records and approval gates correlate on it.","$ref":"#/$defs/name"},"model":{"description":"Model identifier as the gateway knows it; must be in the governing policy\'s allowed_models.","type":"string","minLength":1,"maxLength":200,"pattern":"^[A-Za-z0-9][A-Za-z0-9._:/@+-]*$","patternErrorMessage":"must be a model identifier (letters, digits and . _ : / @ + -), e.g. `gpt-5.2-codex`"},"reasoning_effort":{"description":"Reasoning effort requested from the model.","enum":["low","medium","high","xhigh"]},"input_artifacts":{"description":"Every artifact the request reads, by content digest, so the action can be replayed from stored artifacts.","type":"array","maxItems":1000,"uniqueItems":true,"items":{"$ref":"#/$defs/artifact_ref"}},"prompt_artifact":{"description":"The stored prompt, by content digest (replay).","$ref":"#/$defs/artifact_ref"},"redaction_profile":{"description":"Id of the redaction profile applied to the request; must be defined in the pipeguard configuration (validate.redaction-profiles).","$ref":"#/$defs/name"},"response_schema":{"description":"The schema the model\'s response must satisfy before any action runs: a schema $id or short name pipeguard knows (shipped or listed in validate.extra-schemas).","type":"string","minLength":1,"maxLength":500,"pattern":"^\\\\S+$","patternErrorMessage":"must be a schema id or short name without spaces"},"policy_id":{"description":"The automation policy governing this request. Without it, the nearest automation policy in the envelope\'s directory or a parent directory governs.","$ref":"#/$defs/name"},"created_at":{"description":"When the request was made (RFC 3339); checked against the policy\'s run_windows.","type":"string","format":"date-time","maxLength":64}},"$defs":{"run_id":{"type":"string","minLength":1,"maxLength":200,"pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*$","patternErrorMessage":"must be a run id: letters, digits, `.`, `_` and `-`, starting with a letter or digit (it names the directory runs/<run_id>/)"},"name":{"type":"string","minLength":1,"maxLength":128,"pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*$","patternErrorMessage":"must be an identifier: letters, digits, `.`, `_` and `-`, starting with a letter or digit"},"artifact_ref":{"type":"string","maxLength":200,"pattern":"^artifact://(sha256:[0-9a-f]{64}|sha512:[0-9a-f]{128})$","patternErrorMessage":"must be an artifact reference `artifact://sha256:<64 lowercase hex digits>` (or sha512:<128>)"}}}');
;// CONCATENATED MODULE: ./schemas/automation-policy.v1.schema.json
const automation_policy_v1_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://pipeguard.dev/schemas/automation-policy.v1.schema.json","title":"Automation policy, version 1 (SPEC-260)","description":"How model-assisted automation may run: where (execution_mode), with which models, within which budget and time windows, and which stages need a human approval. cloud and hybrid modes must name the gateway all model egress goes through and the approval-gated stages.","type":"object","additionalProperties":false,"required":["schema_version","policy_id","execution_mode","requires_approval","max_cost_usd","max_runtime_minutes","allowed_models","run_windows"],"properties":{"$schema":{"description":"The schema this document declares (a pipeguard schema $id, its short name, or a path inside the repository). Never fetched.","type":"string","maxLength":500},"schema_version":{"description":"Policy format version.","const":"1"},"policy_id":{"description":"Stable id envelopes refer to (envelope policy_id).","$ref":"#/$defs/name"},"description":{"description":"What the policy is for, for reviewers.","type":"string","maxLength":2000},"execution_mode":{"description":"local: dry runs that only record metadata, no gateway needed. cloud / hybrid: model egress routes through the gateway and approval-gated stages apply.","enum":["local","cloud","hybrid"]},"requires_approval":{"description":"When true, every request of an approval-gated stage needs approval evidence for its run (an approval audit record; see docs/validate.md).","type":"boolean"},"approval_gated_stages":{"description":"Stages that need approval when requires_approval is true; `*` means every stage. Absent: every stage (local mode only; cloud and hybrid must list them).","type":"array","maxItems":100,"uniqueItems":true,"items":{"type":"string","minLength":1,"maxLength":128,"pattern":"^(\\\\*|[A-Za-z0-9][A-Za-z0-9._-]*)$","patternErrorMessage":"must be a stage name (letters, digits, `.`, `_` and `-`) or `*` for every stage"}},"max_cost_usd":{"description":"Budget ceiling of one run in US dollars.","type":"number","minimum":0,"maximum":1000000000},"max_runtime_minutes":{"description":"Wall-clock ceiling of one run in minutes.","type":"integer","minimum":0,"maximum":527040},"allowed_models":{"description":"Models envelopes governed by this policy may request.","type":"array","minItems":1,"maxItems":200,"uniqueItems":true,"items":{"type":"string","minLength":1,"maxLength":200,"pattern":"^[A-Za-z0-9][A-Za-z0-9._:/@+-]*$","patternErrorMessage":"must be a model identifier (letters, digits and . _ : / @ + -), e.g. `gpt-5.2-codex`"}},"run_windows":{"description":"When runs may start: `<days>:<HH:MM>-<HH:MM>[@<zone>]`, days being daily, weekday, weekend, or mon..sun in lists and ranges (e.g. `weekday:09:00-18:00`, `sat:10:00-14:00`, `mon-thu,sat:08:00-12:00@Europe/Berlin`, `daily:22:00-06:00`). Times are UTC unless a zone is given; an end before the start runs past midnight. Grammar: docs/validate.md#run-windows.","type":"array","minItems":1,"maxItems":50,"items":{"type":"string","maxLength":100,"pattern":"^(daily|weekday|weekend|(mon|tue|wed|thu|fri|sat|sun)(-(mon|tue|wed|thu|fri|sat|sun))?(,(mon|tue|wed|thu|fri|sat|sun)(-(mon|tue|wed|thu|fri|sat|sun))?)*):([01][0-9]|2[0-3]):[0-5][0-9]-(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)(@(UTC|[+-](0[0-9]|1[0-4]):[0-5][0-9]|[A-Za-z]+(/[A-Za-z0-9_+-]+)+))?$","patternErrorMessage":"must be a run window `<days>:<HH:MM>-<HH:MM>[@<zone>]`, e.g. `weekday:09:00-18:00`, `sat:10:00-14:00` or `daily:22:00-06:00@Europe/Berlin` (days: daily, weekday, weekend, mon..sun)"}},"default_redaction_profile":{"description":"Redaction profile envelopes of this policy are expected to use by default (tracks may differ); must be defined in validate.redaction-profiles.","$ref":"#/$defs/name"},"gateway":{"description":"The model gateway all model egress routes through (required in cloud and hybrid modes).","type":"object","additionalProperties":false,"required":["id","endpoint"],"properties":{"id":{"description":"Gateway id (checked against validate.gateways when configured).","$ref":"#/$defs/name"},"endpoint":{"description":"HTTPS endpoint of the gateway (never a model provider\'s API directly).","type":"string","format":"uri","maxLength":500,"pattern":"^https://","patternErrorMessage":"must be an https:// URL"}}}},"allOf":[{"if":{"required":["execution_mode"],"properties":{"execution_mode":{"enum":["cloud","hybrid"]}}},"then":{"description":"required in cloud and hybrid execution modes","properties":{"gateway":true,"approval_gated_stages":true},"required":["gateway","approval_gated_stages"]}},{"if":{"required":["requires_approval","approval_gated_stages"],"properties":{"requires_approval":{"const":true}}},"then":{"properties":{"approval_gated_stages":{"description":"must list at least one stage when requires_approval is true","type":"array","minItems":1}}}}],"$defs":{"name":{"type":"string","minLength":1,"maxLength":128,"pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*$","patternErrorMessage":"must be an identifier: letters, digits, `.`, `_` and `-`, starting with a letter or digit"}}}');
;// CONCATENATED MODULE: ./schemas/run-meta.v1.schema.json
const run_meta_v1_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://pipeguard.dev/schemas/run-meta.v1.schema.json","title":"pipeguard run metadata (runs/<run_id>/meta.json), version 1","description":"Provenance of one training or evaluation run: the code (git), the data, the artifacts (manifest digest), the policy and approvals in force, and where it ran (CI facts). `pipeguard provenance stamp` writes the keys below and keeps every other key the pipeline wrote. Key names follow MLflow\'s `mlflow.source.git.*` tags and GitHub\'s SLSA buildType (see docs/provenance.md).","type":"object","additionalProperties":true,"required":["schema_version","run_id","git_commit","git_branch","git_repo_url","git_dirty","artifact_manifest_sha256","ci","builder","started_on","finished_on","pipeguard_version"],"properties":{"$schema":{"type":"string"},"schema_version":{"description":"Version of this metadata format.","const":"1"},"run_id":{"description":"The run\'s id: its directory name under runs/ unless given.","type":"string","minLength":1,"maxLength":200,"pattern":"^[^/\\\\\\\\\\\\u0000-\\\\u001f]+$"},"git_commit":{"description":"The commit the run\'s code came from (MLflow mlflow.source.git.commit; SLSA resolvedDependencies[].digest.gitCommit). On a GitHub pull_request: the PR head, never the merge commit.","$ref":"#/$defs/gitObjectId"},"git_branch":{"description":"Branch the commit was built from (PR head branch on pull_request; MLflow mlflow.source.git.branch). null when detached and unknown.","type":["string","null"],"maxLength":255},"git_repo_url":{"description":"https URL of the repository without `.git` and without credentials (MLflow mlflow.source.git.repoURL; buildType workflow.repository). null when the repository has no remote.","type":["string","null"],"maxLength":2048,"pattern":"^(https?|file|ssh)://[^@/?#]*(/[^?#]*)?$"},"git_dirty":{"description":"True when tracked files differed from the commit when the run was stamped (MLflow mlflow.source.git.dirty).","type":"boolean"},"git_diff_sha256":{"description":"SHA-256 of `git diff HEAD --binary` (the run directory excluded) when git_dirty, else null.","oneOf":[{"$ref":"#/$defs/sha256"},{"type":"null"}]},"dataset":{"description":"Dataset name (MLflow Dataset name).","type":["string","null"],"maxLength":1000},"data_path":{"description":"Where the data came from: a path or URI (MLflow Dataset source).","type":["string","null"],"maxLength":4096},"data_digest":{"description":"Digest of the data, `<algorithm>:<hex>`. pipeguard writes `sha256:` over the file, or for a directory over its sha256sum manifest (sorted `<hex>  <path>` lines).","type":["string","null"],"pattern":"^[a-z0-9-]+:[0-9a-f]{32,128}$"},"artifact_dir":{"description":"Directory of the run\'s artifacts, relative to the run directory.","type":"string","minLength":1},"artifact_manifest":{"description":"The artifact checksum manifest, relative to the run directory.","type":"string","minLength":1},"artifact_manifest_sha256":{"description":"SHA-256 of the bytes of the artifact checksum manifest (checksum.sha256): binds every artifact file\'s digest.","$ref":"#/$defs/sha256"},"artifact_count":{"description":"Number of artifact files the manifest lists.","type":"integer","minimum":0},"policies":{"description":"Policy documents in force for the run, with their settings.","type":"array","maxItems":100,"items":{"type":"object","additionalProperties":false,"required":["file","sha256","settings"],"properties":{"file":{"description":"Path relative to the repository root.","type":"string","minLength":1},"sha256":{"$ref":"#/$defs/sha256"},"policy_id":{"type":"string","minLength":1},"schema_version":{"type":"string"},"settings":{"description":"The policy\'s settings (its keys other than policy_id, schema_version and $schema).","type":"object"}}}},"approvals":{"description":"Gate decisions recorded for this run in the audit log (eval gate exceptions, signers, reviewers).","type":"array","maxItems":1000,"items":{"type":"object","additionalProperties":false,"required":["check","stage","decision","time"],"properties":{"check":{"type":"string"},"stage":{"type":"string"},"decision":{"enum":["allowed","blocked","error"]},"time":{"type":"string","format":"date-time"},"actor":{"type":"string"},"reason":{"type":"string"},"exception_ids":{"type":"array","items":{"type":"string"}},"signers":{"type":"array","items":{"type":"string"}},"reviewers":{"type":"array","items":{"type":"string"}}}}},"exception_ids":{"description":"Ids of every exception that covered a gate decision of this run.","type":"array","items":{"type":"string","minLength":1},"uniqueItems":true},"audit":{"description":"The audit records the approvals were read from.","oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["log","records","sha256","run_ids"],"properties":{"log":{"type":"string","minLength":1},"records":{"type":"integer","minimum":0},"run_ids":{"description":"The audit run_ids matched: the run\'s id, PIPEGUARD_RUN_ID and the CI run\'s `gha-<run_id>-<attempt>`.","type":"array","items":{"type":"string","minLength":1}},"sha256":{"description":"SHA-256 of this run\'s audit lines, each followed by LF, in log order.","$ref":"#/$defs/sha256"}}}]},"ci":{"description":"CI facts, in the vocabulary of GitHub\'s SLSA buildType and Fulcio\'s OIDs. null outside CI (then builder.kind is local).","oneOf":[{"type":"null"},{"$ref":"#/$defs/githubActions"}]},"builder":{"type":"object","additionalProperties":false,"required":["id","kind"],"properties":{"id":{"description":"SLSA builder.id: the workflow URL in GitHub Actions, `https://pipeguard.dev/builders/local/v1` outside CI.","type":"string","minLength":1},"kind":{"enum":["github-actions","local"]},"platform":{"description":"os-arch of the machine (local runs).","type":"string"},"node":{"description":"Node.js version that ran pipeguard.","type":"string"}}},"started_on":{"description":"When the run started (RFC 3339; SLSA runDetails.metadata.startedOn).","type":"string","format":"date-time"},"finished_on":{"description":"When the run finished (RFC 3339; SLSA runDetails.metadata.finishedOn).","type":"string","format":"date-time"},"stamped_on":{"description":"When pipeguard stamped this file.","type":"string","format":"date-time"},"pipeguard_version":{"type":"string","minLength":1},"provenance_statement":{"description":"The in-toto statement written beside this file, relative to the run directory.","type":"string","minLength":1}},"$defs":{"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"},"gitObjectId":{"type":"string","pattern":"^[0-9a-f]{40}([0-9a-f]{24})?$"},"githubActions":{"type":"object","additionalProperties":false,"required":["provider","server_url","repository","event_name","run_id","run_attempt","invocation_url"],"properties":{"provider":{"const":"github-actions"},"server_url":{"type":"string","format":"uri"},"repository":{"type":"string","pattern":"^[^/\\\\s]+/[^/\\\\s]+$"},"repository_id":{"type":"string"},"repository_owner_id":{"type":"string"},"workflow_ref":{"description":"owner/repo/path@ref of the workflow (GITHUB_WORKFLOW_REF).","type":"string"},"workflow_sha":{"oneOf":[{"$ref":"#/$defs/gitObjectId"},{"type":"null"}]},"event_name":{"type":"string","minLength":1},"ref":{"type":"string"},"sha":{"description":"GITHUB_SHA: the commit the workflow ran on (on pull_request the merge commit, which is why git_commit holds the PR head).","oneOf":[{"$ref":"#/$defs/gitObjectId"},{"type":"null"}]},"actor":{"type":"string"},"actor_id":{"type":"string"},"triggering_actor":{"type":"string"},"run_id":{"type":"string","minLength":1},"run_attempt":{"type":"string","minLength":1},"run_number":{"type":"string"},"runner_environment":{"type":"string"},"runner_os":{"type":"string"},"runner_arch":{"type":"string"},"invocation_url":{"description":"${server_url}/${repository}/actions/runs/${run_id}/attempts/${run_attempt} (SLSA invocationId).","type":"string","format":"uri"},"pull_request":{"type":"object","additionalProperties":false,"required":["number","head_sha","base_sha"],"properties":{"number":{"type":"integer","minimum":1},"head_sha":{"$ref":"#/$defs/gitObjectId"},"head_ref":{"type":"string"},"base_sha":{"$ref":"#/$defs/gitObjectId"},"base_ref":{"type":"string"},"author":{"type":"string"}}}}}}}');
;// CONCATENATED MODULE: ./schemas/eval-policy.v1.schema.json
const eval_policy_v1_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://pipeguard.dev/schemas/eval-policy.v1.schema.json","title":"pipeguard eval policy, version 1","description":"The thresholds a model\'s eval metrics must meet before promotion, and the limits on exceptions. Formulas: docs/eval-gate.md.","type":"object","additionalProperties":false,"required":["version","metrics"],"properties":{"$schema":{"type":"string"},"version":{"description":"Policy format version.","const":1},"model":{"description":"The model this policy gates (default for --model). No wildcards.","$ref":"#/$defs/name"},"metrics":{"description":"One rule per metric, keyed by the metric name that reports and exception waivers use.","type":"object","minProperties":1,"maxProperties":500,"propertyNames":{"$ref":"#/$defs/metricName"},"additionalProperties":{"$ref":"#/$defs/metricRule"}},"exceptions":{"description":"Limits on exception files that may waive a failing metric.","type":"object","additionalProperties":false,"properties":{"max_days":{"description":"Longest allowed lifetime of an exception: expires - created, and expires - now, in days. Default 30.","type":"integer","minimum":1,"maximum":365},"required_roles":{"description":"Roles (defined in .pipeguard.yml eval-gate.roles) that must all approve every exception. Default: every configured role.","type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/$defs/roleName"}}}}},"$defs":{"name":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._/@:+-]{0,199}$"},"metricName":{"description":"Letters, digits and . _ , : / @ + = - (lm-eval keys such as acc,none fit); never a wildcard.","type":"string","pattern":"^[A-Za-z0-9_][A-Za-z0-9_.,:/@+=-]{0,127}$"},"roleName":{"type":"string","pattern":"^[a-z][a-z0-9_-]{0,63}$"},"metricRule":{"type":"object","additionalProperties":false,"required":["direction"],"properties":{"description":{"type":"string","maxLength":500},"path":{"description":"Where the value is in the metrics file: a dotted path (results.sst2.acc,none; each step takes the longest matching key) or a JSON Pointer (/results/sst2/acc,none). Default: the metric name.","type":"string","minLength":1,"maxLength":500},"junit":{"description":"Read the value from the JUnit XML counts instead of the metrics file.","enum":["tests","passed","failures","errors","skipped","pass_rate"]},"direction":{"description":"Which way is better: higher (accuracy) or lower (loss, latency, failures). Decides what a drop is and which waiver bound applies.","enum":["higher","lower"]},"min":{"description":"Fail when the value is below this.","type":"number"},"max":{"description":"Fail when the value is above this.","type":"number"},"max_drop_abs":{"description":"Fail when the value is worse than the baseline by more than this (absolute, in the metric\'s unit).","type":"number","minimum":0},"max_drop_rel":{"description":"Fail when the value is worse than the baseline by more than this fraction of |baseline| (0.02 = 2 %). Baseline 0: any worsening fails.","type":"number","minimum":0}},"anyOf":[{"properties":{"min":true},"required":["min"]},{"properties":{"max":true},"required":["max"]},{"properties":{"max_drop_abs":true},"required":["max_drop_abs"]},{"properties":{"max_drop_rel":true},"required":["max_drop_rel"]}],"if":{"properties":{"junit":true},"required":["junit"]},"then":{"description":"JUnit counts have no path and no baseline.","properties":{"path":false,"max_drop_abs":false,"max_drop_rel":false}}}}}');
;// CONCATENATED MODULE: ./schemas/eval-exception.v1.schema.json
const eval_exception_v1_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://pipeguard.dev/schemas/eval-exception.v1.schema.json","title":"pipeguard eval exception, version 1","description":"A written, signed waiver letting one model artifact (by manifest digest) ship despite named failing metrics, within stated bounds, until it expires. No wildcards anywhere.","type":"object","additionalProperties":false,"required":["version","id","model","artifact_digest","waivers","reason","ticket","requested_by","created","expires","required_roles"],"properties":{"$schema":{"type":"string"},"version":{"description":"Exception format version.","const":1},"id":{"description":"Unique id of the exception (reported, recorded in audit logs).","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$"},"model":{"description":"The model name the gate runs for (--model / policy model). Exact match.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._/@:+-]{0,199}$"},"artifact_digest":{"description":"sha256 of the run\'s checksum.sha256 manifest (`pipeguard checksums` prints it as the manifest digest): the exact artifact set this exception is for.","type":"string","pattern":"^sha256:[0-9a-f]{64}$"},"waivers":{"description":"The failing metrics this exception accepts, each with the worst value still accepted.","type":"array","minItems":1,"maxItems":100,"items":{"type":"object","additionalProperties":false,"required":["metric"],"properties":{"metric":{"description":"A metric name from the eval policy. Exact match, no wildcards.","type":"string","pattern":"^[A-Za-z0-9_][A-Za-z0-9_.,:/@+=-]{0,127}$"},"min":{"description":"Lowest value accepted (metrics where higher is better).","type":"number"},"max":{"description":"Highest value accepted (metrics where lower is better).","type":"number"}},"oneOf":[{"properties":{"min":true},"required":["min"]},{"properties":{"max":true},"required":["max"]}]}},"reason":{"description":"Why shipping despite the failure is acceptable.","type":"string","minLength":20,"maxLength":4000},"ticket":{"description":"Tracking ticket or incident reference.","type":"string","minLength":1,"maxLength":200},"requested_by":{"description":"Who asks for the exception (name, email or login).","type":"string","minLength":1,"maxLength":200},"created":{"description":"When it was written (RFC 3339 with time zone).","type":"string","format":"date-time"},"expires":{"description":"When it stops covering anything (RFC 3339 with time zone); at most the policy\'s max_days after created.","type":"string","format":"date-time"},"required_roles":{"description":"Roles that must each approve (sign) it, by distinct people; the policy\'s required roles are added to these.","type":"array","minItems":1,"maxItems":20,"uniqueItems":true,"items":{"type":"string","pattern":"^[a-z][a-z0-9_-]{0,63}$"}}}}');
;// CONCATENATED MODULE: ./src/schema/catalog.ts
/**
 * Every schema pipeguard ships, imported statically so the bundles carry them and nothing is ever
 * fetched. Add one line per schema file in `schemas/`.
 */







const SCHEMAS = [
    pipeguard_config_v1_schema_namespaceObject,
    audit_record_v1_schema_namespaceObject,
    model_request_envelope_v1_schema_namespaceObject,
    automation_policy_v1_schema_namespaceObject,
    run_meta_v1_schema_namespaceObject,
    eval_policy_v1_schema_namespaceObject,
    eval_exception_v1_schema_namespaceObject,
];
const SCHEMA_IDS = {
    config: pipeguard_config_v1_schema_namespaceObject.$id,
    auditRecord: audit_record_v1_schema_namespaceObject.$id,
    modelRequestEnvelope: model_request_envelope_v1_schema_namespaceObject.$id,
    automationPolicy: automation_policy_v1_schema_namespaceObject.$id,
};


/***/ }),

/***/ 8650:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $Q: () => (/* binding */ knownSchemaIds),
  yU: () => (/* binding */ locateErrors),
  zK: () => (/* binding */ registerSchema),
  nT: () => (/* binding */ resolveSchemaId),
  PI: () => (/* binding */ shortNameOf),
  qA: () => (/* binding */ validatorFor)
});

// UNUSED EXPORTS: displayPath

// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(2210);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/index.js
var dist = __webpack_require__(2815);
var dist_default = /*#__PURE__*/__webpack_require__.n(dist);
// EXTERNAL MODULE: ./node_modules/ajv/dist/refs/json-schema-2020-12/index.js
var json_schema_2020_12 = __webpack_require__(3995);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/schema/catalog.ts + 7 modules
var catalog = __webpack_require__(3634);
// EXTERNAL MODULE: ./src/schema/document.ts + 1 modules
var schema_document = __webpack_require__(6799);
;// CONCATENATED MODULE: ./src/schema/preview.ts
/**
 * How a document value appears inside a message. Documents can hold credentials pasted into the
 * wrong field, and messages reach logs, annotations and SARIF: short plain values are shown,
 * anything long or token-like is masked to its first characters and its length.
 */
const MAX_SHOWN = 40;
/** A long unbroken run of letters and digits: the body of API keys, hashes and JWT parts. */
const TOKEN_RUN = /[A-Za-z0-9+/=]{16,}/g;
function previewValue(value) {
    if (value === undefined)
        return 'nothing';
    const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
    if (typeof value === 'string' && looksLikeToken(value))
        return mask(value);
    if (text.length > MAX_SHOWN)
        return typeof value === 'string' ? mask(value) : `${text.slice(0, MAX_SHOWN - 3)}...`;
    return text.replace(/[\u0000-\u001f\u007f`]/g, (c) => c === '`' ? "'" : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/** Identifiers (`gpt-5.2-codex-2026-01-15`) have short segments; credentials have a long mixed run. */
function looksLikeToken(value) {
    for (const [run] of value.matchAll(TOKEN_RUN))
        if (/[0-9]/.test(run) && /[A-Za-z]/.test(run))
            return true;
    return false;
}
function mask(value) {
    return `${value.slice(0, 4)}… (${value.length} characters, masked)`;
}

;// CONCATENATED MODULE: ./src/schema/registry.ts
/**
 * One Ajv 2020 instance (strict, allErrors, formats) holding every shipped schema by `$id`, so
 * local `$ref`s resolve and nothing is fetched (no `loadSchema`: an unknown `$ref` is an error).
 * Validators are compiled on first use and cached. Users' own schemas (validate.extra-schemas)
 * join the same instance through `registerSchema`.
 */







// ajv-formats and ajv's meta-schema module are CommonJS with a default export; ESM sees it either
// way depending on the loader.
const addFormats = ((dist_default())["default"] ??
    (dist_default()));
const addMetaSchema2020 = (json_schema_2020_12["default"]["default"] ??
    json_schema_2020_12["default"]);
const SHIPPED_PREFIX = 'https://pipeguard.dev/schemas/';
const SCHEMA_SUFFIX = '.schema.json';
const META_2020 = 'https://json-schema.org/draft/2020-12/schema';
let ajv;
let metaSchemaAdded = false;
const compiled = new Map();
/** Every known `$id` → where it came from (`pipeguard` or the user's file) and the schema. */
const registered = new Map(catalog/* SCHEMAS */.H.map((schema) => [schema.$id, { source: 'pipeguard', schema }]));
/** Shipped schemas handed to ajv so far: each on first use, since adding one costs a traversal. */
const added = new Set();
function instance() {
    if (!ajv) {
        // meta: false — the 2020-12 meta-schemas cost ~50 ms to add; they are only needed to check a
        // user's schema (registerSchema adds them then). Shipped schemas are checked by the tests.
        ajv = new _2020.Ajv2020({
            strict: true,
            allErrors: true,
            allowUnionTypes: true,
            verbose: true,
            meta: false,
            validateSchema: false,
        });
        addFormats(ajv);
        // Editors (VS Code's JSON service) show it when a pattern fails; we do too.
        ajv.addKeyword({ keyword: 'patternErrorMessage', schemaType: 'string' });
    }
    return ajv;
}
function addShipped(id) {
    const entry = registered.get(id);
    if (added.has(id) || entry?.source !== 'pipeguard')
        return;
    instance().addSchema(entry.schema, undefined, undefined, false);
    added.add(id);
}
/** All shipped schemas, for anything that may `$ref` across them. */
function addAllShipped() {
    for (const schema of catalog/* SCHEMAS */.H)
        addShipped(schema.$id);
}
function knownSchemaIds() {
    return [...registered.keys()];
}
/** `model-request-envelope.v1` for `https://pipeguard.dev/schemas/model-request-envelope.v1.schema.json`. */
function shortNameOf(id) {
    if (!id.startsWith(SHIPPED_PREFIX) || !id.endsWith(SCHEMA_SUFFIX))
        return undefined;
    return id.slice(SHIPPED_PREFIX.length, -SCHEMA_SUFFIX.length);
}
/**
 * The registered `$id` a reference names: an `$id` itself, a shipped schema's short name
 * (`automation-policy.v1`) or file name (`automation-policy.v1.schema.json`), or a user schema's
 * short name (the last segment of its `$id` without `.schema.json` / `.json`) when no other
 * registered schema shares it; else undefined.
 */
function resolveSchemaId(reference) {
    const ref = reference.trim().replace(/#$/, '');
    if (registered.has(ref))
        return ref;
    const shortName = ref.replace(/(\.schema)?\.json$/, '');
    const shipped = `${SHIPPED_PREFIX}${shortName}${SCHEMA_SUFFIX}`;
    if (registered.has(shipped))
        return shipped;
    const user = [...registered.keys()].filter((id) => !id.startsWith(SHIPPED_PREFIX) && userShortName(id) === shortName);
    return user.length === 1 ? user[0] : undefined;
}
function userShortName(id) {
    return (id.split(/[/#]/).filter(Boolean).pop() ?? id).replace(/(\.schema)?\.json$/, '');
}
/** The compiled validator for a registered schema `$id`, or undefined when none has that id. */
function validatorFor(id) {
    let validate = compiled.get(id);
    if (!validate) {
        if (!registered.has(id))
            return undefined;
        addShipped(id);
        try {
            validate = instance().getSchema(id);
        }
        catch {
            // A `$ref` to another shipped schema not added yet: add them all and compile again.
            addAllShipped();
            try {
                validate = instance().getSchema(id);
            }
            catch (error) {
                const source = registered.get(id)?.source ?? id;
                throw new errors/* InputError */.d(`schema ${id} does not compile: ${firstLine(error)}`, source);
            }
        }
        if (!validate)
            return undefined;
        compiled.set(id, validate);
    }
    return validate;
}
/**
 * Add a user's schema (2020-12, with an `$id`) to the instance so documents and `$ref`s can use
 * it; returns its `$id`. Registering the same text again is a no-op; a different schema under an
 * `$id` already taken is an error, as is anything the meta-schema or strict mode rejects.
 */
function registerSchema(schema, source) {
    const ajvInstance = instance();
    if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) {
        throw new errors/* InputError */.d('a schema must be a JSON object', source);
    }
    const record = schema;
    const id = record.$id;
    if (typeof id !== 'string' || id.trim() === '') {
        throw new errors/* InputError */.d('a schema needs an `$id` so documents and references can name it', source);
    }
    if (record.$schema !== undefined && String(record.$schema).replace(/#$/, '') !== META_2020) {
        throw new errors/* InputError */.d(`only JSON Schema 2020-12 is supported; \`$schema\` is ${String(record.$schema)}`, source);
    }
    const existing = registered.get(id);
    if (existing) {
        if (JSON.stringify(existing.schema) === JSON.stringify(schema))
            return id;
        throw new errors/* InputError */.d(`schema $id ${id} is already defined by ${existing.source}`, source);
    }
    if (!metaSchemaAdded) {
        addMetaSchema2020.call(ajvInstance, false);
        metaSchemaAdded = true;
    }
    // A user's schema may $ref the shipped ones.
    addAllShipped();
    if (!ajvInstance.validateSchema(schema)) {
        const problem = ajvInstance.errors?.[0];
        const where = problem?.instancePath ? ` at ${problem.instancePath}` : '';
        throw new errors/* InputError */.d(`not a valid JSON Schema 2020-12${where}: ${problem?.message ?? 'rejected'}`, source);
    }
    try {
        ajvInstance.addSchema(schema, undefined, undefined, false);
    }
    catch (error) {
        throw new errors/* InputError */.d(`schema cannot be added: ${firstLine(error)}`, source);
    }
    registered.set(id, { source, schema: schema });
    // Compiled now, so a schema strict mode rejects is a configuration error before any document.
    try {
        const validate = ajvInstance.getSchema(id);
        if (validate)
            compiled.set(id, validate);
    }
    catch (error) {
        registered.delete(id);
        ajvInstance.removeSchema(id);
        throw new errors/* InputError */.d(`schema does not compile: ${firstLine(error)}`, source);
    }
    return id;
}
/** Turn ajv errors into one message a person understands per problem, with where it is. */
function locateErrors(doc, errors) {
    const out = [];
    const seen = new Set();
    const kept = bestMatches(errors);
    // An empty or overlong string also fails its pattern; the length message is the useful one.
    const lengthFailed = new Set(kept
        .filter((e) => e.keyword === 'minLength' || e.keyword === 'maxLength')
        .map((e) => e.instancePath));
    for (const error of kept) {
        if ((error.keyword === 'pattern' || error.keyword === 'format') &&
            lengthFailed.has(error.instancePath))
            continue;
        const located = describe(doc, error);
        const key = `${located.pointer}\0${located.message}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        out.push(located);
    }
    return out.sort((a, b) => a.position.line - b.position.line || a.position.column - b.position.column);
}
/**
 * `if` only says "then failed" and `anyOf`/`oneOf` only say "no branch matched": keep, of each
 * combinator, the branch that got furthest into the document (then the one with fewest errors),
 * as check-jsonschema's "best match" does; drop the wrappers.
 */
function bestMatches(errors) {
    const dropped = new Set();
    const combinators = errors
        .filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf')
        .sort((a, b) => a.schemaPath.length - b.schemaPath.length);
    for (const combinator of combinators) {
        if (dropped.has(combinator))
            continue;
        const prefix = `${combinator.schemaPath}/`;
        const branches = new Map();
        for (const error of errors) {
            if (dropped.has(error) || !error.schemaPath.startsWith(prefix))
                continue;
            const branch = error.schemaPath.slice(prefix.length).split('/')[0];
            branches.set(branch, [...(branches.get(branch) ?? []), error]);
        }
        if (branches.size === 0)
            continue; // oneOf matched twice: its own message is the news.
        const depth = (list) => Math.max(...list.map((e) => e.instancePath.split('/').length));
        const best = [...branches.values()].sort((a, b) => depth(b) - depth(a) || a.length - b.length)[0];
        for (const list of branches.values())
            if (list !== best)
                for (const e of list)
                    dropped.add(e);
        dropped.add(combinator);
    }
    return errors.filter((e) => !dropped.has(e) && e.keyword !== 'if');
}
function describe(doc, error) {
    const at = error.instancePath;
    const name = at === '' ? 'the document' : `\`${displayPath(at)}\``;
    const params = error.params;
    const parent = (error.parentSchema ?? {});
    const got = () => `got ${typeName(error.data)}`;
    const located = (message, pointer = at, position = doc.locate(at)) => ({
        message: withCondition(message, error, parent),
        pointer,
        position,
        keyword: error.keyword,
    });
    switch (error.keyword) {
        case 'additionalProperties':
        case 'unevaluatedProperties': {
            const key = String(params.additionalProperty ?? params.unevaluatedProperty);
            const known = Object.keys(parent.properties ?? {});
            const guess = closest(key, known);
            const where = at ? ` in \`${displayPath(at)}\`` : '';
            return located(`unknown key \`${key}\`${where}${guess ? ` (did you mean \`${guess}\`?)` : ''}`, `${at}/${(0,schema_document/* encodePointerSegment */.Lt)(key)}`, doc.locate(at, key));
        }
        case 'required': {
            const key = String(params.missingProperty);
            return located(`missing required key \`${key}\`${at ? ` in \`${displayPath(at)}\`` : ''}`, `${at}/${(0,schema_document/* encodePointerSegment */.Lt)(key)}`);
        }
        case 'dependentRequired':
            return located(`${name} needs key \`${String(params.missingProperty)}\` when \`${String(params.property)}\` is present`);
        case 'enum': {
            const allowed = params.allowedValues.map((v) => typeof v === 'string' ? v : JSON.stringify(v));
            return located(`${name} must be one of ${allowed.join(', ')}; got \`${previewValue(error.data)}\``);
        }
        case 'const': {
            const allowed = params.allowedValue;
            const shown = typeof allowed === 'string'
                ? `\`"${allowed}"\` (a string)`
                : `\`${JSON.stringify(allowed)}\``;
            return located(`${name} must be ${shown}; ${got()}`);
        }
        case 'type':
            return located(`${name} must be ${article(String(params.type))}; ${got()}`);
        case 'pattern': {
            const hint = typeof parent.patternErrorMessage === 'string' ? parent.patternErrorMessage : undefined;
            // "must match pattern" is ajv's own wording, which other tools' users grep for.
            return located(`${name} ${hint ?? `must match pattern \`${String(params.pattern)}\``}; ${got()}`);
        }
        case 'format': {
            const format = String(params.format);
            const described = FORMATS[format];
            return located(`${name} must match format "${format}"${described ? ` (${described})` : ''}; ${got()}`);
        }
        case 'minLength':
            return located(params.limit === 1
                ? `${name} must not be empty`
                : `${name} must be at least ${String(params.limit)} characters long`);
        case 'maxLength':
            return located(`${name} must be at most ${String(params.limit)} characters long`);
        case 'minItems':
            return located(params.limit === 1
                ? `${name} must list at least one item`
                : `${name} must list at least ${String(params.limit)} items`);
        case 'maxItems':
            return located(`${name} must list at most ${String(params.limit)} items`);
        case 'minProperties':
        case 'maxProperties':
            return located(`${name} ${error.message ?? 'has the wrong number of keys'}`);
        case 'uniqueItems': {
            // ajv: items ## j and i are identical, j < i; point at the repeat.
            const [first, repeat] = [Number(params.j), Number(params.i)];
            const item = Array.isArray(error.data) ? error.data[repeat] : undefined;
            return located(`${name} lists \`${previewValue(item)}\` twice (items ${first} and ${repeat}, counting from 0)`, `${at}/${repeat}`, doc.locate(`${at}/${repeat}`));
        }
        case 'minimum':
        case 'maximum':
        case 'exclusiveMinimum':
        case 'exclusiveMaximum':
            return located(`${name} must be ${String(params.comparison)} ${String(params.limit)}; got ${previewValue(error.data)}`);
        case 'multipleOf':
            return located(`${name} must be a multiple of ${String(params.multipleOf)}; got ${previewValue(error.data)}`);
        case 'false schema':
            return located(`${name} is not allowed here`);
        default:
            return located(`${name} ${error.message ?? 'is invalid'}`);
    }
}
/** A `then` branch's description says when its rule applies (e.g. "in cloud and hybrid modes"). */
function withCondition(message, error, parent) {
    if (!/\/(then|else)\//.test(error.schemaPath) || typeof parent.description !== 'string')
        return message;
    return `${message} (${parent.description})`;
}
/** `/input_artifacts/2` → `input_artifacts[2]`, `/gateway/endpoint` → `gateway.endpoint`. */
function displayPath(pointer) {
    let out = '';
    for (const segment of (0,schema_document/* decodePointer */.A$)(pointer)) {
        if (/^(0|[1-9][0-9]*)$/.test(segment))
            out += `[${segment}]`;
        else
            out += out === '' ? segment : `.${segment}`;
    }
    return out;
}
function typeName(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    if (typeof value === 'object')
        return 'an object';
    if (value === undefined)
        return 'nothing';
    return `${typeof value === 'string' ? 'the string' : `the ${typeof value}`} \`${previewValue(value)}\``;
}
function article(type) {
    return type
        .split(',')
        .map((t) => (/^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`))
        .join(' or ');
}
const FORMATS = {
    'date-time': 'an RFC 3339 date-time such as `2026-01-31T09:30:00Z`',
    date: 'a date such as `2026-01-31`',
    time: 'a time such as `09:30:00Z`',
    uri: 'an absolute URI',
    'uri-reference': 'a URI reference',
    email: 'an email address',
    uuid: 'a UUID',
    hostname: 'a host name',
    ipv4: 'an IPv4 address',
    ipv6: 'an IPv6 address',
    duration: 'an ISO 8601 duration such as `P30D`',
    regex: 'a regular expression',
};
/** The known key nearest to a misspelt one (edit distance ≤ 2, or same ignoring case). */
function closest(key, known) {
    let best;
    let bestDistance = 3;
    for (const candidate of known) {
        const distance = candidate.toLowerCase() === key.toLowerCase() ? 0 : editDistance(key, candidate);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}
function editDistance(a, b) {
    if (Math.abs(a.length - b.length) > 2)
        return 3;
    let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        previous = current;
    }
    return previous[b.length];
}
function firstLine(error) {
    const message = error instanceof Error ? error.message : String(error);
    return message.split('\n')[0] ?? message;
}


/***/ })

};
