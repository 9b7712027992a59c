import { pageJson, routeParam } from "../../../loaders/framework/pageFiles.ts";

process.stdout.write(await pageJson(`unit/${routeParam("unit")}`));
