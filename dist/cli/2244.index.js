export const id = 2244;
export const ids = [2244];
export const modules = {

/***/ 2244:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   evaluateApprovals: () => (/* binding */ evaluateApprovals),
/* harmony export */   sourceKindsFor: () => (/* binding */ sourceKindsFor)
/* harmony export */ });
const VIA = {
    signatures: 'signature',
    reviews: 'review',
};
function sourceKindsFor(mode) {
    return mode === 'both' ? ['signatures', 'reviews'] : [mode];
}
async function evaluateApprovals(mode, sources, request, ctx) {
    const verdicts = [];
    for (const kind of sourceKindsFor(mode)) {
        const source = sources[kind];
        const via = VIA[kind];
        if (!source) {
            for (const role of request.roles) {
                verdicts.push({
                    role,
                    satisfied: false,
                    via,
                    reason: `approval by ${kind} is not available in this pipeguard build`,
                });
            }
            continue;
        }
        const given = await source.evaluate(request, ctx);
        for (const role of request.roles) {
            // A source that forgets a role has not approved it.
            const verdict = given.find((v) => v.role === role && v.via === via);
            verdicts.push(verdict ?? { role, satisfied: false, via, reason: `${kind} gave no verdict for this role` });
        }
    }
    const missing = verdicts
        .filter((v) => !v.satisfied)
        .map(({ role, via, reason }) => ({ role, via, reason }));
    return { approved: verdicts.length > 0 && missing.length === 0, verdicts, missing };
}


/***/ })

};
