export const id = 1067;
export const ids = [1067,3968,1587];
export const modules = {

/***/ 779:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
function fmtDef(validate, compare) {
    return { validate, compare };
}
exports.fullFormats = {
    // date: http://tools.ietf.org/html/rfc3339#section-5.6
    date: fmtDef(date, compareDate),
    // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
    time: fmtDef(getTime(true), compareTime),
    "date-time": fmtDef(getDateTime(true), compareDateTime),
    "iso-time": fmtDef(getTime(), compareIsoTime),
    "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
    // duration: https://tools.ietf.org/html/rfc3339#appendix-A
    duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
    uri,
    "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
    // uri-template: https://tools.ietf.org/html/rfc6570
    "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
    // For the source: https://gist.github.com/dperini/729294
    // For test cases: https://mathiasbynens.be/demo/url-regex
    url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
    email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
    hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
    // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
    ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
    ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
    regex,
    // uuid: http://tools.ietf.org/html/rfc4122
    uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
    // JSON-pointer: https://tools.ietf.org/html/rfc6901
    // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
    "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
    "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
    // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
    "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
    // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
    // byte: https://github.com/miguelmota/is-base64
    byte,
    // signed 32 bit integer
    int32: { type: "number", validate: validateInt32 },
    // signed 64 bit integer
    int64: { type: "number", validate: validateInt64 },
    // C-type float
    float: { type: "number", validate: validateNumber },
    // C-type double
    double: { type: "number", validate: validateNumber },
    // hint to the UI to hide input strings
    password: true,
    // unchecked string payload
    binary: true,
};
exports.fastFormats = {
    ...exports.fullFormats,
    date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
    time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
    "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
    "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
    "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
    // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
    uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
    "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
    // email (sources from jsen validator):
    // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
    // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
    email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i,
};
exports.formatNames = Object.keys(exports.fullFormats);
function isLeapYear(year) {
    // https://tools.ietf.org/html/rfc3339#appendix-C
    return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}
const DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function date(str) {
    // full-date from http://tools.ietf.org/html/rfc3339#section-5.6
    const matches = DATE.exec(str);
    if (!matches)
        return false;
    const year = +matches[1];
    const month = +matches[2];
    const day = +matches[3];
    return (month >= 1 &&
        month <= 12 &&
        day >= 1 &&
        day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]));
}
function compareDate(d1, d2) {
    if (!(d1 && d2))
        return undefined;
    if (d1 > d2)
        return 1;
    if (d1 < d2)
        return -1;
    return 0;
}
const TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
function getTime(strictTimeZone) {
    return function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
            return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || (strictTimeZone && !tz))
            return false;
        if (hr <= 23 && min <= 59 && sec < 60)
            return true;
        // leap second
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
    };
}
function compareTime(s1, s2) {
    if (!(s1 && s2))
        return undefined;
    const t1 = new Date("2020-01-01T" + s1).valueOf();
    const t2 = new Date("2020-01-01T" + s2).valueOf();
    if (!(t1 && t2))
        return undefined;
    return t1 - t2;
}
function compareIsoTime(t1, t2) {
    if (!(t1 && t2))
        return undefined;
    const a1 = TIME.exec(t1);
    const a2 = TIME.exec(t2);
    if (!(a1 && a2))
        return undefined;
    t1 = a1[1] + a1[2] + a1[3];
    t2 = a2[1] + a2[2] + a2[3];
    if (t1 > t2)
        return 1;
    if (t1 < t2)
        return -1;
    return 0;
}
const DATE_TIME_SEPARATOR = /t|\s/i;
function getDateTime(strictTimeZone) {
    const time = getTime(strictTimeZone);
    return function date_time(str) {
        // http://tools.ietf.org/html/rfc3339#section-5.6
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
    };
}
function compareDateTime(dt1, dt2) {
    if (!(dt1 && dt2))
        return undefined;
    const d1 = new Date(dt1).valueOf();
    const d2 = new Date(dt2).valueOf();
    if (!(d1 && d2))
        return undefined;
    return d1 - d2;
}
function compareIsoDateTime(dt1, dt2) {
    if (!(dt1 && dt2))
        return undefined;
    const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
    const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
    const res = compareDate(d1, d2);
    if (res === undefined)
        return undefined;
    return res || compareTime(t1, t2);
}
const NOT_URI_FRAGMENT = /\/|:/;
const URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
function uri(str) {
    // http://jmrware.com/articles/2009/uri_regexp/URI_regex.html + optional protocol + required "."
    return NOT_URI_FRAGMENT.test(str) && URI.test(str);
}
const BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
function byte(str) {
    BYTE.lastIndex = 0;
    return BYTE.test(str);
}
const MIN_INT32 = -(2 ** 31);
const MAX_INT32 = 2 ** 31 - 1;
function validateInt32(value) {
    return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
}
function validateInt64(value) {
    // JSON and javascript max Int is 2**53, so any int that passes isInteger is valid for Int64
    return Number.isInteger(value);
}
function validateNumber() {
    return true;
}
const Z_ANCHOR = /[^\\]\\Z/;
function regex(str) {
    if (Z_ANCHOR.test(str))
        return false;
    try {
        new RegExp(str);
        return true;
    }
    catch (e) {
        return false;
    }
}
//# sourceMappingURL=formats.js.map

/***/ }),

/***/ 4951:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://github.com/ajv-validator/ajv/issues/889
const equal = __webpack_require__(3430);
equal.code = 'require("ajv/dist/runtime/equal").default';
exports["default"] = equal;
//# sourceMappingURL=equal.js.map

/***/ }),

/***/ 6214:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports["default"] = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

/***/ }),

/***/ 3430:
/***/ ((module) => {



// do not edit .js files directly - edit src/index.jst



module.exports = function equal(a, b) {
  if (a === b) return true;

  if (a && b && typeof a == 'object' && typeof b == 'object') {
    if (a.constructor !== b.constructor) return false;

    var length, i, keys;
    if (Array.isArray(a)) {
      length = a.length;
      if (length != b.length) return false;
      for (i = length; i-- !== 0;)
        if (!equal(a[i], b[i])) return false;
      return true;
    }



    if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
    if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
    if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();

    keys = Object.keys(a);
    length = keys.length;
    if (length !== Object.keys(b).length) return false;

    for (i = length; i-- !== 0;)
      if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;

    for (i = length; i-- !== 0;) {
      var key = keys[i];

      if (!equal(a[key], b[key])) return false;
    }

    return true;
  }

  // true if both NaN, false otherwise
  return a!==a && b!==b;
};


/***/ }),

/***/ 1827:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $9: () => (/* binding */ parseSingleDocument),
/* harmony export */   $N: () => (/* binding */ EVAL_EXCEPTION_SCHEMA),
/* harmony export */   As: () => (/* binding */ utf8),
/* harmony export */   HH: () => (/* binding */ readRecorded),
/* harmony export */   KQ: () => (/* binding */ recordedInputs),
/* harmony export */   R5: () => (/* binding */ readInput),
/* harmony export */   k5: () => (/* binding */ EVAL_POLICY_SCHEMA),
/* harmony export */   ol: () => (/* binding */ digestOf),
/* harmony export */   qq: () => (/* binding */ recordInput)
/* harmony export */ });
/* unused harmony export MAX_INPUT_BYTES */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _schema_document_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8626);
/* harmony import */ var _schema_registry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1312);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9997);
/* harmony import */ var _util_fs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1917);
/* harmony import */ var _util_order_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1204);
/* harmony import */ var _util_sha256_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6701);
/**
 * Every file the gate decides on is read once through here: inside the root, size-capped, its
 * sha256 recorded (audit records and --replay re-derive the decision from these digests), and
 * structured documents parsed with positions and checked against their shipped schema.
 */








const EVAL_POLICY_SCHEMA = 'https://pipeguard.dev/schemas/eval-policy.v1.schema.json';
const EVAL_EXCEPTION_SCHEMA = 'https://pipeguard.dev/schemas/eval-exception.v1.schema.json';
/** JUnit reports with captured output can be large; nothing the gate reads is larger than this. */
const MAX_INPUT_BYTES = 64 * 1024 * 1024;
/**
 * Read a file given relative to the root (never outside it), refusing one larger than `maxBytes`
 * before reading it. Unreadable → InputError (exit 2).
 */
async function readInput(root, userPath, what, maxBytes = MAX_INPUT_BYTES) {
    const absolute = (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveInsideRoot */ .Pk)(root, userPath);
    const name = (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_5__/* .relativeToRoot */ .yY)(root, absolute);
    let size;
    try {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(absolute);
        if (!info.isFile())
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${what} is not a regular file`, name);
        size = info.size;
    }
    catch (error) {
        if (error instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz)
            throw error;
        const code = error.code;
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(code === 'ENOENT' ? `${what} not found` : `${what} cannot be read (${code})`, name);
    }
    if (size > maxBytes)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${what} is larger than ${sizeText(maxBytes)}`, name);
    let bytes;
    try {
        bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(absolute);
    }
    catch (error) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${what} cannot be read (${error.code})`, name);
    }
    return { name, absolute, bytes, sha256: (0,_util_sha256_js__WEBPACK_IMPORTED_MODULE_6__/* .sha256Hex */ .f)(bytes) };
}
function sizeText(bytes) {
    return bytes >= 1 << 20 ? `${bytes / (1 << 20)} MiB` : `${bytes / 1024} KiB`;
}
function digestOf(input) {
    return { name: input.name, sha256: input.sha256 };
}
/** Decode UTF-8 strictly: a document with invalid bytes is refused, not silently repaired. */
function utf8(input) {
    return (0,_util_text_js__WEBPACK_IMPORTED_MODULE_4__/* .decodeUtf8 */ ._6)(input.bytes, input.name);
}
/** One JSON or YAML document (by extension; YAML otherwise), optionally schema-checked. */
function parseSingleDocument(input, what, schemaId) {
    const format = (0,_schema_document_js__WEBPACK_IMPORTED_MODULE_1__.formatOf)(input.name) ?? 'yaml';
    if (format === 'jsonl')
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${what} must be JSON or YAML, not JSON Lines`, input.name);
    const docs = (0,_schema_document_js__WEBPACK_IMPORTED_MODULE_1__.parseDocuments)(utf8(input), input.name, format);
    if (docs.length !== 1) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(docs.length === 0 ? `${what} is empty` : `${what} holds more than one document`, input.name);
    }
    const doc = docs[0];
    if (schemaId) {
        const validate = (0,_schema_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .validatorFor */ .qA)(schemaId);
        if (!validate)
            throw new Error(`internal: schema ${schemaId} is not registered`);
        if (!validate(doc.value)) {
            throw ((0,_schema_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .schemaInputError */ .GE)(doc, validate.errors ?? [], input.name) ??
                new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('does not match its schema', input.name));
        }
    }
    return doc;
}
/**
 * Everything read for one decision, keyed by the context it was read under: each file is read
 * once (so what was hashed is what was judged), and the gate lists them all in the audit record.
 * Other parts (approval sources) record what they read the same way.
 */
const readsByContext = new WeakMap();
async function readRecorded(ctx, userPath, what, maxBytes = MAX_INPUT_BYTES) {
    let reads = readsByContext.get(ctx);
    if (!reads)
        readsByContext.set(ctx, (reads = new Map()));
    const name = (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_5__/* .relativeToRoot */ .yY)(ctx.root, (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveInsideRoot */ .Pk)(ctx.root, userPath));
    const known = reads.get(name);
    if (known)
        return known;
    const input = await readInput(ctx.root, userPath, what, maxBytes);
    reads.set(input.name, input);
    return input;
}
/**
 * Record bytes that are not a file under the root (e.g. the PR reviews an approval rested on).
 * The name must be `scheme:…` (`github:pr-reviews#12`): replay takes such evidence from the record.
 */
function recordInput(ctx, name, bytes) {
    if (!/^[a-z][a-z0-9+.-]*:/.test(name))
        throw new Error(`internal: evidence name ${name} must be scheme:…`);
    let reads = readsByContext.get(ctx);
    if (!reads)
        readsByContext.set(ctx, (reads = new Map()));
    const input = { name, absolute: '', bytes, sha256: (0,_util_sha256_js__WEBPACK_IMPORTED_MODULE_6__/* .sha256Hex */ .f)(bytes) };
    reads.set(name, input);
    return input;
}
function recordedInputs(ctx) {
    return [...(readsByContext.get(ctx)?.values() ?? [])].sort((a, b) => (0,_util_order_js__WEBPACK_IMPORTED_MODULE_7__/* .compareUtf8 */ .z)(a.name, b.name));
}


/***/ }),

/***/ 6689:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   inspectDeployProtection: () => (/* binding */ inspectDeployProtection),
/* harmony export */   s: () => (/* binding */ inspectMergeBlocking)
/* harmony export */ });
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6584);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17);
/**
 * Merge-blocking guidance that checks itself: read the base branch's effective rules (rulesets,
 * `GET /rules/branches/{branch}`) and its classic protection summary (`GET /branches/{branch}`),
 * and say in the summary when the gate's status is not a required check (a blocked gate would
 * not block the merge) or when stale approvals are not dismissed on push (by a ruleset, or by
 * classic protection when the token may read its settings; otherwise that cannot be confirmed).
 */


async function inspectMergeBlocking(octokit, repository, branch, context) {
    const warnings = [];
    let required = false;
    let dismissesStale = false;
    let rulesRead = false;
    try {
        const rules = await branchRules(octokit, repository, branch);
        rulesRead = true;
        if (rulesRequire(rules, context))
            required = true;
        for (const rule of rules) {
            if (rule.type === 'pull_request' && rule.parameters?.dismiss_stale_reviews_on_push === true)
                dismissesStale = true;
        }
    }
    catch (error) {
        warnings.push(`could not read the rulesets of ${branch}: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(error)}`);
        required = 'unknown';
        dismissesStale = 'unknown';
    }
    if (required !== true) {
        try {
            if (await classicRequires(octokit, repository, branch, context))
                required = true;
            else if (rulesRead)
                required = false;
        }
        catch (error) {
            warnings.push(`could not read the protection of ${branch}: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(error)}`);
        }
    }
    if (required === false) {
        warnings.push(`\`${context}\` is not a required status check on \`${branch}\`: a blocked gate does not stop the merge. Add it to a branch ruleset's "Require status checks to pass" (source: GitHub Actions).`);
    }
    else if (required === 'unknown') {
        warnings.push(`cannot confirm that \`${context}\` is a required status check on \`${branch}\`.`);
    }
    if (dismissesStale === false) {
        // Classic protection may dismiss them instead; its settings need Administration: read.
        try {
            const classic = await classicProtection(octokit, repository, branch);
            if (classic?.required_pull_request_reviews?.dismiss_stale_reviews === true)
                dismissesStale = true;
        }
        catch (error) {
            warnings.push(`cannot confirm that \`${branch}\` dismisses stale pull request approvals on push: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(error)}`);
            dismissesStale = 'unknown';
        }
    }
    if (dismissesStale === false) {
        warnings.push(`\`${branch}\` does not dismiss stale pull request approvals when new commits are pushed (ruleset "Require a pull request before merging" → "Dismiss stale pull request approvals when new commits are pushed"). pipeguard checks the approved commit itself, but other reviews stay stale.`);
    }
    return { required, dismissesStaleApprovals: dismissesStale, warnings };
}
/**
 * Deploy protection with a token: the default branch requires an approving pull-request review
 * and the pipeguard status check, and only the configured deploy identities may push. Both
 * sources are read — the branch's effective rulesets (`GET /rules/branches/{branch}`) and its
 * classic protection (`GET /branches/{branch}/protection`) — and either one satisfying a
 * requirement counts; classic protection's 404 "Branch not protected" means it has none. A
 * requirement met only by classic protection that does not bind administrators (enforce_admins
 * off) is a problem: admins can push and merge around it. A ruleset's bypass list is not readable
 * here, so a ruleset-only push restriction cannot be confirmed. Every other API answer (403, any
 * other 404, 5xx, the network) is a problem, never a pass.
 */
async function inspectDeployProtection(octokit, repository, branch, wanted) {
    const problems = [];
    let rules;
    try {
        rules = await branchRules(octokit, repository, branch);
    }
    catch (error) {
        return [
            `could not read the rules of ${branch} (${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(error)}): deploy protection cannot be confirmed`,
        ];
    }
    let classic;
    try {
        classic = await classicProtection(octokit, repository, branch);
    }
    catch (error) {
        return [
            `could not read the classic branch protection of ${branch} (${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(error)}): deploy protection cannot be confirmed`,
        ];
    }
    const usedClassic = [];
    const rulesetReviews = Math.max(0, ...rules
        .filter((r) => r.type === 'pull_request')
        .map((r) => Number(r.parameters?.required_approving_review_count ?? 0)));
    const classicReviews = classic?.required_pull_request_reviews
        ? (classic.required_pull_request_reviews.required_approving_review_count ?? 0)
        : 0;
    const reviewsBy = rulesetReviews >= 1 ? 'ruleset' : classicReviews >= 1 ? 'classic' : undefined;
    if (!reviewsBy)
        problems.push(`${branch} does not require an approving pull-request review (a ruleset's "Require a pull request before merging" or classic protection's "Require approvals", at least 1 approval)`);
    if (reviewsBy === 'classic') {
        usedClassic.push('the review requirement');
        const bypass = notAllowed(actorsOf(classic?.required_pull_request_reviews?.bypass_pull_request_allowances, repository), wanted.identities);
        if (bypass.length)
            problems.push(`${bypass.join(', ')} may bypass the pull-request requirement of ${branch} (classic protection) but ${bypass.length === 1 ? 'is' : 'are'} not a configured deploy identity`);
    }
    const checksBy = rulesRequire(rules, wanted.statusCheck)
        ? 'ruleset'
        : classicContexts(classic).includes(wanted.statusCheck)
            ? 'classic'
            : undefined;
    if (!checksBy)
        problems.push(`\`${wanted.statusCheck}\` is not a required status check on ${branch}`);
    if (checksBy === 'classic')
        usedClassic.push(`the \`${wanted.statusCheck}\` check`);
    const push = pushProblems(repository, branch, wanted, rules, classic);
    problems.push(...push.problems);
    if (push.by === 'classic')
        usedClassic.push('the push restriction');
    if (usedClassic.length && classic?.enforce_admins?.enabled !== true)
        problems.push(`classic protection of ${branch} does not bind administrators (enforce_admins is off: "Do not allow bypassing the above settings"), so repository admins can get around ${usedClassic.join(', ')}`);
    return problems;
}
function pushProblems(repository, branch, wanted, rules, classic) {
    const allowed = wanted.identities.map((i) => i.replace(/^@/, ''));
    if (allowed.length === 0)
        return {
            problems: [
                `no deploy identities are configured (checklist.deploy-protection.identities): who may push to ${branch} cannot be checked`,
            ],
        };
    if (classic?.restrictions) {
        const extra = notAllowed(actorsOf(classic.restrictions, repository), allowed);
        return extra.length
            ? {
                problems: [
                    `${extra.join(', ')} may push to ${branch} but ${extra.length === 1 ? 'is' : 'are'} not a configured deploy identity`,
                ],
            }
            : { problems: [], by: 'classic' };
    }
    if (rules.some((r) => r.type === 'update'))
        return {
            problems: [
                `pushes to ${branch} are restricted by a ruleset whose bypass list this token cannot read: cannot confirm that only ${allowed.join(', ')} may push`,
            ],
        };
    return {
        problems: [
            `${branch} has no push restriction (${classic ? 'its classic protection restricts nobody' : 'no classic protection'} and no ruleset restricts updates): anyone with write access may push, not only ${allowed.join(', ')}`,
        ],
    };
}
/** Users (login), teams (`owner/slug`) and apps (`app/slug`); an entry without a name is named so. */
function actorsOf(actors, repository) {
    return [
        ...(actors?.users ?? []).map((u) => u?.login || '(a user without a login)'),
        ...(actors?.teams ?? []).map((t) => t?.slug ? `${repository.owner}/${t.slug}` : '(a team without a slug)'),
        ...(actors?.apps ?? []).map((a) => (a?.slug ? `app/${a.slug}` : '(an app without a slug)')),
    ];
}
function notAllowed(actors, identities) {
    const allowed = new Set(identities.map((i) => i.toLowerCase().replace(/^@/, '')));
    return actors.filter((a) => !allowed.has(a.toLowerCase()));
}
function classicContexts(classic) {
    const checks = classic?.required_status_checks;
    return [
        ...(checks?.contexts ?? []),
        ...(checks?.checks ?? []).map((c) => c?.context).filter((c) => Boolean(c)),
    ];
}
/**
 * The branch's classic protection, or undefined when GitHub says "Branch not protected" (its
 * documented 404). Any other answer — a 404 for a branch or repository the token cannot see,
 * 403 without Administration: read, 5xx — is thrown.
 */
async function classicProtection(octokit, repository, branch) {
    return (0,_client_js__WEBPACK_IMPORTED_MODULE_0__.callGitHub)(`reading the classic protection of branch ${branch}`, 'Administration: read', async () => {
        try {
            const { data } = await octokit.rest.repos.getBranchProtection({ ...repository, branch });
            return data;
        }
        catch (error) {
            const e = error;
            const said = e.response?.data?.message;
            if (e.status === 404 && typeof said === 'string' && said.trim() === 'Branch not protected')
                return undefined;
            throw error;
        }
    });
}
/** The branch's effective ruleset rules (GET /rules/branches/{branch}). */
async function branchRules(octokit, repository, branch) {
    return (await (0,_client_js__WEBPACK_IMPORTED_MODULE_0__.callGitHub)(`reading the rules of branch ${branch}`, 'Metadata: read', () => octokit.paginate(octokit.rest.repos.getBranchRules, { ...repository, branch, per_page: 100 })));
}
/** Whether classic branch protection requires the status check `context`. */
async function classicRequires(octokit, repository, branch, context) {
    const { data } = await (0,_client_js__WEBPACK_IMPORTED_MODULE_0__.callGitHub)(`reading branch ${branch}`, 'Contents: read', () => octokit.rest.repos.getBranch({ ...repository, branch }));
    const classic = data.protection?.required_status_checks;
    const contexts = [...(classic?.contexts ?? []), ...(classic?.checks ?? []).map((c) => c.context)];
    return data.protected && contexts.includes(context);
}
function rulesRequire(rules, context) {
    return rules.some((r) => r.type === 'required_status_checks' &&
        (r.parameters?.required_status_checks ?? []).some((c) => c.context === context));
}


/***/ }),

/***/ 7605:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishedOnGitHub: () => (/* binding */ publishedOnGitHub)
});

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(6412);
// EXTERNAL MODULE: ./src/github/client.ts
var client = __webpack_require__(6584);
// EXTERNAL MODULE: ./src/github/branch-rules.ts
var branch_rules = __webpack_require__(6689);
;// CONCATENATED MODULE: ./src/github/sticky-comment.ts
/**
 * One pull-request comment per gate, found again by a hidden marker and edited in place, so a PR
 * never collects a comment per run. Created only when there is something to act on; an existing
 * one is updated whatever the outcome (so "unblocked" replaces the instructions).
 */

const COMMENT_LIMIT = 65_536;
function markerFor(gate) {
    return `<!-- pipeguard:${gate} -->`;
}
async function upsertStickyComment(octokit, target, gate, body, createIfMissing) {
    const marker = markerFor(gate);
    const full = fit(`${marker}\n${body}`);
    const { owner, repo, issue } = target;
    const comments = await (0,client.callGitHub)(`listing the comments of PR #${issue}`, 'Pull requests: read', () => octokit.paginate(octokit.rest.issues.listComments, {
        owner,
        repo,
        issue_number: issue,
        per_page: 100,
    }));
    // Bots' comments first: a person quoting the marker does not capture the sticky comment.
    const mine = comments
        .filter((c) => c.body?.startsWith(marker))
        .sort((a, b) => Number(b.user?.type === 'Bot') - Number(a.user?.type === 'Bot'));
    for (const existing of mine) {
        if (existing.body === full)
            return { action: 'unchanged', id: existing.id };
        try {
            await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body: full });
            return { action: 'updated', id: existing.id };
        }
        catch (error) {
            // Someone else's comment carrying the marker: not ours to edit; try the next or create.
            if (error.status !== 403) {
                await (0,client.callGitHub)(`updating comment ${existing.id}`, 'Pull requests: write', () => Promise.reject(error));
            }
        }
    }
    if (!createIfMissing)
        return { action: 'skipped' };
    const { data } = await (0,client.callGitHub)(`commenting on PR #${issue}`, 'Pull requests: write (`permissions: pull-requests: write`)', () => octokit.rest.issues.createComment({ owner, repo, issue_number: issue, body: full }));
    return { action: 'created', id: data.id };
}
function fit(text) {
    if (text.length <= COMMENT_LIMIT)
        return text;
    const note = '\n\n… (truncated; the job summary has the full report)';
    return text.slice(0, COMMENT_LIMIT - note.length) + note;
}

// EXTERNAL MODULE: ./src/github/review-source.ts + 3 modules
var review_source = __webpack_require__(2551);
;// CONCATENATED MODULE: ./src/github/rerun.ts


const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);
/** `.github/workflows/gate.yml` from GITHUB_WORKFLOW_REF (`owner/repo/.github/workflows/gate.yml@ref`). */
function workflowPathOf(workflowRef, repository) {
    if (!workflowRef)
        return undefined;
    const withoutRef = workflowRef.replace(/@[^@]*$/, '');
    return withoutRef.startsWith(`${repository}/`)
        ? withoutRef.slice(repository.length + 1)
        : undefined;
}
async function rerunFailedPullRequestRuns(ctx, octokit, repo, headSha) {
    const warnings = [];
    const rerun = [];
    const workflow = workflowPathOf(ctx.ci.workflowRef, `${repo.owner}/${repo.repo}`);
    if (!workflow) {
        return {
            rerun,
            warnings: [
                'cannot re-run the failed pull_request run: GITHUB_WORKFLOW_REF does not name this workflow',
            ],
        };
    }
    try {
        const runs = await (0,client.callGitHub)(`listing failed runs for ${headSha.slice(0, 7)}`, 'Actions: read (`permissions: actions: write`)', () => octokit.paginate(octokit.rest.actions.listWorkflowRunsForRepo, {
            ...repo,
            head_sha: headSha,
            status: 'failure',
            per_page: 100,
        }));
        const failed = runs.filter((run) => String(run.id) !== ctx.ci.runId &&
            PR_EVENTS.has(run.event) &&
            run.head_sha === headSha &&
            run.conclusion === 'failure' &&
            run.path.replace(/@[^@]*$/, '') === workflow);
        for (const run of failed) {
            try {
                await (0,client.callGitHub)(`re-running the failed jobs of run ${run.id}`, 'Actions: write (`permissions: actions: write`)', () => octokit.rest.actions.reRunWorkflowFailedJobs({ ...repo, run_id: run.id }));
                rerun.push(run.id);
            }
            catch (error) {
                warnings.push(`could not re-run run ${run.id}: ${(0,errors/* oneLine */.TN)(error)}`);
            }
        }
    }
    catch (error) {
        warnings.push(`could not look for failed pull_request runs to re-run: ${(0,errors/* oneLine */.TN)(error)}`);
    }
    if (rerun.length)
        ctx.log.info(`re-ran the failed jobs of run(s) ${rerun.join(', ')} now that the gate passes`);
    return { rerun, warnings };
}

;// CONCATENATED MODULE: ./src/github/gate-publisher.ts







const DEFAULT_STATUS_CONTEXT = 'pipeguard/eval-gate';
const DESCRIPTION_LIMIT = 140;
/** `eval-gate.github.*`; on by default whenever approvals come from reviews. */
function gatePublishingFrom(ctx) {
    const section = (ctx.config['eval-gate'] ?? {});
    const reviews = section.approval === 'reviews' || section.approval === 'both';
    const github = section.github ?? {};
    return {
        status: github.status ?? reviews,
        context: github['status-context'] ?? DEFAULT_STATUS_CONTEXT,
        comment: github.comment ?? reviews,
        branchRules: github['branch-rules'] ?? reviews,
        rerunFailed: github['rerun-failed'] ?? false,
    };
}
/** The gate's final state on GitHub: success only for a pass. */
function commitStateFor(result) {
    if (result.status === 'pass')
        return 'success';
    if (result.status === 'error')
        return 'error';
    return 'failure';
}
async function withGitHubGate(ctx, run) {
    const settings = gatePublishingFrom(ctx);
    const pr = ctx.ci.pullRequest;
    const token = (0,client.githubTokenFrom)(ctx.env);
    const [owner, repo] = (ctx.ci.repository ?? '').split('/');
    const active = settings.status || settings.comment || settings.branchRules;
    if (!active || !pr || !token || !owner || !repo)
        return run();
    ctx.registerSecret(token);
    const octokit = (0,client.createGitHubClient)((0,client.clientOptionsFrom)(ctx.env, token, ctx.log));
    const warnings = [];
    const target = { owner, repo, sha: pr.headSha };
    const targetUrl = ctx.ci.runId
        ? `${ctx.ci.serverUrl}/${owner}/${repo}/actions/runs/${ctx.ci.runId}`
        : undefined;
    const setStatus = async (state, description) => {
        if (!settings.status)
            return;
        try {
            await octokit.rest.repos.createCommitStatus({
                ...target,
                state,
                context: settings.context,
                description: clip(description, DESCRIPTION_LIMIT),
                ...(targetUrl ? { target_url: targetUrl } : {}),
            });
        }
        catch (error) {
            warnings.push(`could not set the \`${settings.context}\` status to ${state} (${(0,errors/* oneLine */.TN)(error)}); the token needs \`statuses: write\` (fork pull requests get a read-only token)`);
        }
    };
    await setStatus('pending', 'pipeguard is evaluating the eval gate');
    let result;
    try {
        result = await run();
    }
    catch (error) {
        await setStatus('error', `pipeguard failed: ${(0,errors/* oneLine */.TN)(error)}`);
        for (const w of warnings)
            ctx.log.warn(w);
        throw error;
    }
    await setStatus(commitStateFor(result), `${result.status}: ${result.summary}`);
    if (settings.comment)
        await comment(ctx, octokit, { owner, repo, issue: pr.number }, result, warnings);
    let reran = [];
    if (settings.rerunFailed &&
        result.status === 'pass' &&
        ctx.ci.eventName === 'pull_request_review') {
        const report = await rerunFailedPullRequestRuns(ctx, octokit, { owner, repo }, pr.headSha);
        reran = report.rerun;
        warnings.push(...report.warnings);
    }
    if (settings.branchRules) {
        const report = await (0,branch_rules/* inspectMergeBlocking */.s)(octokit, { owner, repo }, pr.baseRef, settings.context);
        warnings.push(...report.warnings);
    }
    for (const w of warnings)
        ctx.log.warn(w);
    return withGitHubDetails(result, settings, warnings, reran);
}
async function comment(ctx, octokit, target, result, warnings) {
    try {
        await upsertStickyComment(octokit, target, 'eval-gate', commentBody(ctx, result), result.status !== 'pass');
    }
    catch (error) {
        warnings.push(`could not write the PR comment (${(0,errors/* oneLine */.TN)(error)}); it needs \`pull-requests: write\``);
    }
}
const ICON = { pass: '✅', fail: '❌', blocked: '⛔', error: '⚠️' };
function commentBody(ctx, result) {
    const lines = [
        `### ${ICON[result.status] ?? ''} pipeguard eval gate: ${result.status}`,
        '',
        result.summary,
        '',
    ];
    const markdown = result.details?.summaryMarkdown;
    if (result.status !== 'pass' && typeof markdown === 'string' && markdown.trim())
        lines.push(markdown.trim(), '');
    const table = reviewTable(ctx);
    if (table)
        lines.push(table, '');
    if (result.status !== 'pass') {
        lines.push('To unblock with PR reviews: every required role approves this PR at its latest commit (a new push to the exception file needs fresh approvals). The gate re-runs on each review.', '');
    }
    else {
        lines.push('The gate passed; nothing to do.', '');
    }
    const at = ctx.ci.pullRequest?.headSha.slice(0, 7);
    lines.push(`<sub>Updated by pipeguard${at ? ` for ${at}` : ''}. This comment is edited in place on every run.</sub>`);
    return lines.join('\n');
}
function reviewTable(ctx) {
    const recorded = (0,review_source/* recordedReviewVerdicts */.h7)(ctx);
    if (recorded.length === 0)
        return undefined;
    const rows = [
        '#### Approvals by PR review',
        '',
        '| Exception | Role | Approved | Reason |',
        '|---|---|---|---|',
    ];
    for (const { file, verdicts } of recorded) {
        for (const v of verdicts) {
            rows.push(`| ${(0,report_escape/* markdownCell */.U)(file)} | ${(0,report_escape/* markdownCell */.U)(v.role)} | ${v.satisfied ? `✅ ${(0,report_escape/* markdownCell */.U)(`@${v.by}`)}` : '❌'} | ${(0,report_escape/* markdownCell */.U)(v.reason)} |`);
        }
    }
    return rows.join('\n');
}
function withGitHubDetails(result, settings, warnings, reran) {
    const details = { ...(result.details ?? {}) };
    details.github = {
        statusContext: settings.status ? settings.context : undefined,
        warnings,
        reran,
    };
    if (warnings.length) {
        const section = ['#### Merge blocking on GitHub', '', ...warnings.map((w) => `- ⚠️ ${w}`)].join('\n');
        const existing = typeof details.summaryMarkdown === 'string' ? details.summaryMarkdown.trim() : '';
        details.summaryMarkdown = existing ? `${existing}\n\n${section}` : section;
    }
    return { ...result, details };
}
function clip(text, limit) {
    const line = text.replace(/\s+/g, ' ').trim();
    return line.length <= limit ? line : `${line.slice(0, limit - 1)}…`;
}

;// CONCATENATED MODULE: ./src/github/gate-check.ts


async function published(ctx, run) {
    return withGitHubGate(ctx, run);
}
function publishedOnGitHub(check, command = [check.name]) {
    const wrap = (spec) => ({
        ...spec,
        run: async (ctx, args) => {
            if (args.values.replay !== undefined && args.values.replay !== false)
                return spec.run(ctx, args);
            const results = [];
            const gate = await published(ctx, async () => {
                const [first, ...rest] = await spec.run(ctx, args);
                if (!first)
                    throw new errors/* InputError */.dz(`${spec.name.join(' ')} returned no result`);
                results.push(...rest);
                return first;
            });
            return [gate, ...results];
        },
    });
    return {
        ...check,
        runConfigured: (ctx) => published(ctx, () => check.runConfigured(ctx)),
        commands: check.commands.map((spec) => spec.name.join(' ') === command.join(' ') ? wrap(spec) : spec),
    };
}


/***/ }),

/***/ 3968:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ trackedFiles),
/* harmony export */   isGitRepo: () => (/* binding */ isGitRepo),
/* harmony export */   jo: () => (/* binding */ ignoredPaths),
/* harmony export */   lS: () => (/* binding */ requireGitWorkTree),
/* harmony export */   runGit: () => (/* binding */ runGit)
/* harmony export */ });
/* unused harmony export workTreeTop */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17);
/**
 * git through simple-git, with failures turned into one-line input errors; the `rev-parse` probes
 * most commands start with go straight to child_process (see revParse).
 */


async function gitAt(root) {
    const { simpleGit } = await __webpack_require__.e(/* import() */ 4724).then(__webpack_require__.bind(__webpack_require__, 4724));
    return simpleGit({ baseDir: root, maxConcurrentProcesses: 4, trimmed: false });
}
/**
 * One `git rev-parse`, its stdout or what git said on failure. The probes below run at the start
 * of most commands (a `--staged` hook on every commit): loading simple-git and going through its
 * task queue cost more than the probe itself (bench/secrets, --diff and --staged start-up).
 */
function revParse(root, args) {
    return new Promise((resolve) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', ['rev-parse', ...args], { cwd: root, encoding: 'utf8', windowsHide: true }, (error, stdout, stderr) => resolve(error ? { said: stderr || error.message } : { out: stdout }));
    });
}
/** True when `root` is inside a git work tree. */
async function isGitRepo(root) {
    const answer = await revParse(root, ['--is-inside-work-tree']);
    return 'out' in answer && answer.out.trim() === 'true';
}
/**
 * Refuse, in one line, a root that is not a git work tree, before any mode that needs git runs
 * git (outside a repository `git diff --cached` says "unknown option 'cached'" and a range says
 * its commit is missing). `needs` says why git is needed; git's own reason is kept when it is
 * something else (dubious ownership, git missing).
 */
async function requireGitWorkTree(root, needs) {
    const answer = await revParse(root, ['--is-inside-work-tree']);
    if ('said' in answer) {
        const said = answer.said
            .split('\n')
            .map((line) => line.replace(/^(fatal|error): /, '').trim())
            .find(Boolean);
        const why = !said || /not a git repository/i.test(said) ? '' : ` (git: ${said})`;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`not a git repository${why}: ${needs}`, root);
    }
    if (answer.out.trim() !== 'true')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`not a git repository work tree (inside .git?): ${needs}`, root);
}
/** Paths git tracks under `root`, `/`-separated and relative to it. */
async function trackedFiles(root) {
    const out = await runGit(root, ['ls-files', '-z', '--full-name', '--', '.'], 'list tracked files');
    const prefix = (await runGit(root, ['rev-parse', '--show-prefix'], 'find the repository root')).trim();
    return out
        .split('\0')
        .filter(Boolean)
        .map((p) => (prefix && p.startsWith(prefix) ? p.slice(prefix.length) : p));
}
/** Of the given root-relative paths, those git would ignore. */
async function ignoredPaths(root, paths) {
    if (paths.length === 0)
        return new Set();
    try {
        // Without -z (which needs --stdin): fine for the plain probe paths callers pass.
        const out = await (await gitAt(root)).raw(['check-ignore', '--no-index', '--', ...paths]);
        return new Set(out.split('\n').filter(Boolean));
    }
    catch (error) {
        // check-ignore exits 1 when nothing is ignored; simple-git reports that as an error with no output.
        const message = error instanceof Error ? error.message : String(error);
        if (message.trim() === '')
            return new Set();
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`git check-ignore failed: ${message.split('\n')[0]}`);
    }
}
async function runGit(root, args, what) {
    try {
        return await (await gitAt(root)).raw(args);
    }
    catch (error) {
        const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`git could not ${what}: ${message}`);
    }
}
/** The top level of the work tree `dir` is in, or undefined outside any. */
async function workTreeTop(dir) {
    const answer = await revParse(dir, ['--show-toplevel']);
    return 'out' in answer ? answer.out.trim() || undefined : undefined;
}


/***/ }),

/***/ 6043:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L2: () => (/* binding */ readTimestamp),
/* harmony export */   UB: () => (/* binding */ timestampOrInputError),
/* harmony export */   h2: () => (/* binding */ readDate),
/* harmony export */   r4: () => (/* binding */ formatInstant)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17);
/**
 * The one reader of user timestamps. It reads exactly the strings the schemas' `date-time` format
 * accepts (RFC 3339 as ajv-formats checks it: `T`, `t` or one whitespace between date and time,
 * `Z` or a `±HH[[:]MM]` offset) into epoch milliseconds, and never answers NaN: a string that names
 * no instant is refused with the reason, for the caller to turn into an input error or a finding.
 *
 * Leap seconds: POSIX time has none, so `23:59:60` (UTC, after the offset) is read as the second
 * after `23:59:59`, i.e. the next day's `00:00:00`, fractions carried. Second 60 anywhere else,
 * hour 24 or minute 60 (which the format lets through behind some offsets) are refused.
 * Fractions beyond milliseconds are truncated, as Date.parse does. Date.parse itself is not used:
 * it returns NaN for leap seconds and rolls 2026-02-30 over into March.
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// The separator set of ajv-formats' date-time (`/t|\s/i`), exactly one character.
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[Tt\s](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?([Zz]|[+-]\d{2}(?::?\d{2})?)?$/;
const OFFSET = /^([+-])(\d{2}):?(\d{2})?$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const MS_PER_DAY = 86_400_000;
const LAST_MINUTE_OF_DAY = 23 * 60 + 59;
/** RFC 3339 date-time → epoch milliseconds, or why the string names no instant. */
function readTimestamp(text) {
    const match = DATE_TIME.exec(text);
    if (!match)
        return refuse('not an RFC 3339 date-time such as 2026-06-01T10:00:00Z');
    const [, dateText, hh, mm, ss, fraction = '', zone] = match;
    const day = readDate(dateText);
    if (!day.ok)
        return day;
    if (zone === undefined)
        return refuse('has no time zone: end it with Z or an offset such as +01:00');
    const [hour, minute, second] = [Number(hh), Number(mm), Number(ss)];
    const offset = offsetMinutes(zone);
    if (offset === undefined)
        return refuse(`time zone offset ${zone} is out of range (-23:59 … +23:59)`);
    if (hour > 23)
        return refuse(`hour ${hh} is out of range (00-23)`);
    if (minute > 59)
        return refuse(`minute ${mm} is out of range (00-59)`);
    if (second > 60)
        return refuse(`second ${ss} is out of range (00-59, or 60 for a leap second)`);
    const leapSecond = second === 60;
    if (leapSecond) {
        const utcMinute = (((hour * 60 + minute - offset) % 1440) + 1440) % 1440;
        if (utcMinute !== LAST_MINUTE_OF_DAY)
            return refuse('second 60 is a leap second, which exists only at 23:59:60 UTC');
    }
    const millis = Number(fraction.slice(0, 3).padEnd(3, '0'));
    // Second 60 adds up to the next minute's 00: the leap second is read as the second after it.
    const ms = day.ms + ((hour * 60 + minute - offset) * 60 + second) * 1000 + millis;
    return { ok: true, ms, leapSecond };
}
/** A full date `YYYY-MM-DD` that exists in the calendar → epoch milliseconds of its UTC midnight. */
function readDate(text) {
    const match = DATE.exec(text);
    if (!match)
        return refuse('not a date written YYYY-MM-DD');
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (month < 1 || month > 12)
        return refuse(`month ${match[2]} is out of range (01-12)`);
    const last = month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1];
    if (day < 1 || day > last)
        return refuse(`day ${match[3]} does not exist in ${match[1]}-${match[2]} (01-${last})`);
    return { ok: true, ms: daysFromCivil(year, month, day) * MS_PER_DAY, leapSecond: false };
}
/**
 * Read a timestamp from an input file or option, or throw the one-line input error that names
 * where it came from (`created: "…" names no instant: hour 24 is out of range`).
 */
function timestampOrInputError(text, field, file, position) {
    const reading = readTimestamp(text);
    if (reading.ok)
        return reading.ms;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${field} ${JSON.stringify(text)} is not a usable time: ${reading.problem}`, file, position?.line, position?.column);
}
/** `2026-12-01T00:00:00Z`: an instant in UTC, milliseconds only when there are some. */
function formatInstant(ms) {
    return new Date(ms).toISOString().replace(/\.000Z$/, 'Z');
}
function refuse(problem) {
    return { ok: false, problem };
}
/** `Z` → 0, `+01:00` / `+0100` / `+01` → 60; undefined when the offset is out of range. */
function offsetMinutes(zone) {
    if (zone === 'Z' || zone === 'z')
        return 0;
    const match = OFFSET.exec(zone);
    const hours = Number(match[2]);
    const minutes = Number(match[3] ?? '0');
    if (hours > 23 || minutes > 59)
        return undefined;
    return (match[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}
function isLeapYear(year) {
    return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}
/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year, month, day) {
    const y = month <= 2 ? year - 1 : year;
    const era = Math.floor(y / 400);
    const yearOfEra = y - era * 400;
    const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
    const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
    return era * 146_097 + dayOfEra - 719_468;
}


/***/ })

};
