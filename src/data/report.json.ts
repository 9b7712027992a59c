import { pageJson } from "../../loaders/site/pageFiles.ts";

process.stdout.write(await pageJson("report"));
