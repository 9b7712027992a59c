// Every page of the public build renders in Chromium without a console error, an outside request, a failed
// request, an errored cell or an empty chart, declares its language, and passes axe-core (WCAG 2.1 AA).
import { checkEveryPage } from "../support/everyPage.ts";

checkEveryPage("public");
