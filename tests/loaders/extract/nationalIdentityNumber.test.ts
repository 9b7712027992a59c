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
