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
import { describeDuration } from "./clock.js";
import { failure, type VerificationFailure } from "./verification-result.js";

/** Times a signature carries: `created` / `expires` in epoch seconds, a covered `Date` in epoch ms. */
export interface SignatureTimes {
  readonly created?: number | undefined;
  readonly expires?: number | undefined;
  readonly dateMillis?: number | undefined;
}

/** The three letters of each day name, packed as one number (`Mon` → 0x4d6f6e). */
const DAY_CODES = new Set((stryMutAct_9fa48("319") ? [] : (stryCov_9fa48("319"), [stryMutAct_9fa48("320") ? "" : (stryCov_9fa48("320"), "Mon"), stryMutAct_9fa48("321") ? "" : (stryCov_9fa48("321"), "Tue"), stryMutAct_9fa48("322") ? "" : (stryCov_9fa48("322"), "Wed"), stryMutAct_9fa48("323") ? "" : (stryCov_9fa48("323"), "Thu"), stryMutAct_9fa48("324") ? "" : (stryCov_9fa48("324"), "Fri"), stryMutAct_9fa48("325") ? "" : (stryCov_9fa48("325"), "Sat"), stryMutAct_9fa48("326") ? "" : (stryCov_9fa48("326"), "Sun")])).map(stryMutAct_9fa48("327") ? () => undefined : (stryCov_9fa48("327"), name => packed(name))));
/** Month numbers (0–11) by their three letters, packed. */
const MONTH_CODES = new Map((stryMutAct_9fa48("328") ? [] : (stryCov_9fa48("328"), [stryMutAct_9fa48("329") ? "" : (stryCov_9fa48("329"), "Jan"), stryMutAct_9fa48("330") ? "" : (stryCov_9fa48("330"), "Feb"), stryMutAct_9fa48("331") ? "" : (stryCov_9fa48("331"), "Mar"), stryMutAct_9fa48("332") ? "" : (stryCov_9fa48("332"), "Apr"), stryMutAct_9fa48("333") ? "" : (stryCov_9fa48("333"), "May"), stryMutAct_9fa48("334") ? "" : (stryCov_9fa48("334"), "Jun"), stryMutAct_9fa48("335") ? "" : (stryCov_9fa48("335"), "Jul"), stryMutAct_9fa48("336") ? "" : (stryCov_9fa48("336"), "Aug"), stryMutAct_9fa48("337") ? "" : (stryCov_9fa48("337"), "Sep"), stryMutAct_9fa48("338") ? "" : (stryCov_9fa48("338"), "Oct"), stryMutAct_9fa48("339") ? "" : (stryCov_9fa48("339"), "Nov"), stryMutAct_9fa48("340") ? "" : (stryCov_9fa48("340"), "Dec")])).map(stryMutAct_9fa48("341") ? () => undefined : (stryCov_9fa48("341"), (name, i) => stryMutAct_9fa48("342") ? [] : (stryCov_9fa48("342"), [packed(name), i]))));

/**
 * Three characters at `from` as one number, so they are compared without slicing the text; -1
 * when one is not ASCII (it would not fit its byte).
 */
function packed(text: string, from = 0): number {
  if (stryMutAct_9fa48("343")) {
    {}
  } else {
    stryCov_9fa48("343");
    const a = text.charCodeAt(from);
    const b = text.charCodeAt(stryMutAct_9fa48("344") ? from - 1 : (stryCov_9fa48("344"), from + 1));
    const c = text.charCodeAt(stryMutAct_9fa48("345") ? from - 2 : (stryCov_9fa48("345"), from + 2));
    return (stryMutAct_9fa48("349") ? (a | b | c) <= 0x7f : stryMutAct_9fa48("348") ? (a | b | c) >= 0x7f : stryMutAct_9fa48("347") ? false : stryMutAct_9fa48("346") ? true : (stryCov_9fa48("346", "347", "348", "349"), (a | b | c) > 0x7f)) ? stryMutAct_9fa48("350") ? +1 : (stryCov_9fa48("350"), -1) : a << 16 | b << 8 | c;
  }
}

/** The decimal digits at `text[from]`, `text[from + 1]` …, or -1 when one is not a digit. */
function digitsAt(text: string, from: number, count: number): number {
  if (stryMutAct_9fa48("351")) {
    {}
  } else {
    stryCov_9fa48("351");
    let value = 0;
    for (let i = from; stryMutAct_9fa48("354") ? i >= from + count : stryMutAct_9fa48("353") ? i <= from + count : stryMutAct_9fa48("352") ? false : (stryCov_9fa48("352", "353", "354"), i < (stryMutAct_9fa48("355") ? from - count : (stryCov_9fa48("355"), from + count))); stryMutAct_9fa48("356") ? i-- : (stryCov_9fa48("356"), i++)) {
      if (stryMutAct_9fa48("357")) {
        {}
      } else {
        stryCov_9fa48("357");
        const digit = stryMutAct_9fa48("358") ? text.charCodeAt(i) + 48 : (stryCov_9fa48("358"), text.charCodeAt(i) - 48);
        if (stryMutAct_9fa48("361") ? digit < 0 && digit > 9 : stryMutAct_9fa48("360") ? false : stryMutAct_9fa48("359") ? true : (stryCov_9fa48("359", "360", "361"), (stryMutAct_9fa48("364") ? digit >= 0 : stryMutAct_9fa48("363") ? digit <= 0 : stryMutAct_9fa48("362") ? false : (stryCov_9fa48("362", "363", "364"), digit < 0)) || (stryMutAct_9fa48("367") ? digit <= 9 : stryMutAct_9fa48("366") ? digit >= 9 : stryMutAct_9fa48("365") ? false : (stryCov_9fa48("365", "366", "367"), digit > 9)))) return stryMutAct_9fa48("368") ? +1 : (stryCov_9fa48("368"), -1);
        value = stryMutAct_9fa48("369") ? value * 10 - digit : (stryCov_9fa48("369"), (stryMutAct_9fa48("370") ? value / 10 : (stryCov_9fa48("370"), value * 10)) + digit);
      }
    }
    return value;
  }
}

/**
 * Reads IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`, RFC 9110 §5.6.7) by position: every field
 * has a fixed width, and this runs on every verified request.
 */
function parseImfFixdate(value: string): number | null {
  if (stryMutAct_9fa48("371")) {
    {}
  } else {
    stryCov_9fa48("371");
    if (stryMutAct_9fa48("374") ? (value.length !== 29 || !value.endsWith(" GMT")) && !DAY_CODES.has(packed(value)) : stryMutAct_9fa48("373") ? false : stryMutAct_9fa48("372") ? true : (stryCov_9fa48("372", "373", "374"), (stryMutAct_9fa48("376") ? value.length !== 29 && !value.endsWith(" GMT") : stryMutAct_9fa48("375") ? false : (stryCov_9fa48("375", "376"), (stryMutAct_9fa48("378") ? value.length === 29 : stryMutAct_9fa48("377") ? false : (stryCov_9fa48("377", "378"), value.length !== 29)) || (stryMutAct_9fa48("379") ? value.endsWith(" GMT") : (stryCov_9fa48("379"), !(stryMutAct_9fa48("380") ? value.startsWith(" GMT") : (stryCov_9fa48("380"), value.endsWith(stryMutAct_9fa48("381") ? "" : (stryCov_9fa48("381"), " GMT")))))))) || (stryMutAct_9fa48("382") ? DAY_CODES.has(packed(value)) : (stryCov_9fa48("382"), !DAY_CODES.has(packed(value)))))) return null;
    if (stryMutAct_9fa48("385") ? (value[3] !== "," || value[4] !== " " || value[7] !== " ") && value[11] !== " " : stryMutAct_9fa48("384") ? false : stryMutAct_9fa48("383") ? true : (stryCov_9fa48("383", "384", "385"), (stryMutAct_9fa48("387") ? (value[3] !== "," || value[4] !== " ") && value[7] !== " " : stryMutAct_9fa48("386") ? false : (stryCov_9fa48("386", "387"), (stryMutAct_9fa48("389") ? value[3] !== "," && value[4] !== " " : stryMutAct_9fa48("388") ? false : (stryCov_9fa48("388", "389"), (stryMutAct_9fa48("391") ? value[3] === "," : stryMutAct_9fa48("390") ? false : (stryCov_9fa48("390", "391"), value[3] !== (stryMutAct_9fa48("392") ? "" : (stryCov_9fa48("392"), ",")))) || (stryMutAct_9fa48("394") ? value[4] === " " : stryMutAct_9fa48("393") ? false : (stryCov_9fa48("393", "394"), value[4] !== (stryMutAct_9fa48("395") ? "" : (stryCov_9fa48("395"), " ")))))) || (stryMutAct_9fa48("397") ? value[7] === " " : stryMutAct_9fa48("396") ? false : (stryCov_9fa48("396", "397"), value[7] !== (stryMutAct_9fa48("398") ? "" : (stryCov_9fa48("398"), " ")))))) || (stryMutAct_9fa48("400") ? value[11] === " " : stryMutAct_9fa48("399") ? false : (stryCov_9fa48("399", "400"), value[11] !== (stryMutAct_9fa48("401") ? "" : (stryCov_9fa48("401"), " ")))))) return null;
    if (stryMutAct_9fa48("404") ? (value[16] !== " " || value[19] !== ":") && value[22] !== ":" : stryMutAct_9fa48("403") ? false : stryMutAct_9fa48("402") ? true : (stryCov_9fa48("402", "403", "404"), (stryMutAct_9fa48("406") ? value[16] !== " " && value[19] !== ":" : stryMutAct_9fa48("405") ? false : (stryCov_9fa48("405", "406"), (stryMutAct_9fa48("408") ? value[16] === " " : stryMutAct_9fa48("407") ? false : (stryCov_9fa48("407", "408"), value[16] !== (stryMutAct_9fa48("409") ? "" : (stryCov_9fa48("409"), " ")))) || (stryMutAct_9fa48("411") ? value[19] === ":" : stryMutAct_9fa48("410") ? false : (stryCov_9fa48("410", "411"), value[19] !== (stryMutAct_9fa48("412") ? "" : (stryCov_9fa48("412"), ":")))))) || (stryMutAct_9fa48("414") ? value[22] === ":" : stryMutAct_9fa48("413") ? false : (stryCov_9fa48("413", "414"), value[22] !== (stryMutAct_9fa48("415") ? "" : (stryCov_9fa48("415"), ":")))))) return null;
    const month = MONTH_CODES.get(packed(value, 8));
    const day = digitsAt(value, 5, 2);
    const year = digitsAt(value, 12, 4);
    const hour = digitsAt(value, 17, 2);
    const minute = digitsAt(value, 20, 2);
    const second = digitsAt(value, 23, 2);
    if (stryMutAct_9fa48("418") ? (month === undefined || day < 1 || day > 31 || year < 0 || hour < 0) && hour > 23 : stryMutAct_9fa48("417") ? false : stryMutAct_9fa48("416") ? true : (stryCov_9fa48("416", "417", "418"), (stryMutAct_9fa48("420") ? (month === undefined || day < 1 || day > 31 || year < 0) && hour < 0 : stryMutAct_9fa48("419") ? false : (stryCov_9fa48("419", "420"), (stryMutAct_9fa48("422") ? (month === undefined || day < 1 || day > 31) && year < 0 : stryMutAct_9fa48("421") ? false : (stryCov_9fa48("421", "422"), (stryMutAct_9fa48("424") ? (month === undefined || day < 1) && day > 31 : stryMutAct_9fa48("423") ? false : (stryCov_9fa48("423", "424"), (stryMutAct_9fa48("426") ? month === undefined && day < 1 : stryMutAct_9fa48("425") ? false : (stryCov_9fa48("425", "426"), (stryMutAct_9fa48("428") ? month !== undefined : stryMutAct_9fa48("427") ? false : (stryCov_9fa48("427", "428"), month === undefined)) || (stryMutAct_9fa48("431") ? day >= 1 : stryMutAct_9fa48("430") ? day <= 1 : stryMutAct_9fa48("429") ? false : (stryCov_9fa48("429", "430", "431"), day < 1)))) || (stryMutAct_9fa48("434") ? day <= 31 : stryMutAct_9fa48("433") ? day >= 31 : stryMutAct_9fa48("432") ? false : (stryCov_9fa48("432", "433", "434"), day > 31)))) || (stryMutAct_9fa48("437") ? year >= 0 : stryMutAct_9fa48("436") ? year <= 0 : stryMutAct_9fa48("435") ? false : (stryCov_9fa48("435", "436", "437"), year < 0)))) || (stryMutAct_9fa48("440") ? hour >= 0 : stryMutAct_9fa48("439") ? hour <= 0 : stryMutAct_9fa48("438") ? false : (stryCov_9fa48("438", "439", "440"), hour < 0)))) || (stryMutAct_9fa48("443") ? hour <= 23 : stryMutAct_9fa48("442") ? hour >= 23 : stryMutAct_9fa48("441") ? false : (stryCov_9fa48("441", "442", "443"), hour > 23)))) return null;
    if (stryMutAct_9fa48("446") ? (minute < 0 || minute > 59 || second < 0) && second > 60 : stryMutAct_9fa48("445") ? false : stryMutAct_9fa48("444") ? true : (stryCov_9fa48("444", "445", "446"), (stryMutAct_9fa48("448") ? (minute < 0 || minute > 59) && second < 0 : stryMutAct_9fa48("447") ? false : (stryCov_9fa48("447", "448"), (stryMutAct_9fa48("450") ? minute < 0 && minute > 59 : stryMutAct_9fa48("449") ? false : (stryCov_9fa48("449", "450"), (stryMutAct_9fa48("453") ? minute >= 0 : stryMutAct_9fa48("452") ? minute <= 0 : stryMutAct_9fa48("451") ? false : (stryCov_9fa48("451", "452", "453"), minute < 0)) || (stryMutAct_9fa48("456") ? minute <= 59 : stryMutAct_9fa48("455") ? minute >= 59 : stryMutAct_9fa48("454") ? false : (stryCov_9fa48("454", "455", "456"), minute > 59)))) || (stryMutAct_9fa48("459") ? second >= 0 : stryMutAct_9fa48("458") ? second <= 0 : stryMutAct_9fa48("457") ? false : (stryCov_9fa48("457", "458", "459"), second < 0)))) || (stryMutAct_9fa48("462") ? second <= 60 : stryMutAct_9fa48("461") ? second >= 60 : stryMutAct_9fa48("460") ? false : (stryCov_9fa48("460", "461", "462"), second > 60)))) return null;
    return Date.UTC(year, month, day, hour, minute, second);
  }
}

/**
 * Parses an HTTP `Date` header value: IMF-fixdate (what every server sends) directly, the
 * obsolete RFC 850 and asctime forms through `Date.parse`.
 *
 * @returns epoch milliseconds, or a failure that says what a valid value looks like
 */
export function parseHttpDate(value: string): number | VerificationFailure {
  if (stryMutAct_9fa48("463")) {
    {}
  } else {
    stryCov_9fa48("463");
    const fixdate = parseImfFixdate(value);
    if (stryMutAct_9fa48("466") ? fixdate === null : stryMutAct_9fa48("465") ? false : stryMutAct_9fa48("464") ? true : (stryCov_9fa48("464", "465", "466"), fixdate !== null)) return fixdate;
    const date = Date.parse(value);
    if (stryMutAct_9fa48("468") ? false : stryMutAct_9fa48("467") ? true : (stryCov_9fa48("467", "468"), Number.isNaN(date))) {
      if (stryMutAct_9fa48("469")) {
        {}
      } else {
        stryCov_9fa48("469");
        return failure(stryMutAct_9fa48("470") ? "" : (stryCov_9fa48("470"), "malformed_header"), stryMutAct_9fa48("471") ? `` : (stryCov_9fa48("471"), `Date header "${stryMutAct_9fa48("472") ? value : (stryCov_9fa48("472"), value.slice(0, 64))}" is not an HTTP date (IMF-fixdate, e.g. "Tue, 20 Apr 2021 02:07:55 GMT").`));
      }
    }
    return date;
  }
}
function outsideWindow(what: string, at: number, nowMillis: number, skew: number): VerificationFailure | null {
  if (stryMutAct_9fa48("473")) {
    {}
  } else {
    stryCov_9fa48("473");
    if (stryMutAct_9fa48("477") ? at <= nowMillis + skew : stryMutAct_9fa48("476") ? at >= nowMillis + skew : stryMutAct_9fa48("475") ? false : stryMutAct_9fa48("474") ? true : (stryCov_9fa48("474", "475", "476", "477"), at > (stryMutAct_9fa48("478") ? nowMillis - skew : (stryCov_9fa48("478"), nowMillis + skew)))) {
      if (stryMutAct_9fa48("479")) {
        {}
      } else {
        stryCov_9fa48("479");
        return failure(stryMutAct_9fa48("480") ? "" : (stryCov_9fa48("480"), "not_yet_valid"), stryMutAct_9fa48("481") ? `` : (stryCov_9fa48("481"), `Signature ${what} is ${describeDuration(stryMutAct_9fa48("482") ? at + nowMillis : (stryCov_9fa48("482"), at - nowMillis))} in the future (the window is ±${describeDuration(skew)}): the sender's clock is ahead; it should sync with NTP.`));
      }
    }
    if (stryMutAct_9fa48("486") ? at >= nowMillis - skew : stryMutAct_9fa48("485") ? at <= nowMillis - skew : stryMutAct_9fa48("484") ? false : stryMutAct_9fa48("483") ? true : (stryCov_9fa48("483", "484", "485", "486"), at < (stryMutAct_9fa48("487") ? nowMillis + skew : (stryCov_9fa48("487"), nowMillis - skew)))) {
      if (stryMutAct_9fa48("488")) {
        {}
      } else {
        stryCov_9fa48("488");
        return failure(stryMutAct_9fa48("489") ? "" : (stryCov_9fa48("489"), "clock_skew"), stryMutAct_9fa48("490") ? `` : (stryCov_9fa48("490"), `Signature ${what} is ${describeDuration(stryMutAct_9fa48("491") ? nowMillis + at : (stryCov_9fa48("491"), nowMillis - at))} old (the window is ±${describeDuration(skew)}): a replayed or long-delayed request, or the sender's clock is behind.`));
      }
    }
    return null;
  }
}

/**
 * Checks `created` / `Date` against now ± `maxClockSkew` seconds and `expires` against now
 * (with the same tolerance, as Mastodon does).
 *
 * @returns a failure naming the time and how far it is off, or `null` when all is in the window.
 */
export function checkTimeWindow(times: SignatureTimes, nowMillis: number, maxClockSkew: number): VerificationFailure | null {
  if (stryMutAct_9fa48("492")) {
    {}
  } else {
    stryCov_9fa48("492");
    const skew = stryMutAct_9fa48("493") ? maxClockSkew / 1000 : (stryCov_9fa48("493"), maxClockSkew * 1000);
    if (stryMutAct_9fa48("496") ? times.created === undefined : stryMutAct_9fa48("495") ? false : stryMutAct_9fa48("494") ? true : (stryCov_9fa48("494", "495", "496"), times.created !== undefined)) {
      if (stryMutAct_9fa48("497")) {
        {}
      } else {
        stryCov_9fa48("497");
        const off = outsideWindow(stryMutAct_9fa48("498") ? "" : (stryCov_9fa48("498"), "created"), stryMutAct_9fa48("499") ? times.created / 1000 : (stryCov_9fa48("499"), times.created * 1000), nowMillis, skew);
        if (stryMutAct_9fa48("501") ? false : stryMutAct_9fa48("500") ? true : (stryCov_9fa48("500", "501"), off)) return off;
      }
    }
    if (stryMutAct_9fa48("504") ? times.dateMillis === undefined : stryMutAct_9fa48("503") ? false : stryMutAct_9fa48("502") ? true : (stryCov_9fa48("502", "503", "504"), times.dateMillis !== undefined)) {
      if (stryMutAct_9fa48("505")) {
        {}
      } else {
        stryCov_9fa48("505");
        const off = outsideWindow(stryMutAct_9fa48("506") ? "" : (stryCov_9fa48("506"), "Date"), times.dateMillis, nowMillis, skew);
        if (stryMutAct_9fa48("508") ? false : stryMutAct_9fa48("507") ? true : (stryCov_9fa48("507", "508"), off)) return off;
      }
    }
    if (stryMutAct_9fa48("511") ? times.expires !== undefined || times.expires * 1000 + skew < nowMillis : stryMutAct_9fa48("510") ? false : stryMutAct_9fa48("509") ? true : (stryCov_9fa48("509", "510", "511"), (stryMutAct_9fa48("513") ? times.expires === undefined : stryMutAct_9fa48("512") ? true : (stryCov_9fa48("512", "513"), times.expires !== undefined)) && (stryMutAct_9fa48("516") ? times.expires * 1000 + skew >= nowMillis : stryMutAct_9fa48("515") ? times.expires * 1000 + skew <= nowMillis : stryMutAct_9fa48("514") ? true : (stryCov_9fa48("514", "515", "516"), (stryMutAct_9fa48("517") ? times.expires * 1000 - skew : (stryCov_9fa48("517"), (stryMutAct_9fa48("518") ? times.expires / 1000 : (stryCov_9fa48("518"), times.expires * 1000)) + skew)) < nowMillis)))) {
      if (stryMutAct_9fa48("519")) {
        {}
      } else {
        stryCov_9fa48("519");
        return failure(stryMutAct_9fa48("520") ? "" : (stryCov_9fa48("520"), "expired"), stryMutAct_9fa48("521") ? `` : (stryCov_9fa48("521"), `Signature expired ${describeDuration(stryMutAct_9fa48("522") ? nowMillis + times.expires * 1000 : (stryCov_9fa48("522"), nowMillis - (stryMutAct_9fa48("523") ? times.expires / 1000 : (stryCov_9fa48("523"), times.expires * 1000))))} ago (tolerance ${describeDuration(skew)}): sign again.`));
      }
    }
    return null;
  }
}