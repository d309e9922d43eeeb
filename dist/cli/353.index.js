export const id = 353;
export const ids = [353];
export const modules = {

/***/ 8353:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseConfig: () => (/* binding */ parseConfig)
/* harmony export */ });
/* harmony import */ var _schema_document_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8626);
/* harmony import */ var _schema_catalog_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3634);
/* harmony import */ var _schema_registry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1312);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17);
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1954);
/** Parse and validate a config file's text over the embedded defaults (pipeguard-config.v1). */





function parseConfig(text, label) {
    const docs = (0,_schema_document_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDocuments */ .eV)(text, label, 'yaml');
    if (docs.length > 1)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('holds more than one YAML document', label);
    const doc = docs[0];
    const value = doc?.value ?? {};
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('must be a mapping of settings', label, 1, 1);
    }
    const validate = (0,_schema_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .validatorFor */ .qA)(_schema_catalog_js__WEBPACK_IMPORTED_MODULE_1__/* .SCHEMA_IDS */ .r.config);
    if (!validate)
        throw new Error('the config schema is not registered');
    if (!validate(value) && doc) {
        const problems = (0,_schema_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .schemaInputError */ .GE)(doc, validate.errors ?? [], label);
        if (problems)
            throw problems;
    }
    return mergeOverDefaults(value);
}
/** User sections override defaults key by key; arrays replace, never concatenate. */
function mergeOverDefaults(user) {
    const merged = structuredClone(_defaults_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_CONFIG */ .P);
    for (const [key, value] of Object.entries(user)) {
        const base = merged[key];
        merged[key] =
            isPlainObject(base) && isPlainObject(value)
                ? { ...base, ...structuredClone(value) }
                : structuredClone(value);
    }
    return merged;
}
function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ })

};
