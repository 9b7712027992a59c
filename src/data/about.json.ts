import { pageJson } from "../../loaders/framework/pageFiles.ts";

process.stdout.write(await pageJson("about"));
