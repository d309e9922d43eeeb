export const id = 7429;
export const ids = [7429];
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

/***/ 9872:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MIN_FILES_FOR_WORKERS: () => (/* binding */ MIN_FILES_FOR_WORKERS),
/* harmony export */   VALIDATE_TASK: () => (/* binding */ VALIDATE_TASK),
/* harmony export */   nameOf: () => (/* binding */ nameOf),
/* harmony export */   selectorFor: () => (/* binding */ selectorFor),
/* harmony export */   validateAll: () => (/* binding */ validateAll),
/* harmony export */   validateBatch: () => (/* binding */ validateBatch)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _schema_document_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8626);
/* harmony import */ var _schema_registry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1312);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9997);
/* harmony import */ var _util_worker_pool_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3330);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5892);
/* harmony import */ var _read_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6818);
/* harmony import */ var _select_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2318);
/* harmony import */ var _util_sha256_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(6701);
/**
 * Validate files against their schemas: read (size-capped), parse (JSON fast path), choose the
 * schema per document, validate with the compiled validator, and turn every error into a Finding at
 * file:line:col. Positions are only computed for documents that have something to report.
 *
 * The work is cut into batches of files that run in-process or on worker threads alike
 * (`validateBatch` is pure data in, data out); `validateAll` spreads them and merges the results
 * back in path order, so the outcome never depends on how many threads ran.
 */










/** Below this many files one thread is faster than starting workers. */
const MIN_FILES_FOR_WORKERS = 2000;
/** Below this many cores workers never pay for small documents (see workerThreads). */
const MIN_CORES_FOR_WORKERS = 4;
const BATCH_SIZE = 256;
const selectors = new Map();
/** The job's selector, built once per thread (extra schemas registered with it). */
function selectorFor(job) {
    const key = JSON.stringify([job.root, job.section, job.auditLog]);
    let selector = selectors.get(key);
    if (!selector) {
        (0,_select_js__WEBPACK_IMPORTED_MODULE_8__/* .registerExtraSchemas */ .WJ)(job.root, job.section);
        selector = new _select_js__WEBPACK_IMPORTED_MODULE_8__/* .SchemaSelector */ .BT(job.root, job.section, { auditLog: job.auditLog });
        selectors.set(key, selector);
    }
    return selector;
}
/** Validate a batch of files (already in path order). Pure data in and out. */
function validateBatch(job, files) {
    const result = emptyBatch();
    try {
        const selector = selectorFor(job);
        for (const file of files)
            validateFile(file, job, selector, result);
    }
    catch (error) {
        // Nothing of a batch is kept when it stops here: it is pure, so running it again is safe.
        if (error instanceof _schema_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .SchemaCompilerNotLoaded */ .T3)
            return { ...emptyBatch(), needsSchemaCompiler: true };
        if (!(error instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz))
            throw error;
        result.inputError = {
            message: error.message,
            file: error.file,
            line: error.line,
            column: error.column,
        };
    }
    return result;
}
function validateFile(file, job, selector, out) {
    const { fallbackSchema } = job;
    const { findings } = out;
    const mapping = selector.mapping(file.relative);
    // A conditional mapping (requireKey) only says which schema applies if the document qualifies.
    const mapped = mapping?.requireKey === undefined ? mapping?.id : undefined;
    const read = (0,_read_js__WEBPACK_IMPORTED_MODULE_7__/* .readBounded */ .C)(file.absolute, file.relative);
    if ('oversize' in read) {
        if (!mapped && !fallbackSchema) {
            out.filesSkipped.push(file.relative);
            return;
        }
        out.filesValidated++;
        findings.push((0,_findings_js__WEBPACK_IMPORTED_MODULE_6__/* .makeFinding */ .MH)({
            rule: 'refused',
            file: file.relative,
            message: `larger than the ${_schema_document_js__WEBPACK_IMPORTED_MODULE_1__.MAX_DOCUMENT_BYTES / 1024 / 1024} MiB size cap; not parsed`,
            subject: 'size',
        }));
        return;
    }
    const { text } = read;
    // Unmapped files are only opened to see whether they declare a schema.
    if (!mapping && !fallbackSchema && !text.includes('$schema')) {
        out.filesSkipped.push(file.relative);
        return;
    }
    const before = findings.length;
    const format = (0,_schema_document_js__WEBPACK_IMPORTED_MODULE_1__.formatOf)(file.relative) ?? 'yaml';
    let docs;
    let malformedLines = 0;
    try {
        if (read.problem)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(read.problem, file.relative);
        const parsed = (0,_schema_document_js__WEBPACK_IMPORTED_MODULE_1__.parseDocumentsPerLine)(text, file.relative, format);
        docs = parsed.docs;
        // A malformed JSONL line is reported at its line; the other lines are still validated.
        for (const error of parsed.errors)
            findings.push(parseFinding(error, file.relative));
        malformedLines = parsed.errors.length;
    }
    catch (error) {
        if (!(error instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz))
            throw error;
        findings.push(parseFinding(error, file.relative));
        out.filesValidated++;
        const digest = (0,_util_sha256_js__WEBPACK_IMPORTED_MODULE_9__/* .sha256Hex */ .f)(text);
        if (job.digestAll)
            out.digests.push([file.relative, digest]);
        out.failing.push({ name: file.relative, sha256: digest });
        return;
    }
    let validatedHere = malformedLines > 0;
    if (docs.length === 0 && format !== 'jsonl' && (mapped ?? fallbackSchema)) {
        validatedHere = true;
        findings.push((0,_findings_js__WEBPACK_IMPORTED_MODULE_6__/* .makeFinding */ .MH)({
            rule: 'schema',
            file: file.relative,
            position: { line: 1, column: 1 },
            message: `the file holds no document; a ${nameOf((mapped ?? fallbackSchema))} document was expected`,
            subject: 'empty',
        }));
    }
    let kept;
    for (const doc of docs) {
        let schemaId = mapped ??
            (mapping?.requireKey !== undefined && holdsKey(doc.value, mapping.requireKey)
                ? mapping.id
                : undefined);
        if (!schemaId) {
            const declared = (0,_select_js__WEBPACK_IMPORTED_MODULE_8__/* .declaredSchema */ .E9)(doc, text);
            if (declared) {
                const resolution = selector.resolve(declared.reference, file.relative);
                if ('problem' in resolution) {
                    validatedHere = true;
                    findings.push((0,_findings_js__WEBPACK_IMPORTED_MODULE_6__/* .makeFinding */ .MH)({
                        rule: 'unknown-schema',
                        file: file.relative,
                        position: declared.position,
                        message: resolution.problem,
                        subject: `${doc.index}:${declared.reference}`,
                    }));
                    continue;
                }
                schemaId = resolution.id;
            }
        }
        schemaId ??= fallbackSchema;
        if (!schemaId)
            continue;
        validatedHere = true;
        const validate = (0,_schema_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .validatorFor */ .qA)(schemaId);
        if (!validate)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`schema ${schemaId} is not registered`, file.relative);
        const valid = validate(doc.value);
        out.counts[schemaId] = (out.counts[schemaId] ?? 0) + 1;
        if (job.keep.includes(schemaId)) {
            kept ??= { file: file.relative, format, text, docs: [] };
            kept.docs.push({ index: doc.index, schemaId, valid });
        }
        if (valid)
            continue;
        for (const error of (0,_schema_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .locateErrors */ .yU)(doc, validate.errors ?? [])) {
            findings.push((0,_findings_js__WEBPACK_IMPORTED_MODULE_6__/* .makeFinding */ .MH)({
                rule: 'schema',
                file: file.relative,
                position: error.position,
                message: error.message,
                subject: `${doc.index}:${error.pointer}:${error.keyword}`,
            }));
        }
    }
    if (!validatedHere) {
        out.filesSkipped.push(file.relative);
        return;
    }
    out.filesValidated++;
    if (kept)
        out.kept.push(kept);
    const failed = findings.length > before;
    if (!job.digestAll && !failed)
        return;
    const digest = (0,_util_sha256_js__WEBPACK_IMPORTED_MODULE_9__/* .sha256Hex */ .f)(text);
    if (job.digestAll)
        out.digests.push([file.relative, digest]);
    if (failed)
        out.failing.push({ name: file.relative, sha256: digest });
}
function emptyBatch() {
    return {
        findings: [],
        counts: {},
        filesValidated: 0,
        filesSkipped: [],
        failing: [],
        digests: [],
        kept: [],
    };
}
/** The task workers run: the same function, registered at load so every thread has it. */
const VALIDATE_TASK = 'validate.batch';
(0,_util_worker_pool_js__WEBPACK_IMPORTED_MODULE_5__/* .defineWorkerTask */ .Zu)(VALIDATE_TASK, async ({ job, files }) => {
    if (job.schemaCompiler)
        await (0,_schema_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .loadSchemaCompiler */ .TQ)();
    return validateBatch(job, files);
});
/**
 * Validate every file: in path order, in batches, on worker threads as well as this one when there
 * are enough files to pay for starting them; then merge and parse the kept documents again here.
 */
async function validateAll(files, job) {
    const sorted = [...files].sort((a, b) => a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0);
    const batches = [];
    for (let i = 0; i < sorted.length; i += BATCH_SIZE)
        batches.push(sorted.slice(i, i + BATCH_SIZE));
    const threads = sorted.length >= MIN_FILES_FOR_WORKERS ? workerThreads(job.threads) : 0;
    const { outputs: results, workers } = await (0,_util_worker_pool_js__WEBPACK_IMPORTED_MODULE_5__/* .runShared */ .bk)(VALIDATE_TASK, ({ job: j, files: f }) => validateBatch(j, f), batches.map((batch) => ({ job, files: batch })), { workers: threads, warmUp: { job, files: [] } });
    // A document named a local schema file: load the compiler and run those batches again here.
    if (results.some((r) => r.needsSchemaCompiler)) {
        await (0,_schema_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .loadSchemaCompiler */ .TQ)();
        results.forEach((r, i) => {
            if (r.needsSchemaCompiler)
                results[i] = validateBatch(job, batches[i]);
        });
    }
    const failedWith = results.find((r) => r.inputError)?.inputError;
    if (failedWith)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(failedWith.message, failedWith.file, failedWith.line, failedWith.column);
    const merged = {
        threads: workers + 1,
        findings: [],
        documents: [],
        counts: {},
        filesValidated: 0,
        filesSkipped: [],
        inputs: [],
    };
    const digests = [];
    for (const r of results) {
        merged.findings.push(...r.findings);
        for (const [id, n] of Object.entries(r.counts))
            merged.counts[id] = (merged.counts[id] ?? 0) + n;
        merged.filesValidated += r.filesValidated;
        merged.filesSkipped.push(...r.filesSkipped);
        merged.inputs.push(...r.failing);
        digests.push(...r.digests);
        for (const kept of r.kept) {
            const { docs } = (0,_schema_document_js__WEBPACK_IMPORTED_MODULE_1__.parseDocumentsPerLine)(kept.text, kept.file, kept.format);
            for (const d of kept.docs)
                merged.documents.push({
                    file: kept.file,
                    doc: docs[d.index],
                    schemaId: d.schemaId,
                    valid: d.valid,
                });
        }
    }
    if (job.digestAll) {
        // A sha256sum-style manifest of every validated file: reproducible with `sha256sum`.
        const manifest = digests.map(([file, digest]) => `${digest}  ${file}\n`).join('');
        merged.inputs.unshift({
            name: `validated documents (${merged.filesValidated} files)`,
            sha256: (0,_util_sha256_js__WEBPACK_IMPORTED_MODULE_9__/* .sha256Hex */ .f)(manifest),
        });
    }
    return merged;
}
/**
 * Worker threads worth starting. For small documents a worker does not pay on a machine of 2 or 3
 * cores: measured on 2 cores (bench/validate), 10,000 and 40,000 envelopes took longer on two
 * threads than on one — each worker's start (~60 ms with the validate chunks) plus contention
 * in the file-system calls both threads make outweigh what it takes over. So by default: no
 * workers below 4 cores; from 4, the cores left after this thread and the current load, at most
 * 3. PIPEGUARD_THREADS=N asks for exactly N threads (this one included).
 */
function workerThreads(requested) {
    if (requested !== undefined)
        return requested - 1;
    const cores = (0,node_os__WEBPACK_IMPORTED_MODULE_0__.availableParallelism)();
    if (cores < MIN_CORES_FOR_WORKERS)
        return 0;
    const idle = Math.floor(cores - (0,node_os__WEBPACK_IMPORTED_MODULE_0__.loadavg)()[0]);
    return Math.max(0, Math.min(cores - 1, idle, 3));
}
function holdsKey(value, key) {
    return (value !== null &&
        typeof value === 'object' &&
        !Array.isArray(value) &&
        Object.hasOwn(value, key));
}
function parseFinding(error, file) {
    const rule = error.message.startsWith('duplicate key')
        ? 'duplicate-key'
        : /^(refused|larger than)/.test(error.message) ||
            error.message === _util_text_js__WEBPACK_IMPORTED_MODULE_4__/* .UTF16_NOT_SUPPORTED */ .Kj ||
            error.message === _util_text_js__WEBPACK_IMPORTED_MODULE_4__/* .NOT_UTF8 */ .mM
            ? 'refused'
            : 'syntax';
    return (0,_findings_js__WEBPACK_IMPORTED_MODULE_6__/* .makeFinding */ .MH)({
        rule,
        file,
        ...(error.line !== undefined
            ? { position: { line: error.line, column: error.column ?? 1 } }
            : {}),
        message: error.message,
        subject: rule === 'duplicate-key' ? error.message : rule,
    });
}
function nameOf(schemaId) {
    return (0,_schema_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .shortNameOf */ .PI)(schemaId) ?? schemaId;
}


/***/ }),

/***/ 5892:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MH: () => (/* binding */ makeFinding),
/* harmony export */   UX: () => (/* binding */ ruleInfos),
/* harmony export */   fi: () => (/* binding */ CHECK)
/* harmony export */ });
/* unused harmony export RULES */
/* harmony import */ var _report_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6867);
/** The rules `validate` reports, their risk levels, and how a Finding of each is built. */

const CHECK = 'validate';
const RULES = {
    schema: {
        title: 'Document does not match its schema',
        help: 'Fix the value at the reported line so the document satisfies the schema named in the message.',
        severity: 'high',
    },
    syntax: {
        title: 'Malformed JSON or YAML',
        help: 'The file cannot be parsed; nothing in it was validated.',
        severity: 'high',
    },
    'duplicate-key': {
        title: 'Key written twice in one object',
        help: 'JSON parsers silently keep one of the values; remove the duplicate so every reader sees the same document.',
        severity: 'high',
    },
    refused: {
        title: 'Document refused unparsed',
        help: 'Over the size cap, nested deeper than 256 levels, a YAML alias bomb (billion laughs), or not UTF-8 (e.g. UTF-16): refused rather than parsed.',
        severity: 'high',
    },
    'unknown-schema': {
        title: 'Document names a schema pipeguard does not know',
        help: 'Name a shipped schema (e.g. `model-request-envelope.v1`), a schema in validate.extra-schemas, or a schema file inside the repository. Remote schemas are never fetched.',
        severity: 'high',
    },
    'policy-not-found': {
        title: 'Envelope has no governing automation policy',
        help: 'Set the envelope `policy_id` to a policy in the repository, or put an automation policy in its directory or a parent directory.',
        severity: 'high',
    },
    'model-not-allowed': {
        title: "Envelope model not in its policy's allowed_models",
        help: 'Use a model the policy allows, or change the policy (reviewed like any code).',
        severity: 'high',
    },
    'run-window': {
        title: 'Run window that cannot be honoured',
        help: 'A run window whose start equals its end, a time zone the runtime does not know, or a window listed twice.',
        severity: 'medium',
    },
    'outside-run-window': {
        title: "Envelope created outside its policy's run windows",
        help: 'The request was made at a time none of the policy run_windows allows.',
        severity: 'medium',
    },
    gateway: {
        title: 'cloud/hybrid policy without a usable gateway',
        help: 'Model egress in cloud and hybrid modes must go through a gateway: name one that validate.gateways lists, with an https endpoint that is not a model provider API.',
        severity: 'high',
    },
    'approval-missing': {
        title: 'Approval-gated request without approval evidence',
        help: 'Record the approval as an audit record (check: approval, decision: allowed) for the run and stage, signed or PR-approved by the required roles; see docs/validate.md#approval-evidence.',
        severity: 'high',
    },
    'approval-unproven': {
        title: 'Approval record without proof the required roles gave it',
        help: 'An approval record counts only when signed by each required role (`pipeguard approval sign FILE:LINE --key KEY`, SSH keys in allowed_signers) and/or approved by their PR review, as eval-gate.approval says; see docs/validate.md#approval-evidence.',
        severity: 'high',
    },
    'budget-exceeded': {
        title: 'Run or envelope beyond its automation policy budget',
        help: 'The run recorded (meta.json cost_usd, runtime_minutes or finished_on − started_on) or the envelope asked for (max_cost_usd, max_runtime_minutes) more than the governing policy allows: cut the run, or raise the policy ceiling in a reviewed change.',
        severity: 'high',
    },
    'redaction-profile': {
        title: 'Redaction profile not defined in the configuration',
        help: 'Name a profile listed in validate.redaction-profiles, or define it there.',
        severity: 'high',
    },
    'response-schema': {
        title: 'Envelope response_schema names no known schema',
        help: 'Model output must be schema-validated before any action: name a shipped schema or one in validate.extra-schemas.',
        severity: 'high',
    },
    'invalid-time': {
        title: 'Date-time that names no instant',
        help: 'The date-time format lets through times no clock shows (hour 24 or minute 60 behind an offset, second 60 away from 23:59:60 UTC); write the intended RFC 3339 time, such as 2026-06-01T10:00:00Z.',
        severity: 'high',
    },
    'run-id-mismatch': {
        title: 'Envelope run_id differs from its run directory',
        help: 'An envelope under runs/<run_id>/ must carry that run_id, or audit records will not correlate.',
        severity: 'medium',
    },
};
function makeFinding(input) {
    const { position, ...spec } = input;
    return (0,_report_model_js__WEBPACK_IMPORTED_MODULE_0__/* .ruleFinding */ .Ex)(CHECK, RULES, {
        ...spec,
        ...(position ? { line: position.line, column: position.column } : {}),
    });
}
function ruleInfos() {
    return Object.fromEntries(Object.entries(RULES).map(([id, info]) => [id, { ...info }]));
}


/***/ }),

/***/ 6818:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ readBounded)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _schema_document_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8626);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9997);
/**
 * Read a document, never more than the size cap plus one byte: an oversize file is refused without
 * being loaded. One reusable buffer and no stat call per file — for thousands of small files this
 * costs what readFileSync costs (measured in bench/validate), where a stat first adds half again.
 * O_NONBLOCK keeps a FIFO from blocking the run forever (it reads as empty instead).
 */





const FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0);
let shared;
/**
 * The kernel resolves every path component on open: below the working directory a relative path
 * is measurably cheaper for thousands of small files (~25 ms per 10,000 in bench/validate). It
 * names the same file: pipeguard never changes its working directory.
 */
const cwdPrefix = workingDirectory() + (node_path__WEBPACK_IMPORTED_MODULE_1___default().sep);
function workingDirectory() {
    try {
        return process.cwd();
    }
    catch {
        return '\0'; // removed: matches no path, so every path is opened as given
    }
}
function readBounded(absolute, display, limit = _schema_document_js__WEBPACK_IMPORTED_MODULE_2__.MAX_DOCUMENT_BYTES) {
    if (!shared || shared.length < limit + 1)
        shared = Buffer.allocUnsafe(limit + 1);
    const buffer = shared;
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(absolute.startsWith(cwdPrefix) ? absolute.slice(cwdPrefix.length) : absolute, FLAGS);
    }
    catch (error) {
        throw unreadable(error, display);
    }
    let length = 0;
    try {
        for (;;) {
            const wanted = limit + 1 - length;
            const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, length, wanted, null);
            length += n;
            // A regular file answers a short read only at its end: no second call to learn that.
            if (n === 0 || n < wanted || length > limit)
                break;
        }
    }
    catch (error) {
        // EAGAIN: a FIFO with no writer; EISDIR: a directory opened for reading.
        if (error.code !== 'EAGAIN')
            throw unreadable(error, display);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
    if (length > limit)
        return { oversize: true };
    return (0,_util_text_js__WEBPACK_IMPORTED_MODULE_4__/* .decodeText */ .g7)(buffer.subarray(0, length));
}
function unreadable(error, display) {
    const code = error.code;
    if (code === 'ENOENT')
        return new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('no such file', display);
    if (code === 'EISDIR')
        return new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('is a directory, not a document', display);
    return new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`cannot be read${code ? ` (${code})` : ''}`, display);
}


/***/ }),

/***/ 2318:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BT: () => (/* binding */ SchemaSelector),
/* harmony export */   C0: () => (/* binding */ loadSchemaFile),
/* harmony export */   E9: () => (/* binding */ declaredSchema),
/* harmony export */   WJ: () => (/* binding */ registerExtraSchemas)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_7___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_7__);
/* harmony import */ var _schema_document_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8626);
/* harmony import */ var _schema_registry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1312);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17);
/* harmony import */ var _util_fs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1917);
/* harmony import */ var _read_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6818);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1139);
/**
 * Which schema a document is validated against, in this order (issue 4):
 *  1. the config's glob map (`validate.schemas`, then the built-in map),
 *  2. the document's own `$schema` (or a YAML `# yaml-language-server: $schema=…` modeline),
 *  3. the `--schema` option.
 * A reference resolves to a registered `$id`: a shipped schema by `$id`, short name or file name, a
 * user schema by `$id`, or a schema file inside the repository (loaded and registered). Anything
 * else — a remote URL above all — is unknown: reported, never fetched.
 */








/** All globs of a list in one regular expression: one test per path instead of one per glob. */
function matcherOf(globs) {
    const pattern = new RegExp(globs.map((glob) => picomatch__WEBPACK_IMPORTED_MODULE_7___default().makeRe(glob, { dot: true }).source).join('|'));
    return (file) => pattern.test(file);
}
class SchemaSelector {
    root;
    mappings = [];
    declaredFiles;
    excluded;
    /** validate.extra-schemas files: schemas (compiled when registered), never documents. */
    userSchemas;
    /** Reference (or resolved path) → resolution, so a schema file is loaded once. */
    resolved = new Map();
    constructor(root, section, extra = {}) {
        this.root = root;
        (section.schemas ?? []).forEach((mapping, i) => {
            const id = (0,_schema_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveSchemaId */ .nT)(mapping.schema);
            if (!id) {
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`validate.schemas[${i}].schema: unknown schema \`${mapping.schema}\` (known: ${shortList()})`);
            }
            this.mappings.push({ matches: matcherOf(mapping.files), id });
        });
        if (extra.auditLog) {
            const id = (0,_schema_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveSchemaId */ .nT)('audit-record.v1');
            if (id)
                this.mappings.push({ matches: matcherOf([extra.auditLog.replace(/^\.\//, '')]), id });
        }
        if (section['default-schemas'] !== false) {
            for (const mapping of _settings_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_SCHEMA_MAP */ .X) {
                // The built-in map names every schema; those this build does not ship are skipped.
                const id = (0,_schema_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveSchemaId */ .nT)(mapping.schema);
                if (id)
                    this.mappings.push({
                        matches: matcherOf(mapping.files),
                        id,
                        requireKey: mapping.requireKey,
                    });
            }
        }
        this.userSchemas = new Set((section['extra-schemas'] ?? []).map((file) => (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_4__/* .relativeToRoot */ .yY)(root, node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(root, file))));
        if (section.files?.length)
            this.declaredFiles = matcherOf(section.files);
        if (section.exclude?.length)
            this.excluded = matcherOf(section.exclude);
    }
    /** The schema the glob map assigns to a root-relative path. */
    mapped(file) {
        return this.mapping(file)?.id;
    }
    /** The glob map's entry for a path, with the key a document must hold for it to apply. */
    mapping(file) {
        for (const mapping of this.mappings)
            if (mapping.matches(file))
                return mapping;
        return undefined;
    }
    /** Never validated as a document: excluded by the config, or one of its extra schemas. */
    isExcluded(file) {
        return this.userSchemas.has(file) || (this.excluded?.(file) ?? false);
    }
    /** Whether a repository scan (no paths given) should look at this file. */
    inScope(file) {
        return (!this.isExcluded(file) &&
            (this.mapped(file) !== undefined || (this.declaredFiles?.(file) ?? false)));
    }
    /**
     * Resolve a schema reference written in `file` (root-relative). Local paths are relative to the
     * file's directory and must stay inside the root.
     */
    resolve(reference, file) {
        const known = (0,_schema_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveSchemaId */ .nT)(reference);
        if (known)
            return { id: known };
        if (/^[a-z][a-z0-9+.-]*:/i.test(reference)) {
            return {
                problem: `\`$schema\` names \`${reference}\`, which pipeguard neither ships nor was given; remote schemas are never fetched (add it to validate.extra-schemas, or map the file in validate.schemas)`,
            };
        }
        let absolute;
        try {
            absolute = (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveInsideRoot */ .Pk)(this.root, node_path__WEBPACK_IMPORTED_MODULE_0___default().join(node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname(file), reference), reference);
        }
        catch (error) {
            return { problem: `\`$schema\` \`${reference}\`: ${error.message}` };
        }
        const key = `file:${absolute}`;
        let resolution = this.resolved.get(key);
        if (!resolution) {
            resolution = this.loadSchemaFile(absolute, reference);
            this.resolved.set(key, resolution);
        }
        return resolution;
    }
    loadSchemaFile(absolute, reference) {
        try {
            return { id: loadSchemaFile(this.root, absolute) };
        }
        catch (error) {
            if (!(error instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz))
                throw error;
            const missing = /no such file/.test(error.message);
            return {
                problem: missing
                    ? `\`$schema\` \`${reference}\` is not a known schema id and no such file exists`
                    : `\`$schema\` \`${reference}\`: ${error.toLine()}`,
            };
        }
    }
}
/** Read a schema file inside the root, register it, and return its `$id`. */
function loadSchemaFile(root, absolute, options = {}) {
    const relative = (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_4__/* .relativeToRoot */ .yY)(root, absolute);
    const read = (0,_read_js__WEBPACK_IMPORTED_MODULE_5__/* .readBounded */ .C)(absolute, relative);
    if ('oversize' in read)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('schema file is larger than the size cap', relative);
    if (read.problem)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(read.problem, relative);
    const docs = (0,_schema_document_js__WEBPACK_IMPORTED_MODULE_1__.parseDocuments)(read.text, relative, (0,_schema_document_js__WEBPACK_IMPORTED_MODULE_1__.formatOf)(relative) === 'json' ? 'json' : 'yaml');
    if (docs.length !== 1)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('a schema file must hold exactly one document', relative);
    const schema = docs[0].value;
    const declaredId = schema && typeof schema === 'object' ? schema.$id : undefined;
    // A repository may vendor a copy of a shipped schema: the shipped one is authoritative.
    const shipped = typeof declaredId === 'string' ? (0,_schema_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveSchemaId */ .nT)(declaredId) : undefined;
    if (shipped && shipped.startsWith('https://pipeguard.dev/'))
        return shipped;
    return (0,_schema_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .registerSchema */ .zK)(schema, relative, options);
}
/** Register every `validate.extra-schemas` file; bad ones are configuration errors (exit 2). */
function registerExtraSchemas(root, section) {
    // All are added before any compiles: extra schemas may `$ref` each other in any order.
    const ids = (section['extra-schemas'] ?? []).map((file) => loadSchemaFile(root, (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveInsideRoot */ .Pk)(root, file), { deferCompile: true }));
    (0,_schema_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .compilePending */ .Zi)();
    return ids;
}
/** Where a document says which schema it follows: its `$schema` key, or a YAML modeline. */
function declaredSchema(doc, text) {
    const value = doc.value;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        const declared = value.$schema;
        if (typeof declared === 'string')
            return { reference: declared, position: doc.locate('', '$schema') };
    }
    if (doc.format === 'yaml') {
        const modeline = /^#\s*yaml-language-server:\s*\$schema=(\S+)/m.exec(text);
        if (modeline) {
            const line = text.slice(0, modeline.index).split('\n').length;
            return { reference: modeline[1], position: { line, column: 1 } };
        }
    }
    return undefined;
}
function shortList() {
    return (0,_schema_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .knownSchemaIds */ .$Q)()
        .map((id) => id.replace(/^https:\/\/pipeguard\.dev\/schemas\/(.*)\.schema\.json$/, '$1'))
        .join(', ');
}


/***/ }),

/***/ 1139:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ DEFAULT_SCHEMA_MAP),
/* harmony export */   z: () => (/* binding */ validateSectionOf)
/* harmony export */ });
/* harmony import */ var _config_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2143);
/* harmony import */ var _schema_catalog_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6784);
/**
 * The `validate` section of `.pipeguard.yml` as this check reads it, and the built-in schema map
 * that makes `pipeguard validate` useful on an ML repository with no configuration at all.
 */


const DATA = '{json,yaml,yml}';
/**
 * Where an ML / agent-platform repository usually keeps each kind of document. Entries whose schema
 * this build does not ship are dropped when the map is built, so the list can name every schema.
 */
const DEFAULT_SCHEMA_MAP = [
    { files: ['.pipeguard.yml', '.pipeguard.yaml'], schema: _schema_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .SCHEMA_IDS */ .r.config },
    {
        files: [
            `**/envelopes/**/*.${DATA}`,
            `**/envelope.${DATA}`,
            `**/*.envelope.${DATA}`,
            `**/*-envelope.${DATA}`,
        ],
        schema: 'model-request-envelope.v1',
    },
    {
        files: [
            `**/automation-policy.${DATA}`,
            `**/*.automation-policy.${DATA}`,
            `**/automation-policies/**/*.${DATA}`,
            `**/policies/automation/**/*.${DATA}`,
        ],
        schema: 'automation-policy.v1',
    },
    {
        files: [
            `**/eval-policy.${DATA}`,
            `**/*.eval-policy.${DATA}`,
            `**/eval-policies/**/*.${DATA}`,
            `**/policies/eval/**/*.${DATA}`,
        ],
        schema: 'eval-policy.v1',
    },
    { files: [`**/model-exceptions/**/*.${DATA}`], schema: 'model-exception.v1' },
    { files: [`**/exceptions/**/*.${DATA}`, `**/*.exception.${DATA}`], schema: 'eval-exception.v1' },
    { files: [`**/deps-exceptions/**/*.${DATA}`], schema: 'deps-exception.v1' },
    // A pipeline writes meta.json before `pipeguard provenance stamp` completes it: only a stamped one
    // (it carries schema_version) is held to run-meta.v1 by default.
    {
        files: ['runs/*/meta.json', '**/runs/*/meta.json'],
        schema: 'run-meta.v1',
        requireKey: 'schema_version',
    },
    {
        files: [
            '**/audit.jsonl',
            '**/audit-*.jsonl',
            '**/*.audit.jsonl',
            '**/audit/**/*.jsonl',
            '**/approvals.jsonl',
            `**/approval.${DATA}`,
            `**/approvals/**/*.${DATA}`,
        ],
        schema: _schema_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .SCHEMA_IDS */ .r.auditRecord,
    },
];
function validateSectionOf(config) {
    return (0,_config_types_js__WEBPACK_IMPORTED_MODULE_1__/* .sectionOf */ .Z)(config, 'validate');
}


/***/ })

};
