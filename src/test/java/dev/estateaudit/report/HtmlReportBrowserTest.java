package dev.estateaudit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import dev.estateaudit.review.Gate;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report in a real browser: it loads with no console message, its script runs, and a
 * screenshot shows the staging diagram's boxes in their finding colours. Skips where no Chromium
 * is installed (.ci/run installs Debian's chromium, so CI always runs it). The screenshot is kept
 * as target/html-report-screenshot.png for a person to look at.
 */
class HtmlReportBrowserTest {

    @TempDir
    static Path work;
    private static HeadlessChromium chromium;

    @BeforeEach
    void findChromium() {
        Optional<HeadlessChromium> found = HeadlessChromium.find(work);
        assumeTrue(found.isPresent(), "Chromium is not installed (Debian: apt-get install -y chromium, or set CHROMIUM=/path/to/chromium);"
                + " skipping the HTML report's browser test");
        chromium = found.get();
    }

    @Test
    void thePageLoadsWithoutConsoleErrorsAndTheFilterScriptRuns() throws Exception {
        Path page = write(SampleAudits.handMade(), "hand-made.html");
        HeadlessChromium.Run run = chromium.dumpDom(page);
        assertThat(run.console()).as("console messages").isEmpty();
        assertThat(run.stdout()).contains("<span id=\"shown\" aria-live=\"polite\">Showing 3 of 3 findings</span>")
                .as("escaped text stays text in the DOM").doesNotContain("<script>alert");
    }

    @Test
    void aPageWithWaiversAndABaselineLoadsWithoutConsoleErrors() throws Exception {
        Path page = write(SampleAudits.lifecycle(work, Gate.NEW), "lifecycle.html");
        HeadlessChromium.Run run = chromium.dumpDom(page);
        assertThat(run.console()).as("console messages").isEmpty();
        assertThat(run.stdout()).contains("<span id=\"shown\" aria-live=\"polite\">Showing 2 of 2 findings</span>")
                .contains("<select id=\"filter-status\">").contains("<section id=\"fixed\">");

        // pick "waived" in the status filter, as a person would, and see the page's own script apply it
        Path picked = work.resolve("lifecycle-waived.html");
        Files.writeString(picked, withDriver(Files.readString(page),
                "var s = document.getElementById(\"filter-status\"); s.value = \"waived\"; s.dispatchEvent(new Event(\"change\"));"));
        HeadlessChromium.Run filtered = chromium.dumpDom(picked);
        assertThat(filtered.console()).as("console messages").isEmpty();
        assertThat(filtered.stdout()).contains("Showing 1 of 2 findings")
                .containsPattern("data-environment=\"Development\" data-status=\"unchanged\" hidden")
                .doesNotContainPattern("data-environment=\"Production\" data-status=\"new waived\" hidden");
    }

    @Test
    void aPageOfAHundredThousandFindingsLoadsGroupedAndItsFilterRuns() throws Exception {
        AuditReport report = SampleAudits.manyFindings(100_000);
        Path page = write(report, "many.html");
        assertThat(Files.size(page)).as("folded groups keep the page small").isLessThan(8L * 1024 * 1024);

        Path picked = work.resolve("many-env-3.html");
        Files.writeString(picked, withDriver(Files.readString(page), "var s = document.getElementById(\"filter-environment\");"
                + " s.value = \"Env-3\"; s.dispatchEvent(new Event(\"change\"));"));
        HeadlessChromium.Run run = chromium.dumpDom(picked);

        assertThat(run.console()).as("console messages").isEmpty();
        // 40 environments x 4 rules, each group listing its first five findings
        assertThat(run.stdout()).contains("Showing 20 of 800 findings")
                .contains("<p id=\"unlisted\">").contains("99200 more are counted in their groups")
                .containsPattern("<details class=\"group error\" data-severity=\"error\" data-environment=\"Env-3\" data-status=\"\" open=\"\">")
                .containsPattern("data-environment=\"Env-4\" data-status=\"\" open=\"\" hidden");
    }

    @Test
    void theReadinessMatrixPageLoadsWithEachTargetAndWhatBlocksIt() throws Exception {
        Path page = work.resolve("matrix.html");
        dev.estateaudit.cli.CliRun run = dev.estateaudit.cli.CliRun.of("check", "samples/clean-estate.yaml",
                "--target-version", "11.31.0,11.38.0", "--format", "html", "--output", page.toString(), "--as-of", "2026-12-07");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);

        HeadlessChromium.Run loaded = chromium.dumpDom(page);

        assertThat(loaded.console()).as("console messages").isEmpty();
        assertThat(loaded.stdout()).contains("<h2>1 of 2 targets ready</h2>")
                .contains("data-target=\"11.31.0\" data-verdict=\"ready\"")
                .contains("data-target=\"11.38.0\" data-verdict=\"blocked\"")
                .contains("<section class=\"blocked\" id=\"blocked-11.38.0\">")
                .contains("<details data-rule=\"runtime-prerequisite-below-target\">")
                .contains("<p id=\"judged-against\">Judged as of 2026-12-07; platform catalogue: built-in, horizon ");
    }

    @Test
    void fixFirstHeadsThePageAndPrintingOpensEveryGroupUnderAPrintStyle() throws Exception {
        Path page = write(SampleAudits.audit(Path.of("samples/acme-factory-11.yaml")), "fix-first.html");
        HeadlessChromium.Run loaded = chromium.dumpDom(page);
        assertThat(loaded.console()).as("console messages").isEmpty();
        assertThat(loaded.stdout()).contains("<section id=\"fix-first\">").containsPattern("<li value=\"1\"><code>lifetime-")
                .contains("<footer>estate-audit 1.2.3</footer>");

        // as the browser does before printing: the page's script opens every group, and a print style applies
        Path printed = work.resolve("fix-first-printed.html");
        Files.writeString(printed, withDriver(Files.readString(page), "window.dispatchEvent(new Event(\"beforeprint\"));"
                + " var shut = document.querySelectorAll(\"details:not([open])\").length;"
                + " var print = Array.prototype.some.call(document.styleSheets[0].cssRules, function (r) {"
                + " return r.media && r.media.mediaText === \"print\"; });"
                + " document.body.setAttribute(\"data-printed\", shut + \" closed, print style \" + print);"));
        HeadlessChromium.Run run = chromium.dumpDom(printed);
        assertThat(run.console()).as("console messages").isEmpty();
        assertThat(run.stdout()).contains("data-printed=\"0 closed, print style true\"");
        assertThat(Files.readString(page)).contains("details.group > summary");
    }

    @Test
    void thePlansTicksAreKeptInTheBrowserAcrossReloads() throws Exception {
        String html = Files.readString(samplePlan("plan.html"));

        // a person ticks the first box: the page's own script keeps it
        Path ticking = work.resolve("plan-ticking.html");
        Files.writeString(ticking, withDriver(html, "var box = document.querySelector(\"input[type=checkbox]\"); box.checked = true;"
                + " box.dispatchEvent(new Event(\"change\"));"
                + " document.body.setAttribute(\"data-stored\", window.localStorage.getItem(\"estate-audit plan: \" + document.title));"));
        HeadlessChromium.Run ticked = chromium.dumpDom(ticking);
        assertThat(ticked.console()).as("console messages").isEmpty();
        assertThat(ticked.stdout()).containsPattern("data-stored=\"\\{&quot;Read what Platform Server 11.31.0 brings[^\"]*&quot;:true\\}\"");

        // the page opened again (the same store, set before the page's script runs) shows that box ticked, no other
        String key = "Read what Platform Server 11.31.0 brings (new features, improvements, security and bug fixes) and the upgrade guide.";
        Path reloaded = work.resolve("plan-reloaded.html");
        Files.writeString(reloaded, withDriverFirst(withDriver(html, "var boxes = document.querySelectorAll(\"input[type=checkbox]\");"
                + " var on = Array.prototype.filter.call(boxes, function (b) { return b.checked; });"
                + " document.body.setAttribute(\"data-ticked\", on.length + \" of \" + boxes.length + \": \" + on[0].getAttribute(\"data-key\"));"),
                "window.localStorage.setItem(\"estate-audit plan: \" + document.title, JSON.stringify({\"" + key + "\": true}));"));
        HeadlessChromium.Run run = chromium.dumpDom(reloaded);
        assertThat(run.console()).as("console messages").isEmpty();
        assertThat(run.stdout()).containsPattern("data-ticked=\"1 of \\d+: Read what Platform Server 11.31.0 brings");
    }

    @Test
    void thePlansMarkdownIsRenderedNotShownAsMarks() throws Exception {
        Path reading = work.resolve("plan-reading.html");
        Files.writeString(reading, withDriver(Files.readString(samplePlan("plan-marks.html")), "var text = document.body.innerText;"
                + " document.body.setAttribute(\"data-read\", document.querySelectorAll(\"li code\").length + \" code, marks shown: \""
                + " + (text.indexOf(\"`\") >= 0 || text.indexOf(\"**\") >= 0));"));
        HeadlessChromium.Run run = chromium.dumpDom(reading);

        assertThat(run.console()).as("console messages").isEmpty();
        assertThat(run.stdout()).containsPattern("data-read=\"[1-9]\\d* code, marks shown: false\"");
    }

    @Test
    void theConsoleCheckSeesScriptErrors() throws Exception {
        Path broken = work.resolve("broken.html");
        Files.writeString(broken, "<!DOCTYPE html><html><body><script>notDefinedAnywhere();</script></body></html>");
        assertThat(chromium.dumpDom(broken).console()).anySatisfy(line -> assertThat(line).contains("notDefinedAnywhere"));
    }

    @Test
    void aScreenshotShowsTheStagingDiagramInFindingColours() throws Exception {
        Path sample = SampleAudits.samples().get(0);
        Path page = write(SampleAudits.audit(sample), "sample.html");
        Path png = work.resolve("sample.png");
        HeadlessChromium.Run run = chromium.screenshot(page, png);
        assertThat(run.console()).as("console messages").isEmpty();
        assertThat(png).exists();
        Files.createDirectories(Path.of("target"));
        Files.copy(png, Path.of("target", "html-report-screenshot.png"), StandardCopyOption.REPLACE_EXISTING);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        // The diagram sits below the header and the summary, whose heights do not depend on the
        // estate: rows 340-660 (the summary ends with the coverage line; Fix first follows the diagram). Its boxes are solid 170 x 64 px rectangles in a finding colour.
        int boxes = 1 + SampleAudits.audit(sample).result().estate().getEnvironments().size();
        long coloured = 0;
        for (int colour : new int[] {0xc62828, 0xef6c00, 0x1565c0, 0x2e7d32}) {
            coloured += count(image, colour, 340, 660);
        }
        assertThat(coloured).as("pixels of the pipeline's boxes (LifeTime and each environment)").isGreaterThan(boxes * 170L * 50);
    }

    private static Path write(AuditReport report, String name) throws Exception {
        Path page = work.resolve(name);
        Files.writeString(page, SampleAudits.render(new HtmlReport(), report), StandardCharsets.UTF_8);
        return page;
    }

    private static long count(BufferedImage image, int rgb, int fromY, int toY) {
        long n = 0;
        for (int y = fromY; y < Math.min(toY, image.getHeight()); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (close(image.getRGB(x, y) & 0xffffff, rgb)) {
                    n++;
                }
            }
        }
        return n;
    }

    private static boolean close(int a, int b) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs((a >> shift & 0xff) - (b >> shift & 0xff)) > 6) {
                return false;
            }
        }
        return true;
    }

    /** The sample estate's plan as an HTML page in the work folder. */
    private Path samplePlan(String name) {
        Path page = work.resolve(name);
        dev.estateaudit.cli.CliRun plan = dev.estateaudit.cli.CliRun.of("plan", "samples/acme-factory-11.yaml", "--format", "html",
                "--output", page.toString());
        assertThat(plan.exitCode()).as(plan.err()).isIn(0, 1);
        return page;
    }

    /**
     * The page with a script that acts as a person would; the page's CSP runs only its own script,
     * so the driver is allowed by its hash, as a person's click needs none.
     */
    /** The page with a script that runs before the page's own (the driver goes first in the body). */
    private static String withDriverFirst(String page, String driver) throws java.security.NoSuchAlgorithmException {
        String hash = java.util.Base64.getEncoder().encodeToString(java.security.MessageDigest.getInstance("SHA-256")
                .digest(driver.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        return page.replace("script-src '", "script-src 'sha256-" + hash + "' '").replace("<body>", "<body><script>" + driver + "</script>");
    }

    private static String withDriver(String page, String driver) throws java.security.NoSuchAlgorithmException {
        String hash = java.util.Base64.getEncoder().encodeToString(java.security.MessageDigest.getInstance("SHA-256")
                .digest(driver.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        return page.replace("script-src '", "script-src 'sha256-" + hash + "' '").replace("</body>", "<script>" + driver + "</script></body>");
    }
}
