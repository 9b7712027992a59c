// Patient-level PROM answers for the council explorer; refuses to run in a public build.
import { councilFile } from "../../../loaders/framework/pageFiles.ts";

process.stdout.write(councilFile("cohort-proms.arrow"));
