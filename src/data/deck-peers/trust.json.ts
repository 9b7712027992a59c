import { pageJson } from "../../../loaders/framework/pageFiles.ts";

process.stdout.write(pageJson("deck-peers/trust"));
