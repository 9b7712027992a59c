/**
 * One run that replaces a folder and is killed (SIGKILL, as by kill -9 or a power cut) right after the
 * named step: `made` (the new version written beside the target) or a step of swapFolder.
 *   node --import tsx tests/support/swapChild.ts <target> <step> <content>
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { stagingFor, swapFolder, type SwapStep } from "../../loaders/build/swapFolder.ts";

const [target, killAfter, content] = process.argv.slice(2);
const stop = (step: string) => {
  if (step === killAfter) process.kill(process.pid, "SIGKILL");
};
const staging = stagingFor(target);
mkdirSync(join(staging, "nb"), { recursive: true });
writeFileSync(join(staging, "index.html"), content);
writeFileSync(join(staging, "nb", "report.html"), content);
stop("made");
await swapFolder(staging, target, { afterStep: (step: SwapStep) => stop(step) });
