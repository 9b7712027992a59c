// The validator's account of every input row (council build only: it names files and lines of the extract).
import { pageJson } from "../../loaders/framework/pageFiles.ts";

process.stdout.write(pageJson("data-quality"));
