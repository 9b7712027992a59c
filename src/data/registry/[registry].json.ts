import { pageJson, routeParam } from "../../../loaders/framework/pageFiles.ts";

process.stdout.write(pageJson(`registry/${routeParam("registry")}`));
