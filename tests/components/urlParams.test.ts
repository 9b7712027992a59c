// @vitest-environment jsdom
// URL parameters are declared once (src/components/urlParams.ts) and read and written by urlState.ts.
import { beforeEach, describe, expect, it } from "vitest";
import { urlParams } from "../../src/components/urlParams.ts";
import { bindParam, readParam } from "../../src/components/urlState.ts";

const at = (search: string) => history.replaceState(null, "", `/nb/registry/lung${search}`);

describe("urlParams", () => {
  it("names each parameter after its key, once", () => {
    const names = Object.entries(urlParams).map(([key, param]) => {
      const spec = (param.spec as (...args: unknown[]) => { name: string })("registry", ["a"], "a");
      expect(spec.name).toBe(key);
      return spec.name;
    });
    expect(new Set(names).size).toBe(names.length);
  });

  it("gives health trusts by default, regions on the curve pages, else the first level offered", () => {
    expect(urlParams.level.spec("registry", ["trust", "hospital", "region"]).fallback).toBe("trust");
    expect(urlParams.level.spec("indicator", ["hospital", "trust", "region"]).fallback).toBe("trust");
    expect(urlParams.level.spec("survival", ["region", "trust"]).fallback).toBe("region");
    expect(urlParams.level.spec("indicator", ["region"]).fallback).toBe("region");
  });

  it("defaults the period to the page's choice, else the latest", () => {
    expect(urlParams.period.spec(["2021", "2022", "2023"], "2022").fallback).toBe("2022");
    expect(urlParams.period.spec(["2021", "2022", "2023"], null).fallback).toBe("2023");
  });

  it("prefers the explorer's indicator only when it is there", () => {
    expect(urlParams.indicator.spec(["a", "b"], "b").fallback).toBe("b");
    expect(urlParams.indicator.spec(["a", "b"], "c").fallback).toBe("a");
  });
});

describe("a renamed parameter", () => {
  const period = urlParams.period.spec(["2020", "2021", "2022"], "2022");
  beforeEach(() => at(""));

  it("is read under its old name when the new one is absent", () => {
    at("?level=hospital&year=2021");
    expect(readParam(period)).toBe("2021");
    at("?period=2020&year=2021");
    expect(readParam(period)).toBe("2020");
    at("?year=1999");
    expect(readParam(period)).toBe("2022");
  });

  it("is written under its new name, the old one dropped", () => {
    at("?level=hospital&year=2021");
    const select = Object.assign(document.createElement("span"), { value: readParam(period) });
    bindParam(select, period);
    expect(location.search).toBe("?level=hospital&period=2021");
    select.value = "2022";
    select.dispatchEvent(new Event("input"));
    expect(location.search).toBe("?level=hospital");
  });
});
