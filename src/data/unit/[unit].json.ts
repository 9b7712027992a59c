import { pageJson, routeParam } from "../../../loaders/site/pageFiles.ts";

process.stdout.write(await pageJson(`unit/${routeParam("unit")}`));
