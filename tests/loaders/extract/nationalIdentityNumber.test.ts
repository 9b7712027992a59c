import { describe, expect, it } from "vitest";
import { isNationalIdentityNumber } from "../../../loaders/extract/nationalIdentityNumber.ts";

describe("isNationalIdentityNumber", () => {
  it("recognises eleven digits with valid check digits (computed by hand: k1 = 9, k2 = 4)", () => {
    // 150350 123 → k1 = 11 − (3·1+7·5+6·0+1·3+8·5+9·0+4·1+5·2+2·3 = 101) mod 11 = 11 − 2 = 9;
    // k2 = 11 − (5·1+4·5+3·0+2·3+7·5+6·0+5·1+4·2+3·3+2·9 = 106) mod 11 = 11 − 7 = 4.
    expect(isNationalIdentityNumber("15035012394")).toBe(true);
  });
  it("does not flag a wrong check digit, other lengths or pseudonyms", () => {
    expect(isNationalIdentityNumber("15035012395")).toBe(false);
    expect(isNationalIdentityNumber("15035012384")).toBe(false);
    expect(isNationalIdentityNumber("1503501239")).toBe(false);
    expect(isNationalIdentityNumber("P-15035012394")).toBe(false);
  });
});

describe("isNationalIdentityNumber: the birth date", () => {
  it("requires the first six digits to be a date (D-numbers +40 on the day, H-numbers +40 on the month)", () => {
    // 31 13 50 123 + check digits: month 13 does not exist, whatever the check digits say.
    const withChecks = (nine: string) => {
      const d = [...nine].map(Number);
      const k = (w: number[], x: number[]) => (11 - (w.reduce((s, wi, i) => s + wi * x[i], 0) % 11)) % 11;
      const k1 = k([3, 7, 6, 1, 8, 9, 4, 5, 2], d);
      const k2 = k([5, 4, 3, 2, 7, 6, 5, 4, 3, 2], [...d, k1]);
      return k1 === 10 || k2 === 10 ? null : `${nine}${k1}${k2}`;
    };
    const find = (prefix: string) =>
      ["123", "124", "125", "126", "127", "128"].map((n) => withChecks(prefix + n)).find((id) => id !== null)!;
    expect(isNationalIdentityNumber(find("311350"))).toBe(false); // month 13
    expect(isNationalIdentityNumber(find("300250"))).toBe(false); // 30 February
    expect(isNationalIdentityNumber(find("550350"))).toBe(true); // D-number: day 15
    expect(isNationalIdentityNumber(find("154350"))).toBe(true); // H-number: month 3
  });
});
