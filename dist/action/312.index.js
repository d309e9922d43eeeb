export const id = 312;
export const ids = [312];
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
const run_meta_v1_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://pipeguard.dev/schemas/run-meta.v1.schema.json","title":"pipeguard run metadata (runs/<run_id>/meta.json), version 1","description":"Provenance of one training or evaluation run: the code (git), the data, the artifacts (manifest digest), the policy and approvals in force, and where it ran (CI facts). `pipeguard provenance stamp` writes the keys below and keeps every other key the pipeline wrote. Key names follow MLflow\'s `mlflow.source.git.*` tags and GitHub\'s SLSA buildType (see docs/provenance.md).","type":"object","additionalProperties":true,"required":["schema_version","run_id","git_commit","git_branch","git_repo_url","git_dirty","artifact_manifest_sha256","ci","builder","started_on","finished_on","pipeguard_version"],"properties":{"$schema":{"type":"string"},"schema_version":{"description":"Version of this metadata format.","const":"1"},"run_id":{"description":"The run\'s id: its directory name under runs/ unless given.","type":"string","minLength":1,"maxLength":200,"pattern":"^[^/\\\\\\\\\\\\u0000-\\\\u001f]+$"},"git_commit":{"description":"The commit the run\'s code came from (MLflow mlflow.source.git.commit; SLSA resolvedDependencies[].digest.gitCommit). On a GitHub pull_request: the PR head, never the merge commit.","$ref":"#/$defs/gitObjectId"},"git_branch":{"description":"Branch the commit was built from (PR head branch on pull_request; MLflow mlflow.source.git.branch). null when detached and unknown.","type":["string","null"],"maxLength":255},"git_repo_url":{"description":"https URL of the repository without `.git` and without credentials (MLflow mlflow.source.git.repoURL; buildType workflow.repository). null when the repository has no remote.","type":["string","null"],"maxLength":2048,"pattern":"^(https?|file|ssh)://[^@/?#]*(/[^?#]*)?$"},"git_dirty":{"description":"True when tracked files differed from the commit when the run was stamped (MLflow mlflow.source.git.dirty).","type":"boolean"},"git_diff_sha256":{"description":"SHA-256 of `git diff HEAD --binary` (the run directory excluded) when git_dirty, else null.","oneOf":[{"$ref":"#/$defs/sha256"},{"type":"null"}]},"dataset":{"description":"Dataset name (MLflow Dataset name).","type":["string","null"],"maxLength":1000},"data_path":{"description":"Where the data came from: a path or URI (MLflow Dataset source).","type":["string","null"],"maxLength":4096},"data_digest":{"description":"Digest of the data, `<algorithm>:<hex>`. pipeguard writes `sha256:` over the file, or for a directory over its sha256sum manifest (sorted `<hex>  <path>` lines).","type":["string","null"],"pattern":"^[a-z0-9-]+:[0-9a-f]{32,128}$"},"artifact_dir":{"description":"Directory of the run\'s artifacts, relative to the run directory.","type":"string","minLength":1},"artifact_manifest":{"description":"The artifact checksum manifest, relative to the run directory.","type":"string","minLength":1},"artifact_manifest_sha256":{"description":"SHA-256 of the bytes of the artifact checksum manifest (checksum.sha256): binds every artifact file\'s digest.","$ref":"#/$defs/sha256"},"artifact_count":{"description":"Number of artifact files the manifest lists.","type":"integer","minimum":0},"policies":{"description":"Policy documents in force for the run, with their settings.","type":"array","maxItems":100,"items":{"type":"object","additionalProperties":false,"required":["file","sha256","settings"],"properties":{"file":{"description":"Path relative to the repository root.","type":"string","minLength":1},"sha256":{"$ref":"#/$defs/sha256"},"policy_id":{"type":"string","minLength":1},"schema_version":{"type":"string"},"settings":{"description":"The policy\'s settings (its keys other than policy_id, schema_version and $schema).","type":"object"}}}},"approvals":{"description":"Gate decisions recorded for this run in the audit log (eval gate exceptions, signers, reviewers).","type":"array","maxItems":1000,"items":{"type":"object","additionalProperties":false,"required":["check","stage","decision","time"],"properties":{"check":{"type":"string"},"stage":{"type":"string"},"decision":{"enum":["allowed","blocked","error"]},"time":{"type":"string","format":"date-time"},"actor":{"type":"string"},"reason":{"type":"string"},"exception_ids":{"type":"array","items":{"type":"string"}},"signers":{"type":"array","items":{"type":"string"}},"reviewers":{"type":"array","items":{"type":"string"}}}}},"exception_ids":{"description":"Ids of every exception that covered a gate decision of this run.","type":"array","items":{"type":"string","minLength":1},"uniqueItems":true},"audit":{"description":"The audit records the approvals were read from.","oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["log","records","sha256","run_ids"],"properties":{"log":{"type":"string","minLength":1},"records":{"type":"integer","minimum":0},"run_ids":{"description":"The audit run_ids matched: the run\'s id, PIPEGUARD_RUN_ID and the CI run\'s `gha-<run_id>-<attempt>`.","type":"array","items":{"type":"string","minLength":1}},"sha256":{"description":"SHA-256 of this run\'s audit lines, each followed by LF, in log order.","$ref":"#/$defs/sha256"}}}]},"ci":{"description":"CI facts, in the vocabulary of GitHub\'s SLSA buildType and Fulcio\'s OIDs. null outside CI (then builder.kind is local).","oneOf":[{"type":"null"},{"$ref":"#/$defs/githubActions"}]},"builder":{"type":"object","additionalProperties":false,"required":["id","kind"],"properties":{"id":{"description":"SLSA builder.id: the workflow URL in GitHub Actions, `https://pipeguard.dev/builders/local/v1` outside CI.","type":"string","minLength":1},"kind":{"enum":["github-actions","local"]},"platform":{"description":"os-arch of the machine (local runs).","type":"string"},"node":{"description":"Node.js version that ran pipeguard.","type":"string"}}},"started_on":{"description":"When the run started (RFC 3339; SLSA runDetails.metadata.startedOn).","type":"string","format":"date-time"},"finished_on":{"description":"When the run finished (RFC 3339; SLSA runDetails.metadata.finishedOn).","type":"string","format":"date-time"},"stamped_on":{"description":"When pipeguard stamped this file.","type":"string","format":"date-time"},"pipeguard_version":{"type":"string","minLength":1},"provenance_statement":{"description":"The in-toto statement written beside this file, relative to the run directory.","type":"string","minLength":1},"previous_statement_sha256":{"description":"SHA-256 of the statement file this stamp replaced (null on a run\'s first stamp). A meta.json the statement does not bind, but that names that statement here, comes from a stamp interrupted before its statement was written (verify: stamp-torn), not from an edit.","oneOf":[{"$ref":"#/$defs/sha256"},{"type":"null"}]}},"$defs":{"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"},"gitObjectId":{"type":"string","pattern":"^[0-9a-f]{40}([0-9a-f]{24})?$"},"githubActions":{"type":"object","additionalProperties":false,"required":["provider","server_url","repository","event_name","run_id","run_attempt","invocation_url"],"properties":{"provider":{"const":"github-actions"},"server_url":{"type":"string","format":"uri"},"repository":{"type":"string","pattern":"^[^/\\\\s]+/[^/\\\\s]+$"},"repository_id":{"type":"string"},"repository_owner_id":{"type":"string"},"workflow_ref":{"description":"owner/repo/path@ref of the workflow (GITHUB_WORKFLOW_REF).","type":"string"},"workflow_sha":{"oneOf":[{"$ref":"#/$defs/gitObjectId"},{"type":"null"}]},"event_name":{"type":"string","minLength":1},"ref":{"type":"string"},"sha":{"description":"GITHUB_SHA: the commit the workflow ran on (on pull_request the merge commit, which is why git_commit holds the PR head).","oneOf":[{"$ref":"#/$defs/gitObjectId"},{"type":"null"}]},"actor":{"type":"string"},"actor_id":{"type":"string"},"triggering_actor":{"type":"string"},"run_id":{"type":"string","minLength":1},"run_attempt":{"type":"string","minLength":1},"run_number":{"type":"string"},"runner_environment":{"type":"string"},"runner_os":{"type":"string"},"runner_arch":{"type":"string"},"invocation_url":{"description":"${server_url}/${repository}/actions/runs/${run_id}/attempts/${run_attempt} (SLSA invocationId).","type":"string","format":"uri"},"pull_request":{"type":"object","additionalProperties":false,"required":["number","head_sha","base_sha"],"properties":{"number":{"type":"integer","minimum":1},"head_sha":{"$ref":"#/$defs/gitObjectId"},"head_ref":{"type":"string"},"base_sha":{"$ref":"#/$defs/gitObjectId"},"base_ref":{"type":"string"},"author":{"type":"string"}}}}}}}');
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

/***/ 1312:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  T3: () => (/* binding */ SchemaCompilerNotLoaded),
  $Q: () => (/* binding */ knownSchemaIds),
  TQ: () => (/* binding */ loadSchemaCompiler),
  yU: () => (/* binding */ locateErrors),
  zK: () => (/* binding */ registerSchema),
  nT: () => (/* binding */ resolveSchemaId),
  GE: () => (/* binding */ schemaInputError),
  PI: () => (/* binding */ shortNameOf),
  qA: () => (/* binding */ validatorFor)
});

// UNUSED EXPORTS: displayPath, schemaCompilerLoaded

// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/formats.js
var formats = __webpack_require__(779);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/equal.js
var equal = __webpack_require__(4951);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __webpack_require__(6214);
// EXTERNAL MODULE: ./src/util/errors.ts
var util_errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/util/interop.ts
var interop = __webpack_require__(205);
// EXTERNAL MODULE: ./src/schema/catalog.ts + 7 modules
var catalog = __webpack_require__(3634);
;// CONCATENATED MODULE: ./src/schema/precompiled.ts
/* eslint-disable */
// Generated by scripts/compile-schemas.mjs from schemas/*.schema.json: do not edit.
// @ts-nocheck
const PRECOMPILED_EXPORTS = {
    "https://pipeguard.dev/schemas/audit-record.v1.schema.json": "v0",
    "https://pipeguard.dev/schemas/automation-policy.v1.schema.json": "v1",
    "https://pipeguard.dev/schemas/eval-exception.v1.schema.json": "v2",
    "https://pipeguard.dev/schemas/eval-policy.v1.schema.json": "v3",
    "https://pipeguard.dev/schemas/model-request-envelope.v1.schema.json": "v4",
    "https://pipeguard.dev/schemas/pipeguard-config.v1.schema.json": "v5",
    "https://pipeguard.dev/schemas/run-meta.v1.schema.json": "v6"
};
/** The validators; `require` resolves the few ajv runtime helpers they call. */
function precompiledValidators(require) {
    const exports = {};
    exports.v0 = validate0;
    const schema0 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://pipeguard.dev/schemas/audit-record.v1.schema.json", "title": "pipeguard audit record, version 1 (one JSONL line)", "description": "Who decided what, when, on which inputs and why. Inputs appear only as digests, never as values.", "type": "object", "additionalProperties": false, "required": ["schema_version", "time", "run_id", "stage", "actor", "check", "decision", "reason", "risk_level", "inputs"], "properties": { "schema_version": { "const": "1" }, "time": { "type": "string", "format": "date-time" }, "run_id": { "type": "string", "minLength": 1, "maxLength": 200 }, "stage": { "type": "string", "minLength": 1, "maxLength": 100 }, "actor": { "type": "string", "minLength": 1, "maxLength": 200 }, "check": { "type": "string", "minLength": 1, "maxLength": 100 }, "decision": { "description": "allowed: the check passed; blocked: it failed or blocked promotion; error: bad input, nothing decided (fail closed).", "enum": ["allowed", "blocked", "error"] }, "reason": { "type": "string", "maxLength": 2000 }, "risk_level": { "enum": ["low", "medium", "high", "critical"] }, "tool_version": { "type": "string" }, "findings": { "description": "Fingerprints of the failing findings.", "type": "array", "maxItems": 10000, "items": { "type": "string", "pattern": "^[0-9a-f]{8,64}$" } }, "inputs": { "type": "array", "maxItems": 10000, "items": { "type": "object", "additionalProperties": false, "required": ["name", "sha256"], "properties": { "name": { "type": "string", "minLength": 1, "maxLength": 1000 }, "sha256": { "type": "string", "pattern": "^[0-9a-f]{64}$" } } } }, "details": { "description": "Check-specific facts needed to re-derive the decision (thresholds, observed values, exception id, signers).", "type": "object" } } };
    const func0 = Object.prototype.hasOwnProperty;
    const func1 = require("ajv/dist/runtime/ucs2length").default;
    const formats0 = require("ajv-formats/dist/formats").fullFormats["date-time"];
    const pattern0 = new RegExp("^[0-9a-f]{8,64}$", "u");
    const pattern1 = new RegExp("^[0-9a-f]{64}$", "u");
    function validate0(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { /*# sourceURL="https://pipeguard.dev/schemas/audit-record.v1.schema.json" */ ; let vErrors = null; let errors = 0; const evaluated0 = validate0.evaluated; if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    } if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    } if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.schema_version === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schema_version" }, message: "must have required property '" + "schema_version" + "'", schema: schema0.required, parentSchema: schema0, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.time === undefined) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "time" }, message: "must have required property '" + "time" + "'", schema: schema0.required, parentSchema: schema0, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (data.run_id === undefined) {
            const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "run_id" }, message: "must have required property '" + "run_id" + "'", schema: schema0.required, parentSchema: schema0, data };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
        if (data.stage === undefined) {
            const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "stage" }, message: "must have required property '" + "stage" + "'", schema: schema0.required, parentSchema: schema0, data };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
        if (data.actor === undefined) {
            const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "actor" }, message: "must have required property '" + "actor" + "'", schema: schema0.required, parentSchema: schema0, data };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
        if (data.check === undefined) {
            const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "check" }, message: "must have required property '" + "check" + "'", schema: schema0.required, parentSchema: schema0, data };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
        if (data.decision === undefined) {
            const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "decision" }, message: "must have required property '" + "decision" + "'", schema: schema0.required, parentSchema: schema0, data };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
        if (data.reason === undefined) {
            const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property '" + "reason" + "'", schema: schema0.required, parentSchema: schema0, data };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
        if (data.risk_level === undefined) {
            const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "risk_level" }, message: "must have required property '" + "risk_level" + "'", schema: schema0.required, parentSchema: schema0, data };
            if (vErrors === null) {
                vErrors = [err8];
            }
            else {
                vErrors.push(err8);
            }
            errors++;
        }
        if (data.inputs === undefined) {
            const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "inputs" }, message: "must have required property '" + "inputs" + "'", schema: schema0.required, parentSchema: schema0, data };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!(func0.call(schema0.properties, key0))) {
                const err10 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0, data };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
        }
        if (data.schema_version !== undefined) {
            let data0 = data.schema_version;
            if ("1" !== data0) {
                const err11 = { instancePath: instancePath + "/schema_version", schemaPath: "#/properties/schema_version/const", keyword: "const", params: { allowedValue: "1" }, message: "must be equal to constant", schema: "1", parentSchema: schema0.properties.schema_version, data: data0 };
                if (vErrors === null) {
                    vErrors = [err11];
                }
                else {
                    vErrors.push(err11);
                }
                errors++;
            }
        }
        if (data.time !== undefined) {
            let data1 = data.time;
            if (typeof data1 === "string") {
                if (!(formats0.validate(data1))) {
                    const err12 = { instancePath: instancePath + "/time", schemaPath: "#/properties/time/format", keyword: "format", params: { format: "date-time" }, message: "must match format \"" + "date-time" + "\"", schema: "date-time", parentSchema: schema0.properties.time, data: data1 };
                    if (vErrors === null) {
                        vErrors = [err12];
                    }
                    else {
                        vErrors.push(err12);
                    }
                    errors++;
                }
            }
            else {
                const err13 = { instancePath: instancePath + "/time", schemaPath: "#/properties/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.time.type, parentSchema: schema0.properties.time, data: data1 };
                if (vErrors === null) {
                    vErrors = [err13];
                }
                else {
                    vErrors.push(err13);
                }
                errors++;
            }
        }
        if (data.run_id !== undefined) {
            let data2 = data.run_id;
            if (typeof data2 === "string") {
                if (func1(data2) > 200) {
                    const err14 = { instancePath: instancePath + "/run_id", schemaPath: "#/properties/run_id/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema0.properties.run_id, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err14];
                    }
                    else {
                        vErrors.push(err14);
                    }
                    errors++;
                }
                if (func1(data2) < 1) {
                    const err15 = { instancePath: instancePath + "/run_id", schemaPath: "#/properties/run_id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema0.properties.run_id, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err15];
                    }
                    else {
                        vErrors.push(err15);
                    }
                    errors++;
                }
            }
            else {
                const err16 = { instancePath: instancePath + "/run_id", schemaPath: "#/properties/run_id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.run_id.type, parentSchema: schema0.properties.run_id, data: data2 };
                if (vErrors === null) {
                    vErrors = [err16];
                }
                else {
                    vErrors.push(err16);
                }
                errors++;
            }
        }
        if (data.stage !== undefined) {
            let data3 = data.stage;
            if (typeof data3 === "string") {
                if (func1(data3) > 100) {
                    const err17 = { instancePath: instancePath + "/stage", schemaPath: "#/properties/stage/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema0.properties.stage, data: data3 };
                    if (vErrors === null) {
                        vErrors = [err17];
                    }
                    else {
                        vErrors.push(err17);
                    }
                    errors++;
                }
                if (func1(data3) < 1) {
                    const err18 = { instancePath: instancePath + "/stage", schemaPath: "#/properties/stage/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema0.properties.stage, data: data3 };
                    if (vErrors === null) {
                        vErrors = [err18];
                    }
                    else {
                        vErrors.push(err18);
                    }
                    errors++;
                }
            }
            else {
                const err19 = { instancePath: instancePath + "/stage", schemaPath: "#/properties/stage/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.stage.type, parentSchema: schema0.properties.stage, data: data3 };
                if (vErrors === null) {
                    vErrors = [err19];
                }
                else {
                    vErrors.push(err19);
                }
                errors++;
            }
        }
        if (data.actor !== undefined) {
            let data4 = data.actor;
            if (typeof data4 === "string") {
                if (func1(data4) > 200) {
                    const err20 = { instancePath: instancePath + "/actor", schemaPath: "#/properties/actor/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema0.properties.actor, data: data4 };
                    if (vErrors === null) {
                        vErrors = [err20];
                    }
                    else {
                        vErrors.push(err20);
                    }
                    errors++;
                }
                if (func1(data4) < 1) {
                    const err21 = { instancePath: instancePath + "/actor", schemaPath: "#/properties/actor/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema0.properties.actor, data: data4 };
                    if (vErrors === null) {
                        vErrors = [err21];
                    }
                    else {
                        vErrors.push(err21);
                    }
                    errors++;
                }
            }
            else {
                const err22 = { instancePath: instancePath + "/actor", schemaPath: "#/properties/actor/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.actor.type, parentSchema: schema0.properties.actor, data: data4 };
                if (vErrors === null) {
                    vErrors = [err22];
                }
                else {
                    vErrors.push(err22);
                }
                errors++;
            }
        }
        if (data.check !== undefined) {
            let data5 = data.check;
            if (typeof data5 === "string") {
                if (func1(data5) > 100) {
                    const err23 = { instancePath: instancePath + "/check", schemaPath: "#/properties/check/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema0.properties.check, data: data5 };
                    if (vErrors === null) {
                        vErrors = [err23];
                    }
                    else {
                        vErrors.push(err23);
                    }
                    errors++;
                }
                if (func1(data5) < 1) {
                    const err24 = { instancePath: instancePath + "/check", schemaPath: "#/properties/check/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema0.properties.check, data: data5 };
                    if (vErrors === null) {
                        vErrors = [err24];
                    }
                    else {
                        vErrors.push(err24);
                    }
                    errors++;
                }
            }
            else {
                const err25 = { instancePath: instancePath + "/check", schemaPath: "#/properties/check/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.check.type, parentSchema: schema0.properties.check, data: data5 };
                if (vErrors === null) {
                    vErrors = [err25];
                }
                else {
                    vErrors.push(err25);
                }
                errors++;
            }
        }
        if (data.decision !== undefined) {
            let data6 = data.decision;
            if (!(((data6 === "allowed") || (data6 === "blocked")) || (data6 === "error"))) {
                const err26 = { instancePath: instancePath + "/decision", schemaPath: "#/properties/decision/enum", keyword: "enum", params: { allowedValues: schema0.properties.decision.enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.decision.enum, parentSchema: schema0.properties.decision, data: data6 };
                if (vErrors === null) {
                    vErrors = [err26];
                }
                else {
                    vErrors.push(err26);
                }
                errors++;
            }
        }
        if (data.reason !== undefined) {
            let data7 = data.reason;
            if (typeof data7 === "string") {
                if (func1(data7) > 2000) {
                    const err27 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/maxLength", keyword: "maxLength", params: { limit: 2000 }, message: "must NOT have more than 2000 characters", schema: 2000, parentSchema: schema0.properties.reason, data: data7 };
                    if (vErrors === null) {
                        vErrors = [err27];
                    }
                    else {
                        vErrors.push(err27);
                    }
                    errors++;
                }
            }
            else {
                const err28 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.reason.type, parentSchema: schema0.properties.reason, data: data7 };
                if (vErrors === null) {
                    vErrors = [err28];
                }
                else {
                    vErrors.push(err28);
                }
                errors++;
            }
        }
        if (data.risk_level !== undefined) {
            let data8 = data.risk_level;
            if (!((((data8 === "low") || (data8 === "medium")) || (data8 === "high")) || (data8 === "critical"))) {
                const err29 = { instancePath: instancePath + "/risk_level", schemaPath: "#/properties/risk_level/enum", keyword: "enum", params: { allowedValues: schema0.properties.risk_level.enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.risk_level.enum, parentSchema: schema0.properties.risk_level, data: data8 };
                if (vErrors === null) {
                    vErrors = [err29];
                }
                else {
                    vErrors.push(err29);
                }
                errors++;
            }
        }
        if (data.tool_version !== undefined) {
            let data9 = data.tool_version;
            if (typeof data9 !== "string") {
                const err30 = { instancePath: instancePath + "/tool_version", schemaPath: "#/properties/tool_version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.tool_version.type, parentSchema: schema0.properties.tool_version, data: data9 };
                if (vErrors === null) {
                    vErrors = [err30];
                }
                else {
                    vErrors.push(err30);
                }
                errors++;
            }
        }
        if (data.findings !== undefined) {
            let data10 = data.findings;
            if (Array.isArray(data10)) {
                if (data10.length > 10000) {
                    const err31 = { instancePath: instancePath + "/findings", schemaPath: "#/properties/findings/maxItems", keyword: "maxItems", params: { limit: 10000 }, message: "must NOT have more than 10000 items", schema: 10000, parentSchema: schema0.properties.findings, data: data10 };
                    if (vErrors === null) {
                        vErrors = [err31];
                    }
                    else {
                        vErrors.push(err31);
                    }
                    errors++;
                }
                const len0 = data10.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    let data11 = data10[i0];
                    if (typeof data11 === "string") {
                        if (!pattern0.test(data11)) {
                            const err32 = { instancePath: instancePath + "/findings/" + i0, schemaPath: "#/properties/findings/items/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{8,64}$" }, message: "must match pattern \"" + "^[0-9a-f]{8,64}$" + "\"", schema: "^[0-9a-f]{8,64}$", parentSchema: schema0.properties.findings.items, data: data11 };
                            if (vErrors === null) {
                                vErrors = [err32];
                            }
                            else {
                                vErrors.push(err32);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err33 = { instancePath: instancePath + "/findings/" + i0, schemaPath: "#/properties/findings/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.findings.items.type, parentSchema: schema0.properties.findings.items, data: data11 };
                        if (vErrors === null) {
                            vErrors = [err33];
                        }
                        else {
                            vErrors.push(err33);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err34 = { instancePath: instancePath + "/findings", schemaPath: "#/properties/findings/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.findings.type, parentSchema: schema0.properties.findings, data: data10 };
                if (vErrors === null) {
                    vErrors = [err34];
                }
                else {
                    vErrors.push(err34);
                }
                errors++;
            }
        }
        if (data.inputs !== undefined) {
            let data12 = data.inputs;
            if (Array.isArray(data12)) {
                if (data12.length > 10000) {
                    const err35 = { instancePath: instancePath + "/inputs", schemaPath: "#/properties/inputs/maxItems", keyword: "maxItems", params: { limit: 10000 }, message: "must NOT have more than 10000 items", schema: 10000, parentSchema: schema0.properties.inputs, data: data12 };
                    if (vErrors === null) {
                        vErrors = [err35];
                    }
                    else {
                        vErrors.push(err35);
                    }
                    errors++;
                }
                const len1 = data12.length;
                for (let i1 = 0; i1 < len1; i1++) {
                    let data13 = data12[i1];
                    if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                        if (data13.name === undefined) {
                            const err36 = { instancePath: instancePath + "/inputs/" + i1, schemaPath: "#/properties/inputs/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema0.properties.inputs.items.required, parentSchema: schema0.properties.inputs.items, data: data13 };
                            if (vErrors === null) {
                                vErrors = [err36];
                            }
                            else {
                                vErrors.push(err36);
                            }
                            errors++;
                        }
                        if (data13.sha256 === undefined) {
                            const err37 = { instancePath: instancePath + "/inputs/" + i1, schemaPath: "#/properties/inputs/items/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property '" + "sha256" + "'", schema: schema0.properties.inputs.items.required, parentSchema: schema0.properties.inputs.items, data: data13 };
                            if (vErrors === null) {
                                vErrors = [err37];
                            }
                            else {
                                vErrors.push(err37);
                            }
                            errors++;
                        }
                        for (const key1 in data13) {
                            if (!((key1 === "name") || (key1 === "sha256"))) {
                                const err38 = { instancePath: instancePath + "/inputs/" + i1, schemaPath: "#/properties/inputs/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.properties.inputs.items, data: data13 };
                                if (vErrors === null) {
                                    vErrors = [err38];
                                }
                                else {
                                    vErrors.push(err38);
                                }
                                errors++;
                            }
                        }
                        if (data13.name !== undefined) {
                            let data14 = data13.name;
                            if (typeof data14 === "string") {
                                if (func1(data14) > 1000) {
                                    const err39 = { instancePath: instancePath + "/inputs/" + i1 + "/name", schemaPath: "#/properties/inputs/items/properties/name/maxLength", keyword: "maxLength", params: { limit: 1000 }, message: "must NOT have more than 1000 characters", schema: 1000, parentSchema: schema0.properties.inputs.items.properties.name, data: data14 };
                                    if (vErrors === null) {
                                        vErrors = [err39];
                                    }
                                    else {
                                        vErrors.push(err39);
                                    }
                                    errors++;
                                }
                                if (func1(data14) < 1) {
                                    const err40 = { instancePath: instancePath + "/inputs/" + i1 + "/name", schemaPath: "#/properties/inputs/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema0.properties.inputs.items.properties.name, data: data14 };
                                    if (vErrors === null) {
                                        vErrors = [err40];
                                    }
                                    else {
                                        vErrors.push(err40);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err41 = { instancePath: instancePath + "/inputs/" + i1 + "/name", schemaPath: "#/properties/inputs/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.inputs.items.properties.name.type, parentSchema: schema0.properties.inputs.items.properties.name, data: data14 };
                                if (vErrors === null) {
                                    vErrors = [err41];
                                }
                                else {
                                    vErrors.push(err41);
                                }
                                errors++;
                            }
                        }
                        if (data13.sha256 !== undefined) {
                            let data15 = data13.sha256;
                            if (typeof data15 === "string") {
                                if (!pattern1.test(data15)) {
                                    const err42 = { instancePath: instancePath + "/inputs/" + i1 + "/sha256", schemaPath: "#/properties/inputs/items/properties/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: "must match pattern \"" + "^[0-9a-f]{64}$" + "\"", schema: "^[0-9a-f]{64}$", parentSchema: schema0.properties.inputs.items.properties.sha256, data: data15 };
                                    if (vErrors === null) {
                                        vErrors = [err42];
                                    }
                                    else {
                                        vErrors.push(err42);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err43 = { instancePath: instancePath + "/inputs/" + i1 + "/sha256", schemaPath: "#/properties/inputs/items/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.inputs.items.properties.sha256.type, parentSchema: schema0.properties.inputs.items.properties.sha256, data: data15 };
                                if (vErrors === null) {
                                    vErrors = [err43];
                                }
                                else {
                                    vErrors.push(err43);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err44 = { instancePath: instancePath + "/inputs/" + i1, schemaPath: "#/properties/inputs/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.inputs.items.type, parentSchema: schema0.properties.inputs.items, data: data13 };
                        if (vErrors === null) {
                            vErrors = [err44];
                        }
                        else {
                            vErrors.push(err44);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err45 = { instancePath: instancePath + "/inputs", schemaPath: "#/properties/inputs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.inputs.type, parentSchema: schema0.properties.inputs, data: data12 };
                if (vErrors === null) {
                    vErrors = [err45];
                }
                else {
                    vErrors.push(err45);
                }
                errors++;
            }
        }
        if (data.details !== undefined) {
            let data16 = data.details;
            if (!(data16 && typeof data16 == "object" && !Array.isArray(data16))) {
                const err46 = { instancePath: instancePath + "/details", schemaPath: "#/properties/details/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.details.type, parentSchema: schema0.properties.details, data: data16 };
                if (vErrors === null) {
                    vErrors = [err46];
                }
                else {
                    vErrors.push(err46);
                }
                errors++;
            }
        }
    }
    else {
        const err47 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.type, parentSchema: schema0, data };
        if (vErrors === null) {
            vErrors = [err47];
        }
        else {
            vErrors.push(err47);
        }
        errors++;
    } validate0.errors = vErrors; return errors === 0; }
    validate0.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    exports.v1 = validate1;
    const schema1 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://pipeguard.dev/schemas/automation-policy.v1.schema.json", "title": "Automation policy, version 1 (SPEC-260)", "description": "How model-assisted automation may run: where (execution_mode), with which models, within which budget and time windows, and which stages need a human approval. cloud and hybrid modes must name the gateway all model egress goes through and the approval-gated stages.", "type": "object", "additionalProperties": false, "required": ["schema_version", "policy_id", "execution_mode", "requires_approval", "max_cost_usd", "max_runtime_minutes", "allowed_models", "run_windows"], "properties": { "$schema": { "description": "The schema this document declares (a pipeguard schema $id, its short name, or a path inside the repository). Never fetched.", "type": "string", "maxLength": 500 }, "schema_version": { "description": "Policy format version.", "const": "1" }, "policy_id": { "description": "Stable id envelopes refer to (envelope policy_id).", "$ref": "#/$defs/name" }, "description": { "description": "What the policy is for, for reviewers.", "type": "string", "maxLength": 2000 }, "execution_mode": { "description": "local: dry runs that only record metadata, no gateway needed. cloud / hybrid: model egress routes through the gateway and approval-gated stages apply.", "enum": ["local", "cloud", "hybrid"] }, "requires_approval": { "description": "When true, every request of an approval-gated stage needs approval evidence for its run (an approval audit record; see docs/validate.md).", "type": "boolean" }, "approval_gated_stages": { "description": "Stages that need approval when requires_approval is true; `*` means every stage. Absent: every stage (local mode only; cloud and hybrid must list them).", "type": "array", "maxItems": 100, "uniqueItems": true, "items": { "type": "string", "minLength": 1, "maxLength": 128, "pattern": "^(\\*|[A-Za-z0-9][A-Za-z0-9._-]*)$", "patternErrorMessage": "must be a stage name (letters, digits, `.`, `_` and `-`) or `*` for every stage" } }, "max_cost_usd": { "description": "Budget ceiling of one run in US dollars.", "type": "number", "minimum": 0, "maximum": 1000000000 }, "max_runtime_minutes": { "description": "Wall-clock ceiling of one run in minutes.", "type": "integer", "minimum": 0, "maximum": 527040 }, "allowed_models": { "description": "Models envelopes governed by this policy may request.", "type": "array", "minItems": 1, "maxItems": 200, "uniqueItems": true, "items": { "type": "string", "minLength": 1, "maxLength": 200, "pattern": "^[A-Za-z0-9][A-Za-z0-9._:/@+-]*$", "patternErrorMessage": "must be a model identifier (letters, digits and . _ : / @ + -), e.g. `gpt-5.2-codex`" } }, "run_windows": { "description": "When runs may start: `<days>:<HH:MM>-<HH:MM>[@<zone>]`, days being daily, weekday, weekend, or mon..sun in lists and ranges (e.g. `weekday:09:00-18:00`, `sat:10:00-14:00`, `mon-thu,sat:08:00-12:00@Europe/Berlin`, `daily:22:00-06:00`). Times are UTC unless a zone is given; an end before the start runs past midnight. Grammar: docs/validate.md#run-windows.", "type": "array", "minItems": 1, "maxItems": 50, "items": { "type": "string", "maxLength": 100, "pattern": "^(daily|weekday|weekend|(mon|tue|wed|thu|fri|sat|sun)(-(mon|tue|wed|thu|fri|sat|sun))?(,(mon|tue|wed|thu|fri|sat|sun)(-(mon|tue|wed|thu|fri|sat|sun))?)*):([01][0-9]|2[0-3]):[0-5][0-9]-(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)(@(UTC|[+-](0[0-9]|1[0-4]):[0-5][0-9]|[A-Za-z]+(/[A-Za-z0-9_+-]+)+))?$", "patternErrorMessage": "must be a run window `<days>:<HH:MM>-<HH:MM>[@<zone>]`, e.g. `weekday:09:00-18:00`, `sat:10:00-14:00` or `daily:22:00-06:00@Europe/Berlin` (days: daily, weekday, weekend, mon..sun)" } }, "default_redaction_profile": { "description": "Redaction profile envelopes of this policy are expected to use by default (tracks may differ); must be defined in validate.redaction-profiles.", "$ref": "#/$defs/name" }, "gateway": { "description": "The model gateway all model egress routes through (required in cloud and hybrid modes).", "type": "object", "additionalProperties": false, "required": ["id", "endpoint"], "properties": { "id": { "description": "Gateway id (checked against validate.gateways when configured).", "$ref": "#/$defs/name" }, "endpoint": { "description": "HTTPS endpoint of the gateway (never a model provider's API directly).", "type": "string", "format": "uri", "maxLength": 500, "pattern": "^https://", "patternErrorMessage": "must be an https:// URL" } } } }, "allOf": [{ "if": { "required": ["execution_mode"], "properties": { "execution_mode": { "enum": ["cloud", "hybrid"] } } }, "then": { "description": "required in cloud and hybrid execution modes", "properties": { "gateway": true, "approval_gated_stages": true }, "required": ["gateway", "approval_gated_stages"] } }, { "if": { "required": ["requires_approval", "approval_gated_stages"], "properties": { "requires_approval": { "const": true } } }, "then": { "properties": { "approval_gated_stages": { "description": "must list at least one stage when requires_approval is true", "type": "array", "minItems": 1 } } } }], "$defs": { "name": { "type": "string", "minLength": 1, "maxLength": 128, "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$", "patternErrorMessage": "must be an identifier: letters, digits, `.`, `_` and `-`, starting with a letter or digit" } } };
    const schema2 = { "type": "string", "minLength": 1, "maxLength": 128, "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$", "patternErrorMessage": "must be an identifier: letters, digits, `.`, `_` and `-`, starting with a letter or digit" };
    const pattern2 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]*$", "u");
    const pattern3 = new RegExp("^(\\*|[A-Za-z0-9][A-Za-z0-9._-]*)$", "u");
    const pattern4 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._:/@+-]*$", "u");
    const pattern5 = new RegExp("^(daily|weekday|weekend|(mon|tue|wed|thu|fri|sat|sun)(-(mon|tue|wed|thu|fri|sat|sun))?(,(mon|tue|wed|thu|fri|sat|sun)(-(mon|tue|wed|thu|fri|sat|sun))?)*):([01][0-9]|2[0-3]):[0-5][0-9]-(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)(@(UTC|[+-](0[0-9]|1[0-4]):[0-5][0-9]|[A-Za-z]+(/[A-Za-z0-9_+-]+)+))?$", "u");
    const pattern8 = new RegExp("^https://", "u");
    const formats2 = require("ajv-formats/dist/formats").fullFormats.uri;
    function validate1(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { /*# sourceURL="https://pipeguard.dev/schemas/automation-policy.v1.schema.json" */ ; let vErrors = null; let errors = 0; const evaluated0 = validate1.evaluated; if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    } if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    } const _errs2 = errors; let valid1 = true; const _errs3 = errors; if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if ((data.execution_mode === undefined) && (missing0 = "execution_mode")) {
            const err0 = {};
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        else {
            if (data.execution_mode !== undefined) {
                let data0 = data.execution_mode;
                if (!((data0 === "cloud") || (data0 === "hybrid"))) {
                    const err1 = {};
                    if (vErrors === null) {
                        vErrors = [err1];
                    }
                    else {
                        vErrors.push(err1);
                    }
                    errors++;
                }
            }
        }
    } var _valid0 = _errs3 === errors; errors = _errs2; if (vErrors !== null) {
        if (_errs2) {
            vErrors.length = _errs2;
        }
        else {
            vErrors = null;
        }
    } if (_valid0) {
        const _errs5 = errors;
        if (data && typeof data == "object" && !Array.isArray(data)) {
            if (data.gateway === undefined) {
                const err2 = { instancePath, schemaPath: "#/allOf/0/then/required", keyword: "required", params: { missingProperty: "gateway" }, message: "must have required property '" + "gateway" + "'", schema: schema1.allOf[0].then.required, parentSchema: schema1.allOf[0].then, data };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
            if (data.approval_gated_stages === undefined) {
                const err3 = { instancePath, schemaPath: "#/allOf/0/then/required", keyword: "required", params: { missingProperty: "approval_gated_stages" }, message: "must have required property '" + "approval_gated_stages" + "'", schema: schema1.allOf[0].then.required, parentSchema: schema1.allOf[0].then, data };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
        var _valid0 = _errs5 === errors;
        valid1 = _valid0;
        if (valid1) {
            var props0 = {};
            props0.gateway = true;
            props0.approval_gated_stages = true;
            props0.execution_mode = true;
        }
    } if (!valid1) {
        const err4 = { instancePath, schemaPath: "#/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema", schema: schema1.allOf[0].if, parentSchema: schema1.allOf[0], data };
        if (vErrors === null) {
            vErrors = [err4];
        }
        else {
            vErrors.push(err4);
        }
        errors++;
    } const _errs7 = errors; let valid3 = true; const _errs8 = errors; if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing1;
        if (((data.requires_approval === undefined) && (missing1 = "requires_approval")) || ((data.approval_gated_stages === undefined) && (missing1 = "approval_gated_stages"))) {
            const err5 = {};
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
        else {
            if (data.requires_approval !== undefined) {
                if (true !== data.requires_approval) {
                    const err6 = {};
                    if (vErrors === null) {
                        vErrors = [err6];
                    }
                    else {
                        vErrors.push(err6);
                    }
                    errors++;
                }
            }
        }
    } var _valid1 = _errs8 === errors; errors = _errs7; if (vErrors !== null) {
        if (_errs7) {
            vErrors.length = _errs7;
        }
        else {
            vErrors = null;
        }
    } if (_valid1) {
        const _errs10 = errors;
        if (data && typeof data == "object" && !Array.isArray(data)) {
            if (data.approval_gated_stages !== undefined) {
                let data2 = data.approval_gated_stages;
                if (Array.isArray(data2)) {
                    if (data2.length < 1) {
                        const err7 = { instancePath: instancePath + "/approval_gated_stages", schemaPath: "#/allOf/1/then/properties/approval_gated_stages/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema1.allOf[1].then.properties.approval_gated_stages, data: data2 };
                        if (vErrors === null) {
                            vErrors = [err7];
                        }
                        else {
                            vErrors.push(err7);
                        }
                        errors++;
                    }
                }
                else {
                    const err8 = { instancePath: instancePath + "/approval_gated_stages", schemaPath: "#/allOf/1/then/properties/approval_gated_stages/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema1.allOf[1].then.properties.approval_gated_stages.type, parentSchema: schema1.allOf[1].then.properties.approval_gated_stages, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err8];
                    }
                    else {
                        vErrors.push(err8);
                    }
                    errors++;
                }
            }
        }
        var _valid1 = _errs10 === errors;
        valid3 = _valid1;
        if (valid3) {
            var props1 = {};
            props1.approval_gated_stages = true;
            props1.requires_approval = true;
        }
    } if (!valid3) {
        const err9 = { instancePath, schemaPath: "#/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema", schema: schema1.allOf[1].if, parentSchema: schema1.allOf[1], data };
        if (vErrors === null) {
            vErrors = [err9];
        }
        else {
            vErrors.push(err9);
        }
        errors++;
    } if (props0 !== true && props1 !== undefined) {
        if (props1 === true) {
            props0 = true;
        }
        else {
            props0 = props0 || {};
            Object.assign(props0, props1);
        }
    } if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.schema_version === undefined) {
            const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schema_version" }, message: "must have required property '" + "schema_version" + "'", schema: schema1.required, parentSchema: schema1, data };
            if (vErrors === null) {
                vErrors = [err10];
            }
            else {
                vErrors.push(err10);
            }
            errors++;
        }
        if (data.policy_id === undefined) {
            const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "policy_id" }, message: "must have required property '" + "policy_id" + "'", schema: schema1.required, parentSchema: schema1, data };
            if (vErrors === null) {
                vErrors = [err11];
            }
            else {
                vErrors.push(err11);
            }
            errors++;
        }
        if (data.execution_mode === undefined) {
            const err12 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "execution_mode" }, message: "must have required property '" + "execution_mode" + "'", schema: schema1.required, parentSchema: schema1, data };
            if (vErrors === null) {
                vErrors = [err12];
            }
            else {
                vErrors.push(err12);
            }
            errors++;
        }
        if (data.requires_approval === undefined) {
            const err13 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "requires_approval" }, message: "must have required property '" + "requires_approval" + "'", schema: schema1.required, parentSchema: schema1, data };
            if (vErrors === null) {
                vErrors = [err13];
            }
            else {
                vErrors.push(err13);
            }
            errors++;
        }
        if (data.max_cost_usd === undefined) {
            const err14 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "max_cost_usd" }, message: "must have required property '" + "max_cost_usd" + "'", schema: schema1.required, parentSchema: schema1, data };
            if (vErrors === null) {
                vErrors = [err14];
            }
            else {
                vErrors.push(err14);
            }
            errors++;
        }
        if (data.max_runtime_minutes === undefined) {
            const err15 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "max_runtime_minutes" }, message: "must have required property '" + "max_runtime_minutes" + "'", schema: schema1.required, parentSchema: schema1, data };
            if (vErrors === null) {
                vErrors = [err15];
            }
            else {
                vErrors.push(err15);
            }
            errors++;
        }
        if (data.allowed_models === undefined) {
            const err16 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "allowed_models" }, message: "must have required property '" + "allowed_models" + "'", schema: schema1.required, parentSchema: schema1, data };
            if (vErrors === null) {
                vErrors = [err16];
            }
            else {
                vErrors.push(err16);
            }
            errors++;
        }
        if (data.run_windows === undefined) {
            const err17 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "run_windows" }, message: "must have required property '" + "run_windows" + "'", schema: schema1.required, parentSchema: schema1, data };
            if (vErrors === null) {
                vErrors = [err17];
            }
            else {
                vErrors.push(err17);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!(func0.call(schema1.properties, key0))) {
                const err18 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema1, data };
                if (vErrors === null) {
                    vErrors = [err18];
                }
                else {
                    vErrors.push(err18);
                }
                errors++;
            }
        }
        if (data.$schema !== undefined) {
            let data3 = data.$schema;
            if (typeof data3 === "string") {
                if (func1(data3) > 500) {
                    const err19 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters", schema: 500, parentSchema: schema1.properties.$schema, data: data3 };
                    if (vErrors === null) {
                        vErrors = [err19];
                    }
                    else {
                        vErrors.push(err19);
                    }
                    errors++;
                }
            }
            else {
                const err20 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema1.properties.$schema.type, parentSchema: schema1.properties.$schema, data: data3 };
                if (vErrors === null) {
                    vErrors = [err20];
                }
                else {
                    vErrors.push(err20);
                }
                errors++;
            }
        }
        if (data.schema_version !== undefined) {
            let data4 = data.schema_version;
            if ("1" !== data4) {
                const err21 = { instancePath: instancePath + "/schema_version", schemaPath: "#/properties/schema_version/const", keyword: "const", params: { allowedValue: "1" }, message: "must be equal to constant", schema: "1", parentSchema: schema1.properties.schema_version, data: data4 };
                if (vErrors === null) {
                    vErrors = [err21];
                }
                else {
                    vErrors.push(err21);
                }
                errors++;
            }
        }
        if (data.policy_id !== undefined) {
            let data5 = data.policy_id;
            if (typeof data5 === "string") {
                if (func1(data5) > 128) {
                    const err22 = { instancePath: instancePath + "/policy_id", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema2, data: data5 };
                    if (vErrors === null) {
                        vErrors = [err22];
                    }
                    else {
                        vErrors.push(err22);
                    }
                    errors++;
                }
                if (func1(data5) < 1) {
                    const err23 = { instancePath: instancePath + "/policy_id", schemaPath: "#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema2, data: data5 };
                    if (vErrors === null) {
                        vErrors = [err23];
                    }
                    else {
                        vErrors.push(err23);
                    }
                    errors++;
                }
                if (!pattern2.test(data5)) {
                    const err24 = { instancePath: instancePath + "/policy_id", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: "must match pattern \"" + "^[A-Za-z0-9][A-Za-z0-9._-]*$" + "\"", schema: "^[A-Za-z0-9][A-Za-z0-9._-]*$", parentSchema: schema2, data: data5 };
                    if (vErrors === null) {
                        vErrors = [err24];
                    }
                    else {
                        vErrors.push(err24);
                    }
                    errors++;
                }
            }
            else {
                const err25 = { instancePath: instancePath + "/policy_id", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema2.type, parentSchema: schema2, data: data5 };
                if (vErrors === null) {
                    vErrors = [err25];
                }
                else {
                    vErrors.push(err25);
                }
                errors++;
            }
        }
        if (data.description !== undefined) {
            let data6 = data.description;
            if (typeof data6 === "string") {
                if (func1(data6) > 2000) {
                    const err26 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/maxLength", keyword: "maxLength", params: { limit: 2000 }, message: "must NOT have more than 2000 characters", schema: 2000, parentSchema: schema1.properties.description, data: data6 };
                    if (vErrors === null) {
                        vErrors = [err26];
                    }
                    else {
                        vErrors.push(err26);
                    }
                    errors++;
                }
            }
            else {
                const err27 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema1.properties.description.type, parentSchema: schema1.properties.description, data: data6 };
                if (vErrors === null) {
                    vErrors = [err27];
                }
                else {
                    vErrors.push(err27);
                }
                errors++;
            }
        }
        if (data.execution_mode !== undefined) {
            let data7 = data.execution_mode;
            if (!(((data7 === "local") || (data7 === "cloud")) || (data7 === "hybrid"))) {
                const err28 = { instancePath: instancePath + "/execution_mode", schemaPath: "#/properties/execution_mode/enum", keyword: "enum", params: { allowedValues: schema1.properties.execution_mode.enum }, message: "must be equal to one of the allowed values", schema: schema1.properties.execution_mode.enum, parentSchema: schema1.properties.execution_mode, data: data7 };
                if (vErrors === null) {
                    vErrors = [err28];
                }
                else {
                    vErrors.push(err28);
                }
                errors++;
            }
        }
        if (data.requires_approval !== undefined) {
            let data8 = data.requires_approval;
            if (typeof data8 !== "boolean") {
                const err29 = { instancePath: instancePath + "/requires_approval", schemaPath: "#/properties/requires_approval/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema1.properties.requires_approval.type, parentSchema: schema1.properties.requires_approval, data: data8 };
                if (vErrors === null) {
                    vErrors = [err29];
                }
                else {
                    vErrors.push(err29);
                }
                errors++;
            }
        }
        if (data.approval_gated_stages !== undefined) {
            let data9 = data.approval_gated_stages;
            if (Array.isArray(data9)) {
                if (data9.length > 100) {
                    const err30 = { instancePath: instancePath + "/approval_gated_stages", schemaPath: "#/properties/approval_gated_stages/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema1.properties.approval_gated_stages, data: data9 };
                    if (vErrors === null) {
                        vErrors = [err30];
                    }
                    else {
                        vErrors.push(err30);
                    }
                    errors++;
                }
                const len0 = data9.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    let data10 = data9[i0];
                    if (typeof data10 === "string") {
                        if (func1(data10) > 128) {
                            const err31 = { instancePath: instancePath + "/approval_gated_stages/" + i0, schemaPath: "#/properties/approval_gated_stages/items/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema1.properties.approval_gated_stages.items, data: data10 };
                            if (vErrors === null) {
                                vErrors = [err31];
                            }
                            else {
                                vErrors.push(err31);
                            }
                            errors++;
                        }
                        if (func1(data10) < 1) {
                            const err32 = { instancePath: instancePath + "/approval_gated_stages/" + i0, schemaPath: "#/properties/approval_gated_stages/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema1.properties.approval_gated_stages.items, data: data10 };
                            if (vErrors === null) {
                                vErrors = [err32];
                            }
                            else {
                                vErrors.push(err32);
                            }
                            errors++;
                        }
                        if (!pattern3.test(data10)) {
                            const err33 = { instancePath: instancePath + "/approval_gated_stages/" + i0, schemaPath: "#/properties/approval_gated_stages/items/pattern", keyword: "pattern", params: { pattern: "^(\\*|[A-Za-z0-9][A-Za-z0-9._-]*)$" }, message: "must match pattern \"" + "^(\\*|[A-Za-z0-9][A-Za-z0-9._-]*)$" + "\"", schema: "^(\\*|[A-Za-z0-9][A-Za-z0-9._-]*)$", parentSchema: schema1.properties.approval_gated_stages.items, data: data10 };
                            if (vErrors === null) {
                                vErrors = [err33];
                            }
                            else {
                                vErrors.push(err33);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err34 = { instancePath: instancePath + "/approval_gated_stages/" + i0, schemaPath: "#/properties/approval_gated_stages/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema1.properties.approval_gated_stages.items.type, parentSchema: schema1.properties.approval_gated_stages.items, data: data10 };
                        if (vErrors === null) {
                            vErrors = [err34];
                        }
                        else {
                            vErrors.push(err34);
                        }
                        errors++;
                    }
                }
                let i1 = data9.length;
                let j0;
                if (i1 > 1) {
                    const indices0 = {};
                    for (; i1--;) {
                        let item0 = data9[i1];
                        if (typeof item0 !== "string") {
                            continue;
                        }
                        if (typeof indices0[item0] == "number") {
                            j0 = indices0[item0];
                            const err35 = { instancePath: instancePath + "/approval_gated_stages", schemaPath: "#/properties/approval_gated_stages/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema1.properties.approval_gated_stages, data: data9 };
                            if (vErrors === null) {
                                vErrors = [err35];
                            }
                            else {
                                vErrors.push(err35);
                            }
                            errors++;
                            break;
                        }
                        indices0[item0] = i1;
                    }
                }
            }
            else {
                const err36 = { instancePath: instancePath + "/approval_gated_stages", schemaPath: "#/properties/approval_gated_stages/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema1.properties.approval_gated_stages.type, parentSchema: schema1.properties.approval_gated_stages, data: data9 };
                if (vErrors === null) {
                    vErrors = [err36];
                }
                else {
                    vErrors.push(err36);
                }
                errors++;
            }
        }
        if (data.max_cost_usd !== undefined) {
            let data11 = data.max_cost_usd;
            if ((typeof data11 == "number") && (isFinite(data11))) {
                if (data11 > 1000000000 || isNaN(data11)) {
                    const err37 = { instancePath: instancePath + "/max_cost_usd", schemaPath: "#/properties/max_cost_usd/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1000000000 }, message: "must be <= 1000000000", schema: 1000000000, parentSchema: schema1.properties.max_cost_usd, data: data11 };
                    if (vErrors === null) {
                        vErrors = [err37];
                    }
                    else {
                        vErrors.push(err37);
                    }
                    errors++;
                }
                if (data11 < 0 || isNaN(data11)) {
                    const err38 = { instancePath: instancePath + "/max_cost_usd", schemaPath: "#/properties/max_cost_usd/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema1.properties.max_cost_usd, data: data11 };
                    if (vErrors === null) {
                        vErrors = [err38];
                    }
                    else {
                        vErrors.push(err38);
                    }
                    errors++;
                }
            }
            else {
                const err39 = { instancePath: instancePath + "/max_cost_usd", schemaPath: "#/properties/max_cost_usd/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema1.properties.max_cost_usd.type, parentSchema: schema1.properties.max_cost_usd, data: data11 };
                if (vErrors === null) {
                    vErrors = [err39];
                }
                else {
                    vErrors.push(err39);
                }
                errors++;
            }
        }
        if (data.max_runtime_minutes !== undefined) {
            let data12 = data.max_runtime_minutes;
            if (!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))) {
                const err40 = { instancePath: instancePath + "/max_runtime_minutes", schemaPath: "#/properties/max_runtime_minutes/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema1.properties.max_runtime_minutes.type, parentSchema: schema1.properties.max_runtime_minutes, data: data12 };
                if (vErrors === null) {
                    vErrors = [err40];
                }
                else {
                    vErrors.push(err40);
                }
                errors++;
            }
            if ((typeof data12 == "number") && (isFinite(data12))) {
                if (data12 > 527040 || isNaN(data12)) {
                    const err41 = { instancePath: instancePath + "/max_runtime_minutes", schemaPath: "#/properties/max_runtime_minutes/maximum", keyword: "maximum", params: { comparison: "<=", limit: 527040 }, message: "must be <= 527040", schema: 527040, parentSchema: schema1.properties.max_runtime_minutes, data: data12 };
                    if (vErrors === null) {
                        vErrors = [err41];
                    }
                    else {
                        vErrors.push(err41);
                    }
                    errors++;
                }
                if (data12 < 0 || isNaN(data12)) {
                    const err42 = { instancePath: instancePath + "/max_runtime_minutes", schemaPath: "#/properties/max_runtime_minutes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema1.properties.max_runtime_minutes, data: data12 };
                    if (vErrors === null) {
                        vErrors = [err42];
                    }
                    else {
                        vErrors.push(err42);
                    }
                    errors++;
                }
            }
        }
        if (data.allowed_models !== undefined) {
            let data13 = data.allowed_models;
            if (Array.isArray(data13)) {
                if (data13.length > 200) {
                    const err43 = { instancePath: instancePath + "/allowed_models", schemaPath: "#/properties/allowed_models/maxItems", keyword: "maxItems", params: { limit: 200 }, message: "must NOT have more than 200 items", schema: 200, parentSchema: schema1.properties.allowed_models, data: data13 };
                    if (vErrors === null) {
                        vErrors = [err43];
                    }
                    else {
                        vErrors.push(err43);
                    }
                    errors++;
                }
                if (data13.length < 1) {
                    const err44 = { instancePath: instancePath + "/allowed_models", schemaPath: "#/properties/allowed_models/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema1.properties.allowed_models, data: data13 };
                    if (vErrors === null) {
                        vErrors = [err44];
                    }
                    else {
                        vErrors.push(err44);
                    }
                    errors++;
                }
                const len1 = data13.length;
                for (let i2 = 0; i2 < len1; i2++) {
                    let data14 = data13[i2];
                    if (typeof data14 === "string") {
                        if (func1(data14) > 200) {
                            const err45 = { instancePath: instancePath + "/allowed_models/" + i2, schemaPath: "#/properties/allowed_models/items/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema1.properties.allowed_models.items, data: data14 };
                            if (vErrors === null) {
                                vErrors = [err45];
                            }
                            else {
                                vErrors.push(err45);
                            }
                            errors++;
                        }
                        if (func1(data14) < 1) {
                            const err46 = { instancePath: instancePath + "/allowed_models/" + i2, schemaPath: "#/properties/allowed_models/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema1.properties.allowed_models.items, data: data14 };
                            if (vErrors === null) {
                                vErrors = [err46];
                            }
                            else {
                                vErrors.push(err46);
                            }
                            errors++;
                        }
                        if (!pattern4.test(data14)) {
                            const err47 = { instancePath: instancePath + "/allowed_models/" + i2, schemaPath: "#/properties/allowed_models/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._:/@+-]*$" }, message: "must match pattern \"" + "^[A-Za-z0-9][A-Za-z0-9._:/@+-]*$" + "\"", schema: "^[A-Za-z0-9][A-Za-z0-9._:/@+-]*$", parentSchema: schema1.properties.allowed_models.items, data: data14 };
                            if (vErrors === null) {
                                vErrors = [err47];
                            }
                            else {
                                vErrors.push(err47);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err48 = { instancePath: instancePath + "/allowed_models/" + i2, schemaPath: "#/properties/allowed_models/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema1.properties.allowed_models.items.type, parentSchema: schema1.properties.allowed_models.items, data: data14 };
                        if (vErrors === null) {
                            vErrors = [err48];
                        }
                        else {
                            vErrors.push(err48);
                        }
                        errors++;
                    }
                }
                let i3 = data13.length;
                let j1;
                if (i3 > 1) {
                    const indices1 = {};
                    for (; i3--;) {
                        let item1 = data13[i3];
                        if (typeof item1 !== "string") {
                            continue;
                        }
                        if (typeof indices1[item1] == "number") {
                            j1 = indices1[item1];
                            const err49 = { instancePath: instancePath + "/allowed_models", schemaPath: "#/properties/allowed_models/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)", schema: true, parentSchema: schema1.properties.allowed_models, data: data13 };
                            if (vErrors === null) {
                                vErrors = [err49];
                            }
                            else {
                                vErrors.push(err49);
                            }
                            errors++;
                            break;
                        }
                        indices1[item1] = i3;
                    }
                }
            }
            else {
                const err50 = { instancePath: instancePath + "/allowed_models", schemaPath: "#/properties/allowed_models/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema1.properties.allowed_models.type, parentSchema: schema1.properties.allowed_models, data: data13 };
                if (vErrors === null) {
                    vErrors = [err50];
                }
                else {
                    vErrors.push(err50);
                }
                errors++;
            }
        }
        if (data.run_windows !== undefined) {
            let data15 = data.run_windows;
            if (Array.isArray(data15)) {
                if (data15.length > 50) {
                    const err51 = { instancePath: instancePath + "/run_windows", schemaPath: "#/properties/run_windows/maxItems", keyword: "maxItems", params: { limit: 50 }, message: "must NOT have more than 50 items", schema: 50, parentSchema: schema1.properties.run_windows, data: data15 };
                    if (vErrors === null) {
                        vErrors = [err51];
                    }
                    else {
                        vErrors.push(err51);
                    }
                    errors++;
                }
                if (data15.length < 1) {
                    const err52 = { instancePath: instancePath + "/run_windows", schemaPath: "#/properties/run_windows/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema1.properties.run_windows, data: data15 };
                    if (vErrors === null) {
                        vErrors = [err52];
                    }
                    else {
                        vErrors.push(err52);
                    }
                    errors++;
                }
                const len2 = data15.length;
                for (let i4 = 0; i4 < len2; i4++) {
                    let data16 = data15[i4];
                    if (typeof data16 === "string") {
                        if (func1(data16) > 100) {
                            const err53 = { instancePath: instancePath + "/run_windows/" + i4, schemaPath: "#/properties/run_windows/items/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema1.properties.run_windows.items, data: data16 };
                            if (vErrors === null) {
                                vErrors = [err53];
                            }
                            else {
                                vErrors.push(err53);
                            }
                            errors++;
                        }
                        if (!pattern5.test(data16)) {
                            const err54 = { instancePath: instancePath + "/run_windows/" + i4, schemaPath: "#/properties/run_windows/items/pattern", keyword: "pattern", params: { pattern: "^(daily|weekday|weekend|(mon|tue|wed|thu|fri|sat|sun)(-(mon|tue|wed|thu|fri|sat|sun))?(,(mon|tue|wed|thu|fri|sat|sun)(-(mon|tue|wed|thu|fri|sat|sun))?)*):([01][0-9]|2[0-3]):[0-5][0-9]-(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)(@(UTC|[+-](0[0-9]|1[0-4]):[0-5][0-9]|[A-Za-z]+(/[A-Za-z0-9_+-]+)+))?$" }, message: "must match pattern \"" + "^(daily|weekday|weekend|(mon|tue|wed|thu|fri|sat|sun)(-(mon|tue|wed|thu|fri|sat|sun))?(,(mon|tue|wed|thu|fri|sat|sun)(-(mon|tue|wed|thu|fri|sat|sun))?)*):([01][0-9]|2[0-3]):[0-5][0-9]-(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)(@(UTC|[+-](0[0-9]|1[0-4]):[0-5][0-9]|[A-Za-z]+(/[A-Za-z0-9_+-]+)+))?$" + "\"", schema: "^(daily|weekday|weekend|(mon|tue|wed|thu|fri|sat|sun)(-(mon|tue|wed|thu|fri|sat|sun))?(,(mon|tue|wed|thu|fri|sat|sun)(-(mon|tue|wed|thu|fri|sat|sun))?)*):([01][0-9]|2[0-3]):[0-5][0-9]-(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)(@(UTC|[+-](0[0-9]|1[0-4]):[0-5][0-9]|[A-Za-z]+(/[A-Za-z0-9_+-]+)+))?$", parentSchema: schema1.properties.run_windows.items, data: data16 };
                            if (vErrors === null) {
                                vErrors = [err54];
                            }
                            else {
                                vErrors.push(err54);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err55 = { instancePath: instancePath + "/run_windows/" + i4, schemaPath: "#/properties/run_windows/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema1.properties.run_windows.items.type, parentSchema: schema1.properties.run_windows.items, data: data16 };
                        if (vErrors === null) {
                            vErrors = [err55];
                        }
                        else {
                            vErrors.push(err55);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err56 = { instancePath: instancePath + "/run_windows", schemaPath: "#/properties/run_windows/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema1.properties.run_windows.type, parentSchema: schema1.properties.run_windows, data: data15 };
                if (vErrors === null) {
                    vErrors = [err56];
                }
                else {
                    vErrors.push(err56);
                }
                errors++;
            }
        }
        if (data.default_redaction_profile !== undefined) {
            let data17 = data.default_redaction_profile;
            if (typeof data17 === "string") {
                if (func1(data17) > 128) {
                    const err57 = { instancePath: instancePath + "/default_redaction_profile", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema2, data: data17 };
                    if (vErrors === null) {
                        vErrors = [err57];
                    }
                    else {
                        vErrors.push(err57);
                    }
                    errors++;
                }
                if (func1(data17) < 1) {
                    const err58 = { instancePath: instancePath + "/default_redaction_profile", schemaPath: "#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema2, data: data17 };
                    if (vErrors === null) {
                        vErrors = [err58];
                    }
                    else {
                        vErrors.push(err58);
                    }
                    errors++;
                }
                if (!pattern2.test(data17)) {
                    const err59 = { instancePath: instancePath + "/default_redaction_profile", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: "must match pattern \"" + "^[A-Za-z0-9][A-Za-z0-9._-]*$" + "\"", schema: "^[A-Za-z0-9][A-Za-z0-9._-]*$", parentSchema: schema2, data: data17 };
                    if (vErrors === null) {
                        vErrors = [err59];
                    }
                    else {
                        vErrors.push(err59);
                    }
                    errors++;
                }
            }
            else {
                const err60 = { instancePath: instancePath + "/default_redaction_profile", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema2.type, parentSchema: schema2, data: data17 };
                if (vErrors === null) {
                    vErrors = [err60];
                }
                else {
                    vErrors.push(err60);
                }
                errors++;
            }
        }
        if (data.gateway !== undefined) {
            let data18 = data.gateway;
            if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
                if (data18.id === undefined) {
                    const err61 = { instancePath: instancePath + "/gateway", schemaPath: "#/properties/gateway/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property '" + "id" + "'", schema: schema1.properties.gateway.required, parentSchema: schema1.properties.gateway, data: data18 };
                    if (vErrors === null) {
                        vErrors = [err61];
                    }
                    else {
                        vErrors.push(err61);
                    }
                    errors++;
                }
                if (data18.endpoint === undefined) {
                    const err62 = { instancePath: instancePath + "/gateway", schemaPath: "#/properties/gateway/required", keyword: "required", params: { missingProperty: "endpoint" }, message: "must have required property '" + "endpoint" + "'", schema: schema1.properties.gateway.required, parentSchema: schema1.properties.gateway, data: data18 };
                    if (vErrors === null) {
                        vErrors = [err62];
                    }
                    else {
                        vErrors.push(err62);
                    }
                    errors++;
                }
                for (const key1 in data18) {
                    if (!((key1 === "id") || (key1 === "endpoint"))) {
                        const err63 = { instancePath: instancePath + "/gateway", schemaPath: "#/properties/gateway/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema1.properties.gateway, data: data18 };
                        if (vErrors === null) {
                            vErrors = [err63];
                        }
                        else {
                            vErrors.push(err63);
                        }
                        errors++;
                    }
                }
                if (data18.id !== undefined) {
                    let data19 = data18.id;
                    if (typeof data19 === "string") {
                        if (func1(data19) > 128) {
                            const err64 = { instancePath: instancePath + "/gateway/id", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema2, data: data19 };
                            if (vErrors === null) {
                                vErrors = [err64];
                            }
                            else {
                                vErrors.push(err64);
                            }
                            errors++;
                        }
                        if (func1(data19) < 1) {
                            const err65 = { instancePath: instancePath + "/gateway/id", schemaPath: "#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema2, data: data19 };
                            if (vErrors === null) {
                                vErrors = [err65];
                            }
                            else {
                                vErrors.push(err65);
                            }
                            errors++;
                        }
                        if (!pattern2.test(data19)) {
                            const err66 = { instancePath: instancePath + "/gateway/id", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: "must match pattern \"" + "^[A-Za-z0-9][A-Za-z0-9._-]*$" + "\"", schema: "^[A-Za-z0-9][A-Za-z0-9._-]*$", parentSchema: schema2, data: data19 };
                            if (vErrors === null) {
                                vErrors = [err66];
                            }
                            else {
                                vErrors.push(err66);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err67 = { instancePath: instancePath + "/gateway/id", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema2.type, parentSchema: schema2, data: data19 };
                        if (vErrors === null) {
                            vErrors = [err67];
                        }
                        else {
                            vErrors.push(err67);
                        }
                        errors++;
                    }
                }
                if (data18.endpoint !== undefined) {
                    let data20 = data18.endpoint;
                    if (typeof data20 === "string") {
                        if (func1(data20) > 500) {
                            const err68 = { instancePath: instancePath + "/gateway/endpoint", schemaPath: "#/properties/gateway/properties/endpoint/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters", schema: 500, parentSchema: schema1.properties.gateway.properties.endpoint, data: data20 };
                            if (vErrors === null) {
                                vErrors = [err68];
                            }
                            else {
                                vErrors.push(err68);
                            }
                            errors++;
                        }
                        if (!pattern8.test(data20)) {
                            const err69 = { instancePath: instancePath + "/gateway/endpoint", schemaPath: "#/properties/gateway/properties/endpoint/pattern", keyword: "pattern", params: { pattern: "^https://" }, message: "must match pattern \"" + "^https://" + "\"", schema: "^https://", parentSchema: schema1.properties.gateway.properties.endpoint, data: data20 };
                            if (vErrors === null) {
                                vErrors = [err69];
                            }
                            else {
                                vErrors.push(err69);
                            }
                            errors++;
                        }
                        if (!(formats2(data20))) {
                            const err70 = { instancePath: instancePath + "/gateway/endpoint", schemaPath: "#/properties/gateway/properties/endpoint/format", keyword: "format", params: { format: "uri" }, message: "must match format \"" + "uri" + "\"", schema: "uri", parentSchema: schema1.properties.gateway.properties.endpoint, data: data20 };
                            if (vErrors === null) {
                                vErrors = [err70];
                            }
                            else {
                                vErrors.push(err70);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err71 = { instancePath: instancePath + "/gateway/endpoint", schemaPath: "#/properties/gateway/properties/endpoint/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema1.properties.gateway.properties.endpoint.type, parentSchema: schema1.properties.gateway.properties.endpoint, data: data20 };
                        if (vErrors === null) {
                            vErrors = [err71];
                        }
                        else {
                            vErrors.push(err71);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err72 = { instancePath: instancePath + "/gateway", schemaPath: "#/properties/gateway/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema1.properties.gateway.type, parentSchema: schema1.properties.gateway, data: data18 };
                if (vErrors === null) {
                    vErrors = [err72];
                }
                else {
                    vErrors.push(err72);
                }
                errors++;
            }
        }
    }
    else {
        const err73 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema1.type, parentSchema: schema1, data };
        if (vErrors === null) {
            vErrors = [err73];
        }
        else {
            vErrors.push(err73);
        }
        errors++;
    } validate1.errors = vErrors; return errors === 0; }
    validate1.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    exports.v2 = validate2;
    const schema5 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://pipeguard.dev/schemas/eval-exception.v1.schema.json", "title": "pipeguard eval exception, version 1", "description": "A written, signed waiver letting one model artifact (by manifest digest) ship despite named failing metrics, within stated bounds, until it expires. No wildcards anywhere.", "type": "object", "additionalProperties": false, "required": ["version", "id", "model", "artifact_digest", "waivers", "reason", "ticket", "requested_by", "created", "expires", "required_roles"], "properties": { "$schema": { "type": "string" }, "version": { "description": "Exception format version.", "const": 1 }, "id": { "description": "Unique id of the exception (reported, recorded in audit logs).", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$" }, "model": { "description": "The model name the gate runs for (--model / policy model). Exact match.", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._/@:+-]{0,199}$" }, "artifact_digest": { "description": "sha256 of the run's checksum.sha256 manifest (`pipeguard checksums` prints it as the manifest digest): the exact artifact set this exception is for.", "type": "string", "pattern": "^sha256:[0-9a-f]{64}$" }, "waivers": { "description": "The failing metrics this exception accepts, each with the worst value still accepted.", "type": "array", "minItems": 1, "maxItems": 100, "items": { "type": "object", "additionalProperties": false, "required": ["metric"], "properties": { "metric": { "description": "A metric name from the eval policy. Exact match, no wildcards.", "type": "string", "pattern": "^[A-Za-z0-9_][A-Za-z0-9_.,:/@+=-]{0,127}$" }, "min": { "description": "Lowest value accepted (metrics where higher is better).", "type": "number" }, "max": { "description": "Highest value accepted (metrics where lower is better).", "type": "number" } }, "oneOf": [{ "properties": { "min": true }, "required": ["min"] }, { "properties": { "max": true }, "required": ["max"] }] } }, "reason": { "description": "Why shipping despite the failure is acceptable.", "type": "string", "minLength": 20, "maxLength": 4000 }, "ticket": { "description": "Tracking ticket or incident reference.", "type": "string", "minLength": 1, "maxLength": 200 }, "requested_by": { "description": "Who asks for the exception (name, email or login).", "type": "string", "minLength": 1, "maxLength": 200 }, "created": { "description": "When it was written (RFC 3339 with time zone).", "type": "string", "format": "date-time" }, "expires": { "description": "When it stops covering anything (RFC 3339 with time zone); at most the policy's max_days after created.", "type": "string", "format": "date-time" }, "required_roles": { "description": "Roles that must each approve (sign) it, by distinct people; the policy's required roles are added to these.", "type": "array", "minItems": 1, "maxItems": 20, "uniqueItems": true, "items": { "type": "string", "pattern": "^[a-z][a-z0-9_-]{0,63}$" } } } };
    const pattern9 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$", "u");
    const pattern10 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._/@:+-]{0,199}$", "u");
    const pattern11 = new RegExp("^sha256:[0-9a-f]{64}$", "u");
    const pattern12 = new RegExp("^[A-Za-z0-9_][A-Za-z0-9_.,:/@+=-]{0,127}$", "u");
    const pattern13 = new RegExp("^[a-z][a-z0-9_-]{0,63}$", "u");
    function validate2(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { /*# sourceURL="https://pipeguard.dev/schemas/eval-exception.v1.schema.json" */ ; let vErrors = null; let errors = 0; const evaluated0 = validate2.evaluated; if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    } if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    } if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.version === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property '" + "version" + "'", schema: schema5.required, parentSchema: schema5, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.id === undefined) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property '" + "id" + "'", schema: schema5.required, parentSchema: schema5, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (data.model === undefined) {
            const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "model" }, message: "must have required property '" + "model" + "'", schema: schema5.required, parentSchema: schema5, data };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
        if (data.artifact_digest === undefined) {
            const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "artifact_digest" }, message: "must have required property '" + "artifact_digest" + "'", schema: schema5.required, parentSchema: schema5, data };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
        if (data.waivers === undefined) {
            const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "waivers" }, message: "must have required property '" + "waivers" + "'", schema: schema5.required, parentSchema: schema5, data };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
        if (data.reason === undefined) {
            const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property '" + "reason" + "'", schema: schema5.required, parentSchema: schema5, data };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
        if (data.ticket === undefined) {
            const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "ticket" }, message: "must have required property '" + "ticket" + "'", schema: schema5.required, parentSchema: schema5, data };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
        if (data.requested_by === undefined) {
            const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "requested_by" }, message: "must have required property '" + "requested_by" + "'", schema: schema5.required, parentSchema: schema5, data };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
        if (data.created === undefined) {
            const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "created" }, message: "must have required property '" + "created" + "'", schema: schema5.required, parentSchema: schema5, data };
            if (vErrors === null) {
                vErrors = [err8];
            }
            else {
                vErrors.push(err8);
            }
            errors++;
        }
        if (data.expires === undefined) {
            const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "expires" }, message: "must have required property '" + "expires" + "'", schema: schema5.required, parentSchema: schema5, data };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
        if (data.required_roles === undefined) {
            const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "required_roles" }, message: "must have required property '" + "required_roles" + "'", schema: schema5.required, parentSchema: schema5, data };
            if (vErrors === null) {
                vErrors = [err10];
            }
            else {
                vErrors.push(err10);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!(func0.call(schema5.properties, key0))) {
                const err11 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema5, data };
                if (vErrors === null) {
                    vErrors = [err11];
                }
                else {
                    vErrors.push(err11);
                }
                errors++;
            }
        }
        if (data.$schema !== undefined) {
            let data0 = data.$schema;
            if (typeof data0 !== "string") {
                const err12 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema5.properties.$schema.type, parentSchema: schema5.properties.$schema, data: data0 };
                if (vErrors === null) {
                    vErrors = [err12];
                }
                else {
                    vErrors.push(err12);
                }
                errors++;
            }
        }
        if (data.version !== undefined) {
            let data1 = data.version;
            if (1 !== data1) {
                const err13 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema5.properties.version, data: data1 };
                if (vErrors === null) {
                    vErrors = [err13];
                }
                else {
                    vErrors.push(err13);
                }
                errors++;
            }
        }
        if (data.id !== undefined) {
            let data2 = data.id;
            if (typeof data2 === "string") {
                if (!pattern9.test(data2)) {
                    const err14 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$" }, message: "must match pattern \"" + "^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$" + "\"", schema: "^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$", parentSchema: schema5.properties.id, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err14];
                    }
                    else {
                        vErrors.push(err14);
                    }
                    errors++;
                }
            }
            else {
                const err15 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema5.properties.id.type, parentSchema: schema5.properties.id, data: data2 };
                if (vErrors === null) {
                    vErrors = [err15];
                }
                else {
                    vErrors.push(err15);
                }
                errors++;
            }
        }
        if (data.model !== undefined) {
            let data3 = data.model;
            if (typeof data3 === "string") {
                if (!pattern10.test(data3)) {
                    const err16 = { instancePath: instancePath + "/model", schemaPath: "#/properties/model/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._/@:+-]{0,199}$" }, message: "must match pattern \"" + "^[A-Za-z0-9][A-Za-z0-9._/@:+-]{0,199}$" + "\"", schema: "^[A-Za-z0-9][A-Za-z0-9._/@:+-]{0,199}$", parentSchema: schema5.properties.model, data: data3 };
                    if (vErrors === null) {
                        vErrors = [err16];
                    }
                    else {
                        vErrors.push(err16);
                    }
                    errors++;
                }
            }
            else {
                const err17 = { instancePath: instancePath + "/model", schemaPath: "#/properties/model/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema5.properties.model.type, parentSchema: schema5.properties.model, data: data3 };
                if (vErrors === null) {
                    vErrors = [err17];
                }
                else {
                    vErrors.push(err17);
                }
                errors++;
            }
        }
        if (data.artifact_digest !== undefined) {
            let data4 = data.artifact_digest;
            if (typeof data4 === "string") {
                if (!pattern11.test(data4)) {
                    const err18 = { instancePath: instancePath + "/artifact_digest", schemaPath: "#/properties/artifact_digest/pattern", keyword: "pattern", params: { pattern: "^sha256:[0-9a-f]{64}$" }, message: "must match pattern \"" + "^sha256:[0-9a-f]{64}$" + "\"", schema: "^sha256:[0-9a-f]{64}$", parentSchema: schema5.properties.artifact_digest, data: data4 };
                    if (vErrors === null) {
                        vErrors = [err18];
                    }
                    else {
                        vErrors.push(err18);
                    }
                    errors++;
                }
            }
            else {
                const err19 = { instancePath: instancePath + "/artifact_digest", schemaPath: "#/properties/artifact_digest/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema5.properties.artifact_digest.type, parentSchema: schema5.properties.artifact_digest, data: data4 };
                if (vErrors === null) {
                    vErrors = [err19];
                }
                else {
                    vErrors.push(err19);
                }
                errors++;
            }
        }
        if (data.waivers !== undefined) {
            let data5 = data.waivers;
            if (Array.isArray(data5)) {
                if (data5.length > 100) {
                    const err20 = { instancePath: instancePath + "/waivers", schemaPath: "#/properties/waivers/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema5.properties.waivers, data: data5 };
                    if (vErrors === null) {
                        vErrors = [err20];
                    }
                    else {
                        vErrors.push(err20);
                    }
                    errors++;
                }
                if (data5.length < 1) {
                    const err21 = { instancePath: instancePath + "/waivers", schemaPath: "#/properties/waivers/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema5.properties.waivers, data: data5 };
                    if (vErrors === null) {
                        vErrors = [err21];
                    }
                    else {
                        vErrors.push(err21);
                    }
                    errors++;
                }
                const len0 = data5.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    let data6 = data5[i0];
                    const _errs15 = errors;
                    let valid3 = false;
                    let passing0 = null;
                    const _errs16 = errors;
                    if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                        if (data6.min === undefined) {
                            const err22 = { instancePath: instancePath + "/waivers/" + i0, schemaPath: "#/properties/waivers/items/oneOf/0/required", keyword: "required", params: { missingProperty: "min" }, message: "must have required property '" + "min" + "'", schema: schema5.properties.waivers.items.oneOf[0].required, parentSchema: schema5.properties.waivers.items.oneOf[0], data: data6 };
                            if (vErrors === null) {
                                vErrors = [err22];
                            }
                            else {
                                vErrors.push(err22);
                            }
                            errors++;
                        }
                    }
                    var _valid0 = _errs16 === errors;
                    if (_valid0) {
                        valid3 = true;
                        passing0 = 0;
                        var props0 = {};
                        props0.min = true;
                    }
                    const _errs17 = errors;
                    if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                        if (data6.max === undefined) {
                            const err23 = { instancePath: instancePath + "/waivers/" + i0, schemaPath: "#/properties/waivers/items/oneOf/1/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property '" + "max" + "'", schema: schema5.properties.waivers.items.oneOf[1].required, parentSchema: schema5.properties.waivers.items.oneOf[1], data: data6 };
                            if (vErrors === null) {
                                vErrors = [err23];
                            }
                            else {
                                vErrors.push(err23);
                            }
                            errors++;
                        }
                    }
                    var _valid0 = _errs17 === errors;
                    if (_valid0 && valid3) {
                        valid3 = false;
                        passing0 = [passing0, 1];
                    }
                    else {
                        if (_valid0) {
                            valid3 = true;
                            passing0 = 1;
                            if (props0 !== true) {
                                props0 = props0 || {};
                                props0.max = true;
                            }
                        }
                    }
                    if (!valid3) {
                        const err24 = { instancePath: instancePath + "/waivers/" + i0, schemaPath: "#/properties/waivers/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema5.properties.waivers.items.oneOf, parentSchema: schema5.properties.waivers.items, data: data6 };
                        if (vErrors === null) {
                            vErrors = [err24];
                        }
                        else {
                            vErrors.push(err24);
                        }
                        errors++;
                    }
                    else {
                        errors = _errs15;
                        if (vErrors !== null) {
                            if (_errs15) {
                                vErrors.length = _errs15;
                            }
                            else {
                                vErrors = null;
                            }
                        }
                    }
                    if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                        if (data6.metric === undefined) {
                            const err25 = { instancePath: instancePath + "/waivers/" + i0, schemaPath: "#/properties/waivers/items/required", keyword: "required", params: { missingProperty: "metric" }, message: "must have required property '" + "metric" + "'", schema: schema5.properties.waivers.items.required, parentSchema: schema5.properties.waivers.items, data: data6 };
                            if (vErrors === null) {
                                vErrors = [err25];
                            }
                            else {
                                vErrors.push(err25);
                            }
                            errors++;
                        }
                        for (const key1 in data6) {
                            if (!(((key1 === "metric") || (key1 === "min")) || (key1 === "max"))) {
                                const err26 = { instancePath: instancePath + "/waivers/" + i0, schemaPath: "#/properties/waivers/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema5.properties.waivers.items, data: data6 };
                                if (vErrors === null) {
                                    vErrors = [err26];
                                }
                                else {
                                    vErrors.push(err26);
                                }
                                errors++;
                            }
                        }
                        if (data6.metric !== undefined) {
                            let data7 = data6.metric;
                            if (typeof data7 === "string") {
                                if (!pattern12.test(data7)) {
                                    const err27 = { instancePath: instancePath + "/waivers/" + i0 + "/metric", schemaPath: "#/properties/waivers/items/properties/metric/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_][A-Za-z0-9_.,:/@+=-]{0,127}$" }, message: "must match pattern \"" + "^[A-Za-z0-9_][A-Za-z0-9_.,:/@+=-]{0,127}$" + "\"", schema: "^[A-Za-z0-9_][A-Za-z0-9_.,:/@+=-]{0,127}$", parentSchema: schema5.properties.waivers.items.properties.metric, data: data7 };
                                    if (vErrors === null) {
                                        vErrors = [err27];
                                    }
                                    else {
                                        vErrors.push(err27);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err28 = { instancePath: instancePath + "/waivers/" + i0 + "/metric", schemaPath: "#/properties/waivers/items/properties/metric/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema5.properties.waivers.items.properties.metric.type, parentSchema: schema5.properties.waivers.items.properties.metric, data: data7 };
                                if (vErrors === null) {
                                    vErrors = [err28];
                                }
                                else {
                                    vErrors.push(err28);
                                }
                                errors++;
                            }
                        }
                        if (data6.min !== undefined) {
                            let data8 = data6.min;
                            if (!((typeof data8 == "number") && (isFinite(data8)))) {
                                const err29 = { instancePath: instancePath + "/waivers/" + i0 + "/min", schemaPath: "#/properties/waivers/items/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema5.properties.waivers.items.properties.min.type, parentSchema: schema5.properties.waivers.items.properties.min, data: data8 };
                                if (vErrors === null) {
                                    vErrors = [err29];
                                }
                                else {
                                    vErrors.push(err29);
                                }
                                errors++;
                            }
                        }
                        if (data6.max !== undefined) {
                            let data9 = data6.max;
                            if (!((typeof data9 == "number") && (isFinite(data9)))) {
                                const err30 = { instancePath: instancePath + "/waivers/" + i0 + "/max", schemaPath: "#/properties/waivers/items/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema5.properties.waivers.items.properties.max.type, parentSchema: schema5.properties.waivers.items.properties.max, data: data9 };
                                if (vErrors === null) {
                                    vErrors = [err30];
                                }
                                else {
                                    vErrors.push(err30);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err31 = { instancePath: instancePath + "/waivers/" + i0, schemaPath: "#/properties/waivers/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema5.properties.waivers.items.type, parentSchema: schema5.properties.waivers.items, data: data6 };
                        if (vErrors === null) {
                            vErrors = [err31];
                        }
                        else {
                            vErrors.push(err31);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err32 = { instancePath: instancePath + "/waivers", schemaPath: "#/properties/waivers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema5.properties.waivers.type, parentSchema: schema5.properties.waivers, data: data5 };
                if (vErrors === null) {
                    vErrors = [err32];
                }
                else {
                    vErrors.push(err32);
                }
                errors++;
            }
        }
        if (data.reason !== undefined) {
            let data10 = data.reason;
            if (typeof data10 === "string") {
                if (func1(data10) > 4000) {
                    const err33 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/maxLength", keyword: "maxLength", params: { limit: 4000 }, message: "must NOT have more than 4000 characters", schema: 4000, parentSchema: schema5.properties.reason, data: data10 };
                    if (vErrors === null) {
                        vErrors = [err33];
                    }
                    else {
                        vErrors.push(err33);
                    }
                    errors++;
                }
                if (func1(data10) < 20) {
                    const err34 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/minLength", keyword: "minLength", params: { limit: 20 }, message: "must NOT have fewer than 20 characters", schema: 20, parentSchema: schema5.properties.reason, data: data10 };
                    if (vErrors === null) {
                        vErrors = [err34];
                    }
                    else {
                        vErrors.push(err34);
                    }
                    errors++;
                }
            }
            else {
                const err35 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema5.properties.reason.type, parentSchema: schema5.properties.reason, data: data10 };
                if (vErrors === null) {
                    vErrors = [err35];
                }
                else {
                    vErrors.push(err35);
                }
                errors++;
            }
        }
        if (data.ticket !== undefined) {
            let data11 = data.ticket;
            if (typeof data11 === "string") {
                if (func1(data11) > 200) {
                    const err36 = { instancePath: instancePath + "/ticket", schemaPath: "#/properties/ticket/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema5.properties.ticket, data: data11 };
                    if (vErrors === null) {
                        vErrors = [err36];
                    }
                    else {
                        vErrors.push(err36);
                    }
                    errors++;
                }
                if (func1(data11) < 1) {
                    const err37 = { instancePath: instancePath + "/ticket", schemaPath: "#/properties/ticket/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema5.properties.ticket, data: data11 };
                    if (vErrors === null) {
                        vErrors = [err37];
                    }
                    else {
                        vErrors.push(err37);
                    }
                    errors++;
                }
            }
            else {
                const err38 = { instancePath: instancePath + "/ticket", schemaPath: "#/properties/ticket/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema5.properties.ticket.type, parentSchema: schema5.properties.ticket, data: data11 };
                if (vErrors === null) {
                    vErrors = [err38];
                }
                else {
                    vErrors.push(err38);
                }
                errors++;
            }
        }
        if (data.requested_by !== undefined) {
            let data12 = data.requested_by;
            if (typeof data12 === "string") {
                if (func1(data12) > 200) {
                    const err39 = { instancePath: instancePath + "/requested_by", schemaPath: "#/properties/requested_by/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema5.properties.requested_by, data: data12 };
                    if (vErrors === null) {
                        vErrors = [err39];
                    }
                    else {
                        vErrors.push(err39);
                    }
                    errors++;
                }
                if (func1(data12) < 1) {
                    const err40 = { instancePath: instancePath + "/requested_by", schemaPath: "#/properties/requested_by/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema5.properties.requested_by, data: data12 };
                    if (vErrors === null) {
                        vErrors = [err40];
                    }
                    else {
                        vErrors.push(err40);
                    }
                    errors++;
                }
            }
            else {
                const err41 = { instancePath: instancePath + "/requested_by", schemaPath: "#/properties/requested_by/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema5.properties.requested_by.type, parentSchema: schema5.properties.requested_by, data: data12 };
                if (vErrors === null) {
                    vErrors = [err41];
                }
                else {
                    vErrors.push(err41);
                }
                errors++;
            }
        }
        if (data.created !== undefined) {
            let data13 = data.created;
            if (typeof data13 === "string") {
                if (!(formats0.validate(data13))) {
                    const err42 = { instancePath: instancePath + "/created", schemaPath: "#/properties/created/format", keyword: "format", params: { format: "date-time" }, message: "must match format \"" + "date-time" + "\"", schema: "date-time", parentSchema: schema5.properties.created, data: data13 };
                    if (vErrors === null) {
                        vErrors = [err42];
                    }
                    else {
                        vErrors.push(err42);
                    }
                    errors++;
                }
            }
            else {
                const err43 = { instancePath: instancePath + "/created", schemaPath: "#/properties/created/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema5.properties.created.type, parentSchema: schema5.properties.created, data: data13 };
                if (vErrors === null) {
                    vErrors = [err43];
                }
                else {
                    vErrors.push(err43);
                }
                errors++;
            }
        }
        if (data.expires !== undefined) {
            let data14 = data.expires;
            if (typeof data14 === "string") {
                if (!(formats0.validate(data14))) {
                    const err44 = { instancePath: instancePath + "/expires", schemaPath: "#/properties/expires/format", keyword: "format", params: { format: "date-time" }, message: "must match format \"" + "date-time" + "\"", schema: "date-time", parentSchema: schema5.properties.expires, data: data14 };
                    if (vErrors === null) {
                        vErrors = [err44];
                    }
                    else {
                        vErrors.push(err44);
                    }
                    errors++;
                }
            }
            else {
                const err45 = { instancePath: instancePath + "/expires", schemaPath: "#/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema5.properties.expires.type, parentSchema: schema5.properties.expires, data: data14 };
                if (vErrors === null) {
                    vErrors = [err45];
                }
                else {
                    vErrors.push(err45);
                }
                errors++;
            }
        }
        if (data.required_roles !== undefined) {
            let data15 = data.required_roles;
            if (Array.isArray(data15)) {
                if (data15.length > 20) {
                    const err46 = { instancePath: instancePath + "/required_roles", schemaPath: "#/properties/required_roles/maxItems", keyword: "maxItems", params: { limit: 20 }, message: "must NOT have more than 20 items", schema: 20, parentSchema: schema5.properties.required_roles, data: data15 };
                    if (vErrors === null) {
                        vErrors = [err46];
                    }
                    else {
                        vErrors.push(err46);
                    }
                    errors++;
                }
                if (data15.length < 1) {
                    const err47 = { instancePath: instancePath + "/required_roles", schemaPath: "#/properties/required_roles/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema5.properties.required_roles, data: data15 };
                    if (vErrors === null) {
                        vErrors = [err47];
                    }
                    else {
                        vErrors.push(err47);
                    }
                    errors++;
                }
                const len1 = data15.length;
                for (let i1 = 0; i1 < len1; i1++) {
                    let data16 = data15[i1];
                    if (typeof data16 === "string") {
                        if (!pattern13.test(data16)) {
                            const err48 = { instancePath: instancePath + "/required_roles/" + i1, schemaPath: "#/properties/required_roles/items/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_-]{0,63}$" }, message: "must match pattern \"" + "^[a-z][a-z0-9_-]{0,63}$" + "\"", schema: "^[a-z][a-z0-9_-]{0,63}$", parentSchema: schema5.properties.required_roles.items, data: data16 };
                            if (vErrors === null) {
                                vErrors = [err48];
                            }
                            else {
                                vErrors.push(err48);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err49 = { instancePath: instancePath + "/required_roles/" + i1, schemaPath: "#/properties/required_roles/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema5.properties.required_roles.items.type, parentSchema: schema5.properties.required_roles.items, data: data16 };
                        if (vErrors === null) {
                            vErrors = [err49];
                        }
                        else {
                            vErrors.push(err49);
                        }
                        errors++;
                    }
                }
                let i2 = data15.length;
                let j0;
                if (i2 > 1) {
                    const indices0 = {};
                    for (; i2--;) {
                        let item0 = data15[i2];
                        if (typeof item0 !== "string") {
                            continue;
                        }
                        if (typeof indices0[item0] == "number") {
                            j0 = indices0[item0];
                            const err50 = { instancePath: instancePath + "/required_roles", schemaPath: "#/properties/required_roles/uniqueItems", keyword: "uniqueItems", params: { i: i2, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i2 + " are identical)", schema: true, parentSchema: schema5.properties.required_roles, data: data15 };
                            if (vErrors === null) {
                                vErrors = [err50];
                            }
                            else {
                                vErrors.push(err50);
                            }
                            errors++;
                            break;
                        }
                        indices0[item0] = i2;
                    }
                }
            }
            else {
                const err51 = { instancePath: instancePath + "/required_roles", schemaPath: "#/properties/required_roles/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema5.properties.required_roles.type, parentSchema: schema5.properties.required_roles, data: data15 };
                if (vErrors === null) {
                    vErrors = [err51];
                }
                else {
                    vErrors.push(err51);
                }
                errors++;
            }
        }
    }
    else {
        const err52 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema5.type, parentSchema: schema5, data };
        if (vErrors === null) {
            vErrors = [err52];
        }
        else {
            vErrors.push(err52);
        }
        errors++;
    } validate2.errors = vErrors; return errors === 0; }
    validate2.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    exports.v3 = validate3;
    const schema6 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://pipeguard.dev/schemas/eval-policy.v1.schema.json", "title": "pipeguard eval policy, version 1", "description": "The thresholds a model's eval metrics must meet before promotion, and the limits on exceptions. Formulas: docs/eval-gate.md.", "type": "object", "additionalProperties": false, "required": ["version", "metrics"], "properties": { "$schema": { "type": "string" }, "version": { "description": "Policy format version.", "const": 1 }, "model": { "description": "The model this policy gates (default for --model). No wildcards.", "$ref": "#/$defs/name" }, "metrics": { "description": "One rule per metric, keyed by the metric name that reports and exception waivers use.", "type": "object", "minProperties": 1, "maxProperties": 500, "propertyNames": { "$ref": "#/$defs/metricName" }, "additionalProperties": { "$ref": "#/$defs/metricRule" } }, "exceptions": { "description": "Limits on exception files that may waive a failing metric.", "type": "object", "additionalProperties": false, "properties": { "max_days": { "description": "Longest allowed lifetime of an exception: expires - created, and expires - now, in days. Default 30.", "type": "integer", "minimum": 1, "maximum": 365 }, "required_roles": { "description": "Roles (defined in .pipeguard.yml eval-gate.roles) that must all approve every exception. Default: every configured role.", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "$ref": "#/$defs/roleName" } } } } }, "$defs": { "name": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._/@:+-]{0,199}$" }, "metricName": { "description": "Letters, digits and . _ , : / @ + = - (lm-eval keys such as acc,none fit); never a wildcard.", "type": "string", "pattern": "^[A-Za-z0-9_][A-Za-z0-9_.,:/@+=-]{0,127}$" }, "roleName": { "type": "string", "pattern": "^[a-z][a-z0-9_-]{0,63}$" }, "metricRule": { "type": "object", "additionalProperties": false, "required": ["direction"], "properties": { "description": { "type": "string", "maxLength": 500 }, "path": { "description": "Where the value is in the metrics file: a dotted path (results.sst2.acc,none; each step takes the longest matching key) or a JSON Pointer (/results/sst2/acc,none). Default: the metric name.", "type": "string", "minLength": 1, "maxLength": 500 }, "junit": { "description": "Read the value from the JUnit XML counts instead of the metrics file.", "enum": ["tests", "passed", "failures", "errors", "skipped", "pass_rate"] }, "direction": { "description": "Which way is better: higher (accuracy) or lower (loss, latency, failures). Decides what a drop is and which waiver bound applies.", "enum": ["higher", "lower"] }, "min": { "description": "Fail when the value is below this.", "type": "number" }, "max": { "description": "Fail when the value is above this.", "type": "number" }, "max_drop_abs": { "description": "Fail when the value is worse than the baseline by more than this (absolute, in the metric's unit).", "type": "number", "minimum": 0 }, "max_drop_rel": { "description": "Fail when the value is worse than the baseline by more than this fraction of |baseline| (0.02 = 2 %). Baseline 0: any worsening fails.", "type": "number", "minimum": 0 } }, "anyOf": [{ "properties": { "min": true }, "required": ["min"] }, { "properties": { "max": true }, "required": ["max"] }, { "properties": { "max_drop_abs": true }, "required": ["max_drop_abs"] }, { "properties": { "max_drop_rel": true }, "required": ["max_drop_rel"] }], "if": { "properties": { "junit": true }, "required": ["junit"] }, "then": { "description": "JUnit counts have no path and no baseline.", "properties": { "path": false, "max_drop_abs": false, "max_drop_rel": false } } } } };
    const schema7 = { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._/@:+-]{0,199}$" };
    const schema8 = { "description": "Letters, digits and . _ , : / @ + = - (lm-eval keys such as acc,none fit); never a wildcard.", "type": "string", "pattern": "^[A-Za-z0-9_][A-Za-z0-9_.,:/@+=-]{0,127}$" };
    const schema9 = { "type": "object", "additionalProperties": false, "required": ["direction"], "properties": { "description": { "type": "string", "maxLength": 500 }, "path": { "description": "Where the value is in the metrics file: a dotted path (results.sst2.acc,none; each step takes the longest matching key) or a JSON Pointer (/results/sst2/acc,none). Default: the metric name.", "type": "string", "minLength": 1, "maxLength": 500 }, "junit": { "description": "Read the value from the JUnit XML counts instead of the metrics file.", "enum": ["tests", "passed", "failures", "errors", "skipped", "pass_rate"] }, "direction": { "description": "Which way is better: higher (accuracy) or lower (loss, latency, failures). Decides what a drop is and which waiver bound applies.", "enum": ["higher", "lower"] }, "min": { "description": "Fail when the value is below this.", "type": "number" }, "max": { "description": "Fail when the value is above this.", "type": "number" }, "max_drop_abs": { "description": "Fail when the value is worse than the baseline by more than this (absolute, in the metric's unit).", "type": "number", "minimum": 0 }, "max_drop_rel": { "description": "Fail when the value is worse than the baseline by more than this fraction of |baseline| (0.02 = 2 %). Baseline 0: any worsening fails.", "type": "number", "minimum": 0 } }, "anyOf": [{ "properties": { "min": true }, "required": ["min"] }, { "properties": { "max": true }, "required": ["max"] }, { "properties": { "max_drop_abs": true }, "required": ["max_drop_abs"] }, { "properties": { "max_drop_rel": true }, "required": ["max_drop_rel"] }], "if": { "properties": { "junit": true }, "required": ["junit"] }, "then": { "description": "JUnit counts have no path and no baseline.", "properties": { "path": false, "max_drop_abs": false, "max_drop_rel": false } } };
    const schema10 = { "type": "string", "pattern": "^[a-z][a-z0-9_-]{0,63}$" };
    const func37 = require("ajv/dist/runtime/equal").default;
    function validate3(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { /*# sourceURL="https://pipeguard.dev/schemas/eval-policy.v1.schema.json" */ ; let vErrors = null; let errors = 0; const evaluated0 = validate3.evaluated; if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    } if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    } if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.version === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property '" + "version" + "'", schema: schema6.required, parentSchema: schema6, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.metrics === undefined) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metrics" }, message: "must have required property '" + "metrics" + "'", schema: schema6.required, parentSchema: schema6, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!(((((key0 === "$schema") || (key0 === "version")) || (key0 === "model")) || (key0 === "metrics")) || (key0 === "exceptions"))) {
                const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6, data };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        if (data.$schema !== undefined) {
            let data0 = data.$schema;
            if (typeof data0 !== "string") {
                const err3 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.$schema.type, parentSchema: schema6.properties.$schema, data: data0 };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
        if (data.version !== undefined) {
            let data1 = data.version;
            if (1 !== data1) {
                const err4 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema6.properties.version, data: data1 };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
        if (data.model !== undefined) {
            let data2 = data.model;
            if (typeof data2 === "string") {
                if (!pattern10.test(data2)) {
                    const err5 = { instancePath: instancePath + "/model", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._/@:+-]{0,199}$" }, message: "must match pattern \"" + "^[A-Za-z0-9][A-Za-z0-9._/@:+-]{0,199}$" + "\"", schema: "^[A-Za-z0-9][A-Za-z0-9._/@:+-]{0,199}$", parentSchema: schema7, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err5];
                    }
                    else {
                        vErrors.push(err5);
                    }
                    errors++;
                }
            }
            else {
                const err6 = { instancePath: instancePath + "/model", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema7.type, parentSchema: schema7, data: data2 };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
        }
        if (data.metrics !== undefined) {
            let data3 = data.metrics;
            if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                if (Object.keys(data3).length > 500) {
                    const err7 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/maxProperties", keyword: "maxProperties", params: { limit: 500 }, message: "must NOT have more than 500 properties", schema: 500, parentSchema: schema6.properties.metrics, data: data3 };
                    if (vErrors === null) {
                        vErrors = [err7];
                    }
                    else {
                        vErrors.push(err7);
                    }
                    errors++;
                }
                if (Object.keys(data3).length < 1) {
                    const err8 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema6.properties.metrics, data: data3 };
                    if (vErrors === null) {
                        vErrors = [err8];
                    }
                    else {
                        vErrors.push(err8);
                    }
                    errors++;
                }
                for (const key1 in data3) {
                    const _errs10 = errors;
                    if (typeof key1 === "string") {
                        if (!pattern12.test(key1)) {
                            const err9 = { instancePath: instancePath + "/metrics", schemaPath: "#/$defs/metricName/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_][A-Za-z0-9_.,:/@+=-]{0,127}$" }, message: "must match pattern \"" + "^[A-Za-z0-9_][A-Za-z0-9_.,:/@+=-]{0,127}$" + "\"", schema: "^[A-Za-z0-9_][A-Za-z0-9_.,:/@+=-]{0,127}$", parentSchema: schema8, data: key1, propertyName: key1 };
                            if (vErrors === null) {
                                vErrors = [err9];
                            }
                            else {
                                vErrors.push(err9);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err10 = { instancePath: instancePath + "/metrics", schemaPath: "#/$defs/metricName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.type, parentSchema: schema8, data: key1, propertyName: key1 };
                        if (vErrors === null) {
                            vErrors = [err10];
                        }
                        else {
                            vErrors.push(err10);
                        }
                        errors++;
                    }
                    var valid2 = _errs10 === errors;
                    if (!valid2) {
                        const err11 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema6.properties.metrics.propertyNames, parentSchema: schema6.properties.metrics, data: data3 };
                        if (vErrors === null) {
                            vErrors = [err11];
                        }
                        else {
                            vErrors.push(err11);
                        }
                        errors++;
                    }
                }
                for (const key2 in data3) {
                    let data4 = data3[key2];
                    const _errs17 = errors;
                    let valid6 = false;
                    const _errs18 = errors;
                    if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                        if (data4.min === undefined) {
                            const err12 = { instancePath: instancePath + "/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/metricRule/anyOf/0/required", keyword: "required", params: { missingProperty: "min" }, message: "must have required property '" + "min" + "'", schema: schema9.anyOf[0].required, parentSchema: schema9.anyOf[0], data: data4 };
                            if (vErrors === null) {
                                vErrors = [err12];
                            }
                            else {
                                vErrors.push(err12);
                            }
                            errors++;
                        }
                    }
                    var _valid0 = _errs18 === errors;
                    valid6 = valid6 || _valid0;
                    if (_valid0) {
                        var props0 = {};
                        props0.min = true;
                    }
                    const _errs19 = errors;
                    if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                        if (data4.max === undefined) {
                            const err13 = { instancePath: instancePath + "/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/metricRule/anyOf/1/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property '" + "max" + "'", schema: schema9.anyOf[1].required, parentSchema: schema9.anyOf[1], data: data4 };
                            if (vErrors === null) {
                                vErrors = [err13];
                            }
                            else {
                                vErrors.push(err13);
                            }
                            errors++;
                        }
                    }
                    var _valid0 = _errs19 === errors;
                    valid6 = valid6 || _valid0;
                    if (_valid0) {
                        if (props0 !== true) {
                            props0 = props0 || {};
                            props0.max = true;
                        }
                    }
                    const _errs20 = errors;
                    if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                        if (data4.max_drop_abs === undefined) {
                            const err14 = { instancePath: instancePath + "/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/metricRule/anyOf/2/required", keyword: "required", params: { missingProperty: "max_drop_abs" }, message: "must have required property '" + "max_drop_abs" + "'", schema: schema9.anyOf[2].required, parentSchema: schema9.anyOf[2], data: data4 };
                            if (vErrors === null) {
                                vErrors = [err14];
                            }
                            else {
                                vErrors.push(err14);
                            }
                            errors++;
                        }
                    }
                    var _valid0 = _errs20 === errors;
                    valid6 = valid6 || _valid0;
                    if (_valid0) {
                        if (props0 !== true) {
                            props0 = props0 || {};
                            props0.max_drop_abs = true;
                        }
                    }
                    const _errs21 = errors;
                    if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                        if (data4.max_drop_rel === undefined) {
                            const err15 = { instancePath: instancePath + "/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/metricRule/anyOf/3/required", keyword: "required", params: { missingProperty: "max_drop_rel" }, message: "must have required property '" + "max_drop_rel" + "'", schema: schema9.anyOf[3].required, parentSchema: schema9.anyOf[3], data: data4 };
                            if (vErrors === null) {
                                vErrors = [err15];
                            }
                            else {
                                vErrors.push(err15);
                            }
                            errors++;
                        }
                    }
                    var _valid0 = _errs21 === errors;
                    valid6 = valid6 || _valid0;
                    if (_valid0) {
                        if (props0 !== true) {
                            props0 = props0 || {};
                            props0.max_drop_rel = true;
                        }
                    }
                    if (!valid6) {
                        const err16 = { instancePath: instancePath + "/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/metricRule/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema9.anyOf, parentSchema: schema9, data: data4 };
                        if (vErrors === null) {
                            vErrors = [err16];
                        }
                        else {
                            vErrors.push(err16);
                        }
                        errors++;
                    }
                    else {
                        errors = _errs17;
                        if (vErrors !== null) {
                            if (_errs17) {
                                vErrors.length = _errs17;
                            }
                            else {
                                vErrors = null;
                            }
                        }
                    }
                    const _errs22 = errors;
                    let valid7 = true;
                    const _errs23 = errors;
                    if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                        let missing0;
                        if ((data4.junit === undefined) && (missing0 = "junit")) {
                            const err17 = {};
                            if (vErrors === null) {
                                vErrors = [err17];
                            }
                            else {
                                vErrors.push(err17);
                            }
                            errors++;
                        }
                    }
                    var _valid1 = _errs23 === errors;
                    if (props0 !== true) {
                        props0 = props0 || {};
                        props0.junit = true;
                    }
                    errors = _errs22;
                    if (vErrors !== null) {
                        if (_errs22) {
                            vErrors.length = _errs22;
                        }
                        else {
                            vErrors = null;
                        }
                    }
                    if (_valid1) {
                        const _errs24 = errors;
                        if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                            if (data4.path !== undefined) {
                                const err18 = { instancePath: instancePath + "/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/path", schemaPath: "#/$defs/metricRule/then/properties/path/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema9.then.properties.path, data: data4.path };
                                if (vErrors === null) {
                                    vErrors = [err18];
                                }
                                else {
                                    vErrors.push(err18);
                                }
                                errors++;
                            }
                            if (data4.max_drop_abs !== undefined) {
                                const err19 = { instancePath: instancePath + "/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/max_drop_abs", schemaPath: "#/$defs/metricRule/then/properties/max_drop_abs/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema9.then.properties.max_drop_abs, data: data4.max_drop_abs };
                                if (vErrors === null) {
                                    vErrors = [err19];
                                }
                                else {
                                    vErrors.push(err19);
                                }
                                errors++;
                            }
                            if (data4.max_drop_rel !== undefined) {
                                const err20 = { instancePath: instancePath + "/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/max_drop_rel", schemaPath: "#/$defs/metricRule/then/properties/max_drop_rel/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema9.then.properties.max_drop_rel, data: data4.max_drop_rel };
                                if (vErrors === null) {
                                    vErrors = [err20];
                                }
                                else {
                                    vErrors.push(err20);
                                }
                                errors++;
                            }
                        }
                        var _valid1 = _errs24 === errors;
                        valid7 = _valid1;
                        if (valid7) {
                            if (props0 !== true) {
                                props0 = props0 || {};
                                props0.path = true;
                                props0.max_drop_abs = true;
                                props0.max_drop_rel = true;
                            }
                        }
                    }
                    if (!valid7) {
                        const err21 = { instancePath: instancePath + "/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/metricRule/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema", schema: schema9.if, parentSchema: schema9, data: data4 };
                        if (vErrors === null) {
                            vErrors = [err21];
                        }
                        else {
                            vErrors.push(err21);
                        }
                        errors++;
                    }
                    if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                        if (data4.direction === undefined) {
                            const err22 = { instancePath: instancePath + "/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/metricRule/required", keyword: "required", params: { missingProperty: "direction" }, message: "must have required property '" + "direction" + "'", schema: schema9.required, parentSchema: schema9, data: data4 };
                            if (vErrors === null) {
                                vErrors = [err22];
                            }
                            else {
                                vErrors.push(err22);
                            }
                            errors++;
                        }
                        for (const key3 in data4) {
                            if (!((((((((key3 === "description") || (key3 === "path")) || (key3 === "junit")) || (key3 === "direction")) || (key3 === "min")) || (key3 === "max")) || (key3 === "max_drop_abs")) || (key3 === "max_drop_rel"))) {
                                const err23 = { instancePath: instancePath + "/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/metricRule/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema9, data: data4 };
                                if (vErrors === null) {
                                    vErrors = [err23];
                                }
                                else {
                                    vErrors.push(err23);
                                }
                                errors++;
                            }
                        }
                        if (data4.description !== undefined) {
                            let data8 = data4.description;
                            if (typeof data8 === "string") {
                                if (func1(data8) > 500) {
                                    const err24 = { instancePath: instancePath + "/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/$defs/metricRule/properties/description/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters", schema: 500, parentSchema: schema9.properties.description, data: data8 };
                                    if (vErrors === null) {
                                        vErrors = [err24];
                                    }
                                    else {
                                        vErrors.push(err24);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err25 = { instancePath: instancePath + "/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/$defs/metricRule/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema9.properties.description.type, parentSchema: schema9.properties.description, data: data8 };
                                if (vErrors === null) {
                                    vErrors = [err25];
                                }
                                else {
                                    vErrors.push(err25);
                                }
                                errors++;
                            }
                        }
                        if (data4.path !== undefined) {
                            let data9 = data4.path;
                            if (typeof data9 === "string") {
                                if (func1(data9) > 500) {
                                    const err26 = { instancePath: instancePath + "/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/path", schemaPath: "#/$defs/metricRule/properties/path/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters", schema: 500, parentSchema: schema9.properties.path, data: data9 };
                                    if (vErrors === null) {
                                        vErrors = [err26];
                                    }
                                    else {
                                        vErrors.push(err26);
                                    }
                                    errors++;
                                }
                                if (func1(data9) < 1) {
                                    const err27 = { instancePath: instancePath + "/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/path", schemaPath: "#/$defs/metricRule/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema9.properties.path, data: data9 };
                                    if (vErrors === null) {
                                        vErrors = [err27];
                                    }
                                    else {
                                        vErrors.push(err27);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err28 = { instancePath: instancePath + "/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/path", schemaPath: "#/$defs/metricRule/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema9.properties.path.type, parentSchema: schema9.properties.path, data: data9 };
                                if (vErrors === null) {
                                    vErrors = [err28];
                                }
                                else {
                                    vErrors.push(err28);
                                }
                                errors++;
                            }
                        }
                        if (data4.junit !== undefined) {
                            let data10 = data4.junit;
                            if (!((((((data10 === "tests") || (data10 === "passed")) || (data10 === "failures")) || (data10 === "errors")) || (data10 === "skipped")) || (data10 === "pass_rate"))) {
                                const err29 = { instancePath: instancePath + "/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/junit", schemaPath: "#/$defs/metricRule/properties/junit/enum", keyword: "enum", params: { allowedValues: schema9.properties.junit.enum }, message: "must be equal to one of the allowed values", schema: schema9.properties.junit.enum, parentSchema: schema9.properties.junit, data: data10 };
                                if (vErrors === null) {
                                    vErrors = [err29];
                                }
                                else {
                                    vErrors.push(err29);
                                }
                                errors++;
                            }
                        }
                        if (data4.direction !== undefined) {
                            let data11 = data4.direction;
                            if (!((data11 === "higher") || (data11 === "lower"))) {
                                const err30 = { instancePath: instancePath + "/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/direction", schemaPath: "#/$defs/metricRule/properties/direction/enum", keyword: "enum", params: { allowedValues: schema9.properties.direction.enum }, message: "must be equal to one of the allowed values", schema: schema9.properties.direction.enum, parentSchema: schema9.properties.direction, data: data11 };
                                if (vErrors === null) {
                                    vErrors = [err30];
                                }
                                else {
                                    vErrors.push(err30);
                                }
                                errors++;
                            }
                        }
                        if (data4.min !== undefined) {
                            let data12 = data4.min;
                            if (!((typeof data12 == "number") && (isFinite(data12)))) {
                                const err31 = { instancePath: instancePath + "/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/min", schemaPath: "#/$defs/metricRule/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema9.properties.min.type, parentSchema: schema9.properties.min, data: data12 };
                                if (vErrors === null) {
                                    vErrors = [err31];
                                }
                                else {
                                    vErrors.push(err31);
                                }
                                errors++;
                            }
                        }
                        if (data4.max !== undefined) {
                            let data13 = data4.max;
                            if (!((typeof data13 == "number") && (isFinite(data13)))) {
                                const err32 = { instancePath: instancePath + "/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/max", schemaPath: "#/$defs/metricRule/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema9.properties.max.type, parentSchema: schema9.properties.max, data: data13 };
                                if (vErrors === null) {
                                    vErrors = [err32];
                                }
                                else {
                                    vErrors.push(err32);
                                }
                                errors++;
                            }
                        }
                        if (data4.max_drop_abs !== undefined) {
                            let data14 = data4.max_drop_abs;
                            if ((typeof data14 == "number") && (isFinite(data14))) {
                                if (data14 < 0 || isNaN(data14)) {
                                    const err33 = { instancePath: instancePath + "/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/max_drop_abs", schemaPath: "#/$defs/metricRule/properties/max_drop_abs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema9.properties.max_drop_abs, data: data14 };
                                    if (vErrors === null) {
                                        vErrors = [err33];
                                    }
                                    else {
                                        vErrors.push(err33);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err34 = { instancePath: instancePath + "/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/max_drop_abs", schemaPath: "#/$defs/metricRule/properties/max_drop_abs/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema9.properties.max_drop_abs.type, parentSchema: schema9.properties.max_drop_abs, data: data14 };
                                if (vErrors === null) {
                                    vErrors = [err34];
                                }
                                else {
                                    vErrors.push(err34);
                                }
                                errors++;
                            }
                        }
                        if (data4.max_drop_rel !== undefined) {
                            let data15 = data4.max_drop_rel;
                            if ((typeof data15 == "number") && (isFinite(data15))) {
                                if (data15 < 0 || isNaN(data15)) {
                                    const err35 = { instancePath: instancePath + "/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/max_drop_rel", schemaPath: "#/$defs/metricRule/properties/max_drop_rel/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema9.properties.max_drop_rel, data: data15 };
                                    if (vErrors === null) {
                                        vErrors = [err35];
                                    }
                                    else {
                                        vErrors.push(err35);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err36 = { instancePath: instancePath + "/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/max_drop_rel", schemaPath: "#/$defs/metricRule/properties/max_drop_rel/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema9.properties.max_drop_rel.type, parentSchema: schema9.properties.max_drop_rel, data: data15 };
                                if (vErrors === null) {
                                    vErrors = [err36];
                                }
                                else {
                                    vErrors.push(err36);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err37 = { instancePath: instancePath + "/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/metricRule/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema9.type, parentSchema: schema9, data: data4 };
                        if (vErrors === null) {
                            vErrors = [err37];
                        }
                        else {
                            vErrors.push(err37);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err38 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.properties.metrics.type, parentSchema: schema6.properties.metrics, data: data3 };
                if (vErrors === null) {
                    vErrors = [err38];
                }
                else {
                    vErrors.push(err38);
                }
                errors++;
            }
        }
        if (data.exceptions !== undefined) {
            let data16 = data.exceptions;
            if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                for (const key4 in data16) {
                    if (!((key4 === "max_days") || (key4 === "required_roles"))) {
                        const err39 = { instancePath: instancePath + "/exceptions", schemaPath: "#/properties/exceptions/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6.properties.exceptions, data: data16 };
                        if (vErrors === null) {
                            vErrors = [err39];
                        }
                        else {
                            vErrors.push(err39);
                        }
                        errors++;
                    }
                }
                if (data16.max_days !== undefined) {
                    let data17 = data16.max_days;
                    if (!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))) {
                        const err40 = { instancePath: instancePath + "/exceptions/max_days", schemaPath: "#/properties/exceptions/properties/max_days/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema6.properties.exceptions.properties.max_days.type, parentSchema: schema6.properties.exceptions.properties.max_days, data: data17 };
                        if (vErrors === null) {
                            vErrors = [err40];
                        }
                        else {
                            vErrors.push(err40);
                        }
                        errors++;
                    }
                    if ((typeof data17 == "number") && (isFinite(data17))) {
                        if (data17 > 365 || isNaN(data17)) {
                            const err41 = { instancePath: instancePath + "/exceptions/max_days", schemaPath: "#/properties/exceptions/properties/max_days/maximum", keyword: "maximum", params: { comparison: "<=", limit: 365 }, message: "must be <= 365", schema: 365, parentSchema: schema6.properties.exceptions.properties.max_days, data: data17 };
                            if (vErrors === null) {
                                vErrors = [err41];
                            }
                            else {
                                vErrors.push(err41);
                            }
                            errors++;
                        }
                        if (data17 < 1 || isNaN(data17)) {
                            const err42 = { instancePath: instancePath + "/exceptions/max_days", schemaPath: "#/properties/exceptions/properties/max_days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema6.properties.exceptions.properties.max_days, data: data17 };
                            if (vErrors === null) {
                                vErrors = [err42];
                            }
                            else {
                                vErrors.push(err42);
                            }
                            errors++;
                        }
                    }
                }
                if (data16.required_roles !== undefined) {
                    let data18 = data16.required_roles;
                    if (Array.isArray(data18)) {
                        if (data18.length < 1) {
                            const err43 = { instancePath: instancePath + "/exceptions/required_roles", schemaPath: "#/properties/exceptions/properties/required_roles/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema6.properties.exceptions.properties.required_roles, data: data18 };
                            if (vErrors === null) {
                                vErrors = [err43];
                            }
                            else {
                                vErrors.push(err43);
                            }
                            errors++;
                        }
                        const len0 = data18.length;
                        for (let i0 = 0; i0 < len0; i0++) {
                            let data19 = data18[i0];
                            if (typeof data19 === "string") {
                                if (!pattern13.test(data19)) {
                                    const err44 = { instancePath: instancePath + "/exceptions/required_roles/" + i0, schemaPath: "#/$defs/roleName/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_-]{0,63}$" }, message: "must match pattern \"" + "^[a-z][a-z0-9_-]{0,63}$" + "\"", schema: "^[a-z][a-z0-9_-]{0,63}$", parentSchema: schema10, data: data19 };
                                    if (vErrors === null) {
                                        vErrors = [err44];
                                    }
                                    else {
                                        vErrors.push(err44);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err45 = { instancePath: instancePath + "/exceptions/required_roles/" + i0, schemaPath: "#/$defs/roleName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema10.type, parentSchema: schema10, data: data19 };
                                if (vErrors === null) {
                                    vErrors = [err45];
                                }
                                else {
                                    vErrors.push(err45);
                                }
                                errors++;
                            }
                        }
                        let i1 = data18.length;
                        let j0;
                        if (i1 > 1) {
                            outer0: for (; i1--;) {
                                for (j0 = i1; j0--;) {
                                    if (func37(data18[i1], data18[j0])) {
                                        const err46 = { instancePath: instancePath + "/exceptions/required_roles", schemaPath: "#/properties/exceptions/properties/required_roles/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema6.properties.exceptions.properties.required_roles, data: data18 };
                                        if (vErrors === null) {
                                            vErrors = [err46];
                                        }
                                        else {
                                            vErrors.push(err46);
                                        }
                                        errors++;
                                        break outer0;
                                    }
                                }
                            }
                        }
                    }
                    else {
                        const err47 = { instancePath: instancePath + "/exceptions/required_roles", schemaPath: "#/properties/exceptions/properties/required_roles/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema6.properties.exceptions.properties.required_roles.type, parentSchema: schema6.properties.exceptions.properties.required_roles, data: data18 };
                        if (vErrors === null) {
                            vErrors = [err47];
                        }
                        else {
                            vErrors.push(err47);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err48 = { instancePath: instancePath + "/exceptions", schemaPath: "#/properties/exceptions/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.properties.exceptions.type, parentSchema: schema6.properties.exceptions, data: data16 };
                if (vErrors === null) {
                    vErrors = [err48];
                }
                else {
                    vErrors.push(err48);
                }
                errors++;
            }
        }
    }
    else {
        const err49 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.type, parentSchema: schema6, data };
        if (vErrors === null) {
            vErrors = [err49];
        }
        else {
            vErrors.push(err49);
        }
        errors++;
    } validate3.errors = vErrors; return errors === 0; }
    validate3.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    exports.v4 = validate4;
    const schema11 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://pipeguard.dev/schemas/model-request-envelope.v1.schema.json", "title": "Model request envelope, version 1 (SPEC-260)", "description": "What a pipeline stage asks a model to do: which run and stage it belongs to, which model at which effort, which artifacts it reads (by digest, so the request can be replayed), which redaction profile applied and which schema the response must satisfy before any action runs.", "type": "object", "additionalProperties": false, "required": ["schema_version", "run_id", "stage", "model", "reasoning_effort", "input_artifacts", "redaction_profile", "response_schema"], "properties": { "$schema": { "description": "The schema this document declares (a pipeguard schema $id, its short name, or a path inside the repository). Never fetched.", "type": "string", "maxLength": 500 }, "schema_version": { "description": "Envelope format version.", "const": "1" }, "run_id": { "description": "The run this request belongs to; audit records and approvals correlate on it. It names a directory (runs/<run_id>/), so no slashes or spaces.", "$ref": "#/$defs/run_id" }, "stage": { "description": "Pipeline stage issuing the request (e.g. plan, codegen, review); audit records and approval gates correlate on it.", "$ref": "#/$defs/name" }, "model": { "description": "Model identifier as the gateway knows it; must be in the governing policy's allowed_models.", "type": "string", "minLength": 1, "maxLength": 200, "pattern": "^[A-Za-z0-9][A-Za-z0-9._:/@+-]*$", "patternErrorMessage": "must be a model identifier (letters, digits and . _ : / @ + -), e.g. `gpt-5.2-codex`" }, "reasoning_effort": { "description": "Reasoning effort requested from the model.", "enum": ["low", "medium", "high", "xhigh"] }, "input_artifacts": { "description": "Every artifact the request reads, by content digest, so the action can be replayed from stored artifacts.", "type": "array", "maxItems": 1000, "uniqueItems": true, "items": { "$ref": "#/$defs/artifact_ref" } }, "prompt_artifact": { "description": "The stored prompt, by content digest (replay).", "$ref": "#/$defs/artifact_ref" }, "redaction_profile": { "description": "Id of the redaction profile applied to the request; must be defined in the pipeguard configuration (validate.redaction-profiles).", "$ref": "#/$defs/name" }, "response_schema": { "description": "The schema the model's response must satisfy before any action runs: a schema $id or short name pipeguard knows (shipped or listed in validate.extra-schemas).", "type": "string", "minLength": 1, "maxLength": 500, "pattern": "^\\S+$", "patternErrorMessage": "must be a schema id or short name without spaces" }, "policy_id": { "description": "The automation policy governing this request. Without it, the nearest automation policy in the envelope's directory or a parent directory governs.", "$ref": "#/$defs/name" }, "created_at": { "description": "When the request was made (RFC 3339); checked against the policy's run_windows.", "type": "string", "format": "date-time", "maxLength": 64 } }, "$defs": { "run_id": { "type": "string", "minLength": 1, "maxLength": 200, "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$", "patternErrorMessage": "must be a run id: letters, digits, `.`, `_` and `-`, starting with a letter or digit (it names the directory runs/<run_id>/)" }, "name": { "type": "string", "minLength": 1, "maxLength": 128, "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$", "patternErrorMessage": "must be an identifier: letters, digits, `.`, `_` and `-`, starting with a letter or digit" }, "artifact_ref": { "type": "string", "maxLength": 200, "pattern": "^artifact://(sha256:[0-9a-f]{64}|sha512:[0-9a-f]{128})$", "patternErrorMessage": "must be an artifact reference `artifact://sha256:<64 lowercase hex digits>` (or sha512:<128>)" } } };
    const schema12 = { "type": "string", "minLength": 1, "maxLength": 200, "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$", "patternErrorMessage": "must be a run id: letters, digits, `.`, `_` and `-`, starting with a letter or digit (it names the directory runs/<run_id>/)" };
    const schema13 = { "type": "string", "minLength": 1, "maxLength": 128, "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$", "patternErrorMessage": "must be an identifier: letters, digits, `.`, `_` and `-`, starting with a letter or digit" };
    const schema14 = { "type": "string", "maxLength": 200, "pattern": "^artifact://(sha256:[0-9a-f]{64}|sha512:[0-9a-f]{128})$", "patternErrorMessage": "must be an artifact reference `artifact://sha256:<64 lowercase hex digits>` (or sha512:<128>)" };
    const pattern20 = new RegExp("^artifact://(sha256:[0-9a-f]{64}|sha512:[0-9a-f]{128})$", "u");
    const pattern23 = new RegExp("^\\S+$", "u");
    function validate4(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { /*# sourceURL="https://pipeguard.dev/schemas/model-request-envelope.v1.schema.json" */ ; let vErrors = null; let errors = 0; const evaluated0 = validate4.evaluated; if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    } if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    } if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.schema_version === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schema_version" }, message: "must have required property '" + "schema_version" + "'", schema: schema11.required, parentSchema: schema11, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.run_id === undefined) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "run_id" }, message: "must have required property '" + "run_id" + "'", schema: schema11.required, parentSchema: schema11, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (data.stage === undefined) {
            const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "stage" }, message: "must have required property '" + "stage" + "'", schema: schema11.required, parentSchema: schema11, data };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
        if (data.model === undefined) {
            const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "model" }, message: "must have required property '" + "model" + "'", schema: schema11.required, parentSchema: schema11, data };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
        if (data.reasoning_effort === undefined) {
            const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reasoning_effort" }, message: "must have required property '" + "reasoning_effort" + "'", schema: schema11.required, parentSchema: schema11, data };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
        if (data.input_artifacts === undefined) {
            const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "input_artifacts" }, message: "must have required property '" + "input_artifacts" + "'", schema: schema11.required, parentSchema: schema11, data };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
        if (data.redaction_profile === undefined) {
            const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "redaction_profile" }, message: "must have required property '" + "redaction_profile" + "'", schema: schema11.required, parentSchema: schema11, data };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
        if (data.response_schema === undefined) {
            const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "response_schema" }, message: "must have required property '" + "response_schema" + "'", schema: schema11.required, parentSchema: schema11, data };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!(func0.call(schema11.properties, key0))) {
                const err8 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
        if (data.$schema !== undefined) {
            let data0 = data.$schema;
            if (typeof data0 === "string") {
                if (func1(data0) > 500) {
                    const err9 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters", schema: 500, parentSchema: schema11.properties.$schema, data: data0 };
                    if (vErrors === null) {
                        vErrors = [err9];
                    }
                    else {
                        vErrors.push(err9);
                    }
                    errors++;
                }
            }
            else {
                const err10 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.$schema.type, parentSchema: schema11.properties.$schema, data: data0 };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
        }
        if (data.schema_version !== undefined) {
            let data1 = data.schema_version;
            if ("1" !== data1) {
                const err11 = { instancePath: instancePath + "/schema_version", schemaPath: "#/properties/schema_version/const", keyword: "const", params: { allowedValue: "1" }, message: "must be equal to constant", schema: "1", parentSchema: schema11.properties.schema_version, data: data1 };
                if (vErrors === null) {
                    vErrors = [err11];
                }
                else {
                    vErrors.push(err11);
                }
                errors++;
            }
        }
        if (data.run_id !== undefined) {
            let data2 = data.run_id;
            if (typeof data2 === "string") {
                if (func1(data2) > 200) {
                    const err12 = { instancePath: instancePath + "/run_id", schemaPath: "#/$defs/run_id/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema12, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err12];
                    }
                    else {
                        vErrors.push(err12);
                    }
                    errors++;
                }
                if (func1(data2) < 1) {
                    const err13 = { instancePath: instancePath + "/run_id", schemaPath: "#/$defs/run_id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err13];
                    }
                    else {
                        vErrors.push(err13);
                    }
                    errors++;
                }
                if (!pattern2.test(data2)) {
                    const err14 = { instancePath: instancePath + "/run_id", schemaPath: "#/$defs/run_id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: "must match pattern \"" + "^[A-Za-z0-9][A-Za-z0-9._-]*$" + "\"", schema: "^[A-Za-z0-9][A-Za-z0-9._-]*$", parentSchema: schema12, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err14];
                    }
                    else {
                        vErrors.push(err14);
                    }
                    errors++;
                }
            }
            else {
                const err15 = { instancePath: instancePath + "/run_id", schemaPath: "#/$defs/run_id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data2 };
                if (vErrors === null) {
                    vErrors = [err15];
                }
                else {
                    vErrors.push(err15);
                }
                errors++;
            }
        }
        if (data.stage !== undefined) {
            let data3 = data.stage;
            if (typeof data3 === "string") {
                if (func1(data3) > 128) {
                    const err16 = { instancePath: instancePath + "/stage", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema13, data: data3 };
                    if (vErrors === null) {
                        vErrors = [err16];
                    }
                    else {
                        vErrors.push(err16);
                    }
                    errors++;
                }
                if (func1(data3) < 1) {
                    const err17 = { instancePath: instancePath + "/stage", schemaPath: "#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13, data: data3 };
                    if (vErrors === null) {
                        vErrors = [err17];
                    }
                    else {
                        vErrors.push(err17);
                    }
                    errors++;
                }
                if (!pattern2.test(data3)) {
                    const err18 = { instancePath: instancePath + "/stage", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: "must match pattern \"" + "^[A-Za-z0-9][A-Za-z0-9._-]*$" + "\"", schema: "^[A-Za-z0-9][A-Za-z0-9._-]*$", parentSchema: schema13, data: data3 };
                    if (vErrors === null) {
                        vErrors = [err18];
                    }
                    else {
                        vErrors.push(err18);
                    }
                    errors++;
                }
            }
            else {
                const err19 = { instancePath: instancePath + "/stage", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data3 };
                if (vErrors === null) {
                    vErrors = [err19];
                }
                else {
                    vErrors.push(err19);
                }
                errors++;
            }
        }
        if (data.model !== undefined) {
            let data4 = data.model;
            if (typeof data4 === "string") {
                if (func1(data4) > 200) {
                    const err20 = { instancePath: instancePath + "/model", schemaPath: "#/properties/model/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema11.properties.model, data: data4 };
                    if (vErrors === null) {
                        vErrors = [err20];
                    }
                    else {
                        vErrors.push(err20);
                    }
                    errors++;
                }
                if (func1(data4) < 1) {
                    const err21 = { instancePath: instancePath + "/model", schemaPath: "#/properties/model/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.model, data: data4 };
                    if (vErrors === null) {
                        vErrors = [err21];
                    }
                    else {
                        vErrors.push(err21);
                    }
                    errors++;
                }
                if (!pattern4.test(data4)) {
                    const err22 = { instancePath: instancePath + "/model", schemaPath: "#/properties/model/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._:/@+-]*$" }, message: "must match pattern \"" + "^[A-Za-z0-9][A-Za-z0-9._:/@+-]*$" + "\"", schema: "^[A-Za-z0-9][A-Za-z0-9._:/@+-]*$", parentSchema: schema11.properties.model, data: data4 };
                    if (vErrors === null) {
                        vErrors = [err22];
                    }
                    else {
                        vErrors.push(err22);
                    }
                    errors++;
                }
            }
            else {
                const err23 = { instancePath: instancePath + "/model", schemaPath: "#/properties/model/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.model.type, parentSchema: schema11.properties.model, data: data4 };
                if (vErrors === null) {
                    vErrors = [err23];
                }
                else {
                    vErrors.push(err23);
                }
                errors++;
            }
        }
        if (data.reasoning_effort !== undefined) {
            let data5 = data.reasoning_effort;
            if (!((((data5 === "low") || (data5 === "medium")) || (data5 === "high")) || (data5 === "xhigh"))) {
                const err24 = { instancePath: instancePath + "/reasoning_effort", schemaPath: "#/properties/reasoning_effort/enum", keyword: "enum", params: { allowedValues: schema11.properties.reasoning_effort.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.reasoning_effort.enum, parentSchema: schema11.properties.reasoning_effort, data: data5 };
                if (vErrors === null) {
                    vErrors = [err24];
                }
                else {
                    vErrors.push(err24);
                }
                errors++;
            }
        }
        if (data.input_artifacts !== undefined) {
            let data6 = data.input_artifacts;
            if (Array.isArray(data6)) {
                if (data6.length > 1000) {
                    const err25 = { instancePath: instancePath + "/input_artifacts", schemaPath: "#/properties/input_artifacts/maxItems", keyword: "maxItems", params: { limit: 1000 }, message: "must NOT have more than 1000 items", schema: 1000, parentSchema: schema11.properties.input_artifacts, data: data6 };
                    if (vErrors === null) {
                        vErrors = [err25];
                    }
                    else {
                        vErrors.push(err25);
                    }
                    errors++;
                }
                const len0 = data6.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    let data7 = data6[i0];
                    if (typeof data7 === "string") {
                        if (func1(data7) > 200) {
                            const err26 = { instancePath: instancePath + "/input_artifacts/" + i0, schemaPath: "#/$defs/artifact_ref/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema14, data: data7 };
                            if (vErrors === null) {
                                vErrors = [err26];
                            }
                            else {
                                vErrors.push(err26);
                            }
                            errors++;
                        }
                        if (!pattern20.test(data7)) {
                            const err27 = { instancePath: instancePath + "/input_artifacts/" + i0, schemaPath: "#/$defs/artifact_ref/pattern", keyword: "pattern", params: { pattern: "^artifact://(sha256:[0-9a-f]{64}|sha512:[0-9a-f]{128})$" }, message: "must match pattern \"" + "^artifact://(sha256:[0-9a-f]{64}|sha512:[0-9a-f]{128})$" + "\"", schema: "^artifact://(sha256:[0-9a-f]{64}|sha512:[0-9a-f]{128})$", parentSchema: schema14, data: data7 };
                            if (vErrors === null) {
                                vErrors = [err27];
                            }
                            else {
                                vErrors.push(err27);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err28 = { instancePath: instancePath + "/input_artifacts/" + i0, schemaPath: "#/$defs/artifact_ref/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data7 };
                        if (vErrors === null) {
                            vErrors = [err28];
                        }
                        else {
                            vErrors.push(err28);
                        }
                        errors++;
                    }
                }
                let i1 = data6.length;
                let j0;
                if (i1 > 1) {
                    outer0: for (; i1--;) {
                        for (j0 = i1; j0--;) {
                            if (func37(data6[i1], data6[j0])) {
                                const err29 = { instancePath: instancePath + "/input_artifacts", schemaPath: "#/properties/input_artifacts/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema11.properties.input_artifacts, data: data6 };
                                if (vErrors === null) {
                                    vErrors = [err29];
                                }
                                else {
                                    vErrors.push(err29);
                                }
                                errors++;
                                break outer0;
                            }
                        }
                    }
                }
            }
            else {
                const err30 = { instancePath: instancePath + "/input_artifacts", schemaPath: "#/properties/input_artifacts/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.input_artifacts.type, parentSchema: schema11.properties.input_artifacts, data: data6 };
                if (vErrors === null) {
                    vErrors = [err30];
                }
                else {
                    vErrors.push(err30);
                }
                errors++;
            }
        }
        if (data.prompt_artifact !== undefined) {
            let data8 = data.prompt_artifact;
            if (typeof data8 === "string") {
                if (func1(data8) > 200) {
                    const err31 = { instancePath: instancePath + "/prompt_artifact", schemaPath: "#/$defs/artifact_ref/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema14, data: data8 };
                    if (vErrors === null) {
                        vErrors = [err31];
                    }
                    else {
                        vErrors.push(err31);
                    }
                    errors++;
                }
                if (!pattern20.test(data8)) {
                    const err32 = { instancePath: instancePath + "/prompt_artifact", schemaPath: "#/$defs/artifact_ref/pattern", keyword: "pattern", params: { pattern: "^artifact://(sha256:[0-9a-f]{64}|sha512:[0-9a-f]{128})$" }, message: "must match pattern \"" + "^artifact://(sha256:[0-9a-f]{64}|sha512:[0-9a-f]{128})$" + "\"", schema: "^artifact://(sha256:[0-9a-f]{64}|sha512:[0-9a-f]{128})$", parentSchema: schema14, data: data8 };
                    if (vErrors === null) {
                        vErrors = [err32];
                    }
                    else {
                        vErrors.push(err32);
                    }
                    errors++;
                }
            }
            else {
                const err33 = { instancePath: instancePath + "/prompt_artifact", schemaPath: "#/$defs/artifact_ref/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data8 };
                if (vErrors === null) {
                    vErrors = [err33];
                }
                else {
                    vErrors.push(err33);
                }
                errors++;
            }
        }
        if (data.redaction_profile !== undefined) {
            let data9 = data.redaction_profile;
            if (typeof data9 === "string") {
                if (func1(data9) > 128) {
                    const err34 = { instancePath: instancePath + "/redaction_profile", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema13, data: data9 };
                    if (vErrors === null) {
                        vErrors = [err34];
                    }
                    else {
                        vErrors.push(err34);
                    }
                    errors++;
                }
                if (func1(data9) < 1) {
                    const err35 = { instancePath: instancePath + "/redaction_profile", schemaPath: "#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13, data: data9 };
                    if (vErrors === null) {
                        vErrors = [err35];
                    }
                    else {
                        vErrors.push(err35);
                    }
                    errors++;
                }
                if (!pattern2.test(data9)) {
                    const err36 = { instancePath: instancePath + "/redaction_profile", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: "must match pattern \"" + "^[A-Za-z0-9][A-Za-z0-9._-]*$" + "\"", schema: "^[A-Za-z0-9][A-Za-z0-9._-]*$", parentSchema: schema13, data: data9 };
                    if (vErrors === null) {
                        vErrors = [err36];
                    }
                    else {
                        vErrors.push(err36);
                    }
                    errors++;
                }
            }
            else {
                const err37 = { instancePath: instancePath + "/redaction_profile", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data9 };
                if (vErrors === null) {
                    vErrors = [err37];
                }
                else {
                    vErrors.push(err37);
                }
                errors++;
            }
        }
        if (data.response_schema !== undefined) {
            let data10 = data.response_schema;
            if (typeof data10 === "string") {
                if (func1(data10) > 500) {
                    const err38 = { instancePath: instancePath + "/response_schema", schemaPath: "#/properties/response_schema/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters", schema: 500, parentSchema: schema11.properties.response_schema, data: data10 };
                    if (vErrors === null) {
                        vErrors = [err38];
                    }
                    else {
                        vErrors.push(err38);
                    }
                    errors++;
                }
                if (func1(data10) < 1) {
                    const err39 = { instancePath: instancePath + "/response_schema", schemaPath: "#/properties/response_schema/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.response_schema, data: data10 };
                    if (vErrors === null) {
                        vErrors = [err39];
                    }
                    else {
                        vErrors.push(err39);
                    }
                    errors++;
                }
                if (!pattern23.test(data10)) {
                    const err40 = { instancePath: instancePath + "/response_schema", schemaPath: "#/properties/response_schema/pattern", keyword: "pattern", params: { pattern: "^\\S+$" }, message: "must match pattern \"" + "^\\S+$" + "\"", schema: "^\\S+$", parentSchema: schema11.properties.response_schema, data: data10 };
                    if (vErrors === null) {
                        vErrors = [err40];
                    }
                    else {
                        vErrors.push(err40);
                    }
                    errors++;
                }
            }
            else {
                const err41 = { instancePath: instancePath + "/response_schema", schemaPath: "#/properties/response_schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.response_schema.type, parentSchema: schema11.properties.response_schema, data: data10 };
                if (vErrors === null) {
                    vErrors = [err41];
                }
                else {
                    vErrors.push(err41);
                }
                errors++;
            }
        }
        if (data.policy_id !== undefined) {
            let data11 = data.policy_id;
            if (typeof data11 === "string") {
                if (func1(data11) > 128) {
                    const err42 = { instancePath: instancePath + "/policy_id", schemaPath: "#/$defs/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema13, data: data11 };
                    if (vErrors === null) {
                        vErrors = [err42];
                    }
                    else {
                        vErrors.push(err42);
                    }
                    errors++;
                }
                if (func1(data11) < 1) {
                    const err43 = { instancePath: instancePath + "/policy_id", schemaPath: "#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13, data: data11 };
                    if (vErrors === null) {
                        vErrors = [err43];
                    }
                    else {
                        vErrors.push(err43);
                    }
                    errors++;
                }
                if (!pattern2.test(data11)) {
                    const err44 = { instancePath: instancePath + "/policy_id", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: "must match pattern \"" + "^[A-Za-z0-9][A-Za-z0-9._-]*$" + "\"", schema: "^[A-Za-z0-9][A-Za-z0-9._-]*$", parentSchema: schema13, data: data11 };
                    if (vErrors === null) {
                        vErrors = [err44];
                    }
                    else {
                        vErrors.push(err44);
                    }
                    errors++;
                }
            }
            else {
                const err45 = { instancePath: instancePath + "/policy_id", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data11 };
                if (vErrors === null) {
                    vErrors = [err45];
                }
                else {
                    vErrors.push(err45);
                }
                errors++;
            }
        }
        if (data.created_at !== undefined) {
            let data12 = data.created_at;
            if (typeof data12 === "string") {
                if (func1(data12) > 64) {
                    const err46 = { instancePath: instancePath + "/created_at", schemaPath: "#/properties/created_at/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema11.properties.created_at, data: data12 };
                    if (vErrors === null) {
                        vErrors = [err46];
                    }
                    else {
                        vErrors.push(err46);
                    }
                    errors++;
                }
                if (!(formats0.validate(data12))) {
                    const err47 = { instancePath: instancePath + "/created_at", schemaPath: "#/properties/created_at/format", keyword: "format", params: { format: "date-time" }, message: "must match format \"" + "date-time" + "\"", schema: "date-time", parentSchema: schema11.properties.created_at, data: data12 };
                    if (vErrors === null) {
                        vErrors = [err47];
                    }
                    else {
                        vErrors.push(err47);
                    }
                    errors++;
                }
            }
            else {
                const err48 = { instancePath: instancePath + "/created_at", schemaPath: "#/properties/created_at/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.created_at.type, parentSchema: schema11.properties.created_at, data: data12 };
                if (vErrors === null) {
                    vErrors = [err48];
                }
                else {
                    vErrors.push(err48);
                }
                errors++;
            }
        }
    }
    else {
        const err49 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
        if (vErrors === null) {
            vErrors = [err49];
        }
        else {
            vErrors.push(err49);
        }
        errors++;
    } validate4.errors = vErrors; return errors === 0; }
    validate4.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    exports.v5 = validate5;
    const schema18 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://pipeguard.dev/schemas/pipeguard-config.v1.schema.json", "title": "pipeguard configuration (.pipeguard.yml), version 1", "description": "Which checks pipeguard runs and how. Every key is optional; a missing file means the embedded defaults.", "type": "object", "additionalProperties": false, "properties": { "$schema": { "type": "string" }, "version": { "description": "Configuration format version.", "const": 1 }, "fail-on": { "description": "Lowest severity that fails a check (a check's own fail-on overrides it).", "$ref": "#/$defs/severity" }, "audit": { "type": "object", "additionalProperties": false, "properties": { "log": { "description": "JSONL file every decision is appended to (relative to the root). --audit-log overrides it.", "type": "string", "minLength": 1 }, "stage": { "description": "Pipeline stage recorded in audit records (default: the command name).", "type": "string", "minLength": 1 } } }, "checklist": { "description": "Repository hygiene checklist (seed 004) and per-mode controls.", "type": "object", "additionalProperties": false, "properties": { "enabled": { "type": "boolean", "default": true }, "fail-on": { "$ref": "#/$defs/severity" }, "disable": { "description": "Checklist item ids to skip.", "type": "array", "items": { "type": "string", "minLength": 1 }, "uniqueItems": true }, "data-globs": { "description": "Globs of data files that must be git-ignored and untracked.", "type": "array", "items": { "type": "string", "minLength": 1 } }, "execution-mode": { "description": "Execution mode whose controls apply (SPEC-260): local, hybrid or cloud.", "enum": ["local", "hybrid", "cloud"] } } }, "secrets": { "description": "Secret scanning: secretlint's recommended rules plus pipeguard's own, over the tree (or, in CI, the PR's added lines / the pushed commits).", "type": "object", "additionalProperties": false, "properties": { "enabled": { "type": "boolean", "default": true }, "fail-on": { "$ref": "#/$defs/severity" }, "paths": { "description": "Paths (relative to the root) to scan instead of the whole tree; CLI positionals override them.", "type": "array", "items": { "type": "string", "minLength": 1 }, "uniqueItems": true }, "exclude": { "description": "Globs (picomatch, matched against root-relative paths) whose findings are dropped, e.g. vendored test fixtures. Prefer the ignore file for single findings.", "type": "array", "items": { "type": "string", "minLength": 1 }, "uniqueItems": true }, "max-file-size": { "description": "Files larger than this are not read and are reported as skipped: bytes, or a size such as 10MB or 512k.", "anyOf": [{ "type": "integer", "minimum": 1 }, { "type": "string", "pattern": "^\\s*\\d+(\\.\\d+)?\\s*([bB]|[kKmMgG]([bB]|i[bB])?)?\\s*$" }], "default": "10MB" }, "ignore-file": { "description": "Fingerprint ignore file (YAML: fingerprint, reason, optional expires), relative to the root.", "type": "string", "minLength": 1, "default": ".pipeguard/secrets-ignore" }, "baseline": { "description": "Baseline file (JSON written by `pipeguard secrets --write-baseline`); findings it lists are reported as suppressed.", "type": "string", "minLength": 1 }, "decode": { "description": "Also scan base64 and URL-encoded values (Kubernetes Secret data, .dockerconfigjson), decoded once.", "type": "boolean", "default": true } } }, "validate": { "description": "Schema validation of documents and semantic policy rules (docs/validate.md).", "type": "object", "additionalProperties": false, "properties": { "enabled": { "type": "boolean", "default": true }, "fail-on": { "$ref": "#/$defs/severity" }, "schemas": { "description": "Glob → schema map, consulted before the built-in map; the first matching entry wins. A mapped file is validated against its schema whatever its own $schema says.", "type": "array", "maxItems": 200, "items": { "type": "object", "additionalProperties": false, "required": ["files", "schema"], "properties": { "files": { "description": "Globs relative to the repository root (picomatch syntax, dotfiles matched), e.g. `runs/*/envelopes/*.json`.", "type": "array", "minItems": 1, "maxItems": 200, "items": { "type": "string", "minLength": 1, "maxLength": 500 } }, "schema": { "description": "A shipped schema's short name (e.g. `model-request-envelope.v1`) or $id, or the $id of a schema listed in extra-schemas.", "type": "string", "minLength": 1, "maxLength": 500 } } } }, "default-schemas": { "description": "Apply the built-in glob map (envelopes, automation and eval policies, exceptions, runs/*/meta.json, audit logs, .pipeguard.yml) after `schemas`.", "type": "boolean", "default": true }, "files": { "description": "More globs whose documents are validated against the schema their own `$schema` (or YAML modeline) names, when pipeguard validate runs without paths.", "type": "array", "maxItems": 200, "items": { "type": "string", "minLength": 1, "maxLength": 500 } }, "exclude": { "description": "Globs never validated, even when passed explicitly (e.g. test fixtures that are invalid on purpose).", "type": "array", "maxItems": 200, "items": { "type": "string", "minLength": 1, "maxLength": 500 } }, "extra-schemas": { "description": "Your own JSON Schema 2020-12 files (each with an $id), relative to the root: usable in `schemas`, in documents' $schema and as envelopes' response_schema. Never fetched from the network.", "type": "array", "maxItems": 200, "uniqueItems": true, "items": { "type": "string", "minLength": 1, "maxLength": 500 } }, "redaction-profiles": { "description": "Redaction profile ids an envelope's redaction_profile (and a policy's default_redaction_profile) may name.", "type": "array", "maxItems": 200, "uniqueItems": true, "items": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$", "maxLength": 128 } }, "gateways": { "description": "Gateway ids cloud and hybrid automation policies may route through; any id when unset.", "type": "array", "maxItems": 200, "uniqueItems": true, "items": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$", "maxLength": 128 } }, "disable-rules": { "description": "Semantic rules to skip.", "type": "array", "uniqueItems": true, "items": { "enum": ["policy-not-found", "model-not-allowed", "run-window", "outside-run-window", "gateway", "approval-missing", "redaction-profile", "response-schema", "run-id-mismatch"] } } } }, "checksums": { "description": "Artifact checksum verification (checksum.sha256 in GNU sha256sum format).", "type": "object", "additionalProperties": false, "properties": { "enabled": { "type": "boolean", "default": true }, "fail-on": { "$ref": "#/$defs/severity" }, "manifests": { "description": "Globs (relative to the root, no '..') of the checksum files to verify. Each is verified strictly against its own directory.", "type": "array", "items": { "type": "string", "minLength": 1 }, "default": ["runs/**/checksum.sha256", "deployments/**/checksum.sha256"] }, "require": { "description": "Globs of directories that must each hold a checksum.sha256; a matching directory without one is a finding. [] turns this off.", "type": "array", "items": { "type": "string", "minLength": 1 }, "default": ["runs/*/artifact", "deployments/*"] }, "allow-unlisted": { "description": "Accept files present in a checksummed directory but not listed in its checksum file (sha256sum -c behaviour). Symlinks leaving the directory are reported regardless.", "type": "boolean", "default": false }, "compare-deployments": { "description": "Check that each checksum file under deployments/ lists exactly the files and digests of its run's runs/<run_id>/artifact/checksum.sha256 (matched by a '# run_id:' comment, a listed meta.json run_id, or identical file names).", "type": "boolean", "default": true } } }, "eval-gate": { "description": "Eval gate: metrics against thresholds, exceptions signed or approved by every required role. Runs when this section is present.", "type": "object", "additionalProperties": false, "properties": { "enabled": { "type": "boolean", "default": true }, "fail-on": { "$ref": "#/$defs/severity" }, "policy": { "description": "Eval policy file (schemas/eval-policy.v1), relative to the root. --policy overrides it.", "type": "string", "minLength": 1, "default": "eval-policy.yml" }, "metrics": { "description": "Metrics file of the candidate run (JSON or YAML, flat or nested, lm-eval-harness keys such as acc,none). --metrics overrides it.", "type": "string", "minLength": 1 }, "baseline": { "description": "Metrics file of the baseline run, for max_drop_abs / max_drop_rel rules. --baseline overrides it.", "type": "string", "minLength": 1 }, "junit": { "description": "JUnit XML report(s) whose pass/fail counts are a second metrics source (counts are summed). --junit overrides it.", "type": "array", "items": { "type": "string", "minLength": 1 }, "maxItems": 100 }, "model": { "description": "Model name the gate decides for (exceptions must name it). --model overrides it; default: the policy's model.", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._/@:+-]{0,199}$" }, "manifest": { "description": "The candidate run's checksum.sha256: its sha256 is the artifact digest exceptions are bound to. --manifest / --digest override it.", "type": "string", "minLength": 1 }, "exceptions-dir": { "description": "Folder holding exception files (*.yml / *.yaml, signatures in <file>.sig). --exceptions-dir overrides it.", "type": "string", "minLength": 1, "default": "exceptions" }, "allowed-signers": { "description": "allowed_signers file in git's / ssh-keygen's format mapping principals to SSH public keys. Keep it CODEOWNERS-protected.", "type": "string", "minLength": 1, "default": ".github/allowed_signers" }, "approval": { "description": "How each required role approves an exception: SSH signatures over the file, PR reviews, or both.", "enum": ["signatures", "reviews", "both"], "default": "signatures" }, "roles": { "description": "Who holds each role: SSH principals (as in allowed_signers) for signatures, GitHub logins or org/team slugs for reviews.", "type": "object", "maxProperties": 20, "propertyNames": { "type": "string", "pattern": "^[a-z][a-z0-9_-]{0,63}$" }, "additionalProperties": { "type": "object", "additionalProperties": false, "properties": { "principals": { "description": "SSH principals (e.g. emails) whose allowed_signers keys may sign for this role. No wildcards.", "type": "array", "uniqueItems": true, "maxItems": 100, "items": { "type": "string", "minLength": 1, "maxLength": 200, "pattern": "^[^*?!,\\s\"]+$" } }, "github": { "description": "GitHub logins or org/team slugs whose PR approval satisfies this role (approval: reviews or both).", "type": "array", "uniqueItems": true, "maxItems": 100, "items": { "type": "string", "pattern": "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9_.-]{1,100})?$" } } } } }, "github": { "description": "How the gate shows up on a pull request (approval: reviews or both). See docs/github-gate.md.", "type": "object", "additionalProperties": false, "properties": { "status": { "description": "Write a commit status on the PR head: pending first, then success only when the gate passes, else failure (never neutral). Default: on when approval uses reviews.", "type": "boolean" }, "status-context": { "description": "Name of that commit status: make it the required status check of the branch.", "type": "string", "pattern": "^\\S(?:.{0,98}\\S)?$", "default": "pipeguard/eval-gate" }, "comment": { "description": "Keep one sticky PR comment with the unblock instructions, edited in place (needs pull-requests: write). Default: on when approval uses reviews.", "type": "boolean" }, "branch-rules": { "description": "Read the base branch's rulesets and protection and warn when the status is not required or stale approvals are not dismissed. Default: on when approval uses reviews.", "type": "boolean" }, "rerun-failed": { "description": "When a pull_request_review run passes, re-run the failed jobs of this workflow's earlier pull_request runs on the same head (needs actions: write), for branches that require the job instead of the status. Default: off.", "type": "boolean" } } } } }, "provenance": { "description": "Provenance stamping and verification of run metadata. Runs when this section is present: `pipeguard check` then verifies every stamped run and every deployment.", "type": "object", "additionalProperties": false, "properties": { "enabled": { "type": "boolean", "default": true }, "fail-on": { "$ref": "#/$defs/severity" }, "artifact-dir": { "description": "Artifact subdirectory of a run directory, holding checksum.sha256 (default: artifact).", "type": "string", "minLength": 1, "default": "artifact" }, "runs": { "description": "Globs of run directories (relative to the root): verified by `pipeguard check` when stamped, and searched for the run a deployment came from.", "type": "array", "items": { "type": "string", "minLength": 1 }, "default": ["runs/*"] }, "deployments": { "description": "Globs of deploy directories whose artifacts `pipeguard check` traces back to a stamped run.", "type": "array", "items": { "type": "string", "minLength": 1 }, "default": ["deployments/*"] }, "dataset": { "description": "Dataset name stamped when --dataset is not given and meta.json has none.", "type": "string", "minLength": 1 }, "data-path": { "description": "Data path or URI stamped when --data-path is not given and meta.json has none.", "type": "string", "minLength": 1 }, "data-digest": { "description": "Hash the local data path (file, or directory tree) into data_digest when stamping.", "type": "boolean", "default": false }, "policies": { "description": "Policy documents in force (relative to the root), recorded with their settings; *policy.{json,yaml,yml} files in the run directory are added.", "type": "array", "items": { "type": "string", "minLength": 1 } }, "sign-key": { "description": "PEM or OpenSSH private key file that signs the statement into provenance.intoto.dsse.json (inside the root; prefer sign-key-env in CI).", "type": "string", "minLength": 1 }, "sign-key-env": { "description": "Name of the environment variable holding the signing key's text (e.g. from a CI secret).", "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$" }, "key-passphrase-env": { "description": "Name of the environment variable holding the passphrase of an encrypted PEM signing key.", "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$" }, "public-keys": { "description": "PEM or OpenSSH public keys (relative to the root); each must have signed a run's provenance for verify to pass.", "type": "array", "items": { "type": "string", "minLength": 1 } }, "require-signature": { "description": "Fail verification of runs whose provenance is not signed.", "type": "boolean", "default": false } } } }, "$defs": { "severity": { "description": "Finding severity (risk level).", "enum": ["low", "medium", "high", "critical"] } } };
    const schema19 = { "description": "Finding severity (risk level).", "enum": ["low", "medium", "high", "critical"] };
    const pattern25 = new RegExp("^\\s*\\d+(\\.\\d+)?\\s*([bB]|[kKmMgG]([bB]|i[bB])?)?\\s*$", "u");
    const pattern30 = new RegExp("^[^*?!,\\s\"]+$", "u");
    const pattern31 = new RegExp("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9_.-]{1,100})?$", "u");
    const pattern32 = new RegExp("^\\S(?:.{0,98}\\S)?$", "u");
    const pattern33 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
    function validate5(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { /*# sourceURL="https://pipeguard.dev/schemas/pipeguard-config.v1.schema.json" */ ; let vErrors = null; let errors = 0; const evaluated0 = validate5.evaluated; if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    } if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    } if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
            if (!(func0.call(schema18.properties, key0))) {
                const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema18, data };
                if (vErrors === null) {
                    vErrors = [err0];
                }
                else {
                    vErrors.push(err0);
                }
                errors++;
            }
        }
        if (data.$schema !== undefined) {
            let data0 = data.$schema;
            if (typeof data0 !== "string") {
                const err1 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.$schema.type, parentSchema: schema18.properties.$schema, data: data0 };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        if (data.version !== undefined) {
            let data1 = data.version;
            if (1 !== data1) {
                const err2 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema18.properties.version, data: data1 };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        if (data["fail-on"] !== undefined) {
            let data2 = data["fail-on"];
            if (!((((data2 === "low") || (data2 === "medium")) || (data2 === "high")) || (data2 === "critical"))) {
                const err3 = { instancePath: instancePath + "/fail-on", schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema19.enum }, message: "must be equal to one of the allowed values", schema: schema19.enum, parentSchema: schema19, data: data2 };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
        if (data.audit !== undefined) {
            let data3 = data.audit;
            if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                for (const key1 in data3) {
                    if (!((key1 === "log") || (key1 === "stage"))) {
                        const err4 = { instancePath: instancePath + "/audit", schemaPath: "#/properties/audit/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema18.properties.audit, data: data3 };
                        if (vErrors === null) {
                            vErrors = [err4];
                        }
                        else {
                            vErrors.push(err4);
                        }
                        errors++;
                    }
                }
                if (data3.log !== undefined) {
                    let data4 = data3.log;
                    if (typeof data4 === "string") {
                        if (func1(data4) < 1) {
                            const err5 = { instancePath: instancePath + "/audit/log", schemaPath: "#/properties/audit/properties/log/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema18.properties.audit.properties.log, data: data4 };
                            if (vErrors === null) {
                                vErrors = [err5];
                            }
                            else {
                                vErrors.push(err5);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err6 = { instancePath: instancePath + "/audit/log", schemaPath: "#/properties/audit/properties/log/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.audit.properties.log.type, parentSchema: schema18.properties.audit.properties.log, data: data4 };
                        if (vErrors === null) {
                            vErrors = [err6];
                        }
                        else {
                            vErrors.push(err6);
                        }
                        errors++;
                    }
                }
                if (data3.stage !== undefined) {
                    let data5 = data3.stage;
                    if (typeof data5 === "string") {
                        if (func1(data5) < 1) {
                            const err7 = { instancePath: instancePath + "/audit/stage", schemaPath: "#/properties/audit/properties/stage/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema18.properties.audit.properties.stage, data: data5 };
                            if (vErrors === null) {
                                vErrors = [err7];
                            }
                            else {
                                vErrors.push(err7);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err8 = { instancePath: instancePath + "/audit/stage", schemaPath: "#/properties/audit/properties/stage/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.audit.properties.stage.type, parentSchema: schema18.properties.audit.properties.stage, data: data5 };
                        if (vErrors === null) {
                            vErrors = [err8];
                        }
                        else {
                            vErrors.push(err8);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err9 = { instancePath: instancePath + "/audit", schemaPath: "#/properties/audit/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema18.properties.audit.type, parentSchema: schema18.properties.audit, data: data3 };
                if (vErrors === null) {
                    vErrors = [err9];
                }
                else {
                    vErrors.push(err9);
                }
                errors++;
            }
        }
        if (data.checklist !== undefined) {
            let data6 = data.checklist;
            if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                for (const key2 in data6) {
                    if (!(((((key2 === "enabled") || (key2 === "fail-on")) || (key2 === "disable")) || (key2 === "data-globs")) || (key2 === "execution-mode"))) {
                        const err10 = { instancePath: instancePath + "/checklist", schemaPath: "#/properties/checklist/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema18.properties.checklist, data: data6 };
                        if (vErrors === null) {
                            vErrors = [err10];
                        }
                        else {
                            vErrors.push(err10);
                        }
                        errors++;
                    }
                }
                if (data6.enabled !== undefined) {
                    let data7 = data6.enabled;
                    if (typeof data7 !== "boolean") {
                        const err11 = { instancePath: instancePath + "/checklist/enabled", schemaPath: "#/properties/checklist/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema18.properties.checklist.properties.enabled.type, parentSchema: schema18.properties.checklist.properties.enabled, data: data7 };
                        if (vErrors === null) {
                            vErrors = [err11];
                        }
                        else {
                            vErrors.push(err11);
                        }
                        errors++;
                    }
                }
                if (data6["fail-on"] !== undefined) {
                    let data8 = data6["fail-on"];
                    if (!((((data8 === "low") || (data8 === "medium")) || (data8 === "high")) || (data8 === "critical"))) {
                        const err12 = { instancePath: instancePath + "/checklist/fail-on", schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema19.enum }, message: "must be equal to one of the allowed values", schema: schema19.enum, parentSchema: schema19, data: data8 };
                        if (vErrors === null) {
                            vErrors = [err12];
                        }
                        else {
                            vErrors.push(err12);
                        }
                        errors++;
                    }
                }
                if (data6.disable !== undefined) {
                    let data9 = data6.disable;
                    if (Array.isArray(data9)) {
                        const len0 = data9.length;
                        for (let i0 = 0; i0 < len0; i0++) {
                            let data10 = data9[i0];
                            if (typeof data10 === "string") {
                                if (func1(data10) < 1) {
                                    const err13 = { instancePath: instancePath + "/checklist/disable/" + i0, schemaPath: "#/properties/checklist/properties/disable/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema18.properties.checklist.properties.disable.items, data: data10 };
                                    if (vErrors === null) {
                                        vErrors = [err13];
                                    }
                                    else {
                                        vErrors.push(err13);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err14 = { instancePath: instancePath + "/checklist/disable/" + i0, schemaPath: "#/properties/checklist/properties/disable/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.checklist.properties.disable.items.type, parentSchema: schema18.properties.checklist.properties.disable.items, data: data10 };
                                if (vErrors === null) {
                                    vErrors = [err14];
                                }
                                else {
                                    vErrors.push(err14);
                                }
                                errors++;
                            }
                        }
                        let i1 = data9.length;
                        let j0;
                        if (i1 > 1) {
                            const indices0 = {};
                            for (; i1--;) {
                                let item0 = data9[i1];
                                if (typeof item0 !== "string") {
                                    continue;
                                }
                                if (typeof indices0[item0] == "number") {
                                    j0 = indices0[item0];
                                    const err15 = { instancePath: instancePath + "/checklist/disable", schemaPath: "#/properties/checklist/properties/disable/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema18.properties.checklist.properties.disable, data: data9 };
                                    if (vErrors === null) {
                                        vErrors = [err15];
                                    }
                                    else {
                                        vErrors.push(err15);
                                    }
                                    errors++;
                                    break;
                                }
                                indices0[item0] = i1;
                            }
                        }
                    }
                    else {
                        const err16 = { instancePath: instancePath + "/checklist/disable", schemaPath: "#/properties/checklist/properties/disable/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema18.properties.checklist.properties.disable.type, parentSchema: schema18.properties.checklist.properties.disable, data: data9 };
                        if (vErrors === null) {
                            vErrors = [err16];
                        }
                        else {
                            vErrors.push(err16);
                        }
                        errors++;
                    }
                }
                if (data6["data-globs"] !== undefined) {
                    let data11 = data6["data-globs"];
                    if (Array.isArray(data11)) {
                        const len1 = data11.length;
                        for (let i2 = 0; i2 < len1; i2++) {
                            let data12 = data11[i2];
                            if (typeof data12 === "string") {
                                if (func1(data12) < 1) {
                                    const err17 = { instancePath: instancePath + "/checklist/data-globs/" + i2, schemaPath: "#/properties/checklist/properties/data-globs/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema18.properties.checklist.properties["data-globs"].items, data: data12 };
                                    if (vErrors === null) {
                                        vErrors = [err17];
                                    }
                                    else {
                                        vErrors.push(err17);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err18 = { instancePath: instancePath + "/checklist/data-globs/" + i2, schemaPath: "#/properties/checklist/properties/data-globs/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.checklist.properties["data-globs"].items.type, parentSchema: schema18.properties.checklist.properties["data-globs"].items, data: data12 };
                                if (vErrors === null) {
                                    vErrors = [err18];
                                }
                                else {
                                    vErrors.push(err18);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err19 = { instancePath: instancePath + "/checklist/data-globs", schemaPath: "#/properties/checklist/properties/data-globs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema18.properties.checklist.properties["data-globs"].type, parentSchema: schema18.properties.checklist.properties["data-globs"], data: data11 };
                        if (vErrors === null) {
                            vErrors = [err19];
                        }
                        else {
                            vErrors.push(err19);
                        }
                        errors++;
                    }
                }
                if (data6["execution-mode"] !== undefined) {
                    let data13 = data6["execution-mode"];
                    if (!(((data13 === "local") || (data13 === "hybrid")) || (data13 === "cloud"))) {
                        const err20 = { instancePath: instancePath + "/checklist/execution-mode", schemaPath: "#/properties/checklist/properties/execution-mode/enum", keyword: "enum", params: { allowedValues: schema18.properties.checklist.properties["execution-mode"].enum }, message: "must be equal to one of the allowed values", schema: schema18.properties.checklist.properties["execution-mode"].enum, parentSchema: schema18.properties.checklist.properties["execution-mode"], data: data13 };
                        if (vErrors === null) {
                            vErrors = [err20];
                        }
                        else {
                            vErrors.push(err20);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err21 = { instancePath: instancePath + "/checklist", schemaPath: "#/properties/checklist/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema18.properties.checklist.type, parentSchema: schema18.properties.checklist, data: data6 };
                if (vErrors === null) {
                    vErrors = [err21];
                }
                else {
                    vErrors.push(err21);
                }
                errors++;
            }
        }
        if (data.secrets !== undefined) {
            let data14 = data.secrets;
            if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                for (const key3 in data14) {
                    if (!((((((((key3 === "enabled") || (key3 === "fail-on")) || (key3 === "paths")) || (key3 === "exclude")) || (key3 === "max-file-size")) || (key3 === "ignore-file")) || (key3 === "baseline")) || (key3 === "decode"))) {
                        const err22 = { instancePath: instancePath + "/secrets", schemaPath: "#/properties/secrets/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema18.properties.secrets, data: data14 };
                        if (vErrors === null) {
                            vErrors = [err22];
                        }
                        else {
                            vErrors.push(err22);
                        }
                        errors++;
                    }
                }
                if (data14.enabled !== undefined) {
                    let data15 = data14.enabled;
                    if (typeof data15 !== "boolean") {
                        const err23 = { instancePath: instancePath + "/secrets/enabled", schemaPath: "#/properties/secrets/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema18.properties.secrets.properties.enabled.type, parentSchema: schema18.properties.secrets.properties.enabled, data: data15 };
                        if (vErrors === null) {
                            vErrors = [err23];
                        }
                        else {
                            vErrors.push(err23);
                        }
                        errors++;
                    }
                }
                if (data14["fail-on"] !== undefined) {
                    let data16 = data14["fail-on"];
                    if (!((((data16 === "low") || (data16 === "medium")) || (data16 === "high")) || (data16 === "critical"))) {
                        const err24 = { instancePath: instancePath + "/secrets/fail-on", schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema19.enum }, message: "must be equal to one of the allowed values", schema: schema19.enum, parentSchema: schema19, data: data16 };
                        if (vErrors === null) {
                            vErrors = [err24];
                        }
                        else {
                            vErrors.push(err24);
                        }
                        errors++;
                    }
                }
                if (data14.paths !== undefined) {
                    let data17 = data14.paths;
                    if (Array.isArray(data17)) {
                        const len2 = data17.length;
                        for (let i3 = 0; i3 < len2; i3++) {
                            let data18 = data17[i3];
                            if (typeof data18 === "string") {
                                if (func1(data18) < 1) {
                                    const err25 = { instancePath: instancePath + "/secrets/paths/" + i3, schemaPath: "#/properties/secrets/properties/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema18.properties.secrets.properties.paths.items, data: data18 };
                                    if (vErrors === null) {
                                        vErrors = [err25];
                                    }
                                    else {
                                        vErrors.push(err25);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err26 = { instancePath: instancePath + "/secrets/paths/" + i3, schemaPath: "#/properties/secrets/properties/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.secrets.properties.paths.items.type, parentSchema: schema18.properties.secrets.properties.paths.items, data: data18 };
                                if (vErrors === null) {
                                    vErrors = [err26];
                                }
                                else {
                                    vErrors.push(err26);
                                }
                                errors++;
                            }
                        }
                        let i4 = data17.length;
                        let j1;
                        if (i4 > 1) {
                            const indices1 = {};
                            for (; i4--;) {
                                let item1 = data17[i4];
                                if (typeof item1 !== "string") {
                                    continue;
                                }
                                if (typeof indices1[item1] == "number") {
                                    j1 = indices1[item1];
                                    const err27 = { instancePath: instancePath + "/secrets/paths", schemaPath: "#/properties/secrets/properties/paths/uniqueItems", keyword: "uniqueItems", params: { i: i4, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i4 + " are identical)", schema: true, parentSchema: schema18.properties.secrets.properties.paths, data: data17 };
                                    if (vErrors === null) {
                                        vErrors = [err27];
                                    }
                                    else {
                                        vErrors.push(err27);
                                    }
                                    errors++;
                                    break;
                                }
                                indices1[item1] = i4;
                            }
                        }
                    }
                    else {
                        const err28 = { instancePath: instancePath + "/secrets/paths", schemaPath: "#/properties/secrets/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema18.properties.secrets.properties.paths.type, parentSchema: schema18.properties.secrets.properties.paths, data: data17 };
                        if (vErrors === null) {
                            vErrors = [err28];
                        }
                        else {
                            vErrors.push(err28);
                        }
                        errors++;
                    }
                }
                if (data14.exclude !== undefined) {
                    let data19 = data14.exclude;
                    if (Array.isArray(data19)) {
                        const len3 = data19.length;
                        for (let i5 = 0; i5 < len3; i5++) {
                            let data20 = data19[i5];
                            if (typeof data20 === "string") {
                                if (func1(data20) < 1) {
                                    const err29 = { instancePath: instancePath + "/secrets/exclude/" + i5, schemaPath: "#/properties/secrets/properties/exclude/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema18.properties.secrets.properties.exclude.items, data: data20 };
                                    if (vErrors === null) {
                                        vErrors = [err29];
                                    }
                                    else {
                                        vErrors.push(err29);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err30 = { instancePath: instancePath + "/secrets/exclude/" + i5, schemaPath: "#/properties/secrets/properties/exclude/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.secrets.properties.exclude.items.type, parentSchema: schema18.properties.secrets.properties.exclude.items, data: data20 };
                                if (vErrors === null) {
                                    vErrors = [err30];
                                }
                                else {
                                    vErrors.push(err30);
                                }
                                errors++;
                            }
                        }
                        let i6 = data19.length;
                        let j2;
                        if (i6 > 1) {
                            const indices2 = {};
                            for (; i6--;) {
                                let item2 = data19[i6];
                                if (typeof item2 !== "string") {
                                    continue;
                                }
                                if (typeof indices2[item2] == "number") {
                                    j2 = indices2[item2];
                                    const err31 = { instancePath: instancePath + "/secrets/exclude", schemaPath: "#/properties/secrets/properties/exclude/uniqueItems", keyword: "uniqueItems", params: { i: i6, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i6 + " are identical)", schema: true, parentSchema: schema18.properties.secrets.properties.exclude, data: data19 };
                                    if (vErrors === null) {
                                        vErrors = [err31];
                                    }
                                    else {
                                        vErrors.push(err31);
                                    }
                                    errors++;
                                    break;
                                }
                                indices2[item2] = i6;
                            }
                        }
                    }
                    else {
                        const err32 = { instancePath: instancePath + "/secrets/exclude", schemaPath: "#/properties/secrets/properties/exclude/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema18.properties.secrets.properties.exclude.type, parentSchema: schema18.properties.secrets.properties.exclude, data: data19 };
                        if (vErrors === null) {
                            vErrors = [err32];
                        }
                        else {
                            vErrors.push(err32);
                        }
                        errors++;
                    }
                }
                if (data14["max-file-size"] !== undefined) {
                    let data21 = data14["max-file-size"];
                    const _errs46 = errors;
                    let valid18 = false;
                    const _errs47 = errors;
                    if (!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))) {
                        const err33 = { instancePath: instancePath + "/secrets/max-file-size", schemaPath: "#/properties/secrets/properties/max-file-size/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema18.properties.secrets.properties["max-file-size"].anyOf[0].type, parentSchema: schema18.properties.secrets.properties["max-file-size"].anyOf[0], data: data21 };
                        if (vErrors === null) {
                            vErrors = [err33];
                        }
                        else {
                            vErrors.push(err33);
                        }
                        errors++;
                    }
                    if ((typeof data21 == "number") && (isFinite(data21))) {
                        if (data21 < 1 || isNaN(data21)) {
                            const err34 = { instancePath: instancePath + "/secrets/max-file-size", schemaPath: "#/properties/secrets/properties/max-file-size/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema18.properties.secrets.properties["max-file-size"].anyOf[0], data: data21 };
                            if (vErrors === null) {
                                vErrors = [err34];
                            }
                            else {
                                vErrors.push(err34);
                            }
                            errors++;
                        }
                    }
                    var _valid0 = _errs47 === errors;
                    valid18 = valid18 || _valid0;
                    const _errs49 = errors;
                    if (typeof data21 === "string") {
                        if (!pattern25.test(data21)) {
                            const err35 = { instancePath: instancePath + "/secrets/max-file-size", schemaPath: "#/properties/secrets/properties/max-file-size/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^\\s*\\d+(\\.\\d+)?\\s*([bB]|[kKmMgG]([bB]|i[bB])?)?\\s*$" }, message: "must match pattern \"" + "^\\s*\\d+(\\.\\d+)?\\s*([bB]|[kKmMgG]([bB]|i[bB])?)?\\s*$" + "\"", schema: "^\\s*\\d+(\\.\\d+)?\\s*([bB]|[kKmMgG]([bB]|i[bB])?)?\\s*$", parentSchema: schema18.properties.secrets.properties["max-file-size"].anyOf[1], data: data21 };
                            if (vErrors === null) {
                                vErrors = [err35];
                            }
                            else {
                                vErrors.push(err35);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err36 = { instancePath: instancePath + "/secrets/max-file-size", schemaPath: "#/properties/secrets/properties/max-file-size/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.secrets.properties["max-file-size"].anyOf[1].type, parentSchema: schema18.properties.secrets.properties["max-file-size"].anyOf[1], data: data21 };
                        if (vErrors === null) {
                            vErrors = [err36];
                        }
                        else {
                            vErrors.push(err36);
                        }
                        errors++;
                    }
                    var _valid0 = _errs49 === errors;
                    valid18 = valid18 || _valid0;
                    if (!valid18) {
                        const err37 = { instancePath: instancePath + "/secrets/max-file-size", schemaPath: "#/properties/secrets/properties/max-file-size/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema18.properties.secrets.properties["max-file-size"].anyOf, parentSchema: schema18.properties.secrets.properties["max-file-size"], data: data21 };
                        if (vErrors === null) {
                            vErrors = [err37];
                        }
                        else {
                            vErrors.push(err37);
                        }
                        errors++;
                    }
                    else {
                        errors = _errs46;
                        if (vErrors !== null) {
                            if (_errs46) {
                                vErrors.length = _errs46;
                            }
                            else {
                                vErrors = null;
                            }
                        }
                    }
                }
                if (data14["ignore-file"] !== undefined) {
                    let data22 = data14["ignore-file"];
                    if (typeof data22 === "string") {
                        if (func1(data22) < 1) {
                            const err38 = { instancePath: instancePath + "/secrets/ignore-file", schemaPath: "#/properties/secrets/properties/ignore-file/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema18.properties.secrets.properties["ignore-file"], data: data22 };
                            if (vErrors === null) {
                                vErrors = [err38];
                            }
                            else {
                                vErrors.push(err38);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err39 = { instancePath: instancePath + "/secrets/ignore-file", schemaPath: "#/properties/secrets/properties/ignore-file/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.secrets.properties["ignore-file"].type, parentSchema: schema18.properties.secrets.properties["ignore-file"], data: data22 };
                        if (vErrors === null) {
                            vErrors = [err39];
                        }
                        else {
                            vErrors.push(err39);
                        }
                        errors++;
                    }
                }
                if (data14.baseline !== undefined) {
                    let data23 = data14.baseline;
                    if (typeof data23 === "string") {
                        if (func1(data23) < 1) {
                            const err40 = { instancePath: instancePath + "/secrets/baseline", schemaPath: "#/properties/secrets/properties/baseline/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema18.properties.secrets.properties.baseline, data: data23 };
                            if (vErrors === null) {
                                vErrors = [err40];
                            }
                            else {
                                vErrors.push(err40);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err41 = { instancePath: instancePath + "/secrets/baseline", schemaPath: "#/properties/secrets/properties/baseline/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.secrets.properties.baseline.type, parentSchema: schema18.properties.secrets.properties.baseline, data: data23 };
                        if (vErrors === null) {
                            vErrors = [err41];
                        }
                        else {
                            vErrors.push(err41);
                        }
                        errors++;
                    }
                }
                if (data14.decode !== undefined) {
                    let data24 = data14.decode;
                    if (typeof data24 !== "boolean") {
                        const err42 = { instancePath: instancePath + "/secrets/decode", schemaPath: "#/properties/secrets/properties/decode/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema18.properties.secrets.properties.decode.type, parentSchema: schema18.properties.secrets.properties.decode, data: data24 };
                        if (vErrors === null) {
                            vErrors = [err42];
                        }
                        else {
                            vErrors.push(err42);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err43 = { instancePath: instancePath + "/secrets", schemaPath: "#/properties/secrets/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema18.properties.secrets.type, parentSchema: schema18.properties.secrets, data: data14 };
                if (vErrors === null) {
                    vErrors = [err43];
                }
                else {
                    vErrors.push(err43);
                }
                errors++;
            }
        }
        if (data.validate !== undefined) {
            let data25 = data.validate;
            if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
                for (const key4 in data25) {
                    if (!(func0.call(schema18.properties.validate.properties, key4))) {
                        const err44 = { instancePath: instancePath + "/validate", schemaPath: "#/properties/validate/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema18.properties.validate, data: data25 };
                        if (vErrors === null) {
                            vErrors = [err44];
                        }
                        else {
                            vErrors.push(err44);
                        }
                        errors++;
                    }
                }
                if (data25.enabled !== undefined) {
                    let data26 = data25.enabled;
                    if (typeof data26 !== "boolean") {
                        const err45 = { instancePath: instancePath + "/validate/enabled", schemaPath: "#/properties/validate/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema18.properties.validate.properties.enabled.type, parentSchema: schema18.properties.validate.properties.enabled, data: data26 };
                        if (vErrors === null) {
                            vErrors = [err45];
                        }
                        else {
                            vErrors.push(err45);
                        }
                        errors++;
                    }
                }
                if (data25["fail-on"] !== undefined) {
                    let data27 = data25["fail-on"];
                    if (!((((data27 === "low") || (data27 === "medium")) || (data27 === "high")) || (data27 === "critical"))) {
                        const err46 = { instancePath: instancePath + "/validate/fail-on", schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema19.enum }, message: "must be equal to one of the allowed values", schema: schema19.enum, parentSchema: schema19, data: data27 };
                        if (vErrors === null) {
                            vErrors = [err46];
                        }
                        else {
                            vErrors.push(err46);
                        }
                        errors++;
                    }
                }
                if (data25.schemas !== undefined) {
                    let data28 = data25.schemas;
                    if (Array.isArray(data28)) {
                        if (data28.length > 200) {
                            const err47 = { instancePath: instancePath + "/validate/schemas", schemaPath: "#/properties/validate/properties/schemas/maxItems", keyword: "maxItems", params: { limit: 200 }, message: "must NOT have more than 200 items", schema: 200, parentSchema: schema18.properties.validate.properties.schemas, data: data28 };
                            if (vErrors === null) {
                                vErrors = [err47];
                            }
                            else {
                                vErrors.push(err47);
                            }
                            errors++;
                        }
                        const len4 = data28.length;
                        for (let i7 = 0; i7 < len4; i7++) {
                            let data29 = data28[i7];
                            if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
                                if (data29.files === undefined) {
                                    const err48 = { instancePath: instancePath + "/validate/schemas/" + i7, schemaPath: "#/properties/validate/properties/schemas/items/required", keyword: "required", params: { missingProperty: "files" }, message: "must have required property '" + "files" + "'", schema: schema18.properties.validate.properties.schemas.items.required, parentSchema: schema18.properties.validate.properties.schemas.items, data: data29 };
                                    if (vErrors === null) {
                                        vErrors = [err48];
                                    }
                                    else {
                                        vErrors.push(err48);
                                    }
                                    errors++;
                                }
                                if (data29.schema === undefined) {
                                    const err49 = { instancePath: instancePath + "/validate/schemas/" + i7, schemaPath: "#/properties/validate/properties/schemas/items/required", keyword: "required", params: { missingProperty: "schema" }, message: "must have required property '" + "schema" + "'", schema: schema18.properties.validate.properties.schemas.items.required, parentSchema: schema18.properties.validate.properties.schemas.items, data: data29 };
                                    if (vErrors === null) {
                                        vErrors = [err49];
                                    }
                                    else {
                                        vErrors.push(err49);
                                    }
                                    errors++;
                                }
                                for (const key5 in data29) {
                                    if (!((key5 === "files") || (key5 === "schema"))) {
                                        const err50 = { instancePath: instancePath + "/validate/schemas/" + i7, schemaPath: "#/properties/validate/properties/schemas/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema18.properties.validate.properties.schemas.items, data: data29 };
                                        if (vErrors === null) {
                                            vErrors = [err50];
                                        }
                                        else {
                                            vErrors.push(err50);
                                        }
                                        errors++;
                                    }
                                }
                                if (data29.files !== undefined) {
                                    let data30 = data29.files;
                                    if (Array.isArray(data30)) {
                                        if (data30.length > 200) {
                                            const err51 = { instancePath: instancePath + "/validate/schemas/" + i7 + "/files", schemaPath: "#/properties/validate/properties/schemas/items/properties/files/maxItems", keyword: "maxItems", params: { limit: 200 }, message: "must NOT have more than 200 items", schema: 200, parentSchema: schema18.properties.validate.properties.schemas.items.properties.files, data: data30 };
                                            if (vErrors === null) {
                                                vErrors = [err51];
                                            }
                                            else {
                                                vErrors.push(err51);
                                            }
                                            errors++;
                                        }
                                        if (data30.length < 1) {
                                            const err52 = { instancePath: instancePath + "/validate/schemas/" + i7 + "/files", schemaPath: "#/properties/validate/properties/schemas/items/properties/files/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema18.properties.validate.properties.schemas.items.properties.files, data: data30 };
                                            if (vErrors === null) {
                                                vErrors = [err52];
                                            }
                                            else {
                                                vErrors.push(err52);
                                            }
                                            errors++;
                                        }
                                        const len5 = data30.length;
                                        for (let i8 = 0; i8 < len5; i8++) {
                                            let data31 = data30[i8];
                                            if (typeof data31 === "string") {
                                                if (func1(data31) > 500) {
                                                    const err53 = { instancePath: instancePath + "/validate/schemas/" + i7 + "/files/" + i8, schemaPath: "#/properties/validate/properties/schemas/items/properties/files/items/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters", schema: 500, parentSchema: schema18.properties.validate.properties.schemas.items.properties.files.items, data: data31 };
                                                    if (vErrors === null) {
                                                        vErrors = [err53];
                                                    }
                                                    else {
                                                        vErrors.push(err53);
                                                    }
                                                    errors++;
                                                }
                                                if (func1(data31) < 1) {
                                                    const err54 = { instancePath: instancePath + "/validate/schemas/" + i7 + "/files/" + i8, schemaPath: "#/properties/validate/properties/schemas/items/properties/files/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema18.properties.validate.properties.schemas.items.properties.files.items, data: data31 };
                                                    if (vErrors === null) {
                                                        vErrors = [err54];
                                                    }
                                                    else {
                                                        vErrors.push(err54);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            else {
                                                const err55 = { instancePath: instancePath + "/validate/schemas/" + i7 + "/files/" + i8, schemaPath: "#/properties/validate/properties/schemas/items/properties/files/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.validate.properties.schemas.items.properties.files.items.type, parentSchema: schema18.properties.validate.properties.schemas.items.properties.files.items, data: data31 };
                                                if (vErrors === null) {
                                                    vErrors = [err55];
                                                }
                                                else {
                                                    vErrors.push(err55);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                    else {
                                        const err56 = { instancePath: instancePath + "/validate/schemas/" + i7 + "/files", schemaPath: "#/properties/validate/properties/schemas/items/properties/files/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema18.properties.validate.properties.schemas.items.properties.files.type, parentSchema: schema18.properties.validate.properties.schemas.items.properties.files, data: data30 };
                                        if (vErrors === null) {
                                            vErrors = [err56];
                                        }
                                        else {
                                            vErrors.push(err56);
                                        }
                                        errors++;
                                    }
                                }
                                if (data29.schema !== undefined) {
                                    let data32 = data29.schema;
                                    if (typeof data32 === "string") {
                                        if (func1(data32) > 500) {
                                            const err57 = { instancePath: instancePath + "/validate/schemas/" + i7 + "/schema", schemaPath: "#/properties/validate/properties/schemas/items/properties/schema/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters", schema: 500, parentSchema: schema18.properties.validate.properties.schemas.items.properties.schema, data: data32 };
                                            if (vErrors === null) {
                                                vErrors = [err57];
                                            }
                                            else {
                                                vErrors.push(err57);
                                            }
                                            errors++;
                                        }
                                        if (func1(data32) < 1) {
                                            const err58 = { instancePath: instancePath + "/validate/schemas/" + i7 + "/schema", schemaPath: "#/properties/validate/properties/schemas/items/properties/schema/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema18.properties.validate.properties.schemas.items.properties.schema, data: data32 };
                                            if (vErrors === null) {
                                                vErrors = [err58];
                                            }
                                            else {
                                                vErrors.push(err58);
                                            }
                                            errors++;
                                        }
                                    }
                                    else {
                                        const err59 = { instancePath: instancePath + "/validate/schemas/" + i7 + "/schema", schemaPath: "#/properties/validate/properties/schemas/items/properties/schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.validate.properties.schemas.items.properties.schema.type, parentSchema: schema18.properties.validate.properties.schemas.items.properties.schema, data: data32 };
                                        if (vErrors === null) {
                                            vErrors = [err59];
                                        }
                                        else {
                                            vErrors.push(err59);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err60 = { instancePath: instancePath + "/validate/schemas/" + i7, schemaPath: "#/properties/validate/properties/schemas/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema18.properties.validate.properties.schemas.items.type, parentSchema: schema18.properties.validate.properties.schemas.items, data: data29 };
                                if (vErrors === null) {
                                    vErrors = [err60];
                                }
                                else {
                                    vErrors.push(err60);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err61 = { instancePath: instancePath + "/validate/schemas", schemaPath: "#/properties/validate/properties/schemas/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema18.properties.validate.properties.schemas.type, parentSchema: schema18.properties.validate.properties.schemas, data: data28 };
                        if (vErrors === null) {
                            vErrors = [err61];
                        }
                        else {
                            vErrors.push(err61);
                        }
                        errors++;
                    }
                }
                if (data25["default-schemas"] !== undefined) {
                    let data33 = data25["default-schemas"];
                    if (typeof data33 !== "boolean") {
                        const err62 = { instancePath: instancePath + "/validate/default-schemas", schemaPath: "#/properties/validate/properties/default-schemas/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema18.properties.validate.properties["default-schemas"].type, parentSchema: schema18.properties.validate.properties["default-schemas"], data: data33 };
                        if (vErrors === null) {
                            vErrors = [err62];
                        }
                        else {
                            vErrors.push(err62);
                        }
                        errors++;
                    }
                }
                if (data25.files !== undefined) {
                    let data34 = data25.files;
                    if (Array.isArray(data34)) {
                        if (data34.length > 200) {
                            const err63 = { instancePath: instancePath + "/validate/files", schemaPath: "#/properties/validate/properties/files/maxItems", keyword: "maxItems", params: { limit: 200 }, message: "must NOT have more than 200 items", schema: 200, parentSchema: schema18.properties.validate.properties.files, data: data34 };
                            if (vErrors === null) {
                                vErrors = [err63];
                            }
                            else {
                                vErrors.push(err63);
                            }
                            errors++;
                        }
                        const len6 = data34.length;
                        for (let i9 = 0; i9 < len6; i9++) {
                            let data35 = data34[i9];
                            if (typeof data35 === "string") {
                                if (func1(data35) > 500) {
                                    const err64 = { instancePath: instancePath + "/validate/files/" + i9, schemaPath: "#/properties/validate/properties/files/items/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters", schema: 500, parentSchema: schema18.properties.validate.properties.files.items, data: data35 };
                                    if (vErrors === null) {
                                        vErrors = [err64];
                                    }
                                    else {
                                        vErrors.push(err64);
                                    }
                                    errors++;
                                }
                                if (func1(data35) < 1) {
                                    const err65 = { instancePath: instancePath + "/validate/files/" + i9, schemaPath: "#/properties/validate/properties/files/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema18.properties.validate.properties.files.items, data: data35 };
                                    if (vErrors === null) {
                                        vErrors = [err65];
                                    }
                                    else {
                                        vErrors.push(err65);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err66 = { instancePath: instancePath + "/validate/files/" + i9, schemaPath: "#/properties/validate/properties/files/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.validate.properties.files.items.type, parentSchema: schema18.properties.validate.properties.files.items, data: data35 };
                                if (vErrors === null) {
                                    vErrors = [err66];
                                }
                                else {
                                    vErrors.push(err66);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err67 = { instancePath: instancePath + "/validate/files", schemaPath: "#/properties/validate/properties/files/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema18.properties.validate.properties.files.type, parentSchema: schema18.properties.validate.properties.files, data: data34 };
                        if (vErrors === null) {
                            vErrors = [err67];
                        }
                        else {
                            vErrors.push(err67);
                        }
                        errors++;
                    }
                }
                if (data25.exclude !== undefined) {
                    let data36 = data25.exclude;
                    if (Array.isArray(data36)) {
                        if (data36.length > 200) {
                            const err68 = { instancePath: instancePath + "/validate/exclude", schemaPath: "#/properties/validate/properties/exclude/maxItems", keyword: "maxItems", params: { limit: 200 }, message: "must NOT have more than 200 items", schema: 200, parentSchema: schema18.properties.validate.properties.exclude, data: data36 };
                            if (vErrors === null) {
                                vErrors = [err68];
                            }
                            else {
                                vErrors.push(err68);
                            }
                            errors++;
                        }
                        const len7 = data36.length;
                        for (let i10 = 0; i10 < len7; i10++) {
                            let data37 = data36[i10];
                            if (typeof data37 === "string") {
                                if (func1(data37) > 500) {
                                    const err69 = { instancePath: instancePath + "/validate/exclude/" + i10, schemaPath: "#/properties/validate/properties/exclude/items/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters", schema: 500, parentSchema: schema18.properties.validate.properties.exclude.items, data: data37 };
                                    if (vErrors === null) {
                                        vErrors = [err69];
                                    }
                                    else {
                                        vErrors.push(err69);
                                    }
                                    errors++;
                                }
                                if (func1(data37) < 1) {
                                    const err70 = { instancePath: instancePath + "/validate/exclude/" + i10, schemaPath: "#/properties/validate/properties/exclude/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema18.properties.validate.properties.exclude.items, data: data37 };
                                    if (vErrors === null) {
                                        vErrors = [err70];
                                    }
                                    else {
                                        vErrors.push(err70);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err71 = { instancePath: instancePath + "/validate/exclude/" + i10, schemaPath: "#/properties/validate/properties/exclude/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.validate.properties.exclude.items.type, parentSchema: schema18.properties.validate.properties.exclude.items, data: data37 };
                                if (vErrors === null) {
                                    vErrors = [err71];
                                }
                                else {
                                    vErrors.push(err71);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err72 = { instancePath: instancePath + "/validate/exclude", schemaPath: "#/properties/validate/properties/exclude/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema18.properties.validate.properties.exclude.type, parentSchema: schema18.properties.validate.properties.exclude, data: data36 };
                        if (vErrors === null) {
                            vErrors = [err72];
                        }
                        else {
                            vErrors.push(err72);
                        }
                        errors++;
                    }
                }
                if (data25["extra-schemas"] !== undefined) {
                    let data38 = data25["extra-schemas"];
                    if (Array.isArray(data38)) {
                        if (data38.length > 200) {
                            const err73 = { instancePath: instancePath + "/validate/extra-schemas", schemaPath: "#/properties/validate/properties/extra-schemas/maxItems", keyword: "maxItems", params: { limit: 200 }, message: "must NOT have more than 200 items", schema: 200, parentSchema: schema18.properties.validate.properties["extra-schemas"], data: data38 };
                            if (vErrors === null) {
                                vErrors = [err73];
                            }
                            else {
                                vErrors.push(err73);
                            }
                            errors++;
                        }
                        const len8 = data38.length;
                        for (let i11 = 0; i11 < len8; i11++) {
                            let data39 = data38[i11];
                            if (typeof data39 === "string") {
                                if (func1(data39) > 500) {
                                    const err74 = { instancePath: instancePath + "/validate/extra-schemas/" + i11, schemaPath: "#/properties/validate/properties/extra-schemas/items/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters", schema: 500, parentSchema: schema18.properties.validate.properties["extra-schemas"].items, data: data39 };
                                    if (vErrors === null) {
                                        vErrors = [err74];
                                    }
                                    else {
                                        vErrors.push(err74);
                                    }
                                    errors++;
                                }
                                if (func1(data39) < 1) {
                                    const err75 = { instancePath: instancePath + "/validate/extra-schemas/" + i11, schemaPath: "#/properties/validate/properties/extra-schemas/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema18.properties.validate.properties["extra-schemas"].items, data: data39 };
                                    if (vErrors === null) {
                                        vErrors = [err75];
                                    }
                                    else {
                                        vErrors.push(err75);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err76 = { instancePath: instancePath + "/validate/extra-schemas/" + i11, schemaPath: "#/properties/validate/properties/extra-schemas/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.validate.properties["extra-schemas"].items.type, parentSchema: schema18.properties.validate.properties["extra-schemas"].items, data: data39 };
                                if (vErrors === null) {
                                    vErrors = [err76];
                                }
                                else {
                                    vErrors.push(err76);
                                }
                                errors++;
                            }
                        }
                        let i12 = data38.length;
                        let j3;
                        if (i12 > 1) {
                            const indices3 = {};
                            for (; i12--;) {
                                let item3 = data38[i12];
                                if (typeof item3 !== "string") {
                                    continue;
                                }
                                if (typeof indices3[item3] == "number") {
                                    j3 = indices3[item3];
                                    const err77 = { instancePath: instancePath + "/validate/extra-schemas", schemaPath: "#/properties/validate/properties/extra-schemas/uniqueItems", keyword: "uniqueItems", params: { i: i12, j: j3 }, message: "must NOT have duplicate items (items ## " + j3 + " and " + i12 + " are identical)", schema: true, parentSchema: schema18.properties.validate.properties["extra-schemas"], data: data38 };
                                    if (vErrors === null) {
                                        vErrors = [err77];
                                    }
                                    else {
                                        vErrors.push(err77);
                                    }
                                    errors++;
                                    break;
                                }
                                indices3[item3] = i12;
                            }
                        }
                    }
                    else {
                        const err78 = { instancePath: instancePath + "/validate/extra-schemas", schemaPath: "#/properties/validate/properties/extra-schemas/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema18.properties.validate.properties["extra-schemas"].type, parentSchema: schema18.properties.validate.properties["extra-schemas"], data: data38 };
                        if (vErrors === null) {
                            vErrors = [err78];
                        }
                        else {
                            vErrors.push(err78);
                        }
                        errors++;
                    }
                }
                if (data25["redaction-profiles"] !== undefined) {
                    let data40 = data25["redaction-profiles"];
                    if (Array.isArray(data40)) {
                        if (data40.length > 200) {
                            const err79 = { instancePath: instancePath + "/validate/redaction-profiles", schemaPath: "#/properties/validate/properties/redaction-profiles/maxItems", keyword: "maxItems", params: { limit: 200 }, message: "must NOT have more than 200 items", schema: 200, parentSchema: schema18.properties.validate.properties["redaction-profiles"], data: data40 };
                            if (vErrors === null) {
                                vErrors = [err79];
                            }
                            else {
                                vErrors.push(err79);
                            }
                            errors++;
                        }
                        const len9 = data40.length;
                        for (let i13 = 0; i13 < len9; i13++) {
                            let data41 = data40[i13];
                            if (typeof data41 === "string") {
                                if (func1(data41) > 128) {
                                    const err80 = { instancePath: instancePath + "/validate/redaction-profiles/" + i13, schemaPath: "#/properties/validate/properties/redaction-profiles/items/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema18.properties.validate.properties["redaction-profiles"].items, data: data41 };
                                    if (vErrors === null) {
                                        vErrors = [err80];
                                    }
                                    else {
                                        vErrors.push(err80);
                                    }
                                    errors++;
                                }
                                if (!pattern2.test(data41)) {
                                    const err81 = { instancePath: instancePath + "/validate/redaction-profiles/" + i13, schemaPath: "#/properties/validate/properties/redaction-profiles/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: "must match pattern \"" + "^[A-Za-z0-9][A-Za-z0-9._-]*$" + "\"", schema: "^[A-Za-z0-9][A-Za-z0-9._-]*$", parentSchema: schema18.properties.validate.properties["redaction-profiles"].items, data: data41 };
                                    if (vErrors === null) {
                                        vErrors = [err81];
                                    }
                                    else {
                                        vErrors.push(err81);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err82 = { instancePath: instancePath + "/validate/redaction-profiles/" + i13, schemaPath: "#/properties/validate/properties/redaction-profiles/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.validate.properties["redaction-profiles"].items.type, parentSchema: schema18.properties.validate.properties["redaction-profiles"].items, data: data41 };
                                if (vErrors === null) {
                                    vErrors = [err82];
                                }
                                else {
                                    vErrors.push(err82);
                                }
                                errors++;
                            }
                        }
                        let i14 = data40.length;
                        let j4;
                        if (i14 > 1) {
                            const indices4 = {};
                            for (; i14--;) {
                                let item4 = data40[i14];
                                if (typeof item4 !== "string") {
                                    continue;
                                }
                                if (typeof indices4[item4] == "number") {
                                    j4 = indices4[item4];
                                    const err83 = { instancePath: instancePath + "/validate/redaction-profiles", schemaPath: "#/properties/validate/properties/redaction-profiles/uniqueItems", keyword: "uniqueItems", params: { i: i14, j: j4 }, message: "must NOT have duplicate items (items ## " + j4 + " and " + i14 + " are identical)", schema: true, parentSchema: schema18.properties.validate.properties["redaction-profiles"], data: data40 };
                                    if (vErrors === null) {
                                        vErrors = [err83];
                                    }
                                    else {
                                        vErrors.push(err83);
                                    }
                                    errors++;
                                    break;
                                }
                                indices4[item4] = i14;
                            }
                        }
                    }
                    else {
                        const err84 = { instancePath: instancePath + "/validate/redaction-profiles", schemaPath: "#/properties/validate/properties/redaction-profiles/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema18.properties.validate.properties["redaction-profiles"].type, parentSchema: schema18.properties.validate.properties["redaction-profiles"], data: data40 };
                        if (vErrors === null) {
                            vErrors = [err84];
                        }
                        else {
                            vErrors.push(err84);
                        }
                        errors++;
                    }
                }
                if (data25.gateways !== undefined) {
                    let data42 = data25.gateways;
                    if (Array.isArray(data42)) {
                        if (data42.length > 200) {
                            const err85 = { instancePath: instancePath + "/validate/gateways", schemaPath: "#/properties/validate/properties/gateways/maxItems", keyword: "maxItems", params: { limit: 200 }, message: "must NOT have more than 200 items", schema: 200, parentSchema: schema18.properties.validate.properties.gateways, data: data42 };
                            if (vErrors === null) {
                                vErrors = [err85];
                            }
                            else {
                                vErrors.push(err85);
                            }
                            errors++;
                        }
                        const len10 = data42.length;
                        for (let i15 = 0; i15 < len10; i15++) {
                            let data43 = data42[i15];
                            if (typeof data43 === "string") {
                                if (func1(data43) > 128) {
                                    const err86 = { instancePath: instancePath + "/validate/gateways/" + i15, schemaPath: "#/properties/validate/properties/gateways/items/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema18.properties.validate.properties.gateways.items, data: data43 };
                                    if (vErrors === null) {
                                        vErrors = [err86];
                                    }
                                    else {
                                        vErrors.push(err86);
                                    }
                                    errors++;
                                }
                                if (!pattern2.test(data43)) {
                                    const err87 = { instancePath: instancePath + "/validate/gateways/" + i15, schemaPath: "#/properties/validate/properties/gateways/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: "must match pattern \"" + "^[A-Za-z0-9][A-Za-z0-9._-]*$" + "\"", schema: "^[A-Za-z0-9][A-Za-z0-9._-]*$", parentSchema: schema18.properties.validate.properties.gateways.items, data: data43 };
                                    if (vErrors === null) {
                                        vErrors = [err87];
                                    }
                                    else {
                                        vErrors.push(err87);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err88 = { instancePath: instancePath + "/validate/gateways/" + i15, schemaPath: "#/properties/validate/properties/gateways/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.validate.properties.gateways.items.type, parentSchema: schema18.properties.validate.properties.gateways.items, data: data43 };
                                if (vErrors === null) {
                                    vErrors = [err88];
                                }
                                else {
                                    vErrors.push(err88);
                                }
                                errors++;
                            }
                        }
                        let i16 = data42.length;
                        let j5;
                        if (i16 > 1) {
                            const indices5 = {};
                            for (; i16--;) {
                                let item5 = data42[i16];
                                if (typeof item5 !== "string") {
                                    continue;
                                }
                                if (typeof indices5[item5] == "number") {
                                    j5 = indices5[item5];
                                    const err89 = { instancePath: instancePath + "/validate/gateways", schemaPath: "#/properties/validate/properties/gateways/uniqueItems", keyword: "uniqueItems", params: { i: i16, j: j5 }, message: "must NOT have duplicate items (items ## " + j5 + " and " + i16 + " are identical)", schema: true, parentSchema: schema18.properties.validate.properties.gateways, data: data42 };
                                    if (vErrors === null) {
                                        vErrors = [err89];
                                    }
                                    else {
                                        vErrors.push(err89);
                                    }
                                    errors++;
                                    break;
                                }
                                indices5[item5] = i16;
                            }
                        }
                    }
                    else {
                        const err90 = { instancePath: instancePath + "/validate/gateways", schemaPath: "#/properties/validate/properties/gateways/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema18.properties.validate.properties.gateways.type, parentSchema: schema18.properties.validate.properties.gateways, data: data42 };
                        if (vErrors === null) {
                            vErrors = [err90];
                        }
                        else {
                            vErrors.push(err90);
                        }
                        errors++;
                    }
                }
                if (data25["disable-rules"] !== undefined) {
                    let data44 = data25["disable-rules"];
                    if (Array.isArray(data44)) {
                        const len11 = data44.length;
                        for (let i17 = 0; i17 < len11; i17++) {
                            let data45 = data44[i17];
                            if (!(((((((((data45 === "policy-not-found") || (data45 === "model-not-allowed")) || (data45 === "run-window")) || (data45 === "outside-run-window")) || (data45 === "gateway")) || (data45 === "approval-missing")) || (data45 === "redaction-profile")) || (data45 === "response-schema")) || (data45 === "run-id-mismatch"))) {
                                const err91 = { instancePath: instancePath + "/validate/disable-rules/" + i17, schemaPath: "#/properties/validate/properties/disable-rules/items/enum", keyword: "enum", params: { allowedValues: schema18.properties.validate.properties["disable-rules"].items.enum }, message: "must be equal to one of the allowed values", schema: schema18.properties.validate.properties["disable-rules"].items.enum, parentSchema: schema18.properties.validate.properties["disable-rules"].items, data: data45 };
                                if (vErrors === null) {
                                    vErrors = [err91];
                                }
                                else {
                                    vErrors.push(err91);
                                }
                                errors++;
                            }
                        }
                        let i18 = data44.length;
                        let j6;
                        if (i18 > 1) {
                            outer0: for (; i18--;) {
                                for (j6 = i18; j6--;) {
                                    if (func37(data44[i18], data44[j6])) {
                                        const err92 = { instancePath: instancePath + "/validate/disable-rules", schemaPath: "#/properties/validate/properties/disable-rules/uniqueItems", keyword: "uniqueItems", params: { i: i18, j: j6 }, message: "must NOT have duplicate items (items ## " + j6 + " and " + i18 + " are identical)", schema: true, parentSchema: schema18.properties.validate.properties["disable-rules"], data: data44 };
                                        if (vErrors === null) {
                                            vErrors = [err92];
                                        }
                                        else {
                                            vErrors.push(err92);
                                        }
                                        errors++;
                                        break outer0;
                                    }
                                }
                            }
                        }
                    }
                    else {
                        const err93 = { instancePath: instancePath + "/validate/disable-rules", schemaPath: "#/properties/validate/properties/disable-rules/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema18.properties.validate.properties["disable-rules"].type, parentSchema: schema18.properties.validate.properties["disable-rules"], data: data44 };
                        if (vErrors === null) {
                            vErrors = [err93];
                        }
                        else {
                            vErrors.push(err93);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err94 = { instancePath: instancePath + "/validate", schemaPath: "#/properties/validate/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema18.properties.validate.type, parentSchema: schema18.properties.validate, data: data25 };
                if (vErrors === null) {
                    vErrors = [err94];
                }
                else {
                    vErrors.push(err94);
                }
                errors++;
            }
        }
        if (data.checksums !== undefined) {
            let data46 = data.checksums;
            if (data46 && typeof data46 == "object" && !Array.isArray(data46)) {
                for (const key6 in data46) {
                    if (!((((((key6 === "enabled") || (key6 === "fail-on")) || (key6 === "manifests")) || (key6 === "require")) || (key6 === "allow-unlisted")) || (key6 === "compare-deployments"))) {
                        const err95 = { instancePath: instancePath + "/checksums", schemaPath: "#/properties/checksums/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema18.properties.checksums, data: data46 };
                        if (vErrors === null) {
                            vErrors = [err95];
                        }
                        else {
                            vErrors.push(err95);
                        }
                        errors++;
                    }
                }
                if (data46.enabled !== undefined) {
                    let data47 = data46.enabled;
                    if (typeof data47 !== "boolean") {
                        const err96 = { instancePath: instancePath + "/checksums/enabled", schemaPath: "#/properties/checksums/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema18.properties.checksums.properties.enabled.type, parentSchema: schema18.properties.checksums.properties.enabled, data: data47 };
                        if (vErrors === null) {
                            vErrors = [err96];
                        }
                        else {
                            vErrors.push(err96);
                        }
                        errors++;
                    }
                }
                if (data46["fail-on"] !== undefined) {
                    let data48 = data46["fail-on"];
                    if (!((((data48 === "low") || (data48 === "medium")) || (data48 === "high")) || (data48 === "critical"))) {
                        const err97 = { instancePath: instancePath + "/checksums/fail-on", schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema19.enum }, message: "must be equal to one of the allowed values", schema: schema19.enum, parentSchema: schema19, data: data48 };
                        if (vErrors === null) {
                            vErrors = [err97];
                        }
                        else {
                            vErrors.push(err97);
                        }
                        errors++;
                    }
                }
                if (data46.manifests !== undefined) {
                    let data49 = data46.manifests;
                    if (Array.isArray(data49)) {
                        const len12 = data49.length;
                        for (let i19 = 0; i19 < len12; i19++) {
                            let data50 = data49[i19];
                            if (typeof data50 === "string") {
                                if (func1(data50) < 1) {
                                    const err98 = { instancePath: instancePath + "/checksums/manifests/" + i19, schemaPath: "#/properties/checksums/properties/manifests/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema18.properties.checksums.properties.manifests.items, data: data50 };
                                    if (vErrors === null) {
                                        vErrors = [err98];
                                    }
                                    else {
                                        vErrors.push(err98);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err99 = { instancePath: instancePath + "/checksums/manifests/" + i19, schemaPath: "#/properties/checksums/properties/manifests/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.checksums.properties.manifests.items.type, parentSchema: schema18.properties.checksums.properties.manifests.items, data: data50 };
                                if (vErrors === null) {
                                    vErrors = [err99];
                                }
                                else {
                                    vErrors.push(err99);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err100 = { instancePath: instancePath + "/checksums/manifests", schemaPath: "#/properties/checksums/properties/manifests/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema18.properties.checksums.properties.manifests.type, parentSchema: schema18.properties.checksums.properties.manifests, data: data49 };
                        if (vErrors === null) {
                            vErrors = [err100];
                        }
                        else {
                            vErrors.push(err100);
                        }
                        errors++;
                    }
                }
                if (data46.require !== undefined) {
                    let data51 = data46.require;
                    if (Array.isArray(data51)) {
                        const len13 = data51.length;
                        for (let i20 = 0; i20 < len13; i20++) {
                            let data52 = data51[i20];
                            if (typeof data52 === "string") {
                                if (func1(data52) < 1) {
                                    const err101 = { instancePath: instancePath + "/checksums/require/" + i20, schemaPath: "#/properties/checksums/properties/require/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema18.properties.checksums.properties.require.items, data: data52 };
                                    if (vErrors === null) {
                                        vErrors = [err101];
                                    }
                                    else {
                                        vErrors.push(err101);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err102 = { instancePath: instancePath + "/checksums/require/" + i20, schemaPath: "#/properties/checksums/properties/require/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.checksums.properties.require.items.type, parentSchema: schema18.properties.checksums.properties.require.items, data: data52 };
                                if (vErrors === null) {
                                    vErrors = [err102];
                                }
                                else {
                                    vErrors.push(err102);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err103 = { instancePath: instancePath + "/checksums/require", schemaPath: "#/properties/checksums/properties/require/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema18.properties.checksums.properties.require.type, parentSchema: schema18.properties.checksums.properties.require, data: data51 };
                        if (vErrors === null) {
                            vErrors = [err103];
                        }
                        else {
                            vErrors.push(err103);
                        }
                        errors++;
                    }
                }
                if (data46["allow-unlisted"] !== undefined) {
                    let data53 = data46["allow-unlisted"];
                    if (typeof data53 !== "boolean") {
                        const err104 = { instancePath: instancePath + "/checksums/allow-unlisted", schemaPath: "#/properties/checksums/properties/allow-unlisted/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema18.properties.checksums.properties["allow-unlisted"].type, parentSchema: schema18.properties.checksums.properties["allow-unlisted"], data: data53 };
                        if (vErrors === null) {
                            vErrors = [err104];
                        }
                        else {
                            vErrors.push(err104);
                        }
                        errors++;
                    }
                }
                if (data46["compare-deployments"] !== undefined) {
                    let data54 = data46["compare-deployments"];
                    if (typeof data54 !== "boolean") {
                        const err105 = { instancePath: instancePath + "/checksums/compare-deployments", schemaPath: "#/properties/checksums/properties/compare-deployments/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema18.properties.checksums.properties["compare-deployments"].type, parentSchema: schema18.properties.checksums.properties["compare-deployments"], data: data54 };
                        if (vErrors === null) {
                            vErrors = [err105];
                        }
                        else {
                            vErrors.push(err105);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err106 = { instancePath: instancePath + "/checksums", schemaPath: "#/properties/checksums/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema18.properties.checksums.type, parentSchema: schema18.properties.checksums, data: data46 };
                if (vErrors === null) {
                    vErrors = [err106];
                }
                else {
                    vErrors.push(err106);
                }
                errors++;
            }
        }
        if (data["eval-gate"] !== undefined) {
            let data55 = data["eval-gate"];
            if (data55 && typeof data55 == "object" && !Array.isArray(data55)) {
                for (const key7 in data55) {
                    if (!(func0.call(schema18.properties["eval-gate"].properties, key7))) {
                        const err107 = { instancePath: instancePath + "/eval-gate", schemaPath: "#/properties/eval-gate/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema18.properties["eval-gate"], data: data55 };
                        if (vErrors === null) {
                            vErrors = [err107];
                        }
                        else {
                            vErrors.push(err107);
                        }
                        errors++;
                    }
                }
                if (data55.enabled !== undefined) {
                    let data56 = data55.enabled;
                    if (typeof data56 !== "boolean") {
                        const err108 = { instancePath: instancePath + "/eval-gate/enabled", schemaPath: "#/properties/eval-gate/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema18.properties["eval-gate"].properties.enabled.type, parentSchema: schema18.properties["eval-gate"].properties.enabled, data: data56 };
                        if (vErrors === null) {
                            vErrors = [err108];
                        }
                        else {
                            vErrors.push(err108);
                        }
                        errors++;
                    }
                }
                if (data55["fail-on"] !== undefined) {
                    let data57 = data55["fail-on"];
                    if (!((((data57 === "low") || (data57 === "medium")) || (data57 === "high")) || (data57 === "critical"))) {
                        const err109 = { instancePath: instancePath + "/eval-gate/fail-on", schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema19.enum }, message: "must be equal to one of the allowed values", schema: schema19.enum, parentSchema: schema19, data: data57 };
                        if (vErrors === null) {
                            vErrors = [err109];
                        }
                        else {
                            vErrors.push(err109);
                        }
                        errors++;
                    }
                }
                if (data55.policy !== undefined) {
                    let data58 = data55.policy;
                    if (typeof data58 === "string") {
                        if (func1(data58) < 1) {
                            const err110 = { instancePath: instancePath + "/eval-gate/policy", schemaPath: "#/properties/eval-gate/properties/policy/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema18.properties["eval-gate"].properties.policy, data: data58 };
                            if (vErrors === null) {
                                vErrors = [err110];
                            }
                            else {
                                vErrors.push(err110);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err111 = { instancePath: instancePath + "/eval-gate/policy", schemaPath: "#/properties/eval-gate/properties/policy/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties["eval-gate"].properties.policy.type, parentSchema: schema18.properties["eval-gate"].properties.policy, data: data58 };
                        if (vErrors === null) {
                            vErrors = [err111];
                        }
                        else {
                            vErrors.push(err111);
                        }
                        errors++;
                    }
                }
                if (data55.metrics !== undefined) {
                    let data59 = data55.metrics;
                    if (typeof data59 === "string") {
                        if (func1(data59) < 1) {
                            const err112 = { instancePath: instancePath + "/eval-gate/metrics", schemaPath: "#/properties/eval-gate/properties/metrics/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema18.properties["eval-gate"].properties.metrics, data: data59 };
                            if (vErrors === null) {
                                vErrors = [err112];
                            }
                            else {
                                vErrors.push(err112);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err113 = { instancePath: instancePath + "/eval-gate/metrics", schemaPath: "#/properties/eval-gate/properties/metrics/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties["eval-gate"].properties.metrics.type, parentSchema: schema18.properties["eval-gate"].properties.metrics, data: data59 };
                        if (vErrors === null) {
                            vErrors = [err113];
                        }
                        else {
                            vErrors.push(err113);
                        }
                        errors++;
                    }
                }
                if (data55.baseline !== undefined) {
                    let data60 = data55.baseline;
                    if (typeof data60 === "string") {
                        if (func1(data60) < 1) {
                            const err114 = { instancePath: instancePath + "/eval-gate/baseline", schemaPath: "#/properties/eval-gate/properties/baseline/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema18.properties["eval-gate"].properties.baseline, data: data60 };
                            if (vErrors === null) {
                                vErrors = [err114];
                            }
                            else {
                                vErrors.push(err114);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err115 = { instancePath: instancePath + "/eval-gate/baseline", schemaPath: "#/properties/eval-gate/properties/baseline/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties["eval-gate"].properties.baseline.type, parentSchema: schema18.properties["eval-gate"].properties.baseline, data: data60 };
                        if (vErrors === null) {
                            vErrors = [err115];
                        }
                        else {
                            vErrors.push(err115);
                        }
                        errors++;
                    }
                }
                if (data55.junit !== undefined) {
                    let data61 = data55.junit;
                    if (Array.isArray(data61)) {
                        if (data61.length > 100) {
                            const err116 = { instancePath: instancePath + "/eval-gate/junit", schemaPath: "#/properties/eval-gate/properties/junit/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema18.properties["eval-gate"].properties.junit, data: data61 };
                            if (vErrors === null) {
                                vErrors = [err116];
                            }
                            else {
                                vErrors.push(err116);
                            }
                            errors++;
                        }
                        const len14 = data61.length;
                        for (let i21 = 0; i21 < len14; i21++) {
                            let data62 = data61[i21];
                            if (typeof data62 === "string") {
                                if (func1(data62) < 1) {
                                    const err117 = { instancePath: instancePath + "/eval-gate/junit/" + i21, schemaPath: "#/properties/eval-gate/properties/junit/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema18.properties["eval-gate"].properties.junit.items, data: data62 };
                                    if (vErrors === null) {
                                        vErrors = [err117];
                                    }
                                    else {
                                        vErrors.push(err117);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err118 = { instancePath: instancePath + "/eval-gate/junit/" + i21, schemaPath: "#/properties/eval-gate/properties/junit/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties["eval-gate"].properties.junit.items.type, parentSchema: schema18.properties["eval-gate"].properties.junit.items, data: data62 };
                                if (vErrors === null) {
                                    vErrors = [err118];
                                }
                                else {
                                    vErrors.push(err118);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err119 = { instancePath: instancePath + "/eval-gate/junit", schemaPath: "#/properties/eval-gate/properties/junit/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema18.properties["eval-gate"].properties.junit.type, parentSchema: schema18.properties["eval-gate"].properties.junit, data: data61 };
                        if (vErrors === null) {
                            vErrors = [err119];
                        }
                        else {
                            vErrors.push(err119);
                        }
                        errors++;
                    }
                }
                if (data55.model !== undefined) {
                    let data63 = data55.model;
                    if (typeof data63 === "string") {
                        if (!pattern10.test(data63)) {
                            const err120 = { instancePath: instancePath + "/eval-gate/model", schemaPath: "#/properties/eval-gate/properties/model/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._/@:+-]{0,199}$" }, message: "must match pattern \"" + "^[A-Za-z0-9][A-Za-z0-9._/@:+-]{0,199}$" + "\"", schema: "^[A-Za-z0-9][A-Za-z0-9._/@:+-]{0,199}$", parentSchema: schema18.properties["eval-gate"].properties.model, data: data63 };
                            if (vErrors === null) {
                                vErrors = [err120];
                            }
                            else {
                                vErrors.push(err120);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err121 = { instancePath: instancePath + "/eval-gate/model", schemaPath: "#/properties/eval-gate/properties/model/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties["eval-gate"].properties.model.type, parentSchema: schema18.properties["eval-gate"].properties.model, data: data63 };
                        if (vErrors === null) {
                            vErrors = [err121];
                        }
                        else {
                            vErrors.push(err121);
                        }
                        errors++;
                    }
                }
                if (data55.manifest !== undefined) {
                    let data64 = data55.manifest;
                    if (typeof data64 === "string") {
                        if (func1(data64) < 1) {
                            const err122 = { instancePath: instancePath + "/eval-gate/manifest", schemaPath: "#/properties/eval-gate/properties/manifest/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema18.properties["eval-gate"].properties.manifest, data: data64 };
                            if (vErrors === null) {
                                vErrors = [err122];
                            }
                            else {
                                vErrors.push(err122);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err123 = { instancePath: instancePath + "/eval-gate/manifest", schemaPath: "#/properties/eval-gate/properties/manifest/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties["eval-gate"].properties.manifest.type, parentSchema: schema18.properties["eval-gate"].properties.manifest, data: data64 };
                        if (vErrors === null) {
                            vErrors = [err123];
                        }
                        else {
                            vErrors.push(err123);
                        }
                        errors++;
                    }
                }
                if (data55["exceptions-dir"] !== undefined) {
                    let data65 = data55["exceptions-dir"];
                    if (typeof data65 === "string") {
                        if (func1(data65) < 1) {
                            const err124 = { instancePath: instancePath + "/eval-gate/exceptions-dir", schemaPath: "#/properties/eval-gate/properties/exceptions-dir/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema18.properties["eval-gate"].properties["exceptions-dir"], data: data65 };
                            if (vErrors === null) {
                                vErrors = [err124];
                            }
                            else {
                                vErrors.push(err124);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err125 = { instancePath: instancePath + "/eval-gate/exceptions-dir", schemaPath: "#/properties/eval-gate/properties/exceptions-dir/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties["eval-gate"].properties["exceptions-dir"].type, parentSchema: schema18.properties["eval-gate"].properties["exceptions-dir"], data: data65 };
                        if (vErrors === null) {
                            vErrors = [err125];
                        }
                        else {
                            vErrors.push(err125);
                        }
                        errors++;
                    }
                }
                if (data55["allowed-signers"] !== undefined) {
                    let data66 = data55["allowed-signers"];
                    if (typeof data66 === "string") {
                        if (func1(data66) < 1) {
                            const err126 = { instancePath: instancePath + "/eval-gate/allowed-signers", schemaPath: "#/properties/eval-gate/properties/allowed-signers/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema18.properties["eval-gate"].properties["allowed-signers"], data: data66 };
                            if (vErrors === null) {
                                vErrors = [err126];
                            }
                            else {
                                vErrors.push(err126);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err127 = { instancePath: instancePath + "/eval-gate/allowed-signers", schemaPath: "#/properties/eval-gate/properties/allowed-signers/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties["eval-gate"].properties["allowed-signers"].type, parentSchema: schema18.properties["eval-gate"].properties["allowed-signers"], data: data66 };
                        if (vErrors === null) {
                            vErrors = [err127];
                        }
                        else {
                            vErrors.push(err127);
                        }
                        errors++;
                    }
                }
                if (data55.approval !== undefined) {
                    let data67 = data55.approval;
                    if (!(((data67 === "signatures") || (data67 === "reviews")) || (data67 === "both"))) {
                        const err128 = { instancePath: instancePath + "/eval-gate/approval", schemaPath: "#/properties/eval-gate/properties/approval/enum", keyword: "enum", params: { allowedValues: schema18.properties["eval-gate"].properties.approval.enum }, message: "must be equal to one of the allowed values", schema: schema18.properties["eval-gate"].properties.approval.enum, parentSchema: schema18.properties["eval-gate"].properties.approval, data: data67 };
                        if (vErrors === null) {
                            vErrors = [err128];
                        }
                        else {
                            vErrors.push(err128);
                        }
                        errors++;
                    }
                }
                if (data55.roles !== undefined) {
                    let data68 = data55.roles;
                    if (data68 && typeof data68 == "object" && !Array.isArray(data68)) {
                        if (Object.keys(data68).length > 20) {
                            const err129 = { instancePath: instancePath + "/eval-gate/roles", schemaPath: "#/properties/eval-gate/properties/roles/maxProperties", keyword: "maxProperties", params: { limit: 20 }, message: "must NOT have more than 20 properties", schema: 20, parentSchema: schema18.properties["eval-gate"].properties.roles, data: data68 };
                            if (vErrors === null) {
                                vErrors = [err129];
                            }
                            else {
                                vErrors.push(err129);
                            }
                            errors++;
                        }
                        for (const key8 in data68) {
                            const _errs147 = errors;
                            if (typeof key8 === "string") {
                                if (!pattern13.test(key8)) {
                                    const err130 = { instancePath: instancePath + "/eval-gate/roles", schemaPath: "#/properties/eval-gate/properties/roles/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_-]{0,63}$" }, message: "must match pattern \"" + "^[a-z][a-z0-9_-]{0,63}$" + "\"", schema: "^[a-z][a-z0-9_-]{0,63}$", parentSchema: schema18.properties["eval-gate"].properties.roles.propertyNames, data: key8, propertyName: key8 };
                                    if (vErrors === null) {
                                        vErrors = [err130];
                                    }
                                    else {
                                        vErrors.push(err130);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err131 = { instancePath: instancePath + "/eval-gate/roles", schemaPath: "#/properties/eval-gate/properties/roles/propertyNames/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties["eval-gate"].properties.roles.propertyNames.type, parentSchema: schema18.properties["eval-gate"].properties.roles.propertyNames, data: key8, propertyName: key8 };
                                if (vErrors === null) {
                                    vErrors = [err131];
                                }
                                else {
                                    vErrors.push(err131);
                                }
                                errors++;
                            }
                            var valid52 = _errs147 === errors;
                            if (!valid52) {
                                const err132 = { instancePath: instancePath + "/eval-gate/roles", schemaPath: "#/properties/eval-gate/properties/roles/propertyNames", keyword: "propertyNames", params: { propertyName: key8 }, message: "property name must be valid", schema: schema18.properties["eval-gate"].properties.roles.propertyNames, parentSchema: schema18.properties["eval-gate"].properties.roles, data: data68 };
                                if (vErrors === null) {
                                    vErrors = [err132];
                                }
                                else {
                                    vErrors.push(err132);
                                }
                                errors++;
                            }
                        }
                        for (const key9 in data68) {
                            let data69 = data68[key9];
                            if (data69 && typeof data69 == "object" && !Array.isArray(data69)) {
                                for (const key10 in data69) {
                                    if (!((key10 === "principals") || (key10 === "github"))) {
                                        const err133 = { instancePath: instancePath + "/eval-gate/roles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/eval-gate/properties/roles/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema18.properties["eval-gate"].properties.roles.additionalProperties, data: data69 };
                                        if (vErrors === null) {
                                            vErrors = [err133];
                                        }
                                        else {
                                            vErrors.push(err133);
                                        }
                                        errors++;
                                    }
                                }
                                if (data69.principals !== undefined) {
                                    let data70 = data69.principals;
                                    if (Array.isArray(data70)) {
                                        if (data70.length > 100) {
                                            const err134 = { instancePath: instancePath + "/eval-gate/roles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/principals", schemaPath: "#/properties/eval-gate/properties/roles/additionalProperties/properties/principals/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema18.properties["eval-gate"].properties.roles.additionalProperties.properties.principals, data: data70 };
                                            if (vErrors === null) {
                                                vErrors = [err134];
                                            }
                                            else {
                                                vErrors.push(err134);
                                            }
                                            errors++;
                                        }
                                        const len15 = data70.length;
                                        for (let i22 = 0; i22 < len15; i22++) {
                                            let data71 = data70[i22];
                                            if (typeof data71 === "string") {
                                                if (func1(data71) > 200) {
                                                    const err135 = { instancePath: instancePath + "/eval-gate/roles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/principals/" + i22, schemaPath: "#/properties/eval-gate/properties/roles/additionalProperties/properties/principals/items/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema18.properties["eval-gate"].properties.roles.additionalProperties.properties.principals.items, data: data71 };
                                                    if (vErrors === null) {
                                                        vErrors = [err135];
                                                    }
                                                    else {
                                                        vErrors.push(err135);
                                                    }
                                                    errors++;
                                                }
                                                if (func1(data71) < 1) {
                                                    const err136 = { instancePath: instancePath + "/eval-gate/roles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/principals/" + i22, schemaPath: "#/properties/eval-gate/properties/roles/additionalProperties/properties/principals/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema18.properties["eval-gate"].properties.roles.additionalProperties.properties.principals.items, data: data71 };
                                                    if (vErrors === null) {
                                                        vErrors = [err136];
                                                    }
                                                    else {
                                                        vErrors.push(err136);
                                                    }
                                                    errors++;
                                                }
                                                if (!pattern30.test(data71)) {
                                                    const err137 = { instancePath: instancePath + "/eval-gate/roles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/principals/" + i22, schemaPath: "#/properties/eval-gate/properties/roles/additionalProperties/properties/principals/items/pattern", keyword: "pattern", params: { pattern: "^[^*?!,\\s\"]+$" }, message: "must match pattern \"" + "^[^*?!,\\s\"]+$" + "\"", schema: "^[^*?!,\\s\"]+$", parentSchema: schema18.properties["eval-gate"].properties.roles.additionalProperties.properties.principals.items, data: data71 };
                                                    if (vErrors === null) {
                                                        vErrors = [err137];
                                                    }
                                                    else {
                                                        vErrors.push(err137);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            else {
                                                const err138 = { instancePath: instancePath + "/eval-gate/roles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/principals/" + i22, schemaPath: "#/properties/eval-gate/properties/roles/additionalProperties/properties/principals/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties["eval-gate"].properties.roles.additionalProperties.properties.principals.items.type, parentSchema: schema18.properties["eval-gate"].properties.roles.additionalProperties.properties.principals.items, data: data71 };
                                                if (vErrors === null) {
                                                    vErrors = [err138];
                                                }
                                                else {
                                                    vErrors.push(err138);
                                                }
                                                errors++;
                                            }
                                        }
                                        let i23 = data70.length;
                                        let j7;
                                        if (i23 > 1) {
                                            const indices6 = {};
                                            for (; i23--;) {
                                                let item6 = data70[i23];
                                                if (typeof item6 !== "string") {
                                                    continue;
                                                }
                                                if (typeof indices6[item6] == "number") {
                                                    j7 = indices6[item6];
                                                    const err139 = { instancePath: instancePath + "/eval-gate/roles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/principals", schemaPath: "#/properties/eval-gate/properties/roles/additionalProperties/properties/principals/uniqueItems", keyword: "uniqueItems", params: { i: i23, j: j7 }, message: "must NOT have duplicate items (items ## " + j7 + " and " + i23 + " are identical)", schema: true, parentSchema: schema18.properties["eval-gate"].properties.roles.additionalProperties.properties.principals, data: data70 };
                                                    if (vErrors === null) {
                                                        vErrors = [err139];
                                                    }
                                                    else {
                                                        vErrors.push(err139);
                                                    }
                                                    errors++;
                                                    break;
                                                }
                                                indices6[item6] = i23;
                                            }
                                        }
                                    }
                                    else {
                                        const err140 = { instancePath: instancePath + "/eval-gate/roles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/principals", schemaPath: "#/properties/eval-gate/properties/roles/additionalProperties/properties/principals/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema18.properties["eval-gate"].properties.roles.additionalProperties.properties.principals.type, parentSchema: schema18.properties["eval-gate"].properties.roles.additionalProperties.properties.principals, data: data70 };
                                        if (vErrors === null) {
                                            vErrors = [err140];
                                        }
                                        else {
                                            vErrors.push(err140);
                                        }
                                        errors++;
                                    }
                                }
                                if (data69.github !== undefined) {
                                    let data72 = data69.github;
                                    if (Array.isArray(data72)) {
                                        if (data72.length > 100) {
                                            const err141 = { instancePath: instancePath + "/eval-gate/roles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/github", schemaPath: "#/properties/eval-gate/properties/roles/additionalProperties/properties/github/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema18.properties["eval-gate"].properties.roles.additionalProperties.properties.github, data: data72 };
                                            if (vErrors === null) {
                                                vErrors = [err141];
                                            }
                                            else {
                                                vErrors.push(err141);
                                            }
                                            errors++;
                                        }
                                        const len16 = data72.length;
                                        for (let i24 = 0; i24 < len16; i24++) {
                                            let data73 = data72[i24];
                                            if (typeof data73 === "string") {
                                                if (!pattern31.test(data73)) {
                                                    const err142 = { instancePath: instancePath + "/eval-gate/roles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/github/" + i24, schemaPath: "#/properties/eval-gate/properties/roles/additionalProperties/properties/github/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9_.-]{1,100})?$" }, message: "must match pattern \"" + "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9_.-]{1,100})?$" + "\"", schema: "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9_.-]{1,100})?$", parentSchema: schema18.properties["eval-gate"].properties.roles.additionalProperties.properties.github.items, data: data73 };
                                                    if (vErrors === null) {
                                                        vErrors = [err142];
                                                    }
                                                    else {
                                                        vErrors.push(err142);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            else {
                                                const err143 = { instancePath: instancePath + "/eval-gate/roles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/github/" + i24, schemaPath: "#/properties/eval-gate/properties/roles/additionalProperties/properties/github/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties["eval-gate"].properties.roles.additionalProperties.properties.github.items.type, parentSchema: schema18.properties["eval-gate"].properties.roles.additionalProperties.properties.github.items, data: data73 };
                                                if (vErrors === null) {
                                                    vErrors = [err143];
                                                }
                                                else {
                                                    vErrors.push(err143);
                                                }
                                                errors++;
                                            }
                                        }
                                        let i25 = data72.length;
                                        let j8;
                                        if (i25 > 1) {
                                            const indices7 = {};
                                            for (; i25--;) {
                                                let item7 = data72[i25];
                                                if (typeof item7 !== "string") {
                                                    continue;
                                                }
                                                if (typeof indices7[item7] == "number") {
                                                    j8 = indices7[item7];
                                                    const err144 = { instancePath: instancePath + "/eval-gate/roles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/github", schemaPath: "#/properties/eval-gate/properties/roles/additionalProperties/properties/github/uniqueItems", keyword: "uniqueItems", params: { i: i25, j: j8 }, message: "must NOT have duplicate items (items ## " + j8 + " and " + i25 + " are identical)", schema: true, parentSchema: schema18.properties["eval-gate"].properties.roles.additionalProperties.properties.github, data: data72 };
                                                    if (vErrors === null) {
                                                        vErrors = [err144];
                                                    }
                                                    else {
                                                        vErrors.push(err144);
                                                    }
                                                    errors++;
                                                    break;
                                                }
                                                indices7[item7] = i25;
                                            }
                                        }
                                    }
                                    else {
                                        const err145 = { instancePath: instancePath + "/eval-gate/roles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/github", schemaPath: "#/properties/eval-gate/properties/roles/additionalProperties/properties/github/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema18.properties["eval-gate"].properties.roles.additionalProperties.properties.github.type, parentSchema: schema18.properties["eval-gate"].properties.roles.additionalProperties.properties.github, data: data72 };
                                        if (vErrors === null) {
                                            vErrors = [err145];
                                        }
                                        else {
                                            vErrors.push(err145);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err146 = { instancePath: instancePath + "/eval-gate/roles/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/eval-gate/properties/roles/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema18.properties["eval-gate"].properties.roles.additionalProperties.type, parentSchema: schema18.properties["eval-gate"].properties.roles.additionalProperties, data: data69 };
                                if (vErrors === null) {
                                    vErrors = [err146];
                                }
                                else {
                                    vErrors.push(err146);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err147 = { instancePath: instancePath + "/eval-gate/roles", schemaPath: "#/properties/eval-gate/properties/roles/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema18.properties["eval-gate"].properties.roles.type, parentSchema: schema18.properties["eval-gate"].properties.roles, data: data68 };
                        if (vErrors === null) {
                            vErrors = [err147];
                        }
                        else {
                            vErrors.push(err147);
                        }
                        errors++;
                    }
                }
                if (data55.github !== undefined) {
                    let data74 = data55.github;
                    if (data74 && typeof data74 == "object" && !Array.isArray(data74)) {
                        for (const key11 in data74) {
                            if (!(((((key11 === "status") || (key11 === "status-context")) || (key11 === "comment")) || (key11 === "branch-rules")) || (key11 === "rerun-failed"))) {
                                const err148 = { instancePath: instancePath + "/eval-gate/github", schemaPath: "#/properties/eval-gate/properties/github/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema18.properties["eval-gate"].properties.github, data: data74 };
                                if (vErrors === null) {
                                    vErrors = [err148];
                                }
                                else {
                                    vErrors.push(err148);
                                }
                                errors++;
                            }
                        }
                        if (data74.status !== undefined) {
                            let data75 = data74.status;
                            if (typeof data75 !== "boolean") {
                                const err149 = { instancePath: instancePath + "/eval-gate/github/status", schemaPath: "#/properties/eval-gate/properties/github/properties/status/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema18.properties["eval-gate"].properties.github.properties.status.type, parentSchema: schema18.properties["eval-gate"].properties.github.properties.status, data: data75 };
                                if (vErrors === null) {
                                    vErrors = [err149];
                                }
                                else {
                                    vErrors.push(err149);
                                }
                                errors++;
                            }
                        }
                        if (data74["status-context"] !== undefined) {
                            let data76 = data74["status-context"];
                            if (typeof data76 === "string") {
                                if (!pattern32.test(data76)) {
                                    const err150 = { instancePath: instancePath + "/eval-gate/github/status-context", schemaPath: "#/properties/eval-gate/properties/github/properties/status-context/pattern", keyword: "pattern", params: { pattern: "^\\S(?:.{0,98}\\S)?$" }, message: "must match pattern \"" + "^\\S(?:.{0,98}\\S)?$" + "\"", schema: "^\\S(?:.{0,98}\\S)?$", parentSchema: schema18.properties["eval-gate"].properties.github.properties["status-context"], data: data76 };
                                    if (vErrors === null) {
                                        vErrors = [err150];
                                    }
                                    else {
                                        vErrors.push(err150);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err151 = { instancePath: instancePath + "/eval-gate/github/status-context", schemaPath: "#/properties/eval-gate/properties/github/properties/status-context/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties["eval-gate"].properties.github.properties["status-context"].type, parentSchema: schema18.properties["eval-gate"].properties.github.properties["status-context"], data: data76 };
                                if (vErrors === null) {
                                    vErrors = [err151];
                                }
                                else {
                                    vErrors.push(err151);
                                }
                                errors++;
                            }
                        }
                        if (data74.comment !== undefined) {
                            let data77 = data74.comment;
                            if (typeof data77 !== "boolean") {
                                const err152 = { instancePath: instancePath + "/eval-gate/github/comment", schemaPath: "#/properties/eval-gate/properties/github/properties/comment/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema18.properties["eval-gate"].properties.github.properties.comment.type, parentSchema: schema18.properties["eval-gate"].properties.github.properties.comment, data: data77 };
                                if (vErrors === null) {
                                    vErrors = [err152];
                                }
                                else {
                                    vErrors.push(err152);
                                }
                                errors++;
                            }
                        }
                        if (data74["branch-rules"] !== undefined) {
                            let data78 = data74["branch-rules"];
                            if (typeof data78 !== "boolean") {
                                const err153 = { instancePath: instancePath + "/eval-gate/github/branch-rules", schemaPath: "#/properties/eval-gate/properties/github/properties/branch-rules/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema18.properties["eval-gate"].properties.github.properties["branch-rules"].type, parentSchema: schema18.properties["eval-gate"].properties.github.properties["branch-rules"], data: data78 };
                                if (vErrors === null) {
                                    vErrors = [err153];
                                }
                                else {
                                    vErrors.push(err153);
                                }
                                errors++;
                            }
                        }
                        if (data74["rerun-failed"] !== undefined) {
                            let data79 = data74["rerun-failed"];
                            if (typeof data79 !== "boolean") {
                                const err154 = { instancePath: instancePath + "/eval-gate/github/rerun-failed", schemaPath: "#/properties/eval-gate/properties/github/properties/rerun-failed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema18.properties["eval-gate"].properties.github.properties["rerun-failed"].type, parentSchema: schema18.properties["eval-gate"].properties.github.properties["rerun-failed"], data: data79 };
                                if (vErrors === null) {
                                    vErrors = [err154];
                                }
                                else {
                                    vErrors.push(err154);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err155 = { instancePath: instancePath + "/eval-gate/github", schemaPath: "#/properties/eval-gate/properties/github/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema18.properties["eval-gate"].properties.github.type, parentSchema: schema18.properties["eval-gate"].properties.github, data: data74 };
                        if (vErrors === null) {
                            vErrors = [err155];
                        }
                        else {
                            vErrors.push(err155);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err156 = { instancePath: instancePath + "/eval-gate", schemaPath: "#/properties/eval-gate/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema18.properties["eval-gate"].type, parentSchema: schema18.properties["eval-gate"], data: data55 };
                if (vErrors === null) {
                    vErrors = [err156];
                }
                else {
                    vErrors.push(err156);
                }
                errors++;
            }
        }
        if (data.provenance !== undefined) {
            let data80 = data.provenance;
            if (data80 && typeof data80 == "object" && !Array.isArray(data80)) {
                for (const key12 in data80) {
                    if (!(func0.call(schema18.properties.provenance.properties, key12))) {
                        const err157 = { instancePath: instancePath + "/provenance", schemaPath: "#/properties/provenance/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: schema18.properties.provenance, data: data80 };
                        if (vErrors === null) {
                            vErrors = [err157];
                        }
                        else {
                            vErrors.push(err157);
                        }
                        errors++;
                    }
                }
                if (data80.enabled !== undefined) {
                    let data81 = data80.enabled;
                    if (typeof data81 !== "boolean") {
                        const err158 = { instancePath: instancePath + "/provenance/enabled", schemaPath: "#/properties/provenance/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema18.properties.provenance.properties.enabled.type, parentSchema: schema18.properties.provenance.properties.enabled, data: data81 };
                        if (vErrors === null) {
                            vErrors = [err158];
                        }
                        else {
                            vErrors.push(err158);
                        }
                        errors++;
                    }
                }
                if (data80["fail-on"] !== undefined) {
                    let data82 = data80["fail-on"];
                    if (!((((data82 === "low") || (data82 === "medium")) || (data82 === "high")) || (data82 === "critical"))) {
                        const err159 = { instancePath: instancePath + "/provenance/fail-on", schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema19.enum }, message: "must be equal to one of the allowed values", schema: schema19.enum, parentSchema: schema19, data: data82 };
                        if (vErrors === null) {
                            vErrors = [err159];
                        }
                        else {
                            vErrors.push(err159);
                        }
                        errors++;
                    }
                }
                if (data80["artifact-dir"] !== undefined) {
                    let data83 = data80["artifact-dir"];
                    if (typeof data83 === "string") {
                        if (func1(data83) < 1) {
                            const err160 = { instancePath: instancePath + "/provenance/artifact-dir", schemaPath: "#/properties/provenance/properties/artifact-dir/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema18.properties.provenance.properties["artifact-dir"], data: data83 };
                            if (vErrors === null) {
                                vErrors = [err160];
                            }
                            else {
                                vErrors.push(err160);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err161 = { instancePath: instancePath + "/provenance/artifact-dir", schemaPath: "#/properties/provenance/properties/artifact-dir/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.provenance.properties["artifact-dir"].type, parentSchema: schema18.properties.provenance.properties["artifact-dir"], data: data83 };
                        if (vErrors === null) {
                            vErrors = [err161];
                        }
                        else {
                            vErrors.push(err161);
                        }
                        errors++;
                    }
                }
                if (data80.runs !== undefined) {
                    let data84 = data80.runs;
                    if (Array.isArray(data84)) {
                        const len17 = data84.length;
                        for (let i26 = 0; i26 < len17; i26++) {
                            let data85 = data84[i26];
                            if (typeof data85 === "string") {
                                if (func1(data85) < 1) {
                                    const err162 = { instancePath: instancePath + "/provenance/runs/" + i26, schemaPath: "#/properties/provenance/properties/runs/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema18.properties.provenance.properties.runs.items, data: data85 };
                                    if (vErrors === null) {
                                        vErrors = [err162];
                                    }
                                    else {
                                        vErrors.push(err162);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err163 = { instancePath: instancePath + "/provenance/runs/" + i26, schemaPath: "#/properties/provenance/properties/runs/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.provenance.properties.runs.items.type, parentSchema: schema18.properties.provenance.properties.runs.items, data: data85 };
                                if (vErrors === null) {
                                    vErrors = [err163];
                                }
                                else {
                                    vErrors.push(err163);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err164 = { instancePath: instancePath + "/provenance/runs", schemaPath: "#/properties/provenance/properties/runs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema18.properties.provenance.properties.runs.type, parentSchema: schema18.properties.provenance.properties.runs, data: data84 };
                        if (vErrors === null) {
                            vErrors = [err164];
                        }
                        else {
                            vErrors.push(err164);
                        }
                        errors++;
                    }
                }
                if (data80.deployments !== undefined) {
                    let data86 = data80.deployments;
                    if (Array.isArray(data86)) {
                        const len18 = data86.length;
                        for (let i27 = 0; i27 < len18; i27++) {
                            let data87 = data86[i27];
                            if (typeof data87 === "string") {
                                if (func1(data87) < 1) {
                                    const err165 = { instancePath: instancePath + "/provenance/deployments/" + i27, schemaPath: "#/properties/provenance/properties/deployments/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema18.properties.provenance.properties.deployments.items, data: data87 };
                                    if (vErrors === null) {
                                        vErrors = [err165];
                                    }
                                    else {
                                        vErrors.push(err165);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err166 = { instancePath: instancePath + "/provenance/deployments/" + i27, schemaPath: "#/properties/provenance/properties/deployments/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.provenance.properties.deployments.items.type, parentSchema: schema18.properties.provenance.properties.deployments.items, data: data87 };
                                if (vErrors === null) {
                                    vErrors = [err166];
                                }
                                else {
                                    vErrors.push(err166);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err167 = { instancePath: instancePath + "/provenance/deployments", schemaPath: "#/properties/provenance/properties/deployments/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema18.properties.provenance.properties.deployments.type, parentSchema: schema18.properties.provenance.properties.deployments, data: data86 };
                        if (vErrors === null) {
                            vErrors = [err167];
                        }
                        else {
                            vErrors.push(err167);
                        }
                        errors++;
                    }
                }
                if (data80.dataset !== undefined) {
                    let data88 = data80.dataset;
                    if (typeof data88 === "string") {
                        if (func1(data88) < 1) {
                            const err168 = { instancePath: instancePath + "/provenance/dataset", schemaPath: "#/properties/provenance/properties/dataset/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema18.properties.provenance.properties.dataset, data: data88 };
                            if (vErrors === null) {
                                vErrors = [err168];
                            }
                            else {
                                vErrors.push(err168);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err169 = { instancePath: instancePath + "/provenance/dataset", schemaPath: "#/properties/provenance/properties/dataset/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.provenance.properties.dataset.type, parentSchema: schema18.properties.provenance.properties.dataset, data: data88 };
                        if (vErrors === null) {
                            vErrors = [err169];
                        }
                        else {
                            vErrors.push(err169);
                        }
                        errors++;
                    }
                }
                if (data80["data-path"] !== undefined) {
                    let data89 = data80["data-path"];
                    if (typeof data89 === "string") {
                        if (func1(data89) < 1) {
                            const err170 = { instancePath: instancePath + "/provenance/data-path", schemaPath: "#/properties/provenance/properties/data-path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema18.properties.provenance.properties["data-path"], data: data89 };
                            if (vErrors === null) {
                                vErrors = [err170];
                            }
                            else {
                                vErrors.push(err170);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err171 = { instancePath: instancePath + "/provenance/data-path", schemaPath: "#/properties/provenance/properties/data-path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.provenance.properties["data-path"].type, parentSchema: schema18.properties.provenance.properties["data-path"], data: data89 };
                        if (vErrors === null) {
                            vErrors = [err171];
                        }
                        else {
                            vErrors.push(err171);
                        }
                        errors++;
                    }
                }
                if (data80["data-digest"] !== undefined) {
                    let data90 = data80["data-digest"];
                    if (typeof data90 !== "boolean") {
                        const err172 = { instancePath: instancePath + "/provenance/data-digest", schemaPath: "#/properties/provenance/properties/data-digest/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema18.properties.provenance.properties["data-digest"].type, parentSchema: schema18.properties.provenance.properties["data-digest"], data: data90 };
                        if (vErrors === null) {
                            vErrors = [err172];
                        }
                        else {
                            vErrors.push(err172);
                        }
                        errors++;
                    }
                }
                if (data80.policies !== undefined) {
                    let data91 = data80.policies;
                    if (Array.isArray(data91)) {
                        const len19 = data91.length;
                        for (let i28 = 0; i28 < len19; i28++) {
                            let data92 = data91[i28];
                            if (typeof data92 === "string") {
                                if (func1(data92) < 1) {
                                    const err173 = { instancePath: instancePath + "/provenance/policies/" + i28, schemaPath: "#/properties/provenance/properties/policies/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema18.properties.provenance.properties.policies.items, data: data92 };
                                    if (vErrors === null) {
                                        vErrors = [err173];
                                    }
                                    else {
                                        vErrors.push(err173);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err174 = { instancePath: instancePath + "/provenance/policies/" + i28, schemaPath: "#/properties/provenance/properties/policies/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.provenance.properties.policies.items.type, parentSchema: schema18.properties.provenance.properties.policies.items, data: data92 };
                                if (vErrors === null) {
                                    vErrors = [err174];
                                }
                                else {
                                    vErrors.push(err174);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err175 = { instancePath: instancePath + "/provenance/policies", schemaPath: "#/properties/provenance/properties/policies/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema18.properties.provenance.properties.policies.type, parentSchema: schema18.properties.provenance.properties.policies, data: data91 };
                        if (vErrors === null) {
                            vErrors = [err175];
                        }
                        else {
                            vErrors.push(err175);
                        }
                        errors++;
                    }
                }
                if (data80["sign-key"] !== undefined) {
                    let data93 = data80["sign-key"];
                    if (typeof data93 === "string") {
                        if (func1(data93) < 1) {
                            const err176 = { instancePath: instancePath + "/provenance/sign-key", schemaPath: "#/properties/provenance/properties/sign-key/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema18.properties.provenance.properties["sign-key"], data: data93 };
                            if (vErrors === null) {
                                vErrors = [err176];
                            }
                            else {
                                vErrors.push(err176);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err177 = { instancePath: instancePath + "/provenance/sign-key", schemaPath: "#/properties/provenance/properties/sign-key/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.provenance.properties["sign-key"].type, parentSchema: schema18.properties.provenance.properties["sign-key"], data: data93 };
                        if (vErrors === null) {
                            vErrors = [err177];
                        }
                        else {
                            vErrors.push(err177);
                        }
                        errors++;
                    }
                }
                if (data80["sign-key-env"] !== undefined) {
                    let data94 = data80["sign-key-env"];
                    if (typeof data94 === "string") {
                        if (!pattern33.test(data94)) {
                            const err178 = { instancePath: instancePath + "/provenance/sign-key-env", schemaPath: "#/properties/provenance/properties/sign-key-env/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: "must match pattern \"" + "^[A-Za-z_][A-Za-z0-9_]*$" + "\"", schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema18.properties.provenance.properties["sign-key-env"], data: data94 };
                            if (vErrors === null) {
                                vErrors = [err178];
                            }
                            else {
                                vErrors.push(err178);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err179 = { instancePath: instancePath + "/provenance/sign-key-env", schemaPath: "#/properties/provenance/properties/sign-key-env/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.provenance.properties["sign-key-env"].type, parentSchema: schema18.properties.provenance.properties["sign-key-env"], data: data94 };
                        if (vErrors === null) {
                            vErrors = [err179];
                        }
                        else {
                            vErrors.push(err179);
                        }
                        errors++;
                    }
                }
                if (data80["key-passphrase-env"] !== undefined) {
                    let data95 = data80["key-passphrase-env"];
                    if (typeof data95 === "string") {
                        if (!pattern33.test(data95)) {
                            const err180 = { instancePath: instancePath + "/provenance/key-passphrase-env", schemaPath: "#/properties/provenance/properties/key-passphrase-env/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: "must match pattern \"" + "^[A-Za-z_][A-Za-z0-9_]*$" + "\"", schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema18.properties.provenance.properties["key-passphrase-env"], data: data95 };
                            if (vErrors === null) {
                                vErrors = [err180];
                            }
                            else {
                                vErrors.push(err180);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err181 = { instancePath: instancePath + "/provenance/key-passphrase-env", schemaPath: "#/properties/provenance/properties/key-passphrase-env/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.provenance.properties["key-passphrase-env"].type, parentSchema: schema18.properties.provenance.properties["key-passphrase-env"], data: data95 };
                        if (vErrors === null) {
                            vErrors = [err181];
                        }
                        else {
                            vErrors.push(err181);
                        }
                        errors++;
                    }
                }
                if (data80["public-keys"] !== undefined) {
                    let data96 = data80["public-keys"];
                    if (Array.isArray(data96)) {
                        const len20 = data96.length;
                        for (let i29 = 0; i29 < len20; i29++) {
                            let data97 = data96[i29];
                            if (typeof data97 === "string") {
                                if (func1(data97) < 1) {
                                    const err182 = { instancePath: instancePath + "/provenance/public-keys/" + i29, schemaPath: "#/properties/provenance/properties/public-keys/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema18.properties.provenance.properties["public-keys"].items, data: data97 };
                                    if (vErrors === null) {
                                        vErrors = [err182];
                                    }
                                    else {
                                        vErrors.push(err182);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err183 = { instancePath: instancePath + "/provenance/public-keys/" + i29, schemaPath: "#/properties/provenance/properties/public-keys/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.provenance.properties["public-keys"].items.type, parentSchema: schema18.properties.provenance.properties["public-keys"].items, data: data97 };
                                if (vErrors === null) {
                                    vErrors = [err183];
                                }
                                else {
                                    vErrors.push(err183);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err184 = { instancePath: instancePath + "/provenance/public-keys", schemaPath: "#/properties/provenance/properties/public-keys/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema18.properties.provenance.properties["public-keys"].type, parentSchema: schema18.properties.provenance.properties["public-keys"], data: data96 };
                        if (vErrors === null) {
                            vErrors = [err184];
                        }
                        else {
                            vErrors.push(err184);
                        }
                        errors++;
                    }
                }
                if (data80["require-signature"] !== undefined) {
                    let data98 = data80["require-signature"];
                    if (typeof data98 !== "boolean") {
                        const err185 = { instancePath: instancePath + "/provenance/require-signature", schemaPath: "#/properties/provenance/properties/require-signature/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema18.properties.provenance.properties["require-signature"].type, parentSchema: schema18.properties.provenance.properties["require-signature"], data: data98 };
                        if (vErrors === null) {
                            vErrors = [err185];
                        }
                        else {
                            vErrors.push(err185);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err186 = { instancePath: instancePath + "/provenance", schemaPath: "#/properties/provenance/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema18.properties.provenance.type, parentSchema: schema18.properties.provenance, data: data80 };
                if (vErrors === null) {
                    vErrors = [err186];
                }
                else {
                    vErrors.push(err186);
                }
                errors++;
            }
        }
    }
    else {
        const err187 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema18.type, parentSchema: schema18, data };
        if (vErrors === null) {
            vErrors = [err187];
        }
        else {
            vErrors.push(err187);
        }
        errors++;
    } validate5.errors = vErrors; return errors === 0; }
    validate5.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    exports.v6 = validate6;
    const schema26 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://pipeguard.dev/schemas/run-meta.v1.schema.json", "title": "pipeguard run metadata (runs/<run_id>/meta.json), version 1", "description": "Provenance of one training or evaluation run: the code (git), the data, the artifacts (manifest digest), the policy and approvals in force, and where it ran (CI facts). `pipeguard provenance stamp` writes the keys below and keeps every other key the pipeline wrote. Key names follow MLflow's `mlflow.source.git.*` tags and GitHub's SLSA buildType (see docs/provenance.md).", "type": "object", "additionalProperties": true, "required": ["schema_version", "run_id", "git_commit", "git_branch", "git_repo_url", "git_dirty", "artifact_manifest_sha256", "ci", "builder", "started_on", "finished_on", "pipeguard_version"], "properties": { "$schema": { "type": "string" }, "schema_version": { "description": "Version of this metadata format.", "const": "1" }, "run_id": { "description": "The run's id: its directory name under runs/ unless given.", "type": "string", "minLength": 1, "maxLength": 200, "pattern": "^[^/\\\\\\u0000-\\u001f]+$" }, "git_commit": { "description": "The commit the run's code came from (MLflow mlflow.source.git.commit; SLSA resolvedDependencies[].digest.gitCommit). On a GitHub pull_request: the PR head, never the merge commit.", "$ref": "#/$defs/gitObjectId" }, "git_branch": { "description": "Branch the commit was built from (PR head branch on pull_request; MLflow mlflow.source.git.branch). null when detached and unknown.", "type": ["string", "null"], "maxLength": 255 }, "git_repo_url": { "description": "https URL of the repository without `.git` and without credentials (MLflow mlflow.source.git.repoURL; buildType workflow.repository). null when the repository has no remote.", "type": ["string", "null"], "maxLength": 2048, "pattern": "^(https?|file|ssh)://[^@/?#]*(/[^?#]*)?$" }, "git_dirty": { "description": "True when tracked files differed from the commit when the run was stamped (MLflow mlflow.source.git.dirty).", "type": "boolean" }, "git_diff_sha256": { "description": "SHA-256 of `git diff HEAD --binary` (the run directory excluded) when git_dirty, else null.", "oneOf": [{ "$ref": "#/$defs/sha256" }, { "type": "null" }] }, "dataset": { "description": "Dataset name (MLflow Dataset name).", "type": ["string", "null"], "maxLength": 1000 }, "data_path": { "description": "Where the data came from: a path or URI (MLflow Dataset source).", "type": ["string", "null"], "maxLength": 4096 }, "data_digest": { "description": "Digest of the data, `<algorithm>:<hex>`. pipeguard writes `sha256:` over the file, or for a directory over its sha256sum manifest (sorted `<hex>  <path>` lines).", "type": ["string", "null"], "pattern": "^[a-z0-9-]+:[0-9a-f]{32,128}$" }, "artifact_dir": { "description": "Directory of the run's artifacts, relative to the run directory.", "type": "string", "minLength": 1 }, "artifact_manifest": { "description": "The artifact checksum manifest, relative to the run directory.", "type": "string", "minLength": 1 }, "artifact_manifest_sha256": { "description": "SHA-256 of the bytes of the artifact checksum manifest (checksum.sha256): binds every artifact file's digest.", "$ref": "#/$defs/sha256" }, "artifact_count": { "description": "Number of artifact files the manifest lists.", "type": "integer", "minimum": 0 }, "policies": { "description": "Policy documents in force for the run, with their settings.", "type": "array", "maxItems": 100, "items": { "type": "object", "additionalProperties": false, "required": ["file", "sha256", "settings"], "properties": { "file": { "description": "Path relative to the repository root.", "type": "string", "minLength": 1 }, "sha256": { "$ref": "#/$defs/sha256" }, "policy_id": { "type": "string", "minLength": 1 }, "schema_version": { "type": "string" }, "settings": { "description": "The policy's settings (its keys other than policy_id, schema_version and $schema).", "type": "object" } } } }, "approvals": { "description": "Gate decisions recorded for this run in the audit log (eval gate exceptions, signers, reviewers).", "type": "array", "maxItems": 1000, "items": { "type": "object", "additionalProperties": false, "required": ["check", "stage", "decision", "time"], "properties": { "check": { "type": "string" }, "stage": { "type": "string" }, "decision": { "enum": ["allowed", "blocked", "error"] }, "time": { "type": "string", "format": "date-time" }, "actor": { "type": "string" }, "reason": { "type": "string" }, "exception_ids": { "type": "array", "items": { "type": "string" } }, "signers": { "type": "array", "items": { "type": "string" } }, "reviewers": { "type": "array", "items": { "type": "string" } } } } }, "exception_ids": { "description": "Ids of every exception that covered a gate decision of this run.", "type": "array", "items": { "type": "string", "minLength": 1 }, "uniqueItems": true }, "audit": { "description": "The audit records the approvals were read from.", "oneOf": [{ "type": "null" }, { "type": "object", "additionalProperties": false, "required": ["log", "records", "sha256", "run_ids"], "properties": { "log": { "type": "string", "minLength": 1 }, "records": { "type": "integer", "minimum": 0 }, "run_ids": { "description": "The audit run_ids matched: the run's id, PIPEGUARD_RUN_ID and the CI run's `gha-<run_id>-<attempt>`.", "type": "array", "items": { "type": "string", "minLength": 1 } }, "sha256": { "description": "SHA-256 of this run's audit lines, each followed by LF, in log order.", "$ref": "#/$defs/sha256" } } }] }, "ci": { "description": "CI facts, in the vocabulary of GitHub's SLSA buildType and Fulcio's OIDs. null outside CI (then builder.kind is local).", "oneOf": [{ "type": "null" }, { "$ref": "#/$defs/githubActions" }] }, "builder": { "type": "object", "additionalProperties": false, "required": ["id", "kind"], "properties": { "id": { "description": "SLSA builder.id: the workflow URL in GitHub Actions, `https://pipeguard.dev/builders/local/v1` outside CI.", "type": "string", "minLength": 1 }, "kind": { "enum": ["github-actions", "local"] }, "platform": { "description": "os-arch of the machine (local runs).", "type": "string" }, "node": { "description": "Node.js version that ran pipeguard.", "type": "string" } } }, "started_on": { "description": "When the run started (RFC 3339; SLSA runDetails.metadata.startedOn).", "type": "string", "format": "date-time" }, "finished_on": { "description": "When the run finished (RFC 3339; SLSA runDetails.metadata.finishedOn).", "type": "string", "format": "date-time" }, "stamped_on": { "description": "When pipeguard stamped this file.", "type": "string", "format": "date-time" }, "pipeguard_version": { "type": "string", "minLength": 1 }, "provenance_statement": { "description": "The in-toto statement written beside this file, relative to the run directory.", "type": "string", "minLength": 1 }, "previous_statement_sha256": { "description": "SHA-256 of the statement file this stamp replaced (null on a run's first stamp). A meta.json the statement does not bind, but that names that statement here, comes from a stamp interrupted before its statement was written (verify: stamp-torn), not from an edit.", "oneOf": [{ "$ref": "#/$defs/sha256" }, { "type": "null" }] } }, "$defs": { "sha256": { "type": "string", "pattern": "^[0-9a-f]{64}$" }, "gitObjectId": { "type": "string", "pattern": "^[0-9a-f]{40}([0-9a-f]{24})?$" }, "githubActions": { "type": "object", "additionalProperties": false, "required": ["provider", "server_url", "repository", "event_name", "run_id", "run_attempt", "invocation_url"], "properties": { "provider": { "const": "github-actions" }, "server_url": { "type": "string", "format": "uri" }, "repository": { "type": "string", "pattern": "^[^/\\s]+/[^/\\s]+$" }, "repository_id": { "type": "string" }, "repository_owner_id": { "type": "string" }, "workflow_ref": { "description": "owner/repo/path@ref of the workflow (GITHUB_WORKFLOW_REF).", "type": "string" }, "workflow_sha": { "oneOf": [{ "$ref": "#/$defs/gitObjectId" }, { "type": "null" }] }, "event_name": { "type": "string", "minLength": 1 }, "ref": { "type": "string" }, "sha": { "description": "GITHUB_SHA: the commit the workflow ran on (on pull_request the merge commit, which is why git_commit holds the PR head).", "oneOf": [{ "$ref": "#/$defs/gitObjectId" }, { "type": "null" }] }, "actor": { "type": "string" }, "actor_id": { "type": "string" }, "triggering_actor": { "type": "string" }, "run_id": { "type": "string", "minLength": 1 }, "run_attempt": { "type": "string", "minLength": 1 }, "run_number": { "type": "string" }, "runner_environment": { "type": "string" }, "runner_os": { "type": "string" }, "runner_arch": { "type": "string" }, "invocation_url": { "description": "${server_url}/${repository}/actions/runs/${run_id}/attempts/${run_attempt} (SLSA invocationId).", "type": "string", "format": "uri" }, "pull_request": { "type": "object", "additionalProperties": false, "required": ["number", "head_sha", "base_sha"], "properties": { "number": { "type": "integer", "minimum": 1 }, "head_sha": { "$ref": "#/$defs/gitObjectId" }, "head_ref": { "type": "string" }, "base_sha": { "$ref": "#/$defs/gitObjectId" }, "base_ref": { "type": "string" }, "author": { "type": "string" } } } } } } };
    const schema27 = { "type": "string", "pattern": "^[0-9a-f]{40}([0-9a-f]{24})?$" };
    const schema28 = { "type": "string", "pattern": "^[0-9a-f]{64}$" };
    const pattern35 = new RegExp("^[^/\\\\\\u0000-\\u001f]+$", "u");
    const pattern36 = new RegExp("^[0-9a-f]{40}([0-9a-f]{24})?$", "u");
    const pattern37 = new RegExp("^(https?|file|ssh)://[^@/?#]*(/[^?#]*)?$", "u");
    const pattern39 = new RegExp("^[a-z0-9-]+:[0-9a-f]{32,128}$", "u");
    const schema32 = { "type": "object", "additionalProperties": false, "required": ["provider", "server_url", "repository", "event_name", "run_id", "run_attempt", "invocation_url"], "properties": { "provider": { "const": "github-actions" }, "server_url": { "type": "string", "format": "uri" }, "repository": { "type": "string", "pattern": "^[^/\\s]+/[^/\\s]+$" }, "repository_id": { "type": "string" }, "repository_owner_id": { "type": "string" }, "workflow_ref": { "description": "owner/repo/path@ref of the workflow (GITHUB_WORKFLOW_REF).", "type": "string" }, "workflow_sha": { "oneOf": [{ "$ref": "#/$defs/gitObjectId" }, { "type": "null" }] }, "event_name": { "type": "string", "minLength": 1 }, "ref": { "type": "string" }, "sha": { "description": "GITHUB_SHA: the commit the workflow ran on (on pull_request the merge commit, which is why git_commit holds the PR head).", "oneOf": [{ "$ref": "#/$defs/gitObjectId" }, { "type": "null" }] }, "actor": { "type": "string" }, "actor_id": { "type": "string" }, "triggering_actor": { "type": "string" }, "run_id": { "type": "string", "minLength": 1 }, "run_attempt": { "type": "string", "minLength": 1 }, "run_number": { "type": "string" }, "runner_environment": { "type": "string" }, "runner_os": { "type": "string" }, "runner_arch": { "type": "string" }, "invocation_url": { "description": "${server_url}/${repository}/actions/runs/${run_id}/attempts/${run_attempt} (SLSA invocationId).", "type": "string", "format": "uri" }, "pull_request": { "type": "object", "additionalProperties": false, "required": ["number", "head_sha", "base_sha"], "properties": { "number": { "type": "integer", "minimum": 1 }, "head_sha": { "$ref": "#/$defs/gitObjectId" }, "head_ref": { "type": "string" }, "base_sha": { "$ref": "#/$defs/gitObjectId" }, "base_ref": { "type": "string" }, "author": { "type": "string" } } } } };
    const pattern43 = new RegExp("^[^/\\s]+/[^/\\s]+$", "u");
    function validate7(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate7.evaluated; if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    } if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    } if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.provider === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "provider" }, message: "must have required property '" + "provider" + "'", schema: schema32.required, parentSchema: schema32, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.server_url === undefined) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "server_url" }, message: "must have required property '" + "server_url" + "'", schema: schema32.required, parentSchema: schema32, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (data.repository === undefined) {
            const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "repository" }, message: "must have required property '" + "repository" + "'", schema: schema32.required, parentSchema: schema32, data };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
        if (data.event_name === undefined) {
            const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "event_name" }, message: "must have required property '" + "event_name" + "'", schema: schema32.required, parentSchema: schema32, data };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
        if (data.run_id === undefined) {
            const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "run_id" }, message: "must have required property '" + "run_id" + "'", schema: schema32.required, parentSchema: schema32, data };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
        if (data.run_attempt === undefined) {
            const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "run_attempt" }, message: "must have required property '" + "run_attempt" + "'", schema: schema32.required, parentSchema: schema32, data };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
        if (data.invocation_url === undefined) {
            const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "invocation_url" }, message: "must have required property '" + "invocation_url" + "'", schema: schema32.required, parentSchema: schema32, data };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!(func0.call(schema32.properties, key0))) {
                const err7 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32, data };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
        }
        if (data.provider !== undefined) {
            let data0 = data.provider;
            if ("github-actions" !== data0) {
                const err8 = { instancePath: instancePath + "/provider", schemaPath: "#/properties/provider/const", keyword: "const", params: { allowedValue: "github-actions" }, message: "must be equal to constant", schema: "github-actions", parentSchema: schema32.properties.provider, data: data0 };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
        if (data.server_url !== undefined) {
            let data1 = data.server_url;
            if (typeof data1 === "string") {
                if (!(formats2(data1))) {
                    const err9 = { instancePath: instancePath + "/server_url", schemaPath: "#/properties/server_url/format", keyword: "format", params: { format: "uri" }, message: "must match format \"" + "uri" + "\"", schema: "uri", parentSchema: schema32.properties.server_url, data: data1 };
                    if (vErrors === null) {
                        vErrors = [err9];
                    }
                    else {
                        vErrors.push(err9);
                    }
                    errors++;
                }
            }
            else {
                const err10 = { instancePath: instancePath + "/server_url", schemaPath: "#/properties/server_url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.server_url.type, parentSchema: schema32.properties.server_url, data: data1 };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
        }
        if (data.repository !== undefined) {
            let data2 = data.repository;
            if (typeof data2 === "string") {
                if (!pattern43.test(data2)) {
                    const err11 = { instancePath: instancePath + "/repository", schemaPath: "#/properties/repository/pattern", keyword: "pattern", params: { pattern: "^[^/\\s]+/[^/\\s]+$" }, message: "must match pattern \"" + "^[^/\\s]+/[^/\\s]+$" + "\"", schema: "^[^/\\s]+/[^/\\s]+$", parentSchema: schema32.properties.repository, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err11];
                    }
                    else {
                        vErrors.push(err11);
                    }
                    errors++;
                }
            }
            else {
                const err12 = { instancePath: instancePath + "/repository", schemaPath: "#/properties/repository/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.repository.type, parentSchema: schema32.properties.repository, data: data2 };
                if (vErrors === null) {
                    vErrors = [err12];
                }
                else {
                    vErrors.push(err12);
                }
                errors++;
            }
        }
        if (data.repository_id !== undefined) {
            let data3 = data.repository_id;
            if (typeof data3 !== "string") {
                const err13 = { instancePath: instancePath + "/repository_id", schemaPath: "#/properties/repository_id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.repository_id.type, parentSchema: schema32.properties.repository_id, data: data3 };
                if (vErrors === null) {
                    vErrors = [err13];
                }
                else {
                    vErrors.push(err13);
                }
                errors++;
            }
        }
        if (data.repository_owner_id !== undefined) {
            let data4 = data.repository_owner_id;
            if (typeof data4 !== "string") {
                const err14 = { instancePath: instancePath + "/repository_owner_id", schemaPath: "#/properties/repository_owner_id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.repository_owner_id.type, parentSchema: schema32.properties.repository_owner_id, data: data4 };
                if (vErrors === null) {
                    vErrors = [err14];
                }
                else {
                    vErrors.push(err14);
                }
                errors++;
            }
        }
        if (data.workflow_ref !== undefined) {
            let data5 = data.workflow_ref;
            if (typeof data5 !== "string") {
                const err15 = { instancePath: instancePath + "/workflow_ref", schemaPath: "#/properties/workflow_ref/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.workflow_ref.type, parentSchema: schema32.properties.workflow_ref, data: data5 };
                if (vErrors === null) {
                    vErrors = [err15];
                }
                else {
                    vErrors.push(err15);
                }
                errors++;
            }
        }
        if (data.workflow_sha !== undefined) {
            let data6 = data.workflow_sha;
            const _errs14 = errors;
            let valid1 = false;
            let passing0 = null;
            const _errs15 = errors;
            if (typeof data6 === "string") {
                if (!pattern36.test(data6)) {
                    const err16 = { instancePath: instancePath + "/workflow_sha", schemaPath: "#/$defs/gitObjectId/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{40}([0-9a-f]{24})?$" }, message: "must match pattern \"" + "^[0-9a-f]{40}([0-9a-f]{24})?$" + "\"", schema: "^[0-9a-f]{40}([0-9a-f]{24})?$", parentSchema: schema27, data: data6 };
                    if (vErrors === null) {
                        vErrors = [err16];
                    }
                    else {
                        vErrors.push(err16);
                    }
                    errors++;
                }
            }
            else {
                const err17 = { instancePath: instancePath + "/workflow_sha", schemaPath: "#/$defs/gitObjectId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.type, parentSchema: schema27, data: data6 };
                if (vErrors === null) {
                    vErrors = [err17];
                }
                else {
                    vErrors.push(err17);
                }
                errors++;
            }
            var _valid0 = _errs15 === errors;
            if (_valid0) {
                valid1 = true;
                passing0 = 0;
            }
            const _errs18 = errors;
            if (data6 !== null) {
                const err18 = { instancePath: instancePath + "/workflow_sha", schemaPath: "#/properties/workflow_sha/oneOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema32.properties.workflow_sha.oneOf[1].type, parentSchema: schema32.properties.workflow_sha.oneOf[1], data: data6 };
                if (vErrors === null) {
                    vErrors = [err18];
                }
                else {
                    vErrors.push(err18);
                }
                errors++;
            }
            var _valid0 = _errs18 === errors;
            if (_valid0 && valid1) {
                valid1 = false;
                passing0 = [passing0, 1];
            }
            else {
                if (_valid0) {
                    valid1 = true;
                    passing0 = 1;
                }
            }
            if (!valid1) {
                const err19 = { instancePath: instancePath + "/workflow_sha", schemaPath: "#/properties/workflow_sha/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema32.properties.workflow_sha.oneOf, parentSchema: schema32.properties.workflow_sha, data: data6 };
                if (vErrors === null) {
                    vErrors = [err19];
                }
                else {
                    vErrors.push(err19);
                }
                errors++;
            }
            else {
                errors = _errs14;
                if (vErrors !== null) {
                    if (_errs14) {
                        vErrors.length = _errs14;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data.event_name !== undefined) {
            let data7 = data.event_name;
            if (typeof data7 === "string") {
                if (func1(data7) < 1) {
                    const err20 = { instancePath: instancePath + "/event_name", schemaPath: "#/properties/event_name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.properties.event_name, data: data7 };
                    if (vErrors === null) {
                        vErrors = [err20];
                    }
                    else {
                        vErrors.push(err20);
                    }
                    errors++;
                }
            }
            else {
                const err21 = { instancePath: instancePath + "/event_name", schemaPath: "#/properties/event_name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.event_name.type, parentSchema: schema32.properties.event_name, data: data7 };
                if (vErrors === null) {
                    vErrors = [err21];
                }
                else {
                    vErrors.push(err21);
                }
                errors++;
            }
        }
        if (data.ref !== undefined) {
            let data8 = data.ref;
            if (typeof data8 !== "string") {
                const err22 = { instancePath: instancePath + "/ref", schemaPath: "#/properties/ref/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.ref.type, parentSchema: schema32.properties.ref, data: data8 };
                if (vErrors === null) {
                    vErrors = [err22];
                }
                else {
                    vErrors.push(err22);
                }
                errors++;
            }
        }
        if (data.sha !== undefined) {
            let data9 = data.sha;
            const _errs25 = errors;
            let valid3 = false;
            let passing1 = null;
            const _errs26 = errors;
            if (typeof data9 === "string") {
                if (!pattern36.test(data9)) {
                    const err23 = { instancePath: instancePath + "/sha", schemaPath: "#/$defs/gitObjectId/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{40}([0-9a-f]{24})?$" }, message: "must match pattern \"" + "^[0-9a-f]{40}([0-9a-f]{24})?$" + "\"", schema: "^[0-9a-f]{40}([0-9a-f]{24})?$", parentSchema: schema27, data: data9 };
                    if (vErrors === null) {
                        vErrors = [err23];
                    }
                    else {
                        vErrors.push(err23);
                    }
                    errors++;
                }
            }
            else {
                const err24 = { instancePath: instancePath + "/sha", schemaPath: "#/$defs/gitObjectId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.type, parentSchema: schema27, data: data9 };
                if (vErrors === null) {
                    vErrors = [err24];
                }
                else {
                    vErrors.push(err24);
                }
                errors++;
            }
            var _valid1 = _errs26 === errors;
            if (_valid1) {
                valid3 = true;
                passing1 = 0;
            }
            const _errs29 = errors;
            if (data9 !== null) {
                const err25 = { instancePath: instancePath + "/sha", schemaPath: "#/properties/sha/oneOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema32.properties.sha.oneOf[1].type, parentSchema: schema32.properties.sha.oneOf[1], data: data9 };
                if (vErrors === null) {
                    vErrors = [err25];
                }
                else {
                    vErrors.push(err25);
                }
                errors++;
            }
            var _valid1 = _errs29 === errors;
            if (_valid1 && valid3) {
                valid3 = false;
                passing1 = [passing1, 1];
            }
            else {
                if (_valid1) {
                    valid3 = true;
                    passing1 = 1;
                }
            }
            if (!valid3) {
                const err26 = { instancePath: instancePath + "/sha", schemaPath: "#/properties/sha/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema32.properties.sha.oneOf, parentSchema: schema32.properties.sha, data: data9 };
                if (vErrors === null) {
                    vErrors = [err26];
                }
                else {
                    vErrors.push(err26);
                }
                errors++;
            }
            else {
                errors = _errs25;
                if (vErrors !== null) {
                    if (_errs25) {
                        vErrors.length = _errs25;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data.actor !== undefined) {
            let data10 = data.actor;
            if (typeof data10 !== "string") {
                const err27 = { instancePath: instancePath + "/actor", schemaPath: "#/properties/actor/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.actor.type, parentSchema: schema32.properties.actor, data: data10 };
                if (vErrors === null) {
                    vErrors = [err27];
                }
                else {
                    vErrors.push(err27);
                }
                errors++;
            }
        }
        if (data.actor_id !== undefined) {
            let data11 = data.actor_id;
            if (typeof data11 !== "string") {
                const err28 = { instancePath: instancePath + "/actor_id", schemaPath: "#/properties/actor_id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.actor_id.type, parentSchema: schema32.properties.actor_id, data: data11 };
                if (vErrors === null) {
                    vErrors = [err28];
                }
                else {
                    vErrors.push(err28);
                }
                errors++;
            }
        }
        if (data.triggering_actor !== undefined) {
            let data12 = data.triggering_actor;
            if (typeof data12 !== "string") {
                const err29 = { instancePath: instancePath + "/triggering_actor", schemaPath: "#/properties/triggering_actor/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.triggering_actor.type, parentSchema: schema32.properties.triggering_actor, data: data12 };
                if (vErrors === null) {
                    vErrors = [err29];
                }
                else {
                    vErrors.push(err29);
                }
                errors++;
            }
        }
        if (data.run_id !== undefined) {
            let data13 = data.run_id;
            if (typeof data13 === "string") {
                if (func1(data13) < 1) {
                    const err30 = { instancePath: instancePath + "/run_id", schemaPath: "#/properties/run_id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.properties.run_id, data: data13 };
                    if (vErrors === null) {
                        vErrors = [err30];
                    }
                    else {
                        vErrors.push(err30);
                    }
                    errors++;
                }
            }
            else {
                const err31 = { instancePath: instancePath + "/run_id", schemaPath: "#/properties/run_id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.run_id.type, parentSchema: schema32.properties.run_id, data: data13 };
                if (vErrors === null) {
                    vErrors = [err31];
                }
                else {
                    vErrors.push(err31);
                }
                errors++;
            }
        }
        if (data.run_attempt !== undefined) {
            let data14 = data.run_attempt;
            if (typeof data14 === "string") {
                if (func1(data14) < 1) {
                    const err32 = { instancePath: instancePath + "/run_attempt", schemaPath: "#/properties/run_attempt/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.properties.run_attempt, data: data14 };
                    if (vErrors === null) {
                        vErrors = [err32];
                    }
                    else {
                        vErrors.push(err32);
                    }
                    errors++;
                }
            }
            else {
                const err33 = { instancePath: instancePath + "/run_attempt", schemaPath: "#/properties/run_attempt/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.run_attempt.type, parentSchema: schema32.properties.run_attempt, data: data14 };
                if (vErrors === null) {
                    vErrors = [err33];
                }
                else {
                    vErrors.push(err33);
                }
                errors++;
            }
        }
        if (data.run_number !== undefined) {
            let data15 = data.run_number;
            if (typeof data15 !== "string") {
                const err34 = { instancePath: instancePath + "/run_number", schemaPath: "#/properties/run_number/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.run_number.type, parentSchema: schema32.properties.run_number, data: data15 };
                if (vErrors === null) {
                    vErrors = [err34];
                }
                else {
                    vErrors.push(err34);
                }
                errors++;
            }
        }
        if (data.runner_environment !== undefined) {
            let data16 = data.runner_environment;
            if (typeof data16 !== "string") {
                const err35 = { instancePath: instancePath + "/runner_environment", schemaPath: "#/properties/runner_environment/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.runner_environment.type, parentSchema: schema32.properties.runner_environment, data: data16 };
                if (vErrors === null) {
                    vErrors = [err35];
                }
                else {
                    vErrors.push(err35);
                }
                errors++;
            }
        }
        if (data.runner_os !== undefined) {
            let data17 = data.runner_os;
            if (typeof data17 !== "string") {
                const err36 = { instancePath: instancePath + "/runner_os", schemaPath: "#/properties/runner_os/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.runner_os.type, parentSchema: schema32.properties.runner_os, data: data17 };
                if (vErrors === null) {
                    vErrors = [err36];
                }
                else {
                    vErrors.push(err36);
                }
                errors++;
            }
        }
        if (data.runner_arch !== undefined) {
            let data18 = data.runner_arch;
            if (typeof data18 !== "string") {
                const err37 = { instancePath: instancePath + "/runner_arch", schemaPath: "#/properties/runner_arch/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.runner_arch.type, parentSchema: schema32.properties.runner_arch, data: data18 };
                if (vErrors === null) {
                    vErrors = [err37];
                }
                else {
                    vErrors.push(err37);
                }
                errors++;
            }
        }
        if (data.invocation_url !== undefined) {
            let data19 = data.invocation_url;
            if (typeof data19 === "string") {
                if (!(formats2(data19))) {
                    const err38 = { instancePath: instancePath + "/invocation_url", schemaPath: "#/properties/invocation_url/format", keyword: "format", params: { format: "uri" }, message: "must match format \"" + "uri" + "\"", schema: "uri", parentSchema: schema32.properties.invocation_url, data: data19 };
                    if (vErrors === null) {
                        vErrors = [err38];
                    }
                    else {
                        vErrors.push(err38);
                    }
                    errors++;
                }
            }
            else {
                const err39 = { instancePath: instancePath + "/invocation_url", schemaPath: "#/properties/invocation_url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.invocation_url.type, parentSchema: schema32.properties.invocation_url, data: data19 };
                if (vErrors === null) {
                    vErrors = [err39];
                }
                else {
                    vErrors.push(err39);
                }
                errors++;
            }
        }
        if (data.pull_request !== undefined) {
            let data20 = data.pull_request;
            if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
                if (data20.number === undefined) {
                    const err40 = { instancePath: instancePath + "/pull_request", schemaPath: "#/properties/pull_request/required", keyword: "required", params: { missingProperty: "number" }, message: "must have required property '" + "number" + "'", schema: schema32.properties.pull_request.required, parentSchema: schema32.properties.pull_request, data: data20 };
                    if (vErrors === null) {
                        vErrors = [err40];
                    }
                    else {
                        vErrors.push(err40);
                    }
                    errors++;
                }
                if (data20.head_sha === undefined) {
                    const err41 = { instancePath: instancePath + "/pull_request", schemaPath: "#/properties/pull_request/required", keyword: "required", params: { missingProperty: "head_sha" }, message: "must have required property '" + "head_sha" + "'", schema: schema32.properties.pull_request.required, parentSchema: schema32.properties.pull_request, data: data20 };
                    if (vErrors === null) {
                        vErrors = [err41];
                    }
                    else {
                        vErrors.push(err41);
                    }
                    errors++;
                }
                if (data20.base_sha === undefined) {
                    const err42 = { instancePath: instancePath + "/pull_request", schemaPath: "#/properties/pull_request/required", keyword: "required", params: { missingProperty: "base_sha" }, message: "must have required property '" + "base_sha" + "'", schema: schema32.properties.pull_request.required, parentSchema: schema32.properties.pull_request, data: data20 };
                    if (vErrors === null) {
                        vErrors = [err42];
                    }
                    else {
                        vErrors.push(err42);
                    }
                    errors++;
                }
                for (const key1 in data20) {
                    if (!((((((key1 === "number") || (key1 === "head_sha")) || (key1 === "head_ref")) || (key1 === "base_sha")) || (key1 === "base_ref")) || (key1 === "author"))) {
                        const err43 = { instancePath: instancePath + "/pull_request", schemaPath: "#/properties/pull_request/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32.properties.pull_request, data: data20 };
                        if (vErrors === null) {
                            vErrors = [err43];
                        }
                        else {
                            vErrors.push(err43);
                        }
                        errors++;
                    }
                }
                if (data20.number !== undefined) {
                    let data21 = data20.number;
                    if (!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))) {
                        const err44 = { instancePath: instancePath + "/pull_request/number", schemaPath: "#/properties/pull_request/properties/number/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema32.properties.pull_request.properties.number.type, parentSchema: schema32.properties.pull_request.properties.number, data: data21 };
                        if (vErrors === null) {
                            vErrors = [err44];
                        }
                        else {
                            vErrors.push(err44);
                        }
                        errors++;
                    }
                    if ((typeof data21 == "number") && (isFinite(data21))) {
                        if (data21 < 1 || isNaN(data21)) {
                            const err45 = { instancePath: instancePath + "/pull_request/number", schemaPath: "#/properties/pull_request/properties/number/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema32.properties.pull_request.properties.number, data: data21 };
                            if (vErrors === null) {
                                vErrors = [err45];
                            }
                            else {
                                vErrors.push(err45);
                            }
                            errors++;
                        }
                    }
                }
                if (data20.head_sha !== undefined) {
                    let data22 = data20.head_sha;
                    if (typeof data22 === "string") {
                        if (!pattern36.test(data22)) {
                            const err46 = { instancePath: instancePath + "/pull_request/head_sha", schemaPath: "#/$defs/gitObjectId/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{40}([0-9a-f]{24})?$" }, message: "must match pattern \"" + "^[0-9a-f]{40}([0-9a-f]{24})?$" + "\"", schema: "^[0-9a-f]{40}([0-9a-f]{24})?$", parentSchema: schema27, data: data22 };
                            if (vErrors === null) {
                                vErrors = [err46];
                            }
                            else {
                                vErrors.push(err46);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err47 = { instancePath: instancePath + "/pull_request/head_sha", schemaPath: "#/$defs/gitObjectId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.type, parentSchema: schema27, data: data22 };
                        if (vErrors === null) {
                            vErrors = [err47];
                        }
                        else {
                            vErrors.push(err47);
                        }
                        errors++;
                    }
                }
                if (data20.head_ref !== undefined) {
                    let data23 = data20.head_ref;
                    if (typeof data23 !== "string") {
                        const err48 = { instancePath: instancePath + "/pull_request/head_ref", schemaPath: "#/properties/pull_request/properties/head_ref/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.pull_request.properties.head_ref.type, parentSchema: schema32.properties.pull_request.properties.head_ref, data: data23 };
                        if (vErrors === null) {
                            vErrors = [err48];
                        }
                        else {
                            vErrors.push(err48);
                        }
                        errors++;
                    }
                }
                if (data20.base_sha !== undefined) {
                    let data24 = data20.base_sha;
                    if (typeof data24 === "string") {
                        if (!pattern36.test(data24)) {
                            const err49 = { instancePath: instancePath + "/pull_request/base_sha", schemaPath: "#/$defs/gitObjectId/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{40}([0-9a-f]{24})?$" }, message: "must match pattern \"" + "^[0-9a-f]{40}([0-9a-f]{24})?$" + "\"", schema: "^[0-9a-f]{40}([0-9a-f]{24})?$", parentSchema: schema27, data: data24 };
                            if (vErrors === null) {
                                vErrors = [err49];
                            }
                            else {
                                vErrors.push(err49);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err50 = { instancePath: instancePath + "/pull_request/base_sha", schemaPath: "#/$defs/gitObjectId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.type, parentSchema: schema27, data: data24 };
                        if (vErrors === null) {
                            vErrors = [err50];
                        }
                        else {
                            vErrors.push(err50);
                        }
                        errors++;
                    }
                }
                if (data20.base_ref !== undefined) {
                    let data25 = data20.base_ref;
                    if (typeof data25 !== "string") {
                        const err51 = { instancePath: instancePath + "/pull_request/base_ref", schemaPath: "#/properties/pull_request/properties/base_ref/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.pull_request.properties.base_ref.type, parentSchema: schema32.properties.pull_request.properties.base_ref, data: data25 };
                        if (vErrors === null) {
                            vErrors = [err51];
                        }
                        else {
                            vErrors.push(err51);
                        }
                        errors++;
                    }
                }
                if (data20.author !== undefined) {
                    let data26 = data20.author;
                    if (typeof data26 !== "string") {
                        const err52 = { instancePath: instancePath + "/pull_request/author", schemaPath: "#/properties/pull_request/properties/author/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.pull_request.properties.author.type, parentSchema: schema32.properties.pull_request.properties.author, data: data26 };
                        if (vErrors === null) {
                            vErrors = [err52];
                        }
                        else {
                            vErrors.push(err52);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err53 = { instancePath: instancePath + "/pull_request", schemaPath: "#/properties/pull_request/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.properties.pull_request.type, parentSchema: schema32.properties.pull_request, data: data20 };
                if (vErrors === null) {
                    vErrors = [err53];
                }
                else {
                    vErrors.push(err53);
                }
                errors++;
            }
        }
    }
    else {
        const err54 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.type, parentSchema: schema32, data };
        if (vErrors === null) {
            vErrors = [err54];
        }
        else {
            vErrors.push(err54);
        }
        errors++;
    } validate7.errors = vErrors; return errors === 0; }
    validate7.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    function validate6(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { /*# sourceURL="https://pipeguard.dev/schemas/run-meta.v1.schema.json" */ ; let vErrors = null; let errors = 0; const evaluated0 = validate6.evaluated; if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    } if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    } if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.schema_version === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schema_version" }, message: "must have required property '" + "schema_version" + "'", schema: schema26.required, parentSchema: schema26, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.run_id === undefined) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "run_id" }, message: "must have required property '" + "run_id" + "'", schema: schema26.required, parentSchema: schema26, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (data.git_commit === undefined) {
            const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "git_commit" }, message: "must have required property '" + "git_commit" + "'", schema: schema26.required, parentSchema: schema26, data };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
        if (data.git_branch === undefined) {
            const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "git_branch" }, message: "must have required property '" + "git_branch" + "'", schema: schema26.required, parentSchema: schema26, data };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
        if (data.git_repo_url === undefined) {
            const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "git_repo_url" }, message: "must have required property '" + "git_repo_url" + "'", schema: schema26.required, parentSchema: schema26, data };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
        if (data.git_dirty === undefined) {
            const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "git_dirty" }, message: "must have required property '" + "git_dirty" + "'", schema: schema26.required, parentSchema: schema26, data };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
        if (data.artifact_manifest_sha256 === undefined) {
            const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "artifact_manifest_sha256" }, message: "must have required property '" + "artifact_manifest_sha256" + "'", schema: schema26.required, parentSchema: schema26, data };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
        if (data.ci === undefined) {
            const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "ci" }, message: "must have required property '" + "ci" + "'", schema: schema26.required, parentSchema: schema26, data };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
        if (data.builder === undefined) {
            const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "builder" }, message: "must have required property '" + "builder" + "'", schema: schema26.required, parentSchema: schema26, data };
            if (vErrors === null) {
                vErrors = [err8];
            }
            else {
                vErrors.push(err8);
            }
            errors++;
        }
        if (data.started_on === undefined) {
            const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "started_on" }, message: "must have required property '" + "started_on" + "'", schema: schema26.required, parentSchema: schema26, data };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
        if (data.finished_on === undefined) {
            const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "finished_on" }, message: "must have required property '" + "finished_on" + "'", schema: schema26.required, parentSchema: schema26, data };
            if (vErrors === null) {
                vErrors = [err10];
            }
            else {
                vErrors.push(err10);
            }
            errors++;
        }
        if (data.pipeguard_version === undefined) {
            const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "pipeguard_version" }, message: "must have required property '" + "pipeguard_version" + "'", schema: schema26.required, parentSchema: schema26, data };
            if (vErrors === null) {
                vErrors = [err11];
            }
            else {
                vErrors.push(err11);
            }
            errors++;
        }
        if (data.$schema !== undefined) {
            let data0 = data.$schema;
            if (typeof data0 !== "string") {
                const err12 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.$schema.type, parentSchema: schema26.properties.$schema, data: data0 };
                if (vErrors === null) {
                    vErrors = [err12];
                }
                else {
                    vErrors.push(err12);
                }
                errors++;
            }
        }
        if (data.schema_version !== undefined) {
            let data1 = data.schema_version;
            if ("1" !== data1) {
                const err13 = { instancePath: instancePath + "/schema_version", schemaPath: "#/properties/schema_version/const", keyword: "const", params: { allowedValue: "1" }, message: "must be equal to constant", schema: "1", parentSchema: schema26.properties.schema_version, data: data1 };
                if (vErrors === null) {
                    vErrors = [err13];
                }
                else {
                    vErrors.push(err13);
                }
                errors++;
            }
        }
        if (data.run_id !== undefined) {
            let data2 = data.run_id;
            if (typeof data2 === "string") {
                if (func1(data2) > 200) {
                    const err14 = { instancePath: instancePath + "/run_id", schemaPath: "#/properties/run_id/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema26.properties.run_id, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err14];
                    }
                    else {
                        vErrors.push(err14);
                    }
                    errors++;
                }
                if (func1(data2) < 1) {
                    const err15 = { instancePath: instancePath + "/run_id", schemaPath: "#/properties/run_id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema26.properties.run_id, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err15];
                    }
                    else {
                        vErrors.push(err15);
                    }
                    errors++;
                }
                if (!pattern35.test(data2)) {
                    const err16 = { instancePath: instancePath + "/run_id", schemaPath: "#/properties/run_id/pattern", keyword: "pattern", params: { pattern: "^[^/\\\\\\u0000-\\u001f]+$" }, message: "must match pattern \"" + "^[^/\\\\\\u0000-\\u001f]+$" + "\"", schema: "^[^/\\\\\\u0000-\\u001f]+$", parentSchema: schema26.properties.run_id, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err16];
                    }
                    else {
                        vErrors.push(err16);
                    }
                    errors++;
                }
            }
            else {
                const err17 = { instancePath: instancePath + "/run_id", schemaPath: "#/properties/run_id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.run_id.type, parentSchema: schema26.properties.run_id, data: data2 };
                if (vErrors === null) {
                    vErrors = [err17];
                }
                else {
                    vErrors.push(err17);
                }
                errors++;
            }
        }
        if (data.git_commit !== undefined) {
            let data3 = data.git_commit;
            if (typeof data3 === "string") {
                if (!pattern36.test(data3)) {
                    const err18 = { instancePath: instancePath + "/git_commit", schemaPath: "#/$defs/gitObjectId/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{40}([0-9a-f]{24})?$" }, message: "must match pattern \"" + "^[0-9a-f]{40}([0-9a-f]{24})?$" + "\"", schema: "^[0-9a-f]{40}([0-9a-f]{24})?$", parentSchema: schema27, data: data3 };
                    if (vErrors === null) {
                        vErrors = [err18];
                    }
                    else {
                        vErrors.push(err18);
                    }
                    errors++;
                }
            }
            else {
                const err19 = { instancePath: instancePath + "/git_commit", schemaPath: "#/$defs/gitObjectId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.type, parentSchema: schema27, data: data3 };
                if (vErrors === null) {
                    vErrors = [err19];
                }
                else {
                    vErrors.push(err19);
                }
                errors++;
            }
        }
        if (data.git_branch !== undefined) {
            let data4 = data.git_branch;
            if ((typeof data4 !== "string") && (data4 !== null)) {
                const err20 = { instancePath: instancePath + "/git_branch", schemaPath: "#/properties/git_branch/type", keyword: "type", params: { type: schema26.properties.git_branch.type }, message: "must be string,null", schema: schema26.properties.git_branch.type, parentSchema: schema26.properties.git_branch, data: data4 };
                if (vErrors === null) {
                    vErrors = [err20];
                }
                else {
                    vErrors.push(err20);
                }
                errors++;
            }
            if (typeof data4 === "string") {
                if (func1(data4) > 255) {
                    const err21 = { instancePath: instancePath + "/git_branch", schemaPath: "#/properties/git_branch/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters", schema: 255, parentSchema: schema26.properties.git_branch, data: data4 };
                    if (vErrors === null) {
                        vErrors = [err21];
                    }
                    else {
                        vErrors.push(err21);
                    }
                    errors++;
                }
            }
        }
        if (data.git_repo_url !== undefined) {
            let data5 = data.git_repo_url;
            if ((typeof data5 !== "string") && (data5 !== null)) {
                const err22 = { instancePath: instancePath + "/git_repo_url", schemaPath: "#/properties/git_repo_url/type", keyword: "type", params: { type: schema26.properties.git_repo_url.type }, message: "must be string,null", schema: schema26.properties.git_repo_url.type, parentSchema: schema26.properties.git_repo_url, data: data5 };
                if (vErrors === null) {
                    vErrors = [err22];
                }
                else {
                    vErrors.push(err22);
                }
                errors++;
            }
            if (typeof data5 === "string") {
                if (func1(data5) > 2048) {
                    const err23 = { instancePath: instancePath + "/git_repo_url", schemaPath: "#/properties/git_repo_url/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters", schema: 2048, parentSchema: schema26.properties.git_repo_url, data: data5 };
                    if (vErrors === null) {
                        vErrors = [err23];
                    }
                    else {
                        vErrors.push(err23);
                    }
                    errors++;
                }
                if (!pattern37.test(data5)) {
                    const err24 = { instancePath: instancePath + "/git_repo_url", schemaPath: "#/properties/git_repo_url/pattern", keyword: "pattern", params: { pattern: "^(https?|file|ssh)://[^@/?#]*(/[^?#]*)?$" }, message: "must match pattern \"" + "^(https?|file|ssh)://[^@/?#]*(/[^?#]*)?$" + "\"", schema: "^(https?|file|ssh)://[^@/?#]*(/[^?#]*)?$", parentSchema: schema26.properties.git_repo_url, data: data5 };
                    if (vErrors === null) {
                        vErrors = [err24];
                    }
                    else {
                        vErrors.push(err24);
                    }
                    errors++;
                }
            }
        }
        if (data.git_dirty !== undefined) {
            let data6 = data.git_dirty;
            if (typeof data6 !== "boolean") {
                const err25 = { instancePath: instancePath + "/git_dirty", schemaPath: "#/properties/git_dirty/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema26.properties.git_dirty.type, parentSchema: schema26.properties.git_dirty, data: data6 };
                if (vErrors === null) {
                    vErrors = [err25];
                }
                else {
                    vErrors.push(err25);
                }
                errors++;
            }
        }
        if (data.git_diff_sha256 !== undefined) {
            let data7 = data.git_diff_sha256;
            const _errs17 = errors;
            let valid2 = false;
            let passing0 = null;
            const _errs18 = errors;
            if (typeof data7 === "string") {
                if (!pattern1.test(data7)) {
                    const err26 = { instancePath: instancePath + "/git_diff_sha256", schemaPath: "#/$defs/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: "must match pattern \"" + "^[0-9a-f]{64}$" + "\"", schema: "^[0-9a-f]{64}$", parentSchema: schema28, data: data7 };
                    if (vErrors === null) {
                        vErrors = [err26];
                    }
                    else {
                        vErrors.push(err26);
                    }
                    errors++;
                }
            }
            else {
                const err27 = { instancePath: instancePath + "/git_diff_sha256", schemaPath: "#/$defs/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema28.type, parentSchema: schema28, data: data7 };
                if (vErrors === null) {
                    vErrors = [err27];
                }
                else {
                    vErrors.push(err27);
                }
                errors++;
            }
            var _valid0 = _errs18 === errors;
            if (_valid0) {
                valid2 = true;
                passing0 = 0;
            }
            const _errs21 = errors;
            if (data7 !== null) {
                const err28 = { instancePath: instancePath + "/git_diff_sha256", schemaPath: "#/properties/git_diff_sha256/oneOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema26.properties.git_diff_sha256.oneOf[1].type, parentSchema: schema26.properties.git_diff_sha256.oneOf[1], data: data7 };
                if (vErrors === null) {
                    vErrors = [err28];
                }
                else {
                    vErrors.push(err28);
                }
                errors++;
            }
            var _valid0 = _errs21 === errors;
            if (_valid0 && valid2) {
                valid2 = false;
                passing0 = [passing0, 1];
            }
            else {
                if (_valid0) {
                    valid2 = true;
                    passing0 = 1;
                }
            }
            if (!valid2) {
                const err29 = { instancePath: instancePath + "/git_diff_sha256", schemaPath: "#/properties/git_diff_sha256/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema26.properties.git_diff_sha256.oneOf, parentSchema: schema26.properties.git_diff_sha256, data: data7 };
                if (vErrors === null) {
                    vErrors = [err29];
                }
                else {
                    vErrors.push(err29);
                }
                errors++;
            }
            else {
                errors = _errs17;
                if (vErrors !== null) {
                    if (_errs17) {
                        vErrors.length = _errs17;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data.dataset !== undefined) {
            let data8 = data.dataset;
            if ((typeof data8 !== "string") && (data8 !== null)) {
                const err30 = { instancePath: instancePath + "/dataset", schemaPath: "#/properties/dataset/type", keyword: "type", params: { type: schema26.properties.dataset.type }, message: "must be string,null", schema: schema26.properties.dataset.type, parentSchema: schema26.properties.dataset, data: data8 };
                if (vErrors === null) {
                    vErrors = [err30];
                }
                else {
                    vErrors.push(err30);
                }
                errors++;
            }
            if (typeof data8 === "string") {
                if (func1(data8) > 1000) {
                    const err31 = { instancePath: instancePath + "/dataset", schemaPath: "#/properties/dataset/maxLength", keyword: "maxLength", params: { limit: 1000 }, message: "must NOT have more than 1000 characters", schema: 1000, parentSchema: schema26.properties.dataset, data: data8 };
                    if (vErrors === null) {
                        vErrors = [err31];
                    }
                    else {
                        vErrors.push(err31);
                    }
                    errors++;
                }
            }
        }
        if (data.data_path !== undefined) {
            let data9 = data.data_path;
            if ((typeof data9 !== "string") && (data9 !== null)) {
                const err32 = { instancePath: instancePath + "/data_path", schemaPath: "#/properties/data_path/type", keyword: "type", params: { type: schema26.properties.data_path.type }, message: "must be string,null", schema: schema26.properties.data_path.type, parentSchema: schema26.properties.data_path, data: data9 };
                if (vErrors === null) {
                    vErrors = [err32];
                }
                else {
                    vErrors.push(err32);
                }
                errors++;
            }
            if (typeof data9 === "string") {
                if (func1(data9) > 4096) {
                    const err33 = { instancePath: instancePath + "/data_path", schemaPath: "#/properties/data_path/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters", schema: 4096, parentSchema: schema26.properties.data_path, data: data9 };
                    if (vErrors === null) {
                        vErrors = [err33];
                    }
                    else {
                        vErrors.push(err33);
                    }
                    errors++;
                }
            }
        }
        if (data.data_digest !== undefined) {
            let data10 = data.data_digest;
            if ((typeof data10 !== "string") && (data10 !== null)) {
                const err34 = { instancePath: instancePath + "/data_digest", schemaPath: "#/properties/data_digest/type", keyword: "type", params: { type: schema26.properties.data_digest.type }, message: "must be string,null", schema: schema26.properties.data_digest.type, parentSchema: schema26.properties.data_digest, data: data10 };
                if (vErrors === null) {
                    vErrors = [err34];
                }
                else {
                    vErrors.push(err34);
                }
                errors++;
            }
            if (typeof data10 === "string") {
                if (!pattern39.test(data10)) {
                    const err35 = { instancePath: instancePath + "/data_digest", schemaPath: "#/properties/data_digest/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9-]+:[0-9a-f]{32,128}$" }, message: "must match pattern \"" + "^[a-z0-9-]+:[0-9a-f]{32,128}$" + "\"", schema: "^[a-z0-9-]+:[0-9a-f]{32,128}$", parentSchema: schema26.properties.data_digest, data: data10 };
                    if (vErrors === null) {
                        vErrors = [err35];
                    }
                    else {
                        vErrors.push(err35);
                    }
                    errors++;
                }
            }
        }
        if (data.artifact_dir !== undefined) {
            let data11 = data.artifact_dir;
            if (typeof data11 === "string") {
                if (func1(data11) < 1) {
                    const err36 = { instancePath: instancePath + "/artifact_dir", schemaPath: "#/properties/artifact_dir/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema26.properties.artifact_dir, data: data11 };
                    if (vErrors === null) {
                        vErrors = [err36];
                    }
                    else {
                        vErrors.push(err36);
                    }
                    errors++;
                }
            }
            else {
                const err37 = { instancePath: instancePath + "/artifact_dir", schemaPath: "#/properties/artifact_dir/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.artifact_dir.type, parentSchema: schema26.properties.artifact_dir, data: data11 };
                if (vErrors === null) {
                    vErrors = [err37];
                }
                else {
                    vErrors.push(err37);
                }
                errors++;
            }
        }
        if (data.artifact_manifest !== undefined) {
            let data12 = data.artifact_manifest;
            if (typeof data12 === "string") {
                if (func1(data12) < 1) {
                    const err38 = { instancePath: instancePath + "/artifact_manifest", schemaPath: "#/properties/artifact_manifest/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema26.properties.artifact_manifest, data: data12 };
                    if (vErrors === null) {
                        vErrors = [err38];
                    }
                    else {
                        vErrors.push(err38);
                    }
                    errors++;
                }
            }
            else {
                const err39 = { instancePath: instancePath + "/artifact_manifest", schemaPath: "#/properties/artifact_manifest/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.artifact_manifest.type, parentSchema: schema26.properties.artifact_manifest, data: data12 };
                if (vErrors === null) {
                    vErrors = [err39];
                }
                else {
                    vErrors.push(err39);
                }
                errors++;
            }
        }
        if (data.artifact_manifest_sha256 !== undefined) {
            let data13 = data.artifact_manifest_sha256;
            if (typeof data13 === "string") {
                if (!pattern1.test(data13)) {
                    const err40 = { instancePath: instancePath + "/artifact_manifest_sha256", schemaPath: "#/$defs/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: "must match pattern \"" + "^[0-9a-f]{64}$" + "\"", schema: "^[0-9a-f]{64}$", parentSchema: schema28, data: data13 };
                    if (vErrors === null) {
                        vErrors = [err40];
                    }
                    else {
                        vErrors.push(err40);
                    }
                    errors++;
                }
            }
            else {
                const err41 = { instancePath: instancePath + "/artifact_manifest_sha256", schemaPath: "#/$defs/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema28.type, parentSchema: schema28, data: data13 };
                if (vErrors === null) {
                    vErrors = [err41];
                }
                else {
                    vErrors.push(err41);
                }
                errors++;
            }
        }
        if (data.artifact_count !== undefined) {
            let data14 = data.artifact_count;
            if (!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))) {
                const err42 = { instancePath: instancePath + "/artifact_count", schemaPath: "#/properties/artifact_count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema26.properties.artifact_count.type, parentSchema: schema26.properties.artifact_count, data: data14 };
                if (vErrors === null) {
                    vErrors = [err42];
                }
                else {
                    vErrors.push(err42);
                }
                errors++;
            }
            if ((typeof data14 == "number") && (isFinite(data14))) {
                if (data14 < 0 || isNaN(data14)) {
                    const err43 = { instancePath: instancePath + "/artifact_count", schemaPath: "#/properties/artifact_count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema26.properties.artifact_count, data: data14 };
                    if (vErrors === null) {
                        vErrors = [err43];
                    }
                    else {
                        vErrors.push(err43);
                    }
                    errors++;
                }
            }
        }
        if (data.policies !== undefined) {
            let data15 = data.policies;
            if (Array.isArray(data15)) {
                if (data15.length > 100) {
                    const err44 = { instancePath: instancePath + "/policies", schemaPath: "#/properties/policies/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema26.properties.policies, data: data15 };
                    if (vErrors === null) {
                        vErrors = [err44];
                    }
                    else {
                        vErrors.push(err44);
                    }
                    errors++;
                }
                const len0 = data15.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    let data16 = data15[i0];
                    if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                        if (data16.file === undefined) {
                            const err45 = { instancePath: instancePath + "/policies/" + i0, schemaPath: "#/properties/policies/items/required", keyword: "required", params: { missingProperty: "file" }, message: "must have required property '" + "file" + "'", schema: schema26.properties.policies.items.required, parentSchema: schema26.properties.policies.items, data: data16 };
                            if (vErrors === null) {
                                vErrors = [err45];
                            }
                            else {
                                vErrors.push(err45);
                            }
                            errors++;
                        }
                        if (data16.sha256 === undefined) {
                            const err46 = { instancePath: instancePath + "/policies/" + i0, schemaPath: "#/properties/policies/items/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property '" + "sha256" + "'", schema: schema26.properties.policies.items.required, parentSchema: schema26.properties.policies.items, data: data16 };
                            if (vErrors === null) {
                                vErrors = [err46];
                            }
                            else {
                                vErrors.push(err46);
                            }
                            errors++;
                        }
                        if (data16.settings === undefined) {
                            const err47 = { instancePath: instancePath + "/policies/" + i0, schemaPath: "#/properties/policies/items/required", keyword: "required", params: { missingProperty: "settings" }, message: "must have required property '" + "settings" + "'", schema: schema26.properties.policies.items.required, parentSchema: schema26.properties.policies.items, data: data16 };
                            if (vErrors === null) {
                                vErrors = [err47];
                            }
                            else {
                                vErrors.push(err47);
                            }
                            errors++;
                        }
                        for (const key0 in data16) {
                            if (!(((((key0 === "file") || (key0 === "sha256")) || (key0 === "policy_id")) || (key0 === "schema_version")) || (key0 === "settings"))) {
                                const err48 = { instancePath: instancePath + "/policies/" + i0, schemaPath: "#/properties/policies/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema26.properties.policies.items, data: data16 };
                                if (vErrors === null) {
                                    vErrors = [err48];
                                }
                                else {
                                    vErrors.push(err48);
                                }
                                errors++;
                            }
                        }
                        if (data16.file !== undefined) {
                            let data17 = data16.file;
                            if (typeof data17 === "string") {
                                if (func1(data17) < 1) {
                                    const err49 = { instancePath: instancePath + "/policies/" + i0 + "/file", schemaPath: "#/properties/policies/items/properties/file/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema26.properties.policies.items.properties.file, data: data17 };
                                    if (vErrors === null) {
                                        vErrors = [err49];
                                    }
                                    else {
                                        vErrors.push(err49);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err50 = { instancePath: instancePath + "/policies/" + i0 + "/file", schemaPath: "#/properties/policies/items/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.policies.items.properties.file.type, parentSchema: schema26.properties.policies.items.properties.file, data: data17 };
                                if (vErrors === null) {
                                    vErrors = [err50];
                                }
                                else {
                                    vErrors.push(err50);
                                }
                                errors++;
                            }
                        }
                        if (data16.sha256 !== undefined) {
                            let data18 = data16.sha256;
                            if (typeof data18 === "string") {
                                if (!pattern1.test(data18)) {
                                    const err51 = { instancePath: instancePath + "/policies/" + i0 + "/sha256", schemaPath: "#/$defs/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: "must match pattern \"" + "^[0-9a-f]{64}$" + "\"", schema: "^[0-9a-f]{64}$", parentSchema: schema28, data: data18 };
                                    if (vErrors === null) {
                                        vErrors = [err51];
                                    }
                                    else {
                                        vErrors.push(err51);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err52 = { instancePath: instancePath + "/policies/" + i0 + "/sha256", schemaPath: "#/$defs/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema28.type, parentSchema: schema28, data: data18 };
                                if (vErrors === null) {
                                    vErrors = [err52];
                                }
                                else {
                                    vErrors.push(err52);
                                }
                                errors++;
                            }
                        }
                        if (data16.policy_id !== undefined) {
                            let data19 = data16.policy_id;
                            if (typeof data19 === "string") {
                                if (func1(data19) < 1) {
                                    const err53 = { instancePath: instancePath + "/policies/" + i0 + "/policy_id", schemaPath: "#/properties/policies/items/properties/policy_id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema26.properties.policies.items.properties.policy_id, data: data19 };
                                    if (vErrors === null) {
                                        vErrors = [err53];
                                    }
                                    else {
                                        vErrors.push(err53);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err54 = { instancePath: instancePath + "/policies/" + i0 + "/policy_id", schemaPath: "#/properties/policies/items/properties/policy_id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.policies.items.properties.policy_id.type, parentSchema: schema26.properties.policies.items.properties.policy_id, data: data19 };
                                if (vErrors === null) {
                                    vErrors = [err54];
                                }
                                else {
                                    vErrors.push(err54);
                                }
                                errors++;
                            }
                        }
                        if (data16.schema_version !== undefined) {
                            let data20 = data16.schema_version;
                            if (typeof data20 !== "string") {
                                const err55 = { instancePath: instancePath + "/policies/" + i0 + "/schema_version", schemaPath: "#/properties/policies/items/properties/schema_version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.policies.items.properties.schema_version.type, parentSchema: schema26.properties.policies.items.properties.schema_version, data: data20 };
                                if (vErrors === null) {
                                    vErrors = [err55];
                                }
                                else {
                                    vErrors.push(err55);
                                }
                                errors++;
                            }
                        }
                        if (data16.settings !== undefined) {
                            let data21 = data16.settings;
                            if (!(data21 && typeof data21 == "object" && !Array.isArray(data21))) {
                                const err56 = { instancePath: instancePath + "/policies/" + i0 + "/settings", schemaPath: "#/properties/policies/items/properties/settings/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema26.properties.policies.items.properties.settings.type, parentSchema: schema26.properties.policies.items.properties.settings, data: data21 };
                                if (vErrors === null) {
                                    vErrors = [err56];
                                }
                                else {
                                    vErrors.push(err56);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err57 = { instancePath: instancePath + "/policies/" + i0, schemaPath: "#/properties/policies/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema26.properties.policies.items.type, parentSchema: schema26.properties.policies.items, data: data16 };
                        if (vErrors === null) {
                            vErrors = [err57];
                        }
                        else {
                            vErrors.push(err57);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err58 = { instancePath: instancePath + "/policies", schemaPath: "#/properties/policies/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema26.properties.policies.type, parentSchema: schema26.properties.policies, data: data15 };
                if (vErrors === null) {
                    vErrors = [err58];
                }
                else {
                    vErrors.push(err58);
                }
                errors++;
            }
        }
        if (data.approvals !== undefined) {
            let data22 = data.approvals;
            if (Array.isArray(data22)) {
                if (data22.length > 1000) {
                    const err59 = { instancePath: instancePath + "/approvals", schemaPath: "#/properties/approvals/maxItems", keyword: "maxItems", params: { limit: 1000 }, message: "must NOT have more than 1000 items", schema: 1000, parentSchema: schema26.properties.approvals, data: data22 };
                    if (vErrors === null) {
                        vErrors = [err59];
                    }
                    else {
                        vErrors.push(err59);
                    }
                    errors++;
                }
                const len1 = data22.length;
                for (let i1 = 0; i1 < len1; i1++) {
                    let data23 = data22[i1];
                    if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
                        if (data23.check === undefined) {
                            const err60 = { instancePath: instancePath + "/approvals/" + i1, schemaPath: "#/properties/approvals/items/required", keyword: "required", params: { missingProperty: "check" }, message: "must have required property '" + "check" + "'", schema: schema26.properties.approvals.items.required, parentSchema: schema26.properties.approvals.items, data: data23 };
                            if (vErrors === null) {
                                vErrors = [err60];
                            }
                            else {
                                vErrors.push(err60);
                            }
                            errors++;
                        }
                        if (data23.stage === undefined) {
                            const err61 = { instancePath: instancePath + "/approvals/" + i1, schemaPath: "#/properties/approvals/items/required", keyword: "required", params: { missingProperty: "stage" }, message: "must have required property '" + "stage" + "'", schema: schema26.properties.approvals.items.required, parentSchema: schema26.properties.approvals.items, data: data23 };
                            if (vErrors === null) {
                                vErrors = [err61];
                            }
                            else {
                                vErrors.push(err61);
                            }
                            errors++;
                        }
                        if (data23.decision === undefined) {
                            const err62 = { instancePath: instancePath + "/approvals/" + i1, schemaPath: "#/properties/approvals/items/required", keyword: "required", params: { missingProperty: "decision" }, message: "must have required property '" + "decision" + "'", schema: schema26.properties.approvals.items.required, parentSchema: schema26.properties.approvals.items, data: data23 };
                            if (vErrors === null) {
                                vErrors = [err62];
                            }
                            else {
                                vErrors.push(err62);
                            }
                            errors++;
                        }
                        if (data23.time === undefined) {
                            const err63 = { instancePath: instancePath + "/approvals/" + i1, schemaPath: "#/properties/approvals/items/required", keyword: "required", params: { missingProperty: "time" }, message: "must have required property '" + "time" + "'", schema: schema26.properties.approvals.items.required, parentSchema: schema26.properties.approvals.items, data: data23 };
                            if (vErrors === null) {
                                vErrors = [err63];
                            }
                            else {
                                vErrors.push(err63);
                            }
                            errors++;
                        }
                        for (const key1 in data23) {
                            if (!(func0.call(schema26.properties.approvals.items.properties, key1))) {
                                const err64 = { instancePath: instancePath + "/approvals/" + i1, schemaPath: "#/properties/approvals/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema26.properties.approvals.items, data: data23 };
                                if (vErrors === null) {
                                    vErrors = [err64];
                                }
                                else {
                                    vErrors.push(err64);
                                }
                                errors++;
                            }
                        }
                        if (data23.check !== undefined) {
                            let data24 = data23.check;
                            if (typeof data24 !== "string") {
                                const err65 = { instancePath: instancePath + "/approvals/" + i1 + "/check", schemaPath: "#/properties/approvals/items/properties/check/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.approvals.items.properties.check.type, parentSchema: schema26.properties.approvals.items.properties.check, data: data24 };
                                if (vErrors === null) {
                                    vErrors = [err65];
                                }
                                else {
                                    vErrors.push(err65);
                                }
                                errors++;
                            }
                        }
                        if (data23.stage !== undefined) {
                            let data25 = data23.stage;
                            if (typeof data25 !== "string") {
                                const err66 = { instancePath: instancePath + "/approvals/" + i1 + "/stage", schemaPath: "#/properties/approvals/items/properties/stage/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.approvals.items.properties.stage.type, parentSchema: schema26.properties.approvals.items.properties.stage, data: data25 };
                                if (vErrors === null) {
                                    vErrors = [err66];
                                }
                                else {
                                    vErrors.push(err66);
                                }
                                errors++;
                            }
                        }
                        if (data23.decision !== undefined) {
                            let data26 = data23.decision;
                            if (!(((data26 === "allowed") || (data26 === "blocked")) || (data26 === "error"))) {
                                const err67 = { instancePath: instancePath + "/approvals/" + i1 + "/decision", schemaPath: "#/properties/approvals/items/properties/decision/enum", keyword: "enum", params: { allowedValues: schema26.properties.approvals.items.properties.decision.enum }, message: "must be equal to one of the allowed values", schema: schema26.properties.approvals.items.properties.decision.enum, parentSchema: schema26.properties.approvals.items.properties.decision, data: data26 };
                                if (vErrors === null) {
                                    vErrors = [err67];
                                }
                                else {
                                    vErrors.push(err67);
                                }
                                errors++;
                            }
                        }
                        if (data23.time !== undefined) {
                            let data27 = data23.time;
                            if (typeof data27 === "string") {
                                if (!(formats0.validate(data27))) {
                                    const err68 = { instancePath: instancePath + "/approvals/" + i1 + "/time", schemaPath: "#/properties/approvals/items/properties/time/format", keyword: "format", params: { format: "date-time" }, message: "must match format \"" + "date-time" + "\"", schema: "date-time", parentSchema: schema26.properties.approvals.items.properties.time, data: data27 };
                                    if (vErrors === null) {
                                        vErrors = [err68];
                                    }
                                    else {
                                        vErrors.push(err68);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err69 = { instancePath: instancePath + "/approvals/" + i1 + "/time", schemaPath: "#/properties/approvals/items/properties/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.approvals.items.properties.time.type, parentSchema: schema26.properties.approvals.items.properties.time, data: data27 };
                                if (vErrors === null) {
                                    vErrors = [err69];
                                }
                                else {
                                    vErrors.push(err69);
                                }
                                errors++;
                            }
                        }
                        if (data23.actor !== undefined) {
                            let data28 = data23.actor;
                            if (typeof data28 !== "string") {
                                const err70 = { instancePath: instancePath + "/approvals/" + i1 + "/actor", schemaPath: "#/properties/approvals/items/properties/actor/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.approvals.items.properties.actor.type, parentSchema: schema26.properties.approvals.items.properties.actor, data: data28 };
                                if (vErrors === null) {
                                    vErrors = [err70];
                                }
                                else {
                                    vErrors.push(err70);
                                }
                                errors++;
                            }
                        }
                        if (data23.reason !== undefined) {
                            let data29 = data23.reason;
                            if (typeof data29 !== "string") {
                                const err71 = { instancePath: instancePath + "/approvals/" + i1 + "/reason", schemaPath: "#/properties/approvals/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.approvals.items.properties.reason.type, parentSchema: schema26.properties.approvals.items.properties.reason, data: data29 };
                                if (vErrors === null) {
                                    vErrors = [err71];
                                }
                                else {
                                    vErrors.push(err71);
                                }
                                errors++;
                            }
                        }
                        if (data23.exception_ids !== undefined) {
                            let data30 = data23.exception_ids;
                            if (Array.isArray(data30)) {
                                const len2 = data30.length;
                                for (let i2 = 0; i2 < len2; i2++) {
                                    let data31 = data30[i2];
                                    if (typeof data31 !== "string") {
                                        const err72 = { instancePath: instancePath + "/approvals/" + i1 + "/exception_ids/" + i2, schemaPath: "#/properties/approvals/items/properties/exception_ids/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.approvals.items.properties.exception_ids.items.type, parentSchema: schema26.properties.approvals.items.properties.exception_ids.items, data: data31 };
                                        if (vErrors === null) {
                                            vErrors = [err72];
                                        }
                                        else {
                                            vErrors.push(err72);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err73 = { instancePath: instancePath + "/approvals/" + i1 + "/exception_ids", schemaPath: "#/properties/approvals/items/properties/exception_ids/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema26.properties.approvals.items.properties.exception_ids.type, parentSchema: schema26.properties.approvals.items.properties.exception_ids, data: data30 };
                                if (vErrors === null) {
                                    vErrors = [err73];
                                }
                                else {
                                    vErrors.push(err73);
                                }
                                errors++;
                            }
                        }
                        if (data23.signers !== undefined) {
                            let data32 = data23.signers;
                            if (Array.isArray(data32)) {
                                const len3 = data32.length;
                                for (let i3 = 0; i3 < len3; i3++) {
                                    let data33 = data32[i3];
                                    if (typeof data33 !== "string") {
                                        const err74 = { instancePath: instancePath + "/approvals/" + i1 + "/signers/" + i3, schemaPath: "#/properties/approvals/items/properties/signers/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.approvals.items.properties.signers.items.type, parentSchema: schema26.properties.approvals.items.properties.signers.items, data: data33 };
                                        if (vErrors === null) {
                                            vErrors = [err74];
                                        }
                                        else {
                                            vErrors.push(err74);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err75 = { instancePath: instancePath + "/approvals/" + i1 + "/signers", schemaPath: "#/properties/approvals/items/properties/signers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema26.properties.approvals.items.properties.signers.type, parentSchema: schema26.properties.approvals.items.properties.signers, data: data32 };
                                if (vErrors === null) {
                                    vErrors = [err75];
                                }
                                else {
                                    vErrors.push(err75);
                                }
                                errors++;
                            }
                        }
                        if (data23.reviewers !== undefined) {
                            let data34 = data23.reviewers;
                            if (Array.isArray(data34)) {
                                const len4 = data34.length;
                                for (let i4 = 0; i4 < len4; i4++) {
                                    let data35 = data34[i4];
                                    if (typeof data35 !== "string") {
                                        const err76 = { instancePath: instancePath + "/approvals/" + i1 + "/reviewers/" + i4, schemaPath: "#/properties/approvals/items/properties/reviewers/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.approvals.items.properties.reviewers.items.type, parentSchema: schema26.properties.approvals.items.properties.reviewers.items, data: data35 };
                                        if (vErrors === null) {
                                            vErrors = [err76];
                                        }
                                        else {
                                            vErrors.push(err76);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err77 = { instancePath: instancePath + "/approvals/" + i1 + "/reviewers", schemaPath: "#/properties/approvals/items/properties/reviewers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema26.properties.approvals.items.properties.reviewers.type, parentSchema: schema26.properties.approvals.items.properties.reviewers, data: data34 };
                                if (vErrors === null) {
                                    vErrors = [err77];
                                }
                                else {
                                    vErrors.push(err77);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err78 = { instancePath: instancePath + "/approvals/" + i1, schemaPath: "#/properties/approvals/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema26.properties.approvals.items.type, parentSchema: schema26.properties.approvals.items, data: data23 };
                        if (vErrors === null) {
                            vErrors = [err78];
                        }
                        else {
                            vErrors.push(err78);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err79 = { instancePath: instancePath + "/approvals", schemaPath: "#/properties/approvals/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema26.properties.approvals.type, parentSchema: schema26.properties.approvals, data: data22 };
                if (vErrors === null) {
                    vErrors = [err79];
                }
                else {
                    vErrors.push(err79);
                }
                errors++;
            }
        }
        if (data.exception_ids !== undefined) {
            let data36 = data.exception_ids;
            if (Array.isArray(data36)) {
                const len5 = data36.length;
                for (let i5 = 0; i5 < len5; i5++) {
                    let data37 = data36[i5];
                    if (typeof data37 === "string") {
                        if (func1(data37) < 1) {
                            const err80 = { instancePath: instancePath + "/exception_ids/" + i5, schemaPath: "#/properties/exception_ids/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema26.properties.exception_ids.items, data: data37 };
                            if (vErrors === null) {
                                vErrors = [err80];
                            }
                            else {
                                vErrors.push(err80);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err81 = { instancePath: instancePath + "/exception_ids/" + i5, schemaPath: "#/properties/exception_ids/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.exception_ids.items.type, parentSchema: schema26.properties.exception_ids.items, data: data37 };
                        if (vErrors === null) {
                            vErrors = [err81];
                        }
                        else {
                            vErrors.push(err81);
                        }
                        errors++;
                    }
                }
                let i6 = data36.length;
                let j0;
                if (i6 > 1) {
                    const indices0 = {};
                    for (; i6--;) {
                        let item0 = data36[i6];
                        if (typeof item0 !== "string") {
                            continue;
                        }
                        if (typeof indices0[item0] == "number") {
                            j0 = indices0[item0];
                            const err82 = { instancePath: instancePath + "/exception_ids", schemaPath: "#/properties/exception_ids/uniqueItems", keyword: "uniqueItems", params: { i: i6, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i6 + " are identical)", schema: true, parentSchema: schema26.properties.exception_ids, data: data36 };
                            if (vErrors === null) {
                                vErrors = [err82];
                            }
                            else {
                                vErrors.push(err82);
                            }
                            errors++;
                            break;
                        }
                        indices0[item0] = i6;
                    }
                }
            }
            else {
                const err83 = { instancePath: instancePath + "/exception_ids", schemaPath: "#/properties/exception_ids/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema26.properties.exception_ids.type, parentSchema: schema26.properties.exception_ids, data: data36 };
                if (vErrors === null) {
                    vErrors = [err83];
                }
                else {
                    vErrors.push(err83);
                }
                errors++;
            }
        }
        if (data.audit !== undefined) {
            let data38 = data.audit;
            const _errs87 = errors;
            let valid21 = false;
            let passing1 = null;
            const _errs88 = errors;
            if (data38 !== null) {
                const err84 = { instancePath: instancePath + "/audit", schemaPath: "#/properties/audit/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema26.properties.audit.oneOf[0].type, parentSchema: schema26.properties.audit.oneOf[0], data: data38 };
                if (vErrors === null) {
                    vErrors = [err84];
                }
                else {
                    vErrors.push(err84);
                }
                errors++;
            }
            var _valid1 = _errs88 === errors;
            if (_valid1) {
                valid21 = true;
                passing1 = 0;
            }
            const _errs90 = errors;
            if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
                if (data38.log === undefined) {
                    const err85 = { instancePath: instancePath + "/audit", schemaPath: "#/properties/audit/oneOf/1/required", keyword: "required", params: { missingProperty: "log" }, message: "must have required property '" + "log" + "'", schema: schema26.properties.audit.oneOf[1].required, parentSchema: schema26.properties.audit.oneOf[1], data: data38 };
                    if (vErrors === null) {
                        vErrors = [err85];
                    }
                    else {
                        vErrors.push(err85);
                    }
                    errors++;
                }
                if (data38.records === undefined) {
                    const err86 = { instancePath: instancePath + "/audit", schemaPath: "#/properties/audit/oneOf/1/required", keyword: "required", params: { missingProperty: "records" }, message: "must have required property '" + "records" + "'", schema: schema26.properties.audit.oneOf[1].required, parentSchema: schema26.properties.audit.oneOf[1], data: data38 };
                    if (vErrors === null) {
                        vErrors = [err86];
                    }
                    else {
                        vErrors.push(err86);
                    }
                    errors++;
                }
                if (data38.sha256 === undefined) {
                    const err87 = { instancePath: instancePath + "/audit", schemaPath: "#/properties/audit/oneOf/1/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property '" + "sha256" + "'", schema: schema26.properties.audit.oneOf[1].required, parentSchema: schema26.properties.audit.oneOf[1], data: data38 };
                    if (vErrors === null) {
                        vErrors = [err87];
                    }
                    else {
                        vErrors.push(err87);
                    }
                    errors++;
                }
                if (data38.run_ids === undefined) {
                    const err88 = { instancePath: instancePath + "/audit", schemaPath: "#/properties/audit/oneOf/1/required", keyword: "required", params: { missingProperty: "run_ids" }, message: "must have required property '" + "run_ids" + "'", schema: schema26.properties.audit.oneOf[1].required, parentSchema: schema26.properties.audit.oneOf[1], data: data38 };
                    if (vErrors === null) {
                        vErrors = [err88];
                    }
                    else {
                        vErrors.push(err88);
                    }
                    errors++;
                }
                for (const key2 in data38) {
                    if (!((((key2 === "log") || (key2 === "records")) || (key2 === "run_ids")) || (key2 === "sha256"))) {
                        const err89 = { instancePath: instancePath + "/audit", schemaPath: "#/properties/audit/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema26.properties.audit.oneOf[1], data: data38 };
                        if (vErrors === null) {
                            vErrors = [err89];
                        }
                        else {
                            vErrors.push(err89);
                        }
                        errors++;
                    }
                }
                if (data38.log !== undefined) {
                    let data39 = data38.log;
                    if (typeof data39 === "string") {
                        if (func1(data39) < 1) {
                            const err90 = { instancePath: instancePath + "/audit/log", schemaPath: "#/properties/audit/oneOf/1/properties/log/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema26.properties.audit.oneOf[1].properties.log, data: data39 };
                            if (vErrors === null) {
                                vErrors = [err90];
                            }
                            else {
                                vErrors.push(err90);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err91 = { instancePath: instancePath + "/audit/log", schemaPath: "#/properties/audit/oneOf/1/properties/log/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.audit.oneOf[1].properties.log.type, parentSchema: schema26.properties.audit.oneOf[1].properties.log, data: data39 };
                        if (vErrors === null) {
                            vErrors = [err91];
                        }
                        else {
                            vErrors.push(err91);
                        }
                        errors++;
                    }
                }
                if (data38.records !== undefined) {
                    let data40 = data38.records;
                    if (!(((typeof data40 == "number") && (!(data40 % 1) && !isNaN(data40))) && (isFinite(data40)))) {
                        const err92 = { instancePath: instancePath + "/audit/records", schemaPath: "#/properties/audit/oneOf/1/properties/records/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema26.properties.audit.oneOf[1].properties.records.type, parentSchema: schema26.properties.audit.oneOf[1].properties.records, data: data40 };
                        if (vErrors === null) {
                            vErrors = [err92];
                        }
                        else {
                            vErrors.push(err92);
                        }
                        errors++;
                    }
                    if ((typeof data40 == "number") && (isFinite(data40))) {
                        if (data40 < 0 || isNaN(data40)) {
                            const err93 = { instancePath: instancePath + "/audit/records", schemaPath: "#/properties/audit/oneOf/1/properties/records/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema26.properties.audit.oneOf[1].properties.records, data: data40 };
                            if (vErrors === null) {
                                vErrors = [err93];
                            }
                            else {
                                vErrors.push(err93);
                            }
                            errors++;
                        }
                    }
                }
                if (data38.run_ids !== undefined) {
                    let data41 = data38.run_ids;
                    if (Array.isArray(data41)) {
                        const len6 = data41.length;
                        for (let i7 = 0; i7 < len6; i7++) {
                            let data42 = data41[i7];
                            if (typeof data42 === "string") {
                                if (func1(data42) < 1) {
                                    const err94 = { instancePath: instancePath + "/audit/run_ids/" + i7, schemaPath: "#/properties/audit/oneOf/1/properties/run_ids/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema26.properties.audit.oneOf[1].properties.run_ids.items, data: data42 };
                                    if (vErrors === null) {
                                        vErrors = [err94];
                                    }
                                    else {
                                        vErrors.push(err94);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err95 = { instancePath: instancePath + "/audit/run_ids/" + i7, schemaPath: "#/properties/audit/oneOf/1/properties/run_ids/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.audit.oneOf[1].properties.run_ids.items.type, parentSchema: schema26.properties.audit.oneOf[1].properties.run_ids.items, data: data42 };
                                if (vErrors === null) {
                                    vErrors = [err95];
                                }
                                else {
                                    vErrors.push(err95);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err96 = { instancePath: instancePath + "/audit/run_ids", schemaPath: "#/properties/audit/oneOf/1/properties/run_ids/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema26.properties.audit.oneOf[1].properties.run_ids.type, parentSchema: schema26.properties.audit.oneOf[1].properties.run_ids, data: data41 };
                        if (vErrors === null) {
                            vErrors = [err96];
                        }
                        else {
                            vErrors.push(err96);
                        }
                        errors++;
                    }
                }
                if (data38.sha256 !== undefined) {
                    let data43 = data38.sha256;
                    if (typeof data43 === "string") {
                        if (!pattern1.test(data43)) {
                            const err97 = { instancePath: instancePath + "/audit/sha256", schemaPath: "#/$defs/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: "must match pattern \"" + "^[0-9a-f]{64}$" + "\"", schema: "^[0-9a-f]{64}$", parentSchema: schema28, data: data43 };
                            if (vErrors === null) {
                                vErrors = [err97];
                            }
                            else {
                                vErrors.push(err97);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err98 = { instancePath: instancePath + "/audit/sha256", schemaPath: "#/$defs/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema28.type, parentSchema: schema28, data: data43 };
                        if (vErrors === null) {
                            vErrors = [err98];
                        }
                        else {
                            vErrors.push(err98);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err99 = { instancePath: instancePath + "/audit", schemaPath: "#/properties/audit/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema26.properties.audit.oneOf[1].type, parentSchema: schema26.properties.audit.oneOf[1], data: data38 };
                if (vErrors === null) {
                    vErrors = [err99];
                }
                else {
                    vErrors.push(err99);
                }
                errors++;
            }
            var _valid1 = _errs90 === errors;
            if (_valid1 && valid21) {
                valid21 = false;
                passing1 = [passing1, 1];
            }
            else {
                if (_valid1) {
                    valid21 = true;
                    passing1 = 1;
                }
            }
            if (!valid21) {
                const err100 = { instancePath: instancePath + "/audit", schemaPath: "#/properties/audit/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema26.properties.audit.oneOf, parentSchema: schema26.properties.audit, data: data38 };
                if (vErrors === null) {
                    vErrors = [err100];
                }
                else {
                    vErrors.push(err100);
                }
                errors++;
            }
            else {
                errors = _errs87;
                if (vErrors !== null) {
                    if (_errs87) {
                        vErrors.length = _errs87;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data.ci !== undefined) {
            let data44 = data.ci;
            const _errs105 = errors;
            let valid26 = false;
            let passing2 = null;
            const _errs106 = errors;
            if (data44 !== null) {
                const err101 = { instancePath: instancePath + "/ci", schemaPath: "#/properties/ci/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema26.properties.ci.oneOf[0].type, parentSchema: schema26.properties.ci.oneOf[0], data: data44 };
                if (vErrors === null) {
                    vErrors = [err101];
                }
                else {
                    vErrors.push(err101);
                }
                errors++;
            }
            var _valid2 = _errs106 === errors;
            if (_valid2) {
                valid26 = true;
                passing2 = 0;
            }
            const _errs108 = errors;
            if (!(validate7(data44, { instancePath: instancePath + "/ci", parentData: data, parentDataProperty: "ci", rootData, dynamicAnchors }))) {
                vErrors = vErrors === null ? validate7.errors : vErrors.concat(validate7.errors);
                errors = vErrors.length;
            }
            var _valid2 = _errs108 === errors;
            if (_valid2 && valid26) {
                valid26 = false;
                passing2 = [passing2, 1];
            }
            else {
                if (_valid2) {
                    valid26 = true;
                    passing2 = 1;
                }
            }
            if (!valid26) {
                const err102 = { instancePath: instancePath + "/ci", schemaPath: "#/properties/ci/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf", schema: schema26.properties.ci.oneOf, parentSchema: schema26.properties.ci, data: data44 };
                if (vErrors === null) {
                    vErrors = [err102];
                }
                else {
                    vErrors.push(err102);
                }
                errors++;
            }
            else {
                errors = _errs105;
                if (vErrors !== null) {
                    if (_errs105) {
                        vErrors.length = _errs105;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data.builder !== undefined) {
            let data45 = data.builder;
            if (data45 && typeof data45 == "object" && !Array.isArray(data45)) {
                if (data45.id === undefined) {
                    const err103 = { instancePath: instancePath + "/builder", schemaPath: "#/properties/builder/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property '" + "id" + "'", schema: schema26.properties.builder.required, parentSchema: schema26.properties.builder, data: data45 };
                    if (vErrors === null) {
                        vErrors = [err103];
                    }
                    else {
                        vErrors.push(err103);
                    }
                    errors++;
                }
                if (data45.kind === undefined) {
                    const err104 = { instancePath: instancePath + "/builder", schemaPath: "#/properties/builder/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property '" + "kind" + "'", schema: schema26.properties.builder.required, parentSchema: schema26.properties.builder, data: data45 };
                    if (vErrors === null) {
                        vErrors = [err104];
                    }
                    else {
                        vErrors.push(err104);
                    }
                    errors++;
                }
                for (const key3 in data45) {
                    if (!((((key3 === "id") || (key3 === "kind")) || (key3 === "platform")) || (key3 === "node"))) {
                        const err105 = { instancePath: instancePath + "/builder", schemaPath: "#/properties/builder/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema26.properties.builder, data: data45 };
                        if (vErrors === null) {
                            vErrors = [err105];
                        }
                        else {
                            vErrors.push(err105);
                        }
                        errors++;
                    }
                }
                if (data45.id !== undefined) {
                    let data46 = data45.id;
                    if (typeof data46 === "string") {
                        if (func1(data46) < 1) {
                            const err106 = { instancePath: instancePath + "/builder/id", schemaPath: "#/properties/builder/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema26.properties.builder.properties.id, data: data46 };
                            if (vErrors === null) {
                                vErrors = [err106];
                            }
                            else {
                                vErrors.push(err106);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err107 = { instancePath: instancePath + "/builder/id", schemaPath: "#/properties/builder/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.builder.properties.id.type, parentSchema: schema26.properties.builder.properties.id, data: data46 };
                        if (vErrors === null) {
                            vErrors = [err107];
                        }
                        else {
                            vErrors.push(err107);
                        }
                        errors++;
                    }
                }
                if (data45.kind !== undefined) {
                    let data47 = data45.kind;
                    if (!((data47 === "github-actions") || (data47 === "local"))) {
                        const err108 = { instancePath: instancePath + "/builder/kind", schemaPath: "#/properties/builder/properties/kind/enum", keyword: "enum", params: { allowedValues: schema26.properties.builder.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema26.properties.builder.properties.kind.enum, parentSchema: schema26.properties.builder.properties.kind, data: data47 };
                        if (vErrors === null) {
                            vErrors = [err108];
                        }
                        else {
                            vErrors.push(err108);
                        }
                        errors++;
                    }
                }
                if (data45.platform !== undefined) {
                    let data48 = data45.platform;
                    if (typeof data48 !== "string") {
                        const err109 = { instancePath: instancePath + "/builder/platform", schemaPath: "#/properties/builder/properties/platform/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.builder.properties.platform.type, parentSchema: schema26.properties.builder.properties.platform, data: data48 };
                        if (vErrors === null) {
                            vErrors = [err109];
                        }
                        else {
                            vErrors.push(err109);
                        }
                        errors++;
                    }
                }
                if (data45.node !== undefined) {
                    let data49 = data45.node;
                    if (typeof data49 !== "string") {
                        const err110 = { instancePath: instancePath + "/builder/node", schemaPath: "#/properties/builder/properties/node/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.builder.properties.node.type, parentSchema: schema26.properties.builder.properties.node, data: data49 };
                        if (vErrors === null) {
                            vErrors = [err110];
                        }
                        else {
                            vErrors.push(err110);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err111 = { instancePath: instancePath + "/builder", schemaPath: "#/properties/builder/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema26.properties.builder.type, parentSchema: schema26.properties.builder, data: data45 };
                if (vErrors === null) {
                    vErrors = [err111];
                }
                else {
                    vErrors.push(err111);
                }
                errors++;
            }
        }
        if (data.started_on !== undefined) {
            let data50 = data.started_on;
            if (typeof data50 === "string") {
                if (!(formats0.validate(data50))) {
                    const err112 = { instancePath: instancePath + "/started_on", schemaPath: "#/properties/started_on/format", keyword: "format", params: { format: "date-time" }, message: "must match format \"" + "date-time" + "\"", schema: "date-time", parentSchema: schema26.properties.started_on, data: data50 };
                    if (vErrors === null) {
                        vErrors = [err112];
                    }
                    else {
                        vErrors.push(err112);
                    }
                    errors++;
                }
            }
            else {
                const err113 = { instancePath: instancePath + "/started_on", schemaPath: "#/properties/started_on/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.started_on.type, parentSchema: schema26.properties.started_on, data: data50 };
                if (vErrors === null) {
                    vErrors = [err113];
                }
                else {
                    vErrors.push(err113);
                }
                errors++;
            }
        }
        if (data.finished_on !== undefined) {
            let data51 = data.finished_on;
            if (typeof data51 === "string") {
                if (!(formats0.validate(data51))) {
                    const err114 = { instancePath: instancePath + "/finished_on", schemaPath: "#/properties/finished_on/format", keyword: "format", params: { format: "date-time" }, message: "must match format \"" + "date-time" + "\"", schema: "date-time", parentSchema: schema26.properties.finished_on, data: data51 };
                    if (vErrors === null) {
                        vErrors = [err114];
                    }
                    else {
                        vErrors.push(err114);
                    }
                    errors++;
                }
            }
            else {
                const err115 = { instancePath: instancePath + "/finished_on", schemaPath: "#/properties/finished_on/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.finished_on.type, parentSchema: schema26.properties.finished_on, data: data51 };
                if (vErrors === null) {
                    vErrors = [err115];
                }
                else {
                    vErrors.push(err115);
                }
                errors++;
            }
        }
        if (data.stamped_on !== undefined) {
            let data52 = data.stamped_on;
            if (typeof data52 === "string") {
                if (!(formats0.validate(data52))) {
                    const err116 = { instancePath: instancePath + "/stamped_on", schemaPath: "#/properties/stamped_on/format", keyword: "format", params: { format: "date-time" }, message: "must match format \"" + "date-time" + "\"", schema: "date-time", parentSchema: schema26.properties.stamped_on, data: data52 };
                    if (vErrors === null) {
                        vErrors = [err116];
                    }
                    else {
                        vErrors.push(err116);
                    }
                    errors++;
                }
            }
            else {
                const err117 = { instancePath: instancePath + "/stamped_on", schemaPath: "#/properties/stamped_on/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.stamped_on.type, parentSchema: schema26.properties.stamped_on, data: data52 };
                if (vErrors === null) {
                    vErrors = [err117];
                }
                else {
                    vErrors.push(err117);
                }
                errors++;
            }
        }
        if (data.pipeguard_version !== undefined) {
            let data53 = data.pipeguard_version;
            if (typeof data53 === "string") {
                if (func1(data53) < 1) {
                    const err118 = { instancePath: instancePath + "/pipeguard_version", schemaPath: "#/properties/pipeguard_version/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema26.properties.pipeguard_version, data: data53 };
                    if (vErrors === null) {
                        vErrors = [err118];
                    }
                    else {
                        vErrors.push(err118);
                    }
                    errors++;
                }
            }
            else {
                const err119 = { instancePath: instancePath + "/pipeguard_version", schemaPath: "#/properties/pipeguard_version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.pipeguard_version.type, parentSchema: schema26.properties.pipeguard_version, data: data53 };
                if (vErrors === null) {
                    vErrors = [err119];
                }
                else {
                    vErrors.push(err119);
                }
                errors++;
            }
        }
        if (data.provenance_statement !== undefined) {
            let data54 = data.provenance_statement;
            if (typeof data54 === "string") {
                if (func1(data54) < 1) {
                    const err120 = { instancePath: instancePath + "/provenance_statement", schemaPath: "#/properties/provenance_statement/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema26.properties.provenance_statement, data: data54 };
                    if (vErrors === null) {
                        vErrors = [err120];
                    }
                    else {
                        vErrors.push(err120);
                    }
                    errors++;
                }
            }
            else {
                const err121 = { instancePath: instancePath + "/provenance_statement", schemaPath: "#/properties/provenance_statement/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.provenance_statement.type, parentSchema: schema26.properties.provenance_statement, data: data54 };
                if (vErrors === null) {
                    vErrors = [err121];
                }
                else {
                    vErrors.push(err121);
                }
                errors++;
            }
        }
        if (data.previous_statement_sha256 !== undefined) {
            let data55 = data.previous_statement_sha256;
            const _errs130 = errors;
            let valid28 = false;
            let passing3 = null;
            const _errs131 = errors;
            if (typeof data55 === "string") {
                if (!pattern1.test(data55)) {
                    const err122 = { instancePath: instancePath + "/previous_statement_sha256", schemaPath: "#/$defs/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: "must match pattern \"" + "^[0-9a-f]{64}$" + "\"", schema: "^[0-9a-f]{64}$", parentSchema: schema28, data: data55 };
                    if (vErrors === null) {
                        vErrors = [err122];
                    }
                    else {
                        vErrors.push(err122);
                    }
                    errors++;
                }
            }
            else {
                const err123 = { instancePath: instancePath + "/previous_statement_sha256", schemaPath: "#/$defs/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema28.type, parentSchema: schema28, data: data55 };
                if (vErrors === null) {
                    vErrors = [err123];
                }
                else {
                    vErrors.push(err123);
                }
                errors++;
            }
            var _valid3 = _errs131 === errors;
            if (_valid3) {
                valid28 = true;
                passing3 = 0;
            }
            const _errs134 = errors;
            if (data55 !== null) {
                const err124 = { instancePath: instancePath + "/previous_statement_sha256", schemaPath: "#/properties/previous_statement_sha256/oneOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema26.properties.previous_statement_sha256.oneOf[1].type, parentSchema: schema26.properties.previous_statement_sha256.oneOf[1], data: data55 };
                if (vErrors === null) {
                    vErrors = [err124];
                }
                else {
                    vErrors.push(err124);
                }
                errors++;
            }
            var _valid3 = _errs134 === errors;
            if (_valid3 && valid28) {
                valid28 = false;
                passing3 = [passing3, 1];
            }
            else {
                if (_valid3) {
                    valid28 = true;
                    passing3 = 1;
                }
            }
            if (!valid28) {
                const err125 = { instancePath: instancePath + "/previous_statement_sha256", schemaPath: "#/properties/previous_statement_sha256/oneOf", keyword: "oneOf", params: { passingSchemas: passing3 }, message: "must match exactly one schema in oneOf", schema: schema26.properties.previous_statement_sha256.oneOf, parentSchema: schema26.properties.previous_statement_sha256, data: data55 };
                if (vErrors === null) {
                    vErrors = [err125];
                }
                else {
                    vErrors.push(err125);
                }
                errors++;
            }
            else {
                errors = _errs130;
                if (vErrors !== null) {
                    if (_errs130) {
                        vErrors.length = _errs130;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
    }
    else {
        const err126 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema26.type, parentSchema: schema26, data };
        if (vErrors === null) {
            vErrors = [err126];
        }
        else {
            vErrors.push(err126);
        }
        errors++;
    } validate6.errors = vErrors; return errors === 0; }
    validate6.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    return exports;
}

// EXTERNAL MODULE: ./src/schema/document.ts + 2 modules
var schema_document = __webpack_require__(9675);
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









/** What the precompiled validators `require` (scripts/compile-schemas.mjs). */
const STANDALONE_RUNTIME = {
    'ajv/dist/runtime/equal': { default: (0,interop/* interopDefault */.T)(equal["default"]) },
    'ajv/dist/runtime/ucs2length': { default: (0,interop/* interopDefault */.T)(ucs2length["default"]) },
    'ajv-formats/dist/formats': { fullFormats: formats.fullFormats },
};
let precompiled;
/** A shipped schema's validator, compiled at build time: no ajv instance, no compile. */
function precompiledFor(id) {
    const name = PRECOMPILED_EXPORTS[id];
    if (!name || registered.get(id)?.source !== 'pipeguard')
        return undefined;
    precompiled ??= precompiledValidators((module) => {
        if (!(module in STANDALONE_RUNTIME))
            throw new Error(`precompiled schemas need ${module}`);
        return STANDALONE_RUNTIME[module];
    });
    const validate = precompiled[name];
    // As ajv's own validators carry it: callers read the schema they validate against.
    if (validate)
        validate.schema ??= registered.get(id).schema;
    return validate;
}
const SHIPPED_PREFIX = 'https://pipeguard.dev/schemas/';
const SCHEMA_SUFFIX = '.schema.json';
const META_2020 = 'https://json-schema.org/draft/2020-12/schema';
/** Every known `$id` → where it came from (`pipeguard` or the user's file) and the schema. */
const registered = new Map(catalog/* SCHEMAS */.H.map((schema) => [schema.$id, { source: 'pipeguard', schema }]));
/** Validators compiled at run time (users' schemas), by `$id`. */
const compiled = new Map();
let compiler;
/** Raised where a schema must be compiled at run time before loadSchemaCompiler() was awaited. */
class SchemaCompilerNotLoaded extends Error {
    constructor() {
        super('the run-time schema compiler is not loaded (await loadSchemaCompiler() first)');
        this.name = 'SchemaCompilerNotLoaded';
    }
}
/** Load ajv for users' schemas: ~10 ms of start-up that runs with shipped schemas only skip. */
async function loadSchemaCompiler() {
    compiler ??= await Promise.all(/* import() */[__webpack_require__.e(892), __webpack_require__.e(80)]).then(__webpack_require__.bind(__webpack_require__, 6080));
}
function schemaCompilerLoaded() {
    return compiler !== undefined;
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
/** The validator for a registered schema `$id`, or undefined when none has that id. */
function validatorFor(id) {
    const validate = compiled.get(id) ?? precompiledFor(id);
    if (validate || !registered.has(id))
        return validate;
    // Only a stale precompiled.ts leaves a shipped schema without a validator (a test guards it).
    throw new Error(`no precompiled validator for ${id}: run \`npm run build\``);
}
/**
 * Add a user's schema (2020-12, with an `$id`) so documents and `$ref`s can use it; returns its
 * `$id`. Registering the same text again is a no-op; a different schema under an `$id` already
 * taken is an error, as is anything the meta-schema or strict mode rejects. Needs the compiler.
 */
function registerSchema(schema, source) {
    if (!compiler)
        throw new SchemaCompilerNotLoaded();
    if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) {
        throw new util_errors/* InputError */.dz('a schema must be a JSON object', source);
    }
    const record = schema;
    const id = record.$id;
    if (typeof id !== 'string' || id.trim() === '') {
        throw new util_errors/* InputError */.dz('a schema needs an `$id` so documents and references can name it', source);
    }
    if (record.$schema !== undefined && String(record.$schema).replace(/#$/, '') !== META_2020) {
        throw new util_errors/* InputError */.dz(`only JSON Schema 2020-12 is supported; \`$schema\` is ${String(record.$schema)}`, source);
    }
    const existing = registered.get(id);
    if (existing) {
        if (JSON.stringify(existing.schema) === JSON.stringify(schema))
            return id;
        throw new util_errors/* InputError */.dz(`schema $id ${id} is already defined by ${existing.source}`, source);
    }
    const validate = compiler.compileUserSchema(record, id, source);
    registered.set(id, { source, schema: record });
    if (validate)
        compiled.set(id, validate);
    return id;
}
/** Every schema problem of an input document as one InputError carrying the rest (exit 2). */
function schemaInputError(doc, errors, file) {
    return util_errors/* InputError */.dz.all(locateErrors(doc, errors).map((p) => new util_errors/* InputError */.dz(p.message, file, p.position.line, p.position.column)));
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


/***/ }),

/***/ 205:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ interopDefault)
/* harmony export */ });
/**
 * A CommonJS module's default export, whichever loader imported it: Node's ESM loader hands over
 * `module.exports` (with `.default` on it when the module was compiled from ESM), the bundler
 * hands over `exports.default` itself.
 */
function interopDefault(module) {
    return (module.default ?? module);
}


/***/ })

};
