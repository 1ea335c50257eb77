package org.standoff.ui;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.standoff.analysis.Finding;
import org.standoff.ui.analysis.AnalysisService;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Waits for the findings that answer the inputs as they are now, never for a condition the
 * findings from before the action already meet: the input generation is read on the FX thread
 * after the action, and only a result carrying that generation (or a later one) counts.
 */
public final class AnalysisWait {

    private AnalysisWait() {}

    /** The findings for the current inputs, once published (20 s at most). */
    public static Map<Long, Finding> current(AnalysisService analysis) throws Exception {
        return current(analysis, "the findings for the current inputs", f -> true);
    }

    /**
     * The first findings that answer the current inputs or later ones and satisfy
     * {@code condition}; fails, naming {@code what}, after 20 s.
     */
    public static Map<Long, Finding> current(
            AnalysisService analysis, String what, Predicate<Map<Long, Finding>> condition) throws Exception {
        long inputs =
                WaitForAsyncUtils.asyncFx(() -> analysis.inputsProperty().get()).get(10, TimeUnit.SECONDS);
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
                AnalysisService.Findings r = analysis.resultProperty().get();
                return r.inputs() >= inputs && condition.test(r.bySite());
            });
        } catch (TimeoutException e) {
            AnalysisService.Findings r = analysis.resultProperty().get();
            fail(what + ": not reached within 20 s; the last findings answer input generation " + r.inputs()
                    + " (wanted " + inputs + " or later): " + r.bySite());
        }
        return analysis.resultProperty().get().bySite();
    }
}
