function stryNS_9fa48() {
  var g = typeof globalThis === 'object' && globalThis && globalThis.Math === Math && globalThis || new Function("return this")();
  var ns = g.__stryker__ || (g.__stryker__ = {});
  if (ns.activeMutant === undefined && g.process && g.process.env && g.process.env.__STRYKER_ACTIVE_MUTANT__) {
    ns.activeMutant = g.process.env.__STRYKER_ACTIVE_MUTANT__;
  }
  function retrieveNS() {
    return ns;
  }
  stryNS_9fa48 = retrieveNS;
  return retrieveNS();
}
stryNS_9fa48();
function stryCov_9fa48() {
  var ns = stryNS_9fa48();
  var cov = ns.mutantCoverage || (ns.mutantCoverage = {
    static: {},
    perTest: {}
  });
  function cover() {
    var c = cov.static;
    if (ns.currentTestId) {
      c = cov.perTest[ns.currentTestId] = cov.perTest[ns.currentTestId] || {};
    }
    var a = arguments;
    for (var i = 0; i < a.length; i++) {
      c[a[i]] = (c[a[i]] || 0) + 1;
    }
  }
  stryCov_9fa48 = cover;
  cover.apply(null, arguments);
}
function stryMutAct_9fa48(id) {
  var ns = stryNS_9fa48();
  function isActive(id) {
    if (ns.activeMutant === id) {
      if (ns.hitCount !== void 0 && ++ns.hitCount > ns.hitLimit) {
        throw new Error('Stryker: Hit count limit reached (' + ns.hitCount + ')');
      }
      return true;
    }
    return false;
  }
  stryMutAct_9fa48 = isActive;
  return isActive(id);
}
import { decodeBase64Strict } from "../shared/base64.js";
import { isOptionalWhitespace } from "../shared/field-value.js";
import { internedName } from "../shared/interned-name.js";
import { failure, type VerificationFailure } from "../shared/verification-result.js";

/** The parameters of a draft-cavage `Signature` header. */
export interface DraftSignatureParams {
  /** The key id. */
  readonly keyId: string;
  /** The algorithm, lower case, or `undefined` when the header names none. */
  readonly algorithm: string | undefined;
  /**
   * The covered headers, lower case. Without a `headers` parameter: `["(created)"]` when there is
   * a `created` parameter (draft-cavage-12), else `["date"]` (Mastodon, earlier drafts).
   */
  readonly headers: readonly string[];
  /** The raw signature. */
  readonly signature: Buffer;
  /** The `created` parameter (epoch seconds), if any. */
  readonly created: number | undefined;
  /** The `expires` parameter (epoch seconds), if any. */
  readonly expires: number | undefined;
}
const DIGITS = stryMutAct_9fa48("3") ? /^\D{1,12}$/ : stryMutAct_9fa48("2") ? /^\d$/ : stryMutAct_9fa48("1") ? /^\d{1,12}/ : stryMutAct_9fa48("0") ? /\d{1,12}$/ : (stryCov_9fa48("0", "1", "2", "3"), /^\d{1,12}$/);

/** Where a quoted value starting after its opening quote ends, and the value without escapes. */
interface Quoted {
  value: string;
  end: number;
}

/**
 * Reads a quoted string starting after its opening quote; `end` is the index after the closing
 * quote. `backslash` is the index of the first backslash at or after `from`, -1 when none.
 */
function readQuoted(text: string, from: number, backslash: number, out: Quoted): boolean {
  if (stryMutAct_9fa48("4")) {
    {}
  } else {
    stryCov_9fa48("4");
    const close = text.indexOf(stryMutAct_9fa48("5") ? "" : (stryCov_9fa48("5"), '"'), from);
    if (stryMutAct_9fa48("9") ? close >= 0 : stryMutAct_9fa48("8") ? close <= 0 : stryMutAct_9fa48("7") ? false : stryMutAct_9fa48("6") ? true : (stryCov_9fa48("6", "7", "8", "9"), close < 0)) return stryMutAct_9fa48("10") ? true : (stryCov_9fa48("10"), false);
    if (stryMutAct_9fa48("13") ? backslash < 0 && backslash > close : stryMutAct_9fa48("12") ? false : stryMutAct_9fa48("11") ? true : (stryCov_9fa48("11", "12", "13"), (stryMutAct_9fa48("16") ? backslash >= 0 : stryMutAct_9fa48("15") ? backslash <= 0 : stryMutAct_9fa48("14") ? false : (stryCov_9fa48("14", "15", "16"), backslash < 0)) || (stryMutAct_9fa48("19") ? backslash <= close : stryMutAct_9fa48("18") ? backslash >= close : stryMutAct_9fa48("17") ? false : (stryCov_9fa48("17", "18", "19"), backslash > close)))) {
      if (stryMutAct_9fa48("20")) {
        {}
      } else {
        stryCov_9fa48("20");
        out.value = stryMutAct_9fa48("21") ? text : (stryCov_9fa48("21"), text.slice(from, close));
        out.end = stryMutAct_9fa48("22") ? close - 1 : (stryCov_9fa48("22"), close + 1);
        return stryMutAct_9fa48("23") ? false : (stryCov_9fa48("23"), true);
      }
    }
    let value = stryMutAct_9fa48("24") ? "Stryker was here!" : (stryCov_9fa48("24"), "");
    for (let i = from; stryMutAct_9fa48("27") ? i >= text.length : stryMutAct_9fa48("26") ? i <= text.length : stryMutAct_9fa48("25") ? false : (stryCov_9fa48("25", "26", "27"), i < text.length); stryMutAct_9fa48("28") ? i-- : (stryCov_9fa48("28"), i++)) {
      if (stryMutAct_9fa48("29")) {
        {}
      } else {
        stryCov_9fa48("29");
        const char = text[i]!;
        if (stryMutAct_9fa48("32") ? char !== '"' : stryMutAct_9fa48("31") ? false : stryMutAct_9fa48("30") ? true : (stryCov_9fa48("30", "31", "32"), char === (stryMutAct_9fa48("33") ? "" : (stryCov_9fa48("33"), '"')))) {
          if (stryMutAct_9fa48("34")) {
            {}
          } else {
            stryCov_9fa48("34");
            out.value = value;
            out.end = stryMutAct_9fa48("35") ? i - 1 : (stryCov_9fa48("35"), i + 1);
            return stryMutAct_9fa48("36") ? false : (stryCov_9fa48("36"), true);
          }
        }
        if (stryMutAct_9fa48("39") ? char !== "\\" : stryMutAct_9fa48("38") ? false : stryMutAct_9fa48("37") ? true : (stryCov_9fa48("37", "38", "39"), char === (stryMutAct_9fa48("40") ? "" : (stryCov_9fa48("40"), "\\")))) stryMutAct_9fa48("41") ? i-- : (stryCov_9fa48("41"), i++);
        if (stryMutAct_9fa48("45") ? i >= text.length : stryMutAct_9fa48("44") ? i <= text.length : stryMutAct_9fa48("43") ? false : stryMutAct_9fa48("42") ? true : (stryCov_9fa48("42", "43", "44", "45"), i < text.length)) stryMutAct_9fa48("46") ? value -= text[i] : (stryCov_9fa48("46"), value += text[i]);
      }
    }
    return stryMutAct_9fa48("47") ? true : (stryCov_9fa48("47"), false);
  }
}

/** The parameters this package reads, as sent (before any checks). */
interface RawParams {
  keyid: string | undefined;
  algorithm: string | undefined;
  headers: string | undefined;
  signature: string | undefined;
  created: string | undefined;
  expires: string | undefined;
}

/** The parameters this package reads, numbered; `UNKNOWN` for the others. */
enum Parameter {
  UNKNOWN,
  KEY_ID,
  ALGORITHM,
  HEADERS,
  SIGNATURE,
  CREATED,
  EXPIRES,
}

/** Which parameter `name` is: the spellings servers send (`keyId`) or lower case. */
function parameterOf(name: string): Parameter {
  if (stryMutAct_9fa48("48")) {
    {}
  } else {
    stryCov_9fa48("48");
    switch (name) {
      case stryMutAct_9fa48("49") ? "" : (stryCov_9fa48("49"), "keyId"):
      case stryMutAct_9fa48("51") ? "" : (stryCov_9fa48("51"), "keyid"):
        if (stryMutAct_9fa48("50")) {} else {
          stryCov_9fa48("50");
          return Parameter.KEY_ID;
        }
      case stryMutAct_9fa48("53") ? "" : (stryCov_9fa48("53"), "algorithm"):
        if (stryMutAct_9fa48("52")) {} else {
          stryCov_9fa48("52");
          return Parameter.ALGORITHM;
        }
      case stryMutAct_9fa48("55") ? "" : (stryCov_9fa48("55"), "headers"):
        if (stryMutAct_9fa48("54")) {} else {
          stryCov_9fa48("54");
          return Parameter.HEADERS;
        }
      case stryMutAct_9fa48("57") ? "" : (stryCov_9fa48("57"), "signature"):
        if (stryMutAct_9fa48("56")) {} else {
          stryCov_9fa48("56");
          return Parameter.SIGNATURE;
        }
      case stryMutAct_9fa48("59") ? "" : (stryCov_9fa48("59"), "created"):
        if (stryMutAct_9fa48("58")) {} else {
          stryCov_9fa48("58");
          return Parameter.CREATED;
        }
      case stryMutAct_9fa48("61") ? "" : (stryCov_9fa48("61"), "expires"):
        if (stryMutAct_9fa48("60")) {} else {
          stryCov_9fa48("60");
          return Parameter.EXPIRES;
        }
      default:
        if (stryMutAct_9fa48("62")) {} else {
          stryCov_9fa48("62");
          return Parameter.UNKNOWN;
        }
    }
  }
}

/** The letters a parameter name starts with. */
const LETTERS = stryMutAct_9fa48("65") ? /^[^A-Za-z]*/ : stryMutAct_9fa48("64") ? /^[A-Za-z]/ : stryMutAct_9fa48("63") ? /[A-Za-z]*/ : (stryCov_9fa48("63", "64", "65"), /^[A-Za-z]*/);

/**
 * Reads `name="value", name=value …`. Names are case-insensitive (`keyId` and `keyid` are one
 * parameter, so a duplicate is caught in any case); unknown parameters are skipped, but one
 * given twice is still an error.
 *
 * @returns the parameters, or what is wrong with the text
 */
function readRawParams(text: string): RawParams | string {
  if (stryMutAct_9fa48("66")) {
    {}
  } else {
    stryCov_9fa48("66");
    // One variable per parameter read; unknown ones are only remembered to catch a repeat.
    let keyid: string | undefined;
    let algorithm: string | undefined;
    let headers: string | undefined;
    let signature: string | undefined;
    let created: string | undefined;
    let expires: string | undefined;
    let unknown: Set<string> | undefined;
    const quoted: Quoted = stryMutAct_9fa48("67") ? {} : (stryCov_9fa48("67"), {
      value: stryMutAct_9fa48("68") ? "Stryker was here!" : (stryCov_9fa48("68"), ""),
      end: 0
    });
    // Where the next backslash is: values before it need no unescaping (most headers have none).
    let backslash = text.indexOf(stryMutAct_9fa48("69") ? "" : (stryCov_9fa48("69"), "\\"));
    const n = text.length;
    let i = 0;
    while (stryMutAct_9fa48("72") ? i >= n : stryMutAct_9fa48("71") ? i <= n : stryMutAct_9fa48("70") ? false : (stryCov_9fa48("70", "71", "72"), i < n)) {
      if (stryMutAct_9fa48("73")) {
        {}
      } else {
        stryCov_9fa48("73");
        let code = text.charCodeAt(i);
        while (stryMutAct_9fa48("75") ? isOptionalWhitespace(code) && code === 44 : stryMutAct_9fa48("74") ? false : (stryCov_9fa48("74", "75"), isOptionalWhitespace(code) || (stryMutAct_9fa48("77") ? code !== 44 : stryMutAct_9fa48("76") ? false : (stryCov_9fa48("76", "77"), code === 44)))) code = text.charCodeAt(stryMutAct_9fa48("78") ? --i : (stryCov_9fa48("78"), ++i));
        if (stryMutAct_9fa48("82") ? i < n : stryMutAct_9fa48("81") ? i > n : stryMutAct_9fa48("80") ? false : stryMutAct_9fa48("79") ? true : (stryCov_9fa48("79", "80", "81", "82"), i >= n)) break;
        // The name runs to "=": known names are recognised as they are, others checked to be letters.
        const equals = text.indexOf(stryMutAct_9fa48("83") ? "" : (stryCov_9fa48("83"), "="), i);
        const name = (stryMutAct_9fa48("87") ? equals >= 0 : stryMutAct_9fa48("86") ? equals <= 0 : stryMutAct_9fa48("85") ? false : stryMutAct_9fa48("84") ? true : (stryCov_9fa48("84", "85", "86", "87"), equals < 0)) ? stryMutAct_9fa48("88") ? text : (stryCov_9fa48("88"), text.slice(i)) : stryMutAct_9fa48("89") ? text : (stryCov_9fa48("89"), text.slice(i, equals));
        let parameter = (stryMutAct_9fa48("93") ? equals >= 0 : stryMutAct_9fa48("92") ? equals <= 0 : stryMutAct_9fa48("91") ? false : stryMutAct_9fa48("90") ? true : (stryCov_9fa48("90", "91", "92", "93"), equals < 0)) ? Parameter.UNKNOWN : parameterOf(name);
        if (stryMutAct_9fa48("96") ? parameter !== Parameter.UNKNOWN : stryMutAct_9fa48("95") ? false : stryMutAct_9fa48("94") ? true : (stryCov_9fa48("94", "95", "96"), parameter === Parameter.UNKNOWN)) {
          if (stryMutAct_9fa48("97")) {
            {}
          } else {
            stryCov_9fa48("97");
            const letters = LETTERS.exec(name)![0];
            if (stryMutAct_9fa48("100") ? letters !== "" : stryMutAct_9fa48("99") ? false : stryMutAct_9fa48("98") ? true : (stryCov_9fa48("98", "99", "100"), letters === (stryMutAct_9fa48("101") ? "Stryker was here!" : (stryCov_9fa48("101"), "")))) return stryMutAct_9fa48("102") ? `` : (stryCov_9fa48("102"), `unexpected character "${text[i]}" at position ${i}`);
            if (stryMutAct_9fa48("105") ? letters.length < name.length && equals < 0 : stryMutAct_9fa48("104") ? false : stryMutAct_9fa48("103") ? true : (stryCov_9fa48("103", "104", "105"), (stryMutAct_9fa48("108") ? letters.length >= name.length : stryMutAct_9fa48("107") ? letters.length <= name.length : stryMutAct_9fa48("106") ? false : (stryCov_9fa48("106", "107", "108"), letters.length < name.length)) || (stryMutAct_9fa48("111") ? equals >= 0 : stryMutAct_9fa48("110") ? equals <= 0 : stryMutAct_9fa48("109") ? false : (stryCov_9fa48("109", "110", "111"), equals < 0)))) return stryMutAct_9fa48("112") ? `` : (stryCov_9fa48("112"), `parameter ${letters} has no "="`);
            parameter = parameterOf(stryMutAct_9fa48("113") ? name.toUpperCase() : (stryCov_9fa48("113"), name.toLowerCase()));
          }
        }
        i = stryMutAct_9fa48("114") ? equals - 1 : (stryCov_9fa48("114"), equals + 1);
        let value: string;
        if (stryMutAct_9fa48("117") ? text.charCodeAt(i) !== 34 : stryMutAct_9fa48("116") ? false : stryMutAct_9fa48("115") ? true : (stryCov_9fa48("115", "116", "117"), text.charCodeAt(i) === 34)) {
          if (stryMutAct_9fa48("118")) {
            {}
          } else {
            stryCov_9fa48("118");
            if (stryMutAct_9fa48("121") ? backslash >= 0 || backslash <= i : stryMutAct_9fa48("120") ? false : stryMutAct_9fa48("119") ? true : (stryCov_9fa48("119", "120", "121"), (stryMutAct_9fa48("124") ? backslash < 0 : stryMutAct_9fa48("123") ? backslash > 0 : stryMutAct_9fa48("122") ? true : (stryCov_9fa48("122", "123", "124"), backslash >= 0)) && (stryMutAct_9fa48("127") ? backslash > i : stryMutAct_9fa48("126") ? backslash < i : stryMutAct_9fa48("125") ? true : (stryCov_9fa48("125", "126", "127"), backslash <= i)))) backslash = text.indexOf(stryMutAct_9fa48("128") ? "" : (stryCov_9fa48("128"), "\\"), stryMutAct_9fa48("129") ? i - 1 : (stryCov_9fa48("129"), i + 1));
            if (stryMutAct_9fa48("132") ? false : stryMutAct_9fa48("131") ? true : stryMutAct_9fa48("130") ? readQuoted(text, i + 1, backslash, quoted) : (stryCov_9fa48("130", "131", "132"), !readQuoted(text, stryMutAct_9fa48("133") ? i - 1 : (stryCov_9fa48("133"), i + 1), backslash, quoted))) return stryMutAct_9fa48("134") ? `` : (stryCov_9fa48("134"), `parameter ${name} has an unterminated quoted value`);
            value = quoted.value;
            i = quoted.end;
          }
        } else {
          if (stryMutAct_9fa48("135")) {
            {}
          } else {
            stryCov_9fa48("135");
            const end = text.indexOf(stryMutAct_9fa48("136") ? "" : (stryCov_9fa48("136"), ","), i);
            value = stryMutAct_9fa48("137") ? end < 0 ? text.slice(i) : text.slice(i, end) : (stryCov_9fa48("137"), ((stryMutAct_9fa48("141") ? end >= 0 : stryMutAct_9fa48("140") ? end <= 0 : stryMutAct_9fa48("139") ? false : stryMutAct_9fa48("138") ? true : (stryCov_9fa48("138", "139", "140", "141"), end < 0)) ? stryMutAct_9fa48("142") ? text : (stryCov_9fa48("142"), text.slice(i)) : stryMutAct_9fa48("143") ? text : (stryCov_9fa48("143"), text.slice(i, end))).trim());
            i = (stryMutAct_9fa48("147") ? end >= 0 : stryMutAct_9fa48("146") ? end <= 0 : stryMutAct_9fa48("145") ? false : stryMutAct_9fa48("144") ? true : (stryCov_9fa48("144", "145", "146", "147"), end < 0)) ? n : end;
          }
        }
        let duplicate = stryMutAct_9fa48("148") ? true : (stryCov_9fa48("148"), false);
        switch (parameter) {
          case Parameter.KEY_ID:
            if (stryMutAct_9fa48("149")) {} else {
              stryCov_9fa48("149");
              duplicate = stryMutAct_9fa48("152") ? keyid === undefined : stryMutAct_9fa48("151") ? false : stryMutAct_9fa48("150") ? true : (stryCov_9fa48("150", "151", "152"), keyid !== undefined);
              keyid = value;
              break;
            }
          case Parameter.ALGORITHM:
            if (stryMutAct_9fa48("153")) {} else {
              stryCov_9fa48("153");
              duplicate = stryMutAct_9fa48("156") ? algorithm === undefined : stryMutAct_9fa48("155") ? false : stryMutAct_9fa48("154") ? true : (stryCov_9fa48("154", "155", "156"), algorithm !== undefined);
              algorithm = value;
              break;
            }
          case Parameter.HEADERS:
            if (stryMutAct_9fa48("157")) {} else {
              stryCov_9fa48("157");
              duplicate = stryMutAct_9fa48("160") ? headers === undefined : stryMutAct_9fa48("159") ? false : stryMutAct_9fa48("158") ? true : (stryCov_9fa48("158", "159", "160"), headers !== undefined);
              headers = value;
              break;
            }
          case Parameter.SIGNATURE:
            if (stryMutAct_9fa48("161")) {} else {
              stryCov_9fa48("161");
              duplicate = stryMutAct_9fa48("164") ? signature === undefined : stryMutAct_9fa48("163") ? false : stryMutAct_9fa48("162") ? true : (stryCov_9fa48("162", "163", "164"), signature !== undefined);
              signature = value;
              break;
            }
          case Parameter.CREATED:
            if (stryMutAct_9fa48("165")) {} else {
              stryCov_9fa48("165");
              duplicate = stryMutAct_9fa48("168") ? created === undefined : stryMutAct_9fa48("167") ? false : stryMutAct_9fa48("166") ? true : (stryCov_9fa48("166", "167", "168"), created !== undefined);
              created = value;
              break;
            }
          case Parameter.EXPIRES:
            if (stryMutAct_9fa48("169")) {} else {
              stryCov_9fa48("169");
              duplicate = stryMutAct_9fa48("172") ? expires === undefined : stryMutAct_9fa48("171") ? false : stryMutAct_9fa48("170") ? true : (stryCov_9fa48("170", "171", "172"), expires !== undefined);
              expires = value;
              break;
            }
          default:
            if (stryMutAct_9fa48("173")) {} else {
              stryCov_9fa48("173");
              {
                if (stryMutAct_9fa48("174")) {
                  {}
                } else {
                  stryCov_9fa48("174");
                  const lower = stryMutAct_9fa48("175") ? name.toUpperCase() : (stryCov_9fa48("175"), name.toLowerCase());
                  stryMutAct_9fa48("176") ? unknown &&= new Set() : (stryCov_9fa48("176"), unknown ??= new Set());
                  duplicate = unknown.has(lower);
                  unknown.add(lower);
                }
              }
            }
        }
        if (stryMutAct_9fa48("178") ? false : stryMutAct_9fa48("177") ? true : (stryCov_9fa48("177", "178"), duplicate)) return stryMutAct_9fa48("179") ? `` : (stryCov_9fa48("179"), `parameter ${name} appears twice`);
        code = text.charCodeAt(i);
        while (stryMutAct_9fa48("180") ? false : (stryCov_9fa48("180"), isOptionalWhitespace(code))) code = text.charCodeAt(stryMutAct_9fa48("181") ? --i : (stryCov_9fa48("181"), ++i));
        if (stryMutAct_9fa48("184") ? i < n || code !== 44 : stryMutAct_9fa48("183") ? false : stryMutAct_9fa48("182") ? true : (stryCov_9fa48("182", "183", "184"), (stryMutAct_9fa48("187") ? i >= n : stryMutAct_9fa48("186") ? i <= n : stryMutAct_9fa48("185") ? true : (stryCov_9fa48("185", "186", "187"), i < n)) && (stryMutAct_9fa48("189") ? code === 44 : stryMutAct_9fa48("188") ? true : (stryCov_9fa48("188", "189"), code !== 44)))) return stryMutAct_9fa48("190") ? `` : (stryCov_9fa48("190"), `expected "," after parameter ${name}`);
      }
    }
    return stryMutAct_9fa48("191") ? {} : (stryCov_9fa48("191"), {
      keyid,
      algorithm,
      headers,
      signature,
      created,
      expires
    });
  }
}
const WHITESPACE = stryMutAct_9fa48("193") ? /\S+/ : stryMutAct_9fa48("192") ? /\s/ : (stryCov_9fa48("192", "193"), /\s+/);
const IRREGULAR_SPACING = stryMutAct_9fa48("201") ? /^\s|\s$|\s\s|[^\s ]/ : stryMutAct_9fa48("200") ? /^\s|\s$|\s\s|[\S ]/ : stryMutAct_9fa48("199") ? /^\s|\s$|\s\S|[^\S ]/ : stryMutAct_9fa48("198") ? /^\s|\s$|\S\s|[^\S ]/ : stryMutAct_9fa48("197") ? /^\s|\S$|\s\s|[^\S ]/ : stryMutAct_9fa48("196") ? /^\s|\s|\s\s|[^\S ]/ : stryMutAct_9fa48("195") ? /^\S|\s$|\s\s|[^\S ]/ : stryMutAct_9fa48("194") ? /\s|\s$|\s\s|[^\S ]/ : (stryCov_9fa48("194", "195", "196", "197", "198", "199", "200", "201"), /^\s|\s$|\s\s|[^\S ]/);

/** Splits `headers="(request-target) host date"` at whitespace into lower-case names. */
function splitHeaderNames(list: string): readonly string[] {
  if (stryMutAct_9fa48("202")) {
    {}
  } else {
    stryCov_9fa48("202");
    const lower = stryMutAct_9fa48("203") ? list.toUpperCase() : (stryCov_9fa48("203"), list.toLowerCase());
    const names = (stryMutAct_9fa48("206") ? lower !== "" || !IRREGULAR_SPACING.test(lower) : stryMutAct_9fa48("205") ? false : stryMutAct_9fa48("204") ? true : (stryCov_9fa48("204", "205", "206"), (stryMutAct_9fa48("208") ? lower === "" : stryMutAct_9fa48("207") ? true : (stryCov_9fa48("207", "208"), lower !== (stryMutAct_9fa48("209") ? "Stryker was here!" : (stryCov_9fa48("209"), "")))) && (stryMutAct_9fa48("210") ? IRREGULAR_SPACING.test(lower) : (stryCov_9fa48("210"), !IRREGULAR_SPACING.test(lower))))) ? lower.split(stryMutAct_9fa48("211") ? "" : (stryCov_9fa48("211"), " ")) : stryMutAct_9fa48("212") ? lower.split(WHITESPACE) : (stryCov_9fa48("212"), lower.split(WHITESPACE).filter(Boolean));
    return names.map(internedName);
  }
}

// Each server sends the same one or two header lists on every request, so the lists split last
// are kept. Compared with ===, not looked up in a Map: hashing a freshly sliced string each time
// cost more than splitting it.
const RECENT_LISTS = 8;
const recentLists: string[] = stryMutAct_9fa48("213") ? ["Stryker was here"] : (stryCov_9fa48("213"), []);
const recentNames: (readonly string[])[] = stryMutAct_9fa48("214") ? ["Stryker was here"] : (stryCov_9fa48("214"), []);

/** {@link splitHeaderNames}, remembered for the last few lists. */
function coveredHeaderNames(list: string): readonly string[] {
  if (stryMutAct_9fa48("215")) {
    {}
  } else {
    stryCov_9fa48("215");
    for (let i = 0; stryMutAct_9fa48("218") ? i >= recentLists.length : stryMutAct_9fa48("217") ? i <= recentLists.length : stryMutAct_9fa48("216") ? false : (stryCov_9fa48("216", "217", "218"), i < recentLists.length); stryMutAct_9fa48("219") ? i-- : (stryCov_9fa48("219"), i++)) {
      if (stryMutAct_9fa48("220")) {
        {}
      } else {
        stryCov_9fa48("220");
        if (stryMutAct_9fa48("223") ? recentLists[i] !== list : stryMutAct_9fa48("222") ? false : stryMutAct_9fa48("221") ? true : (stryCov_9fa48("221", "222", "223"), recentLists[i] === list)) return recentNames[i]!;
      }
    }
    const names = splitHeaderNames(list);
    if (stryMutAct_9fa48("227") ? recentLists.length < RECENT_LISTS : stryMutAct_9fa48("226") ? recentLists.length > RECENT_LISTS : stryMutAct_9fa48("225") ? false : stryMutAct_9fa48("224") ? true : (stryCov_9fa48("224", "225", "226", "227"), recentLists.length >= RECENT_LISTS)) {
      if (stryMutAct_9fa48("228")) {
        {}
      } else {
        stryCov_9fa48("228");
        recentLists.pop();
        recentNames.pop();
      }
    }
    recentLists.unshift(list);
    recentNames.unshift(names);
    return names;
  }
}
function readTime(raw: string | undefined, name: string): number | undefined | VerificationFailure {
  if (stryMutAct_9fa48("229")) {
    {}
  } else {
    stryCov_9fa48("229");
    if (stryMutAct_9fa48("232") ? raw !== undefined : stryMutAct_9fa48("231") ? false : stryMutAct_9fa48("230") ? true : (stryCov_9fa48("230", "231", "232"), raw === undefined)) return undefined;
    if (stryMutAct_9fa48("235") ? false : stryMutAct_9fa48("234") ? true : stryMutAct_9fa48("233") ? DIGITS.test(raw) : (stryCov_9fa48("233", "234", "235"), !DIGITS.test(raw))) return failure(stryMutAct_9fa48("236") ? "" : (stryCov_9fa48("236"), "malformed_header"), stryMutAct_9fa48("237") ? `` : (stryCov_9fa48("237"), `Signature ${name}="${stryMutAct_9fa48("238") ? raw : (stryCov_9fa48("238"), raw.slice(0, 20))}" is not a Unix time in seconds.`));
    return Number(raw);
  }
}

/**
 * Parses the value of a draft-cavage `Signature` header (or an `Authorization: Signature`
 * header without its scheme). Accepts quoted or bare `created` / `expires` (oeee.cafe quotes
 * them); rejects duplicated parameters, bad base64 and missing `keyId` / `signature`.
 */
export function parseDraftSignatureHeader(value: string): DraftSignatureParams | VerificationFailure {
  if (stryMutAct_9fa48("239")) {
    {}
  } else {
    stryCov_9fa48("239");
    const params = readRawParams(value);
    if (stryMutAct_9fa48("242") ? typeof params !== "string" : stryMutAct_9fa48("241") ? false : stryMutAct_9fa48("240") ? true : (stryCov_9fa48("240", "241", "242"), typeof params === (stryMutAct_9fa48("243") ? "" : (stryCov_9fa48("243"), "string")))) return failure(stryMutAct_9fa48("244") ? "" : (stryCov_9fa48("244"), "malformed_header"), stryMutAct_9fa48("245") ? `` : (stryCov_9fa48("245"), `Signature header: ${params}.`));
    const keyId = params.keyid;
    if (stryMutAct_9fa48("248") ? keyId === undefined && keyId === "" : stryMutAct_9fa48("247") ? false : stryMutAct_9fa48("246") ? true : (stryCov_9fa48("246", "247", "248"), (stryMutAct_9fa48("250") ? keyId !== undefined : stryMutAct_9fa48("249") ? false : (stryCov_9fa48("249", "250"), keyId === undefined)) || (stryMutAct_9fa48("252") ? keyId !== "" : stryMutAct_9fa48("251") ? false : (stryCov_9fa48("251", "252"), keyId === (stryMutAct_9fa48("253") ? "Stryker was here!" : (stryCov_9fa48("253"), "")))))) return failure(stryMutAct_9fa48("254") ? "" : (stryCov_9fa48("254"), "malformed_header"), stryMutAct_9fa48("255") ? "" : (stryCov_9fa48("255"), "Signature header has no keyId."));
    const encoded = params.signature;
    if (stryMutAct_9fa48("258") ? encoded !== undefined : stryMutAct_9fa48("257") ? false : stryMutAct_9fa48("256") ? true : (stryCov_9fa48("256", "257", "258"), encoded === undefined)) return failure(stryMutAct_9fa48("259") ? "" : (stryCov_9fa48("259"), "malformed_header"), stryMutAct_9fa48("260") ? "" : (stryCov_9fa48("260"), "Signature header has no signature parameter."), stryMutAct_9fa48("261") ? {} : (stryCov_9fa48("261"), {
      keyId
    }));
    const signature = decodeBase64Strict(encoded);
    if (stryMutAct_9fa48("264") ? false : stryMutAct_9fa48("263") ? true : stryMutAct_9fa48("262") ? signature : (stryCov_9fa48("262", "263", "264"), !signature)) return failure(stryMutAct_9fa48("265") ? "" : (stryCov_9fa48("265"), "malformed_header"), stryMutAct_9fa48("266") ? "" : (stryCov_9fa48("266"), "Signature header's signature is not valid base64."), stryMutAct_9fa48("267") ? {} : (stryCov_9fa48("267"), {
      keyId
    }));
    const created = readTime(params.created, stryMutAct_9fa48("268") ? "" : (stryCov_9fa48("268"), "created"));
    if (stryMutAct_9fa48("271") ? typeof created !== "object" : stryMutAct_9fa48("270") ? false : stryMutAct_9fa48("269") ? true : (stryCov_9fa48("269", "270", "271"), typeof created === (stryMutAct_9fa48("272") ? "" : (stryCov_9fa48("272"), "object")))) return stryMutAct_9fa48("273") ? {} : (stryCov_9fa48("273"), {
      ...created,
      keyId
    });
    const expires = readTime(params.expires, stryMutAct_9fa48("274") ? "" : (stryCov_9fa48("274"), "expires"));
    if (stryMutAct_9fa48("277") ? typeof expires !== "object" : stryMutAct_9fa48("276") ? false : stryMutAct_9fa48("275") ? true : (stryCov_9fa48("275", "276", "277"), typeof expires === (stryMutAct_9fa48("278") ? "" : (stryCov_9fa48("278"), "object")))) return stryMutAct_9fa48("279") ? {} : (stryCov_9fa48("279"), {
      ...expires,
      keyId
    });
    const headersParam = params.headers;
    const headers = (stryMutAct_9fa48("282") ? headersParam !== undefined : stryMutAct_9fa48("281") ? false : stryMutAct_9fa48("280") ? true : (stryCov_9fa48("280", "281", "282"), headersParam === undefined)) ? stryMutAct_9fa48("283") ? [] : (stryCov_9fa48("283"), [(stryMutAct_9fa48("286") ? created !== undefined : stryMutAct_9fa48("285") ? false : stryMutAct_9fa48("284") ? true : (stryCov_9fa48("284", "285", "286"), created === undefined)) ? stryMutAct_9fa48("287") ? "" : (stryCov_9fa48("287"), "date") : stryMutAct_9fa48("288") ? "" : (stryCov_9fa48("288"), "(created)")]) : coveredHeaderNames(headersParam);
    if (stryMutAct_9fa48("291") ? headers.length !== 0 : stryMutAct_9fa48("290") ? false : stryMutAct_9fa48("289") ? true : (stryCov_9fa48("289", "290", "291"), headers.length === 0)) return failure(stryMutAct_9fa48("292") ? "" : (stryCov_9fa48("292"), "malformed_header"), stryMutAct_9fa48("293") ? "" : (stryCov_9fa48("293"), 'Signature headers="" covers nothing.'), stryMutAct_9fa48("294") ? {} : (stryCov_9fa48("294"), {
      keyId
    }));
    return stryMutAct_9fa48("295") ? {} : (stryCov_9fa48("295"), {
      keyId,
      algorithm: stryMutAct_9fa48("297") ? params.algorithm.toLowerCase() : stryMutAct_9fa48("296") ? params.algorithm?.toUpperCase() : (stryCov_9fa48("296", "297"), params.algorithm?.toLowerCase()),
      headers,
      signature,
      created,
      expires
    });
  }
}
function quote(text: string): string {
  if (stryMutAct_9fa48("298")) {
    {}
  } else {
    stryCov_9fa48("298");
    return stryMutAct_9fa48("299") ? `` : (stryCov_9fa48("299"), `"${text.replace(stryMutAct_9fa48("300") ? /[^"\\]/g : (stryCov_9fa48("300"), /["\\]/g), stryMutAct_9fa48("301") ? "" : (stryCov_9fa48("301"), "\\$&"))}"`);
  }
}

/** Writes a `Signature` header value: `keyId`, `algorithm`, `created`, `expires`, `headers`, `signature`. */
export function serializeDraftSignatureHeader(params: {
  keyId: string;
  algorithm: string;
  headers: readonly string[];
  signature: Buffer;
  created?: number;
  expires?: number;
}): string {
  if (stryMutAct_9fa48("302")) {
    {}
  } else {
    stryCov_9fa48("302");
    const parts = stryMutAct_9fa48("303") ? [] : (stryCov_9fa48("303"), [stryMutAct_9fa48("304") ? `` : (stryCov_9fa48("304"), `keyId=${quote(params.keyId)}`), stryMutAct_9fa48("305") ? `` : (stryCov_9fa48("305"), `algorithm=${quote(params.algorithm)}`)]);
    if (stryMutAct_9fa48("308") ? params.created === undefined : stryMutAct_9fa48("307") ? false : stryMutAct_9fa48("306") ? true : (stryCov_9fa48("306", "307", "308"), params.created !== undefined)) parts.push(stryMutAct_9fa48("309") ? `` : (stryCov_9fa48("309"), `created=${params.created}`));
    if (stryMutAct_9fa48("312") ? params.expires === undefined : stryMutAct_9fa48("311") ? false : stryMutAct_9fa48("310") ? true : (stryCov_9fa48("310", "311", "312"), params.expires !== undefined)) parts.push(stryMutAct_9fa48("313") ? `` : (stryCov_9fa48("313"), `expires=${params.expires}`));
    parts.push(stryMutAct_9fa48("314") ? `` : (stryCov_9fa48("314"), `headers=${quote(params.headers.join(stryMutAct_9fa48("315") ? "" : (stryCov_9fa48("315"), " ")))}`), stryMutAct_9fa48("316") ? `` : (stryCov_9fa48("316"), `signature=${quote(params.signature.toString(stryMutAct_9fa48("317") ? "" : (stryCov_9fa48("317"), "base64")))}`));
    return parts.join(stryMutAct_9fa48("318") ? "" : (stryCov_9fa48("318"), ","));
  }
}