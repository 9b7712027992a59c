import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { demo } from "../../../loaders/cli/demo.ts";
import { UserError } from "../../../loaders/cli/command.ts";

describe("qi demo (command)", () => {
  const scratch = mkdtempSync(join(tmpdir(), "qi-demo-cli-"));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it("explains every option in its usage", () => {
    for (const option of ["--out", "--scale", "--seed", "--force"]) expect(demo.usage).toContain(option);
  });

  it("rejects missing or bad arguments with a UserError saying what to give", async () => {
    await expect(demo.run([])).rejects.toThrow(new UserError("give the output folder: qi demo --out <dir>"));
    await expect(demo.run(["somewhere"])).rejects.toThrow(/unexpected argument somewhere/);
    for (const scale of ["0", "-2", "abc", "", "Infinity"]) {
      await expect(demo.run(["--out", join(scratch, "x"), `--scale=${scale}`])).rejects.toThrow(
        /--scale must be a number greater than 0/
      );
    }
    for (const seed of ["1.5", "x", "1e3"]) {
      await expect(demo.run(["--out", join(scratch, "x"), `--seed=${seed}`])).rejects.toThrow(
        /--seed must be a whole number/
      );
    }
  });

  it("turns a folder problem into a UserError", async () => {
    const dir = join(scratch, "full");
    const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    try {
      expect(await demo.run(["--out", dir, "--scale", "0.002", "--seed", "4"])).toBe(0);
      await expect(demo.run(["--out", dir, "--scale", "0.002"])).rejects.toThrow(UserError);
      expect(await demo.run(["--out", dir, "--scale", "0.002", "--seed", "5", "--force"])).toBe(0);
      expect(stderr.mock.calls.some(([text]) => String(text).includes("diagnosis year 2023"))).toBe(true);
    } finally {
      stderr.mockRestore();
    }
    expect(JSON.parse(readFileSync(join(dir, "extract.json"), "utf8")).generator).toMatchObject({
      seed: 5,
      scale: 0.002
    });
  });
});
