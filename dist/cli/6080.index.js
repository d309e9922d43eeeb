export const id = 6080;
export const ids = [6080];
export const modules = {

/***/ 6080:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  addUserSchema: () => (/* binding */ addUserSchema),
  compileAdded: () => (/* binding */ compileAdded),
  compileUserSchema: () => (/* binding */ compileUserSchema)
});

// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(2210);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/index.js
var dist = __webpack_require__(2815);
var dist_default = /*#__PURE__*/__webpack_require__.n(dist);
// EXTERNAL MODULE: ./node_modules/ajv/dist/refs/json-schema-2020-12/index.js
var json_schema_2020_12 = __webpack_require__(3995);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/util/interop.ts
var interop = __webpack_require__(205);
;// CONCATENATED MODULE: ./src/schema/ajv-settings.json
const ajv_settings_namespaceObject = /*#__PURE__*/JSON.parse('{"f":{"strict":true,"allErrors":true,"allowUnionTypes":true,"verbose":true,"meta":false,"validateSchema":false},"k":["patternErrorMessage"]}');
// EXTERNAL MODULE: ./src/schema/catalog.ts + 9 modules
var catalog = __webpack_require__(6784);
;// CONCATENATED MODULE: ./src/schema/compiler.ts
/**
 * The run-time schema compiler: one Ajv 2020 instance (strict, allErrors, formats) with the
 * settings the precompiled validators were built with (ajv-settings.json), for users' own schemas.
 * It holds the shipped schemas too, so a user's schema can `$ref` them; there is no `loadSchema`,
 * so an unknown `$ref` is an error, never a fetch. registry.ts loads it on demand.
 */







const addFormats = (0,interop/* interopDefault */.T)((dist_default()));
const addMetaSchema2020 = (0,interop/* interopDefault */.T)(json_schema_2020_12["default"]);
// meta: false in the settings — the 2020-12 meta-schemas are added here, where a user's schema is
// checked against them; the shipped schemas are checked by the tests.
const ajv = new _2020.Ajv2020({ ...ajv_settings_namespaceObject.f });
addFormats(ajv);
// Annotations such as patternErrorMessage (editors show it when a pattern fails; we do too).
for (const keyword of ajv_settings_namespaceObject.k)
    ajv.addKeyword({ keyword, schemaType: 'string' });
addMetaSchema2020.call(ajv, false);
// A user's schema may $ref the shipped ones.
for (const schema of catalog/* SCHEMAS */.H)
    ajv.addSchema(schema, undefined, undefined, false);
/**
 * Check a user's schema against the 2020-12 meta-schema, add it and compile it now, so a schema
 * strict mode rejects is a configuration error before any document. Problems are InputErrors
 * naming `source`.
 */
function compileUserSchema(schema, id, source) {
    addUserSchema(schema, source);
    return compileAdded(id, source);
}
/** Check a user's schema against the meta-schema and add it, compiling nothing yet. */
function addUserSchema(schema, source) {
    if (!ajv.validateSchema(schema)) {
        const problem = ajv.errors?.[0];
        const where = problem?.instancePath ? ` at ${problem.instancePath}` : '';
        throw new errors/* InputError */.dz(`not a valid JSON Schema 2020-12${where}: ${problem?.message ?? 'rejected'}`, source);
    }
    try {
        ajv.addSchema(schema, undefined, undefined, false);
    }
    catch (error) {
        throw new errors/* InputError */.dz(`schema cannot be added: ${firstLine(error)}`, source);
    }
}
/**
 * Compile a schema added before: its `$ref`s resolve against every schema added so far, so
 * schemas that reference each other compile once all of them are added, in any order.
 */
function compileAdded(id, source) {
    try {
        return ajv.getSchema(id);
    }
    catch (error) {
        ajv.removeSchema(id);
        throw new errors/* InputError */.dz(`schema does not compile: ${firstLine(error)}`, source);
    }
}
function firstLine(error) {
    const message = error instanceof Error ? error.message : String(error);
    return message.split('\n')[0] ?? message;
}


/***/ })

};
