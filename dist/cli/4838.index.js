export const id = 4838;
export const ids = [4838,39];
export const modules = {

/***/ 4838:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   APPROVAL_SOURCES: () => (/* binding */ APPROVAL_SOURCES)
/* harmony export */ });
/* harmony import */ var _signature_approvals_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(39);
/* harmony import */ var _github_review_source_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2551);


const APPROVAL_SOURCES = {
    signatures: _signature_approvals_js__WEBPACK_IMPORTED_MODULE_0__.signatureApprovals,
    reviews: _github_review_source_js__WEBPACK_IMPORTED_MODULE_1__/* .reviewApprovals */ .DE,
};


/***/ }),

/***/ 39:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EXCEPTION_NAMESPACE: () => (/* binding */ EXCEPTION_NAMESPACE),
/* harmony export */   checkSignatures: () => (/* binding */ checkSignatures),
/* harmony export */   judgeSignatures: () => (/* binding */ judgeSignatures),
/* harmony export */   loadAllowedSigners: () => (/* binding */ loadAllowedSigners),
/* harmony export */   sigFileOf: () => (/* binding */ sigFileOf),
/* harmony export */   signatureApprovals: () => (/* binding */ signatureApprovals)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _sshsig_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3733);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17);
/* harmony import */ var _util_fs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1917);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4228);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1827);
/**
 * Approval by SSH signatures: `<exception>.sig` holds one armored SSHSIG block per signer, each
 * over the exact exception bytes in namespace `pipeguard-exception`. A signature counts for a
 * role when it verifies, and allowed_signers lets its key sign for one of the role's principals
 * (namespace and validity window checked against the CI clock). Roles are then matched to
 * signatures so that no signature, principal or key satisfies two roles.
 */






const EXCEPTION_NAMESPACE = 'pipeguard-exception';
function sigFileOf(exceptionFile) {
    return `${exceptionFile}.sig`;
}
async function loadAllowedSigners(ctx) {
    const configured = (0,_config_js__WEBPACK_IMPORTED_MODULE_4__/* .evalGateSection */ .p1)(ctx.config)['allowed-signers'] ?? _config_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULTS */ .zY.allowedSigners;
    const input = await (0,_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .readRecorded */ .HH)(ctx, configured, 'allowed_signers file');
    try {
        return { file: input.name, signers: (0,_sshsig_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseAllowedSigners */ .pD)((0,_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .utf8 */ .As)(input)) };
    }
    catch (error) {
        if (error instanceof _sshsig_index_js__WEBPACK_IMPORTED_MODULE_1__/* .AllowedSignersError */ .mk)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(error.message, input.name, error.line, 1);
        throw error;
    }
}
async function checkSignatures(request, ctx) {
    const sigFile = sigFileOf(request.exceptionFile);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,_util_fs_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveInsideRoot */ .Pk)(ctx.root, sigFile))) {
        const { file } = await loadAllowedSigners(ctx);
        return {
            sigFile,
            allowedSignersFile: file,
            signatures: [],
            verdicts: request.roles.map((role) => ({
                role,
                satisfied: false,
                via: 'signature',
                reason: `no signatures: ${sigFile} does not exist`,
            })),
        };
    }
    const sigInput = await (0,_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .readRecorded */ .HH)(ctx, sigFile, 'signature file', _sshsig_index_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_SIGNATURE_FILE_BYTES */ .NT);
    const { file: allowedSignersFile, signers } = await loadAllowedSigners(ctx);
    try {
        const judged = judgeSignatures({
            armored: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .utf8 */ .As)(sigInput),
            message: request.exceptionBytes,
            namespace: EXCEPTION_NAMESPACE,
            roles: request.roles,
            signers,
            place: (line) => `${sigFile}:${line}`,
        }, ctx);
        return { sigFile, allowedSignersFile, ...judged };
    }
    catch (error) {
        if (error instanceof _sshsig_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ArmorError */ .Mi)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(error.message, sigInput.name, error.line, 1);
        throw error;
    }
}
/**
 * Verify every block over the message in the namespace, authorize its key for each role's
 * principals (allowed_signers, at the CI clock), then match roles to distinct signers. Throws
 * ArmorError on text that is not armored blocks (block count and sizes checked before decoding).
 */
function judgeSignatures(signed, ctx) {
    const roles = (0,_config_js__WEBPACK_IMPORTED_MODULE_4__/* .rolesOf */ .R7)(ctx.config);
    const { namespace, signers, place } = signed;
    const unsatisfied = (role, reason) => ({
        role,
        satisfied: false,
        via: 'signature',
        reason,
    });
    const blocks = (0,_sshsig_index_js__WEBPACK_IMPORTED_MODULE_1__/* .verifyArmoredSignatures */ .vT)(signed.armored, signed.message, namespace);
    const explanations = blocks.map((block) => {
        const key = block.signature?.publicKey;
        const explanation = {
            line: block.line,
            ...(key ? { fingerprint: key.fingerprint, keyType: key.label } : {}),
            verified: !block.error,
            allowedFor: [],
            reasons: [],
        };
        if (block.error || !key) {
            explanation.reasons.push(block.error ?? 'unreadable');
            return explanation;
        }
        for (const role of signed.roles) {
            const principals = roles[role]?.principals ?? [];
            for (const principal of principals) {
                const verdict = (0,_sshsig_index_js__WEBPACK_IMPORTED_MODULE_1__/* .authorize */ .Gq)(signers, key.blob, principal, namespace, ctx.now);
                if (verdict.ok)
                    explanation.allowedFor.push({ role, principal, allowedSignersLine: verdict.line });
                else
                    explanation.reasons.push(`${role} as ${principal}: ${verdict.reason}`);
            }
        }
        if (explanation.allowedFor.length === 0 && explanation.reasons.length === 0) {
            explanation.reasons.push('no required role lists any principal');
        }
        return explanation;
    });
    const assignment = assignDistinct(signed.roles, explanations);
    const verdicts = signed.roles.map((role) => {
        const chosen = assignment.get(role);
        if (chosen) {
            const sig = explanations[chosen.index];
            sig.countedFor = { role, principal: chosen.principal };
            return {
                role,
                satisfied: true,
                by: chosen.principal,
                via: 'signature',
                reason: `signed by ${chosen.principal} with ${sig.keyType} key ${sig.fingerprint} (${place(sig.line)})`,
            };
        }
        const principals = roles[role]?.principals ?? [];
        if (principals.length === 0)
            return unsatisfied(role, `role ${role} lists no principals in .pipeguard.yml eval-gate.roles`);
        if (explanations.some((e) => e.allowedFor.some((a) => a.role === role))) {
            return unsatisfied(role, `the only valid signatures by ${role} principals already count for another role; each role needs a distinct signer (principal and key)`);
        }
        const why = explanations.map((e) => `${place(e.line)}: ${e.reasons.find((r) => r.startsWith(`${role} as `)) ?? e.reasons[0] ?? 'not allowed for this role'}`);
        return unsatisfied(role, why.length
            ? `no valid signature by ${principals.join(' or ')} (${why.join('; ')})`
            : `no signature by ${principals.join(' or ')}`);
    });
    return { signatures: explanations, verdicts };
}
/**
 * Match roles to signatures so that no two roles share a signature, a principal or a key
 * (backtracking; roles and signatures are few). Returns the largest matching found first, in
 * role order, so a full matching wins whenever one exists.
 */
function assignDistinct(roles, signatures) {
    let best = new Map();
    const current = new Map();
    const usedSig = new Set();
    const usedPrincipal = new Set();
    const usedKey = new Set();
    const search = (i) => {
        if (current.size > best.size)
            best = new Map(current);
        if (best.size === roles.length)
            return true;
        if (i >= roles.length)
            return false;
        const role = roles[i];
        for (let s = 0; s < signatures.length; s++) {
            const sig = signatures[s];
            if (usedSig.has(s) || usedKey.has(sig.fingerprint))
                continue;
            for (const allowed of sig.allowedFor) {
                if (allowed.role !== role || usedPrincipal.has(allowed.principal))
                    continue;
                current.set(role, { index: s, principal: allowed.principal });
                usedSig.add(s);
                usedPrincipal.add(allowed.principal);
                usedKey.add(sig.fingerprint);
                if (search(i + 1))
                    return true;
                current.delete(role);
                usedSig.delete(s);
                usedPrincipal.delete(allowed.principal);
                usedKey.delete(sig.fingerprint);
            }
        }
        // Leave this role unsatisfied and try to satisfy the rest.
        return search(i + 1);
    };
    search(0);
    return best;
}
const signatureApprovals = {
    kind: 'signatures',
    async evaluate(request, ctx) {
        return (await checkSignatures(request, ctx)).verdicts;
    },
};


/***/ })

};
