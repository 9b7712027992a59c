import { pageJson, routeParam } from "../../../loaders/framework/pageFiles.ts";

process.stdout.write(await pageJson(`indicator/${routeParam("indicator")}`));
