import { pageJson, routeParam } from "../../../loaders/site/pageFiles.ts";

process.stdout.write(await pageJson(`registry/${routeParam("registry")}`));
