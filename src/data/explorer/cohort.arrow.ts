// Patient-level (pseudonymised) cohort for the council explorer; refuses to run in a public build.
import { councilFile } from "../../../loaders/site/pageFiles.ts";

process.stdout.write(await councilFile("cohort.arrow"));
